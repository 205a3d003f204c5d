// An import's plan: each row read from a file matched to the contacts already there (by
// email, then LinkedIn profile, then name: match.ts) and turned into a note to make, a
// contact to fill in, a company or role change to offer, an ambiguous row, or a skipped one.
// Nothing is written here; the import action writes what the user keeps of the plan.
import { FIXED_KEYS, type Birthday, type Contact } from '../contact';
import { isTag } from '../contactWrites';
import { contactDisplayName, newContactFolder, personNoteName } from '../newContact';
import { trimSlashes, type RapportSettings } from '../settings';
import { contactKeys, emailKey, firstName, linkedinKey, PeopleByKey, personKeys, type Match } from './match';
import {
	recordName,
	type FieldValue,
	type ImportedPerson,
	type ImportOptions,
	type ImportPlan,
	type KeptValue,
	type ParsedImport,
	type PlannedChange,
	type PlannedNote,
} from './types';

/**
 * What the plan is made against: the contacts there are, and whether anything (a note, a
 * folder, another file) is at a path, for free file names. The plan also keeps clear of
 * each contact's path and its own new ones in any case; `exists` answers as the host can.
 */
export interface ImportWorld {
	contacts: readonly Contact[];
	exists(path: string): boolean;
	/** Why a note at the path can't be read ("is not UTF-8 text …"), when the host can say. */
	unreadable?(path: string): string | undefined;
}

/** The folder new notes go to: the one asked for, else the new-contact folder from settings. */
export function importFolder(options: ImportOptions, settings: RapportSettings): string {
	return trimSlashes(options.folder.trim()) || newContactFolder(settings);
}

/** Why a folder can't take imported notes (outside the vault), or undefined. */
export function importFolderProblem(folder: string): string | undefined {
	if (/^([a-zA-Z]:)?[\\/]/.test(folder) || folder.split(/[\\/]/).some((step) => step === '..'))
		return `the folder '${folder}' is outside the vault`;
	return undefined;
}

/** The keys whose values are lists an import adds to (aliases, tags), never replaces. */
export function addedListKeys(settings: RapportSettings): ReadonlySet<string> {
	return new Set([settings.keys.aliases, FIXED_KEYS.tags]);
}

/**
 * The plan. A row the same person as an earlier row (by the same keys, and by name only
 * when nothing tells the two apart) is skipped as its duplicate; a row that finds one
 * contact fills it in; several, it is ambiguous; none, a new note with a free, safe file
 * name in the folder. On an existing contact, aliases and
 * tags gain what they lack, and every other field is set only when empty, or with
 * `overwrite` when it differs (without, the plan lists it as kept); a company or role that differs from the one the contact has
 * is never overwritten but listed as a change, which the user takes or leaves.
 */
export function planImport(parsed: ParsedImport, world: ImportWorld, settings: RapportSettings, options: ImportOptions): ImportPlan {
	const plan: ImportPlan = {
		format: parsed.format,
		create: [],
		update: [],
		changes: [],
		ambiguous: [],
		skipped: [...parsed.skipped],
		leftOut: [],
		kept: [],
	};
	const folder = importFolder(options, settings);
	const outside = importFolderProblem(folder);
	const contacts = new PeopleByKey<Contact>();
	for (const contact of world.contacts) contacts.add(contact, contactKeys(contact));
	const rows = new PeopleByKey<number>();
	const byRow = new Map<number, ImportedPerson>();
	// Who each contact was matched by first: a second row that finds them is the same person again.
	const matched = new Map<string, number>();
	const taken = new FreeNames(world, folder);

	for (const person of [...parsed.people].sort((a, b) => a.row - b.row)) {
		const keys = personKeys(person);
		if (!keys.names.length && !keys.emails.length && !keys.linkedin) {
			plan.skipped.push({ row: person.row, reason: 'no name' });
			continue;
		}
		const earlier = sameEarlierRows(rows.find(keys), person, byRow);
		if (earlier.length > 0) {
			plan.skipped.push({ row: person.row, reason: `a duplicate of ${recordName(parsed.format, Math.min(...earlier))}` });
			continue;
		}
		rows.add(person.row, keys);
		byRow.set(person.row, person);
		const match = contacts.find(keys);
		if (match.kind === 'ambiguous') {
			plan.ambiguous.push({ row: person.row, name: person.name, candidates: match.ids.map((c) => c.path).sort() });
		} else if (match.kind === 'one') {
			const row = matched.get(match.id.path);
			if (row !== undefined) {
				plan.skipped.push({ row: person.row, reason: `a duplicate of ${recordName(parsed.format, row)} (both are ${match.id.path})` });
				continue;
			}
			matched.set(match.id.path, person.row);
			const { fields, changes, kept } = planUpdate(person, match.id, settings, options.overwrite);
			if (Object.keys(fields).length) plan.update.push({ row: person.row, name: person.name, path: match.id.path, fields });
			plan.changes.push(...changes);
			plan.kept.push(...kept);
		} else if (outside) {
			plan.skipped.push({ row: person.row, reason: `${outside}; no note can be made there` });
		} else {
			const file = personNoteName(person.name);
			if (!file) {
				plan.skipped.push({ row: person.row, reason: `'${person.name}' has no characters a file name can use` });
				continue;
			}
			// A note by their name that Rapport can't read may be them: no second note beside it.
			const own = `${folder ? `${folder}/` : ''}${file}.md`;
			const unreadable = world.unreadable?.(own);
			if (unreadable) {
				plan.skipped.push({ row: person.row, reason: `${own} is there but ${unreadable}; fix it, then import again` });
				continue;
			}
			plan.create.push(plannedNote(person, taken.claim(file), settings));
		}
	}
	// Nothing of a skipped or ambiguous row is imported, so no field of it is said to be left out.
	const notImported = new Set([...plan.skipped, ...plan.ambiguous].map((item) => item.row));
	plan.leftOut = parsed.leftOut.filter((item) => !notImported.has(item.row));
	const lists = [plan.create, plan.update, plan.changes, plan.ambiguous, plan.skipped, plan.leftOut, plan.kept];
	for (const list of lists) list.sort((a, b) => a.row - b.row);
	return plan;
}

