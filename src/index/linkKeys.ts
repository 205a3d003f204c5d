// Link keys as small integers, each worked out once per link text, not once per link: a
// vault of 10,000 people has 100,000 links but only about as many distinct link texts as
// people, and Obsidian hands over the same text each time. The index files evidence and
// claims under these numbers, so a link costs one look-up by its text and array indexing
// after that, and every key string is held once. Keys are never forgotten: there are about
// as many as names in the vault, and a number must not come to mean another key.
import { fromVaultRoot, linkKey, linkTarget } from '../domain/links';

/** No key: an empty link (`[[#Heading]]`), which goes nowhere. */
export const NO_KEY = -1;

export class LinkKeys {
	/** Key → its number. */
	private readonly ids = new Map<string, number>();
	/** Number → its key. */
	private readonly names: string[] = [];
	/** Link text to its key's number; null for a relative link (`../People/Sam`), which means something else in each folder. */
	private readonly texts = new Map<string, number | null>();

	/** The number of a key, given one if it has none yet. */
	id(key: string): number {
		if (key === '') return NO_KEY;
		let id = this.ids.get(key);
		if (id === undefined) {
			id = this.names.length;
			this.names.push(key);
			this.ids.set(key, id);
		}
		return id;
	}

	/** The number of a key, or NO_KEY when nothing has used it yet (so nothing is filed under it). */
	find(key: string): number {
		return this.ids.get(key) ?? NO_KEY;
	}

	/** The key a number stands for. */
	key(id: number): string {
		return this.names[id] ?? '';
	}

	/** How many keys have numbers: every number is below this. */
	get size(): number {
		return this.names.length;
	}

	/** The key a link written in a note stands for: `[[People/Sam Rivera#Notes|Sam]]` is `people/sam rivera`. */
	of(text: string, sourcePath: string): number {
		let id = this.texts.get(text);
		if (id === undefined) {
			const target = linkTarget(text);
			id = fromVaultRoot(target, sourcePath) === target ? this.id(linkKey(target)) : null;
			this.texts.set(text, id);
		}
		return id ?? this.id(linkKey(fromVaultRoot(linkTarget(text), sourcePath)));
	}
}
