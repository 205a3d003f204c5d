// Contacts as the people an export writes: the fields an import reads, taken back from the
// notes, so exporting a vault and importing the file elsewhere gives the same contacts.
import type { Contact } from '../contact';
import { formatDay, type Day } from '../day';
import { findSection } from '../noteSections';
import { frontmatterOf } from '../noteProperties';
import { splitNote } from '../noteText';
import type { RapportSettings } from '../settings';
import type { ImportedPerson } from './types';
import { plainName } from './match';

/** A person for the vCard writer: what an import reads, without a row in a file. */
export type PersonToExport = Omit<ImportedPerson, 'row'>;

/** Who is exported: active and dormant contacts. Archived ones are filed away, and stay out of a phone's address book. */
export function exported(contact: Contact): boolean {
	return contact.status !== 'archived';
}

/**
 * A contact as a person to export: the note's name, aliases as nicknames, every email and
 * phone, company, role, LinkedIn, birthday, the day you connected, tags (the contact tag
 * itself aside: in a phone it would label everyone), and the words under `## Notes`.
 */
export function personToExport(contact: Contact, settings: RapportSettings, noteText?: string): PersonToExport {
	const contactTags = settings.contactTags.map((t) => t.toLowerCase());
	const tags = contact.tags.filter((tag) => !contactTags.some((t) => tag.toLowerCase() === t || tag.toLowerCase().startsWith(`${t}/`)));
	const b = contact.birthday;
	const pad = (n: number): string => String(n).padStart(2, '0');
	const birthday = b && `${b.year === undefined ? '' : `${String(b.year).padStart(4, '0')}-`}${pad(b.month)}-${pad(b.day)}`;
	const note = noteText === undefined ? undefined : notesOf(noteText);
	const name = personalName(contact);
	return {
		name,
		...nameOf(name),
		nicknames: contact.aliases.filter((a) => a !== name),
		emails: contact.emails,
		phones: contact.phones,
		tags,
		...(contact.linkedin ? { linkedin: contact.linkedin } : {}),
		...(contact.company ? { company: contact.company } : {}),
		...(contact.role ? { role: contact.role } : {}),
		...(birthday ? { birthday } : {}),
		...(contact.connected ? { connected: contact.connected } : {}),
		...(note ? { note } : {}),
	};
}

/**
 * The person's name, not their note's: a note named `Raj Malhotra 2` beside another Raj
 * Malhotra's, with the alias `Raj Malhotra` (as an import makes it), is Raj Malhotra.
 */
function personalName(contact: Contact): string {
	const numbered = / \d+$/.exec(contact.name);
	const plain = numbered && contact.name.slice(0, numbered.index);
	return plain && contact.aliases.includes(plain) ? plain : contact.name;
}

/**
 * Given and family name for a card's `N`, from the note's name without a title or
 * credentials: `Doe, Jane` as family then given, else the last word as the family name.
 */
function nameOf(name: string): { given?: string; family?: string } {
	const plain = plainName(name);
	const comma = plain.indexOf(',');
	const words = plain.split(' ').filter(Boolean);
	const [given, family] =
		comma > 0
			? [plain.slice(comma + 1).trim(), plain.slice(0, comma).trim()]
			: [words.slice(0, -1).join(' '), words[words.length - 1] ?? ''];
	return { ...(given ? { given } : {}), ...(family ? { family } : {}) };
}

/** The words under a note's `## Notes` heading, as an import put them there (a `\#` it escaped read back as `#`). */
export function notesOf(text: string): string | undefined {
	const note = splitNote(text);
	const section = findSection(note, (heading) => heading.trim().toLowerCase() === 'notes');
	const fm = frontmatterOf(note);
	if (!section || (fm && section.heading <= fm.close)) return undefined;
	const words = note.lines
		.slice(section.content, section.end)
		.map((line) => line.text.replace(/^(\s{0,3})\\#/, '$1#'))
		.join('\n')
		.trim();
	return words || undefined;
}

/**
 * Where the plugin's export goes: `Rapport contacts 2026-12-03.vcf` in the vault's root, or
 * with ` 2`, ` 3` … before the extension when that name is taken; never over a file.
 */
export function exportFileName(today: Day, exists: (path: string) => boolean): string {
	const stem = `Rapport contacts ${formatDay(today)}`;
	if (!exists(`${stem}.vcf`)) return `${stem}.vcf`;
	for (let n = 2; ; n++) if (!exists(`${stem} ${n}.vcf`)) return `${stem} ${n}.vcf`;
}
