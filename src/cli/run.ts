// The CLI's commands over a vault folder. queue, contacts, problems, templates, who and
// review (without --note or --rating) only read the vault and never write to it; the
// others write only the notes they name, through the actions the plugin runs (writeCommands.ts, meetingCommands.ts, queueCommands.ts).
// `run` returns the exit code: 1 when the vault stopped a command, 2 for a usage error,
// found before the vault is opened. templates alone needs no vault. With --json, a command
// that fails before it answers prints {"error": "…"} as its answer; stderr says it as ever.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { version } from '../../package.json';
import { localToday, type Day } from '../domain/day';
import { computeQueue } from '../domain/queue';
import type { TimelineEntry } from '../domain/timeline';
import type { Io } from './io';
import { namesakeLabels } from '../domain/namesakes';
import { ROWS_SHOWN, formatContactsText, formatProblemsText, formatQueueText } from './format';
import { contactJson, queueJson, toJson } from './json';
import { meetingRequest, peopleMetRequest, runMeeting, runPeopleMet, runTemplates } from './meetingCommands';
import { isFolder } from './noteFiles';
import { enclosingVault, openVault, readingStatus, type OpenVault } from './openVault';
import { doneRequest, dormantRequest, runDone, runDormant, runSnooze, snoozeRequest } from './queueCommands';
import { exportRequest, importRequest, runExport, runImport } from './importCommands';
import {
	commandUsage,
	dayOption,
	isCommand,
	limitOption,
	parseCommandLine,
	unknownCommand,
	USAGE,
	UsageError,
	type Command,
	type Values,
} from './usage';
import { reviewRequest, runReview, runWho, whoRequest } from './reviewCommands';
import { runTriage, triageRequest } from './triageCommand';
import { loadVaultConfig, warnConfigProblems } from './vaultConfig';
import { logRequest, newContactRequest, runLog, runNewContact } from './writeCommands';

/** A command with its options read, waiting for its vault. */
type Ready = (vault: OpenVault, io: Io) => number | Promise<number>;

/**
 * Each command that needs a vault: its options read (every mistake a usage error, before
 * the vault is opened), then what it does with the vault.
 */
const COMMANDS: Record<Exclude<Command, 'templates'>, (values: Values, today: Day, now: Date, positionals: string[]) => Ready> = {
	queue: (values, today) => {
		const limit = limitOption(values);
		return (vault, io) => read('queue', vault, today, values.json === true, io, limit);
	},
	contacts: (values, today) => (vault, io) => read('contacts', vault, today, values.json === true, io),
	problems: (values, today) => (vault, io) => read('problems', vault, today, values.json === true, io),
	log: (values, today, now) => {
		const request = logRequest(values, today);
		return (vault, io) => runLog(request, vault, io, now);
	},
	'new-contact': (values, today, now) => {
		const request = newContactRequest(values, now);
		return (vault, io) => runNewContact(request, vault, today, io);
	},
	meeting: (values, today, now) => {
		const request = meetingRequest(values, today, now);
		return (vault, io) => runMeeting(request, vault, io);
	},
	snooze: (values, today, now) => {
		const request = snoozeRequest(values, today, now);
		return (vault, io) => runSnooze(request, vault, io);
	},
	dormant: (values, today, now) => {
		const request = dormantRequest(values, today, now);
		return (vault, io) => runDormant(request, vault, io);
	},
	done: (values, today, now) => {
		const request = doneRequest(values, today, now);
		return (vault, io) => runDone(request, vault, io);
	},
	'people-met': (values, today, now) => {
		const request = peopleMetRequest(values, today, now);
		return (vault, io) => runPeopleMet(request, vault, io);
	},
	triage: (values, today, now) => {
		const request = triageRequest(values, today, now);
		return (vault, io) => runTriage(request, vault, io);
	},
	review: (values, today, now) => {
		const request = reviewRequest(values, today);
		return (vault, io) => runReview(request, vault, io, now);
	},
	who: (values, today) => {
		const request = whoRequest(values, today);
		return (vault, io) => runWho(request, vault, io);
	},
	import: (values, today, now, positionals) => {
		const request = importRequest(values, positionals, today, now);
		return (vault, io) => runImport(request, vault, io);
	},
	export: (values, _today, _now, positionals) => {
		const request = exportRequest(values, positionals);
		return (vault, io) => runExport(request, vault, io);
	},
};

export async function run(argv: string[], io: Io, now: Date = new Date()): Promise<number> {
	// What the command answered, and what went wrong, for the JSON error.
	let answered = false;
	const problems: string[] = [];
	const watched: Io = {
		...(io.status ? { status: io.status } : {}),
		out: (text) => {
			answered = true;
			io.out(text);
		},
		err: (text) => {
			// A warning is no reason the command failed.
			if (text.startsWith('rapport: ') && !text.startsWith('rapport: warning: ')) problems.push(text.slice('rapport: '.length));
			io.err(text);
		},
	};
	const usage = { message: '' };
	const code = await runCommand(argv, watched, now, usage);
	if (code !== 0 && !answered && argv.includes('--json')) io.out(toJson({ error: usage.message || problems.join('\n') }));
	return code;
}

