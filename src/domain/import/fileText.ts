// An import file's bytes as text, the one rule both hosts read by: UTF-8 (a byte-order mark
// dropped) when the bytes are UTF-8, else Windows-1252, what Excel on Windows and older
// phones save in. Every byte is a character in Windows-1252, so no file is refused for its
// bytes and none turns into U+FFFD; the plan says the file was read that way, so the user
// looks at its accented letters before importing.
//
// Windows-1252 is decoded here, not by `new TextDecoder('windows-1252')`: the node the CLI
// is tested on (20.20) decodes that label as ISO-8859-1, which makes € and the curly quotes
// of 0x80–0x9F into control characters.

export type ImportEncoding = 'utf-8' | 'utf-16' | 'windows-1252';

export interface ImportFileText {
	text: string;
	encoding: ImportEncoding;
}

/** 0x80–0x9F in Windows-1252, as the WHATWG Encoding Standard maps them; the five it leaves unassigned stay as they are. */
const HIGH_CONTROLS = [
	0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018,
	0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** Past this many characters, the text is built in pieces: String.fromCharCode takes only so many arguments. */
const CHUNK = 8192;

/** Bytes as Windows-1252 text (what the WHATWG standard also reads ISO-8859-1 and US-ASCII as): every byte one character. */
export function decodeWindows1252(bytes: Uint8Array): string {
	let text = '';
	for (let start = 0; start < bytes.length; start += CHUNK) {
		const codes = Array.from(bytes.subarray(start, start + CHUNK), (byte) =>
			byte >= 0x80 && byte <= 0x9f ? (HIGH_CONTROLS[byte - 0x80] ?? byte) : byte,
		);
		text += String.fromCharCode(...codes);
	}
	return text;
}

/**
 * A file's bytes as text: UTF-16 when it starts with UTF-16's byte-order mark (Excel's
 * "Unicode text" does), UTF-8 when the bytes are UTF-8 (its byte-order mark dropped), else
 * Windows-1252.
 */
export function decodeImportFile(bytes: Uint8Array): ImportFileText {
	// The decoder drops the mark itself.
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16' };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16' };
	try {
		// `fatal` throws on a byte that is not UTF-8; the BOM is dropped unless told to keep it.
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
	}
}

/** What the plan says about how the file was read; nothing for UTF-8 or UTF-16, which lose no letter. */
export function encodingNote(name: string, read: ImportFileText): string | undefined {
	if (read.encoding !== 'windows-1252') return undefined;
	return `${name} is not UTF-8: read as Windows-1252 (Western European); check accented letters before you import.`;
}
