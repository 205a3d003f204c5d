// An import file's bytes as text: UTF-8 when they are, its byte-order mark dropped; else
// Windows-1252, every byte a letter (none becomes U+FFFD), and the plan's note says so.
import { describe, expect, it } from 'vitest';
import { decodeImportFile, encodingNote } from '../../../src/domain/import/fileText';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeImportFile', () => {
	it('reads UTF-8 as UTF-8, and says nothing about it', () => {
		const read = decodeImportFile(utf8('ORG:Société\nFN:Seán Ó Briain 🙂\n'));
		expect(read).toEqual({ text: 'ORG:Société\nFN:Seán Ó Briain 🙂\n', encoding: 'utf-8' });
		expect(encodingNote('phone.vcf', read)).toBeUndefined();
	});

	it('drops a UTF-8 byte-order mark, so the header is the first thing read', () => {
		const read = decodeImportFile(bytes(0xef, 0xbb, 0xbf, ...utf8('First Name,Last Name\n')));
		expect(read).toEqual({ text: 'First Name,Last Name\n', encoding: 'utf-8' });
	});

	it('reads a file that starts with a UTF-16 byte-order mark as UTF-16, either byte order, and says nothing about it', () => {
		const little = decodeImportFile(bytes(0xff, 0xfe, 0x46, 0, 0x4e, 0, 0x3a, 0, 0xe9, 0, 0xac, 0x20));
		expect(little).toEqual({ text: 'FN:é€', encoding: 'utf-16' });
		expect(encodingNote('Unicode.txt', little)).toBeUndefined();
		expect(decodeImportFile(bytes(0xfe, 0xff, 0, 0x46, 0, 0xe9))).toEqual({ text: 'Fé', encoding: 'utf-16' });
	});

	it('reads bytes that are not UTF-8 as Windows-1252: Latin-1 letters, and € and curly quotes from 0x80–0x9F', () => {
		// ORG:Société, as an old Outlook or Nokia writes it with no CHARSET.
		expect(decodeImportFile(bytes(...utf8('ORG:Soci'), 0xe9, 0x74, 0xe9))).toEqual({ text: 'ORG:Société', encoding: 'windows-1252' });
		const read = decodeImportFile(bytes(0x80, 0x20, 0x93, 0x68, 0x69, 0x94, 0x20, 0x91, 0x92, 0x20, 0x96, 0x97, 0x85, 0x8a, 0x9f));
		expect(read.text).toBe('€ “hi” ‘’ –—…ŠŸ');
		// The five bytes Windows-1252 leaves unassigned stay as the code points they are.
		expect(decodeImportFile(bytes(0xe9, 0x81, 0x8d, 0x8f, 0x90, 0x9d)).text).toBe('é\u0081\u008d\u008f\u0090\u009d');
		expect(read.text).not.toContain('\ufffd');
	});

	it('reads every byte of a long file, past the size read at a time', () => {
		const long = new Uint8Array(20000).fill(0x61);
		long[0] = 0xe9;
		long[19999] = 0x80;
		const read = decodeImportFile(long);
		expect(read.text).toHaveLength(20000);
		expect(read.text.startsWith('éaa')).toBe(true);
		expect(read.text.endsWith('a€')).toBe(true);
	});

	it('reads an empty file as empty UTF-8 text', () => {
		expect(decodeImportFile(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8' });
	});
});

describe('encodingNote', () => {
	it('names the file and says how it was read, in plain words', () => {
		expect(encodingNote('Connections.csv', { text: 'x', encoding: 'windows-1252' })).toBe(
			'Connections.csv is not UTF-8: read as Windows-1252 (Western European); check accented letters before you import.',
		);
	});
});
