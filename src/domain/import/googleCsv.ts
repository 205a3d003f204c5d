// Google Contacts' "Google CSV" export, in both layouts Google has used: the current one
// (`First Name, Middle Name, Last Name, … Organization Name, Organization Title, …
// Labels, E-mail 1 - Label, E-mail 1 - Value …`) and the older one (`Name, Given Name,
// Additional Name, Family Name, … Group Membership, E-mail 1 - Type, E-mail 1 - Value, …
// Organization 1 - Name, Organization 1 - Title …`). Columns are read by name, in any
// order, with as many numbered E-mail, Phone and Website columns as the file has.
import { hasCsvHeader, readCsvTable } from './csvTable';
import { asTags, isLinkedInUrl, joinWords, newPerson, notADate, present, presentAll, readBirthday } from './fields';
import type { FieldLeftOut, ImportedPerson, ParseOutcome, SkippedRow } from './types';

// One cell holding several entries (two emails under one label) joins them with this.
const SEVERAL = ' ::: ';

// Google's own groups, on every contact or only marking a star: not labels the user made.
const SYSTEM_GROUPS = new Set(['mycontacts', 'my contacts', 'starred', 'other contacts']);

// The columns read here besides First Name and Last Name, all of them Google's and none of
// them LinkedIn's: LinkedIn's Connections.csv starts First Name, Last Name too, so a header
// needs one of these (or a numbered `E-mail 1 - Value` …) to be Google's.
const GOOGLE_COLUMNS = new Set([
	'name',
	'name prefix',
	'middle name',
	'additional name',
	'name suffix',
	'nickname',
	'organization name',
	'organization title',
	'organization 1 - name',
	'organization 1 - title',
	'birthday',
	'notes',
	'labels',
	'group membership',
]);
const NUMBERED_COLUMN = /^(e-mail|phone|website) \d+ - value$/;

/**
 * A Google CSV's header: First Name and Last Name with at least one more column of Google's,
 * or the older layout's Given Name and Family Name (which LinkedIn never writes).
 */
function isGoogleHeader(cells: readonly string[]): boolean {
	const older = cells.includes('given name') && cells.includes('family name');
	const current =
		cells.includes('first name') &&
		cells.includes('last name') &&
		cells.some((cell) => GOOGLE_COLUMNS.has(cell) || NUMBERED_COLUMN.test(cell));
	return current || older;
}

/** Whether the text has a Google CSV header: what `import google` reads, and what another format's refusal points to. */
export function isGoogleCsv(text: string): boolean {
	return hasCsvHeader(text, isGoogleHeader);
}

/** The values of every `<kind> N - Value` column, N in order (`E-mail 1 - Value`, `E-mail 2 - Value` …), each cell split. */
function numbered(columns: readonly string[], field: (column: string) => string, kind: string): string[] {
	const prefix = `${kind.toLowerCase()} `;
	const found: { n: number; column: string }[] = [];
	for (const column of columns) {
		const lower = column.toLowerCase();
		if (!lower.startsWith(prefix) || !lower.endsWith(' - value')) continue;
		const n = Number(lower.slice(prefix.length, -' - value'.length));
		if (Number.isInteger(n)) found.push({ n, column });
	}
	found.sort((a, b) => a.n - b.n);
	return presentAll(found.flatMap(({ column }) => several(field(column))));
}

function several(cell: string): string[] {
	return cell.split(SEVERAL);
}

/** The first of a cell's entries that is not empty. */
function first(cell: string): string | undefined {
	return presentAll(several(cell))[0];
}

/** Labels as tags: Google's own groups left out, the `* ` Google puts before its older built-in ones (`* Friends`) dropped. */
function labelTags(cells: readonly string[]): string[] {
	const labels = presentAll(cells.flatMap(several)).map((label) => label.replace(/^\*\s*/, ''));
	return asTags(labels.filter((label) => !SYSTEM_GROUPS.has(label.toLowerCase())));
}

export function readGoogleCsv(text: string): ParseOutcome {
	const table = readCsvTable(text, isGoogleHeader);
	if (!table) {
		return {
			ok: false,
			reason:
				'No Google Contacts header in the file: expected a line with First Name and Last Name and more of ' +
				"Google's columns (Middle Name, Nickname, Labels, E-mail 1 - Value …), or Given Name and Family Name, " +
				'as in a Google CSV export from Google Contacts.',
		};
	}
	const people: ImportedPerson[] = [];
	const skipped: SkippedRow[] = [];
	const leftOut: FieldLeftOut[] = [];
	for (const record of table.records) {
		if (!record.ok) {
			skipped.push({ row: record.row, reason: record.reason });
			continue;
		}
		const { field, columns } = record;
		const given = present(field('First Name')) ?? present(field('Given Name'));
		const middle = present(field('Middle Name')) ?? present(field('Additional Name'));
		const family = present(field('Last Name')) ?? present(field('Family Name'));
		// The older layout has the whole name in a column of its own; the current one is built as Google shows it.
		const name = present(field('Name')) ?? joinWords([field('Name Prefix'), given, middle, family, field('Name Suffix')]);
		if (!name) {
			skipped.push({ row: record.row, reason: 'no name' });
			continue;
		}
		const birthdayText = field('Birthday').trim();
		const birthday = birthdayText ? readBirthday(birthdayText) : undefined;
		if (birthdayText && !birthday) leftOut.push(notADate(record.row, name, 'Birthday', birthdayText));
		const person = newPerson(record.row, name);
		if (given) person.given = given;
		if (family) person.family = family;
		person.nicknames = presentAll(several(field('Nickname')));
		person.emails = numbered(columns, field, 'E-mail');
		person.phones = numbered(columns, field, 'Phone');
		const linkedin = numbered(columns, field, 'Website').find(isLinkedInUrl);
		if (linkedin) person.linkedin = linkedin;
		const company = first(field('Organization Name')) ?? first(field('Organization 1 - Name'));
		if (company) person.company = company;
		const role = first(field('Organization Title')) ?? first(field('Organization 1 - Title'));
		if (role) person.role = role;
		if (birthday) person.birthday = birthday;
		const note = present(field('Notes').replace(/\r\n?/g, '\n'));
		if (note) person.note = note;
		person.tags = labelTags([field('Labels'), field('Group Membership')]);
		people.push(person);
	}
	return { ok: true, format: 'google', people, skipped, leftOut, records: table.records.length };
}
