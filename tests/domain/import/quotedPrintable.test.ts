// vCard 2.1's quoted-printable values and the rest of what is done to a card before ical.js reads it.
import { describe, expect, it } from 'vitest';
import { decodeQuotedPrintable } from '../../../src/domain/import/quotedPrintable';
import { cardForParser, splitCards } from '../../../src/domain/import/vcardLines';

describe('decodeQuotedPrintable', () => {
	it('decodes bytes as UTF-8, a character spread over several of them', () => {
		expect(decodeQuotedPrintable('Ay=C5=9Fe =C3=96zt=C3=BCrk')).toBe('Ayşe Öztürk');
		expect(decodeQuotedPrintable('=F0=9F=99=82 ok')).toBe('🙂 ok');
	});

	it('decodes bytes in the charset named: the same byte is another letter in ISO-8859-1 and ISO-8859-2', () => {
		expect(decodeQuotedPrintable('M=FCller Stra=DFe', 'ISO-8859-1')).toBe('Müller Straße');
		expect(decodeQuotedPrintable('=B1', 'ISO-8859-1')).toBe('±');
		expect(decodeQuotedPrintable('Wi=B1zowna', 'ISO-8859-2')).toBe('Wiązowna');
	});

	it('decodes Windows-1252, and ISO-8859-1 as browsers read it, with € and curly quotes from 0x80–0x9F', () => {
		expect(decodeQuotedPrintable('=80 5 =93ok=94', 'windows-1252')).toBe('€ 5 “ok”');
		expect(decodeQuotedPrintable('=80 5 =93ok=94', 'ISO-8859-1')).toBe('€ 5 “ok”');
	});

	it('joins soft line breaks and keeps encoded line breaks', () => {
		expect(decodeQuotedPrintable('first=0D=0Asec=\r\nond')).toBe('first\r\nsecond');
	});

	it('keeps an = that encodes nothing, and reads an unknown charset as UTF-8', () => {
		expect(decodeQuotedPrintable('a=b =ZZ =4')).toBe('a=b =ZZ =4');
		expect(decodeQuotedPrintable('=C3=A9', 'x-no-such-charset')).toBe('é');
	});
});

describe('a card made ready for ical.js', () => {
	const lines = (text: string): string[] => {
		const [card] = splitCards(text);
		if (!card) throw new Error('no card');
		return cardForParser(card).split('\r\n');
	};

	it('joins quoted-printable soft breaks, decodes the value and drops the encoding and charset', () => {
		const text = 'BEGIN:VCARD\r\nVERSION:2.1\r\nNOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:a=C3=A9=0D=0Ab=\r\nc\r\nEND:VCARD\r\n';
		expect(lines(text)).toEqual(['BEGIN:VCARD', 'VERSION:3.0', 'NOTE:aé\\nbc', 'END:VCARD']);
	});

	it('names 2.1’s bare parameters as types, a bare QUOTED-PRINTABLE as the encoding', () => {
		const text = 'BEGIN:VCARD\nVERSION:2.1\nTEL;CELL;PREF:+1 555\nFN;QUOTED-PRINTABLE:J=C3=B6rg\nEND:VCARD\n';
		expect(lines(text)).toContain('TEL;TYPE=CELL;TYPE=PREF:+1 555');
		expect(lines(text)).toContain('FN:Jörg');
	});

	it('unfolds 2.1 keeping the white space it folded at, and 3.0 dropping the one character that marks a fold', () => {
		expect(lines('BEGIN:VCARD\nVERSION:2.1\nNOTE:one\n two\nEND:VCARD')).toContain('NOTE:one two');
		expect(lines('BEGIN:VCARD\nVERSION:3.0\nNOTE:one\n two\nEND:VCARD')).toContain('NOTE:onetwo');
	});

	it('drops pictures, a 2.1 base64 photo with its lines and the blank line ending it', () => {
		const text = 'BEGIN:VCARD\nVERSION:2.1\nPHOTO;ENCODING=BASE64;JPEG:/9j/4AAQ\n  SkZJRg\nAAQABAAD\n\nFN:A\nEND:VCARD';
		expect(lines(text)).toEqual(['BEGIN:VCARD', 'VERSION:3.0', 'FN:A', 'END:VCARD']);
	});

	it('makes an escaped semicolon in plain text a semicolon, and sets an escaped backslash aside, even before a semicolon', () => {
		expect(lines('BEGIN:VCARD\nVERSION:3.0\nNOTE:a\\;b \\\\;c\nN:x\\;y;z\nEND:VCARD')).toEqual([
			'BEGIN:VCARD',
			'VERSION:3.0',
			'NOTE:a;b \uFDD0;c',
			'N:x\\;y;z',
			'END:VCARD',
		]);
	});

	it('splits a file into cards with their lines, a lost END sinking only its own card', () => {
		const cards = splitCards('junk\nBEGIN:VCARD\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\nBEGIN:VCARD\nFN:C');
		expect(cards.map((c) => [c.row, c.line, c.ended])).toEqual([
			[1, 2, false],
			[2, 4, true],
			[3, 7, false],
		]);
	});
});
