// The one port every write goes through. A note is read by its vault path; it is replaced
// only while it still reads as the action saw it, created only where nothing is, and
// removed (to undo a creation) only while it reads as made. The plugin's store wraps
// Vault.process, Vault.create and FileManager.trashFile; the CLI's writes files atomically
// under a lock (src/cli/diskNoteStore.ts). Paths are vault-relative and `/`-separated.

/** What a write came to. `stale`: the note moved on since it was read; plan again. */
export type StoreResult = { ok: true } | { ok: false; stale: boolean; reason: string };

export interface NoteStore {
	/**
	 * The note's text exactly as stored (a BOM and its line ends kept); undefined when no
	 * note is at the path. Throws a NoteError when one is there but can't be read as text.
	 */
	read(path: string): Promise<string | undefined>;
	/** Whether anything (a note, a folder, another file) is at the path, for choosing free names. */
	exists(path: string): boolean;
	/**
	 * Why a note at the path can't be read as one ("is not UTF-8 text …"), where a store can
	 * say without reading it twice; undefined when it reads, or nothing is there. The CLI's
	 * store can; in Obsidian every note reads.
	 */
	unreadable?(path: string): string | undefined;
	/** Replaces the note's text with `text`, only if it still reads `expected`. */
	replace(path: string, expected: string, text: string): Promise<StoreResult>;
	/** Makes a note (and its folder), never over anything already at the path. */
	create(path: string, text: string): Promise<StoreResult>;
	/** Removes a note, only if it still reads `expected`: the undo of a creation. */
	remove(path: string, expected: string): Promise<StoreResult>;
	/**
	 * Holds these notes against other writers until `release`, where the store can (the
	 * CLI's lock files; inside Obsidian, Vault.process is enough). Refused when one can't be
	 * had in time.
	 */
	hold?(paths: readonly string[]): Promise<StoreResult>;
	release?(): void;
}

/** A note that is there but can't be read or written as one: the message says why, without the path. */
export class NoteError extends Error {}

export const written: StoreResult = { ok: true };

export function stale(reason: string): StoreResult {
	return { ok: false, stale: true, reason };
}

export function refused(reason: string): StoreResult {
	return { ok: false, stale: false, reason };
}
