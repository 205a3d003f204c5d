// The lean read of a daily note's text for the CLI's index: the key numbers of the links
// that mean contact, with no snapshot, no link objects and no frontmatter parsed. It
// answers only a note that is a dated note and nothing else, by the same rules as the
// plugin's lean path (src/domain/onlyDated.ts); anything that may need more is left to
// the full read (`scanNote`), which must then come to the same record:
// - a note in a contacts folder, or with a `#` before a contact tag anywhere in its text;
// - properties the CLI would parse (src/cli/notesThatMatter.ts): they may make it a
//   contact or a meeting, or not parse;
// - a fence or a `%%` anywhere (code and comments hide links), or a `\r` (other line breaks);
// - a task whose words may hold a due date (a follow-up of whoever it links).
// Only lines with a `[` can hold a link, so only those are looked at, each as `readBody`
// reads it: a list item, a heading or a paragraph, in a quote or not, a task done or not.
import { blankCodeSpans, headingMatch } from '../domain/markdownLine';
import { LIST_ITEM, QUOTE } from '../domain/noteBody';
import { onlyDated } from '../domain/onlyDated';
import type { RapportSettings } from '../domain/settings';
import { NO_KEY } from '../index/linkKeys';
import { mayBeDated, NO_TARGETS } from '../index/noteRecord';
import type { DatedNoteLinks } from '../index/port';
import { linksIn } from './scanNote';

export type KeyOf = (linkText: string, sourcePath: string) => number;

/** The lean read of one note's text: undefined when the note needs the full read. */
export type DatedReader = (path: string, raw: string, keyOf: KeyOf) => DatedNoteLinks | undefined;

const NOT_SPACE = /\S/;
// The characters the scanner's tag pattern reads after a `#`.
const TAG_WORD = /[\p{L}\p{N}_/-]*/uy;
const NO_TAGS: readonly string[] = Object.freeze([]);

/** `blockMatters`: whether the CLI would parse a note's properties, from the block alone. */
export function datedReader(settings: RapportSettings, blockMatters: (yaml: string) => boolean): DatedReader {
	// One list and one visitor for every note read, so a note makes no garbage of its own.
	const keys: number[] = [];
	let notePath = '';
	let noteKeyOf: KeyOf = () => NO_KEY;
	const visit = (target: string, embed: boolean): void => {
		if (embed) return;
		const key = noteKeyOf(target, notePath);
		// A note has a handful of links: a linear check beats a set.
		if (key !== NO_KEY && !keys.includes(key)) keys.push(key);
	};
	return (path, raw, keyOf) => {
		if (raw.indexOf('\r') !== -1 || raw.indexOf('%%') !== -1 || raw.indexOf('```') !== -1 || raw.indexOf('~~~') !== -1) return undefined;
		if (!onlyDated({ path, tags: tagWords(raw) }, settings)) return undefined;
		const start = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
		const body = bodyStart(raw, start, blockMatters);
		if (body === -1) return undefined;
		keys.length = 0;
		notePath = path;
		noteKeyOf = keyOf;
		for (let from = body; ;) {
			const bracket = raw.indexOf('[', from);
			if (bracket === -1) break;
			const lineStart = Math.max(raw.lastIndexOf('\n', bracket) + 1, start);
			let lineEnd = raw.indexOf('\n', bracket);
			if (lineEnd === -1) lineEnd = raw.length;
			if (!readLine(raw.slice(lineStart, lineEnd), visit)) return undefined;
			from = lineEnd + 1;
		}
		// A copy of exactly its length, kept for the index's life.
		return { targets: keys.length === 0 ? NO_TARGETS : keys.slice() };
	};
}

/**
 * Every word after a `#` in the text, in code or not: more than its tags, never fewer (a
 * tag is such a word, and blanking a code span never changes the word after a `#` outside it).
 */
function tagWords(raw: string): readonly string[] {
	let words: string[] | undefined;
	for (let at = raw.indexOf('#'); at !== -1; at = raw.indexOf('#', at + 1)) {
		// A heading's `# ` or `##` starts no word: most `#` in a daily note, passed by at a glance.
		const next = raw.charCodeAt(at + 1);
		if (next === 32 || next === 35 || next === 10 || next === 9 || Number.isNaN(next)) continue;
		TAG_WORD.lastIndex = at + 1;
		const word = TAG_WORD.exec(raw)?.[0];
		if (word) (words ??= []).push(word);
	}
	return words ?? NO_TAGS;
}

/**
 * Where the body starts, after a `---` block the CLI would leave unparsed (its properties
 * are then not read, as in the full read), or -1 when the block would be parsed.
 */
function bodyStart(raw: string, start: number, blockMatters: (yaml: string) => boolean): number {
	let end = raw.indexOf('\n', start);
	if (end === -1) end = raw.length;
	if (!raw.startsWith('---', start) || raw.slice(start, end).trimEnd() !== '---') return start;
	for (let at = end + 1; at <= raw.length;) {
		let lineEnd = raw.indexOf('\n', at);
		if (lineEnd === -1) lineEnd = raw.length;
		if (raw.startsWith('---', at) && raw.slice(at, lineEnd).trimEnd() === '---') {
			const yaml = raw.slice(end + 1, Math.max(at - 1, end + 1));
			return NOT_SPACE.test(yaml) && blockMatters(yaml) ? -1 : lineEnd + 1;
		}
		if (lineEnd === raw.length) break;
		at = lineEnd + 1;
	}
	// A block never closed is no block: the body is the whole note.
	return start;
}

/**
 * One line's links that mean contact, as the full read counts them (`readBody`, then the
 * index): not in an open task, a quote or an embed. False when the note needs the full read.
 */
function readLine(line: string, visit: (target: string, embed: boolean) => void): boolean {
	let words = line;
	const item = LIST_ITEM.exec(line);
	if (item) {
		const task = item[2];
		if (task !== undefined) {
			if (mayBeDated(item[3] ?? '')) return false;
			if (task !== 'x' && task !== 'X') return true;
		} else if (QUOTE.test(item[3] ?? '')) return true;
	} else {
		const heading = headingMatch(line);
		if (heading) words = heading[2];
		else if (QUOTE.test(line)) return true;
	}
	linksIn(blankCodeSpans(words), visit);
	return true;
}
