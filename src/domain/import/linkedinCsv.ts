// LinkedIn's Connections.csv (Settings → Data privacy → Get a copy of your data): a few
// `Notes:` lines, a blank line, then `First Name,Last Name,URL,Email Address,Company,
// Position,Connected On`. Columns are read by name, so a reordered export reads the same.
import { hasCsvHeader, readCsvTable } from './csvTable';
import { joinWords, newPerson, notADate, present, readDayMonthYear, splitCredentials } from './fields';
import type { FieldLeftOut, ImportedPerson, ParseOutcome, SkippedRow } from './types';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

function isLinkedInHeader(cells: readonly string[]): boolean {
	return cells.includes('first name') && cells.includes('last name') && cells.includes('connected on');
}

/** Whether the text has LinkedIn's header: what `import linkedin` reads, and what another format's refusal points to. */
export function isLinkedInCsv(text: string): boolean {
	return hasCsvHeader(text, isLinkedInHeader);
}

export function readLinkedIn(text: string): ParseOutcome {
	const table = readCsvTable(text, isLinkedInHeader);
	if (!table) {
		return {
			ok: false,
			reason: `No LinkedIn header in the file: expected a line '${HEADER}', as in the Connections.csv of LinkedIn's data export.`,
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
		const first = record.field('First Name').trim();
		const last = record.field('Last Name').trim();
		// The name as LinkedIn shows it, credentials and all; the parts without them, for matching.
		const name = joinWords([first, last]);
		if (!name) {
			skipped.push({ row: record.row, reason: 'no name' });
			continue;
		}
		const connectedOn = record.field('Connected On').trim();
		const connected = connectedOn ? readDayMonthYear(connectedOn) : undefined;
		if (connectedOn && !connected) leftOut.push(notADate(record.row, name, 'Connected On', connectedOn));
		const person = newPerson(record.row, name);
		const given = present(first);
		const family = present(splitCredentials(last).family);
		if (given) person.given = given;
		if (family) person.family = family;
		const email = present(record.field('Email Address'));
		if (email) person.emails.push(email);
		const linkedin = present(record.field('URL'));
		if (linkedin) person.linkedin = linkedin;
		const company = present(record.field('Company'));
		if (company) person.company = company;
		const role = present(record.field('Position'));
		if (role) person.role = role;
		if (connected) person.connected = connected;
		people.push(person);
	}
	return { ok: true, format: 'linkedin', people, skipped, leftOut, records: table.records.length };
}
