// An in-memory note store for action tests: notes in a Map, with hooks to make a call
// throw or to change a note just before a write, as another writer would.
import { Actions } from '../../src/actions/actions';
import type { ActionContext } from '../../src/actions/context';
import type { NoteStore, StoreResult } from '../../src/actions/noteStore';
import { ActionRunner } from '../../src/actions/runner';
import { formatDate } from '../../src/cli/dates';
import { parseYaml } from '../../src/cli/frontmatter';
import type { Day } from '../../src/domain/day';
import type { VaultBuilder } from '../builders';

export class MemoryStore implements NoteStore {
	readonly notes: Map<string, string>;
	/** Runs before each write call; may throw, or edit `notes` as another writer would. */
	beforeWrite: (call: 'replace' | 'create' | 'remove', path: string) => void = () => undefined;

	constructor(notes: Record<string, string> = {}) {
		this.notes = new Map(Object.entries(notes));
	}

	read(path: string): Promise<string | undefined> {
		return Promise.resolve(this.notes.get(path));
	}

	exists(path: string): boolean {
		return this.notes.has(path);
	}

	replace(path: string, expected: string, text: string): Promise<StoreResult> {
		this.beforeWrite('replace', path);
		const now = this.notes.get(path);
		if (now === undefined) return Promise.resolve({ ok: false, stale: true, reason: 'no longer exists' });
		if (now !== expected) return Promise.resolve({ ok: false, stale: true, reason: 'changed since Rapport read it' });
		this.notes.set(path, text);
		return Promise.resolve({ ok: true });
	}

	create(path: string, text: string): Promise<StoreResult> {
		this.beforeWrite('create', path);
		if (this.notes.has(path)) return Promise.resolve({ ok: false, stale: true, reason: 'a note is there now' });
		this.notes.set(path, text);
		return Promise.resolve({ ok: true });
	}

	remove(path: string, expected: string): Promise<StoreResult> {
		this.beforeWrite('remove', path);
		if (this.notes.get(path) !== expected) return Promise.resolve({ ok: false, stale: true, reason: 'changed since Rapport made it' });
		this.notes.delete(path);
		return Promise.resolve({ ok: true });
	}
}

/**
 * The actions over a store, for the notes of a built vault: its index as built, the CLI's
 * date formatter and YAML parser, and whatever `context` sets on top.
 */
export function actionsOn(store: NoteStore, v: VaultBuilder, today: Day, context: Partial<ActionContext> = {}): Actions {
	const index = v.index();
	return new Actions(new ActionRunner(store), () => ({
		store,
		index,
		settings: v.settings,
		today,
		time: '09:00',
		formatDate,
		parseYaml,
		properties: () => undefined,
		...context,
	}));
}
