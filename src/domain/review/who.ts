// "Who do I know at … / in …": the people at a company, with a tag, or in a place, strongest
// tie first. Names are matched case and accents aside.
import type { Contact, Status } from '../contact';
import type { Day } from '../day';
import { compareNames } from '../links';
import { closeNames } from '../words';
import type { Tie } from '../settings';
import { foldKey, lastContactOf, type ReviewInput } from './shared';

export type WhoKind = 'company' | 'tag' | 'location';

export interface WhoQuery {
	kind: WhoKind;
	name: string;
}

export interface KnownPerson {
	name: string;
	path: string;
	tie?: Tie;
	role?: string;
	company?: string;
	status: Status;
	lastContact?: Day;
}

const TIE_RANK: Record<Tie, number> = { strong: 0, medium: 1, weak: 2 };

/**
 * Whether a contact is there: their company is the name; one of their tags is the tag or
 * below it (`devtools` finds `devtools/rust`); their location, or a part of it between
 * commas, is the place (`Lisbon` finds `Lisbon, Portugal`).
 */
export function isThere(contact: Contact, query: WhoQuery): boolean {
	const wanted = foldKey(query.kind === 'tag' ? query.name.replace(/^#/, '') : query.name);
	if (!wanted) return false;
	if (query.kind === 'company') return contact.company !== undefined && foldKey(contact.company) === wanted;
	if (query.kind === 'tag')
		return contact.tags.some((tag) => {
			const key = foldKey(tag);
			return key === wanted || key.startsWith(`${wanted}/`);
		});
	const place = contact.location ?? '';
	return foldKey(place) === wanted || place.split(',').some((part) => foldKey(part) === wanted);
}

/** The people there, archived ones left out: strongest tie first, then the most recently in touch, then by name. */
export function whoIsThere(input: ReviewInput, query: WhoQuery, today: Day): KnownPerson[] {
	const found: KnownPerson[] = [];
	for (const contact of input.contacts()) {
		if (contact.status === 'archived' || !isThere(contact, query)) continue;
		found.push(knownPerson(contact, lastContactOf(input.timeline(contact.path), today)));
	}
	return found.sort(byTieThenRecent);
}

/** Strongest tie first, then the most recently in touch, then by name. */
export function byTieThenRecent(a: KnownPerson, b: KnownPerson): number {
	return (
		(a.tie ? TIE_RANK[a.tie] : 3) - (b.tie ? TIE_RANK[b.tie] : 3) ||
		(b.lastContact ?? -Infinity) - (a.lastContact ?? -Infinity) ||
		compareNames(a.name, b.name)
	);
}

export function knownPerson(contact: Contact, lastContact: Day | undefined): KnownPerson {
	const { name, path, tie, role, company, status } = contact;
	return { name, path, tie, role, company, status, lastContact };
}

/** A company, tag or place someone in the vault is at, and how many are (archived people aside). */
export interface Place extends WhoQuery {
	count: number;
}

/**
 * Every company, tag and place known in the vault, for "Who do I know at…" to offer: a
 * location's parts between commas each ("Lisbon, Portugal" is Lisbon and Portugal), the
 * tags that only mark a contact left out. Most people first, then by name; a name spelt two
 * ways is one, named as first met.
 */
export function knownPlaces(input: ReviewInput, contactTags: readonly string[]): Place[] {
	const places = new Map<string, Place>();
	const marking = new Set(contactTags.map(foldKey));
	const add = (kind: WhoKind, name: string, seen: Set<string>): void => {
		const key = `${kind}:${foldKey(name)}`;
		if (!foldKey(name) || seen.has(key)) return;
		seen.add(key);
		const place = places.get(key);
		if (place) place.count++;
		else places.set(key, { kind, name, count: 1 });
	};
	for (const contact of input.contacts()) {
		if (contact.status === 'archived') continue;
		const seen = new Set<string>();
		if (contact.company) add('company', contact.company.trim(), seen);
		for (const tag of contact.tags) {
			const key = foldKey(tag);
			if (!marking.has(key) && !marking.has(key.split('/')[0] ?? key)) add('tag', tag, seen);
		}
		for (const part of (contact.location ?? '').split(',')) add('location', part.trim(), seen);
	}
	return [...places.values()].sort((a, b) => b.count - a.count || compareNames(a.name, b.name));
}

/**
 * The places whose name holds what was typed (`#` asks for tags only); where none does, the
 * ones "did you mean …?" would offer for it, so a typo (`Stirpe`) still finds Stripe.
 */
export function placesMatching(places: readonly Place[], typed: string): Place[] {
	const tagOnly = typed.trim().startsWith('#');
	const wanted = foldKey(typed.replace(/^\s*#/, ''));
	const kinds = places.filter((p) => !tagOnly || p.kind === 'tag');
	const holding = kinds.filter((p) => foldKey(p.name).includes(wanted));
	if (holding.length > 0 || !wanted) return holding;
	const close = closeNames(wanted, kinds);
	return close.flatMap((name) => kinds.filter((p) => p.name === name));
}

/** The companies, tags or places of the query's kind, close to a query nobody answers to: what "did you mean …?" offers. */
export function closePlaces(input: ReviewInput, query: WhoQuery, contactTags: readonly string[]): string[] {
	const known = knownPlaces(input, contactTags).filter((p) => p.kind === query.kind);
	return closeNames(query.name.replace(/^#/, ''), known);
}
