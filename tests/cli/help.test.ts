// How the CLI answers someone finding their way: the overview and each command's own help,
// the version, "did you mean" for a slip of the keyboard, errors as JSON for scripts, and a
// vault path that is a file named as such.
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/usage';
import { vault } from '../builders';
import { cli, snapshot, writeVault } from './tempVault';

const people = (): ReturnType<typeof vault> =>
	vault()
		.contact('Sam Rivera', (c) => c.tie('strong').cadence('monthly').interaction('2026-10-02 coffee: reorg'))
		.contact('Jo Park', (c) => c.tie('weak'));

describe('help', () => {
	it('--help is an overview: every command with a line on what it does, and no command’s own options', async () => {
		const result = await cli('--help');
		expect(result.code).toBe(0);
		for (const command of COMMANDS) expect(result.out).toMatch(new RegExp(`^  ${command} +\\w`, 'm'));
		expect(result.out).toContain('--vault DIR');
		expect(result.out).not.toContain('--kind');
		expect(result.out).not.toContain('--follow-up');
		expect((await cli('help')).out).toBe(result.out);
	});

	it('COMMAND --help prints only that command’s usage and options', async () => {
		const queue = await cli('queue', '--help');
		expect(queue.code).toBe(0);
		expect(queue.out.split('\n')[0]).toBe('Usage: rapport queue --vault DIR [--limit N] [--today YYYY-MM-DD] [--json]');
		expect(queue.out).toContain('--today YYYY-MM-DD');
		for (const other of ['rapport log', '--contact', '--kind', '--template', 'snooze']) expect(queue.out).not.toContain(other);
		const snooze = (await cli('snooze', '--help')).out;
		expect(snooze).toMatch(/^Usage: rapport snooze --vault DIR --contact NAME/);
		for (const option of ['--until YYYY-MM-DD', '--for SPAN', '--follow-up TEXT']) expect(snooze).toContain(option);
		expect(snooze).not.toContain('--kind');
	});

	it('help COMMAND, -h, and --help among mistyped options print the same', async () => {
		const own = (await cli('done', '--help')).out;
		expect((await cli('help', 'done')).out).toBe(own);
		expect((await cli('done', '-h')).out).toBe(own);
		expect(await cli('done', '--folow-up', 'x', '--help')).toEqual({ code: 0, out: own, err: '' });
	});

	it('keeps every line of every help within 89 columns', async () => {
		const helps = [(await cli('--help')).out, ...(await Promise.all(COMMANDS.map(async (c) => (await cli(c, '--help')).out)))];
		const wide = helps.flatMap((text) => text.split('\n')).filter((line) => line.length > 89);
		expect(wide).toEqual([]);
	});

	it('--version prints the version in package.json', async () => {
		const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
		expect(await cli('--version')).toEqual({ code: 0, out: version, err: '' });
		expect((await cli('queue', '--version')).out).toBe(version);
	});
});

describe('did you mean', () => {
	it.each([
		[['qeue'], "unknown command 'qeue' (did you mean queue?)"],
		[['snoze'], "unknown command 'snoze' (did you mean snooze?)"],
		[['peoplemet'], "unknown command 'peoplemet' (did you mean people-met?)"],
		[['new'], "unknown command 'new' (did you mean new-contact?)"],
		[['log', '--contat', 'Sam'], "unknown option '--contat' (did you mean --contact?)"],
		[['queue', '--todya', '2026-11-21'], "unknown option '--todya' (did you mean --today?)"],
		[['meeting', '--templat', 'event'], "unknown option '--templat' (did you mean --template?)"],
		[['snooze', '--unitl', '2026-12-01'], "unknown option '--unitl' (did you mean --until?)"],
		[
			['meeting', '--template', 'event', '--contact', 'Sam'],
			'--contact only applies to log, snooze, dormant, done and triage (meeting takes --with)',
		],
		[['log', '--with', 'Sam'], '--with only applies to meeting (log takes --contact)'],
	])('%j: %s', async (args, message) => {
		const result = await cli(...args);
		expect(result.code).toBe(2);
		// A mistyped command points to the overview; a known one to its own help.
		const help = args.length === 1 ? 'rapport --help' : `rapport ${args[0] ?? ''} --help`;
		expect(result.err).toBe(`rapport: ${message}. Run '${help}' for usage.`);
	});

	it('lists the commands when a word is nothing like one', async () => {
		expect((await cli('frobnicate')).err).toMatch(
			/^rapport: unknown command 'frobnicate' \(try queue, contacts, .* triage, review, who, import or export\)/,
		);
	});
});

describe('errors as JSON', () => {
	it('a usage error with --json: {"error"} on stdout, the human line on stderr, exit 2', async () => {
		const result = await cli('queue', '--vault', '.', '--todya', '2026-11-21', '--json');
		expect(result.code).toBe(2);
		expect(JSON.parse(result.out)).toEqual({ error: "unknown option '--todya' (did you mean --today?)" });
		expect(result.err).toBe("rapport: unknown option '--todya' (did you mean --today?). Run 'rapport queue --help' for usage.");
	});

	it('a refusal with --json: every problem in the error, exit 1, nothing written', async () => {
		const root = writeVault(people());
		const before = snapshot(root);
		const result = await cli('log', '--vault', root, '--contact', 'Sam Rivera,Jo Parc', '--kind', 'call', '--json');
		expect(result.code).toBe(1);
		expect(JSON.parse(result.out)).toEqual({ error: "no contact named 'Jo Parc'; did you mean Jo Park?" });
		expect(result.err).toBe("rapport: no contact named 'Jo Parc'; did you mean Jo Park?");
		expect(snapshot(root)).toEqual(before);
		const missing = await cli('dormant', '--vault', root, '--contact', 'Nobody', '--contact', 'Noone', '--json');
		expect(JSON.parse(missing.out)).toEqual({ error: "no contact named 'Nobody'\nno contact named 'Noone'" });
	});

	it('a missing vault with --json', async () => {
		const result = await cli('contacts', '--vault', '/no/such/vault', '--json');
		expect(result).toEqual({
			code: 1,
			out: JSON.stringify({ error: "no vault folder at '/no/such/vault'" }, null, 2),
			err: expect.any(String) as string,
		});
	});

	it('a reading command that answered keeps its answer as the only JSON, and still exits 1 for a note it could not read', async () => {
		const root = writeVault(people());
		symlinkSync(join(root, 'nowhere.md'), join(root, 'People/Ghost.md'));
		const result = await cli('queue', '--vault', root, '--today', '2026-11-21', '--json');
		expect(result.code).toBe(1);
		expect(JSON.parse(result.out)).toHaveProperty('sections');
		expect(result.err).toBe('rapport: People/Ghost.md: is a link to a file that does not exist');
	});
});

describe('the vault path', () => {
	it('names a path that is a file as a file, not a missing folder', async () => {
		const root = writeVault(people());
		const file = join(root, 'notes.txt');
		writeFileSync(file, 'not a vault');
		expect(await cli('queue', '--vault', file)).toEqual({ code: 1, out: '', err: `rapport: '${file}' is a file, not a vault folder` });
		expect((await cli('templates', '--vault', file)).err).toBe(`rapport: '${file}' is a file, not a vault folder`);
	});
});
