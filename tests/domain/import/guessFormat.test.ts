// The import form's first guess at a file's format, from its name and first lines.
import { describe, expect, it } from 'vitest';
import { guessFormat } from '../../../src/domain/import/guessFormat';

const LINKEDIN_HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

describe('guessFormat', () => {
	it("knows LinkedIn's export by its Notes lines or its header", () => {
		const notes = 'Notes:\n"When exporting your connection data, you may notice…"\n\n';
		const real = `${notes}${LINKEDIN_HEADER}\nAna,Ruiz,https://x,,Acme,CTO,01 Jan 2024\n`;
		expect(guessFormat('Connections.csv', real)).toBe('linkedin');
		expect(guessFormat('export.csv', `\uFEFF${LINKEDIN_HEADER}\n`)).toBe('linkedin');
		expect(guessFormat('export.csv', 'First Name,Last Name,URL,Email Address\n')).toBe('linkedin');
	});

	it("knows Google's CSV, current and older layouts", () => {
		expect(guessFormat('contacts.csv', 'First Name,Middle Name,Last Name,Phonetic First Name,E-mail 1 - Value\n')).toBe('google');
		expect(guessFormat('contacts.csv', 'Name,Given Name,Additional Name,Family Name\n')).toBe('google');
	});

	it('knows a vCard by its extension or its first line, whatever the extension', () => {
		expect(guessFormat('Contacts.VCF', '')).toBe('vcard');
		expect(guessFormat('phone.txt', '\r\nBEGIN:VCARD\r\nVERSION:3.0\r\n')).toBe('vcard');
	});

	it('says nothing for a file nothing gives away', () => {
		expect(guessFormat('people.csv', 'name,email\nAna,ana@x.example\n')).toBeUndefined();
		expect(guessFormat('notes.md', '# People\n')).toBeUndefined();
	});
});
