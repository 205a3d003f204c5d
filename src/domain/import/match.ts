// Who an imported row is: the keys it is matched on (email, LinkedIn profile, name), each
// folded so that the ways sources write the same thing compare equal, and an index of
// people by those keys that answers with the first key that finds anyone. The plan uses one
// index for the contacts already there and one for the rows read before, so a row that is
// the same person as an earlier one in the file is skipped rather than made twice.
import type { Contact } from '../contact';
import type { ImportedPerson } from './types';

/** What a person is matched on. */
export interface MatchKeys {
	emails: string[];
	linkedin?: string;
	names: string[];
}

export type MatchKind = 'email' | 'linkedin' | 'name';

/** Which people a row is: none, one, or several (ambiguous, never applied); `by` is the key that found them. */
export type Match<T> = { kind: 'none' } | { kind: 'one'; id: T; by: MatchKind } | { kind: 'ambiguous'; ids: T[]; by: MatchKind };

/** An email as a key: trimmed, lower case, without `mailto:`; none when it is no address. */
export function emailKey(email: string): string | undefined {
	const key = email
		.trim()
		.replace(/^mailto:/i, '')
		.toLowerCase();
	return key.includes('@') ? key : undefined;
}

/**
 * A LinkedIn profile as a key, `linkedin.com/in/jane-doe`: no scheme, no `www.` or country
 * subdomain (`uk.linkedin.com`), no query, fragment or trailing slash, percent-escapes read,
 * case folded (LinkedIn's own addresses ignore case). Any other address is kept whole, folded the same way.
 */
export function linkedinKey(url: string): string | undefined {
	let text = url.trim().toLowerCase();
	if (!text) return undefined;
	try {
		text = decodeURIComponent(text);
	} catch {
		// A stray `%` is part of the address as written.
	}
	text = text.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
	const query = text.search(/[?#]/);
	if (query !== -1) text = text.slice(0, query);
	// Trailing slashes by hand: `\/+$` tried again from every slash of a long run.
	let end = text.length;
	while (end > 0 && text[end - 1] === '/') end--;
	text = text.slice(0, end);
	const host = /^(?:[a-z0-9-]+\.)*linkedin\.com(?=\/|$)/.exec(text);
	if (!host) return text || undefined;
	const path = text.slice(host[0].length);
	// A profile is its `/in/<name>`; a language tail (`/in/jane-doe/en`) is the same profile.
	const profile = /^\/in\/([^/]+)/.exec(path);
	return profile ? `linkedin.com/in/${profile[1] ?? ''}` : `linkedin.com${path}`;
}

// Titles before a name, dropped while a word is left after them.
const HONORIFICS = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'professor', 'sir', 'dame', 'rev', 'fr', 'hon']);
// Credentials and generational suffixes: dropped at the end of a name, or anywhere after a comma.
const CREDENTIALS = new Set([
	'pmp',
	'mba',
	'phd',
	'cpa',
	'cfa',
	'jr',
	'sr',
	'ii',
	'iii',
	'iv',
	'esq',
	'md',
	'dds',
	'cissp',
	'csm',
	'shrm',
	'cp',
	'scp',
	'pe',
	'rn',
	'msc',
	'bsc',
	'ma',
	'ba',
	'mph',
	'llm',
	'jd',
]);
// At the end of a name without a comma only the ones no one is named: `Yun Ma` keeps its Ma.
const TRAILING = new Set(['pmp', 'mba', 'phd', 'cpa', 'cfa', 'jr', 'sr', 'ii', 'iii', 'iv', 'esq', 'cissp']);

// Letters that do not come apart into a letter and a mark.
const FOLDED: Record<string, string> = { ß: 'ss', ø: 'o', ł: 'l', æ: 'ae', œ: 'oe', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** A text's words for a name: accents and case folded, apostrophes dropped (`O'Brien` is `obrien`), other punctuation a space. */
function nameWords(text: string): string[] {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[ßøłæœđðþı]/g, (ch) => FOLDED[ch] ?? ch)
		.replace(/['’ʼ`]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.split(' ')
		.filter(Boolean);
}

/**
 * A name as a key: accents, case and punctuation folded; a title in front (`Dr.`), text in
 * brackets (`(she/her)`) and credentials after a comma or at the end (`, PMP`, `MBA`, `Jr.`,
 * `III`) left out; the words in any order (`Doe Jane` is `Jane Doe`). None when no word is left.
 */
export function nameKey(name: string): string | undefined {
	const [head = '', ...rest] = name.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ').split(',');
	const words = nameWords(head);
	// After a comma: credentials go; anything else is part of the name (`Doe, Jane`).
	for (const part of rest) {
		const more = nameWords(part);
		if (!more.every((w) => CREDENTIALS.has(w))) words.push(...more);
	}
	while (words.length > 1 && TRAILING.has(words[words.length - 1] ?? '')) words.pop();
	while (words.length > 1 && HONORIFICS.has(words[0] ?? '')) words.shift();
	return words.length ? words.sort().join(' ') : undefined;
}

