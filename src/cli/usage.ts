// How the CLI is typed: its commands, their options, and the one-line usage error
// (exit code 2) for anything else. Every command parses the same option table, so
// an option given to a command it means nothing to is named rather than ignored.
import { parseArgs } from 'node:util';
import { parseIsoDay, type Day } from '../domain/day';
import { INTERACTION_KINDS } from '../domain/interactions';
import { TEMPLATE_IDS } from '../domain/templates';
import { listed } from '../domain/words';

// An option's words start in this column; no line of the usage is wider than WIDTH.
const COLUMN = ' '.repeat(23);
const WIDTH = 89;

/** Words for an option's column, wrapped as the rest of the usage is, continued in the column. */
function optionWords(text: string): string {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		if (line && COLUMN.length + line.length + 1 + word.length > WIDTH) {
			lines.push(line);
			line = word;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	return [...lines, line].join(`\n${COLUMN}`);
}

export const USAGE = `Usage:
  rapport queue       --vault DIR [--today YYYY-MM-DD] [--json]
  rapport contacts    --vault DIR [--json]
  rapport problems    --vault DIR [--json]
  rapport templates   [--vault DIR] [--json]
  rapport log         --vault DIR --contact NAME [--contact NAME ...] --kind KIND
                      [--date YYYY-MM-DD] [--summary TEXT] [--gave | --asked | --nudge]
                      [--awaiting] [--follow-up TEXT --due YYYY-MM-DD] [--json]
  rapport new-contact --vault DIR --name NAME [--company TEXT] [--tie strong|medium|weak]
                      [--met TEXT] [--json]
  rapport meeting     --vault DIR --template ID --with NAME [--with NAME ...]
                      [--date YYYY-MM-DD] [--time HH:mm] [--title TEXT] [--json]

queue, contacts, problems and templates only read the vault. log, new-contact and
meeting write only the notes they name (meeting: one new note, and a log on each
person), all or nothing: if one can't be written, the ones written first are put back.
Each note is written whole (a new copy renamed over it) under a lock file beside it, and
only if nobody changed it since it was read; Obsidian or another rapport can run at once.

Options:
  --vault DIR          the vault folder (the one holding .obsidian)
  --today YYYY-MM-DD   the day to work as if it were today (default: today)
  --config-dir NAME    the vault's config folder (default: .obsidian)
  --json               print JSON for scripts instead of text
  --help               show this help

templates:
  lists the meeting-note templates; with --vault, marks those the vault has its own
  note for, <templates folder>/<id>.md or <templates folder>/<name>.md (such as
  'Templates/Coffee chat.md'), which meeting uses instead of the built-in

log:
  --contact NAME       a contact's name, alias or note path; repeat it, or separate
                       names with commas, to log one interaction with several people
  --kind KIND          ${optionWords(listed(INTERACTION_KINDS, 'or'))}
  --date YYYY-MM-DD    when it happened (default: today; not after today)
  --summary TEXT       a few words on what it was about
  --gave, --asked      you gave something, or asked for something
  --awaiting           your ask waits for their reply: one nudge comes up after a week
  --nudge              this is your one follow-up on an ask that waits for a reply, so
                       it is not taken for their reply; a week on, the ask is let go
  --follow-up TEXT     a task for later, with --due YYYY-MM-DD

new-contact:
  --name NAME          the person's name, which becomes the note's name
  --company TEXT       where they work
  --tie TIE            strong, medium or weak
  --met TEXT           where you met, such as '[[DevTools Summit]]'

meeting:
  --template ID        ${optionWords(`${listed(TEMPLATE_IDS, 'or')} ('rapport templates' lists them)`)}
  --with NAME          who the meeting is with, named as for log's --contact; repeat
                       it, or separate names with commas. For an event they are the
                       people to meet: optional, listed in the note, and not logged
  --date YYYY-MM-DD    the meeting's day (default: today). On or before today it is
                       logged on each person too; a later day prepares the note only,
                       and the meeting counts once its day comes
  --time HH:mm         its time, for {{time}} in the template (default: now)
  --title TEXT         the note's name after its date, such as 'DevTools Summit'
                       (default: the template and the people, 'Coffee chat with Jo Park')
  Prints the new note's path; what was logged goes to stderr.`;

/** Something wrong with how the command was typed, not with the vault. */
export class UsageError extends Error {}

export const COMMANDS = ['queue', 'contacts', 'problems', 'templates', 'log', 'new-contact', 'meeting'] as const;
export type Command = (typeof COMMANDS)[number];

const OPTIONS = {
	vault: { type: 'string' },
	'config-dir': { type: 'string' },
	help: { type: 'boolean' },
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
	time: { type: 'string' },
	title: { type: 'string' },
} as const;

type Option = keyof typeof OPTIONS;

// Options every command takes are not listed; the rest name the commands they mean something to.
const ONLY: Partial<Record<Option, readonly Command[]>> = {
	today: ['queue', 'log', 'new-contact', 'meeting'],
	contact: ['log'],
	kind: ['log'],
	date: ['log', 'meeting'],
	summary: ['log'],
	gave: ['log'],
	asked: ['log'],
	awaiting: ['log'],
	nudge: ['log'],
	'follow-up': ['log'],
	due: ['log'],
	name: ['new-contact'],
	company: ['new-contact'],
	tie: ['new-contact'],
	met: ['new-contact'],
	template: ['meeting'],
	with: ['meeting'],
	time: ['meeting'],
	title: ['meeting'],
};

export type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];

export function isCommand(text: string): text is Command {
	return (COMMANDS as readonly string[]).includes(text);
}

export function parseOptions(command: Command, args: string[]): Values {
	let values: Values;
	try {
		({ values } = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }));
	} catch (error) {
		throw new UsageError(parseArgsProblem(error as Error & { code?: string }, args));
	}
	for (const option of Object.keys(values) as Option[]) {
		const commands = ONLY[option];
		if (commands && !commands.includes(command)) throw new UsageError(`--${option} only applies to ${listed(commands)}`);
	}
	return values;
}

/**
 * Node's parseArgs error as one line of ours. A value starting with a dash
 * (`--summary "-5% churn"`) is taken for an option: say how to give it instead.
 */
function parseArgsProblem(error: Error & { code?: string }, args: readonly string[]): string {
	const first = (error.message.split('\n')[0] ?? 'bad option').replace(/\.$/, '');
	const ambiguous = /^Option '(--[\w-]+)'.* argument is ambiguous/.exec(first);
	if (!ambiguous?.[1]) return first;
	const option = ambiguous[1];
	const value = args[args.indexOf(option) + 1] ?? '-…';
	return (
		`${option} got '${value}', which starts with a dash and so reads as an ` +
		`option; join them to give it as the value: ${option}=${JSON.stringify(value)}`
	);
}

/** A `--name YYYY-MM-DD` option read strictly: a real calendar day or a usage error. */
export function dayOption(option: string, text: string): Day {
	const day = parseIsoDay(text);
	if (day !== undefined) return day;
	if (/^\d{4}-\d{2}-\d{2}$/.test(text.trim())) throw new UsageError(`--${option} ${text.trim()} is not a day in the calendar`);
	throw new UsageError(`--${option} expects a date YYYY-MM-DD, got '${text}'`);
}
