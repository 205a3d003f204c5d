// A list the kept review holds in order between calls: sorted once when filled, then kept
// in order as one row at a time goes in or out.

/** A list kept sorted: filled at once and sorted, then kept in order one item at a time. */
export class Sorted<T> {
	items: T[] = [];
	private filling = true;
	/** Moves with every row in or out, so a figure's rows are shown again only after a change. */
	private version = 0;
	private shown?: { version: number; rows: unknown[] };
	constructor(private readonly compare: (a: T, b: T) => number) {}

	/** The rows as a figure shows them: the same array until a row goes in or out (figures are read-only). */
	shownAs<U>(show: (item: T) => U): U[] {
		if (this.shown?.version !== this.version) this.shown = { version: this.version, rows: this.items.map(show) };
		return this.shown.rows as U[];
	}

	add(item: T): void {
		this.version++;
		if (this.filling) this.items.push(item);
		else this.items.splice(this.firstNotBefore(item), 0, item);
	}

	remove(item: T): void {
		this.version++;
		let at = this.firstNotBefore(item);
		while (at < this.items.length && this.items[at] !== item && this.compare(this.items[at] as T, item) === 0) at++;
		if (this.items[at] !== item) throw new Error('a kept review row is not where its order puts it');
		this.items.splice(at, 1);
	}

	/** Ends the filling: sorts what was added. */
	settle(): void {
		if (this.filling) this.items.sort(this.compare);
		this.version++;
		this.filling = false;
	}

	private firstNotBefore(item: T): number {
		let lo = 0;
		let hi = this.items.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.compare(this.items[mid] as T, item) < 0) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}
}
