// Which queue rows are highlighted and picked, with no DOM: the keyboard's highlight, kept
// by key so it survives re-renders and rows moving, and the rows picked with Shift- or
// Mod-click (or Space) that an action then applies to all at once.
import type { QueueItem } from '../domain/queue';
import { QueueRows } from './queueRows';

/** Row keys, with a count of changes, so what depends on them is worked out only after one. */
class PickedRows extends Set<string> {
	version = 0;

	override add(key: string): this {
		if (!this.has(key)) this.version++;
		return super.add(key);
	}

	override delete(key: string): boolean {
		const had = super.delete(key);
		if (had) this.version++;
		return had;
	}

	override clear(): void {
		if (this.size) this.version++;
		super.clear();
	}
}

/** The notes of everyone a row is for: one, or each person a shared task is for. */
function pathsOf(item: QueueItem): string[] {
	return item.people ? item.people.map((p) => p.path) : [item.path];
}

export class QueueSelection {
	/** The rows as shown now. */
	private shown = QueueRows.empty;
	/** The highlighted row, by key, so it survives re-renders and rows moving. */
	focusedKey: string | undefined = undefined;
	/** Where the highlighted row was last seen: where to look for it first. */
	private focusedNear = 0;
	/** Item rows picked with Shift- or Mod-click (or Space), by key; actions then apply to all. */
	readonly picked = new PickedRows();
	/** Where a Shift-click or Shift-arrow range starts from. */
	anchor: string | undefined = undefined;

	get rows(): QueueRows {
		return this.shown;
	}

	/**
	 * New rows: picked rows that left are dropped, and a highlighted row that went away
	 * (logged, snoozed) hands the highlight to the one now in its place.
	 */
	setRows(rows: QueueRows): void {
		const focusedAt = this.shown.indexOf(this.focusedKey, this.focusedNear);
		this.shown = rows;
		this.prune();
		if (this.focusedKey !== undefined) {
			const now = rows.indexOf(this.focusedKey, focusedAt);
			if (now !== undefined) this.focusedNear = now;
			else this.focus(focusedAt === undefined ? undefined : rows.itemNear(focusedAt));
		}
	}

	/** Highlights the row at an index; none when undefined. */
	focus(index: number | undefined): void {
		const row = index === undefined ? undefined : this.shown.row(index);
		this.focusedKey = row?.key;
		this.focusedNear = index ?? 0;
	}

	/** The highlighted item row and its index. */
	focused(): { item: QueueItem; index: number } | undefined {
		const index = this.focusedIndex();
		const row = index === undefined ? undefined : this.shown.row(index);
		return row?.kind === 'item' && index !== undefined ? { item: row.item, index } : undefined;
	}

	focusedIndex(): number | undefined {
		return this.shown.indexOf(this.focusedKey, this.focusedNear);
	}

	/** The next item row in a direction from the highlight, skipping headers; from no highlight, the first or last. */
	step(step: 1 | -1): number | undefined {
		const rows = this.shown;
		const current = this.focusedIndex();
		let i = current === undefined ? (step === 1 ? 0 : rows.count - 1) : current + step;
		while (i >= 0 && i < rows.count && !rows.isItem(i)) i += step;
		return i < 0 || i >= rows.count ? undefined : i;
	}

	has(key: string): boolean {
		return this.picked.has(key);
	}

	get size(): number {
		return this.picked.size;
	}

	toggle(index: number): void {
		const row = this.shown.row(index);
		if (row?.kind !== 'item') return;
		if (this.picked.has(row.key)) this.picked.delete(row.key);
		else this.picked.add(row.key);
		this.anchor = row.key;
	}

	/** Picks every item row from the anchor to this one. */
	selectRange(index: number): void {
		const anchor = this.shown.indexOf(this.anchor ?? this.focusedKey, this.focusedNear) ?? index;
		const [from, to] = anchor <= index ? [anchor, index] : [index, anchor];
		for (let i = from; i <= to; i++) {
			const row = this.shown.row(i);
			if (row?.kind === 'item') this.picked.add(row.key);
		}
		this.anchor ??= this.shown.row(anchor)?.key;
	}

	clear(): void {
		this.picked.clear();
		this.anchor = undefined;
	}

	/** The notes of the picked rows, each once, in list order. */
	paths(): string[] {
		if (this.picked.size === 0) return [];
		const paths = new Set<string>();
		for (const { item } of this.shown.items()) if (this.picked.has(item.id)) for (const path of pathsOf(item)) paths.add(path);
		return [...paths];
	}

	/** The picked rows, in list order. */
	items(): QueueItem[] {
		if (this.picked.size === 0) return [];
		const items: QueueItem[] = [];
		for (const { item } of this.shown.items()) if (this.picked.has(item.id)) items.push(item);
		return items;
	}

	/** What an action on this row applies to: the whole selection when the row is in it. */
	targets(item: QueueItem): string[] {
		return this.picked.has(item.id) ? this.paths() : pathsOf(item);
	}

	/** The rows a snooze on this row is for: the selection when the row is in it. */
	snoozeTargets(item: QueueItem): QueueItem[] {
		return this.picked.has(item.id) ? this.items() : [item];
	}

	/** Drops picked rows that left the queue (logged, snoozed, filtered out). */
	private prune(): void {
		if (this.picked.size === 0) return;
		const present = new Set<string>();
		for (const { item } of this.shown.items()) if (this.picked.has(item.id)) present.add(item.id);
		for (const key of [...this.picked]) if (!present.has(key)) this.picked.delete(key);
	}
}
