// How the CLI is typed: its commands, their options, the help for each, and the one-line
// usage error (exit code 2) for anything else. Every command parses the same option table,
// so an option given to a command it means nothing to is named rather than ignored, and a
// misspelt command or option is answered with the one it was most likely meant to be.
import { parseArgs } from 'node:util';
import { parseIsoDay, type Day } from '../domain/day';
import { INTERACTION_KINDS } from '../domain/interactions';
import { TEMPLATE_IDS } from '../domain/templates';
import { listed, nearest } from '../domain/words';
import { ROWS_SHOWN } from './format';

// An option's words start in this column; no line of the usage is wider than WIDTH.
const COLUMN = ' '.repeat(23);
const WIDTH = 89;

/** Words wrapped to the usage's width, each line after the first starting at `indent`. */
function wrapped(text: string | readonly string[], indent: string, first = indent.length): string {
	const lines: string[] = [];
	let line = '';
	let start = first;
	for (const word of typeof text === 'string' ? text.split(' ') : text) {
		if (line && start + line.length + 1 + word.length > WIDTH) {
			lines.push(line);
			line = word;
			start = indent.length;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	return [...lines, line].join(`\n${indent}`);
}

/** A synopsis in the pieces a line may break between: never inside `[…]` or `(…)`. */
function synopsisPieces(text: string): string[] {
	const pieces: string[] = [];
	let depth = 0;
	let piece = '';
	for (const char of text) {
		if (char === ' ' && depth === 0) {
			if (piece) pieces.push(piece);
			piece = '';
			continue;
		}
		if (char === '[' || char === '(') depth++;
		else if (char === ']' || char === ')') depth--;
		piece += char;
	}
	return piece ? [...pieces, piece] : pieces;
}

/** One option and its words, the words in the column. */
function optionLine([flag, words]: readonly [string, string]): string {
	return `  ${flag.padEnd(COLUMN.length - 2)}${wrapped(words, COLUMN)}`;
}

export const COMMANDS = [
	'queue',
	'contacts',
	'problems',
	'templates',
	'log',
	'new-contact',
	'meeting',
	'snooze',
	'dormant',
	'done',
	'people-met',
	'triage',
	'review',
	'who',
	'import',
	'export',
] as const;
export type Command = (typeof COMMANDS)[number];

const OPTIONS = {
	vault: { type: 'string' },
	'config-dir': { type: 'string' },
	help: { type: 'boolean', short: 'h' },
	version: { type: 'boolean' },
	json: { type: 'boolean' },
	today: { type: 'string' },
	contact: { type: 'string', multiple: true },
	kind: { type: 'string' },
	date: { type: 'string' },
	summary: { type: 'string' },
	gave: { type: 'boolean' },
	asked: { type: 'boolean' },
	awaiting: { type: 'boolean' },
	nudge: { type: 'boolean' },
	'follow-up': { type: 'string' },
	due: { type: 'string' },
	name: { type: 'string' },
	company: { type: 'string' },
	tie: { type: 'string' },
	met: { type: 'string' },
	template: { type: 'string' },
	with: { type: 'string', multiple: true },
	create: { type: 'boolean' },
	time: { type: 'string' },
	title: { type: 'string' },
	until: { type: 'string' },
	for: { type: 'string' },
	note: { type: 'string' },
	all: { type: 'boolean' },
	folder: { type: 'string' },
	'dry-run': { type: 'boolean' },
	overwrite: { type: 'boolean' },
	'take-changes': { type: 'boolean' },
	out: { type: 'string' },
	tag: { type: 'string' },
	location: { type: 'string' },
	introducers: { type: 'boolean' },
	rating: { type: 'string' },
	limit: { type: 'string' },
} as const;

type Option = keyof typeof OPTIONS;

/** What every command takes, with its words. */
const COMMON: readonly (readonly [string, string])[] = [
	['--vault DIR', 'the vault folder (the one holding .obsidian)'],
	['--config-dir NAME', "the vault's config folder (default: .obsidian)"],
	['--json', 'print JSON for scripts; a failure prints {"error": "…"}'],
	['--help', 'show this help'],
];
const COMMON_OPTIONS: readonly Option[] = ['vault', 'config-dir', 'json', 'help', 'version'];

const TODAY: readonly [string, string] = ['--today YYYY-MM-DD', 'the day to work as if it were today (default: today)'];
const NOTE_OF_FOLLOW_UP: readonly [string, string] = [
	'--note NOTE',
	'of two follow-ups with the same words, the one in this note (its path or name, as the refusal lists it)',
];
const LIMIT: readonly [string, string] = [
	'--limit N',
	`rows shown per list (default ${ROWS_SHOWN}), the rest counted; all shows every row, and --json always gives every row`,
];
const CONTACTS = "a contact's name, alias or note path; repeat it, or separate names with commas, for several";

interface CommandHelp {
	/** What it does, in a line of the overview. */
	summary: string;
	/** Its options after `rapport <command>`: the usage line of its own help. */
	synopsis: string;
	/** Its own options (not the ones every command takes), in the order shown. */
	options: readonly Option[];
	/** Each of its own options with its words. */
	words: readonly (readonly [string, string])[];
	/** More on what it does, after the options. */
	about?: string;
}

const HELP: Record<Command, CommandHelp> = {
	queue: {
		summary: 'who to reach out to, and why, by section',
		synopsis: '--vault DIR [--limit N] [--today YYYY-MM-DD] [--json]',
		options: ['limit', 'today'],
		words: [LIMIT, TODAY],
		about:
			'Prints the follow-up queue: Owed, Awaiting reply, Reconnect, Remember and Upcoming, ' +
			`each row with the name, the day it is due and why: the first ${ROWS_SHOWN} of each section, and how many more. ` +
			'Reads the vault only.',
	},
	contacts: {
		summary: 'every contact, with tie, cadence and last contact',
		synopsis: '--vault DIR [--today YYYY-MM-DD] [--json]',
		options: ['today'],
		words: [TODAY],
		about:
			'Lists every contact with their company, last contact up to today (as the queue counts it), tie and cadence. ' +
			'Reads the vault only.',
	},
	problems: {
		summary: 'what Rapport could not read, note by note',
		synopsis: '--vault DIR [--json]',
		options: [],
		words: [],
		about:
			"Lists what Rapport could not read: properties that don't parse or that Obsidian reads as text, a value of the wrong " +
			'kind, undated interaction lines, two contacts with one name. Reads the vault only.',
	},
	templates: {
		summary: 'the meeting-note templates, and the ones your vault replaces',
		synopsis: '[--vault DIR] [--json]',
		options: [],
		words: [],
		about:
			'Lists the meeting-note templates; with --vault, marks those the vault has its own note for, ' +
			"<templates folder>/<id>.md or <templates folder>/<name>.md (such as 'Templates/Coffee chat.md'), " +
			'which meeting uses instead of the built-in.',
	},
	log: {
		summary: 'log an interaction with one or more contacts',
		synopsis:
			'--vault DIR --contact NAME [--contact NAME ...] --kind KIND ' +
			'[--date YYYY-MM-DD] [--summary TEXT] [--gave | --asked | --nudge] [--awaiting] ' +
			'[--follow-up TEXT --due YYYY-MM-DD] [--today YYYY-MM-DD] [--json]',
		options: ['contact', 'kind', 'date', 'summary', 'gave', 'asked', 'awaiting', 'nudge', 'follow-up', 'due', 'today'],
		words: [
			[
				'--contact NAME',
				"a contact's name, alias or note path; repeat it, or separate names with commas, to log one interaction with several people",
			],
			['--kind KIND', listed(INTERACTION_KINDS, 'or')],
			['--date YYYY-MM-DD', 'when it happened (default: today; not after today)'],
			['--summary TEXT', 'a few words on what it was about'],
			['--gave, --asked', 'you gave something, or asked for something'],
			['--awaiting', 'your ask waits for their reply: one nudge comes up after a week'],
			[
				'--nudge',
				'this is your one follow-up on an ask that waits for a reply, so it is not taken for their reply; a week on, the ask is let go',
			],
			['--follow-up TEXT', 'a task for later, with --due YYYY-MM-DD'],
			TODAY,
		],
		about: 'A value starting with a dash goes joined to its option: --summary="-5% churn".',
	},
	'new-contact': {
		summary: 'make a contact note',
		synopsis: '--vault DIR --name NAME [--company TEXT] [--tie strong|medium|weak] [--met TEXT] [--today YYYY-MM-DD] [--json]',
		options: ['name', 'company', 'tie', 'met', 'today'],
		words: [
			['--name NAME', "the person's name, which becomes the note's name"],
			['--company TEXT', 'where they work'],
			['--tie TIE', 'strong, medium or weak'],
			['--met TEXT', "where you met, such as '[[DevTools Summit]]'"],
			TODAY,
		],
		about: 'Prints the new note\'s path. A name a file can\'t hold as typed ("C# Dev") is kept in aliases.',
	},
	meeting: {
		summary: 'make a meeting note from a template, and log it on the people in it',
		synopsis:
			'--vault DIR --template ID --with NAME [--with NAME ...] [--create] ' +
			'[--date YYYY-MM-DD] [--time HH:mm] [--title TEXT] [--today YYYY-MM-DD] [--json]',
		options: ['template', 'with', 'create', 'date', 'time', 'title', 'today'],
		words: [
			['--template ID', `${listed(TEMPLATE_IDS, 'or')} ('rapport templates' lists them)`],
			[
				'--with NAME',
				`who the meeting is with, named as for log's --contact; repeat it, or separate names with commas. ` +
					'For an event they are the people to meet: optional, listed in the note, and not logged',
			],
			['--create', 'make a contact of each --with name that finds nobody (without it, such a name is refused)'],
			[
				'--date YYYY-MM-DD',
				"the meeting's day (default: today). On or before today it is logged on each person too; " +
					'a later day prepares the note only, and the meeting counts once its day comes',
			],
			['--time HH:mm', 'its time, for {{time}} in the template (default: now)'],
			[
				'--title TEXT',
				"the note's name after its date, such as 'DevTools Summit' (default: the template and the people, 'Coffee chat with Jo Park')",
			],
			TODAY,
		],
		about: "Prints the new note's path; what was logged, and any contact made, goes to stderr.",
	},
	snooze: {
		summary: "not before a day: a contact's cadence, or one of their follow-ups",
		synopsis:
			'--vault DIR --contact NAME ' +
			'[--contact NAME ...] (--until YYYY-MM-DD | --for SPAN) [--follow-up TEXT [--due YYYY-MM-DD] [--note NOTE]] ' +
			'[--today YYYY-MM-DD] [--json]',
		options: ['contact', 'until', 'for', 'follow-up', 'due', 'note', 'today'],
		words: [
			['--contact NAME', CONTACTS],
			['--until YYYY-MM-DD', 'the day they come back, after today'],
			['--for SPAN', 'or how long from today: 3d, 1w, 2w, 1m, 1y (days, weeks, months, years)'],
			['--follow-up TEXT', 'snooze this open follow-up of theirs, found by its words, instead of their cadence'],
			['--due YYYY-MM-DD', 'of two follow-ups with the same words, the one due that day'],
			NOTE_OF_FOLLOW_UP,
			TODAY,
		],
		about:
			'Snooze means "not before this day", as in the plugin. A contact gets next_follow_up only ' +
			'when the day is later than they are due now; a follow-up has its start and due dates moved ' +
			'when it is owed before the day, in the note it is in. Anyone not due before the day is ' +
			'left as they are, and said so.',
	},
	dormant: {
		summary: 'mark contacts dormant: they leave the queue',
		synopsis: '--vault DIR --contact NAME [--contact NAME ...] [--json]',
		options: ['contact'],
		words: [['--contact NAME', CONTACTS]],
		about: 'Sets status: dormant on each contact, as Mark contact dormant does in the plugin.',
	},
	done: {
		summary: "tick one of a contact's open follow-ups",
		synopsis: '--vault DIR --contact NAME --follow-up TEXT [--due YYYY-MM-DD] [--note NOTE] [--today YYYY-MM-DD] [--json]',
		options: ['contact', 'follow-up', 'due', 'note', 'today'],
		words: [
			['--contact NAME', "a contact's name, alias or note path"],
			['--follow-up TEXT', 'the follow-up, by its words or some of them (their own, or in a meeting note of theirs)'],
			['--due YYYY-MM-DD', 'of two follow-ups with the same words, the one due that day'],
			NOTE_OF_FOLLOW_UP,
			TODAY,
		],
		about:
			'Ticks the follow-up in the note it is in (- [x] … ✅ today), as Mark follow-up done does. ' +
			'Words that match none of their open follow-ups, or several, are refused with the list.',
	},
	'people-met': {
		summary: 'follow up everyone under "People met" in an event note',
		synopsis: '--vault DIR --note PATH [--today YYYY-MM-DD] [--json]',
		options: ['note', 'today'],
		words: [['--note PATH', "the event note, by its path in the vault or its name (such as 'Events/DevTools Summit')"], TODAY],
		about:
			'As Follow up people met in the plugin: each person listed under "People met" becomes a ' +
			'contact if new (met: the event), has the event logged, and gets a follow-up due two days ' +
			'after it. Run again, it leaves alone whoever has it logged already.',
	},
	triage: {
		summary: 'list the new people waiting for a tie, or give them one',
		synopsis: '--vault DIR [(--contact NAME [--contact NAME ...] | --all) --tie TIE] [--limit N] [--today YYYY-MM-DD] [--json]',
		options: ['contact', 'all', 'tie', 'limit', 'today'],
		words: [
			['--contact NAME', CONTACTS],
			['--all', 'everyone waiting to be triaged'],
			['--tie TIE', 'strong, medium or weak, written as tie:; or dormant, written as status: dormant'],
			LIMIT,
			TODAY,
		],
		about:
			'A contact with no tie, cadence or status (new, or imported) waits in the triage list instead of ' +
			"the queue. Without --tie, lists them; with it, gives each the tie in one step, as the plugin's " +
			'triage list does. Prints what it wrote.',
	},
	review: {
		summary: 'the network review: shape, health, give and ask, targets, goals, drift',
		synopsis: '--vault DIR [--note] [--rating Y,N,Y,Y,N] [--today YYYY-MM-DD] [--json]',
		options: ['note', 'rating', 'today'],
		words: [
			['--note', 'write the review as a dated note in the review folder, as Create review note does, and print its path'],
			[
				'--rating Y,N,…',
				"your self-rating: five answers, y or n, to the questions in the review's order (trust, challenge, vibrant, " +
					"future, connected); saved in today's newest review note (the highest number), or in a new one",
			],
			TODAY,
		],
		about:
			'Prints the network review: active contacts by tie, level, company, tag and place; the share overdue; ' +
			'who you only ask of; who you know at the target companies and fields in the settings, and who might ' +
			'introduce you where you know no one; progress on your goals; who is drifting from their usual rhythm; ' +
			'and your self-ratings so far, read from the review notes. Reads the vault only, unless given --note or ' +
			"--rating. --note never writes over a note: a second review on one day is 'Network review 2026-11-21 2'.",
	},
	who: {
		summary: 'who you know at a company, with a tag, or in a place',
		synopsis: '--vault DIR (--company NAME | --tag TAG | --location PLACE) [--today YYYY-MM-DD] [--json [--introducers]]',
		options: ['company', 'tag', 'location', 'introducers', 'today'],
		words: [
			['--company NAME', 'people whose company is this'],
			['--tag TAG', 'people with this tag, or one below it (devtools finds devtools/rust)'],
			['--location PLACE', 'people whose location is this, or has it between commas (Lisbon finds "Lisbon, Portugal")'],
			[
				'--introducers',
				'with --json, print {"people": [the list], "introducers": [{"name", "path", "why"}]}: who might introduce ' +
					'you where nobody is; without it, --json prints the list alone, as ever',
			],
			TODAY,
		],
		about:
			'Lists the people there, strongest tie first, then the most recently in touch, with their tie, role, ' +
			'company and last contact; archived people are left out. Where nobody is, lists who might introduce you. ' +
			'Case and accents are ignored. Reads the vault only.',
	},
	import: {
		summary: 'bring in people from LinkedIn, a vCard file or Google Contacts',
		synopsis:
			'linkedin|vcard|google FILE --vault DIR [--folder F] [--dry-run] [--overwrite] [--take-changes] [--limit N] ' +
			'[--today YYYY-MM-DD] [--json]',
		options: ['folder', 'dry-run', 'overwrite', 'take-changes', 'limit', 'today'],
		words: [
			['linkedin FILE', "LinkedIn's Connections.csv (Settings, Data privacy, Get a copy of your data)"],
			['vcard FILE', 'a .vcf file of one or more cards (iPhone, Android, Google, Outlook, Thunderbird)'],
			['google FILE', 'a Google Contacts export in the Google CSV format'],
			['--folder F', 'where new notes go (default: the new-contact folder, else the first contacts folder)'],
			['--dry-run', 'print the plan and write nothing; with --json as {"create", "update", "ambiguous", "skipped", "changes"}'],
			['--overwrite', "replace values a contact has with the file's (otherwise only empty fields are filled)"],
			[
				'--take-changes',
				'take every new company or role the file shows for a contact: set it, keep the old company in previous_companies, ' +
					'and add a follow-up to congratulate them, due today',
			],
			LIMIT,
			TODAY,
		],
		about:
			'Each row is matched to a contact by email, then LinkedIn profile, then name (aliases too); a row two ' +
			'contacts fit is ambiguous and left alone. New people arrive untriaged. A company or role that differs from ' +
			"the contact's is listed as a change and taken only with --take-changes. Everything is written at once, or " +
			'nothing is; importing the same file again changes nothing. A file of more than 1,000 records shows its ' +
			'progress on stderr. A file that is not UTF-8 is read as Windows-1252, and the plan says so. Exit 1 when ' +
			'the file cannot be read (missing, a folder, not the format).',
	},
	export: {
		summary: 'write every active and dormant contact as vCard 4.0',
		synopsis: 'vcard --vault DIR [--out FILE]',
		options: ['out'],
		words: [
			[
				'--out FILE',
				'write the cards to FILE, whole or not at all; a FILE there already is replaced only if it holds vCards (default: print them)',
			],
		],
		about:
			'Exports name, aliases (as nicknames), emails, phones, company, role, LinkedIn, birthday, tags and the text ' +
			'under ## Notes. Archived contacts are left out. Importing the file into another vault gives the same contacts.',
	},
};

// Options every command takes are not listed; the rest name the commands they mean something to.
const ONLY: Partial<Record<Option, Command[]>> = {};
for (const command of COMMANDS) for (const option of HELP[command].options) (ONLY[option] ??= []).push(command);

const ABOUT_WRITES =
	'queue, contacts, problems, templates, who and review (without --note or --rating) only read the vault. The others write only the ' +
	"notes they name, all or nothing: if one can't be written, the ones written first are put " +
	'back. Each note is written whole (a new copy renamed over it) under a lock file beside it, ' +
	'and only if nobody changed it since it was read; Obsidian or another rapport can run at once. ' +
	'A read-only note (no write permission for you, or none for anyone, even as root) is never written: ' +
	'the command writes nothing and exits 1.';

export const USAGE = `Usage: rapport COMMAND --vault DIR [options]

Commands:
${COMMANDS.map((c) => `  ${c.padEnd(13)}${HELP[c].summary}`).join('\n')}

${wrapped(ABOUT_WRITES, '', 0)}

Options every command takes:
${COMMON.map(optionLine).join('\n')}

${wrapped(
	"'rapport COMMAND --help' shows a command's own options; 'rapport --version' the version. " +
		'Exit codes: 0 done (or nothing to do, said why), 1 the vault refused the command and nothing was written, ' +
		'2 a bad command or option.',
	'',
	0,
)}`;

/** One command's help: how to type it, its own options, then the ones every command takes. */
export function commandUsage(command: Command): string {
	const help = HELP[command];
	const lead = `Usage: rapport ${command} `;
	const synopsis = wrapped(synopsisPieces(help.synopsis), ' '.repeat(lead.length), lead.length);
	const own = help.words.length ? `\n\nOptions:\n${help.words.map(optionLine).join('\n')}` : '';
	const about = help.about ? `\n\n${wrapped(help.about, '', 0)}` : '';
	return `${lead}${synopsis}\n\n${wrapped(help.summary.charAt(0).toUpperCase() + help.summary.slice(1), '', 0)}.${own}${about}

Options every command takes:
${COMMON.map(optionLine).join('\n')}`;
}

/** Something wrong with how the command was typed, not with the vault. */
export class UsageError extends Error {}

export function isCommand(text: string): text is Command {
	return (COMMANDS as readonly string[]).includes(text);
}

/** Why a word is no command, with the one it was most likely meant to be. */
export function unknownCommand(text: string): UsageError {
	const meant = nearest(text, COMMANDS) ?? COMMANDS.find((c) => text.length >= 3 && c.startsWith(text.toLowerCase()));
	return new UsageError(`unknown command '${text}' (${meant ? `did you mean ${meant}?` : `try ${listed(COMMANDS, 'or')}`})`);
}

export type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];

// The options that name the same thing for another command: meeting's people are --with, log's --contact.
const SAME: Partial<Record<Option, Option>> = { contact: 'with', with: 'contact' };

// The commands that take words of their own before the options: `import linkedin FILE`, `export vcard`.
const POSITIONAL: readonly Command[] = ['import', 'export'];

// review's --note is a switch (write the review as a note); people-met's names the event note.
const REVIEW_OPTIONS = { ...OPTIONS, note: { type: 'boolean' } } as const;

/** review's --note, read as the switch it is for review. */
export function noteSwitch(values: Values): boolean {
	return (values.note as unknown) === true;
}

/** A command's options, and its own words for the commands that take them (POSITIONAL). */
export function parseCommandLine(command: Command, args: string[]): { values: Values; positionals: string[] } {
	let parsed: { values: Values; positionals: string[] };
	try {
		const options = command === 'review' ? REVIEW_OPTIONS : OPTIONS;
		parsed = parseArgs({ args, options, strict: true, allowPositionals: POSITIONAL.includes(command) }) as typeof parsed;
	} catch (error) {
		throw new UsageError(parseArgsProblem(command, error as Error & { code?: string }, args));
	}
	checkOptions(command, parsed.values);
	return parsed;
}

export function parseOptions(command: Command, args: string[]): Values {
	return parseCommandLine(command, args).values;
}

function checkOptions(command: Command, values: Values): void {
	for (const option of Object.keys(values) as Option[]) {
		const commands = ONLY[option];
		if (!commands || commands.includes(command)) continue;
		const instead = SAME[option];
		const hint = instead && HELP[command].options.includes(instead) ? ` (${command} takes --${instead})` : '';
		throw new UsageError(`--${option} only applies to ${listed(commands)}${hint}`);
	}
}

/**
 * Node's parseArgs error as one line of ours. A misspelt option gets the command's option
 * it is nearest to; a value starting with a dash (`--summary "-5% churn"`) is taken for an
 * option: say how to give it instead.
 */
function parseArgsProblem(command: Command, error: Error & { code?: string }, args: readonly string[]): string {
	const first = (error.message.split('\n')[0] ?? 'bad option').replace(/\.$/, '');
	const unknown = /^Unknown option '(-{1,2})([^']*)'/.exec(first);
	if (unknown) {
		const meant = nearest(unknown[2] ?? '', [...HELP[command].options, ...COMMON_OPTIONS]);
		return `unknown option '${unknown[1] ?? ''}${unknown[2] ?? ''}'${meant ? ` (did you mean --${meant}?)` : ''}`;
	}
	const ambiguous = /^Option '(--[\w-]+)'.* argument is ambiguous/.exec(first);
	if (!ambiguous?.[1]) return first;
	const option = ambiguous[1];
	const value = args[args.indexOf(option) + 1] ?? '-…';
	return (
		`${option} got '${value}', which starts with a dash and so reads as an ` +
		`option; join them to give it as the value: ${option}=${JSON.stringify(value)}`
	);
}

/** `--limit N`: how many rows a list shows before it counts the rest; Infinity for `all`. */
export function limitOption(values: Values): number {
	const text = values.limit?.trim().toLowerCase();
	if (text === undefined) return ROWS_SHOWN;
	if (text === 'all') return Infinity;
	if (/^\d+$/.test(text) && Number(text) > 0) return Number(text);
	throw new UsageError(`--limit expects a number of rows (1 or more) or all, got '${values.limit ?? ''}'`);
}

/** A `--name YYYY-MM-DD` option read strictly: a real calendar day or a usage error. */
export function dayOption(option: string, text: string): Day {
	const day = parseIsoDay(text);
	if (day !== undefined) return day;
	if (/^\d{4}-\d{2}-\d{2}$/.test(text.trim())) throw new UsageError(`--${option} ${text.trim()} is not a day in the calendar`);
	throw new UsageError(`--${option} expects a date YYYY-MM-DD, got '${text}'`);
}
