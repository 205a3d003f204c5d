// Runs actions one at a time against a note store: plan every note the action touches,
// check them all, write them all or none, and keep the result as one undo step. A note
// that moved on between the plan and the write (Obsidian, a sync client or a second CLI
// writing it) makes the action plan again, once, from the notes as they are now.
import { listed } from '../domain/words';
import { commit, inverse, type Change, type CommitResult, type Draft } from './changes';
import { NoteError, type NoteStore } from './noteStore';

/** What an action means to write, worked out before anything is. */
export interface Planned<T = undefined> {
	ok: true;
	draft: Draft;
	/** What was done, in the user's words: the Notice, "Undone: …", the CLI's summary. */
	label: string;
	/** Each note's own words ("logged coffee on 21 Nov"), for the CLI's lines. */
	said?: { path: string; said: string }[];
	/** What was left out, and why (shown with the label, not part of it). */
	remark?: string;
	/** The action's own answer (the note made, how many were followed up). */
	value?: T;
}

/** Why nothing will be written: each problem names its note. */
export interface Refusal {
	ok: false;
	problems: string[];
	/** The notes that would have taken the change, had the others not refused. */
	untouched?: string[];
}

export type Plan<T = undefined> = Planned<T> | Refusal;

export interface UndoStep {
	label: string;
	changes: Change[];
}

export interface Outcome<T = undefined> {
	/** False when nothing was written (or, rarely, when what was could not all be put back: the message says). */
	ok: boolean;
	/** The label of what was done, or every problem in one text. */
	message: string;
	problems: string[];
	untouched: string[];
	/** Each note's own words; `unchanged` where the note was left as it was ("archived already"). */
	said: { path: string; said: string; unchanged?: true }[];
	created: string[];
	remark?: string;
	value?: T;
	/** The undo step, when anything changed. */
	step?: UndoStep;
}

const HISTORY = 50;

export function refuse(...problems: string[]): Refusal {
	return { ok: false, problems };
}

export class ActionRunner {
	private readonly history: UndoStep[] = [];
	// Actions and undos run one after another, each on the notes the last one left.
	private queue: Promise<unknown> = Promise.resolve();

	constructor(readonly store: NoteStore) {}

	/** Plans and writes one action, as one undo step; `progress` is told of each note written. */
	perform<T>(plan: () => Promise<Plan<T>>, progress?: (done: number, total: number) => void): Promise<Outcome<T>> {
		return this.serially(() => this.performNow(plan, progress));
	}

	private async performNow<T>(plan: () => Promise<Plan<T>>, progress?: (done: number, total: number) => void): Promise<Outcome<T>> {
		try {
			return await this.attempt(plan, progress);
		} catch (error) {
			// Whatever was written is put back by commit before it returns: a throw here comes before any write.
			const message = `Rapport could not finish: ${error instanceof Error ? error.message : String(error)}; nothing was written`;
			return { ok: false, message, problems: [message], untouched: [], said: [], created: [] };
		} finally {
			releaseQuietly(this.store);
		}
	}

	/**
	 * Plans, holds the notes it touches, and writes them. Should one have moved on since the
	 * plan, the action plans again, once, with its notes still held, so that another
	 * writer honouring the hold (a second CLI) can't move them again before the write.
	 */
	private async attempt<T>(plan: () => Promise<Plan<T>>, progress?: (done: number, total: number) => void): Promise<Outcome<T>> {
		let planned = await planSafely(plan);
		for (let attempt = 1; ; attempt++) {
			if (!planned.ok) return refusalOutcome(planned);
			const changes = planned.draft.changes();
			const base = {
				said: markUnchanged(planned.said, changes),
				remark: planned.remark,
				value: planned.value,
				created: planned.draft.created(),
			};
			if (changes.length === 0) return { ok: true, message: planned.label, problems: [], untouched: [], ...base };
			const held = (await this.store.hold?.(changes.map((c) => c.path))) ?? { ok: true };
			const result = held.ok
				? await commit(this.store, changes, progress)
				: { ok: false as const, message: `${held.reason}; nothing was written`, retry: false };
			if (result.ok) {
				const step = { label: planned.label, changes };
				this.history.push(step);
				if (this.history.length > HISTORY) this.history.shift();
				return { ok: true, message: planned.label, problems: [], untouched: [], ...base, step };
			}
			if (!result.retry || attempt === 2) {
				const message = result.retry ? `${result.message} (it changed again while Rapport wrote it: try again)` : result.message;
				return { ok: false, message, problems: [message], untouched: [], said: [], created: [], value: planned.value };
			}
			planned = await planSafely(plan);
		}
	}

