// Line-level edits of a note's text that change only the lines they must. Each line keeps
// its own ending (a CRLF note stays CRLF, an old Mac note's lone CRs stay, a mixed one
// stays mixed), a BOM stays, and frontmatter is edited a key at a time instead of being
// parsed and written back, which would re-quote strings, reflow lists and drop comments.
// The same edits run in the plugin (inside Vault.process) and in the CLI (on disk), so both
// change notes identically; and the body is read for them as the CLI reads it (`readBody`),
// so a new line lands where the reader looks.
import { sectionOfHeading, sectionOwners, type SectionName } from './contact';
import { headingMatch, trimmedEnd } from './markdownLine';
import { yamlExpansionProblem } from './yamlGuard';

export interface Line {
	text: string;
	/** '\n', '\r\n', '\r' (old Mac notes), or '' for a last line without one. */
	eol: string;
}

export interface NoteText {
	bom: boolean;
	lines: Line[];
}

/** Parses YAML the way the host does (Obsidian's parseYaml, or js-yaml in the CLI). */
export type YamlParser = (yaml: string) => unknown;

// A top-level key: `key:`, `"key":` or `'key':`, then a space or the end of the line. A plain
// key runs to the first `:` and keeps the spaces before it (they are trimmed off): a lazy
// key followed by `[ \t]*` took quadratic time on a line of spaces with no colon.
const KEY_LINE = /^(?:"((?:[^"\\]|\\.)*)"[ \t]*|'((?:[^']|'')*)'[ \t]*|([^\s#'"{[\]},&*!|>%@`-][^:#]*|-[^\s:#][^:#]*)):(?=[ \t]|$)/;

export function splitNote(text: string): NoteText {
	const bom = text.charCodeAt(0) === 0xfeff;
	const body = bom ? text.slice(1) : text;
	const lines: Line[] = [];
	// A lone CR ends a line too, as the CLI's reader and the editor count lines: split on
	// LF only, an old Mac note is one line, with no properties to find.
	const pattern = /\r\n|\r|\n/g;
	let start = 0;
	for (let match = pattern.exec(body); match; match = pattern.exec(body)) {
		lines.push({ text: body.slice(start, match.index), eol: match[0] });
		start = match.index + match[0].length;
	}
	lines.push({ text: body.slice(start), eol: '' });
	return { bom, lines };
}

export function joinNote(note: NoteText): string {
	return (note.bom ? '\uFEFF' : '') + note.lines.map((l) => l.text + l.eol).join('');
}

/** The line ending new lines get: the note's most common one, LF for a one-line note. */
export function eolOf(note: NoteText): string {
	let crlf = 0;
	let lf = 0;
	let cr = 0;
	for (const line of note.lines) {
		if (line.eol === '\r\n') crlf++;
		else if (line.eol === '\n') lf++;
		else if (line.eol === '\r') cr++;
	}
	if (cr > lf && cr > crlf) return '\r';
	return crlf > lf ? '\r\n' : '\n';
}

/**
 * In a note that mixes lone CRs with LFs, a CR at the end of one line and an LF that ends
 * the empty line after it would read back as one CRLF, and a line would vanish. The new
 * lines from `from` to `to` take a CRLF wherever their own ending would make that pair.
 */
function keepLinesApart(note: NoteText, from: number, to: number): void {
	for (let i = Math.max(from - 1, 0); i < Math.min(to, note.lines.length - 1); i++) {
		const line = note.lines[i];
		const next = note.lines[i + 1];
		if (!line || !next || !line.eol.endsWith('\r') || next.text !== '' || !next.eol.startsWith('\n')) continue;
		// One of the two is new: that one changes, never a line the user wrote.
		if (i >= from) line.eol = '\r\n';
		else next.eol = '\r\n';
	}
}

/**
 * Inserts lines before index `at` (the end when past it) and returns where the first one
 * landed. At the end, a text that ended with a newline still does, and one that did not
 * still does not: the new lines take the old last line's place as the tail.
 */
export function insertLines(note: NoteText, at: number, texts: readonly string[]): number {
	if (texts.length === 0) return at;
	const eol = eolOf(note);
	const added = texts.map((text) => ({ text, eol }));
	if (at < note.lines.length) {
		note.lines.splice(at, 0, ...added);
		keepLinesApart(note, at, at + added.length);
		return at;
	}
	const last = note.lines[note.lines.length - 1];
	if (!last || (last.text === '' && last.eol === '' && note.lines.length === 1)) {
		// An empty note: the new lines are all of it.
		note.lines.splice(0, note.lines.length, ...added);
		const tail = note.lines[note.lines.length - 1];
		if (tail) tail.eol = '';
		return 0;
	}
	if (last.text === '' && last.eol === '') {
		// The text ended with a newline: the new lines go before the empty tail.
		const position = note.lines.length - 1;
		note.lines.splice(position, 0, ...added);
		keepLinesApart(note, position, position + added.length);
		return position;
	}
	last.eol = eol;
	const position = note.lines.length;
	note.lines.push(...added);
	const tail = note.lines[note.lines.length - 1];
	if (tail) tail.eol = '';
	return position;
}

// ---------------------------------------------------------------------------
// Frontmatter

export interface Frontmatter {
	/** Index of the opening `---`. */
	open: number;
	/** Index of the closing `---`. */
	close: number;
}

export function frontmatterOf(note: NoteText): Frontmatter | undefined {
	if (note.lines[0]?.text.trimEnd() !== '---') return undefined;
	for (let i = 1; i < note.lines.length; i++) {
		if (note.lines[i]?.text.trimEnd() === '---') return { open: 0, close: i };
	}
	return undefined;
}

export function frontmatterYaml(note: NoteText, fm: Frontmatter): string {
	return note.lines.slice(fm.open + 1, fm.close).map((l) => l.text).join('\n');
}

/** Reads the properties; undefined when there are none, an Error when they do not parse. */
export function readProperties(note: NoteText, parse: YamlParser): Record<string, unknown> | undefined | Error {
	const fm = frontmatterOf(note);
	if (!fm) return undefined;
	const yaml = frontmatterYaml(note, fm);
	if (yaml.trim() === '') return {};
	const bomb = yamlExpansionProblem(yaml);
	if (bomb) return new Error(bomb);
	try {
		const data = parse(yaml);
		if (data === null || data === undefined) return {};
		if (typeof data !== 'object' || Array.isArray(data)) return new Error('the properties are not a list of key: value pairs');
		return data as Record<string, unknown>;
	} catch (error) {
		return new Error(yamlProblem(error, fm.open + 1));
	}
}

/**
 * A YAML parser's complaint in one line, at the note's line number: "line 3: bad
 * indentation of a mapping entry", from js-yaml's reason and mark, or from the first line
 * of a message such as "… at line 2, column 1:" followed by an excerpt of the YAML.
 * The one wording for both hosts' readers and the writer.
 */
export function yamlProblem(error: unknown, linesAbove: number): string {
	const { reason, mark } = error as { reason?: unknown; mark?: { line?: unknown } };
	if (typeof reason === 'string') return typeof mark?.line === 'number' ? `line ${mark.line + 1 + linesAbove}: ${reason}` : reason;
	const first = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.trim() ?? '';
	const at = /^(.*) at line (\d+), column \d+:?$/.exec(first) ?? /^(.*)\((\d+):\d+\)$/.exec(first);
	// Inside a sentence: "flow sequence …", not "Flow sequence …" (an acronym stays).
	const words = (at?.[1]?.trimEnd() ?? first.replace(/:$/, '')).replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
	return at ? `line ${Number(at[2]) + linesAbove}: ${words}` : words;
}

/** Whether the properties give this key a value: present, and not empty or null. */
export function hasValue(props: Record<string, unknown> | undefined | Error, key: string): boolean {
	if (props === undefined || props instanceof Error) return false;
	const value = props[key];
	return value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
}

function keyOfLine(text: string): string | undefined {
	const match = KEY_LINE.exec(text);
	if (!match) return undefined;
	if (match[1] !== undefined) return match[1].replace(/\\(.)/g, '$1');
	if (match[2] !== undefined) return match[2].replace(/''/g, "'");
	return match[3]?.trim();
}

/** The lines a top-level key's value spans: its own line and the indented or `- ` lines after it. */
function keySpan(note: NoteText, fm: Frontmatter, key: string, withComments = false): { start: number; end: number } | undefined {
	for (let i = fm.open + 1; i < fm.close; i++) {
		const text = note.lines[i]?.text ?? '';
		if (keyOfLine(text) !== key) continue;
		// A value on the key's own line ends there; indented lines after it are comments
		// or another key's business. Only an empty value or a block scalar goes on below.
		const value = text.slice(KEY_LINE.exec(text)?.[0].length ?? 0);
		const inline = value.trim().startsWith('#') ? '' : value.trim();
		if (inline !== '' && !/^[|>]/.test(inline) && !withComments) return { start: i, end: i + 1 };
		let end = i + 1;
		let j = i + 1;
		while (j < fm.close) {
			const next = note.lines[j]?.text ?? '';
			if (/^[ \t]/.test(next) || next.startsWith('- ') || next === '-') {
				// Comments alone are no value: they stay where they are.
				if (next.trim() !== '' && (withComments || !next.trim().startsWith('#'))) end = j + 1;
				j++;
			} else if (next.trim() === '') {
				j++;
			} else {
				break;
			}
		}
		return { start: i, end };
	}
	return undefined;
}

/** The text of a plain or quoted scalar's trailing `# comment`, with its leading space. */
function trailingComment(afterColon: string): string {
	const value = afterColon.trimStart();
	let rest = value;
	if (value.startsWith('"')) {
		const close = /^"(?:[^"\\]|\\.)*"/.exec(value);
		rest = close ? value.slice(close[0].length) : '';
	} else if (value.startsWith("'")) {
		const close = /^'(?:[^']|'')*'/.exec(value);
		rest = close ? value.slice(close[0].length) : '';
	}
	const hash = /(^|[ \t])#/.exec(rest);
	if (!hash) return '';
	const at = rest.indexOf('#', hash.index);
	// Keep the spacing the user had before the comment.
	const before = rest.slice(trimmedEnd(rest, at), at);
	return (before || ' ') + rest.slice(at);
}

