// The notes with a day, by name: where a contact's `met` link may lead (a daily note, a
// meeting or event note with a `date`, a note named `2026-11-03 KubeCon`). Daily notes are
// most of a vault and rarely met at, so they are gathered by name only once a `met` asks.
import { baseName, linkKey } from '../domain/links';
import type { NoteRecord } from './noteRecord';

function addTo(map: Map<string, NoteRecord[]>, record: NoteRecord): void {
	const name = baseName(record.path).toLowerCase();
	const named = map.get(name);
	if (named) named.push(record);
	else map.set(name, [record]);
}

function dropFrom(map: Map<string, NoteRecord[]>, record: NoteRecord): void {
	const name = baseName(record.path).toLowerCase();
	// By path: a plain daily note's record is made afresh each time it is asked for.
	const named = map.get(name)?.filter((r) => r.path !== record.path);
	if (named?.length) map.set(name, named);
	else map.delete(name);
}

export class DayNotes {
	/** Meeting and other notes with a day: few. */
	private readonly named = new Map<string, NoteRecord[]>();
	/** Daily notes by name, once asked for. */
	private dated?: Map<string, NoteRecord[]>;

	/** `notes`: every note the index holds, for gathering the daily notes when first asked. */
	constructor(private readonly notes: () => Iterable<NoteRecord>) {}

	clear(): void {
		this.named.clear();
		this.dated = undefined;
	}

	/** Whether daily notes are gathered by name yet: until then adding one is nothing to do. */
	get gathersDaily(): boolean {
		return this.dated !== undefined;
	}

	add(record: NoteRecord): void {
		if (record.day === undefined) return;
		if (record.kind !== 'dated') addTo(this.named, record);
		else if (this.dated) addTo(this.dated, record);
	}

	drop(record: NoteRecord): void {
		if (record.day === undefined) return;
		if (record.kind !== 'dated') dropFrom(this.named, record);
		else if (this.dated) dropFrom(this.dated, record);
	}

	/**
	 * The note with a day a link target goes to, as Obsidian resolves it: by name, path or
	 * the end of a path, and the shortest path of those that fit.
	 */
	find(target: string): NoteRecord | undefined {
		const name = baseName(target).toLowerCase();
		const key = linkKey(target);
		let best: NoteRecord | undefined;
		for (const record of [...(this.named.get(name) ?? []), ...(this.datedByName().get(name) ?? [])]) {
			const noteKey = linkKey(record.path);
			if (noteKey !== key && !noteKey.endsWith(`/${key}`)) continue;
			if (!best || record.path.length < best.path.length || (record.path.length === best.path.length && record.path < best.path))
				best = record;
		}
		return best;
	}

	private datedByName(): Map<string, NoteRecord[]> {
		if (!this.dated) {
			this.dated = new Map();
			for (const record of this.notes()) if (record.kind === 'dated' && record.day !== undefined) addTo(this.dated, record);
		}
		return this.dated;
	}
}
