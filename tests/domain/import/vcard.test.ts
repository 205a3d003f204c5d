// vCards from phones, mail programs and the shared corpus (ical.js's own fixtures).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leftOutText } from '../../../src/domain/import/fields';
import type { ImportedPerson, ParseOutcome } from '../../../src/domain/import/types';
import { readVcards } from '../../../src/domain/import/vcard';

function read(text: string): Extract<ParseOutcome, { ok: true }> {
	const outcome = readVcards(text);
	if (!outcome.ok) throw new Error(outcome.reason);
	return outcome;
}

const fixture = (name: string): string => readFileSync(`tests/domain/import/fixtures/${name}`, 'utf8');
const card = (...lines: string[]): string => ['BEGIN:VCARD', ...lines, 'END:VCARD', ''].join('\r\n');

/** The shared corpus, next to the repository (../shared/corpora/vcard, NOTICE.md there). */
const CORPUS = join(process.cwd(), '..', 'shared', 'corpora', 'vcard');

// A clone on its own has no ../shared: these are skipped there, and never in CI, which has it.
describe.skipIf(!existsSync(CORPUS) && !process.env.CI)('the shared vCard corpus', () => {
	const expected: Record<string, { names: string[]; emails: string[][]; skipped?: string[] }> = {
		'vcard3.vcf': { names: ['Mr. John Q. Public, Esq.'], emails: [['jqpublic@xyz.dom1.com', 'jdoe@isp.net', 'jane_doe@abc.com']] },
		'vcard.vcf': { names: ['J. Doe'], emails: [['jqpublic@xyz.example.com']] },
		'vcard_author.vcf': { names: ['Simon Perreault'], emails: [['simon.perreault@viagenie.ca']] },
		'escape_semicolon.vcf': { names: ['First Last NextCloud'], emails: [['home@gmx.de', 'work@gmx.de']] },
		'vcard_grouped.vcf': { names: [], emails: [], skipped: ['no name'] },
	};

	it('has a file for each expectation here, and no file without one', () => {
		expect(
			readdirSync(CORPUS)
				.filter((f) => f.endsWith('.vcf'))
				.sort(),
		).toEqual(Object.keys(expected).sort());
	});

	for (const [file, want] of Object.entries(expected)) {
		it(`reads ${file} with the right names and emails`, () => {
			const parsed = read(readFileSync(join(CORPUS, file), 'utf8'));
			expect(parsed.people.map((p) => p.name)).toEqual(want.names);
			expect(parsed.people.map((p) => p.emails)).toEqual(want.emails);
			expect(parsed.skipped.map((s) => s.reason)).toEqual(want.skipped ?? []);
		});
	}

	it('reads N without its prefix and suffix, ORG’s first unit, TITLE before ROLE, NICKNAME lists, CATEGORIES as tags', () => {
		const [person] = read(readFileSync(join(CORPUS, 'vcard3.vcf'), 'utf8')).people;
		expect(person).toMatchObject({
			given: 'John',
			family: 'Public',
			nicknames: ['Robbie', 'Jim', 'Jimmie'],
			company: 'ABC, Inc.',
			role: 'Director, Research and Development',
			birthday: '1996-04-15',
			note: 'This fax number is operational 0800 to 1715 EST, Mon-Fri.',
			tags: ['TRAVEL-AGENT', 'INTERNET', 'IETF', 'INDUSTRY', 'INFORMATION-TECHNOLOGY'],
			phones: ['+1-213-555-1234'],
		});
		const [doe] = read(readFileSync(join(CORPUS, 'vcard.vcf'), 'utf8')).people;
		expect(doe).toMatchObject({
			given: 'John',
			family: 'Stevenson',
			birthday: '02-03',
			role: 'Research Scientist',
			phones: ['+33-01-23-45-67'],
		});
	});
});

describe('readVcards on real exports', () => {
	it('reads an old Android 2.1 export: quoted-printable UTF-8 with soft breaks, bare types, a base64 photo dropped', () => {
		const parsed = read(fixture('android-2.1.vcf'));
		expect(parsed.people.map((p) => p.name)).toEqual(['Ayşe Öztürk', 'Chidi Okafor']);
		expect(parsed.people[0]).toMatchObject({
			given: 'Ayşe',
			family: 'Öztürk',
			company: 'İstanbul Teknik Üniversitesi',
			phones: ['+90 532 123 45 67', '+90 212 123 45 67'],
			birthday: '1985-06-21',
			note: 'Tanıştık: konferans 2023, Ankara.\nTürk kahvesi içmeyi sever.',
		});
	});

	it('reads an Outlook 2.1 export in ISO-8859-1', () => {
		const [person] = read(fixture('outlook-2.1.vcf')).people;
		expect(person).toMatchObject({
			name: 'Prof. Dr. Jürgen Müller',
			given: 'Jürgen',
			family: 'Müller',
			company: 'Universität München',
			emails: ['j.mueller@tum.example.de'],
			linkedin: 'http://www.linkedin.com/in/juergen-mueller-tum',
			note: 'Gutachter für das Straßenbau-Projekt.\nAnsprechpartner: Frau Gröner.',
		});
	});

	it('reads an iPhone 3.0 export: grouped emails, a LinkedIn URL or social profile, Apple’s birthday without a year', () => {
		const [yuki, beatriz] = read(fixture('iphone-3.0.vcf')).people;
		expect(yuki).toMatchObject({
			emails: ['yuki@shopify.example', 'yuki.n@gmail.example'],
			linkedin: 'https://www.linkedin.com/in/yukinakamura',
			company: 'Shopify',
			note: 'Introduced by Raj; met at the SaaStr dinner.\nLikes climbing, bouldering most.',
			tags: ['Product', 'San-Francisco'],
		});
		expect(beatriz).toMatchObject({ linkedin: 'https://www.linkedin.com/in/beatriz-silva-ux', birthday: '04-17' });
	});

	it('reads a Thunderbird 4.0 export', () => {
		const people = read(fixture('thunderbird-4.0.vcf')).people;
		expect(people.map((p) => [p.name, p.birthday])).toEqual([
			['Erik Lindqvist', '1982-03-14'],
			['Karin Andersson', '09-23'],
		]);
		expect(people[0]).toMatchObject({
			phones: ['+46 70 123 45 67', '+46 8 123 456'],
			linkedin: 'https://se.linkedin.com/in/eriklindqvist',
		});
	});
});