/**
 * Sets a top-level property to a one-line YAML value. An existing key keeps its spelling
 * and a trailing comment; a new key goes last; a note without properties gets them.
 */
export function setProperty(note: NoteText, key: string, yamlValue: string): void {
	const fm = frontmatterOf(note);
	if (!fm) {
		insertLines(note, 0, ['---', `${key}: ${yamlValue}`, '---']);
		return;
	}
	const span = keySpan(note, fm, key);
	if (!span) {
		insertLines(note, fm.close, [`${key}: ${yamlValue}`]);
		return;
	}
	const first = note.lines[span.start];
	if (!first) return;
	const colon = KEY_LINE.exec(first.text)?.[0] ?? `${key}:`;
	const comment = span.end - span.start === 1 ? trailingComment(first.text.slice(colon.length)) : '';
	const eol = note.lines[span.end - 1]?.eol ?? first.eol;
	note.lines.splice(span.start, span.end - span.start, { text: `${colon} ${yamlValue}${comment}`, eol });
}

/**
 * Removes a top-level property with its value lines and the indented comments under it
 * (left behind, they could join the value above); nothing if it is not there.
 */
export function removeProperty(note: NoteText, key: string): void {
	const fm = frontmatterOf(note);
	const span = fm && keySpan(note, fm, key, true);
	if (span) note.lines.splice(span.start, span.end - span.start);
}

