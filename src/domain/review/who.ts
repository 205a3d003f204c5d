// "Who do I know at … / in …": the people at a company, with a tag, or in a place, strongest
// tie first. Names are matched case and accents aside.
import type { Contact, Status } from '../contact';
import type { Day } from '../day';
import { compareNames } from '../links';
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
	return found.sort(
		(a, b) =>
			(a.tie ? TIE_RANK[a.tie] : 3) - (b.tie ? TIE_RANK[b.tie] : 3) ||
			(b.lastContact ?? -Infinity) - (a.lastContact ?? -Infinity) ||
			compareNames(a.name, b.name),
	);
}

function knownPerson(contact: Contact, lastContact: Day | undefined): KnownPerson {
	const { name, path, tie, role, company, status } = contact;
	return { name, path, tie, role, company, status, lastContact };
}
