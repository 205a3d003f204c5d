// What an import passes between its steps: each format's reader turns a file's text into
// the people it holds (and the records it had to skip, with why); the plan matches them
// to the contacts already there and says what would be created or filled in; the import
// action writes the plan the user kept. Nothing here reads or writes a note.
import type { Tie } from '../settings';

/** The formats Rapport reads, as the CLI names them (`rapport import linkedin FILE`). */
export type ImportFormat = 'linkedin' | 'vcard' | 'google';
export const IMPORT_FORMATS: readonly ImportFormat[] = ['linkedin', 'vcard', 'google'];

/** A record as both hosts name it, by what the file holds: "card 3" in a vCard file, "row 3" in a CSV. */
export function recordName(format: ImportFormat, row: number): string {
	return `${format === 'vcard' ? 'card' : 'row'} ${row}`;
}

/** One person as one record of the source gives them; every text trimmed, empty ones left out. */
export interface ImportedPerson {
	/** The record's 1-based number in the file: the nth data row of a CSV (the header is not one), the nth vCard. */
	row: number;
	/** The whole name as the source shows it: `Dr. Jane O'Brien, PMP`, `J. Doe`. */
	name: string;
	/** The name's parts, when the source gives them (CSV columns, vCard `N`): matching reads them in any order. */
	given?: string;
	family?: string;
	/** Other names the person goes by (vCard `NICKNAME`, Google's Nickname): kept as aliases, matched as names. */
	nicknames: string[];
	/** As written, in the source's order; the first is the one `email` gets. */
	emails: string[];
	phones: string[];
	/** A LinkedIn profile URL as written (`https://www.linkedin.com/in/jane-doe`). */
	linkedin?: string;
	company?: string;
	role?: string;
	/** `YYYY-MM-DD`: when you connected (LinkedIn's Connected On). Never a last contact. */
	connected?: string;
	/** `YYYY-MM-DD`, or `MM-DD` when the source gives no year. */
	birthday?: string;
	/** Free text for the note's body (vCard `NOTE`, Google's Notes). */
	note?: string;
	/** Labels and categories, as tags (no `#`, spaces made `-`). */
	tags: string[];
	/** Only when the source says so; imported people are otherwise untriaged. */
	tie?: Tie;
}

/** A record not imported, and why, in the user's words: "no name", "a duplicate of row 4", "line 12: 8 fields where the header has 7 …". */
export interface SkippedRow {
	row: number;
	reason: string;
}

/**
 * A value a record gives that Rapport can't read (`'Connected On'` `3/12/2024`): the person is
 * imported without that one field, and the plan says so. Only a record with no name at all is
 * skipped for what is in it.
 */
export interface FieldLeftOut {
	row: number;
	/** The person's name as the record gives it. */
	name: string;
	/** The column or property as the file names it: `Connected On`, `Birthday`, `BDAY`. */
	field: string;
	/** The value left out, as the file has it. */
	value: string;
	/** Why, after the value: "is not a date Rapport reads". */
	reason: string;
}

/** What one file holds. */
export interface ParsedImport {
	format: ImportFormat;
	people: ImportedPerson[];
	skipped: SkippedRow[];
	/** Fields left out of the people read, each with its value and why. */
	leftOut: FieldLeftOut[];
	/** Records read (people plus skipped). */
	records: number;
}

/**
 * A file that is not the format at all (no LinkedIn header, no BEGIN:VCARD) is refused whole,
 * with why, and with the format it is when another reader would take it (readImport.ts).
 */
export type ParseOutcome = ({ ok: true } & ParsedImport) | { ok: false; reason: string; looksLike?: ImportFormat };

/** A property value as the plan sets it: text, or a list (aliases, tags, previous companies). */
export type FieldValue = string | string[];

/** A note to make, or an existing contact to fill in. */
export interface PlannedNote {
	row: number;
	name: string;
	/** The note made or changed (vault-relative, `/`-separated). */
	path: string;
	/** Properties to set, by their key in the note (the user's mapped keys: `email`, `linkedin`, `company` …). */
	fields: Record<string, FieldValue>;
	/** Body text a new note starts with under its sections (the source's notes); none for updates. */
	note?: string;
}

/** A re-import that shows a contact's company or role moved on: news, kept out unless the user takes it. */
export interface PlannedChange {
	row: number;
	name: string;
	path: string;
	field: 'company' | 'role';
	from: string;
	to: string;
}

/**
 * A value the file has for a contact it matched that differs from the note's, kept as the
 * note has it because overwrite is off (with overwrite, it is a fill-in). Only the keys an
 * import sets when empty (email, phone, LinkedIn, birthday, connected, tie): company and
 * role are changes, and aliases and tags only gain items.
 */
export interface KeptValue {
	row: number;
	name: string;
	/** The contact's note (vault-relative, `/`-separated). */
	path: string;
	/** The property, by its key in the note (the user's mapped key: `email`, `linkedin` …). */
	field: string;
	/** What the note has, kept. */
	inNote: string[];
	/** What the file has, not taken. */
	inFile: string[];
}

export interface AmbiguousRow {
	row: number;
	name: string;
	/** Every contact the row could be; never applied. */
	candidates: string[];
}

/** Everything an import would do, before anything is written. The CLI's `--dry-run --json` prints it as it is. */
export interface ImportPlan {
	/** The file's format: it names the records (recordName). */
	format: ImportFormat;
	create: PlannedNote[];
	update: PlannedNote[];
	/** Company or role changes on existing contacts: applied only for the rows the user picks. */
	changes: PlannedChange[];
	ambiguous: AmbiguousRow[];
	skipped: SkippedRow[];
	/** Fields left out of the people created or matched (not of those skipped or ambiguous, of whom nothing is imported). */
	leftOut: FieldLeftOut[];
	/** Values the file has that differ from the matched notes', kept as the notes have them (none with overwrite). */
	kept: KeptValue[];
}

export interface ImportOptions {
	/** Where new notes go: a folder in the vault; empty for the new-contact folder from settings. */
	folder: string;
	/** Replace values a contact already has (otherwise only empty fields are filled). */
	overwrite: boolean;
}

/** What the user kept of a plan: rows left out (of create or update), and the changes taken, by row. */
export interface ImportChoice {
	leaveOut: ReadonlySet<number>;
	takeChanges: ReadonlySet<number>;
}
