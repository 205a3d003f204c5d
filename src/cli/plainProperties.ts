// Properties read without a YAML parser, when their text can be read one way only.
// A contact's block is most often a few lines of `key: word`, `key: 2026-11-21` and
// `key: [word, word]`; handing each to gray-matter and js-yaml was the CLI's largest
// single cost after reading the files. So a block is read here when every line is a
// top-level `key: value` of the few shapes below, with the value's reading under the
// core schema settled by its first character; at the least doubt (anything else: a
// comment, a nested line, a quote holding an escape, a word that could be a number,
// null or a boolean, a repeated key) the answer is undefined and gray-matter reads the
// block as before, and reports any problem in it. What this reads equals gray-matter's
// reading of the same block, object for object (tests/cli/plainProperties.test.ts).

// Characters that end the quick reading at once: tabs, carriage returns and other control
// characters (the line feeds between lines apart), the line breaks YAML 1.1 knew (U+0085,
// U+2028, U+2029), a byte-order mark, non-characters, and surrogates (a character outside
// the first plane).
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const DOUBTFUL_CHAR = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/;
// A top-level key and its colon, matched where a line starts: an ASCII letter, then letters,
// digits, `_` or `-` (longer keys are left to the parser, which limits an implicit key's length).
const KEY = /[A-Za-z][A-Za-z0-9_-]{0,63}:/y;
// A plain word that starts with a letter of any script.
const LETTER_FIRST = /^\p{L}/u;
// A day (`2026-11-21`) or a day of the year (`12-03`, a birthday): text under the core
// schema, which has no timestamps, and no number has a `-` between digits.
const DAY = /^\d{1,4}-\d{1,2}(?:-\d{1,2})?$/;
// A period such as `3m` or `1y`: digits then one letter that no number form uses.
const PERIOD = /^\d{1,4}[acdf-np-wyzACDF-NP-WYZ]$/;
// Words the core schema reads as null or a boolean, in whatever case they are written.
const NOT_TEXT = new Set(['null', 'true', 'false']);
// Characters a word inside `[…]` may not hold here (flow indicators, a key's colon, a
// comment's sign). A quote inside a word is part of it (`[Andrea O'.]`): only a first one quotes.
const FLOW_DOUBT = /[[\]{}:#,]/;

/** The block's properties, when it is plain enough to read without YAML; otherwise undefined. */
export function plainProperties(yaml: string): Record<string, unknown> | undefined {
	if (DOUBTFUL_CHAR.test(yaml)) return undefined;
	const data: Record<string, unknown> = {};
	let keys = 0;
	for (let start = 0; start <= yaml.length;) {
		let end = yaml.indexOf('\n', start);
		if (end === -1) end = yaml.length;
		KEY.lastIndex = start;
		if (KEY.test(yaml)) {
			const key = yaml.slice(start, KEY.lastIndex - 1);
			if ((key.length <= 5 && NOT_TEXT.has(key.toLowerCase())) || Object.prototype.hasOwnProperty.call(data, key)) return undefined;
			let at = KEY.lastIndex;
			if (at < end && yaml.charCodeAt(at) !== 32) return undefined;
			while (at < end && yaml.charCodeAt(at) === 32) at++;
			let last = end;
			while (last > at && yaml.charCodeAt(last - 1) === 32) last--;
			const value = at === last ? null : valueOf(yaml.slice(at, last));
			if (value === undefined) return undefined;
			data[key] = value;
			keys++;
		} else {
			// Anything but a key at the line's start (an indent, a comment, a `- ` item) is left
			// to the parser; only a line of spaces or nothing is passed over.
			for (let at = start; at < end; at++) if (yaml.charCodeAt(at) !== 32) return undefined;
		}
		start = end + 1;
	}
	return keys > 0 ? data : undefined;
}

/** A value with one reading: quoted text with no escapes, `[word, …]`, or a plain word that is text. */
function valueOf(text: string): unknown {
	const first = text[0];
	if (first === '"' || first === "'") {
		if (text.length < 2 || text[text.length - 1] !== first) return undefined;
		const inner = text.slice(1, -1);
		if (inner.includes(first) || (first === '"' && inner.includes('\\'))) return undefined;
		return inner;
	}
	if (first === '[') {
		if (text[text.length - 1] !== ']') return undefined;
		const items = text
			.slice(1, -1)
			.split(',')
			.map((item) => trimSpaces(item));
		if (items.length === 1 && items[0] === '') return [];
		// One comma after the last item is allowed, as YAML allows it.
		if (items.length > 1 && items[items.length - 1] === '') items.pop();
		return items.every((item) => !FLOW_DOUBT.test(item) && isText(item)) ? items : undefined;
	}
	return isText(text) ? text : undefined;
}

/** Whether a plain word (no spaces at either end) is text under the core schema, and all of it. */
function isText(word: string): boolean {
	if (word === '') return false;
	if (LETTER_FIRST.test(word)) {
		if (word.length <= 5 && NOT_TEXT.has(word.toLowerCase())) return false;
	} else if (!DAY.test(word) && !PERIOD.test(word)) return false;
	// `: ` or a last `:` would make a key, ` #` a comment.
	return !word.includes(': ') && !word.endsWith(':') && !word.includes(' #');
}

function trimSpaces(text: string): string {
	let start = 0;
	let end = text.length;
	while (start < end && text.charCodeAt(start) === 32) start++;
	while (end > start && text.charCodeAt(end - 1) === 32) end--;
	return text.slice(start, end);
}