	/** The newest step still on the undo list, if any. */
	last(): UndoStep | undefined {
		return this.history[this.history.length - 1];
	}

	/**
	 * Puts the notes of a step back as they were, all or none, if none changed since; a
	 * step that can't be undone leaves the list, so it no longer stands in front of older ones.
	 */
	undo(step = this.last()): Promise<{ ok: boolean; message: string }> {
		return this.serially(() => this.undoNow(step));
	}

	private async undoNow(step: UndoStep | undefined): Promise<{ ok: boolean; message: string }> {
		if (!step || !this.history.includes(step)) return { ok: false, message: 'Rapport: nothing to undo.' };
		let result: CommitResult;
		try {
			const held = (await this.store.hold?.(step.changes.map((c) => c.path))) ?? { ok: true };
			result = held.ok ? await commit(this.store, inverse(step.changes)) : { ok: false, message: held.reason, retry: false };
		} catch (error) {
			result = { ok: false, message: error instanceof Error ? error.message : String(error), retry: false };
		} finally {
			releaseQuietly(this.store);
		}
		this.history.splice(this.history.indexOf(step), 1);
		if (result.ok) return { ok: true, message: `Undone: ${step.label}` };
		const next = this.history.length ? ' Undo last change now goes to the change before it.' : '';
		if (result.retry) {
			const changed = await this.changedSince(step);
			return {
				ok: false,
				message:
					`Rapport can't undo "${step.label}": ${listed(changed.length ? changed : step.changes.map((c) => c.path))} ` +
					`changed since. Nothing was undone, and it is off the undo list.${next}`,
			};
		}
		return { ok: false, message: `Rapport can't undo "${step.label}": ${result.message}. It is off the undo list.${next}` };
	}

	/** The notes of a step that no longer read as it left them. */
	private async changedSince(step: UndoStep): Promise<string[]> {
		const changed: string[] = [];
		for (const change of step.changes) {
			let now: string | undefined;
			try {
				now = await this.store.read(change.path);
			} catch {
				now = undefined;
			}
			if ((now ?? null) !== change.after) changed.push(change.path);
		}
		return changed;
	}

	private serially<T>(work: () => Promise<T>): Promise<T> {
		const next = this.queue.then(work, work);
		this.queue = next.catch(() => undefined);
		return next;
	}
}

/** Lets go of the notes held; a lock that can't be removed names a process that has ended. */
function releaseQuietly(store: NoteStore): void {
	try {
		store.release?.();
	} catch {
		// Nothing to undo: the writes stand or were put back already.
	}
}

/** A plan, with a note that can't be read turned into a refusal naming it. */
async function planSafely<T>(plan: () => Promise<Plan<T>>): Promise<Plan<T>> {
	try {
		return await plan();
	} catch (error) {
		if (error instanceof NoteError) return refuse(`${error.message}; nothing was written`);
		throw error;
	}
}

function refusalOutcome<T>(refusal: Refusal): Outcome<T> {
	return {
		ok: false,
		message: refusal.problems.join('. '),
		problems: refusal.problems,
		untouched: refusal.untouched ?? [],
		said: [],
		created: [],
	};
}

/** The notes' words, each left as it was (its write changed nothing) marked so. */
function markUnchanged(said: Planned['said'], changes: readonly Change[]): Outcome['said'] {
	const changed = new Set(changes.map((c) => c.path));
	return (said ?? []).map((s) => (changed.has(s.path) ? s : { ...s, unchanged: true }));
}
