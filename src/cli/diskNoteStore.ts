// The CLI's note store: writes that a killed process, a full disk or another writer can't
// turn into a lost or cut note. A note is replaced by writing its new text to a temporary
// file beside it, flushing it to disk and renaming it over the note (keeping the note's
// mode), so the note on disk is always the old text or the new one. Each write takes a
// lock file beside the note (`.<name>.rapport-lock`, made with O_EXCL), re-reads the note
// under it and writes only if it still reads as the action saw it; another process's
// edit makes the action plan again instead of being overwritten. A lock left by a process
// that died is taken over. A note that is a link to a file outside the vault is never
// written through; one inside it is written where it points.
import { closeSync, fchmodSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { NoteError, refused, stale, written, type NoteStore, type StoreResult } from '../actions/noteStore';
import { codeOf, decodeNote, fsProblem, isUnder, locateNote, realRoot } from './noteFiles';

/** The calls that touch the disk while writing, replaceable in tests to inject a failure. */
export interface WriteCalls {
	writeSync: (fd: number, data: Uint8Array, offset: number, length: number) => number;
	fsyncSync: (fd: number) => void;
	renameSync: (from: string, to: string) => void;
}

export interface DiskStoreOptions {
	/** How long to wait for another process's lock before giving up. */
	lockWaitMs?: number;
	/** A lock older than this is taken over even if its process seems alive (a reused pid, another machine). */
	lockStaleMs?: number;
	calls?: Partial<WriteCalls>;
}

const LOCK_WAIT_MS = 15_000;
const LOCK_STALE_MS = 60_000;

export class DiskNoteStore implements NoteStore {
	private readonly real: string;
	private readonly calls: WriteCalls;
	private readonly lockWaitMs: number;
	private readonly lockStaleMs: number;
	/** Lock files this store holds for the action under way. */
	private readonly held = new Set<string>();

	constructor(
		readonly root: string,
		options: DiskStoreOptions = {},
	) {
		this.real = realRoot(root);
		this.calls = { writeSync, fsyncSync, renameSync, ...options.calls };
		this.lockWaitMs = options.lockWaitMs ?? LOCK_WAIT_MS;
		this.lockStaleMs = options.lockStaleMs ?? LOCK_STALE_MS;
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

	async replace(path: string, expected: string, text: string): Promise<StoreResult> {
		const target = this.writable(path);
		if (typeof target !== 'string') return target;
		return this.locked(target, () => {
			const now = decodeNote(target);
			if (!('text' in now)) return refused(now.problem);
			if (now.text !== expected) return stale('changed since Rapport read it');
			return this.writeAtomic(target, text, statSync(target).mode & 0o7777);
		});
	}

	async create(path: string, text: string): Promise<StoreResult> {
		const full = join(this.root, path);
		if (!isUnder(this.root, full)) return refused('is outside the vault');
		try {
			mkdirSync(dirname(full), { recursive: true });
		} catch (error) {
			return refused(`can't be made: its folder can't be made (${fsProblem(error)})`);
		}
		// A folder on the way that is a link out of the vault is not written through either.
		if (!isUnder(this.real, realRoot(dirname(full)))) return refused('is in a folder that links outside the vault; Rapport does not write there');
		return this.locked(full, () => (this.exists(path) ? stale('a note is there now') : this.writeAtomic(full, text, 0o666, true)));
	}

	async remove(path: string, expected: string): Promise<StoreResult> {
		const target = this.writable(path);
		if (typeof target !== 'string') return target;
		return this.locked(target, () => {
			const now = decodeNote(target);
			if (!('text' in now)) return refused(now.problem);
			if (now.text !== expected) return stale('changed since Rapport made it');
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
	 */
	async hold(paths: readonly string[]): Promise<StoreResult> {
		const locks = [...new Set(paths.map((path) => lockOf(this.lockTarget(path))))].sort();
		for (const lock of locks) {
			// A note to make in a folder not made yet: nobody else can be writing it; `create` locks it once the folder is there.
			if (this.held.has(lock) || !isFolder(dirname(lock))) continue;
			const taken = await this.acquire(lock);
			if (!taken.ok) return taken;
			this.held.add(lock);
		}
		return written;
	}

	release(): void {
		for (const lock of this.held) rmSync(lock, { force: true });
		this.held.clear();
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

	/**
	 * Writes the text to a temporary file in the note's folder, flushes it and renames it
	 * over the note: a crash at any point leaves the old note or the new one. A new note is
	 * put in place with a hard link, which fails rather than overwrite a note made meanwhile.
	 */
	private writeAtomic(full: string, text: string, mode: number, create = false): StoreResult {
		// Short, whatever the note's name: a name near the file system's limit still gets its temporary file.
		const temp = join(dirname(full), `.rapport-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
		const bytes = Buffer.from(text, 'utf8');
		let fd: number | undefined;
		try {
			fd = openSync(temp, 'wx', mode);
			// The mode asked for is cut by the umask; a replaced note keeps its own.
			if (!create) fchmodSync(fd, mode);
			for (let at = 0; at < bytes.length; ) at += this.calls.writeSync(fd, bytes, at, bytes.length - at);
			this.calls.fsyncSync(fd);
			closeSync(fd);
			fd = undefined;
			if (create) {
				try {
					linkSync(temp, full);
				} catch (error) {
					if (codeOf(error) === 'EEXIST') return stale('a note is there now');
					// A file system without hard links: the rename is as safe, with the lock held.
					this.calls.renameSync(temp, full);
					syncFolder(dirname(full));
					return written;
				}
				unlinkSync(temp);
			} else {
				this.calls.renameSync(temp, full);
			}
			syncFolder(dirname(full));
			return written;
		} catch (error) {
			return refused(create ? `can't be made (${fsProblem(error)})` : `can't be written (${fsProblem(error)}); it was left as it was`);
		} finally {
			if (fd !== undefined) closeQuietly(fd);
			rmSync(temp, { force: true });
		}
	}

	/** Runs a write holding the note's lock file (held already for an action, or taken for this write). */
	private async locked(full: string, write: () => StoreResult): Promise<StoreResult> {
		const lock = lockOf(full);
		if (this.held.has(lock)) return write();
		const taken = await this.acquire(lock);
		if (!taken.ok) return taken;
		try {
			return write();
		} finally {
			rmSync(lock, { force: true });
		}
	}

	/** Makes the lock file, waiting while another live process holds it and taking over one a dead process left. */
	private async acquire(lock: string): Promise<StoreResult> {
		const until = Date.now() + this.lockWaitMs;
		for (let wait = 2; ; wait = Math.min(wait * 2, 50)) {
			const taken = takeLock(lock);
			if (taken === true) return written;
			if (taken !== false) return refused(`can't be locked for writing (${taken})`);
			if (this.lockIsStale(lock)) {
				rmSync(lock, { force: true });
				continue;
			}
			if (Date.now() > until) return refused(`is being written by another process (its lock ${basename(lock)} is held); try again`);
			// No event says a lock file went: look again in a moment, a little later each time.
			await new Promise((resolve) => setTimeout(resolve, wait + Math.random() * wait));
		}
	}

	/** A lock whose process has gone, or that has been held far longer than any write takes. */
	private lockIsStale(lock: string): boolean {
		let held: { pid: number; at: number };
		try {
			held = JSON.parse(readFileSync(lock, 'utf8')) as { pid: number; at: number };
			if (typeof held.pid !== 'number' || typeof held.at !== 'number') return lockAge(lock) > this.lockStaleMs;
		} catch (error) {
			// Gone already, or being written this instant (empty): not stale unless old.
			return codeOf(error) !== 'ENOENT' && lockAge(lock) > this.lockStaleMs;
		}
		if (Date.now() - held.at > this.lockStaleMs) return true;
		if (held.pid === process.pid) return false;
		try {
			process.kill(held.pid, 0);
			return false;
		} catch (error) {
			// ESRCH: no such process. EPERM: alive, someone else's.
			if (codeOf(error) !== 'ESRCH') return false;
			removeLeftovers(dirname(lock), held.pid);
			return true;
		}
	}
}

function isFolder(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
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

/** True when the lock is ours now, false when another holds it, else the reason it can't be made. */
function takeLock(lock: string): true | false | string {
	let fd: number;
	try {
		fd = openSync(lock, 'wx');
	} catch (error) {
		return codeOf(error) === 'EEXIST' ? false : fsProblem(error);
	}
	try {
		writeSync(fd, JSON.stringify({ pid: process.pid, at: Date.now() }));
	} finally {
		closeQuietly(fd);
	}
	return true;
}

function lockAge(lock: string): number {
	try {
		return Date.now() - statSync(lock).mtimeMs;
	} catch {
		return 0;
	}
}

/** Temporary files a killed process left in this folder. */
function removeLeftovers(folder: string, pid: number): void {
	try {
		for (const name of readdirSync(folder)) if (name.startsWith(`.rapport-${pid}-`) && name.endsWith('.tmp')) rmSync(join(folder, name), { force: true });
	} catch {
		// Only tidying.
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