/**
 * The earlier rows a row repeats. By email or LinkedIn profile, every one found; by name,
 * only those that don't tell the two apart: two John Smiths with other emails or other
 * companies are two people (other profiles, `PeopleByKey` never finds by name).
 */
function sameEarlierRows(found: Match<number>, person: ImportedPerson, byRow: ReadonlyMap<number, ImportedPerson>): number[] {
	if (found.kind === 'none') return [];
	const rows = found.kind === 'one' ? [found.id] : found.ids;
	if (found.by !== 'name') return rows;
	return rows.filter((row) => {
		const other = byRow.get(row);
		if (!other) return true;
		const companies = [person.company, other.company].map((company) => (company ? jobKey(company) : ''));
		return !((companies[0] && companies[1] && companies[0] !== companies[1]) || otherEmails(person.emails, other.emails));
	});
}

/** Both have emails, and none in common. */
function otherEmails(a: readonly string[], b: readonly string[]): boolean {
	const keys = new Set(a.map(emailKey).filter((k) => k !== undefined));
	const theirs = b.map(emailKey).filter((k) => k !== undefined);
	return keys.size > 0 && theirs.length > 0 && !theirs.some((k) => keys.has(k));
}

/**
 * File names in the folder no note has: `Jane Doe.md`, then `Jane Doe 2.md`, `Jane Doe 3.md`
 * …, never one `exists` knows, nor one a contact or an earlier new note has in any case (a
 * file system may take `jane doe.md` for `Jane Doe.md`).
 */
class FreeNames {
	private readonly used = new Set<string>();

	constructor(
		private readonly world: ImportWorld,
		private readonly folder: string,
	) {
		for (const contact of world.contacts) this.used.add(fold(contact.path));
	}

	claim(file: string): string {
		for (let n = 1; ; n++) {
			const path = `${this.folder ? `${this.folder}/` : ''}${n === 1 ? file : `${file} ${n}`}.md`;
			if (this.used.has(fold(path)) || this.world.exists(path)) continue;
			this.used.add(fold(path));
			return path;
		}
	}
}

function fold(text: string): string {
	return text.normalize('NFC').toLowerCase();
}

/** A new note: every field the row has, and the name as typed among the aliases when the file name could not keep it. */
function plannedNote(person: ImportedPerson, path: string, settings: RapportSettings): PlannedNote {
	const fields = fieldsOf(person, settings);
	const typed = contactDisplayName(person.name);
	const file = path.slice(path.lastIndexOf('/') + 1, -'.md'.length);
	if (file !== typed) {
		const aliases = (fields[settings.keys.aliases] as string[] | undefined) ?? [];
		if (!aliases.includes(typed)) fields[settings.keys.aliases] = [typed, ...aliases];
	}
	return { row: person.row, name: person.name, path, fields, ...(person.note ? { note: person.note } : {}) };
}

/** A row's values by the keys they are written under; one email or phone as a text, several as a list. */
export function fieldsOf(person: ImportedPerson, settings: RapportSettings): Record<string, FieldValue> {
	const keys = settings.keys;
	const fields: Record<string, FieldValue> = {};
	// Every value on one line, as a property shows it: a title with a line break in a vCard is still one title.
	const line = (text: string): string => contactDisplayName(text);
	const put = (key: string, value: FieldValue | undefined): void => {
		const clean = typeof value === 'string' ? line(value) : value?.map(line).filter(Boolean);
		if (clean === undefined || clean.length === 0 || key in fields) return;
		fields[key] = clean;
	};
	const oneOrList = (values: readonly string[]): FieldValue | undefined => (values.length > 1 ? [...values] : values[0]);
	put(keys.company, person.company);
	put(keys.role, person.role);
	put(keys.email, oneOrList(distinct(person.emails, (e) => emailKey(e) ?? e)));
	put(FIXED_KEYS.phone, oneOrList(distinct(person.phones, phoneKey)));
	put(keys.linkedin, person.linkedin);
	put(keys.birthday, person.birthday);
	put(FIXED_KEYS.connected, person.connected);
	put(keys.aliases, distinct(person.nicknames, fold));
	put(
		FIXED_KEYS.tags,
		distinct(
			person.tags.filter((t) => isTag(t)),
			fold,
		),
	);
	put(keys.tie, person.tie);
	return fields;
}

