// Which format a file seems to be, so the import form can start on the right one: the
// extension, then the first lines. Only a guess: the form shows it and the user can change it.
import type { ImportFormat } from './types';

/** The formats as a user knows them, in the order the form lists them. */
export const FORMAT_NAMES: Readonly<Record<ImportFormat, string>> = {
	linkedin: 'LinkedIn CSV',
	vcard: 'vCard',
	google: 'Google CSV',
};

/** The kinds of file as a refusal names them: "Connections.csv looks like a LinkedIn connections export, not …". */
export const FORMAT_KINDS: Readonly<Record<ImportFormat, string>> = {
	linkedin: 'a LinkedIn connections export',
	vcard: 'a vCard file',
	google: 'a Google Contacts CSV',
};

/** How far into a file the guess looks: LinkedIn's `Notes:` lines come before its header. */
const LOOK_AT = 4096;

/**
 * A `.vcf` (or any file starting `BEGIN:VCARD`) is a vCard; a CSV whose header has LinkedIn's
 * `Connected On` or `URL` column is LinkedIn's, one with Google's `E-mail 1 - Value` or
 * `Given Name` is Google's. Undefined when nothing says.
 */
export function guessFormat(fileName: string, text: string): ImportFormat | undefined {
	const head = text.slice(0, LOOK_AT).replace(/^\uFEFF/, '');
	const lower = fileName.toLowerCase();
	if (lower.endsWith('.vcf') || lower.endsWith('.vcard') || /^\s*BEGIN:VCARD/i.test(head)) return 'vcard';
	const header = head.toLowerCase();
	if (/(^|[\r\n,])"?connected on"?(,|[\r\n]|$)/.test(header) || /(^|\n)notes:/.test(header)) return 'linkedin';
	if (/e-mail 1 - value|(^|,)"?given name"?,|(^|,)"?middle name"?,/.test(header)) return 'google';
	if (/(^|,)"?url"?,/.test(header) && /(^|[\r\n])"?first name"?,/.test(header)) return 'linkedin';
	return undefined;
}
