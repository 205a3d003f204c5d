// A note's properties edited a key at a time in its text, never parsed and written back,
// which would re-quote strings, reflow lists and drop comments; and read, with the YAML
// parser the host has, into a problem rather than an exception when they do not parse.
import { trimmedEnd } from './markdownLine';
import { insertLines, type NoteText } from './noteText';
import { yamlExpansionProblem } from './yamlGuard';

/** Parses YAML the way the host does (Obsidian's parseYaml, or js-yaml in the CLI). */
export type YamlParser = (yaml: string) => unknown;

// A top-level key: `key:`, `"key":` or `'key':`, then a space or the end of the line. A plain
// key runs to the first `:` and keeps the spaces before it (they are trimmed off): a lazy
// key followed by `[ \t]*` took quadratic time on a line of spaces with no colon.
const KEY_LINE = /^(?:"((?:[^"\\]|\\.)*)"[ \t]*|'((?:[^']|'')*)'[ \t]*|([^\s#'"{[\]},&*!|>%@`-][^:#]*|-[^\s:#][^:#]*)):(?=[ \t]|$)/;

export interface Frontmatter {
	/** Index of the opening `---`. */
	open: number;
	/** Index of the closing `---`. */
	close: number;
}

/**
 * What is wrong with a note whose first line is `---` and has no later `---` line: Obsidian
 * shows such a block as text and reads no properties from it, and a write that added
 * properties would put a second block above it. The one wording for problems and refusals.
 */
export const UNCLOSED_PROPERTIES = 'properties are never closed: add a line `---` after them';

/**
 * What is wrong with a note whose block of properties starts below blank lines: Obsidian
 * reads properties only from the first line, so it shows them as text, and a write would
 * add a second block above them.
 */
export const PROPERTIES_BELOW_BLANK = 'properties start below a blank line: remove the blank lines above the first `---`';

/** Whether a note's problem is one of the two above: a block meant as properties that nobody reads as properties. */
export function isUnreadBlock(problem: string | undefined): boolean {
	return problem === UNCLOSED_PROPERTIES || problem === PROPERTIES_BELOW_BLANK;
}

const isRule = (line: string | undefined): boolean => line?.trimEnd() === '---';

/**
 * Why a note with no properties has a block meant as properties (the lines given one at a
 * time, undefined past the end): a first line `---` never closed, or blank lines, then `---`,
 * a `key:` line and a closing `---`. Undefined for any other note, one that opens with a
 * horizontal rule among them.
 */
function unreadBlockOf(line: (index: number) => string | undefined): string | undefined {
	const first = line(0);
	let open = 0;
	if (!isRule(first)) {
		// Most notes start with text: the look stops at their first line.
		if (first === undefined || first.trim() !== '') return undefined;
		while (line(++open)?.trim() === '');
		if (!isRule(line(open)) || !KEY_LINE.test(line(open + 1) ?? '')) return undefined;
	}
	for (let i = open + 1, text = line(i); text !== undefined; text = line(++i)) {
		if (isRule(text)) return open === 0 ? undefined : PROPERTIES_BELOW_BLANK;
	}
	return open === 0 ? UNCLOSED_PROPERTIES : undefined;
}

/** The same look at a note's lines. */
export function unreadBlock(lines: readonly string[]): string | undefined {
	return unreadBlockOf((i) => lines[i]);
}

/** The same look at a note's whole text (a BOM before the first line is skipped). */
export function unreadProperties(text: string): string | undefined {
	const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	// Most notes start with neither `---` nor a blank line: the look stops there.
	const c = text.charCodeAt(start);
	if (!text.startsWith('---', start) && c !== 10 && c !== 13 && c !== 32 && c !== 9) return undefined;
	return unreadBlock(text.slice(start).split(/\r\n|\r|\n/));
}

export function frontmatterOf(note: NoteText): Frontmatter | undefined {
	if (note.lines[0]?.text.trimEnd() !== '---') return undefined;
	for (let i = 1; i < note.lines.length; i++) {
		if (note.lines[i]?.text.trimEnd() === '---') return { open: 0, close: i };
	}
	return undefined;
}

export function frontmatterYaml(note: NoteText, fm: Frontmatter): string {
	return note.lines
		.slice(fm.open + 1, fm.close)
		.map((l) => l.text)
		.join('\n');
}

/**
 * Reads the properties; undefined when there are none, an Error when they do not parse or
 * are not read as properties (`unreadBlockOf`: never closed, or below blank lines): every
 * write reads them first, so none adds a block above the user's.
 */
export function readProperties(note: NoteText, parse: YamlParser): Record<string, unknown> | undefined | Error {
	const fm = frontmatterOf(note);
	if (!fm) {
		const unread = unreadBlockOf((i) => note.lines[i]?.text);
		return unread === undefined ? undefined : new Error(unread);
	}
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

/**
 * The line of a top-level key: spelled exactly, else the first spelled in another case
 * (`Last_Contact` for `last_contact`), as the properties are read (src/domain/propertyNames.ts).
 */
function keyLine(note: NoteText, fm: Frontmatter, key: string): number | undefined {
	let folded: number | undefined;
	const lower = key.toLowerCase();
	for (let i = fm.open + 1; i < fm.close; i++) {
		const found = keyOfLine(note.lines[i]?.text ?? '');
		if (found === key) return i;
		if (folded === undefined && found !== undefined && found.toLowerCase() === lower) folded = i;
	}
	return folded;
}

/** The lines a top-level key's value spans: its own line and the indented or `- ` lines after it. */
function keySpan(note: NoteText, fm: Frontmatter, key: string, withComments = false): { start: number; end: number } | undefined {
	const start = keyLine(note, fm, key);
	if (start === undefined) return undefined;
	const text = note.lines[start]?.text ?? '';
	// A value on the key's own line ends there; indented lines after it are comments
	// or another key's business. Only an empty value or a block scalar goes on below.
	const value = text.slice(KEY_LINE.exec(text)?.[0].length ?? 0);
	const inline = value.trim().startsWith('#') ? '' : value.trim();
	if (inline !== '' && !/^[|>]/.test(inline) && !withComments) return { start, end: start + 1 };
	let end = start + 1;
	for (let j = start + 1; j < fm.close; j++) {
		const next = note.lines[j]?.text ?? '';
		if (/^[ \t]/.test(next) || next.startsWith('- ') || next === '-') {
			// Comments alone are no value: they stay where they are.
			if (next.trim() !== '' && (withComments || !next.trim().startsWith('#'))) end = j + 1;
		} else if (next.trim() !== '') {
			break;
		}
	}
	return { start, end };
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
	const oneLine = span.end - span.start === 1;
	const comment = oneLine ? trailingComment(first.text.slice(colon.length)) : '';
	const value = oneLine ? inQuotesAsBefore(first.text.slice(colon.length), yamlValue) : yamlValue;
	const eol = note.lines[span.end - 1]?.eol ?? first.eol;
	note.lines.splice(span.start, span.end - span.start, { text: `${colon} ${value}${comment}`, eol });
}

// A value that reads the same in quotes or out: a date, a number, a word or a few.
const PLAIN_VALUE = /^[\p{L}\p{N}][\p{L}\p{N} ._/-]*$/u;

/**
 * A new plain value in the quotes the old one was written in (`last_contact: '2026-10-15'`
 * stays quoted), so a write keeps the user's style; any other value as given.
 */
function inQuotesAsBefore(afterColon: string, yamlValue: string): string {
	const quote = afterColon.trimStart().charAt(0);
	if ((quote !== '"' && quote !== "'") || !PLAIN_VALUE.test(yamlValue)) return yamlValue;
	return `${quote}${yamlValue}${quote}`;
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
