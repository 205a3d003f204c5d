// A vCard file's text made ready for ical.js, one card at a time. The file is split into
// cards here, so one broken card is skipped and the rest still read; and what ical.js
// lacks is done first: vCard 2.1's folding, quoted-printable values and bare parameters
// (`TEL;CELL:`), and `\;` in a plain text value, which Apple and others write but
// ical.js keeps as it is.
import { decodeQuotedPrintable, endsInSoftBreak } from './quotedPrintable';

/** One card's lines as the file has them, and where it starts. */
export interface CardText {
	/** The card's number in the file, from 1. */
	row: number;
	/** The line of its BEGIN:VCARD, from 1. */
	line: number;
	lines: string[];
	/** Whether its END:VCARD was found; a file cut short loses the end of its last card. */
	ended: boolean;
}

// Not after white space: a line starting with it carries on the line before (`CATEGORIES:…` folded
// before a category called `END:VCARD`).
const BEGIN = /^begin\s*:\s*vcard\s*$/i;
const END = /^end\s*:\s*vcard\s*$/i;

/**
 * The cards in a file. A BEGIN:VCARD inside a card that has not ended starts the next
 * card, and the one before is left unended: a lost END sinks one card, not the rest.
 */
export function splitCards(text: string): CardText[] {
	const cards: CardText[] = [];
	let current: CardText | undefined;
	for (const [index, line] of text
		.replace(/^\uFEFF/, '')
		.split(/\r\n|\n|\r/)
		.entries()) {
		if (BEGIN.test(line)) {
			current = { row: cards.length + 1, line: index + 1, lines: [line], ended: false };
			cards.push(current);
		} else if (current) {
			current.lines.push(line);
			if (END.test(line)) {
				current.ended = true;
				current = undefined;
			}
		}
	}
	return cards;
}

interface Param {
	key?: string;
	value: string;
}

/** A content line taken apart: `item1.EMAIL;TYPE=work:jane@example.com`. */
interface ContentLine {
	group?: string;
	name: string;
	params: Param[];
	value: string;
}

/** The line's parts, or undefined when it has no `:` outside quotes (ical.js then says what is wrong with it). */
function contentLine(line: string): ContentLine | undefined {
	let quoted = false;
	let colon = -1;
	for (let i = 0; i < line.length; i++) {
		const char = line[i];
		if (char === '"') quoted = !quoted;
		else if (char === ':' && !quoted) {
			colon = i;
			break;
		}
	}
	if (colon < 0) return undefined;
	const [head = '', ...rest] = splitOutsideQuotes(line.slice(0, colon));
	const dot = head.lastIndexOf('.');
	const params = rest.map((param): Param => {
		const equals = param.indexOf('=');
		return equals < 0 ? { value: param.trim() } : { key: param.slice(0, equals).trim(), value: param.slice(equals + 1) };
	});
	const parsed: ContentLine = { name: head.slice(dot + 1).trim(), params, value: line.slice(colon + 1) };
	if (dot >= 0) parsed.group = head.slice(0, dot);
	return parsed;
}

function splitOutsideQuotes(text: string): string[] {
	const parts: string[] = [];
	let quoted = false;
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '"') quoted = !quoted;
		else if (text[i] === ';' && !quoted) {
			parts.push(text.slice(start, i));
			start = i + 1;
		}
	}
	parts.push(text.slice(start));
	return parts;
}

function lineText(line: ContentLine): string {
	const params = line.params.map((param) => (param.key === undefined ? `;${param.value}` : `;${param.key}=${param.value}`)).join('');
	return `${line.group === undefined ? '' : `${line.group}.`}${line.name}${params}:${line.value}`;
}

const ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);

