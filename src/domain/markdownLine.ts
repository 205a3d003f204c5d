// What one line of Markdown is, read in time linear in the line's length. A heading line
// or a code span is where a backtracking pattern goes quadratic or worse (a heading with
// kilobytes of spaces before its last word took seconds), so these are small loops, and
// every regular expression in src/ is checked by a ReDoS analyzer in the tests.

/** Anything but a space, a tab or a line break: a heading's first word starts with it. */
const HEADING_START = /^\s{0,3}(#{1,6})[ \t]+([^ \t\n\r\u2028\u2029].*)?$/;

/** What an ATX heading line says: its level and its words without a closing `#` sequence. */
export interface HeadingLine {
	level: number;
	text: string;
}

/**
 * The heading a line is (`## Interactions ##` is level 2, "Interactions"), or undefined.
 * Its words lose trailing spaces, then the `#`s closing it, then the spaces before those.
 */
export function headingOf(line: string): HeadingLine | undefined {
	const match = HEADING_START.exec(line);
	if (!match) return undefined;
	return { level: match[1]?.length ?? 1, text: withoutClosingHashes(match[2] ?? '') };
}

/**
 * The heading as the pattern `/^\s{0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/` read it:
 * [whole line, the `#`s, the words], or null. That pattern took cubic time on a heading
 * with a long run of spaces inside it; this is the same answer in one pass.
 */
export function headingMatch(line: string): [string, string, string] | null {
	const heading = headingOf(line);
	return heading ? [line, '#'.repeat(heading.level), heading.text] : null;
}

function withoutClosingHashes(words: string): string {
	let end = trimmedEnd(words, words.length);
	let hashes = end;
	while (hashes > 0 && words[hashes - 1] === '#') hashes--;
	if (hashes < end) end = trimmedEnd(words, hashes);
	return words.slice(0, end);
}

// Every line break Markdown and a `m`-flag pattern know; the capture keeps each in a split.
const LINE_BREAK = /(\r\n|[\n\r\u2028\u2029])/;

/**
 * The text with each line passed through `edit` and every line break kept as it was. Line
 * by line: one pattern over the whole text (`^…$` with `m`) tried every split of a long line.
 */
export function mapLines(text: string, edit: (line: string) => string): string {
	return text
		.split(LINE_BREAK)
		.map((part, i) => (i % 2 === 0 ? edit(part) : part))
		.join('');
}

/** Where `text` up to `end` ends once its trailing spaces and tabs are dropped. */
export function trimmedEnd(text: string, end = text.length): number {
	while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
	return end;
}

/**
 * The text with each code span (`` `code` ``, ``` ``a ` b`` ```) blanked to spaces of the
 * same length, so links and tags inside code are not read. A span closes on the next run
 * of exactly as many backticks (CommonMark); a run with no such partner is plain text.
 * Linear: each run length's later runs are looked up in order, once.
 */
export function blankCodeSpans(text: string): string {
	if (text.indexOf('`') === -1) return text;
	const runs: { at: number; length: number }[] = [];
	for (let i = 0; i < text.length;) {
		if (text[i] !== '`') {
			i++;
			continue;
		}
		const at = i;
		while (i < text.length && text[i] === '`') i++;
		runs.push({ at, length: i - at });
	}
	// For each length, the indexes (into `runs`) of the runs of that length, in order.
	const byLength = new Map<number, number[]>();
	runs.forEach((run, index) => {
		const list = byLength.get(run.length);
		if (list) list.push(index);
		else byLength.set(run.length, [index]);
	});
	const next = new Map<number, number>();
	let out = '';
	let copied = 0;
	for (let r = 0; r < runs.length; r++) {
		const open = runs[r];
		if (!open) continue;
		const list = byLength.get(open.length) ?? [];
		let k = next.get(open.length) ?? 0;
		while (k < list.length && (list[k] ?? 0) <= r) k++;
		next.set(open.length, k);
		const closeIndex = list[k];
		const close = closeIndex === undefined ? undefined : runs[closeIndex];
		if (closeIndex === undefined || !close) continue;
		const end = close.at + close.length;
		out += text.slice(copied, open.at) + ' '.repeat(end - open.at);
		copied = end;
		r = closeIndex;
	}
	return out + text.slice(copied);
}

/** White space as `\s` and `trim` read it. */
export function isSpace(code: number): boolean {
	if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
	return (
		code === 0xa0 ||
		code === 0x1680 ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000 ||
		code === 0xfeff
	);
}