/** Adds an item to a list property, in the style the list is written in. */
export function addToListProperty(note: NoteText, key: string, item: string): void {
	const fm = frontmatterOf(note);
	const span = fm && keySpan(note, fm, key);
	if (!fm || !span) {
		if (!fm) setProperty(note, key, `[${item}]`);
		else insertLines(note, fm.close, [`${key}:`, `  - ${item}`]);
		return;
	}
	const first = note.lines[span.start];
	if (!first) return;
	const colon = KEY_LINE.exec(first.text)?.[0] ?? `${key}:`;
	const value = first.text.slice(colon.length);
	if (span.end - span.start === 1) {
		const flow = /^([ \t]*\[)(.*?)(\][ \t]*(?:#[^]*)?)$/.exec(value);
		if (flow) {
			const inner = flow[2] ?? '';
			first.text = `${colon}${flow[1] ?? ''}${inner.trim() === '' ? item : `${inner.trimEnd()}, ${item}`}${flow[3] ?? ''}`;
			return;
		}
		const scalar = value.trim();
		if (scalar === '' || scalar.startsWith('#')) {
			insertLines(note, span.start + 1, [`  - ${item}`]);
			return;
		}
		// A single value (`tags: work`) becomes a list of both.
		first.text = `${colon} [${scalar}, ${item}]`;
		return;
	}
	// A block list: a new item like the last one, after it.
	const lastItem = note.lines[span.end - 1]?.text ?? '';
	const prefix = /^([ \t]*-[ \t]+)/.exec(lastItem)?.[1] ?? '  - ';
	insertLines(note, span.end, [`${prefix}${item}`]);
}

// ---------------------------------------------------------------------------
// The body as it reads: the CLI reads notes with this, and the writer finds headings,
// list items and the places it may write with it, so the two cannot disagree.

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
const LIST_ITEM = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[(.)\][ \t]+)?([^ \t\n\r\u2028\u2029].*)?$/;
const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const QUOTE = /^[ \t]*>/;
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
			body.headings.push({ line: n - 1, level: underline[1]?.startsWith('=') ? 1 : 2, text: (texts[n - 1] ?? '').trim(), underlined: true });
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

function bodyOf(note: NoteText): { body: Body; from: number } {
	const fm = frontmatterOf(note);
	const from = fm ? fm.close + 1 : 0;
	return { body: readBody(note.lines.map((l) => l.text), from), from };
}

/** Whether a `%%` on this line would leave a comment open after it, hiding the lines below. */
export function opensComment(text: string): boolean {
	return blankComments(text, false).open;
}

// ---------------------------------------------------------------------------
// Body sections

export interface Section {
	/** Index of the heading line (of its words, for an underlined heading). */
	heading: number;
	level: number;
	/** Index of the first line under the heading: two below an underlined one. */
	content: number;
	/** Index of the first line after the section. */
	end: number;
}

/** For each heading, the index of the heading whose section the lines under it are in (see `sectionOwners`), the section's own counting. */
function ownersOf(headings: readonly BodyHeading[], sectionHeading: number): number[] {
	return sectionOwners(headings, (h) => h.line === sectionHeading || sectionOfHeading(h.text) !== 'other');
}

/** The line of the heading that owns a line put before line `at`, or -1. */
function ownerAt(headings: readonly BodyHeading[], owners: readonly number[], at: number): number {
	let h = -1;
	while (h + 1 < headings.length && (headings[h + 1]?.line ?? Infinity) < at) h++;
	const owner = h < 0 ? -1 : (owners[h] ?? -1);
	return owner < 0 ? -1 : (headings[owner]?.line ?? -1);
}

/**
 * The first section a heading names (`# Interactions`, `### Follow-ups`, or underlined),
 * outside code and comments; `name` is a contact-note section, or a test of the heading's words.
 */
export function findSection(note: NoteText, name: SectionName | ((heading: string) => boolean)): Section | undefined {
	const wanted = typeof name === 'function' ? name : (heading: string): boolean => sectionOfHeading(heading) === name;
	const { headings } = bodyOf(note).body;
	const at = headings.findIndex((h) => wanted(h.text));
	const found = headings[at];
	if (!found) return undefined;
	const next = headings.slice(at + 1).find((h) => h.level <= found.level);
	return { heading: found.line, level: found.level, content: found.line + (found.underlined ? 2 : 1), end: next ? next.line : note.lines.length };
}

/**
 * The section's top-level list items, each with the index after its indented lines: those
 * the reader puts in this section, so not those under a deeper heading that names another.
 * The text is the line after the list marker, checkbox included.
 */
export function sectionItems(note: NoteText, section: Section): { line: number; end: number; text: string }[] {
	const { body } = bodyOf(note);
	const owners = ownersOf(body.headings, section.heading);
	const stops = new Set<number>();
	for (const h of body.headings) {
		stops.add(h.line);
		if (h.underlined) stops.add(h.line + 1);
	}
	for (const item of body.items) if (!item.nested) stops.add(item.line);
	const items: { line: number; end: number; text: string }[] = [];
	for (const item of body.items) {
		if (item.nested || item.line < section.content || item.line >= section.end) continue;
		if (ownerAt(body.headings, owners, item.line) !== section.heading) continue;
		let end = item.line + 1;
		// Indented lines belong to the item above them, and so do words straight after it
		// (a lazy continuation), up to a blank line, a code block or a comment.
		const belongs = (i: number): boolean => {
			const text = note.lines[i]?.text ?? '';
			if (stops.has(i) || text.trim() === '') return false;
			return /^[ \t]/.test(text) || (!body.shades[i]?.hidden && !body.shades[i - 1]?.hidden);
		};
		while (end < section.end && belongs(end)) end++;
		items.push({ line: item.line, end, text: (note.lines[item.line]?.text ?? '').replace(LIST_MARKER, '') });
	}
	return items;
}

/**
 * Where a line meant for the section goes: at `at` when the reader would find it there in
 * this section; inside a code block or comment, just after it when it closes, else above
 * it; under a deeper heading that names another section, above that heading. Undefined
 * when no such place is left under the heading (its own line opens a comment that never closes).
 */
export function placeInSection(note: NoteText, section: Section, at: number): number | undefined {
	const { body, from } = bodyOf(note);
	const owners = ownersOf(body.headings, section.heading);
	// Between an underlined heading's words and its underline, a line would undo the heading.
	const underlines = new Set(body.headings.filter((h) => h.underlined).map((h) => h.line + 1));
	const readable = (q: number): boolean => (q <= from || !body.shades[q - 1]?.openAfter) && !underlines.has(q);
	const owned = (q: number): boolean => ownerAt(body.headings, owners, q) === section.heading;
	const start = Math.min(at, note.lines.length);
	if (!readable(start)) {
		// No heading is read inside the block, so just after it is still in the section.
		let q = start + 1;
		while (q <= note.lines.length && !readable(q)) q++;
		if (q <= note.lines.length && owned(q)) return q;
	}
	for (let q = start; q >= section.content; q--) if (readable(q) && owned(q)) return q;
	return undefined;
}

/**
 * Inserts list lines for the section where `placeInSection` puts them, and returns where
 * the first one landed; undefined, and nothing inserted, when there is no such place. Above
 * a paragraph a blank line follows them, or its words would read as more of the new item
 * (and an underlined heading's words would no longer be a heading).
 */
export function insertInSection(note: NoteText, section: Section, at: number, texts: readonly string[]): number | undefined {
	const place = placeInSection(note, section, at);
	if (place === undefined) return undefined;
	const { body } = bodyOf(note);
	const below = note.lines[place]?.text ?? '';
	const heading = body.headings.some((h) => h.line === place && !h.underlined);
	const item = body.items.some((i) => i.line === place);
	const words = below.trim() !== '' && !body.shades[place]?.hidden && !heading && !item;
	return insertLines(note, place, words ? [...texts, ''] : texts);
}

/**
 * The section, made if missing: before the section named in `before` when there is one,
 * else at the end of the note, with a blank line above it; above a code block or comment
 * left open at the end, which would hide it.
 */
export function ensureSection(note: NoteText, name: SectionName | ((heading: string) => boolean), title: string, before?: SectionName): Section {
	const found = findSection(note, name);
	if (found) return found;
	const next = before ? findSection(note, before) : undefined;
	if (next) {
		const heading = insertLines(note, next.heading, [`${'#'.repeat(next.level)} ${title}`, '']);
		return { heading, level: next.level, content: heading + 1, end: heading + 1 };
	}
	const fm = frontmatterOf(note);
	const { body, from } = bodyOf(note);
	// The block starts on the last line that begins outside it.
	let start = note.lines.length - 1;
	while (start > from && body.shades[start - 1]?.openAfter) start--;
	const owner = body.headings.filter((h) => h.line < start).pop();
	// A list item that opens the block would fall under the new heading: the section goes
	// above the heading that item stands under instead, at its level, which moves nothing.
	const onItem = body.items.some((item) => item.line === start);
	if (body.shades[note.lines.length - 1]?.openAfter && (!onItem || owner)) {
		const at = onItem && owner ? owner.line : start;
		const level = onItem && owner ? owner.level : 2;
		const above = at > 0 ? note.lines[at - 1]?.text.trim() : '';
		const lead = above === '' || at - 1 === fm?.close ? [] : [''];
		const heading = insertLines(note, at, [...lead, `${'#'.repeat(level)} ${title}`, '']) + lead.length;
		return { heading, level, content: heading + 1, end: heading + 1 };
	}
	// Else at the end; behind a block left open since a list item with no heading above it,
	// no place is read, and the writer finds none there (`placeInSection`).
	// A blank line between the note's last words and the new heading, unless there is one
	// already, or nothing but the properties comes before it.
	let lastWords = -1;
	for (let i = note.lines.length - 1; i >= 0; i--) {
		if ((note.lines[i]?.text.trim() ?? '') !== '') {
			lastWords = i;
			break;
		}
	}
	const tailBlank = note.lines.length - 1 - lastWords;
	const endsWithNewline = note.lines[note.lines.length - 1]?.text === '' && note.lines.length > 1;
	const blankLines = endsWithNewline ? tailBlank - 1 : tailBlank;
	const lead = lastWords === -1 || lastWords === fm?.close || blankLines > 0 ? [] : [''];
	const heading = insertLines(note, note.lines.length, [...lead, `## ${title}`]) + lead.length;
	return { heading, level: 2, content: heading + 1, end: heading + 1 };
}
