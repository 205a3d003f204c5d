// A list of numbers per link key (the plain daily notes' slots that are evidence for it),
// in pooled lists (at 10,000 contacts, about a megabyte less than a list each). A build
// gathers them in plain lists, since they grow a note at a time, and packs them into the
// pool once at its end; after that they change in place.
import { PooledLists } from './pooledLists';

export class SlotLists {
	private lists = new PooledLists();
	/** While a build gathers them: a plain list per key. */
	private gathering?: (number[] | undefined)[] = [];

	clear(): void {
		this.lists = new PooledLists();
		this.gathering = [];
	}

	/** Packs what a build gathered into the pool; from then on lists change in place. */
	seal(): void {
		const gathering = this.gathering;
		if (!gathering) return;
		this.gathering = undefined;
		let total = 0;
		for (const list of gathering) total += list?.length ?? 0;
		const lists = new PooledLists(total);
		gathering.forEach((list, key) => list && lists.set(key, list));
		lists.trim();
		this.lists = lists;
	}

	/** How many numbers a key's list holds. */
	count(key: number): number {
		if (this.gathering) return this.gathering[key]?.length ?? 0;
		return this.lists.count(key);
	}

	/** The number at a place in a key's list. */
	at(key: number, index: number): number {
		if (this.gathering) return this.gathering[key]?.[index] ?? 0;
		return this.lists.at(key, index);
	}

	/** A key's list, as a plain list of its own. */
	list(key: number): number[] {
		if (this.gathering) return [...(this.gathering[key] ?? [])];
		return this.lists.list(key);
	}

	add(key: number, value: number): void {
		const gathering = this.gathering;
		if (!gathering) return this.lists.push(key, value);
		const list = gathering[key];
		if (list) list.push(value);
		else gathering[key] = [value];
	}

	/** Takes one number out of a key's list, the rest keeping their order. */
	remove(key: number, value: number): void {
		const gathering = this.gathering;
		if (!gathering) return this.lists.remove(key, value);
		const list = gathering[key];
		const at = list ? list.indexOf(value) : -1;
		if (list && at !== -1) list.splice(at, 1);
		if (list?.length === 0) gathering[key] = undefined;
	}
}