// Pronouns in brackets, `(she/her)`, `[they/them]`: words of a pronoun list between slashes.
const PRONOUNS =
	/[([]\s*(?:she|her|hers|he|him|his|they|them|theirs|ze|zir|xe|xem|any)(?:\s*\/\s*(?:she|her|hers|he|him|his|they|them|theirs|ze|zir|xe|xem|any|all))+\s*[)\]]/gi;

/**
 * A name without a title in front, pronouns in brackets or credentials after a comma or at
 * the end, as written otherwise: `Dr. Jane O'Brien (she/her), PMP` is `Jane O'Brien`, while
 * `Jose Alvarez (Initech)` keeps what tells him apart. The whole name when nothing else is left.
 */
export function untitledName(name: string): string {
	return withoutTitles(name.replace(PRONOUNS, ' ')) || name.trim();
}

/**
 * A name less all `nameKey` leaves out (a title in front, text in brackets, credentials
 * after a comma or at the end): `Dr. Jane O'Brien (she/her), PMP` is `Jane O'Brien`.
 */
export function plainName(name: string): string {
	return withoutTitles(name.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ')) || name.trim();
}

function withoutTitles(name: string): string {
	const [head = '', ...rest] = name.split(',');
	const words = head.trim().split(/\s+/).filter(Boolean);
	const folded = (word: string): string => nameWords(word).join('');
	while (words.length > 1 && TRAILING.has(folded(words[words.length - 1] ?? ''))) words.pop();
	while (words.length > 1 && HONORIFICS.has(folded(words[0] ?? ''))) words.shift();
	const kept = rest.map((part) => part.trim()).filter((part) => part && !nameWords(part).every((w) => CREDENTIALS.has(w)));
	return [words.join(' '), ...kept].filter(Boolean).join(', ');
}

/** The first name to greet someone by: the first word of the name after any title. */
export function firstName(name: string): string {
	const words = name.trim().split(/\s+/);
	while (words.length > 1 && HONORIFICS.has(nameWords(words[0] ?? '').join(''))) words.shift();
	return (words[0] ?? name).replace(/,$/, '');
}

function unique(keys: (string | undefined)[]): string[] {
	return [...new Set(keys.filter((k): k is string => k !== undefined))];
}

/** A row's keys: its emails, its profile, and its name as written, as given and family name, and by its nicknames. */
export function personKeys(person: ImportedPerson): MatchKeys {
	const parts = [person.given, person.family].filter(Boolean).join(' ');
	return {
		emails: unique(person.emails.map(emailKey)),
		linkedin: person.linkedin ? linkedinKey(person.linkedin) : undefined,
		names: unique([person.name, parts, ...person.nicknames].map(nameKey)),
	};
}

/** A contact's keys: every email, the profile, the note's name and each alias. */
export function contactKeys(contact: Contact): MatchKeys {
	return {
		emails: unique(contact.emails.map(emailKey)),
		linkedin: contact.linkedin ? linkedinKey(contact.linkedin) : undefined,
		names: unique([contact.name, ...contact.aliases].map(nameKey)),
	};
}

/**
 * People by their keys. `find` tries email, then LinkedIn, then name, and the first that
 * finds anyone decides; a name never finds someone with a different LinkedIn profile, since
 * two profiles are two people (two connections called John Smith).
 */
export class PeopleByKey<T> {
	private readonly by: Record<MatchKind, Map<string, T[]>> = { email: new Map(), linkedin: new Map(), name: new Map() };
	private readonly profiles = new Map<T, string>();

	add(id: T, keys: MatchKeys): void {
		const put = (kind: MatchKind, key: string): void => {
			const ids = this.by[kind].get(key);
			if (!ids) this.by[kind].set(key, [id]);
			else if (!ids.includes(id)) ids.push(id);
		};
		for (const email of keys.emails) put('email', email);
		if (keys.linkedin) {
			put('linkedin', keys.linkedin);
			this.profiles.set(id, keys.linkedin);
		}
		for (const name of keys.names) put('name', name);
	}

	find(keys: MatchKeys): Match<T> {
		const tries: [MatchKind, string[]][] = [
			['email', keys.emails],
			['linkedin', keys.linkedin ? [keys.linkedin] : []],
			['name', keys.names],
		];
		for (const [kind, values] of tries) {
			const found: T[] = [];
			for (const value of values) for (const id of this.by[kind].get(value) ?? []) if (!found.includes(id)) found.push(id);
			const fits =
				kind === 'name' && keys.linkedin ? found.filter((id) => (this.profiles.get(id) ?? keys.linkedin) === keys.linkedin) : found;
			const [first] = fits;
			if (first === undefined) continue;
			return fits.length === 1 ? { kind: 'one', id: first, by: kind } : { kind: 'ambiguous', ids: fits, by: kind };
		}
		return { kind: 'none' };
	}
}
