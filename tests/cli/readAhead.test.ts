// Reading ahead on a second thread changes nothing a command says: every text handed on
// is the file's as node reads it, a file it could not read is left to the caller, and a
// build that reads ahead gives the same index, problems and queue as one that does not.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiskSource } from '../../src/cli/diskSource';
import { ReadAhead } from '../../src/cli/readAhead';
import { datedNoteMatcher } from '../../src/domain/datedNotes';
import { computeQueue } from '../../src/domain/queue';
import { ContactIndex } from '../../src/index/contactIndex';
import { day, vault } from '../builders';
import { writeVault } from './tempVault';

function readingAhead(files: string[]): ReadAhead | undefined {
	const ahead = ReadAhead.start();
	ahead?.read(files);
	return ahead;
}

function files(count: number, text: (n: number) => string): string[] {
	const dir = mkdtempSync(join(tmpdir(), 'rapport-ahead-'));
	return Array.from({ length: count }, (_, n) => {
		const file = join(dir, `${String(n).padStart(5, '0')}.md`);
		writeFileSync(file, text(n));
		return file;
	});
}

describe('reading ahead', () => {
	it('hands on each file as written, in any order asked, once', async () => {
		const [a, b, c] = files(3, (n) => `note ${n}\n- [[Sam Rivera]] the \uFFFD sign, Zoë\n`);
		const ahead = readingAhead([a!, b!, c!]);
		expect(ahead).toBeDefined();
		await ahead?.ended;
		expect(ahead?.take(c!)).toBe('note 2\n- [[Sam Rivera]] the \uFFFD sign, Zoë\n');
		expect(ahead?.take(a!)).toBe('note 0\n- [[Sam Rivera]] the \uFFFD sign, Zoë\n');
		// Taken already, or never one of its files: the caller reads it.
		expect(ahead?.take(a!)).toBeUndefined();
		expect(ahead?.take(join(tmpdir(), 'elsewhere.md'))).toBeUndefined();
		expect(ahead?.take(b!)).toBe('note 1\n- [[Sam Rivera]] the \uFFFD sign, Zoë\n');
	});

	it('leaves a file it could not read to the caller, and goes on with the rest', async () => {
		const [a, b, c] = files(3, (n) => `note ${n}`);
		rmSync(b!);
		const ahead = readingAhead([a!, b!, c!]);
		await ahead?.ended;
		expect([ahead?.take(a!), ahead?.take(b!), ahead?.take(c!)]).toEqual(['note 0', undefined, 'note 2']);
	});

	it('never makes the caller wait: each of thousands of notes is its text, or nothing yet and the caller reads it', () => {
		const text = (n: number): string => `# ${n}\n${'x'.repeat(n % 700)}\n`;
		const all = files(3000, text);
		const ahead = readingAhead(all);
		const wrong = all.filter((file, n) => {
			const taken = ahead?.take(file);
			return taken !== undefined && taken !== text(n);
		});
		expect(wrong).toEqual([]);
	});

	it('hands on nothing once stopped, and its thread ends', async () => {
		const [a] = files(1, () => 'note');
		const ahead = readingAhead([a!]);
		ahead?.stop();
		expect(ahead?.take(a!)).toBeUndefined();
		await ahead?.ended;
	});
});

describe('a build that reads ahead', () => {
	it('gives the same index, problems, unreadable notes and queue as one that reads each note itself', async () => {
		const v = vault()
			.contact('Sam Rivera', (c) =>
				c.aliases('Sam').tie('strong').interaction('2026-10-02 coffee: reorg').followUp('Send the deck 📅 2026-11-25'),
			)
			.contact('Jo Park', (c) => c.tie('weak').cadence('sometimes'))
			.note('People/Broken.md', '---\ntype: contact\ntie: [strong\n---\n')
			.note('People/Marked.md', '---\ntype: contact\n---\n## Interactions\n- 2026-10-02 call: the \uFFFD sign\n')
			.daily('2026-11-01', '- Lunch with [[Sam]]')
			.daily('2026-11-02', '- [ ] Call [[Jo Park]] 📅 2026-11-20');
		for (let n = 3; n <= 28; n++) v.daily(`2026-11-${String(n).padStart(2, '0')}`, `- Coffee with [[${n % 2 ? 'Sam Rivera' : 'Jo Park'}]]`);
		const root = writeVault(v);
		writeFileSync(join(root, 'People/Latin.md'), Buffer.from('---\ntype: contact\n---\ncaf\xe9\n', 'latin1'));
		symlinkSync(join(root, 'gone.md'), join(root, 'People/Ghost.md'));
		execFileSync('mkfifo', [join(root, 'People/Pipe.md')]);

		// With the thread, the build starts once it has read everything, so every note comes from it.
		const built = async (readAheadFrom: number): Promise<unknown> => {
			const disk = new DiskSource(root, '.obsidian', readAheadFrom);
			const index = new ContactIndex(v.settings, datedNoteMatcher('Daily', 'YYYY-MM-DD'));
			const source = disk.forIndex(v.settings);
			const paths = [...source.paths()];
			expect(disk.readAheadEnded === undefined).toBe(readAheadFrom > paths.length);
			await disk.readAheadEnded;
			index.build({ ...source, paths: () => paths });
			disk.stopReadingAhead();
			return {
				contacts: index.contacts(),
				timelines: index.contacts().map((c) => index.timeline(c.path)),
				problems: index.problems(),
				unreadable: disk.unreadable,
				queue: computeQueue(index, day('2026-11-21'), v.settings),
			};
		};
		const itself = await built(Number.POSITIVE_INFINITY);
		expect(await built(1)).toEqual(itself);
		// Not a vacuous agreement: the notes were read, and the odd ones named.
		expect(JSON.stringify(itself)).toContain('Send the deck');
		expect((itself as { unreadable: { path: string }[] }).unreadable.map((u) => u.path).sort()).toEqual([
			'People/Ghost.md',
			'People/Latin.md',
			'People/Pipe.md',
		]);
	});
});
