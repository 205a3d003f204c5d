// Reads a note's text into the same snapshot Obsidian's metadata cache gives the
// plugin: frontmatter, headings, list items, tags and links with where each stands.
// Line numbers count from the file's first line, frontmatter included, as Obsidian does.
import { WIKILINK } from '../domain/links';
import { blankCodeSpans, headingMatch } from '../domain/markdownLine';
import type { LinkContext, NoteHeading, NoteLink, NoteListItem, NoteSnapshot } from '../index/port';

export type FrontmatterParser = (yaml: string) => unknown;

// Fences count at any indent: inside a list item they are indented, and still code.
const FENCE = /^[ \t]*(`{3,}|~{3,})/;
const LIST_ITEM = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[(.)\][ \t]+)?([^ \t\n\r\u2028\u2029].*)?$/;
const QUOTE = /^[ \t]*>/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
// The destination may hold balanced parentheses: `People/Ivy%20(Acme).md`, the text one
// level of brackets. Neither reaches past an unbalanced `[` or `(`, so thousands of them
// unclosed cost a scan each up to the next, not to the end of the line.
const MARKDOWN_LINK = /(!?)\[(?:[^[\]\n]|\[[^[\]\n]*\])*\]\(((?:[^()\n]|\([^()\n]*\))+)\)/g;
const TAG = /(?:^|\s)#([\p{L}\p{N}_/-]*[\p{L}_/-][\p{L}\p{N}_/-]*)/gu;
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Splits off a leading `---` block: [yaml, line after it] or undefined. */
function frontmatterBlock(lines: string[]): { yaml: string; bodyStart: number } | undefined {
	if (lines[0]?.trimEnd() !== '---') return undefined;
	for (let i = 1; i < lines.length; i++) {
		const line = lines[i]?.trimEnd();
		if (line === '---') return { yaml: lines.slice(1, i).join('\n'), bodyStart: i + 1 };
	}
	return undefined;
}

/** A YAML error in a sentence: its reason and the file line it is on. */
function describeError(error: unknown, firstYamlLine: number): string {
	const { reason, mark, message } = error as { reason?: unknown; mark?: { line?: unknown }; message?: unknown };
	if (typeof reason === 'string' && typeof mark?.line === 'number') return `${reason} (line ${firstYamlLine + mark.line + 1})`;
	const text = typeof message === 'string' ? message : String(error);
	return (text.split('\n')[0] ?? text).replace(/(^|[^\s\d(])\s*\(?\d+:\d+\)?:?$/, '$1');
}

export function scanNote(path: string, raw: string, parseFrontmatter: FrontmatterParser): NoteSnapshot {
	const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
	const lines = text.split(/\r\n|\r|\n/);
	const snapshot: NoteSnapshot = { path, tags: [], links: [], listItems: [], headings: [], empty: text.trim() === '' };
	const block = frontmatterBlock(lines);
	let start = 0;
	if (block) {
		start = block.bodyStart;
		if (block.yaml.trim() !== '') {
			try {
				const data = parseFrontmatter(block.yaml);
				if (data !== null && typeof data === 'object' && !Array.isArray(data)) snapshot.frontmatter = data as Record<string, unknown>;
				else if (data !== null && data !== undefined) snapshot.frontmatterError = 'it is not a list of properties (key: value)';
			} catch (error) {
				snapshot.frontmatterError = describeError(error, 1);
			}
		} else {
			snapshot.frontmatter = {};
		}
	}

	let fence: string | undefined;
	// For setext headings (a line underlined with === or ---) and nested list items.
	let previous: 'blank' | 'paragraph' | 'other' = 'blank';
	const listIndents: number[] = [];
	for (let n = start; n < lines.length; n++) {
		const line = lines[n] ?? '';
		const fenceMatch = FENCE.exec(line);
		if (fence !== undefined) {
			// A fence closes on the same character, at least as long, and nothing else.
			if (fenceMatch && fenceMatch[1]?.[0] === fence[0] && (fenceMatch[1]?.length ?? 0) >= fence.length && line.trim() === fenceMatch[1]) fence = undefined;
			continue;
		}
		if (fenceMatch) {
			fence = fenceMatch[1];
			previous = 'other';
			continue;
		}
		if (line.trim() === '') {
			previous = 'blank';
			continue;
		}
		const underline = SETEXT_UNDERLINE.exec(line);
		if (underline && previous === 'paragraph') {
			snapshot.headings.push({ line: n - 1, level: underline[1]?.startsWith('=') ? 1 : 2, text: (lines[n - 1] ?? '').trim() });
			previous = 'other';
			continue;
		}
		const item = LIST_ITEM.exec(line);
		const heading = item ? null : headingMatch(line);
		if (heading) {
			snapshot.headings.push({ line: n, level: heading[1]?.length ?? 1, text: heading[2] ?? '' } satisfies NoteHeading);
			scanInline(n, heading[2] ?? '', 'text', snapshot);
			previous = 'other';
			listIndents.length = 0;
			continue;
		}
		let context: LinkContext = QUOTE.test(line) ? 'quote' : 'text';
		if (item) {
			const indent = (item[1] ?? '').replace(/\t/g, '    ').length;
			while (listIndents.length > 0 && (listIndents[listIndents.length - 1] ?? 0) >= indent) listIndents.pop();
			const task = item[2];
			const listItem: NoteListItem = { line: n, text: item[3] ?? '', task };
			if (listIndents.length > 0) listItem.nested = true;
			snapshot.listItems.push(listItem);
			listIndents.push(indent);
			if (task !== undefined) context = task === 'x' || task === 'X' ? 'doneTask' : 'openTask';
			else if (QUOTE.test(item[3] ?? '')) context = 'quote';
			previous = 'other';
		} else {
			if (previous === 'blank' && !/^[ \t]/.test(line)) listIndents.length = 0;
			previous = context === 'quote' || listIndents.length > 0 ? 'other' : 'paragraph';
		}
		scanInline(n, line, context, snapshot);
	}
	return snapshot;
}

function scanInline(line: number, text: string, context: LinkContext, snapshot: NoteSnapshot): void {
	const hasBracket = text.indexOf('[') !== -1;
	const hasHash = text.indexOf('#') !== -1;
	if (!hasBracket && !hasHash) return;
	// Code spans are code: their links and tags are not links or tags.
	const plain = blankCodeSpans(text);
	if (hasBracket) {
		for (const match of plain.matchAll(WIKILINK)) {
			// In a table the alias bar is escaped: `[[Ann\|Annie]]`.
			const target = (match[2] ?? '').split(/\\?\|/)[0]?.trim() ?? '';
			if (target) snapshot.links.push({ target, line, context: match[1] ? 'embed' : context } satisfies NoteLink);
		}
		for (const match of plain.matchAll(MARKDOWN_LINK)) {
			const url = (match[2] ?? '').trim().replace(/^<|>$/g, '').split(/\s"/)[0]?.trimEnd() ?? '';
			if (!url || URL_SCHEME.test(url)) continue;
			let target = url;
			try {
				target = decodeURIComponent(url);
			} catch {
				// A stray % is part of the name.
			}
			snapshot.links.push({ target, line, context: match[1] ? 'embed' : context });
		}
	}
	if (hasHash) for (const match of plain.matchAll(TAG)) snapshot.tags.push(match[1] ?? '');
}
