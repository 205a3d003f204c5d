// LinkedIn's Connections.csv, as the data export writes it and as it varies.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leftOutText } from '../../../src/domain/import/fields';
import { readLinkedIn } from '../../../src/domain/import/linkedinCsv';
import type { ParseOutcome } from '../../../src/domain/import/types';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

function read(text: string): Extract<ParseOutcome, { ok: true }> {
	const outcome = readLinkedIn(text);
	if (!outcome.ok) throw new Error(outcome.reason);
	return outcome;
}

describe('readLinkedIn', () => {
	it('reads the export with its Notes preamble: names, credentials split off, quoted fields, both date forms', () => {
		const parsed = read(readFileSync('tests/domain/import/fixtures/Connections.csv', 'utf8'));
		expect(parsed.records).toBe(5);
		expect(parsed.people.map((p) => [p.row, p.name, p.given, p.family, p.connected])).toEqual([
			[1, 'Priya Raman', 'Priya', 'Raman', '2024-03-12'],
			[2, "Seán O'Brien, PMP", 'Seán', "O'Brien", '2025-07-01'],
			[3, 'Marta Kowalska', 'Marta', 'Kowalska', '2019-01-03'],
			[5, 'Raj Patel', 'Raj', 'Patel', '2023-11-30'],
		]);
		const sean = parsed.people[1];
		expect(sean?.company).toBe('Acme, Inc.');
		expect(sean?.emails).toEqual(['sean.obrien@example.ie']);
		expect(sean?.linkedin).toBe('https://www.linkedin.com/in/seanobrien');
		expect(parsed.people[2]?.company).toBe('Grupa "Nowa" S.A.');
		expect(parsed.people[2]?.role).toBe('Head of Design\nWarsaw office');
		expect(parsed.people[0]?.emails).toEqual([]);
		expect(parsed.skipped).toEqual([{ row: 4, reason: 'no name' }]);
	});

	it('reads a byte order mark, CRLF line ends and columns in another order', () => {
		const text = '\uFEFFConnected On,Position,Company,Email Address,URL,Last Name,First Name\r\n01 Jan 2024,CTO,Initech,,,Doe,Jane\r\n';
		const parsed = read(text);
		expect(parsed.people).toMatchObject([{ row: 1, name: 'Jane Doe', company: 'Initech', role: 'CTO', connected: '2024-01-01' }]);
	});

	it('keeps every credential after the first comma in the name, and none of them in the family name', () => {
		const [person] = read(`${HEADER}\nAmaka,"Obi, MBA, CFA",,,,,\n`).people;
		expect(person).toMatchObject({ name: 'Amaka Obi, MBA, CFA', given: 'Amaka', family: 'Obi' });
	});

	it('imports a row whose Connected On it cannot read without it, saying which value it left out', () => {
		const text = `${HEADER}\nSam,Rivera,https://www.linkedin.com/in/sam,sam@acme.example,Acme,CTO,3/12/2024\nC,D,,,,,31 Feb 2024\nE,F,,,,,\n`;
		const parsed = read(text);
		expect(parsed.skipped).toEqual([]);
		expect(parsed.people[0]).toEqual({
			row: 1,
			name: 'Sam Rivera',
			given: 'Sam',
			family: 'Rivera',
			nicknames: [],
			emails: ['sam@acme.example'],
			phones: [],
			linkedin: 'https://www.linkedin.com/in/sam',
			company: 'Acme',
			role: 'CTO',
			tags: [],
		});
		expect(parsed.people.map((p) => p.connected)).toEqual([undefined, undefined, undefined]);
		expect(parsed.leftOut.map((item) => leftOutText(item, 'linkedin'))).toEqual([
			"row 1, Sam Rivera: 'Connected On' 3/12/2024 is not a date Rapport reads; imported without it",
			"row 2, C D: 'Connected On' 31 Feb 2024 is not a date Rapport reads; imported without it",
		]);
	});

	it('still skips a row with no name, whatever else it has', () => {
		const parsed = read(`${HEADER}\n,,https://www.linkedin.com/in/x,x@acme.example,Acme,CTO,3/12/2024\n`);
		expect(parsed.skipped).toEqual([{ row: 1, reason: 'no name' }]);
		expect(parsed.leftOut).toEqual([]);
	});

	it('skips a row it cannot read, naming its line, and reads the rows around it', () => {
		const text = `Notes:\n\n${HEADER}\nA,B,,,,,01 Jan 2024\nC,D,,,Acme, Inc.,CEO,02 Jan 2024\nE,F,,,,,03 Jan 2024\n`;
		const parsed = read(text);
		expect(parsed.skipped).toEqual([{ row: 2, reason: "line 5: 8 fields where the header has 7, so which is which can't be told" }]);
		expect(parsed.people.map((p) => p.row)).toEqual([1, 3]);
	});

	it('says which line opens a quote that never closes', () => {
		const parsed = read(`${HEADER}\nA,B,,,,,01 Jan 2024\n\nC,"D,,,,,02 Jan 2024\nE,F,,,,,03 Jan 2024\n`);
		expect(parsed.people.map((p) => p.name)).toEqual(['A B']);
		expect(parsed.skipped).toEqual([{ row: 2, reason: 'line 4: a quoted field is never closed, so the rest of the file is inside it' }]);
	});

	it('refuses a file without the header, saying what it expected', () => {
		const outcome = readLinkedIn('Name,Email\nJane,jane@example.com\n');
		expect(outcome.ok).toBe(false);
		if (!outcome.ok) expect(outcome.reason).toContain(HEADER);
	});
});
