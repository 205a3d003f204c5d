// Contacts as vCard 4.0 (RFC 6350), for a phone or Google Contacts to import: CRLF line
// ends, lines folded at 75 octets, text escaped. readVcards reads it back to the same people.
import type { ImportedPerson } from './types';

/** A person to export: what an import reads, without a row in a file. */
export type ExportPerson = Omit<ImportedPerson, 'row'>;

const FOLD_AT = 75;

/** Text as a vCard value: `\`, `,`, `;` and line breaks escaped (RFC 6350 §3.4). */
function escapeText(value: string): string {
	return value.replace(/\r\n|\r|\n|[\\,;]/g, (char) => (char === '\\' || char === ',' || char === ';' ? `\\${char}` : '\\n'));
}

/** A URL as a value: URIs are not escaped, but a line break would end the line, so control characters go. */
function uri(value: string): string {
	// eslint-disable-next-line no-control-regex -- control characters are what this removes
	return value.replace(/[\u0000-\u001f\u007f]/g, '');
}

/** `BDAY:YYYYMMDD`, or `BDAY:--MMDD` with no year (6350's basic format); anything else as the text it is, which 6350 allows. */
function birthdayLine(birthday: string): string {
	if (/^\d{4}-\d{2}-\d{2}$/.test(birthday)) return `BDAY:${birthday.replace(/-/g, '')}`;
	if (/^\d{2}-\d{2}$/.test(birthday)) return `BDAY:--${birthday.replace('-', '')}`;
	return `BDAY;VALUE=text:${escapeText(birthday)}`;
}

/** Given and family names: the person's own, or the name split before its last word. */
function nameParts(person: ExportPerson): { given: string; family: string } {
	if (person.given !== undefined || person.family !== undefined) return { given: person.given ?? '', family: person.family ?? '' };
	const words = person.name.trim().split(/\s+/);
	if (words.length < 2) return { given: '', family: words[0] ?? '' };
	return { given: words.slice(0, -1).join(' '), family: words[words.length - 1] ?? '' };
}

/**
 * A content line folded so no line is longer than 75 octets: each fold a CRLF and a space,
 * and never inside a character's UTF-8 bytes (nor between a surrogate pair's halves).
 */
export function foldLine(line: string): string {
	const lines: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = utf8Length(char);
		if (octets + size > FOLD_AT) {
			lines.push(current);
			// The space that marks a fold counts toward the next line's 75.
			current = ' ';
			octets = 1;
		}
		current += char;
		octets += size;
	}
	lines.push(current);
	return lines.join('\r\n');
}

function utf8Length(char: string): number {
	const code = char.codePointAt(0) ?? 0;
	return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

function card(person: ExportPerson): string[] {
	const { given, family } = nameParts(person);
	const lines = ['BEGIN:VCARD', 'VERSION:4.0', `FN:${escapeText(person.name)}`, `N:${escapeText(family)};${escapeText(given)};;;`];
	if (person.nicknames.length > 0) lines.push(`NICKNAME:${person.nicknames.map(escapeText).join(',')}`);
	for (const email of person.emails) lines.push(`EMAIL:${escapeText(email)}`);
	for (const phone of person.phones) lines.push(`TEL:${escapeText(phone)}`);
	if (person.company) lines.push(`ORG:${escapeText(person.company)}`);
	if (person.role) lines.push(`TITLE:${escapeText(person.role)}`);
	if (person.linkedin) lines.push(`URL:${uri(person.linkedin)}`);
	if (person.birthday) lines.push(birthdayLine(person.birthday));
	if (person.note) lines.push(`NOTE:${escapeText(person.note)}`);
	if (person.tags.length > 0) lines.push(`CATEGORIES:${person.tags.map(escapeText).join(',')}`);
	lines.push('END:VCARD');
	return lines;
}

/** The people as one vCard 4.0 file, a card each, in the order given. */
export function writeVcards(people: readonly ExportPerson[]): string {
	return people.flatMap((person) => card(person).map(foldLine)).join('\r\n') + (people.length > 0 ? '\r\n' : '');
}
