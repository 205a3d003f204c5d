// Line-level edits of a note's text that change only the lines they must. Each line keeps
// its own ending (a CRLF note stays CRLF, a mixed one stays mixed), a BOM stays, and
// frontmatter is edited a key at a time instead of being parsed and written back, which
// would re-quote strings, reflow lists and drop comments. The same edits run in the plugin
// (inside Vault.process) and in the CLI (on disk), so both change notes identically.
import { sectionOfHeading, type SectionName } from './contact';
import { headingMatch, trimmedEnd } from './markdownLine';
import { yamlExpansionProblem } from './yamlGuard';

export interface Line {
	text: string;
	/** '\n', '\r\n', or '' for a last line without one. */
	eol: string;
}

export interface NoteText {
	bom: boolean;
	lines: Line[];
}

/** Parses YAML the way the host does (Obsidian's parseYaml, or js-yaml in the CLI). */
export type YamlParser = (yaml: string) => unknown;

const FENCE = /^[ \t]*(`{3,}|~{3,})/;
const LIST_ITEM = /^[-*+][ \t]/;
// A top-level key: `key:`, `"key":` or `'key':`, then a space or the end of the line. A plain
// key runs to the first `:` and keeps the spaces before it (they are trimmed off): a lazy
// key followed by `[ \t]*` took quadratic time on a line of spaces with no colon.
const KEY_LINE = /^(?:"((?:[^"\\]|\\.)*)"[ \t]*|'((?:[^']|'')*)'[ \t]*|([^\s#'"{[\]},&*!|>%@`-][^:#]*|-[^\s:#][^:#]*)):(?=[ \t]|$)/;

export function splitNote(text: string): NoteText {
	const bom = text.charCodeAt(0) === 0xfeff;
	const body = bom ? text.slice(1) : text;
	const lines: Line[] = [];
	const pattern = /\r\n|\n/g;
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
	for (const line of note.lines) {
		if (line.eol === '\r\n') crlf++;
		else if (line.eol === '\n') lf++;
	}
	return crlf > lf ? '\r\n' : '\n';
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
 */
function yamlProblem(error: unknown, linesAbove: number): string {
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
		note.lines.unshift({ text: '---', eol: eolOf(note) }, { text: `${key}: ${yamlValue}`, eol: eolOf(note) }, { text: '---', eol: eolOf(note) });
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
// Body sections

export interface Section {
	/** Index of the heading line. */
	heading: number;
	level: number;
	/** Index of the first line after the section. */
	end: number;
}

/**
 * The first section a heading names (`## Interactions`, `### Follow-ups`), outside code;
 * `name` is a contact-note section, or a test of the heading's words.
 */
export function findSection(note: NoteText, name: SectionName | ((heading: string) => boolean)): Section | undefined {
	const wanted = typeof name === 'function' ? name : (heading: string): boolean => sectionOfHeading(heading) === name;
	const fm = frontmatterOf(note);
	const headings: { line: number; level: number; wanted: boolean }[] = [];
	let fence: string | undefined;
	for (let i = fm ? fm.close + 1 : 0; i < note.lines.length; i++) {
		const text = note.lines[i]?.text ?? '';
		const fenceMatch = FENCE.exec(text);
		if (fenceMatch) {
			const marker = fenceMatch[1] ?? '';
			if (fence === undefined) fence = marker;
			else if (marker[0] === fence[0] && marker.length >= fence.length && text.trim() === marker) fence = undefined;
			continue;
		}
		if (fence !== undefined) continue;
		const heading = headingMatch(text);
		if (heading) headings.push({ line: i, level: heading[1]?.length ?? 1, wanted: wanted(heading[2] ?? '') });
	}
	const at = headings.findIndex((h) => h.wanted);
	const found = headings[at];
	if (!found) return undefined;
	const next = headings.slice(at + 1).find((h) => h.level <= found.level);
	return { heading: found.line, level: found.level, end: next ? next.line : note.lines.length };
}

/** Top-level list items in a section, each with the index after its nested lines. */
export function sectionItems(note: NoteText, section: Section): { line: number; end: number; text: string }[] {
	const items: { line: number; end: number; text: string }[] = [];
	for (let i = section.heading + 1; i < section.end; i++) {
		const text = note.lines[i]?.text ?? '';
		if (LIST_ITEM.test(text)) {
			items.push({ line: i, end: i + 1, text: text.replace(/^[-*+][ \t]+/, '') });
			continue;
		}
		const current = items[items.length - 1];
		// Indented lines belong to the item above them.
		if (current && current.end === i && /^[ \t]+\S/.test(text)) current.end = i + 1;
	}
	return items;
}

/**
 * The section, made if missing: before the section named in `before` when there is one,
 * else at the end of the note, with a blank line above it.
 */
export function ensureSection(note: NoteText, name: SectionName | ((heading: string) => boolean), title: string, before?: SectionName): Section {
	const found = findSection(note, name);
	if (found) return found;
	const next = before ? findSection(note, before) : undefined;
	if (next) {
		const heading = insertLines(note, next.heading, [`${'#'.repeat(next.level)} ${title}`, '']);
		return { heading, level: next.level, end: heading + 1 };
	}
	// A blank line between the note's last words and the new heading, unless there is one
	// already, or nothing but the properties comes before it.
	const fm = frontmatterOf(note);
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
	return { heading, level: 2, end: heading + 1 };
}
