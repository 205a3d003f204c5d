// How the CLI opens a note on disk without being fooled by what a vault can hold: a FIFO,
// device, socket or folder named `*.md` is told apart by stat before anything opens it
// (opening a FIFO would wait forever), a link is followed to where it points, and text is
// taken only when it is valid UTF-8 (decoding it loosely would turn bytes into U+FFFD, and
// writing that back would lose them).
import { lstatSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep, isAbsolute } from 'node:path';

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Where a vault path leads on disk. */
export type NoteFile =
	| { kind: 'missing' }
	| {
			kind: 'note';
			/** The file itself: a link's target when the path is a link. */ full: string;
			stats: Stats;
			/** Whether that target is inside the vault. */ inside: boolean;
	  }
	| { kind: 'problem'; message: string };

/** Whether a file system path is the root or under it. */
export function isUnder(root: string, full: string): boolean {
	const rel = relative(root, full);
	return rel === '' || (!isAbsolute(rel) && rel.split(sep)[0] !== '..');
}

/** The real path of the vault folder, for telling whether a link leads out of it. */
export function realRoot(root: string): string {
	try {
		return realpathSync(root);
	} catch {
		return root;
	}
}

/** Finds the file at a vault path, following a link once, with nothing opened. */
export function locateNote(root: string, path: string, real = realRoot(root)): NoteFile {
	const full = join(root, path);
	if (!isUnder(root, full)) return { kind: 'problem', message: 'is outside the vault' };
	let link: Stats;
	try {
		link = lstatSync(full);
	} catch (error) {
		const code = codeOf(error);
		// A name too long for the file system can hold no note: making one says why.
		if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENAMETOOLONG') return { kind: 'missing' };
		return { kind: 'problem', message: `can't be read (${fsProblem(error)})` };
	}
	if (!link.isSymbolicLink()) {
		if (!link.isFile()) return { kind: 'problem', message: notAFile(link) };
		return { kind: 'note', full, stats: link, inside: true };
	}
	let target: string;
	let stats: Stats;
	try {
		target = realpathSync(full);
		stats = statSync(target);
	} catch (error) {
		const code = codeOf(error);
		if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'problem', message: 'is a link to a file that does not exist' };
		if (code === 'ELOOP') return { kind: 'problem', message: 'is a link that leads round in a loop' };
		return { kind: 'problem', message: `is a link that can't be followed (${fsProblem(error)})` };
	}
	if (!stats.isFile()) return { kind: 'problem', message: `is a link to something that ${notAFile(stats)}` };
	return { kind: 'note', full: target, stats, inside: isUnder(real, target) };
}

/** A note's text exactly as stored, or why it can't be had; undefined when nothing is there. */
export function readNoteText(root: string, path: string, real?: string): { text: string } | { problem: string } | undefined {
	const found = locateNote(root, path, real);
	if (found.kind === 'missing') return undefined;
	if (found.kind === 'problem') return { problem: found.message };
	return decodeNote(found.full);
}

/** Reads a regular file as strict UTF-8, BOM kept. */
export function decodeNote(full: string): { text: string } | { problem: string } {
	let bytes: Buffer;
	try {
		bytes = readFileSync(full);
	} catch (error) {
		return { problem: `can't be read (${fsProblem(error)})` };
	}
	try {
		return { text: UTF8.decode(bytes) };
	} catch {
		return { problem: 'is not UTF-8 text, so Rapport leaves it alone (save it as UTF-8 to use it)' };
	}
}

function notAFile(stats: Stats): string {
	if (stats.isDirectory()) return 'is a folder, not a note';
	if (stats.isFIFO()) return 'is a pipe (FIFO), not a note';
	if (stats.isSocket()) return 'is a socket, not a note';
	if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'is a device, not a note';
	return 'is not a regular file';
}

export function codeOf(error: unknown): string | undefined {
	return (error as { code?: string } | undefined)?.code;
}

const PROBLEMS: Record<string, string> = {
	ENOSPC: 'the disk is full',
	EDQUOT: 'the disk quota is used up',
	EFBIG: 'the file would be over the size limit',
	EACCES: 'permission denied',
	EPERM: 'the operation is not permitted',
	EROFS: 'the file system is read-only',
	ENAMETOOLONG: 'the name is too long for the file system: use a shorter one',
	EIO: 'a disk input/output error',
	EISDIR: 'it is a folder',
	ENOTDIR: 'a folder on its path is a file',
	EMFILE: 'too many files are open',
	ENFILE: 'too many files are open',
	EBUSY: 'the file is busy',
};

/** A file system error as the words after "can't be written (…)": "the disk is full". */
export function fsProblem(error: unknown): string {
	const code = codeOf(error);
	const words = code ? PROBLEMS[code] : undefined;
	if (words) return words;
	return code ?? (error instanceof Error ? error.message : String(error));
}
