// A note's body sections (Interactions, Follow-ups, Remember …) found, listed and written
// into as the body reader (noteBody.ts) reads them, so a new line lands where the reader looks.
import { sectionOfHeading, sectionOwners, type SectionName } from './contact';
import { LIST_MARKER, readBody, type Body, type BodyHeading } from './noteBody';
import { frontmatterOf } from './noteProperties';
import { insertLines, type NoteText } from './noteText';

export interface Section {
	/** Index of the heading line (of its words, for an underlined heading). */
	heading: number;
	level: number;
	/** Index of the first line under the heading: two below an underlined one. */
	content: number;
	/** Index of the first line after the section. */
	end: number;
}

/** The body as the reader reads it, and the line it starts on (the one after the properties). */
function bodyOf(note: NoteText): { body: Body; from: number } {
	const fm = frontmatterOf(note);
	const from = fm ? fm.close + 1 : 0;
	return {
		body: readBody(
			note.lines.map((l) => l.text),
			from,
		),
		from,
	};
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
	return {
		heading: found.line,
		level: found.level,
		content: found.line + (found.underlined ? 2 : 1),
		end: next ? next.line : note.lines.length,
	};
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
export function ensureSection(
	note: NoteText,
	name: SectionName | ((heading: string) => boolean),
	title: string,
	before?: SectionName,
): Section {
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
