// Google Contacts' "Google CSV", in the layout Google writes now and the older one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGoogleCsv } from '../../../src/domain/import/googleCsv';
import type { ParseOutcome } from '../../../src/domain/import/types';

function read(text: string): Extract<ParseOutcome, { ok: true }> {
	const outcome = readGoogleCsv(text);
	if (!outcome.ok) throw new Error(outcome.reason);
	return outcome;
}

const fixture = (name: string): string => readFileSync(`tests/domain/import/fixtures/${name}`, 'utf8');

describe('readGoogleCsv', () => {
	it('reads the current layout: several entries in one cell, labels as tags without Google’s own groups, a LinkedIn website', () => {
		const parsed = read(fixture('google-current.csv'));
		expect(parsed.records).toBe(3);
		const [ana, tom] = parsed.people;
		expect(ana).toEqual({
			row: 1,
			name: 'Dr. Ana Lucía García',
			given: 'Ana',
			family: 'García',
			nicknames: ['Anita'],
			emails: ['ana.garcia@us.example', 'ana@example.org', 'ana.personal@example.com'],
			phones: ['+34 600 111 222'],
			linkedin: 'https://www.linkedin.com/in/ana-garcia-phys',
			company: 'Universidad de Sevilla',
			role: 'Professor',
			birthday: '1988-09-03',
			note: 'Met at PyCon.\nAsk about the sabbatical.',
			tags: ['Conference-friends'],
		});
		expect(tom).toMatchObject({ name: 'Tom Becker', birthday: '04-17', phones: ['+49 170 1234567', '+49 30 1234567'], tags: [] });
		expect(parsed.skipped).toEqual([{ row: 3, reason: 'no name' }]);
	});

	it('reads the older layout: Name, Group Membership with its starred groups, Organization 1 columns', () => {
		const parsed = read(fixture('google-older.csv'));
		expect(parsed.people.map((p) => p.name)).toEqual(['Lena Fischer', 'Omar Haddad']);
		expect(parsed.people[0]).toMatchObject({
			given: 'Lena',
			family: 'Fischer',
			emails: ['lena.fischer@example.de', 'lena@example.net'],
			company: 'Zalando SE',
			role: 'Engineering Manager',
			linkedin: 'http://linkedin.com/in/lenafischer',
			birthday: '1990-02-28',
			tags: ['Coworkers', 'Berlin'],
		});
		expect(parsed.people[1]?.tags).toEqual([]);
	});

	it('finds the numbered columns by name, in their number order wherever they stand', () => {
		const text = 'E-mail 2 - Value,Last Name,E-mail 10 - Value,First Name,E-mail 1 - Value\nb@x.example,Doe,c@x.example,Jane,a@x.example\n';
		expect(read(text).people[0]?.emails).toEqual(['a@x.example', 'b@x.example', 'c@x.example']);
	});

	it('imports a row whose birthday it cannot read without it, email and all, saying which value it left out', () => {
		const parsed = read('First Name,Last Name,Birthday,E-mail 1 - Value\nJane,Doe,2/30/1990,jane@x.example\nJohn,Roe,--13-01,\n');
		expect(parsed.skipped).toEqual([]);
		expect(parsed.people.map((p) => [p.name, p.emails, p.birthday])).toEqual([
			['Jane Doe', ['jane@x.example'], undefined],
			['John Roe', [], undefined],
		]);
		expect(parsed.leftOut).toEqual([
			{ row: 1, name: 'Jane Doe', field: 'Birthday', value: '2/30/1990', reason: 'is not a date Rapport reads' },
			{ row: 2, name: 'John Roe', field: 'Birthday', value: '--13-01', reason: 'is not a date Rapport reads' },
		]);
	});

	it("refuses LinkedIn's Connections.csv, whose header has First Name and Last Name but no other column of Google's it reads", () => {
		for (const text of [
			fixture('Connections.csv'),
			'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Ruiz,,,,,\n',
		]) {
			const outcome = readGoogleCsv(text);
			expect(outcome.ok).toBe(false);
			if (!outcome.ok) expect(outcome.reason).toMatch(/^No Google Contacts header in the file/);
		}
		// Any one more column of those it reads makes the header Google's.
		for (const column of ['Middle Name', 'Nickname', 'Birthday', 'Labels', 'Organization Name', 'Phone 3 - Value']) {
			expect([column, read(`First Name,Last Name,${column}\nJane,Doe,\n`).people.map((p) => p.name)]).toEqual([column, ['Jane Doe']]);
		}
	});

	it('refuses a file with no name columns, saying what it expected', () => {
		const outcome = readGoogleCsv('Title,First Name\nx,y\n');
		expect(outcome.ok).toBe(false);
		if (!outcome.ok) expect(outcome.reason).toMatch(/First Name and Last Name/);
	});
});
