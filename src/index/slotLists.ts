// A list of numbers per link key (the plain daily notes' slots that are evidence for it),
// all in one typed pool: four bytes a slot and two numbers a key, where a list each cost
// an array object and its store (at 10,000 contacts, about a megabyte). A build gathers
// them in plain lists and packs them once at its end; after that a list that grows is
// moved to the end of the pool, and the pool is packed again once half of it is left over.
import { IntList } from './intList';

const GARBAGE_KEPT = 4096;

export class SlotLists {
	private starts = new IntList();
	private counts = new IntList();
	private pool = new IntList();
	private garbage = 0;
	/** While a build gathers them: a plain list per key. */
	private gathering?: (number[] | undefined)[] = [];

	clear(): void {
		this.starts = new IntList();
		this.counts = new IntList();
		this.pool = new IntList();
		this.garbage = 0;
		this.gathering = [];
	}

	/** Packs what a build gathered into the pool; from then on lists change in place. */
	seal(): void {
		const gathering = this.gathering;
		if (!gathering) return;
		this.gathering = undefined;
		let total = 0;
		for (const list of gathering) total += list?.length ?? 0;
		this.pool = new IntList(total);
		gathering.forEach((list, key) => {
			if (!list) return;
			this.starts.set(key, this.pool.length);
			this.counts.set(key, list.length);
			for (const value of list) this.pool.push(value);
		});
		this.starts.trim();
		this.counts.trim();
		this.pool.trim();
	}

	/** How many numbers a key's list holds. */
	count(key: number): number {
		if (this.gathering) return this.gathering[key]?.length ?? 0;
		return this.counts.at(key);
	}

	/** The number at a place in a key's list. */
	at(key: number, index: number): number {
		if (this.gathering) return this.gathering[key]?.[index] ?? 0;
		return this.pool.at(this.starts.at(key) + index);
	}

	/** A key's list, as a plain list of its own. */
	list(key: number): number[] {
		if (this.gathering) return [...(this.gathering[key] ?? [])];
		return this.pool.slice(this.starts.at(key), this.counts.at(key));
	}

	add(key: number, value: number): void {
		const gathering = this.gathering;
		if (gathering) {
			const list = gathering[key];
			if (list) list.push(value);
			else gathering[key] = [value];
			return;
		}
		const start = this.starts.at(key);
		const count = this.counts.at(key);
		if (count === 0 || start + count !== this.pool.length) {
			// Moved to the end of the pool, where it can grow.
			const at = this.pool.length;
			for (let i = 0; i < count; i++) this.pool.push(this.pool.at(start + i));
			this.garbage += count;
			this.starts.set(key, at);
		}
		this.pool.push(value);
		this.counts.set(key, count + 1);
		if (this.garbage > GARBAGE_KEPT && this.garbage * 2 > this.pool.length) this.pack();
	}

	/** Takes one number out of a key's list, the rest keeping their order. */
	remove(key: number, value: number): void {
		const gathering = this.gathering;
		if (gathering) {
			const list = gathering[key];
			const at = list ? list.indexOf(value) : -1;
			if (list && at !== -1) list.splice(at, 1);
			if (list?.length === 0) gathering[key] = undefined;
			return;
		}
		const start = this.starts.at(key);
		const count = this.counts.at(key);
		let at = 0;
		while (at < count && this.pool.at(start + at) !== value) at++;
		if (at === count) return;
		for (let i = start + at; i < start + count - 1; i++) this.pool.set(i, this.pool.at(i + 1));
		this.counts.set(key, count - 1);
		this.garbage++;
	}

	/** The pool again without what moved or removed lists left in it. */
	private pack(): void {
		const pool = new IntList(this.pool.length - this.garbage);
		for (let key = 0; key < this.counts.length; key++) {
			const start = this.starts.at(key);
			const count = this.counts.at(key);
			this.starts.set(key, pool.length);
			for (let i = start; i < start + count; i++) pool.push(this.pool.at(i));
		}
		this.pool = pool;
		this.garbage = 0;
	}
}
