// The "People met" list of an event note: who to add as contacts and follow up with
// while the meeting is fresh.
import { WIKILINK, linkTarget } from './links';
import { findSection, sectionItems } from './noteSections';
import { splitNote } from './noteText';

// Words after the name: "Ana Ruiz — runs DevRel at Paylark", "Ana Ruiz: DevRel", "Ana Ruiz, Paylark".
// One space either side of a dash is enough: the name is trimmed, and `\s+` before the
// dash read a long run of spaces again from each of them.
const AFTER_NAME = /\s[—–-]\s|:\s|,\s|\s\(/;
const AFTER_NAME_ALL = new RegExp(AFTER_NAME.source, 'g');

/** Someone listed under "People met": the name, and longer readings of a line without links, longest first. */
export interface MetPerson {
	/** The words before the first dash, colon, comma or bracket (or a link's note name). */
	name: string;
	/**
	 * The line's longer starts, cut at a later dash, colon, comma or bracket, longest first:
	 * `Jose Alvarez (Initech)` is the contact of that name when there is one.
	 */
	longer: string[];
}

/** The note names of everyone listed under a "People met" heading, each once, in order. */
export function peopleMet(text: string): string[] {
	return peopleMetListed(text).map((person) => person.name);
}

/** Everyone listed under a "People met" heading, each once, in order, with the longer readings of their line. */
export function peopleMetListed(text: string): MetPerson[] {
	const note = splitNote(text);
	const section = findSection(note, (heading) => /^people met$/i.test(heading.replace(/[#*_`]/g, '').trim()));
	if (!section) return [];
	const seen = new Set<string>();
	const people: MetPerson[] = [];
	for (const item of sectionItems(note, section)) {
		const words = item.text.replace(/^\[[ xX]\]\s+/, '').trim();
		// "[[Ana Ruiz]] and [[Ben Adler]] from Paylark" is two people; a line without links is one.
		// An embed (`![[card.png]]`) is not a person.
		const links = [...words.matchAll(WIKILINK)];
		const names = links.length
			? links
					.filter((link) => !link[1])
					.map(
						(link) =>
							linkTarget(link[2] ?? '')
								.split('/')
								.pop() ?? '',
					)
			: [words.split(AFTER_NAME)[0] ?? ''];
		const longer = links.length ? [] : longerStarts(words);
		for (const raw of names) {
			const name = raw.trim();
			if (!name || seen.has(name.toLowerCase())) continue;
			seen.add(name.toLowerCase());
			people.push({ name, longer });
		}
	}
	return people;
}

/** A line's starts cut at each dash, colon, comma or bracket after the first, and the whole line, longest first. */
function longerStarts(words: string): string[] {
	const cuts = [...words.matchAll(AFTER_NAME_ALL)].map((match) => match.index);
	if (cuts.length === 0) return [];
	return [
		words,
		...cuts
			.slice(1)
			.reverse()
			.map((at) => words.slice(0, at).trim()),
	];
}