function distinct(values: readonly string[], key: (value: string) => string): string[] {
	const seen = new Set<string>();
	return values.filter((value) => {
		const k = key(value);
		if (!value.trim() || seen.has(k)) return false;
		seen.add(k);
		return true;
	});
}

/** A phone number's digits (a leading `+` kept): `+1 (555) 010-0100` is `+15550100100`. */
function phoneKey(phone: string): string {
	return phone.trim().replace(/(?!^\+)\D/g, '');
}

/** A company or role for comparing: case, accents, punctuation and a legal form (`Inc.`, `GmbH`) left out. */
function jobKey(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.replace(/ (inc|llc|ltd|limited|gmbh|corp|corporation|co|plc|sa|ag|bv|srl)$/, '');
}

function birthdayText(birthday: Birthday | undefined): string | undefined {
	if (!birthday) return undefined;
	const md = `${String(birthday.month).padStart(2, '0')}-${String(birthday.day).padStart(2, '0')}`;
	return birthday.year === undefined ? md : `${String(birthday.year).padStart(4, '0')}-${md}`;
}

/** What a contact has under each key an import may fill, and how two values of it compare. */
function currentValues(contact: Contact, settings: RapportSettings): Map<string, { values: string[]; key: (v: string) => string }> {
	const keys = settings.keys;
	const same = (v: string): string => v.trim();
	const list = (value: string | undefined): string[] => (value === undefined ? [] : [value]);
	return new Map([
		[keys.email, { values: contact.emails, key: (v: string) => emailKey(v) ?? v.trim().toLowerCase() }],
		[FIXED_KEYS.phone, { values: contact.phones, key: phoneKey }],
		[keys.linkedin, { values: list(contact.linkedin), key: (v: string) => linkedinKey(v) ?? v }],
		// A birthday without a year is the same day as one with it: the year is not lost for want of it.
		[keys.birthday, { values: list(birthdayText(contact.birthday)), key: same }],
		[FIXED_KEYS.connected, { values: list(contact.connected), key: same }],
		[keys.tie, { values: list(contact.tie), key: same }],
	]);
}

function sameValues(a: readonly string[], b: readonly string[], key: (v: string) => string): boolean {
	const ka = new Set(a.map(key));
	const kb = new Set(b.map(key));
	return ka.size === kb.size && [...ka].every((k) => kb.has(k));
}

/**
 * What a row fills in on a contact it matched, the changes of company or role it shows, and
 * the values it has that differ from the note's: taken with overwrite, else kept as the note has them.
 */
function planUpdate(
	person: ImportedPerson,
	contact: Contact,
	settings: RapportSettings,
	overwrite: boolean,
): { fields: Record<string, FieldValue>; changes: PlannedChange[]; kept: KeptValue[] } {
	const keys = settings.keys;
	const fields: Record<string, FieldValue> = {};
	const changes: PlannedChange[] = [];
	const kept: KeptValue[] = [];
	const current = currentValues(contact, settings);
	const lists = addedListKeys(settings);
	for (const [key, value] of Object.entries(fieldsOf(person, settings))) {
		const job = key === keys.company ? 'company' : key === keys.role ? 'role' : undefined;
		if (job && typeof value === 'string') {
			const had = contact[job];
			if (!had) fields[key] = value;
			else if (jobKey(had) !== jobKey(value))
				changes.push({ row: person.row, name: person.name, path: contact.path, field: job, from: had, to: value });
			continue;
		}
		if (lists.has(key)) {
			const have = new Set((key === keys.aliases ? [contact.name, ...contact.aliases] : contact.tags).map(fold));
			const missing = (Array.isArray(value) ? value : [value]).filter((v) => !have.has(fold(v)));
			if (missing.length) fields[key] = missing;
			continue;
		}
		const now = current.get(key);
		const values = Array.isArray(value) ? value : [value];
		if (!now || now.values.length === 0) fields[key] = value;
		else if (sameValues(now.values, values, now.key)) continue;
		else if (overwrite) fields[key] = value;
		else kept.push({ row: person.row, name: person.name, path: contact.path, field: key, inNote: [...now.values], inFile: values });
	}
	return { fields, changes, kept };
}

/**
 * The follow-up a change of job offers: "Congratulate Raj on the new role at Stripe", or,
 * for a new role at the same company, "Congratulate Raj on the new role as VP Engineering".
 */
export function congratulation(contactName: string, to: { company?: string; role?: string }): string {
	const who = firstName(contactName);
	if (to.company) return `Congratulate ${who} on the new role at ${to.company}`;
	return `Congratulate ${who} on the new role${to.role ? ` as ${to.role}` : ''}`;
}
