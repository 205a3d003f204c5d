// The CLI as separate processes writing one vault: several logging to one note at once all
// land; a writer killed at any moment leaves the note whole, old or new; past a file-size
// limit the note is left as it was, with a sentence saying why. The CLI is bundled once.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { READ_AHEAD_MIN_NOTES } from '../../src/cli/readAhead';
import { vault } from '../builders';
import { writeVault } from './tempVault';

const TODAY = '2026-11-21';
const bin = mkdtempSync(join(tmpdir(), 'rapport-bin-'));
const CLI = join(bin, 'cli.js');
const LOG_MANY = join(bin, 'logMany.js');

beforeAll(async () => {
	const options = { bundle: true, platform: 'node' as const, format: 'cjs' as const, target: 'node20', logLevel: 'silent' as const };
	await build({ ...options, entryPoints: ['src/cli/main.ts'], outfile: CLI });
	await build({ ...options, entryPoints: ['tests/cli/fixtures/logMany.ts'], outfile: LOG_MANY });
}, 60_000);

interface Exit {
	code: number | null;
	signal: string | null;
	err: string;
}

/** Runs a command to its end; `killAfter` sends SIGKILL that many ms after it starts. */
function exec(command: string, args: readonly string[], killAfter?: number): Promise<Exit> {
	return new Promise((resolve) => {
		const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
		let err = '';
		child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
		if (killAfter !== undefined) setTimeout(() => child.kill('SIGKILL'), killAfter);
		child.on('close', (code, signal) => resolve({ code, signal, err }));
	});
}

/** A small repeatable random number stream, so a failing run can be run again the same way. */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
		return state / 2 ** 31;
	};
}

/** Lock and temporary files left in a folder. */
function leftovers(dir: string): string[] {
	return readdirSync(dir).filter((name) => name.includes('rapport-'));
}

