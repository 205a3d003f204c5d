// The queue view's rows as arithmetic over a handful of sections, not a 10,000-entry
// array: a header row then the section's items, each kind a fixed height. Building it
// costs one step per section, so a re-render after one change does not pay for the
// whole queue again; finding a row by position or by key is cheap enough to do on demand.
import type { QueueItem, SectionId } from '../domain/queue';

export type Row = { kind: 'header'; key: string; section: SectionId; count: number } | { kind: 'item'; key: string; item: QueueItem };

interface Segment {
	section: SectionId;
	items: readonly QueueItem[];
	/** The header's row index; its items follow it. */
	start: number;
	/** The header's top, in pixels. */
	top: number;
}

// How far around the hint indexOf looks before scanning everything.
const NEARBY = 32;

export interface RowHeights {
	header: number;
	item: number;
}

export function headerKey(section: SectionId): string {
	return `section:${section}`;
}

export class QueueRows {
	private readonly segments: Segment[] = [];
	/** How many rows, headers included. */
	readonly count: number;
	/** The list's height in pixels. */
	readonly height: number;

	constructor(
		sections: readonly { id: SectionId; items: readonly QueueItem[] }[],
		private readonly heights: RowHeights,
	) {
		let start = 0;
		let top = 0;
		for (const { id, items } of sections) {
			if (items.length === 0) continue;
			this.segments.push({ section: id, items, start, top });
			start += 1 + items.length;
			top += heights.header + items.length * heights.item;
		}
		this.count = start;
		this.height = top;
	}

	static readonly empty = new QueueRows([], { header: 0, item: 0 });

	/** The row at an index, made on demand. */
	row(index: number): Row | undefined {
		const segment = this.segmentOf(index);
		if (!segment) return undefined;
		if (index === segment.start)
			return { kind: 'header', key: headerKey(segment.section), section: segment.section, count: segment.items.length };
		const item = segment.items[index - segment.start - 1];
		return item ? { kind: 'item', key: item.id, item } : undefined;
	}

	isItem(index: number): boolean {
		const segment = this.segmentOf(index);
		return segment !== undefined && index !== segment.start;
	}

	/** A row's top in pixels; `count` gives the list's height. */
	top(index: number): number {
		if (index >= this.count) return this.height;
		const segment = this.segmentOf(index);
		if (!segment) return 0;
		return index === segment.start ? segment.top : segment.top + this.heights.header + (index - segment.start - 1) * this.heights.item;
	}

	/** The row covering a vertical position, clamped to the list. */
	at(y: number): number {
		if (this.count === 0) return 0;
		let segment = this.segments[0];
		for (const s of this.segments) {
			if (s.top > y) break;
			segment = s;
		}
		if (!segment) return 0;
		const into = y - segment.top - this.heights.header;
		if (into < 0) return segment.start;
		const item = Math.min(segment.items.length - 1, Math.floor(into / this.heights.item));
		return segment.start + 1 + item;
	}

	/**
	 * A row's index by key. Items are looked for outward from `near` (where the row was
	 * last time), since a change usually moves a row a step or two if at all.
	 */
	indexOf(key: string | undefined, near = 0): number | undefined {
		if (key === undefined) return undefined;
		for (const segment of this.segments) if (headerKey(segment.section) === key) return segment.start;
		const from = Math.min(Math.max(0, near), Math.max(0, this.count - 1));
		for (let distance = 0; distance <= NEARBY; distance++) {
			if (this.keyAt(from + distance) === key) return from + distance;
			if (distance > 0 && this.keyAt(from - distance) === key) return from - distance;
		}
		for (const segment of this.segments) {
			const at = segment.items.findIndex((item) => item.id === key);
			if (at !== -1) return segment.start + 1 + at;
		}
		return undefined;
	}

	/** The section a row (header or item) is in. */
	sectionOf(index: number): SectionId | undefined {
		return this.segmentOf(index)?.section;
	}

	/** How many items a section shows; 0 when it shows none. */
	sectionSize(section: SectionId): number {
		return this.segments.find((segment) => segment.section === section)?.items.length ?? 0;
	}

	/** An item row's place in its section, counted from 1, and the section's size. */
	placeInSection(index: number): { at: number; size: number } | undefined {
		const segment = this.segmentOf(index);
		if (!segment || index === segment.start) return undefined;
		return { at: index - segment.start, size: segment.items.length };
	}

	/** The nearest item row at or after an index, else before it. */
	itemNear(index: number): number | undefined {
		for (let i = Math.max(0, Math.min(index, this.count - 1)); i < this.count; i++) if (this.isItem(i)) return i;
		for (let i = Math.min(index, this.count - 1); i >= 0; i--) if (this.isItem(i)) return i;
		return undefined;
	}

	/** Every item row in order, with its index. */
	*items(): Generator<{ item: QueueItem; index: number }> {
		for (const segment of this.segments) {
			for (let i = 0; i < segment.items.length; i++) {
				const item = segment.items[i];
				if (item) yield { item, index: segment.start + 1 + i };
			}
		}
	}

	private keyAt(index: number): string | undefined {
		const segment = this.segmentOf(index);
		if (!segment || index === segment.start) return undefined;
		return segment.items[index - segment.start - 1]?.id;
	}

	private segmentOf(index: number): Segment | undefined {
		if (index < 0 || index >= this.count) return undefined;
		let found: Segment | undefined;
		for (const segment of this.segments) {
			if (segment.start > index) break;
			found = segment;
		}
		return found;
	}
}
