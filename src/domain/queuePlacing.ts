// The queue's sections kept sorted between calls, so that after one edit only the items of
// the contacts it touched are taken out and put back in their places, and the other
// thousands are neither recomputed nor sorted again. The order is the one a stable sort of
// the items in name order gives (see `computeQueue`), made explicit: each item carries its
// contact's place in name order and its own place among that contact's items.
import type { Day } from './day';
import type { RapportSettings, Tie } from './settings';

/** What placing needs of an item: the fields the sections sort on. */
export interface Placeable {
	section: string;
	due: Day;
	tie?: Tie;
	urgency?: number;
}

const TIE_ORDER: Record<Tie, number> = { strong: 0, medium: 1, weak: 2 };

export function tieRank(tie: Tie | undefined): number {
	return tie ? TIE_ORDER[tie] : 3;
}

// A contact brings a handful of items; this many leaves room for any note's.
const ITEMS_PER_CONTACT = 1 << 20;

/** Where an item stands in name order: its contact's rank, then its place among that contact's items. */
export function orderOf(rank: number, index: number): number {
	return rank * ITEMS_PER_CONTACT + index;
}

/**
 * Reconnect rows go by how overdue they are against the cadence, strong ties first on
 * ties; every other section by due day. Equal rows stay in name order.
 */
function compare(reconnect: boolean, a: Placeable, aOrder: number, b: Placeable, bOrder: number): number {
	const first = reconnect ? (b.urgency ?? 0) - (a.urgency ?? 0) || tieRank(a.tie) - tieRank(b.tie) : a.due - b.due;
	const by = first || aOrder - bOrder;
	// Its sign only: a difference of urgencies, or of order keys past a small integer's range,
	// is a fraction or a large number, which the sort was handed as a fresh heap number each
	// time (about 2 MB over the 60,000 comparisons of the first queue's Reconnect at 10,000 contacts).
	return by < 0 ? -1 : by > 0 ? 1 : 0;
}

/** One section's items in queue order, each with its order key beside it. */
export class PlacedSection<T extends Placeable> {
	items: T[] = [];
	private orders: number[] = [];

	constructor(private readonly reconnect: boolean) {}

	/** Every item at once, sorted: the first queue, or one after contacts came or went. */
	fill(entries: { item: T; order: number }[]): void {
		const reconnect = this.reconnect;
		entries.sort((a, b) => compare(reconnect, a.item, a.order, b.item, b.order));
		this.items = entries.map((e) => e.item);
		this.orders = entries.map((e) => e.order);
	}

	/** The first place whose item sorts after (or, with `after` false, not before) this one. */
	private place(item: T, order: number, after: boolean): number {
		let lo = 0;
		let hi = this.items.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			const c = compare(this.reconnect, this.items[mid] as T, this.orders[mid] ?? 0, item, order);
			if (c < 0 || (after && c === 0)) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	insert(item: T, order: number): void {
		const at = this.place(item, order, true);
		this.items.splice(at, 0, item);
		this.orders.splice(at, 0, order);
	}

	/** Takes out an item put in with this order key; order keys are unique, so it is found by its place alone. */
	remove(item: T, order: number): void {
		const at = this.place(item, order, false);
		if (this.items[at] !== item) throw new Error('a kept queue item is not where its order puts it');
		this.items.splice(at, 1);
		this.orders.splice(at, 1);
	}
}

/** What a kept queue was computed for: the same input, day and settings let it be reused. */
export interface KeptFor {
	today: Day;
	settings: RapportSettings;
	/** The input's stamp when the sections were last brought up to date. */
	stamp: number;
}
