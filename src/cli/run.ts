// The CLI's commands: the follow-up queue, contacts and problems of a vault folder.
// They read the vault and never write to it. `run` returns the exit code.
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { localToday, parseIsoDay, type Day } from '../domain/day';
import { computeQueue } from '../domain/queue';
import { formatContactsText, formatProblemsText, formatQueueText } from './format';
import { contactJson, queueJson, toJson } from './json';
import { openVault } from './openVault';

const USAGE = `Usage:
  rapport queue    --vault DIR [--today YYYY-MM-DD] [--json]
  rapport contacts --vault DIR [--json]
  rapport problems --vault DIR [--json]

Options:
  --vault DIR          the vault folder (the one holding .obsidian)
  --today YYYY-MM-DD   the day to compute the queue for (default: today)
  --config-dir NAME    the vault's config folder (default: .obsidian)
  --json               print JSON for scripts instead of text
  --help               show this help`;

class UsageError extends Error {}

export interface Io {
	out: (text: string) => void;
	err: (text: string) => void;
}

export function run(argv: string[], io: Io, now: Date = new Date()): number {
	const [command, ...rest] = argv;
	if (!command || command === '--help' || command === '-h' || command === 'help') {
		io.out(USAGE);
		return command ? 0 : 2;
	}
	try {
		if (!['queue', 'contacts', 'problems'].includes(command)) throw new UsageError(`unknown command '${command}' (try queue, contacts or problems)`);
		let values: { vault?: string; today?: string; json?: boolean; 'config-dir'?: string; help?: boolean };
		try {
			({ values } = parseArgs({
				args: rest,
				options: {
					vault: { type: 'string' },
					today: { type: 'string' },
					json: { type: 'boolean' },
					'config-dir': { type: 'string' },
					help: { type: 'boolean' },
				},
				strict: true,
				allowPositionals: false,
			}));
		} catch (error) {
			throw new UsageError((error as Error).message.split('\n')[0] ?? 'bad option');
		}
		if (values.help) {
			io.out(USAGE);
			return 0;
		}
		if (!values.vault) throw new UsageError('--vault DIR is required');
		if (values.today !== undefined && command !== 'queue') throw new UsageError('--today only applies to queue');
		let today: Day = localToday(now);
		if (values.today !== undefined) {
			const parsed = parseIsoDay(values.today);
			if (parsed === undefined) throw new UsageError(`--today expects a date YYYY-MM-DD, got '${values.today}'`);
			today = parsed;
		}
		if (!existsSync(values.vault) || !statSync(values.vault).isDirectory()) {
			io.err(`rapport: no vault folder at '${values.vault}'`);
			return 1;
		}

		const { index, source, config } = openVault(values.vault, values['config-dir']);
		const json = values.json === true;
		if (command === 'queue') {
			const queue = computeQueue(index, today, config.settings);
			io.out(json ? toJson(queueJson(queue)) : formatQueueText(queue));
		} else if (command === 'contacts') {
			const contacts = index.contacts();
			io.out(json
				? toJson(contacts.map((c) => contactJson(c, index.timeline(c.path))))
				: formatContactsText(contacts, (path) => index.timeline(path)[0]?.date));
		} else {
			const problems = [...config.problems, ...source.unreadable, ...index.problems()];
			io.out(json ? toJson(problems) : formatProblemsText(problems));
		}
		// Unreadable notes are left out of the answer: say so, and fail.
		for (const note of source.unreadable) io.err(`rapport: ${note.path}: ${note.message}`);
		return source.unreadable.length > 0 ? 1 : 0;
	} catch (error) {
		if (error instanceof UsageError) {
			io.err(`rapport: ${error.message}. Run 'rapport --help' for usage.`);
			return 2;
		}
		throw error;
	}
}
