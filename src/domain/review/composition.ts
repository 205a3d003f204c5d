// The shape of the network: active contacts by tie, level, company, tag and place; everyone
// by status; and who joined in the last 90 days.
import type { Contact, Level, Status } from '../contact';
import type { Day } from '../day';
import { compareNames } from '../links';
import type { Tie } from '../settings';
import { foldKey } from './shared';

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
