// The body as it reads: code blocks and `%%` comments hidden, headings (`#` and underlined),
// list items, and the words links and tags are read from. The CLI reads notes with this,
// and the writer finds headings, list items and the places it may write with it, so the
// two cannot disagree.
import { headingMatch } from './markdownLine';

/** How a link or tag on a line counts: in a quote, on a task, or in plain text. */
export type InlineContext = 'text' | 'quote' | 'openTask' | 'doneTask';

export interface LineShade {
	/**
	 * In a fenced code block (its fences included), or in a `%%` comment from its start:
	 * no heading, list item, link or tag on it is read, and nothing is written into it.
	 */
	hidden: boolean;
	/** A fence or a comment is still open after the line: a line put below it would be hidden. */
	openAfter: boolean;
	/** The line with its `%%` comments blanked out, column for column, when it has any: where links and tags are read. */
	visible?: string;
}

// Most lines are plain: one shade for them all, so reading a vault allocates none per line.
const PLAIN: LineShade = Object.freeze({ hidden: false, openAfter: false });
const CODE: LineShade = Object.freeze({ hidden: true, openAfter: true });
const CODE_END: LineShade = Object.freeze({ hidden: true, openAfter: false });

export interface BodyHeading {
	line: number;
	level: number;
	text: string;
	/** A setext heading: its words on `line`, the `===` or `---` under them on the next. */
	underlined: boolean;
}

export interface BodyItem {
	line: number;
	/** The checkbox character for tasks (' ', 'x', '/', …). */
	task?: string;
	/** After the marker and checkbox. */
	text: string;
	/** Under another list item. */
	nested: boolean;
}

export interface Body {
	headings: BodyHeading[];
	items: BodyItem[];
	shades: LineShade[];
	/** By line: the words its links and tags are read from, and how they count; none on hidden, blank and underline lines. */
	inline: ({ text: string; context: InlineContext } | undefined)[];
}

// Fences count at any indent: inside a list item they are indented, and still code.
const FENCE = /^[ \t]*(`{3,}|~{3,})/;
// The text starts at its first visible character: `[ \t]+` then `.*` would trade spaces back and forth.
/** A list item: its indent, its checkbox character, its words. The CLI's lean read of daily notes reads items with it too. */
export const LIST_ITEM = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[(.)\][ \t]+)?([^ \t\n\r\u2028\u2029].*)?$/;
/** A list item's marker and the space after it. */
export const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/;
/** A `>` quote or callout line. */
export const QUOTE = /^[ \t]*>/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const STARTS_COMMENT = /^[ \t]*%%/;

/**
 * Each line's cover by code and comments. A fence opens a code block that its closing fence
 * ends, or the end of the note (CommonMark). Outside code, `%%` opens an Obsidian comment
 * that the next `%%` closes, on the same line or any later one, or the end of the note, as
 * the editor shows it; a `%%` in a code span is text. A line inside either from its start,
 * or that starts with `%%`, is hidden; a line that only opens one (`Met Sam %%private`)
 * is read up to the `%%`.
 */
export function shadeLines(texts: readonly string[], from = 0): LineShade[] {
	const shades: LineShade[] = [];
	let fence: string | undefined;
	let comment = false;
	for (let n = 0; n < texts.length; n++) {
		const text = texts[n] ?? '';
		if (n < from) {
			shades.push(PLAIN);
			continue;
		}
		const fenceMatch = comment ? null : FENCE.exec(text);
		if (fence !== undefined) {
			// A fence closes on the same character, at least as long, and nothing else.
			const marker = fenceMatch?.[1] ?? '';
			if (fenceMatch && marker[0] === fence[0] && marker.length >= fence.length && text.trim() === marker) fence = undefined;
			shades.push(fence === undefined ? CODE_END : CODE);
			continue;
		}
		if (fenceMatch) {
			fence = fenceMatch[1];
			shades.push(CODE);
			continue;
		}
		if (!comment && text.indexOf('%%') === -1) {
			shades.push(PLAIN);
			continue;
		}
		const hidden = comment || STARTS_COMMENT.test(text);
		const read = blankComments(text, comment);
		comment = read.open;
		if (!hidden && !comment && read.visible === text) shades.push(PLAIN);
		else shades.push(read.visible === text ? { hidden, openAfter: comment } : { hidden, openAfter: comment, visible: read.visible });
	}
	return shades;
}

/** The line with its `%%` comments blanked, given whether one is open at its start, and whether one is open at its end. */
function blankComments(text: string, open: boolean): { visible: string; open: boolean } {
	// Runs of backticks, each with the next run as long after it: a code span's two ends.
	const runs: { at: number; length: number; closer: number }[] = [];
	for (const match of text.matchAll(/`+/g)) runs.push({ at: match.index, length: match[0].length, closer: -1 });
	const nextOfLength = new Map<number, number>();
	for (let r = runs.length - 1; r >= 0; r--) {
		const run = runs[r];
		if (!run) continue;
		run.closer = nextOfLength.get(run.length) ?? -1;
		nextOfLength.set(run.length, r);
	}
	let visible = '';
	let i = 0;
	let r = 0;
	let percent = -2;
	while (i < text.length) {
		if (open) {
			const close = text.indexOf('%%', i);
			const end = close === -1 ? text.length : close + 2;
			visible += ' '.repeat(end - i);
			i = end;
			if (close !== -1) open = false;
			continue;
		}
		// Each search starts where the last left off, so a line is read once whatever it holds.
		if (percent !== -1 && percent < i) percent = text.indexOf('%%', i);
		while (r < runs.length && (runs[r]?.at ?? 0) < i) r++;
		const run = runs[r];
		if (percent !== -1 && (!run || percent < run.at)) {
			visible += `${text.slice(i, percent)}  `;
			i = percent + 2;
			open = true;
			continue;
		}
		if (!run) {
			visible += text.slice(i);
			break;
		}
		const closer = runs[run.closer];
		const end = closer ? closer.at + closer.length : run.at + run.length;
		visible += text.slice(i, end);
		i = end;
	}
	return { visible, open };
}

