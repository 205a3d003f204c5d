// The CLI's note store: writes that a killed process, a full disk or another writer can't
// turn into a lost or cut note. A note is replaced by writing its new text to a temporary
// file beside it, flushing it, checking the note still reads as the action saw it, and
// renaming the temporary file over the note (with the note's mode and, where allowed, its
// owner): the note on disk is always the old text or the new one. Each write holds the
// note's lock file (src/cli/lockFiles.ts); another process's edit makes the action plan
// again instead of being overwritten. A new note needs no lock: it is put in place by a
// call that fails when a note is there (a hard link, else an exclusive copy), so two
// writers can't both make it. A note that is a link to a file outside the vault,
// or that has other hard links (a rename would split them), is never written; nor is a
// read-only one (`readOnly`), though the rename would need only the folder's permission.
import {
	closeSync,
	constants,
	copyFileSync,
	fchmodSync,
	fchownSync,
	fsyncSync,
	linkSync,
	mkdirSync,
	openSync,
	renameSync,
	rmSync,
	statSync,
	unlinkSync,
	writeSync,
	type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { NoteError, refused, stale, written, type NoteStore, type StoreResult } from '../actions/noteStore';
import { listed } from '../domain/words';
import { LockFiles } from './lockFiles';
import { codeOf, decodeNote, fsProblem, isFolder, isUnder, locateNote, READ_ONLY, readNoteText, readOnly, realRoot } from './noteFiles';

/** The calls that touch the disk while writing, replaceable in tests to inject a failure. */
export interface WriteCalls {
	writeSync: (fd: number, data: Uint8Array, offset: number, length: number) => number;
	fsyncSync: (fd: number) => void;
	renameSync: (from: string, to: string) => void;
	/** Runs after the temporary file is flushed, before the note is checked and replaced. */
	beforeReplace: (full: string) => void;
}

export interface DiskStoreOptions {
	/** How long to wait for another process's lock before giving up. */
	lockWaitMs?: number;
	/** A lock untouched this long, from another machine, is taken over. */
	lockStaleMs?: number;
	calls?: Partial<WriteCalls>;
	/**
	 * False: a new note is not flushed to the disk on its own (a replaced note always is).
	 * An import makes thousands, and two flushes each took a minute; a crash can then leave
	 * a new note empty, never an existing one changed or cut.
	 */
	flushNewNotes?: boolean;
}

const LOCK_WAIT_MS = 15_000;
const LOCK_STALE_MS = 60_000;
const LOCK_ABANDONED_MS = 10 * 60_000;

export class DiskNoteStore implements NoteStore {
	private readonly real: string;
	private readonly calls: WriteCalls;
	private readonly locks: LockFiles;
	private readonly flushNew: boolean;
	/** Folders whose renames are flushed when the action lets go of its notes (one flush each, not one per note). */
	private readonly renamedIn = new Set<string>();
	private holding = false;

	constructor(
		readonly root: string,
		options: DiskStoreOptions = {},
	) {
		this.real = realRoot(root);
		this.calls = { writeSync, fsyncSync, renameSync, beforeReplace: () => undefined, ...options.calls };
		this.flushNew = options.flushNewNotes ?? true;
		this.locks = new LockFiles({
			waitMs: options.lockWaitMs ?? LOCK_WAIT_MS,
			staleMs: options.lockStaleMs ?? LOCK_STALE_MS,
			abandonedMs: LOCK_ABANDONED_MS,
		});
	}

	read(path: string): Promise<string | undefined> {
		const found = locateNote(this.root, path, this.real);
		if (found.kind === 'missing') return Promise.resolve(undefined);
		if (found.kind === 'problem') return Promise.reject(new NoteError(found.message));
		const text = decodeNote(found.full);
		return 'text' in text ? Promise.resolve(text.text) : Promise.reject(new NoteError(text.problem));
	}

	exists(path: string): boolean {
		return locateNote(this.root, path, this.real).kind !== 'missing';
	}

	unreadable(path: string): string | undefined {
		const read = readNoteText(this.root, path, this.real);
		return read !== undefined && 'problem' in read ? read.problem : undefined;
	}

	async replace(path: string, expected: string, text: string): Promise<StoreResult> {
		const target = this.writable(path);
		if (typeof target !== 'string') return target;
		return this.locked(target, (lock) => {
			const now = this.unchanged(target, expected, 'changed since Rapport read it');
			if (now !== true) return now;
			let stats: Stats;
			try {
				stats = statSync(target);
			} catch (error) {
				return refused(`can't be written (${fsProblem(error)}); it was left as it was`);
			}
			const locked = readOnly(target, stats);
			if (locked) return refused(locked);
			if (stats.nlink > 1)
				return refused(
					'has other hard links, which a write would split (Rapport writes a new copy and renames it over the note); it was left as it was',
				);
			// Flushed, the new text is checked against the note once more, at the last moment.
			return this.writeAtomic(target, text, stats, () =>
				this.locks.stillOurs(lock) ? this.unchanged(target, expected, 'changed while Rapport wrote it') : lostLock(),
			);
		});
	}

	async create(path: string, text: string): Promise<StoreResult> {
		const full = join(this.root, path);
		if (!isUnder(this.root, full)) return refused('is outside the vault');
		// A folder on the way that is a link out of the vault is not written through, nor made.
		if (!isUnder(this.real, realRoot(nearestFolder(dirname(full)))))
			return refused('is in a folder that links outside the vault; Rapport does not write there');
		try {
			mkdirSync(dirname(full), { recursive: true });
		} catch (error) {
			return refused(`can't be made: its folder can't be made (${fsProblem(error)})`);
		}
		return this.exists(path) ? stale('a note is there now') : this.writeAtomic(full, text, undefined, () => true);
	}

	async remove(path: string, expected: string): Promise<StoreResult> {
		const target = this.writable(path);
		if (typeof target !== 'string') return target;
		return this.locked(target, (lock) => {
			const now = this.unchanged(target, expected, 'changed since Rapport made it');
			if (now !== true) return now;
			if (!this.locks.stillOurs(lock)) return lostLock();
			try {
				unlinkSync(target);
				return written;
			} catch (error) {
				return refused(`can't be removed (${fsProblem(error)})`);
			}
		});
	}

	/**
	 * Takes the lock of every note an action is about to write, in one order (so two
	 * processes never each wait on the other's), and keeps them until `release`: the
	 * action re-plans under them when a note moved on, and no other CLI can move it again.
	 * Held, a note that is read-only refuses the whole action before any note is written.
	 */
	async hold(paths: readonly string[]): Promise<StoreResult> {
		const locks = new Map<string, string>();
		const targets = new Map<string, string>();
		this.holding = true;
		// A note to make is not locked: `create` puts it in place only where nothing is.
		for (const path of paths)
			if (this.exists(path)) {
				const target = this.lockTarget(path);
				locks.set(lockOf(target), path);
				targets.set(path, target);
			}
		for (const lock of [...locks.keys()].sort()) {
			if (this.locks.has(lock)) continue;
			const taken = await this.locks.take(lock);
			if (taken !== true) return refused(`${locks.get(lock) ?? ''} ${taken}`.trim());
		}
		const problems = new Map<string, string[]>();
		for (const [path, target] of targets) {
			const problem = readOnly(target);
			if (problem) problems.set(problem, [...(problems.get(problem) ?? []), path]);
		}
		if (problems.size === 0) return written;
		// "People/Jan Date.md and People/Ana Ruiz.md are read-only".
		const said = [...problems].map(([problem, notes]) =>
			notes.length > 1 && problem === READ_ONLY ? `${listed(notes)} are read-only` : `${listed(notes)} ${problem}`,
		);
		return refused(said.join('; '));
	}

	release(): void {
		this.holding = false;
		this.flushRenames();
		this.locks.dropAll();
	}

	/** Makes the renames done so far survive a crash: each folder flushed once. */
	private flushRenames(): void {
		for (const folder of this.renamedIn) syncFolder(folder);
		this.renamedIn.clear();
	}

	/** The file whose lock guards a note: where a link inside the vault leads, else the path itself. */
	private lockTarget(path: string): string {
		const found = locateNote(this.root, path, this.real);
		return found.kind === 'note' && found.inside ? found.full : join(this.root, path);
	}

	/** The file a write to this note goes to, or why there is none. */
	private writable(path: string): string | StoreResult {
		const found = locateNote(this.root, path, this.real);
		if (found.kind === 'missing') return stale('no longer exists');
		if (found.kind === 'problem') return refused(found.message);
		if (!found.inside) return refused('is a link to a file outside the vault; Rapport does not write through it');
		return found.full;
	}

	/** True when the note still reads `expected`; else why not. */
	private unchanged(full: string, expected: string, why: string): true | StoreResult {
		const now = decodeNote(full);
		if (!('text' in now)) return refused(now.problem);
		return now.text === expected ? true : stale(why);
	}

	/**
	 * Writes the text to a temporary file in the note's folder, flushes it, asks `ready`,
	 * and renames it over the note: a crash at any point leaves the old note or the new one.
	 * A new note (no `like`) is put in place with a hard link, which fails rather than
	 * overwrite a note made meanwhile; where the file system has none, an exclusive copy.
	 */
	private writeAtomic(full: string, text: string, like: Stats | undefined, ready: () => true | StoreResult): StoreResult {
		// Short, whatever the note's name: a name near the file system's limit still gets its temporary file.
		const temp = join(dirname(full), `.rapport-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
		const bytes = Buffer.from(text, 'utf8');
		let fd: number | undefined;
		let placed = false;
		try {
			fd = openSync(temp, 'wx', like ? like.mode & 0o7777 : 0o666);
			if (like) {
				// The mode asked for is cut by the umask: a replaced note keeps its own, and its owner where that is allowed.
				fchmodSync(fd, like.mode & 0o7777);
				try {
					fchownSync(fd, like.uid, like.gid);
				} catch {
					// Only the owner's own files, unless run as root: the note is theirs either way.
				}
			}
			for (let at = 0; at < bytes.length;) at += this.calls.writeSync(fd, bytes, at, bytes.length - at);
			if (like || this.flushNew) this.calls.fsyncSync(fd);
			closeSync(fd);
			fd = undefined;
			this.calls.beforeReplace(full);
			const go = ready();
			if (go !== true) return go;
			if (!like) {
				try {
					linkSync(temp, full);
				} catch (error) {
					if (codeOf(error) === 'EEXIST') return stale('a note is there now');
					// A file system without hard links: a copy that fails where a note is (a crash may leave it cut, never an old note).
					try {
						copyFileSync(temp, full, constants.COPYFILE_EXCL);
					} catch (copyError) {
						if (codeOf(copyError) === 'EEXIST') return stale('a note is there now');
						throw copyError;
					}
				}
			} else {
				this.calls.renameSync(temp, full);
			}
			placed = true;
			if (like || this.flushNew) this.renamed(dirname(full));
			return written;
		} catch (error) {
			if (placed) return written;
			return refused(like ? `can't be written (${fsProblem(error)}); it was left as it was` : `can't be made (${fsProblem(error)})`);
		} finally {
			if (fd !== undefined) closeQuietly(fd);
			removeQuietly(temp);
		}
	}

	/** A rename to flush: now, or once per folder when the action lets go of its notes. */
	private renamed(folder: string): void {
		this.renamedIn.add(folder);
		if (!this.holding) this.flushRenames();
	}

	/** Runs a write holding the note's lock file (held already for an action, or taken for this write). */
	private async locked(full: string, write: (lock: string) => StoreResult): Promise<StoreResult> {
		const lock = lockOf(full);
		if (this.locks.has(lock)) return write(lock);
		const taken = await this.locks.take(lock);
		if (taken !== true) return refused(taken);
		try {
			return write(lock);
		} finally {
			try {
				this.locks.drop(lock);
			} catch {
				// Left behind, it names this process, which has gone by the time anyone looks.
			}
		}
	}
}

function lostLock(): StoreResult {
	return refused('another process took over its lock while Rapport was writing it, so it was left as it was; try again');
}

/**
 * The lock file beside a note: `.<name>.rapport-lock`, or for a name near the file
 * system's limit a short one made from it, so the lock never fails where the note fits.
 */
function lockOf(full: string): string {
	const name = basename(full);
	return join(dirname(full), Buffer.byteLength(name) > 200 ? `.rapport-lock-${fnv1a(name)}` : `.${name}.rapport-lock`);
}

/** A short hash of a name (FNV-1a, 32 bits, hex). */
function fnv1a(text: string): string {
	let hash = 0x811c9dc5;
	for (const byte of Buffer.from(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
	return hash.toString(16).padStart(8, '0');
}

/** The folder itself if it exists, else the nearest one above it that does. */
function nearestFolder(folder: string): string {
	for (let at = folder; ; at = dirname(at)) {
		if (isFolder(at) || dirname(at) === at) return at;
	}
}

/** Flushes a folder's entry for a renamed file; where folders can't be opened, the rename stands as it is. */
function syncFolder(folder: string): void {
	let fd: number | undefined;
	try {
		fd = openSync(folder, 'r');
		fsyncSync(fd);
	} catch {
		// Not every system lets a folder be flushed.
	} finally {
		if (fd !== undefined) closeQuietly(fd);
	}
}

function closeQuietly(fd: number): void {
	try {
		closeSync(fd);
	} catch {
		// Closed already.
	}
}

function removeQuietly(path: string): void {
	try {
		rmSync(path, { force: true });
	} catch {
		// A temporary file left behind is hidden, and removed with its process's lock.
	}
}
