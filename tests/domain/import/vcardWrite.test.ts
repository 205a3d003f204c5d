// The vCard 4.0 export, and that reading it back gives the same people.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asTag } from '../../../src/domain/import/fields';
import { readVcards } from '../../../src/domain/import/vcard';
import { foldLine, writeVcards, type ExportPerson } from '../../../src/domain/import/vcardWrite';

const jane: ExportPerson = {
	name: "Dr. Jane O'Brien, PMP",
	given: 'Jane',
	family: "O'Brien",
	nicknames: ['JB'],
	emails: ['jane@acme.example', 'jane@home.example'],
	phones: ['+1 555 0100'],
	linkedin: 'https://www.linkedin.com/in/jane-obrien',
	company: 'Acme; Labs, Inc.',
	role: 'VP, Platform',
	birthday: '04-17',
	note: 'Met at DevTools Summit.\nBackslash \\ and semicolon; kept.',
	tags: ['devtools', 'conference'],
};

function readBack(people: readonly ExportPerson[]): ExportPerson[] {
	const outcome = readVcards(writeVcards(people));
	if (!outcome.ok) throw new Error(outcome.reason);
	expect(outcome.skipped).toEqual([]);
	return outcome.people.map(({ row: _row, ...person }) => person);
}

describe('writeVcards', () => {
	it('writes vCard 4.0 with CRLF line ends, FN and N, every field, and escapes', () => {
		const text = writeVcards([jane]);
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		expect(text.split('\r\n')).toEqual([
			'BEGIN:VCARD',
			'VERSION:4.0',
			"FN:Dr. Jane O'Brien\\, PMP",
			"N:O'Brien;Jane;;;",
			'NICKNAME:JB',
			'EMAIL:jane@acme.example',
			'EMAIL:jane@home.example',
			'TEL:+1 555 0100',
			'ORG:Acme\\; Labs\\, Inc.',
			'TITLE:VP\\, Platform',
			'URL:https://www.linkedin.com/in/jane-obrien',
			'BDAY:--0417',
			'NOTE:Met at DevTools Summit.\\nBackslash \\\\ and semicolon\\; kept.',
			'CATEGORIES:devtools,conference',
			'END:VCARD',
			'',
		]);
	});

	it('writes a birthday with its year in the basic format', () => {
		expect(writeVcards([{ ...jane, birthday: '1988-09-03' }])).toContain('\r\nBDAY:19880903\r\n');
	});

	it('splits the name for N when the person has no given or family name', () => {
		const text = writeVcards([{ name: 'Mary Ann Smith', nicknames: [], emails: [], phones: [], tags: [] }]);
		expect(text).toContain('\r\nN:Smith;Mary Ann;;;\r\n');
	});

	it('reads back as the same people', () => {
		expect(readBack([jane, { ...jane, name: 'Raj Patel', given: 'Raj', family: 'Patel', birthday: '1990-02-28' }])).toEqual([
			jane,
			{ ...jane, name: 'Raj Patel', given: 'Raj', family: 'Patel', birthday: '1990-02-28' },
		]);
	});
});

describe('foldLine', () => {
	it('folds at 75 octets, the fold’s space counted, never inside a character', () => {
		const line = `NOTE:${'é'.repeat(50)}${'🙂'.repeat(30)}`;
		const folded = foldLine(line).split('\r\n');
		for (const part of folded) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
		expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
		expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
	});

	it('leaves a line of 75 octets whole', () => {
		expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
		expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
	});
});

// Text as an import gives it: trimmed, not empty, no carriage returns (line breaks are `\n`).
const textChars = fc.oneof(
	{ weight: 6, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }) },
	{ weight: 1, arbitrary: fc.constantFrom(',', ';', '\\', '\n', ':', '"', '=', ' ', 'é', '🙂', '\\n', '\\;', 'BEGIN:VCARD', 'END:VCARD') },
);
const text = (maxParts: number): fc.Arbitrary<string> =>
	fc
		.array(textChars, { minLength: 1, maxLength: maxParts })
		.map((parts) => parts.join('').replace(/\r/g, '').trim())
		.filter((value) => value !== '');
const oneLine = (maxParts: number): fc.Arbitrary<string> =>
	text(maxParts)
		.map((value) => value.replace(/\s+/g, ' ').trim())
		.filter((value) => value !== '');
const distinct = (arbitrary: fc.Arbitrary<string>): fc.Arbitrary<string[]> => fc.uniqueArray(arbitrary, { maxLength: 3 });
const day = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }));

const person: fc.Arbitrary<ExportPerson> = fc.record(
	{
		name: fc.oneof(oneLine(4), oneLine(40)),
		given: oneLine(3),
		family: oneLine(3),
		nicknames: distinct(oneLine(2)),
		emails: distinct(oneLine(2)),
		phones: distinct(oneLine(2)),
		linkedin: fc.stringMatching(/^[a-z0-9-]{1,30}$/).map((slug) => `https://www.linkedin.com/in/${slug}`),
		company: oneLine(4),
		role: oneLine(4),
		birthday: fc.oneof(
			day.map(([m, d]) => `${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
			fc
				.tuple(fc.integer({ min: 1900, max: 2030 }), day)
				.map(([y, [m, d]]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
		),
		note: text(8),
		tags: distinct(oneLine(2).map((tag) => asTag(tag) ?? 'tag')),
	},
	{ requiredKeys: ['name', 'nicknames', 'emails', 'phones', 'tags', 'given', 'family'] },
);

describe('the round trip', () => {
	it('reads back what it wrote, for people with any text: unicode, commas, semicolons, backslashes, line breaks, long names', () => {
		fc.assert(
			fc.property(fc.array(person, { minLength: 1, maxLength: 4 }), (people) => {
				expect(readBack(people)).toEqual(people);
			}),
			{ numRuns: 300 },
		);
	}, 30_000);
});