/**
 * Headings (`#` and underlined), list items, and where links are read, line by line from
 * `from` (the line after the properties), as Obsidian's metadata cache gives them.
 */
export function readBody(texts: readonly string[], from = 0): Body {
	const shades = shadeLines(texts, from);
	const body: Body = { headings: [], items: [], shades, inline: [] };
	// For setext headings (a line underlined with === or ---) and nested list items.
	let previous: 'blank' | 'paragraph' | 'hidden' | 'other' = 'blank';
	const listIndents: number[] = [];
	for (let n = from; n < texts.length; n++) {
		const line = texts[n] ?? '';
		const shade = shades[n];
		if (!shade || shade.hidden) {
			previous = 'hidden';
			continue;
		}
		if (line.trim() === '') {
			previous = 'blank';
			continue;
		}
		const underline = SETEXT_UNDERLINE.exec(line);
		if (underline && previous === 'paragraph') {
			body.headings.push({
				line: n - 1,
				level: underline[1]?.startsWith('=') ? 1 : 2,
				text: (texts[n - 1] ?? '').trim(),
				underlined: true,
			});
			previous = 'other';
			continue;
		}
		const item = LIST_ITEM.exec(line);
		const heading = item ? null : headingMatch(line);
		if (heading) {
			body.headings.push({ line: n, level: heading[1]?.length ?? 1, text: heading[2] ?? '', underlined: false });
			const words = shade.visible === undefined ? heading[2] : headingMatch(shade.visible)?.[2];
			body.inline[n] = { text: words ?? '', context: 'text' };
			previous = 'other';
			listIndents.length = 0;
			continue;
		}
		let context: InlineContext = QUOTE.test(line) ? 'quote' : 'text';
		if (item) {
			const indent = (item[1] ?? '').replace(/\t/g, '    ').length;
			while (listIndents.length > 0 && (listIndents[listIndents.length - 1] ?? 0) >= indent) listIndents.pop();
			const task = item[2];
			body.items.push({ line: n, task, text: item[3] ?? '', nested: listIndents.length > 0 });
			listIndents.push(indent);
			if (task !== undefined) context = task === 'x' || task === 'X' ? 'doneTask' : 'openTask';
			else if (QUOTE.test(item[3] ?? '')) context = 'quote';
			previous = 'other';
		} else {
			// Unindented words after a blank line or a code block or comment are no part of a list.
			if ((previous === 'blank' || previous === 'hidden') && !/^[ \t]/.test(line)) listIndents.length = 0;
			previous = context === 'quote' || listIndents.length > 0 ? 'other' : 'paragraph';
		}
		body.inline[n] = { text: shade.visible ?? line, context };
	}
	return body;
}

/** Whether a `%%` on this line would leave a comment open after it, hiding the lines below. */
export function opensComment(text: string): boolean {
	return blankComments(text, false).open;
}