function param(line: ContentLine, key: string): string | undefined {
	const found = line.params.find((p) => p.key?.toUpperCase() === key);
	return found?.value.replace(/"/g, '').trim();
}

function encodingOf(line: ContentLine): string | undefined {
	const bare = line.params.find((p) => p.key === undefined && ENCODINGS.has(p.value.toUpperCase()));
	return (param(line, 'ENCODING') ?? bare?.value)?.toUpperCase();
}

// Pictures, sounds and keys are never imported; dropping them first spares ical.js a 2.1
// photo's base64 and a card being lost to a picture it can't read.
const DROPPED = new Set(['PHOTO', 'LOGO', 'SOUND', 'KEY']);

// Plain text values, where `\;` means `;`: ical.js decodes it only in structured ones (N, ORG).
const PLAIN_TEXT = new Set(['FN', 'NOTE', 'TITLE', 'ROLE', 'NICKNAME', 'CATEGORIES', 'EMAIL', 'X-ABLABEL']);

/**
 * Stands for an escaped backslash (`\\`) while ical.js reads the card. ical.js takes a
 * separator after any backslash for an escaped one, so `a\\,b` (a value ending in a
 * backslash, then the next) would be read as one value; this character, a Unicode
 * noncharacter that no text exchanged between programs holds, keeps the two apart. The
 * reader puts the backslash back (`restoreBackslashes`).
 */
const BACKSLASH = '\uFDD0';

/** Escaped backslashes as BACKSLASH; in plain text, `\;` made `;` too. Other escapes are left for ical.js. */
function protectEscapes(value: string, plainText: boolean): string {
	let out = '';
	for (let i = 0; i < value.length; i++) {
		const char = value[i] ?? '';
		const next = value[i + 1];
		if (char === '\\' && next === '\\') out += BACKSLASH;
		else if (char === '\\' && next === ';' && plainText) out += ';';
		else if (char === '\\' && next !== undefined) out += char + next;
		else {
			out += char;
			continue;
		}
		i++;
	}
	return out;
}

/** A value ical.js read, with the backslashes protectEscapes set aside put back. */
export function restoreBackslashes(value: string): string {
	return value.split(BACKSLASH).join('\\');
}

/** A card's content lines unfolded, as physical lines joined: folds, quoted-printable soft breaks, 2.1's base64 runs. */
function logicalLines(lines: readonly string[], isV21: boolean): string[] {
	const logical: string[] = [];
	let quotedPrintable = false;
	let base64Run = false;
	for (const line of lines) {
		const last = logical.length - 1;
		const current = logical[last];
		if (current !== undefined && quotedPrintable && endsInSoftBreak(current)) {
			logical[last] = current.slice(0, -1) + line;
			continue;
		}
		if (current !== undefined && base64Run && line.trim() !== '' && !END.test(line)) {
			// 2.1 runs base64 on over lines of their own until a blank one (RFC 2425 came later).
			logical[last] = current + line.trim();
			continue;
		}
		base64Run = false;
		if (current !== undefined && (line.startsWith(' ') || line.startsWith('\t'))) {
			// 2.1 folds only where there was white space, and keeps it; 3.0 and 4.0 drop the one character that marks the fold.
			logical[last] = current + (isV21 ? line : line.slice(1));
			continue;
		}
		if (line.trim() === '') continue;
		logical.push(line);
		const parsed = contentLine(line);
		const encoding = parsed && encodingOf(parsed);
		quotedPrintable = encoding === 'QUOTED-PRINTABLE';
		base64Run = isV21 && (encoding === 'BASE64' || encoding === 'B');
	}
	return logical;
}

/** One content line as ical.js can read it, or undefined when it is dropped. */
function forParser(raw: string, isV21: boolean): string | undefined {
	const line = contentLine(raw);
	if (!line) return raw;
	const name = line.name.toUpperCase();
	if (DROPPED.has(name)) return undefined;
	if (name === 'VERSION' && isV21) {
		// ical.js knows 3.0 and 4.0; 2.1's properties, once decoded, read as 3.0's.
		return 'VERSION:3.0';
	}
	const encoding = encodingOf(line);
	const charset = param(line, 'CHARSET');
	let value = line.value;
	if (encoding === 'QUOTED-PRINTABLE') {
		// Decoded text carries real line breaks, which a content line writes as `\n`.
		value = decodeQuotedPrintable(value, charset).replace(/\r\n|\r|\n/g, '\\n');
	}
	value = protectEscapes(value, PLAIN_TEXT.has(name));
	const params = line.params
		.filter((p) => {
			const key = p.key?.toUpperCase() ?? (ENCODINGS.has(p.value.toUpperCase()) ? 'ENCODING' : 'TYPE');
			// The encoding and charset are undone here; ical.js would take `ENCODING=b` as binary.
			return key !== 'ENCODING' && key !== 'CHARSET' && p.value !== '';
		})
		.map((p): Param => (p.key === undefined ? { key: 'TYPE', value: p.value } : p));
	return lineText({ ...line, params, value });
}

/** A card's text as ical.js can read it: unfolded, decoded, one content line per line. */
export function cardForParser(card: CardText): string {
	const version = card.lines.find((line) => /^version\s*:/i.test(line));
	const isV21 = version?.split(':')[1]?.trim() === '2.1';
	return logicalLines(card.lines, isV21)
		.flatMap((line) => forParser(line, isV21) ?? [])
		.join('\r\n');
}
