// vCard 2.1's quoted-printable values (RFC 2045 §6.7), which old Android phones and
// Outlook still write for any name with an accent: `=C3=96zt=C3=BCrk`, bytes in the
// card's CHARSET (UTF-8 when it names none), and lines ending `=` continued on the next.
// ical.js reads vCard 3 and 4 only, so these are decoded before it sees the card.
import { decodeWindows1252 } from './fileText';

// `=` then a line break: a soft break, which joins two lines of one value.
const SOFT_BREAK = /=\r?\n/g;

function isHex(text: string): boolean {
	return /^[0-9a-f]{2}$/i.test(text);
}

/** The text a quoted-printable value encodes, its bytes read in `charset`; an `=` not followed by two hex digits stays as it is. */
export function decodeQuotedPrintable(value: string, charset = 'utf-8'): string {
	const decode = bytesDecoder(charset);
	const text = value.replace(SOFT_BREAK, '');
	let decoded = '';
	let bytes: number[] = [];
	const flush = (): void => {
		if (bytes.length === 0) return;
		decoded += decode(new Uint8Array(bytes));
		bytes = [];
	};
	let i = 0;
	while (i < text.length) {
		const hex = text.slice(i + 1, i + 3);
		if (text[i] === '=' && isHex(hex)) {
			// A run of encoded bytes is decoded together: one character can take several.
			bytes.push(parseInt(hex, 16));
			i += 3;
			continue;
		}
		flush();
		decoded += text[i] ?? '';
		i++;
	}
	flush();
	return decoded;
}

/**
 * A decoder for the charset a card names; one no browser knows is read as UTF-8, what nearly
 * every phone writes. ISO-8859-1 and the other names of Windows-1252 are decoded as the
 * import file is (fileText.ts): some node versions read them as ISO-8859-1, € a control character.
 */
function bytesDecoder(charset: string): (bytes: Uint8Array) => string {
	let decoder: TextDecoder;
	try {
		decoder = new TextDecoder(charset.trim() || 'utf-8');
	} catch {
		decoder = new TextDecoder('utf-8');
	}
	if (decoder.encoding === 'windows-1252') return decodeWindows1252;
	return (bytes) => decoder.decode(bytes);
}

/** Whether a line's value ends in a soft break, so the next line carries on the same value. */
export function endsInSoftBreak(value: string): boolean {
	return value.endsWith('=');
}