async function runCommand(argv: string[], io: Io, now: Date, usage: { message: string }): Promise<number> {
	const [command, ...rest] = argv;
	if (!command || command === '--help' || command === '-h') {
		io.out(USAGE);
		return command ? 0 : 2;
	}
	if (command === '--version') {
		io.out(version);
		return 0;
	}
	try {
		if (command === 'help') {
			const [topic] = rest;
			if (topic === undefined) io.out(USAGE);
			else if (isCommand(topic)) io.out(commandUsage(topic));
			else throw unknownCommand(topic);
			return 0;
		}
		if (!isCommand(command)) throw unknownCommand(command);
		// Help asked for is given, however the rest was typed.
		if (rest.includes('--help') || rest.includes('-h')) {
			io.out(commandUsage(command));
			return 0;
		}
		const { values, positionals } = parseCommandLine(command, rest);
		if (values.version) {
			io.out(version);
			return 0;
		}
		const root = values.vault;
		if (!root && command !== 'templates') throw new UsageError('--vault DIR is required');
		const today: Day = values.today === undefined ? localToday(now) : dayOption('today', values.today);
		const ready = command === 'templates' ? undefined : COMMANDS[command](values, today, now, positionals);
		if (root === undefined) return runTemplates(undefined, values.json === true, io);
		const notVault = vaultProblem(root);
		if (notVault) {
			io.err(`rapport: ${notVault}`);
			return 1;
		}
		const configDir = values['config-dir'] ?? '.obsidian';
		const vaultAbove = enclosingVault(root, configDir);
		if (vaultAbove)
			io.err(`rapport: warning: '${root}' is inside the vault ${vaultAbove} (it has ${configDir}); did you mean --vault ${vaultAbove}?`);
		if (!ready) {
			const config = loadVaultConfig(root, values['config-dir']);
			warnConfigProblems(config, io);
			return runTemplates({ root, settings: config.settings }, values.json === true, io);
		}
		const reading = io.status ? readingStatus(io.status) : undefined;
		const vault = openVault(root, values['config-dir'], reading?.onRead);
		reading?.done();
		// `problems` lists them with the notes'; every other command says so on stderr.
		if (command !== 'problems') warnConfigProblems(vault.config, io);
		// Inside a vault, the warning above said which folder to give instead.
		if (FINDS_PEOPLE.has(command) && !vaultAbove && vault.index.contactCount === 0 && !isFolder(join(root, configDir)))
			io.err(
				`rapport: warning: no contacts found, and '${root}' has no ${configDir} folder: is it the vault? ` +
					`--vault takes the folder that holds ${configDir}`,
			);
		return await ready(vault, io);
	} catch (error) {
		if (error instanceof UsageError) {
			usage.message = error.message;
			// A command's own help once the command is known; the overview for one mistyped.
			const help = command !== 'help' && isCommand(command) ? `rapport ${command} --help` : 'rapport --help';
			io.err(`rapport: ${error.message}. Run '${help}' for usage.`);
			return 2;
		}
		throw error;
	}
}

/**
 * Commands whose answer is about the people found: with nobody found and no config folder,
 * the folder given is most likely not the vault (a subfolder of it, say), and the empty
 * answer would mislead. A warning on stderr; the answer and the exit code are the same.
 */
const FINDS_PEOPLE = new Set(['queue', 'contacts', 'review', 'who', 'triage']);

/** Why a path is no vault folder: missing, or a file. */
function vaultProblem(root: string): string | undefined {
	try {
		if (statSync(root).isDirectory()) return undefined;
		return `'${root}' is a file, not a vault folder`;
	} catch {
		return `no vault folder at '${root}'`;
	}
}

/** queue, contacts or problems: an answer from the built index, with nothing written. */
function read(command: string, { index, source, config }: OpenVault, today: Day, json: boolean, io: Io, limit = ROWS_SHOWN): number {
	if (command === 'queue') {
		const queue = computeQueue(index, today, config.settings);
		io.out(json ? toJson(queueJson(queue)) : formatQueueText(queue, namesakeLabels(index.contacts()), source.root, limit));
	} else if (command === 'contacts') {
		const contacts = index.contacts();
		// A day after today (a meeting note written ahead, a typo) is no contact yet, as in the queue.
		const upToToday = (path: string): TimelineEntry[] => index.timeline(path).filter((entry) => entry.date <= today);
		io.out(
			json
				? toJson(contacts.map((c) => contactJson(c, upToToday(c.path))))
				: formatContactsText(contacts, (path) => upToToday(path)[0]?.date, today, config.settings.keys.lastContact),
		);
	} else {
		const problems = [...config.problems, ...source.unreadable, ...index.problems()];
		io.out(json ? toJson(problems) : formatProblemsText(problems));
	}
	// Unreadable notes are left out of the answer: say so, and fail.
	for (const note of source.unreadable) io.err(`rapport: ${note.path}: ${note.message}`);
	return source.unreadable.length > 0 ? 1 : 0;
}
