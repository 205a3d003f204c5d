// A list of numbers per link key (the plain daily notes' slots that are evidence for it),
// in pooled lists (at 10,000 contacts, about a megabyte less than a list each). A build
// gathers them as pairs (key, number) in two typed lists, since they come a note at a time,
// and packs them into the pool once at its end; after that they change in place.
import { IntList } from './intList';
import { PooledLists } from './pooledLists';

export class SlotLists {
	private lists = new PooledLists();
	/** While a build gathers them: each key and its number, in pairs, as they come. */
	private gathering?: { keys: IntList; values: IntList } = SlotLists.gather();

	private static gather(): { keys: IntList; values: IntList } {
		return { keys: new IntList(), values: new IntList() };
	}

	clear(): void {
		this.lists = new PooledLists();
		this.gathering = SlotLists.gather();
	}

	/** Packs what a build gathered into the pool; from then on lists change in place. */
	seal(): void {
		const gathering = this.gathering;
		if (!gathering) return;
		this.gathering = undefined;
		const lists = PooledLists.grouped(gathering.keys, gathering.values);
		lists.trim();
		this.lists = lists;
	}

	/** The lists, packed first if a build is still gathering them (nothing reads them then, but it would be right). */
	private sealed(): PooledLists {
		this.seal();
		return this.lists;
	}

	/** How many numbers a key's list holds. */
	count(key: number): number {
		return this.sealed().count(key);
	}

	/** The number at a place in a key's list. */
	at(key: number, index: number): number {
		return this.sealed().at(key, index);
	}

	/** A key's list, as a plain list of its own. */
	list(key: number): number[] {
		return this.sealed().list(key);
	}

	add(key: number, value: number): void {
		const gathering = this.gathering;
		if (!gathering) return this.lists.push(key, value);
		gathering.keys.push(key);
		gathering.values.push(value);
	}

	/** Takes one number out of a key's list, the rest keeping their order. */
	remove(key: number, value: number): void {
		this.sealed().remove(key, value);
	}
}
