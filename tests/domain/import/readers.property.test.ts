// Whatever text a reader is handed, a file of any kind or a real export damaged anywhere,
// it never throws, and every record it counts comes back once: as a person or as skipped.
// (The generous time limits are for a loaded machine; fast-check's first run warms up slowly.)
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readGoogleCsv } from '../../../src/domain/import/googleCsv';
import { readLinkedIn } from '../../../src/domain/import/linkedinCsv';
import type { ParseOutcome } from '../../../src/domain/import/types';
import { readVcards } from '../../../src/domain/import/vcard';

const fixture = (name: string): string => readFileSync(`tests/domain/import/fixtures/${name}`, 'utf8');

const READERS: { name: string; read: (text: string) => ParseOutcome; files: string[]; alphabet: string[] }[] = [
	{
		name: 'readLinkedIn',
		read: readLinkedIn,
		files: ['Connections.csv'],
		alphabet: [',', '"', '\n', '\r\n', ' ', 'a', '01 Jan 2024', '\uFEFF'],
	},
	{
		name: 'readGoogleCsv',
		read: readGoogleCsv,
		files: ['google-current.csv', 'google-older.csv'],
		alphabet: [',', '"', '\n', ' ::: ', '* ', 'x'],
	},
	{
		name: 'readVcards',
		read: readVcards,
		files: ['android-2.1.vcf', 'outlook-2.1.vcf', 'iphone-3.0.vcf', 'thunderbird-4.0.vcf'],
		alphabet: [
			'BEGIN:VCARD\r\n',
			'END:VCARD\r\n',
			'\r\n ',
			':',
			';',
			'=',
			'=C3',
			'\\',
			'"',
			'FN:',
			'BDAY:',
			'ENCODING=QUOTED-PRINTABLE',
			'\n',
		],
	},
];

/** The outcome holds together: rows 1…records, each once, people and skipped adding up to the records. */
function holdsTogether(outcome: ParseOutcome): void {
	if (!outcome.ok) {
		expect(outcome.reason).not.toBe('');
		return;
	}
	const rows = [...outcome.people.map((p) => p.row), ...outcome.skipped.map((s) => s.row)].sort((a, b) => a - b);
	expect(rows).toEqual(Array.from({ length: outcome.records }, (_, i) => i + 1));
	for (const person of outcome.people) expect(person.name.trim()).not.toBe('');
	for (const skipped of outcome.skipped) expect(skipped.reason).not.toBe('');
}

/** A change somewhere in a file: text cut out, text put in, or a piece repeated. */
const damage = (length: number, alphabet: string[]): fc.Arbitrary<(text: string) => string> =>
	fc.oneof(
		fc.tuple(fc.nat(length), fc.nat(40)).map(
			([at, n]) =>
				(text: string) =>
					text.slice(0, at) + text.slice(at + n),
		),
		fc.tuple(fc.nat(length), fc.oneof(fc.constantFrom(...alphabet), fc.string({ unit: 'binary', maxLength: 8 }))).map(
			([at, piece]) =>
				(text: string) =>
					text.slice(0, at) + piece + text.slice(at),
		),
		fc.tuple(fc.nat(length), fc.nat(80)).map(
			([at, n]) =>
				(text: string) =>
					text.slice(0, at + n) + text.slice(at),
		),
	);

for (const reader of READERS) {
	describe(reader.name, () => {
		it('never throws on any text, and what it reads holds together', () => {
			const pieces = fc.oneof(fc.constantFrom(...reader.alphabet), fc.string({ unit: 'binary', maxLength: 6 }));
			fc.assert(
				fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => holdsTogether(reader.read(parts.join('')))),
				{ numRuns: 300 },
			);
		}, 30_000);

		it('never throws on a real export damaged anywhere, and what it reads holds together', () => {
			for (const file of reader.files) {
				const text = fixture(file);
				fc.assert(
					fc.property(fc.array(damage(text.length, reader.alphabet), { minLength: 1, maxLength: 5 }), (changes) => {
						holdsTogether(reader.read(changes.reduce((damaged, change) => change(damaged), text)));
					}),
					{ numRuns: 150 },
				);
			}
		}, 30_000);
	});
}
