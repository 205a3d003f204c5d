// A file given to the wrong importer is refused, and the refusal says which importer it is
// for: each reader takes only its own kind, and each real export is taken by its own.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readImport } from '../../../src/domain/import/readImport';
import { IMPORT_FORMATS, type ImportFormat } from '../../../src/domain/import/types';

const FIXTURES: [string, ImportFormat][] = [
	['Connections.csv', 'linkedin'],
	['google-current.csv', 'google'],
	['google-older.csv', 'google'],
	['android-2.1.vcf', 'vcard'],
	['outlook-2.1.vcf', 'vcard'],
	['iphone-3.0.vcf', 'vcard'],
	['thunderbird-4.0.vcf', 'vcard'],
];

describe('readImport', () => {
	it('reads each real export with its own importer, and with every other refuses it, naming its kind', () => {
		for (const [file, kind] of FIXTURES) {
			const text = readFileSync(`tests/domain/import/fixtures/${file}`, 'utf8');
			for (const format of IMPORT_FORMATS) {
				const outcome = readImport(format, text);
				const seen = outcome.ok ? 'read' : `refused, looks like ${outcome.looksLike ?? 'nothing'}`;
				expect([file, format, seen]).toEqual([file, format, format === kind ? 'read' : `refused, looks like ${kind}`]);
			}
		}
	});

	it('refuses a file of no kind it knows without naming one', () => {
		const outcome = readImport('google', 'name,email\nAna,ana@x.example\n');
		expect(outcome).toEqual({ ok: false, reason: expect.stringMatching(/^No Google Contacts header/) as string });
	});
});
