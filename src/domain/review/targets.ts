// Targets and gaps: for each company and field (tag) you are heading toward, who you know
// there; where nobody, a gap, with who might introduce you.
import type { Contact } from '../contact';
import { WIKILINK, baseName, compareNames, linkTarget } from '../links';
import type { RapportSettings } from '../settings';
import { foldKey, type ReviewInput } from './shared';
import { isThere, type KnownPerson, type WhoQuery } from './who';

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

/** The companies, then the fields, you are heading toward. */
export function targetQueries(settings: RapportSettings): WhoQuery[] {
	return [
		...settings.targetCompanies.map((name): WhoQuery => ({ kind: 'company', name })),
		...settings.targetTags.map((name): WhoQuery => ({ kind: 'tag', name })),
	];
}

/** A target with the people there; introducers are looked for only where there is nobody. */
export function targetOf(query: WhoQuery, people: KnownPerson[], introducersThere: () => Introducer[]): Target {
	const gap = people.length === 0;
	return { kind: query.kind as 'company' | 'tag', name: query.name, gap, people, introducers: gap ? introducersThere() : [] };
}

/**
 * Who might introduce you where you know no one: a contact (not archived) who used to work
 * there (`previous_companies` or `companies`), or whose `introduced_by`, `met` or an
 * interaction line links someone there (a contact there, even an archived one) or the place
 * itself (a note named as the company or tag, `[[Stripe]]`).
 */
export function introducers(input: ReviewInput, query: WhoQuery): Introducer[] {
	const wanted = foldKey(query.name.replace(/^#/, ''));
	// Many people link the same few notes: each is looked up once.
	const there = new Map<string, boolean>();
	const linksThere = (raw: string): boolean => {
		let found = there.get(raw);
		if (found === undefined) {
			const target = linkTarget(raw);
			const person = foldKey(baseName(target)) === wanted ? undefined : input.resolve(target);
			found = person === undefined ? foldKey(baseName(target)) === wanted : isThere(person, query);
			there.set(raw, found);
		}
		return found;
	};
	const found: Introducer[] = [];
	for (const contact of input.contacts()) {
		if (contact.status === 'archived') continue;
		const why = whyIntroducer(contact, introducerLinks(contact), query, wanted, linksThere);
		if (why) found.push({ name: contact.name, path: contact.path, why });
	}
	return found.sort((a, b) => compareNames(a.name, b.name));
}

/** A link that might make someone an introducer, and the reason it would give. */
export interface IntroducerLink {
	raw: string;
	why: string;
}

/** The links that might make a contact an introducer, in the order they are tried: `introduced_by`, `met`, then the interaction lines'. */
export function introducerLinks(contact: Contact): IntroducerLink[] {
	const links: IntroducerLink[] = [];
	if (contact.introducedBy) links.push({ raw: contact.introducedBy, why: `introduced by [[${contact.introducedBy}]]` });
	if (contact.met) links.push({ raw: contact.met, why: `met at [[${contact.met}]]` });
	for (const interaction of contact.interactions)
		for (const match of interaction.summary.matchAll(WIKILINK))
			if (!match[1]) links.push({ raw: match[2] ?? '', why: `mentioned [[${linkTarget(match[2] ?? '')}]] on a ${interaction.kind}` });
	return links;
}

/** Why a contact might introduce you there, given whether each link reaches there; undefined when they might not. */
export function whyIntroducer(
	contact: Contact,
	links: readonly IntroducerLink[],
	query: WhoQuery,
	wanted: string,
	linksThere: (raw: string) => boolean,
): string | undefined {
	const former = query.kind === 'company' ? contact.previousCompanies.find((company) => foldKey(company) === wanted) : undefined;
	if (former !== undefined) return `used to work at ${former}`;
	return links.find((link) => linksThere(link.raw))?.why;
}
