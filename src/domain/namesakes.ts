// Contacts with one name told apart, by one rule both hosts use: the CLI's lists and the
// plugin's queue, review, triage and "Who do I know at…" name a contact the same way.
import { compareNames } from './links';

/**
 * How a contact is named in any list of people (`namesakeLabels` over the vault's
 * contacts): the name, or for a name two or more contacts share, the name and a bracket.
 */
export type NameLabel = (name: string, path: string) => string;

interface Person {
	name: string;
	path: string;
	company?: string;
}

/**
 * The name each contact shows as, told from `people`, the vault's contacts (so a name is
 * told apart whether or not its namesake is in the list shown): two or more contacts with
 * one name are each followed, in brackets, by their company when every one of them has a
 * company of its own, else by their note's path (which the CLI's `--contact` takes). The
 * same path twice is one person, no namesake.
 */
export function namesakeLabels(people: readonly Person[]): NameLabel {
	// Each name's contacts, by note path, with their company.
	const named = new Map<string, Map<string, string | undefined>>();
	for (const person of people) {
		const paths = named.get(person.name) ?? new Map<string, string | undefined>();
		const company = person.company?.trim() || undefined;
		if (!paths.has(person.path) || paths.get(person.path) === undefined) paths.set(person.path, company);
		named.set(person.name, paths);
	}
	const byCompany = new Set<string>();
	for (const [name, paths] of named) {
		const companies = [...paths.values()];
		// Acme and ACME are one company: compared as names are sorted, case and accents aside.
		const apart = companies.every(
			(company, i) =>
				company !== undefined && companies.slice(0, i).every((other) => other === undefined || compareNames(other, company) !== 0),
		);
		if (paths.size > 1 && apart) byCompany.add(name);
	}
	return (name, path) => {
		const paths = named.get(name);
		if (!paths || paths.size < 2) return name;
		return `${name} (${byCompany.has(name) ? (paths.get(path) ?? '') : path})`;
	};
}

/** The name a queue row shows, namesakes told apart; a row for several people names each. */
export function rowName(item: { name: string; path: string; people?: readonly { name: string; path: string }[] }, told: NameLabel): string {
	return (item.people ?? [item]).map((person) => told(person.name, person.path)).join(', ');
}
