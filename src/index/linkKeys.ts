// Link keys worked out once per link text, not once per link: a vault of 10,000 people has
// 100,000 links but only about as many distinct link texts as people, and Obsidian hands
// over the same text each time. Every note linking `[[Sam Rivera]]` then shares one key
// string, instead of lower-casing its own copy, which was a sixth of the index's heap.
import { fromVaultRoot, linkKey, linkTarget } from '../domain/links';

export class LinkKeys {
	/** Link text to its key; null for a relative link (`../People/Sam`), which means something else in each folder. */
	private readonly keys = new Map<string, string | null>();

	/** The key a link written in a note stands for: `[[People/Sam Rivera#Notes|Sam]]` is `people/sam rivera`. */
	of(text: string, sourcePath: string): string {
		let key = this.keys.get(text);
		if (key === undefined) {
			const target = linkTarget(text);
			key = fromVaultRoot(target, sourcePath) === target ? linkKey(target) : null;
			this.keys.set(text, key);
		}
		return key ?? linkKey(fromVaultRoot(linkTarget(text), sourcePath));
	}
}
