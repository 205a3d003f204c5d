// Introducers kept between reviews. They are the one figure read across contacts: a link in
// one person's note to someone at a target company. So each link is looked up once and
// remembered with the contact it reaches; after an edit, a link is looked up again only
// when a changed contact claims, or claimed, its name (by path, name or alias). Only
// contacts claim link names, a link reaches a contact only through a name it claims, and
// the index counts both the old and the new claimant as changed. Everyone with such a
// link, and every changed contact, is then weighed again; the others keep their reasons.
import type { Contact } from '../contact';
import { baseName, compareNames, linkKey, linkTarget } from '../links';
import { foldKey, type ReviewInput } from './shared';
import { Sorted } from './sorted';
import { introducerLinks, whyIntroducer, type Introducer, type IntroducerLink } from './targets';
import { isThere, type WhoQuery } from './who';

/** One contact as the introducers read them. */
interface Person {
	contact: Contact;
	rank: number;
	/** Not archived: the links that might make them an introducer. */
	links: readonly IntroducerLink[];
	/** Per query: whether they are there (archived or not: a link to them still counts). */
	at: boolean[];
	/** Per query: why they might introduce you, when they might. */
	why: (string | undefined)[];
}

/** A link as written, and where it goes. */
interface Link {
	/** Its target's name, folded: a link to the company's or field's own note counts. */
	folded: string;
	owner?: string;
}

export class KeptIntroducers {
	private readonly wanted: string[];
	private readonly people = new Map<string, Person>();
	private readonly links = new Map<string, Link>();
	/** Link key → the links (as written) with that key. */
	private readonly byKey = new Map<string, Set<string>>();
	/** Link as written → the contacts whose notes have it. */
	private readonly linkers = new Map<string, Set<string>>();
	private readonly lists: Sorted<Person>[];

	constructor(
		private readonly input: ReviewInput,
		private readonly queries: readonly WhoQuery[],
	) {
		this.wanted = queries.map((query) => foldKey(query.name.replace(/^#/, '')));
		this.lists = queries.map(() => new Sorted<Person>((a, b) => compareNames(a.contact.name, b.contact.name) || a.rank - b.rank));
	}

	/** Every contact with its place in name order, when the review is worked out afresh. */
	fill(contacts: Iterable<{ contact: Contact; rank: number }>): void {
		for (const { contact, rank } of contacts) this.enter(contact, rank);
		for (const person of this.people.values()) this.place(person);
		for (const list of this.lists) list.settle();
	}

	/** After these contacts changed (each still there, in its place in name order). */
	update(changed: readonly { contact: Contact; rank: number }[]): void {
		const again = new Set<string>();
		const lookAgain = new Set<string>();
		const claimed = (contact: Contact): void => {
			for (const key of claimKeys(contact)) for (const raw of this.byKey.get(key) ?? []) lookAgain.add(raw);
		};
		for (const { contact } of changed) {
			const was = this.people.get(contact.path);
			if (was) {
				this.unplace(was);
				this.leave(was);
				claimed(was.contact);
			}
			claimed(contact);
		}
		for (const { contact, rank } of changed) this.enter(contact, rank);
		for (const raw of lookAgain) {
			this.lookUp(raw);
			for (const path of this.linkers.get(raw) ?? []) again.add(path);
		}
		const changedPaths = new Set(changed.map(({ contact }) => contact.path));
		for (const path of again) {
			const person = this.people.get(path);
			if (person && !changedPaths.has(path)) this.unplace(person);
		}
		for (const path of new Set([...changedPaths, ...again])) {
			const person = this.people.get(path);
			if (person) this.place(person);
		}
	}

	/** The introducers for the query at this index, in name order. */
	of(query: number): Introducer[] {
		return this.lists[query]?.shownAs(({ contact, why }) => ({ name: contact.name, path: contact.path, why: why[query] ?? '' })) ?? [];
	}

	private enter(contact: Contact, rank: number): void {
		const links = contact.status === 'archived' ? [] : introducerLinks(contact);
		const at = this.queries.map((query) => isThere(contact, query));
		this.people.set(contact.path, { contact, rank, links, at, why: [] });
		for (const { raw } of links) {
			add(this.linkers, raw, contact.path);
			if (!this.links.has(raw)) this.lookUp(raw);
		}
	}

	private leave(person: Person): void {
		for (const { raw } of person.links) this.linkers.get(raw)?.delete(person.contact.path);
	}

	/** Where a link goes now. */
	private lookUp(raw: string): void {
		const target = linkTarget(raw);
		const was = this.links.get(raw);
		if (!was) add(this.byKey, linkKey(target), raw);
		this.links.set(raw, { folded: was?.folded ?? foldKey(baseName(target)), owner: this.input.resolve(target)?.path });
	}

	private reaches(raw: string, query: number): boolean {
		const link = this.links.get(raw);
		if (!link) return false;
		if (link.folded === this.wanted[query]) return true;
		return link.owner !== undefined && (this.people.get(link.owner)?.at[query] ?? false);
	}

	private place(person: Person): void {
		const { contact, links } = person;
		person.why = this.queries.map((query, q) =>
			contact.status === 'archived' ? undefined : whyIntroducer(contact, links, query, this.wanted[q] ?? '', (raw) => this.reaches(raw, q)),
		);
		person.why.forEach((why, q) => {
			if (why !== undefined) this.lists[q]?.add(person);
		});
	}

	private unplace(person: Person): void {
		person.why.forEach((why, q) => {
			if (why !== undefined) this.lists[q]?.remove(person);
		});
	}
}

/** The link keys a contact answers to: its path, its name and its aliases. */
function claimKeys(contact: Contact): string[] {
	const names = [baseName(contact.path), ...contact.aliases].map((name) => name.toLowerCase());
	return [...new Set([linkKey(contact.path), ...names, ...names.map(linkKey)])];
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
	const set = map.get(key);
	if (set) set.add(value);
	else map.set(key, new Set([value]));
}
