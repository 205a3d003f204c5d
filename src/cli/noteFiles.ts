// How the CLI opens a note on disk without being fooled by what a vault can hold: a FIFO,
// device, socket or folder named `*.md` is told apart by stat before anything opens it
// (opening a FIFO would wait forever), a link is followed to where it points, and text is
// taken only when it is valid UTF-8 (decoding it loosely would turn bytes into U+FFFD, and
// writing that back would lose them).
import { isUtf8 } from 'node:buffer';
import { accessSync, closeSync, constants, lstatSync, openSync, readFileSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep, isAbsolute } from 'node:path';

// Opened without blocking, so a FIFO put in a note's place after it was looked at reads as
// empty rather than waiting forever.
export const READ_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;
// The one buffer for reading a note's bytes when its text must be checked byte by byte,
// grown when a note is larger.
let buffer = Buffer.allocUnsafe(1 << 16);

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

/**
 * Reads a regular file as strict UTF-8, BOM kept. node reads it whole in one call, to the
 * end of the file (a short read is never taken for the end: it reads again until a read
 * gives nothing), and decodes it loosely, turning every byte sequence that is not UTF-8
 * into U+FFFD. So a text with no U+FFFD was valid UTF-8; one with it (written by the
 * user, or a decoding's stand-in) is read again as bytes and checked strictly. `read` is
 * that loose decoding when it was made elsewhere (src/cli/readAhead.ts), and is checked alike.
 */
export function decodeNote(full: string, read?: string): { text: string } | { problem: string } {
	let text: string;
	if (read !== undefined) text = read;
	else
		try {
			// node's documentation allows the flags as open(2)'s number; its types say only a string.
			text = readFileSync(full, { encoding: 'utf8', flag: READ_FLAGS as unknown as string });
		} catch (error) {
			return { problem: `can't be read (${fsProblem(error)})` };
		}
	return text.indexOf('\uFFFD') === -1 ? { text } : decodeStrictly(full);
}

/** The file's bytes, read to the end into the shared buffer, taken only when they are UTF-8. */
function decodeStrictly(full: string): { text: string } | { problem: string } {
	let length = 0;
	try {
		const fd = openSync(full, READ_FLAGS);
		try {
			for (;;) {
				if (length === buffer.length) {
					const larger = Buffer.allocUnsafe(buffer.length * 2);
					buffer.copy(larger);
					buffer = larger;
				}
				const read = readSync(fd, buffer, length, buffer.length - length, null);
				if (read === 0) break;
				length += read;
			}
		} finally {
			closeSync(fd);
		}
	} catch (error) {
		return { problem: `can't be read (${fsProblem(error)})` };
	}
	const bytes = buffer.subarray(0, length);
	if (!isUtf8(bytes)) return { problem: 'is not UTF-8 text, so Rapport leaves it alone (save it as UTF-8 to use it)' };
	return { text: bytes.toString('utf8') };
}

export const READ_ONLY = 'is read-only';

/**
 * Why a note (or a file the CLI replaces) can't be written by its permissions, or
 * undefined. Read-only: this process may not write it (access(2)), or its mode gives no one
 * a write bit, which is how `chmod a-w` and Windows' read-only attribute look, and which
 * root, whom access(2) lets write anything, is held to as well.
 * A file gone meanwhile is not said here: the write finds it gone and says so.
 */
export function readOnly(full: string, stats?: Stats): string | undefined {
	try {
		if (((stats ?? statSync(full)).mode & 0o222) === 0) return READ_ONLY;
		accessSync(full, constants.W_OK);
		return undefined;
	} catch (error) {
		const code = codeOf(error);
		if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
		if (code === 'EACCES' || code === 'EPERM') return READ_ONLY;
		return `can't be written (${fsProblem(error)})`;
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

/** Whether a folder is there (a link to one counts); false for a file, or nothing. */
export function isFolder(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}
