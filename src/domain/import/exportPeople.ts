// Who an export writes: every contact as the vCard writer takes them, from what the index
// read (name, company, role, birthday, aliases, tags) and the note's own properties for what
// it keeps only the first of (every email) or does not read at all (phone numbers). Both
// hosts call this, so the plugin's command and `rapport export vcard` write the same file.
import type { Contact } from '../contact';
import { formatDay, parseIsoDay, type Day } from '../day';
import { DEFAULT_KEYS, type FieldKeys } from '../settings';
import type { ExportPerson } from './vcardWrite';

/** A note's properties by path, as the host's cache or files hold them; undefined when it has none. */
export type PropertiesOf = (path: string) => Record<string, unknown> | undefined;

/** The property phone numbers are kept in: what an import writes, and what the settings' first-run survey looks for. */
export const PHONE_KEY = 'phone';

/**
 * Everyone, in the order given, as the vCard writer takes them. `keys` are the settings'
 * property names (the index already read the rest by them); the defaults when left out.
 */
export function exportPeople(contacts: readonly Contact[], props: PropertiesOf, keys: FieldKeys = DEFAULT_KEYS): ExportPerson[] {
	return contacts.map((contact) => exportPerson(contact, props(contact.path) ?? {}, keys));
}

function exportPerson(contact: Contact, fm: Record<string, unknown>, keys: FieldKeys): ExportPerson {
	const person: ExportPerson = {
		name: contact.name,
		nicknames: [...contact.aliases],
		// The index keeps the first email; a list in the note gives the others too.
		emails: unique([contact.email, ...texts(fm[keys.email])]),
		phones: unique(texts(fm[PHONE_KEY])),
		tags: [...contact.tags],
	};
	if (contact.linkedin) person.linkedin = contact.linkedin;
	if (contact.company) person.company = contact.company;
	if (contact.role) person.role = contact.role;
	const birthday = contact.birthday;
	if (birthday) person.birthday = birthday.year === undefined ? monthDay(birthday.month, birthday.day) : isoDay(birthday);
	// Only a real day: `connected` as someone typed it by hand may be anything.
	const connected = contact.connected === undefined ? undefined : parseIsoDay(contact.connected);
	if (connected !== undefined) person.connected = formatDay(connected);
	if (contact.tie) person.tie = contact.tie;
	return person;
}

/** A property's texts: one value or a list, numbers as written (a phone number YAML read as one). */
function texts(value: unknown): string[] {
	const values: unknown[] = Array.isArray(value) ? value : [value];
	return values.flatMap((v) => (typeof v === 'string' ? [v.trim()] : typeof v === 'number' ? [String(v)] : [])).filter(Boolean);
}

function unique(values: readonly (string | undefined)[]): string[] {
	const seen = new Set<string>();
	const kept: string[] = [];
	for (const value of values) {
		const key = value?.trim().toLowerCase();
		if (!value || !key || seen.has(key)) continue;
		seen.add(key);
		kept.push(value.trim());
	}
	return kept;
}

function monthDay(month: number, day: number): string {
	return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function isoDay(birthday: { year?: number; month: number; day: number }): string {
	return `${String(birthday.year).padStart(4, '0')}-${monthDay(birthday.month, birthday.day)}`;
}

/**
 * Where an export goes: `Rapport contacts 2026-12-03.vcf` in the vault's root, or with
 * ` 2`, ` 3` … before the extension when that name is taken; never over a file.
 */
export function exportFileName(today: Day, exists: (path: string) => boolean): string {
	const stem = `Rapport contacts ${formatDay(today)}`;
	if (!exists(`${stem}.vcf`)) return `${stem}.vcf`;
	for (let n = 2; ; n++) if (!exists(`${stem} ${n}.vcf`)) return `${stem} ${n}.vcf`;
}
