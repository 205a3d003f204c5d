// What the randomised incremental-vs-fresh tests share: a seeded generator, so a failure can
// be replayed, the edits every such test makes to a vault (a note deleted, or renamed:
// a contact to another identity's name, a daily note to another day), and an edit told to
// the index as the plugin tells it, beside a fresh index to compare with.
import { datedNoteMatcher } from '../src/domain/datedNotes';
import { ContactIndex } from '../src/index/contactIndex';
import type { VaultBuilder } from './builders';

/** A small deterministic PRNG (mulberry32). */
export function random(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function pick<T>(rng: () => number, list: readonly T[]): T {
	return list[Math.floor(rng() * list.length)] as T;
}

export interface Edit {
	changed: string[];
	removed: string[];
	renamed?: [string, string];
}

/**
 * Deletes `target` (when `remove`), or renames it: a contact to `People/<one of names> II.md`,
 * anything else to `Daily/<day()>.md`; nothing when that name is taken.
 */
export function deleteOrRename(
	v: VaultBuilder,
	target: string,
	remove: boolean,
	names: readonly string[],
	rng: () => number,
	day: () => string,
): Edit {
	if (remove) {
		v.files.delete(target);
		return { changed: [], removed: [target] };
	}
	const to = target.startsWith('People/') ? `People/${pick(rng, names)} II.md` : `Daily/${day()}.md`;
	if (v.files.has(to)) return { changed: [], removed: [] };
	const text = v.files.get(target) ?? '';
	v.files.delete(target);
	v.files.set(to, text);
	return { changed: [], removed: [], renamed: [target, to] };
}

/** Tells the index of an edit, as the plugin does, and returns a fresh index over the vault as it now is. */
export function applyEdit(index: ContactIndex, v: VaultBuilder, { changed, removed, renamed }: Edit): ContactIndex {
	for (const path of changed) index.update(v.source(), path);
	for (const path of removed) index.remove(path);
	if (renamed) index.rename(v.source(), renamed[0], renamed[1]);
	const fresh = new ContactIndex(v.settings, datedNoteMatcher('Daily', 'YYYY-MM-DD'));
	fresh.build(v.source());
	return fresh;
}
