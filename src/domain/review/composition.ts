// The shape of the network: active contacts by tie, level, company, tag and place; everyone
// by status; and who joined in the last 90 days.
import type { Contact, Level, Status } from '../contact';
import { addDays, type Day } from '../day';
import { compareNames } from '../links';
import type { RapportSettings, Tie } from '../settings';
import { ADDED_WITHIN_DAYS, addedOn, foldKey, type ReviewInput } from './shared';

/** A named group and how many active contacts are in it. */
export interface GroupCount {
	name: string;
	count: number;
}

export interface AddedPerson {
	name: string;
	path: string;
	added: Day;
}

export interface Composition {
	/** Active contacts: every share is of these. */
	active: number;
	tie: Record<Tie | 'unset', number>;
	level: Record<Level | 'unset', number>;
	/** Every contact, whatever their status. */
	status: Record<Status, number>;
	/** Largest first, then by name; a name spelt two ways ("Acme", "ACME") is one group, named as first met in name order. */
	company: GroupCount[];
	tag: GroupCount[];
	location: GroupCount[];
	/** Active contacts with none. */
	noCompany: number;
	noLocation: number;
	/** Contacts of any status who joined in the last `ADDED_WITHIN_DAYS` days, newest first. */
	added: AddedPerson[];
}

/** Counts by name, case and accents aside; the first spelling seen names the group. */
export class Groups {
	private readonly groups = new Map<string, GroupCount>();
	add(name: string): void {
		const key = foldKey(name);
		if (!key) return;
		const group = this.groups.get(key);
		if (group) group.count++;
		else this.groups.set(key, { name, count: 1 });
	}
	sorted(): GroupCount[] {
		return [...this.groups.values()].sort((a, b) => b.count - a.count || compareNames(a.name, b.name));
	}
}

export function composition(input: ReviewInput, today: Day, settings: RapportSettings): Composition {
	const tie = { strong: 0, medium: 0, weak: 0, unset: 0 };
	const level = { senior: 0, peer: 0, junior: 0, unset: 0 };
	const status = { active: 0, dormant: 0, archived: 0 };
	const companies = new Groups();
	const tags = new Groups();
	const locations = new Groups();
	let noCompany = 0;
	let noLocation = 0;
	const added: AddedPerson[] = [];
	const since = addDays(today, -ADDED_WITHIN_DAYS);
	// The tags that make a note a contact say nothing about the person.
	const contactTags = new Set(settings.contactTags.map(foldKey));
	for (const contact of input.contacts()) {
		status[contact.status]++;
		const joined = addedOn(contact, input.timeline(contact.path), input);
		if (joined !== undefined && joined > since && joined <= today) added.push({ name: contact.name, path: contact.path, added: joined });
		if (contact.status !== 'active') continue;
		tie[contact.tie ?? 'unset']++;
		level[contact.level ?? 'unset']++;
		if (contact.company) companies.add(contact.company);
		else noCompany++;
		if (contact.location) locations.add(contact.location);
		else noLocation++;
		for (const tag of personTags(contact, contactTags)) tags.add(tag);
	}
	added.sort((a, b) => b.added - a.added || compareNames(a.name, b.name));
	return {
		active: status.active,
		tie,
		level,
		status,
		company: companies.sorted(),
		tag: tags.sorted(),
		location: locations.sorted(),
		noCompany,
		noLocation,
		added,
	};
}

/** A contact's own tags, each once, without the ones that only mark them as a contact (`contact`, `contact/work`). */
export function personTags(contact: Contact, contactTags: ReadonlySet<string>): string[] {
	const seen = new Set<string>();
	return contact.tags.filter((tag) => {
		const key = foldKey(tag);
		const root = key.split('/')[0] ?? key;
		if (contactTags.has(key) || contactTags.has(root) || seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