describe('readVcards on edge cases', () => {
	const one = (...lines: string[]): ImportedPerson | undefined => read(card(...lines)).people[0];

	it('reads each BDAY form: dashes or none, no year either way, with a time', () => {
		const birthday = (value: string): string | undefined => one('VERSION:4.0', 'FN:A', `BDAY:${value}`)?.birthday;
		expect(['1988-09-03', '19880903', '--04-17', '--0417', '1988-09-03T10:00:00Z', '19880903T100000'].map(birthday)).toEqual([
			'1988-09-03',
			'1988-09-03',
			'04-17',
			'04-17',
			'1988-09-03',
			'1988-09-03',
		]);
	});

	it('imports a card whose BDAY is not a date without it, saying which value it left out', () => {
		const parsed = read(card('VERSION:3.0', 'FN:A', 'EMAIL:a@x.example', 'BDAY:1988-13-45'));
		expect(parsed.skipped).toEqual([]);
		expect(parsed.people.map((p) => [p.name, p.emails, p.birthday])).toEqual([['A', ['a@x.example'], undefined]]);
		expect(parsed.leftOut).toEqual([{ row: 1, name: 'A', field: 'BDAY', value: '1988-13-45', reason: 'is not a date Rapport reads' }]);
	});

	it('builds the name from N when there is no FN', () => {
		expect(one('VERSION:3.0', 'N:Doe;Jane;Q.;Dr.;PhD')).toMatchObject({ name: 'Dr. Jane Q. Doe, PhD', given: 'Jane', family: 'Doe' });
	});

	it('imports a card with a line it cannot read without that line, saying which it left out', () => {
		const parsed = read(card('VERSION:3.0', 'FN:Lee Wong', 'EMAIL;TYPE="work:lee@work.example', 'EMAIL:lee@home.example', 'ORG:Acme'));
		expect(parsed.skipped).toEqual([]);
		expect(parsed.people.map((p) => [p.name, p.emails, p.company])).toEqual([['Lee Wong', ['lee@home.example'], 'Acme']]);
		expect(parsed.leftOut.map((item) => leftOutText(item, 'vcard'))).toEqual([
			`card 1, Lee Wong: 'EMAIL' EMAIL;TYPE="work:lee@work.example is a line Rapport can't read; imported without it`,
		]);
	});

	it('skips a card it cannot read with its line, and reads the cards after it', () => {
		const text = card('VERSION:3.0', 'FN:A') + card('VERSION:3.0', 'FN;X=":B') + card('VERSION:3.0', 'FN:C');
		const parsed = read(text);
		expect(parsed.people.map((p) => [p.row, p.name])).toEqual([
			[1, 'A'],
			[3, 'C'],
		]);
		expect(parsed.skipped).toHaveLength(1);
		expect(parsed.skipped[0]?.row).toBe(2);
		expect(parsed.skipped[0]?.reason).toMatch(/^the card at line 5 can't be read: /);
	});

	it('skips a card cut off before its END:VCARD', () => {
		expect(read(`${card('FN:A')}BEGIN:VCARD\r\nFN:B\r\n`).skipped).toEqual([{ row: 2, reason: 'the card at line 4 has no END:VCARD' }]);
	});

	it('takes a LinkedIn website over other websites, and no website that is not LinkedIn', () => {
		expect(one('VERSION:3.0', 'FN:A', 'URL:https://a.example', 'URL:linkedin.com/in/a')?.linkedin).toBe('linkedin.com/in/a');
		expect(one('VERSION:3.0', 'FN:A', 'URL:https://notlinkedin.com/in/a')?.linkedin).toBeUndefined();
	});

	it('refuses text with no BEGIN:VCARD', () => {
		expect(readVcards('FN:Jane Doe\nEMAIL:jane@example.com').ok).toBe(false);
	});
});
