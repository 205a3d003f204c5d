// A list of small integers per index number, all in one typed pool: four bytes an entry and
// two numbers a list, where a list each cost an array object and its store. A list that is
// set again or grows is written at the end of the pool and its old place is left over; the
// pool is packed again once more than half of it is left over. The plain daily notes keep
// their link keys here by slot, and the link keys their plain notes' slots (slotLists.ts).
import { IntList } from './intList';

/** Entries left over before the pool may be packed again. */
const GARBAGE_KEPT = 4096;

export class PooledLists {
	private starts = new IntList();
	private counts = new IntList();
	private pool: IntList;
	/** Entries in `pool` no list points to any more. */
	private garbage = 0;

	/** `capacity`: the pool's room to begin with, when the total is known. */
	constructor(capacity?: number) {
		this.pool = new IntList(capacity);
	}

	/**
	 * The lists of pairs given in two lists, `indexes[i]`'s list holding `values[i]`, each
	 * list's numbers in the order given: counted, then written in place, one pass each,
	 * with no list made per index.
	 */
	static grouped(indexes: IntList, values: IntList): PooledLists {
		const pairs = indexes.length;
		const lists = new PooledLists(pairs);
		for (let i = 0; i < pairs; i++) {
			const index = indexes.at(i);
			lists.counts.set(index, lists.counts.at(index) + 1);
		}
		let start = 0;
		for (let index = 0; index < lists.counts.length; index++) {
			lists.starts.set(index, start);
			start += lists.counts.at(index);
		}
		// Where each list's next number goes: its start, moved on as it is written.
		const next = new Int32Array(lists.counts.length);
		for (let index = 0; index < next.length; index++) next[index] = lists.starts.at(index);
		for (let i = 0; i < pairs; i++) {
			const index = indexes.at(i);
			const at = next[index] ?? 0;
			lists.pool.set(at, values.at(i));
			next[index] = at + 1;
		}
		return lists;
	}

	count(index: number): number {
		return this.counts.at(index);
	}

	/** The number at a place in a list. */
	at(index: number, place: number): number {
		return this.pool.at(this.starts.at(index) + place);
	}

	/** A list, as a plain list of its own. */
	list(index: number): number[] {
		return this.pool.slice(this.starts.at(index), this.counts.at(index));
	}

	/** Sets a list to these numbers, in their order. */
	set(index: number, values: readonly number[]): void {
		this.drop(index);
		this.starts.set(index, this.pool.length);
		this.counts.set(index, values.length);
		for (const value of values) this.pool.push(value);
	}

	/** Adds a number at the end of a list. */
	push(index: number, value: number): void {
		const start = this.starts.at(index);
		const count = this.counts.at(index);
		if (count === 0 || start + count !== this.pool.length) {
			// Moved to the end of the pool, where it can grow.
			const at = this.pool.length;
			for (let i = 0; i < count; i++) this.pool.push(this.pool.at(start + i));
			this.garbage += count;
			this.starts.set(index, at);
		}
		this.pool.push(value);
		this.counts.set(index, count + 1);
		this.packIfWasteful();
	}

	/** Takes one number out of a list, the rest keeping their order. */
	remove(index: number, value: number): void {
		const start = this.starts.at(index);
		const count = this.counts.at(index);
		let at = 0;
		while (at < count && this.pool.at(start + at) !== value) at++;
		if (at === count) return;
		for (let i = start + at; i < start + count - 1; i++) this.pool.set(i, this.pool.at(i + 1));
		this.counts.set(index, count - 1);
		this.garbage++;
	}

	/** Empties a list. */
	drop(index: number): void {
		this.garbage += this.counts.at(index);
		this.counts.set(index, 0);
		this.packIfWasteful();
	}

	/** Cut to size: lists grown by push keep room to grow. */
	trim(): void {
		this.starts.trim();
		this.counts.trim();
		this.pool.trim();
	}

	private packIfWasteful(): void {
		if (this.garbage > GARBAGE_KEPT && this.garbage * 2 > this.pool.length) this.pack();
	}

	/** The pool again without what moved, emptied or removed lists left in it. */
	private pack(): void {
		const pool = new IntList(this.pool.length - this.garbage);
		for (let index = 0; index < this.counts.length; index++) {
			const start = this.starts.at(index);
			const count = this.counts.at(index);
			this.starts.set(index, pool.length);
			for (let i = start; i < start + count; i++) pool.push(this.pool.at(i));
		}
		this.pool = pool;
		this.garbage = 0;
	}
}
