// Reads a note's text into the same snapshot Obsidian's metadata cache gives the
// plugin: frontmatter, headings, list items, tags and links with where each stands.
// Line numbers count from the file's first line, frontmatter included, as Obsidian does.
import { blankCodeSpans } from '../domain/markdownLine';
import { readBody } from '../domain/noteBody';
import { unreadBlock, yamlProblem } from '../domain/noteProperties';
import type { LinkContext, NoteHeading, NoteLink, NoteListItem, NoteSnapshot } from '../index/port';

export type FrontmatterParser = (yaml: string) => unknown;

// The destination may hold balanced parentheses: `People/Ivy%20(Acme).md`, the text one
// level of brackets. Neither reaches past an unbalanced `[` or `(`, so thousands of them
// unclosed cost a scan each up to the next, not to the end of the line.
const MARKDOWN_LINK = /(!?)\[(?:[^[\]\n]|\[[^[\]\n]*\])*\]\(((?:[^()\n]|\([^()\n]*\))+)\)/g;
const TAG = /(?:^|\s)#([\p{L}\p{N}_/-]*[\p{L}_/-][\p{L}\p{N}_/-]*)/gu;
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// What `trim()` takes away, found without copying the note's text to look.
const NOT_SPACE = /\S/;

/** Splits off a leading `---` block: [yaml, line after it] or undefined. */
function frontmatterBlock(lines: string[]): { yaml: string; bodyStart: number } | undefined {
	if (lines[0]?.trimEnd() !== '---') return undefined;
	for (let i = 1; i < lines.length; i++) {
		const line = lines[i]?.trimEnd();
		if (line === '---') return { yaml: lines.slice(1, i).join('\n'), bodyStart: i + 1 };
	}
	return undefined;
}

/**
 * `propertiesMatter`, when given, is asked after the body is read (its tags are known)
 * whether the frontmatter is worth parsing; when it says no, the note has no properties
 * and no frontmatter problem, as if it had no block (src/cli/notesThatMatter.ts). A block
 * never closed is asked about with no YAML: only the note's path and tags can say.
 */
export function scanNote(
	path: string,
	raw: string,
	parseFrontmatter: FrontmatterParser,
	propertiesMatter?: (snapshot: NoteSnapshot, yaml: string) => boolean,
): NoteSnapshot {
	const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
	const lines = text.split(/\r\n|\r|\n/);
	const snapshot: NoteSnapshot = { path, tags: [], links: [], listItems: [], headings: [], empty: !NOT_SPACE.test(text) };
	const block = frontmatterBlock(lines);
	const start = block ? block.bodyStart : 0;
	// Code blocks and `%%` comments are read as nothing, with the writer's own reading of them.
	const body = readBody(lines, start);
	snapshot.headings = body.headings.map(({ line, level, text }) => ({ line, level, text }) satisfies NoteHeading);
	snapshot.listItems = body.items.map((item) => {
		const listItem: NoteListItem = { line: item.line, text: item.text, task: item.task };
		if (item.nested) listItem.nested = true;
		return listItem;
	});
	for (let n = start; n < lines.length; n++) {
		const inline = body.inline[n];
		if (inline) scanInline(n, inline.text, inline.context, snapshot);
	}
	if (block) {
		if (!NOT_SPACE.test(block.yaml)) snapshot.frontmatter = {};
		else if (!propertiesMatter || propertiesMatter(snapshot, block.yaml)) readFrontmatter(snapshot, block.yaml, parseFrontmatter);
	} else {
		// A first line `---` and no other (`frontmatterBlock` found none), or properties below
		// blank lines: no properties, as Obsidian reads it, but a contact's (known by its folder
		// or a tag in its text) is a problem (src/index/noteRecord.ts).
		const unread = unreadBlock(lines);
		if (unread && (!propertiesMatter || propertiesMatter(snapshot, ''))) snapshot.frontmatterError = unread;
	}
	return snapshot;
}

function readFrontmatter(snapshot: NoteSnapshot, yaml: string, parseFrontmatter: FrontmatterParser): void {
	try {
		const data = parseFrontmatter(yaml);
		if (data !== null && typeof data === 'object' && !Array.isArray(data)) snapshot.frontmatter = data as Record<string, unknown>;
		else if (data !== null && data !== undefined) snapshot.frontmatterError = 'it is not a list of properties (key: value)';
	} catch (error) {
		// The properties start below the opening `---`.
		snapshot.frontmatterError = yamlProblem(error, 1);
	}
}

function scanInline(line: number, text: string, context: LinkContext, snapshot: NoteSnapshot): void {
	const hasBracket = text.indexOf('[') !== -1;
	const hasHash = text.indexOf('#') !== -1;
	if (!hasBracket && !hasHash) return;
	// Code spans are code: their links and tags are not links or tags.
	const plain = blankCodeSpans(text);
	if (hasBracket)
		linksIn(plain, (target, embed) => snapshot.links.push({ target, line, context: embed ? 'embed' : context } satisfies NoteLink));
	if (!hasHash) return;
	TAG.lastIndex = 0;
	for (let match = TAG.exec(plain); match; match = TAG.exec(plain)) snapshot.tags.push(match[1] ?? '');
}

/**
 * The links on a line whose code spans are blanked, in the order a snapshot lists them
 * (wikilinks, then Markdown links), each with whether it is an embed. The lean read of a
 * dated note (src/cli/scanDated.ts) takes its links from here too.
 */
export function linksIn(plain: string, visit: (target: string, embed: boolean) => void): void {
	// What `WIKILINK` (src/domain/links.ts) matches, found with `indexOf` rather than the
	// pattern, which made three strings and an array per link (a hundred thousand in the
	// bench's daily notes): the words between `[[` and `]]` (one or more characters, no
	// bracket or line break), an embed when a `!` stands before. tests/cli/linksIn.test.ts
	// holds the two to the same links.
	for (let open = plain.indexOf('[['); open !== -1;) {
		let end = open + 2;
		while (end < plain.length) {
			const code = plain.charCodeAt(end);
			if (code === 93 /* ] */ || code === 91 /* [ */ || code === 10 /* \n */) break;
			end++;
		}
		if (end === open + 2 || plain.charCodeAt(end) !== 93 || plain.charCodeAt(end + 1) !== 93) {
			open = plain.indexOf('[[', open + 1);
			continue;
		}
		// In a table the alias bar is escaped: `[[Ann\|Annie]]`. Most links have no bar.
		const inner = plain.slice(open + 2, end);
		const bar = inner.indexOf('|');
		const target = (bar === -1 ? inner : inner.slice(0, inner.charCodeAt(bar - 1) === 92 ? bar - 1 : bar)).trim();
		if (target) visit(target, plain.charCodeAt(open - 1) === 33 /* ! */);
		open = plain.indexOf('[[', end + 2);
	}
	// Each pattern only where its brackets are: most lines with a link have one kind.
	if (plain.indexOf('](') === -1) return;
	MARKDOWN_LINK.lastIndex = 0;
	for (let match = MARKDOWN_LINK.exec(plain); match; match = MARKDOWN_LINK.exec(plain)) {
		const url = (match[2] ?? '').trim().replace(/^<|>$/g, '').split(/\s"/)[0]?.trimEnd() ?? '';
		if (!url || URL_SCHEME.test(url)) continue;
		let target = url;
		try {
			target = decodeURIComponent(url);
		} catch {
			// A stray % is part of the name.
		}
		visit(target, match[1] === '!');
	}
}
