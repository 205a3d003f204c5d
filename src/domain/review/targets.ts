// Targets and gaps: for each company and field (tag) you are heading toward, who you know
// there; where nobody, a gap, with who might introduce you.
import type { Contact } from '../contact';
import type { Day } from '../day';
import { WIKILINK, baseName, compareNames, linkTarget } from '../links';
import type { RapportSettings } from '../settings';
import { foldKey, type ReviewInput } from './shared';
import { isThere, whoIsThere, type KnownPerson, type WhoQuery } from './who';

export interface Introducer {
	name: string;
	path: string;
	/** Why they might: "used to work there", "introduced by Ana Ruiz, there", "met at [[Stripe Sessions]]". */
	why: string;
}

export interface Target {
	kind: 'company' | 'tag';
	name: string;
	/** No one there. */
	gap: boolean;
	people: KnownPerson[];
	/** For a gap: contacts who might introduce you, in name order; empty otherwise. */
	introducers: Introducer[];
}

export function targets(input: ReviewInput, today: Day, settings: RapportSettings): Target[] {
	const queries: WhoQuery[] = [
		...settings.targetCompanies.map((name): WhoQuery => ({ kind: 'company', name })),
		...settings.targetTags.map((name): WhoQuery => ({ kind: 'tag', name })),
	];
	return queries.map((query) => {
		const people = whoIsThere(input, query, today);
		const gap = people.length === 0;
		return {
			kind: query.kind as 'company' | 'tag',
			name: query.name,
			gap,
			people,
			introducers: gap ? introducers(input, query) : [],
		};
	});
}

/**
 * Who might introduce you where you know no one: a contact (not archived) who used to work
 * there (`previous_companies` or `companies`), or whose `introduced_by`, `met` or an
 * interaction line links someone there (a contact there, even an archived one) or the place
 * itself (a note named as the company or tag, `[[Stripe]]`).
 */
export function introducers(input: ReviewInput, query: WhoQuery): Introducer[] {
	const wanted = foldKey(query.name.replace(/^#/, ''));
	const linksThere = (raw: string): boolean => {
		const target = linkTarget(raw);
		if (foldKey(baseName(target)) === wanted) return true;
		const person = input.resolve(target);
		return person !== undefined && isThere(person, query);
	};
	const found: Introducer[] = [];
	for (const contact of input.contacts()) {
		if (contact.status === 'archived') continue;
		const why = whyIntroducer(contact, query, wanted, linksThere);
		if (why) found.push({ name: contact.name, path: contact.path, why });
	}
	return found.sort((a, b) => compareNames(a.name, b.name));
}

function whyIntroducer(contact: Contact, query: WhoQuery, wanted: string, linksThere: (raw: string) => boolean): string | undefined {
	if (query.kind === 'company' && contact.previousCompanies.some((company) => foldKey(company) === wanted))
		return `used to work at ${query.name}`;
	if (contact.introducedBy && linksThere(contact.introducedBy)) return `introduced by [[${contact.introducedBy}]]`;
	if (contact.met && linksThere(contact.met)) return `met at [[${contact.met}]]`;
	for (const interaction of contact.interactions)
		for (const match of interaction.summary.matchAll(WIKILINK))
			if (!match[1] && linksThere(match[2] ?? '')) return `mentioned [[${linkTarget(match[2] ?? '')}]] on a ${interaction.kind}`;
	return undefined;
}
