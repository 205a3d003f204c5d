// An action's edits, drafted in memory before anything is written, then committed note by
// note through the store: all or nothing. Should one note refuse (changed since it was
// read, a full disk), the notes already written are put back, and the message says so.
import { listed } from '../domain/words';
import { NoteError, type NoteStore, type StoreResult } from './noteStore';

/** One note's change. `before: null` makes the note; `after: null` removes it (the undo of making it). */
export interface Change {
	path: string;
	before: string | null;
	after: string | null;
}

/**
 * The notes an action touches, as it has left them so far. Each is read from the store
 * once; the next edit of the same note applies to the text the last one left, so a tick
 * and a log on one note are checked as they will be written.
 */
export class Draft {
	private readonly notes = new Map<string, { before: string | null; after: string }>();

	constructor(private readonly store: NoteStore) {}

	/** The note's text as drafted; undefined when no note is there. Throws NoteError (naming it) when it can't be read. */
	async read(path: string): Promise<string | undefined> {
		const drafted = this.notes.get(path);
		if (drafted) return drafted.after;
		let text: string | undefined;
		try {
			text = await this.store.read(path);
		} catch (error) {
			throw new NoteError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
		}
		if (text !== undefined) this.notes.set(path, { before: text, after: text });
		return text;
	}

	/** New text for a note read or made in this draft. */
	write(path: string, text: string): void {
		const note = this.notes.get(path);
		if (!note) throw new Error(`${path} was not read before it was written`);
		note.after = text;
	}

	/** A note to make where nothing is. */
	create(path: string, text: string): void {
		this.notes.set(path, { before: null, after: text });
	}

	/** Whether the draft makes this note. */
	creates(path: string): boolean {
		return this.notes.get(path)?.before === null;
	}

	/**
	 * The note the draft makes at this path or at one a file system may take for it (`Ana
	 * Ruiz.md` and `ana ruiz.md` are one file on macOS and Windows); undefined for none.
	 */
	makesAs(path: string): string | undefined {
		const key = path.normalize('NFC').toLowerCase();
		return [...this.notes].find(([made, note]) => note.before === null && made.normalize('NFC').toLowerCase() === key)?.[0];
	}

	/** The notes made, in the order they were drafted. */
	created(): string[] {
		return [...this.notes].filter(([, note]) => note.before === null).map(([path]) => path);
	}

	/** Every note that changes, in the order first touched. */
	changes(): Change[] {
		return [...this.notes]
			.filter(([, note]) => note.before !== note.after)
			.map(([path, note]) => ({ path, before: note.before, after: note.after }));
	}
}

export type CommitResult =
	| { ok: true }
	| { ok: false; message: string; /** Nothing is left changed, and the cause was a note moving on: plan again. */ retry: boolean };

/** Writes every change in order; on the first that fails, puts back the ones before it. */
export async function commit(
	store: NoteStore,
	changes: readonly Change[],
	/** Told after each note written: an import of thousands shows how far it has got. */
	progress?: (done: number, total: number) => void,
): Promise<CommitResult> {
	const done: Change[] = [];
	for (const change of changes) {
		const result = await apply(store, change);
		if (result.ok) {
			done.push(change);
			progress?.(done.length, changes.length);
			continue;
		}
		const failed = `${change.path}: ${result.reason}`;
		if (done.length === 0) return { ok: false, message: `${failed}; nothing was written`, retry: result.stale };
		const left = await putBack(store, done);
		if (left.length === 0) {
			const were = done.length === 1 ? 'was' : 'were';
			return {
				ok: false,
				message: `${failed}; ${listed(done.map((d) => d.path))} ${were} written first and put back, so nothing changed`,
				retry: result.stale,
			};
		}
		const kept = left.map((l) => `${l.path} (${l.reason})`);
		return {
			ok: false,
			message:
				`${failed}; Rapport could not put back ${listed(kept)}, ` +
				`which ${left.length === 1 ? 'keeps' : 'keep'} its change: check ${left.length === 1 ? 'it' : 'them'}`,
			retry: false,
		};
	}
	return { ok: true };
}

/** The changes that take these back, newest first. */
export function inverse(changes: readonly Change[]): Change[] {
	return [...changes].reverse().map((c) => ({ path: c.path, before: c.after, after: c.before }));
}

/** One change through the store; a store that throws (a disk error it did not foresee) refuses, with why. */
async function apply(store: NoteStore, change: Change): Promise<StoreResult> {
	try {
		if (change.before === null) return change.after === null ? { ok: true } : await store.create(change.path, change.after);
		if (change.after === null) return await store.remove(change.path, change.before);
		return await store.replace(change.path, change.before, change.after);
	} catch (error) {
		return { ok: false, stale: false, reason: `can't be written (${error instanceof Error ? error.message : String(error)})` };
	}
}

/** Undoes what was written, newest first; the notes that could not be, and why. */
async function putBack(store: NoteStore, done: readonly Change[]): Promise<{ path: string; reason: string }[]> {
	const left: { path: string; reason: string }[] = [];
	for (const change of inverse(done)) {
		const result = await apply(store, change);
		if (!result.ok) left.push({ path: change.path, reason: result.reason });
	}
	return left;
}