describe('CLI processes writing one vault', () => {
	it('lands every log when six processes log fifty times each on one note at once', async () => {
		const root = writeVault(vault().contact('Sam Rivera', (c) => c.tie('strong').interaction('2026-10-02 coffee: reorg')));
		const exits = await Promise.all(Array.from({ length: 6 }, (_, p) => exec(process.execPath, [LOG_MANY, root, `p${p}`, '50', TODAY])));
		for (const exit of exits) expect(exit).toEqual({ code: 0, signal: null, err: '' });
		const note = readFileSync(join(root, 'People/Sam Rivera.md'), 'utf8');
		const logged = note.split('\n').filter((line) => line.startsWith(`- ${TODAY} message: `));
		expect(logged).toHaveLength(300);
		for (let p = 0; p < 6; p++) for (let i = 0; i < 50; i++) expect(logged).toContain(`- ${TODAY} message: p${p}-${i}`);
		expect(note).toContain('- 2026-10-02 coffee: reorg\n');
		expect(leftovers(join(root, 'People'))).toEqual([]);
	}, 120_000);

	it('leaves a large note whole, old or new, however a writer is killed, and the next writer takes over its lock', async () => {
		const lines = Array.from({ length: 20_000 }, (_, i) => `- 2020-01-01 email: message number ${i} with some words to make it long`);
		const old = `---\ntype: contact\ntie: strong\n---\n## Interactions\n${lines.join('\n')}\n`;
		const root = writeVault(vault().note('People/Sam Rivera', old));
		const note = join(root, 'People/Sam Rivera.md');
		const args = [CLI, 'log', '--vault', root, '--contact', 'Sam Rivera', '--kind', 'call', '--today', TODAY];
		// The note as a whole run leaves it, and how long a run takes here (the quicker of two:
		// the first pays for a cold start).
		let span = Infinity;
		for (let run = 0; run < 2; run++) {
			writeFileSync(note, old);
			const started = Date.now();
			expect((await exec(process.execPath, args)).code).toBe(0);
			span = Math.min(span, Date.now() - started);
		}
		const written = readFileSync(note, 'utf8');
		expect(written).not.toBe(old);
		const next = random(20261203);
		// Rounds until ten were cut short somewhere (the rest finished first), however busy the
		// machine is: a run's length here moves with the load.
		let killed = 0;
		for (let round = 0; round < 60 && killed < 10; round++) {
			writeFileSync(note, old);
			const exit = await exec(process.execPath, args, Math.floor(next() * span * 1.2));
			if (exit.signal === 'SIGKILL') killed++;
			const now = readFileSync(note, 'utf8');
			expect(now === old || now === written).toBe(true);
		}
		expect(killed).toBe(10);
		writeFileSync(note, old);
		expect(await exec(process.execPath, args)).toMatchObject({ code: 0, err: '' });
		expect(readFileSync(note, 'utf8')).toBe(written);
		expect(leftovers(join(root, 'People'))).toEqual([]);
	}, 120_000);

	it('leaves the note as it was, and says why, when it would grow past the file-size limit', async () => {
		const old = `---\ntype: contact\ntie: strong\n---\n## Interactions\n${'- 2020-01-01 email: an old message\n'.repeat(1000)}`;
		const root = writeVault(vault().note('People/Sam Rivera', old));
		// `ulimit -f` counts 1024-byte blocks: 32 KB, and the note is about 34 KB.
		const exit = await exec('bash', [
			'-c',
			`ulimit -f 32 && exec "${process.execPath}" "${CLI}" log --vault "${root}" --contact "Sam Rivera" --kind call --today ${TODAY}`,
		]);
		expect(exit.code).toBe(1);
		expect(exit.err).toBe(
			"rapport: People/Sam Rivera.md: can't be written (the file would be over the size limit); it was left as it was; nothing was written\n",
		);
		expect(readFileSync(join(root, 'People/Sam Rivera.md'), 'utf8')).toBe(old);
		expect(leftovers(join(root, 'People'))).toEqual([]);
		expect(existsSync(join(root, 'People/Sam Rivera.md'))).toBe(true);
	});

	it('stops printing quietly when its reader goes, and still finishes a write', async () => {
		// Enough people that the queue's JSON is many times a pipe's buffer.
		let many = vault();
		for (let i = 0; i < 400; i++) many = many.contact(`Person ${i}`, (c) => c.tie('weak').lastContact('2025-01-02'));
		const root = writeVault(many.contact('Sam Rivera', (c) => c.tie('strong')));
		// As `rapport queue --json | head -c 100`: the reader takes one chunk and closes its end,
		// or closes it before anything comes.
		const headed = (args: readonly string[], atOnce = false): Promise<Exit & { got: number }> =>
			new Promise((resolve) => {
				const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
				let err = '';
				let got = 0;
				child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
				if (atOnce) child.stdout.destroy();
				child.stdout.once('data', (chunk: Buffer) => {
					got = chunk.length;
					child.stdout.destroy();
				});
				child.on('close', (code, signal) => resolve({ code, signal, err, got }));
			});
		const queue = await headed(['queue', '--json', '--vault', root, '--today', TODAY]);
		expect(queue.got).toBeGreaterThan(0);
		expect(queue).toMatchObject({ code: 0, signal: null, err: '' });
		// Closed before the log is written: the note still gets its line.
		const log = await headed(
			['log', '--vault', root, '--contact', 'Sam Rivera', '--kind', 'call', '--summary', 'piped', '--today', TODAY],
			true,
		);
		expect(log).toMatchObject({ code: 0, signal: null, err: '' });
		expect(readFileSync(join(root, 'People/Sam Rivera.md'), 'utf8')).toContain(`- ${TODAY} call: piped`);
	});

	it('answers and exits on a vault large enough to be read ahead on a second thread', () => {
		const v = vault().contact('Sam Rivera', (c) => c.tie('strong').lastContact('2025-01-01'));
		for (let n = 0; n < READ_AHEAD_MIN_NOTES; n++) v.note(`Notes/${n}`, `Note ${n}, about [[Sam Rivera]] and nothing dated.`);
		const root = writeVault(v);
		const exit = spawnSync(process.execPath, [CLI, 'queue', '--json', '--vault', root, '--today', TODAY], {
			encoding: 'utf8',
			timeout: 60_000,
		});
		expect({ status: exit.status, signal: exit.signal, err: exit.stderr }).toEqual({ status: 0, signal: null, err: '' });
		const queue = JSON.parse(exit.stdout) as { sections: { items: { path: string }[] }[] };
		expect(queue.sections.flatMap((s) => s.items.map((i) => i.path))).toEqual(['People/Sam Rivera.md']);
	}, 60_000);

	it('prints the version bundled in at build time, from a folder with no package.json', () => {
		const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
		const exit = spawnSync(process.execPath, [CLI, '--version'], { cwd: bin, encoding: 'utf8' });
		expect({ status: exit.status, out: exit.stdout, err: exit.stderr }).toEqual({ status: 0, out: `${version}\n`, err: '' });
	});
});
