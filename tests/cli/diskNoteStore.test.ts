// The CLI's note store on a real folder: a write lands whole or not at all, keeps the
// note's mode, never overwrites an edit made meanwhile or a note made meanwhile, writes
// through a link only inside the vault, and refuses what is not a UTF-8 note by name.
import { execFileSync, spawn } from 'node:child_process';
import {
	chmodSync,
	existsSync,
	linkSync,
	lstatSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	renameSync as renameSyncReal,
	statSync,
	symlinkSync,
	writeFileSync,
	writeSync as writeSyncReal,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Actions } from '../../src/actions/actions';
import { DiskNoteStore, type WriteCalls } from '../../src/cli/diskNoteStore';
import { actionsOn } from '../actions/memoryStore';
import { vault } from '../builders';
import { cli, writeVault } from './tempVault';

const NOTE = '---\ntype: contact\ntie: strong\n---\n## Interactions\n- 2026-10-02 coffee: reorg\n';

function folder(files: Record<string, string> = { 'People/Sam Rivera.md': NOTE }): string {
	const root = mkdtempSync(join(tmpdir(), 'rapport-store-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

/** Every name in a folder, hidden ones included: no temporary file or lock may be left. */
function entries(dir: string): string[] {
	return readdirSync(dir).sort();
}

const children: { kill(): void }[] = [];
afterEach(() => {
	for (const child of children.splice(0)) child.kill();
});

describe('the CLI note store', () => {
	it('replaces a note only while it reads as planned, keeping its mode and leaving nothing beside it', async () => {
		const root = folder();
		const path = join(root, 'People/Sam Rivera.md');
		chmodSync(path, 0o640);
		const store = new DiskNoteStore(root);
		expect(await store.replace('People/Sam Rivera.md', 'not what it says', 'new')).toEqual({
			ok: false,
			stale: true,
			reason: 'changed since Rapport read it',
		});
		expect(readFileSync(path, 'utf8')).toBe(NOTE);
		expect(await store.replace('People/Sam Rivera.md', NOTE, `${NOTE}- more\n`)).toEqual({ ok: true });
		expect(readFileSync(path, 'utf8')).toBe(`${NOTE}- more\n`);
		expect(statSync(path).mode & 0o777).toBe(0o640);
		expect(entries(join(root, 'People'))).toEqual(['Sam Rivera.md']);
	});

	it.each([
		[
			'the disk fills during the write',
			{
				writeSync: (): number => {
					throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
				},
			},
			'the disk is full',
		],
		[
			'the file grows past the size limit',
			{
				writeSync: (): number => {
					throw Object.assign(new Error('too big'), { code: 'EFBIG' });
				},
			},
			'the file would be over the size limit',
		],
		[
			'the flush to disk fails',
			{
				fsyncSync: (): void => {
					throw Object.assign(new Error('io'), { code: 'EIO' });
				},
			},
			'a disk input/output error',
		],
		[
			'the rename fails',
			{
				renameSync: (): void => {
					throw Object.assign(new Error('perm'), { code: 'EPERM' });
				},
			},
			'the operation is not permitted',
		],
	] satisfies [string, Partial<WriteCalls>, string][])('leaves the note whole and says why when %s', async (_, calls, why) => {
		const root = folder();
		const store = new DiskNoteStore(root, { calls });
		const result = await store.replace('People/Sam Rivera.md', NOTE, `${NOTE}- more\n`.repeat(1000));
		expect(result).toEqual({ ok: false, stale: false, reason: `can't be written (${why}); it was left as it was` });
		expect(readFileSync(join(root, 'People/Sam Rivera.md'), 'utf8')).toBe(NOTE);
		expect(entries(join(root, 'People'))).toEqual(['Sam Rivera.md']);
	});

	it('writes the note in part-writes until all of it is there', async () => {
		const root = folder();
		// A write that takes at most 7 bytes at a time, as a pipe or a slow disk may.
		const store = new DiskNoteStore(root, {
			calls: { writeSync: (fd, data, offset, length) => writeSyncReal(fd, data, offset, Math.min(length, 7)) },
		});
		const text = `${NOTE}- ${'é'.repeat(300)}\n`;
		expect(await store.replace('People/Sam Rivera.md', NOTE, text)).toEqual({ ok: true });
		expect(readFileSync(join(root, 'People/Sam Rivera.md'), 'utf8')).toBe(text);
	});

	it('makes a note and its folder, never over one already there', async () => {
		const root = folder();
		const store = new DiskNoteStore(root);
		expect(await store.create('People/Sam Rivera.md', 'other')).toMatchObject({ ok: false, stale: true });
		expect(readFileSync(join(root, 'People/Sam Rivera.md'), 'utf8')).toBe(NOTE);
		expect(await store.create('New/Deep/Ana Ruiz.md', 'hello')).toEqual({ ok: true });
		expect(readFileSync(join(root, 'New/Deep/Ana Ruiz.md'), 'utf8')).toBe('hello');
		expect(entries(join(root, 'New/Deep'))).toEqual(['Ana Ruiz.md']);
	});

	it('makes a new note with no lock file, and never over a note another writer made a moment before', async () => {
		const root = folder();
		let lockSeen = false;
		const store = new DiskNoteStore(root, {
			calls: {
				beforeReplace: (full) => {
					lockSeen = entries(join(root, 'People')).some((name) => name.includes('rapport-lock'));
					writeFileSync(full, 'theirs');
				},
			},
		});
		expect(await store.create('People/Ana Ruiz.md', 'ours')).toMatchObject({ ok: false, stale: true });
		expect(readFileSync(join(root, 'People/Ana Ruiz.md'), 'utf8')).toBe('theirs');
		expect(lockSeen).toBe(false);
		expect(entries(join(root, 'People'))).toEqual(['Ana Ruiz.md', 'Sam Rivera.md']);
	});

	it('writes through a link inside the vault to where it leads, and never through one leading out', async () => {
		const outside = folder({ 'Elsewhere.md': NOTE });
		const root = folder();
		symlinkSync(join(root, 'People/Sam Rivera.md'), join(root, 'People/Sam.md'));
		symlinkSync(join(outside, 'Elsewhere.md'), join(root, 'People/Out.md'));
		const store = new DiskNoteStore(root);
		expect(await store.read('People/Sam.md')).toBe(NOTE);
		expect(await store.replace('People/Sam.md', NOTE, 'through the link')).toEqual({ ok: true });
		expect(lstatSync(join(root, 'People/Sam.md')).isSymbolicLink()).toBe(true);
		expect(readFileSync(join(root, 'People/Sam Rivera.md'), 'utf8')).toBe('through the link');
		expect(await store.replace('People/Out.md', NOTE, 'escaped')).toEqual({
			ok: false,
			stale: false,
			reason: 'is a link to a file outside the vault; Rapport does not write through it',
		});
		expect(readFileSync(join(outside, 'Elsewhere.md'), 'utf8')).toBe(NOTE);
	});

	it('refuses a note that is not UTF-8 text, and one that is a link to nothing, by what is wrong', async () => {
		const root = folder();
		writeFileSync(
			join(root, 'People/Latin.md'),
			Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x69, 0x65, 0x3a, 0x20, 0xe9, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a]),
		);
		symlinkSync(join(root, 'gone.md'), join(root, 'People/Ghost.md'));
		const store = new DiskNoteStore(root);
		await expect(store.read('People/Latin.md')).rejects.toThrow('is not UTF-8 text');
		await expect(store.read('People/Ghost.md')).rejects.toThrow('is a link to a file that does not exist');
		expect(await store.read('People/Nobody.md')).toBeUndefined();
	});

	it('reads a note holding the sign U+FFFD as written, and refuses one that also has a byte that is not UTF-8', async () => {
		const marked = '---\ntype: contact\n---\n\uFEFF## Interactions\n- 2026-10-02 call: the \uFFFD sign\n';
		const root = folder({ 'People/Sam Rivera.md': marked });
		writeFileSync(join(root, 'People/Both.md'), Buffer.concat([Buffer.from(marked), Buffer.from([0xe9, 0x0a])]));
		const store = new DiskNoteStore(root);
		expect(await store.read('People/Sam Rivera.md')).toBe(marked);
		await expect(store.read('People/Both.md')).rejects.toThrow('is not UTF-8 text');
	});

	it('never opens a FIFO named like a note: reading it is refused at once, and the CLI answers for the rest', async () => {
		const root = writeVault(vault().contact('Sam Rivera', (c) => c.tie('strong')));
		execFileSync('mkfifo', [join(root, 'People/Pipe.md')]);
		await expect(new DiskNoteStore(root).read('People/Pipe.md')).rejects.toThrow('is a pipe (FIFO), not a note');
		const result = await cli('queue', '--vault', root, '--today', '2026-11-21');
		expect(result.code).toBe(1);
		expect(result.err).toBe('rapport: People/Pipe.md: is a pipe (FIFO), not a note');
		expect(result.out).toContain('Sam Rivera');
	});

	it('takes over a lock a dead process left, and cleans up the temporary files it left', async () => {
		const root = folder();
		// A process that has ended: its pid is free.
		const dead = spawn(process.execPath, ['-e', '']);
		const pid = dead.pid ?? 0;
		await new Promise((resolve) => dead.on('exit', resolve));
		writeFileSync(join(root, 'People/.Sam Rivera.md.rapport-lock'), JSON.stringify({ host: hostname(), pid, token: 'gone' }));
		writeFileSync(join(root, `People/.rapport-${pid}-abc.tmp`), 'half a note');
		const store = new DiskNoteStore(root);
		expect(await store.replace('People/Sam Rivera.md', NOTE, 'new')).toEqual({ ok: true });
		expect(entries(join(root, 'People'))).toEqual(['Sam Rivera.md']);
	});

	it('waits for a live lock and, held too long, names the note another process is writing', async () => {
		const root = folder();
		const alive = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
		children.push(alive);
		const lock = join(root, 'People/.Sam Rivera.md.rapport-lock');
		writeFileSync(lock, JSON.stringify({ host: hostname(), pid: alive.pid, token: 'theirs' }));
		const store = new DiskNoteStore(root, { lockWaitMs: 50 });
		const reason =
			'is being written by another process (its lock file .Sam Rivera.md.rapport-lock is held; if no rapport is running, delete it)';
		expect(await store.replace('People/Sam Rivera.md', NOTE, 'new')).toEqual({ ok: false, stale: false, reason });
		expect(await store.hold(['People/Sam Rivera.md'])).toEqual({ ok: false, stale: false, reason: `People/Sam Rivera.md ${reason}` });
		expect(readFileSync(join(root, 'People/Sam Rivera.md'), 'utf8')).toBe(NOTE);
		expect(JSON.parse(readFileSync(lock, 'utf8'))).toMatchObject({ token: 'theirs' });
	});

	it("writes nothing when its lock was taken over while it wrote, and never removes the new owner's lock", async () => {
		const root = folder();
		const lock = join(root, 'People/.Sam Rivera.md.rapport-lock');
		const theirs = JSON.stringify({ host: 'elsewhere', pid: 1, token: 'theirs' });
		// Paused past the stale age, this writer's lock went to another machine's rapport.
		const store = new DiskNoteStore(root, { calls: { beforeReplace: () => writeFileSync(lock, theirs) } });
		expect(await store.replace('People/Sam Rivera.md', NOTE, 'new')).toEqual({
			ok: false,
			stale: false,
			reason: 'another process took over its lock while Rapport was writing it, so it was left as it was; try again',
		});
		expect(readFileSync(join(root, 'People/Sam Rivera.md'), 'utf8')).toBe(NOTE);
		expect(readFileSync(lock, 'utf8')).toBe(theirs);
	});

	it("checks the note once more after the new text is flushed: an editor's save in between is kept", async () => {
		const root = folder();
		const path = join(root, 'People/Sam Rivera.md');
		const store = new DiskNoteStore(root, { calls: { beforeReplace: () => writeFileSync(path, `${NOTE}- saved by Obsidian\n`) } });
		expect(await store.replace('People/Sam Rivera.md', NOTE, 'new')).toEqual({
			ok: false,
			stale: true,
			reason: 'changed while Rapport wrote it',
		});
		expect(readFileSync(path, 'utf8')).toBe(`${NOTE}- saved by Obsidian\n`);
		expect(entries(join(root, 'People'))).toEqual(['Sam Rivera.md']);
	});

	it('leaves a note with other hard links alone, since a new copy renamed over it would split them', async () => {
		const root = folder();
		linkSync(join(root, 'People/Sam Rivera.md'), join(root, 'Sam twin.md'));
		const result = await new DiskNoteStore(root).replace('People/Sam Rivera.md', NOTE, 'new');
		expect(result).toMatchObject({ ok: false, stale: false, reason: expect.stringMatching(/^has other hard links/) as string });
		expect(readFileSync(join(root, 'Sam twin.md'), 'utf8')).toBe(NOTE);
	});

	it('refuses to hold or replace a read-only note, naming each, and leaves it and its mode as they were', async () => {
		const root = folder({ 'People/Sam Rivera.md': NOTE, 'People/Jo Park.md': NOTE, 'People/Ana Ruiz.md': NOTE });
		chmodSync(join(root, 'People/Sam Rivera.md'), 0o444);
		chmodSync(join(root, 'People/Ana Ruiz.md'), 0o400);
		symlinkSync(join(root, 'People/Ana Ruiz.md'), join(root, 'People/Ana.md'));
		const store = new DiskNoteStore(root);
		expect(await store.hold(['People/Jo Park.md', 'People/Sam Rivera.md', 'People/Ana.md'])).toEqual({
			ok: false,
			stale: false,
			reason: 'People/Sam Rivera.md and People/Ana.md are read-only',
		});
		store.release();
		expect(await store.replace('People/Sam Rivera.md', NOTE, 'new')).toEqual({ ok: false, stale: false, reason: 'is read-only' });
		expect(readFileSync(join(root, 'People/Sam Rivera.md'), 'utf8')).toBe(NOTE);
		expect(statSync(join(root, 'People/Sam Rivera.md')).mode & 0o777).toBe(0o444);
		expect(entries(join(root, 'People'))).toEqual(['Ana Ruiz.md', 'Ana.md', 'Jo Park.md', 'Sam Rivera.md']);
	});

	it('makes no folder outside the vault through a folder that links out of it', async () => {
		const outside = mkdtempSync(join(tmpdir(), 'rapport-outside-'));
		const root = folder();
		symlinkSync(outside, join(root, 'Shared'));
		expect(await new DiskNoteStore(root).create('Shared/Meetings/2026/Coffee.md', 'hi')).toEqual({
			ok: false,
			stale: false,
			reason: 'is in a folder that links outside the vault; Rapport does not write there',
		});
		expect(readdirSync(outside)).toEqual([]);
	});
});

describe('actions over the CLI note store', () => {
	const people = (): ReturnType<typeof vault> =>
		vault()
			.contact('Sam Rivera', (c) => c.tie('strong'))
			.contact('Jo Park', (c) => c.tie('weak'));

	function actions(root: string, calls: Partial<WriteCalls> = {}): Actions {
		return actionsOn(new DiskNoteStore(root, { calls }), people(), 20_000);
	}

	it('puts back the notes written first when a later one cannot be written, and says so', async () => {
		const root = writeVault(people());
		const sam = readFileSync(join(root, 'People/Sam Rivera.md'), 'utf8');
		const jo = readFileSync(join(root, 'People/Jo Park.md'), 'utf8');
		let renames = 0;
		// The second note's rename fails: the disk filled between the two.
		const outcome = await actions(root, {
			renameSync: (from, to) => {
				renames++;
				if (to.endsWith('Jo Park.md')) throw Object.assign(new Error('full'), { code: 'ENOSPC' });
				renameSyncReal(from, to);
			},
		}).log({
			people: [
				{ name: 'Sam Rivera', path: 'People/Sam Rivera.md' },
				{ name: 'Jo Park', path: 'People/Jo Park.md' },
			],
			entry: { date: 20_000, kind: 'call' },
		});
		expect(outcome.ok).toBe(false);
		expect(outcome.message).toBe(
			"People/Jo Park.md: can't be written (the disk is full); it was left as it " +
				'was; People/Sam Rivera.md was written first and put back, so nothing changed',
		);
		expect(renames).toBe(3);
		expect(readFileSync(join(root, 'People/Sam Rivera.md'), 'utf8')).toBe(sam);
		expect(readFileSync(join(root, 'People/Jo Park.md'), 'utf8')).toBe(jo);
	});

	it('puts back the notes written first when a later one is made read-only while the action writes', async () => {
		const root = writeVault(people());
		const sam = readFileSync(join(root, 'People/Sam Rivera.md'), 'utf8');
		const outcome = await actions(root, {
			renameSync: (from, to) => {
				renameSyncReal(from, to);
				if (to.endsWith('Sam Rivera.md')) chmodSync(join(root, 'People/Jo Park.md'), 0o444);
			},
		}).log({
			people: [
				{ name: 'Sam Rivera', path: 'People/Sam Rivera.md' },
				{ name: 'Jo Park', path: 'People/Jo Park.md' },
			],
			entry: { date: 20_000, kind: 'call' },
		});
		expect(outcome.message).toBe(
			'People/Jo Park.md: is read-only; People/Sam Rivera.md was written first and put back, so nothing changed',
		);
		expect(readFileSync(join(root, 'People/Sam Rivera.md'), 'utf8')).toBe(sam);
	});

	it('undoes a new contact by removing the note it made, only while it reads as made', async () => {
		const root = writeVault(people());
		const run = actions(root);
		const made = await run.newContact({ name: 'Ana Ruiz' });
		expect(made.ok && existsSync(join(root, 'People/Ana Ruiz.md'))).toBe(true);
		expect(await run.undo()).toEqual({ ok: true, message: 'Undone: Created People/Ana Ruiz.md' });
		expect(existsSync(join(root, 'People/Ana Ruiz.md'))).toBe(false);
	});
});
