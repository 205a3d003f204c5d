// The CLI's commands over a vault folder. queue, contacts, problems and templates only
// read the vault and never write to it; log and new-contact (writeCommands.ts) write only
// the notes they name, and meeting (meetingCommands.ts) creates one meeting note and logs
// it on the people in it. `run` returns the exit code: 1 when the vault stopped a command,
// 2 for a usage error, found before the vault is opened. templates alone needs no vault.
import { existsSync, statSync } from 'node:fs';
import { localToday, type Day } from '../domain/day';
import { computeQueue } from '../domain/queue';
import type { Io } from './io';
import { formatContactsText, formatProblemsText, formatQueueText } from './format';
import { contactJson, queueJson, toJson } from './json';
import { meetingRequest, runMeeting, runTemplates } from './meetingCommands';
import { openVault, type OpenVault } from './openVault';
import { listed } from '../domain/words';
import { COMMANDS, dayOption, isCommand, parseOptions, USAGE, UsageError } from './usage';
import { loadVaultConfig, warnConfigProblems } from './vaultConfig';
import { logRequest, newContactRequest, runLog, runNewContact } from './writeCommands';

export async function run(argv: string[], io: Io, now: Date = new Date()): Promise<number> {
	const [command, ...rest] = argv;
	if (!command || command === '--help' || command === '-h' || command === 'help') {
		io.out(USAGE);
		return command ? 0 : 2;
	}
	try {
		if (!isCommand(command)) throw new UsageError(`unknown command '${command}' (try ${listed(COMMANDS, 'or')})`);
		const values = parseOptions(command, rest);
		if (values.help) {
			io.out(USAGE);
			return 0;
		}
		const root = values.vault;
		if (!root && command !== 'templates') throw new UsageError('--vault DIR is required');
		const today: Day = values.today === undefined ? localToday(now) : dayOption('today', values.today);
		const log = command === 'log' ? logRequest(values, today) : undefined;
		const contact = command === 'new-contact' ? newContactRequest(values, now) : undefined;
		const meeting = command === 'meeting' ? meetingRequest(values, today, now) : undefined;
		if (root === undefined) return runTemplates(undefined, values.json === true, io);
		if (!existsSync(root) || !statSync(root).isDirectory()) {
			io.err(`rapport: no vault folder at '${root}'`);
			return 1;
		}
		if (command === 'templates') {
			const config = loadVaultConfig(root, values['config-dir']);
			warnConfigProblems(config, io);
			return runTemplates({ root, settings: config.settings }, values.json === true, io);
		}

		const vault = openVault(root, values['config-dir']);
		// `problems` lists them with the notes'; every other command says so on stderr.
		if (command !== 'problems') warnConfigProblems(vault.config, io);
		if (log) return await runLog(log, vault, io, now);
		if (contact) return await runNewContact(contact, vault, today, io);
		if (meeting) return await runMeeting(meeting, vault, io);
		return read(command, vault, today, values.json === true, io);
	} catch (error) {
		if (error instanceof UsageError) {
			io.err(`rapport: ${error.message}. Run 'rapport --help' for usage.`);
			return 2;
		}
		throw error;
	}
}

/** queue, contacts or problems: an answer from the built index, with nothing written. */
function read(command: string, { index, source, config }: OpenVault, today: Day, json: boolean, io: Io): number {
	if (command === 'queue') {
		const queue = computeQueue(index, today, config.settings);
		io.out(json ? toJson(queueJson(queue)) : formatQueueText(queue));
	} else if (command === 'contacts') {
		const contacts = index.contacts();
		io.out(
			json
				? toJson(contacts.map((c) => contactJson(c, index.timeline(c.path))))
				: formatContactsText(contacts, (path) => index.timeline(path)[0]?.date),
		);
	} else {
		const problems = [...config.problems, ...source.unreadable, ...index.problems()];
		io.out(json ? toJson(problems) : formatProblemsText(problems));
	}
	// Unreadable notes are left out of the answer: say so, and fail.
	for (const note of source.unreadable) io.err(`rapport: ${note.path}: ${note.message}`);
	return source.unreadable.length > 0 ? 1 : 0;
}
