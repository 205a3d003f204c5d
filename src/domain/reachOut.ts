// The "Reach out" block for a daily note: today's most pressing people as unchecked
// tasks that link them. Ticking one is a checked task linking the person in a dated note,
// which the index counts as contact, so the gesture that means "done" is the one that logs it.
import { ensureSection, eolOf, insertLines, joinNote, splitNote } from './noteText';
import type { Queue } from './queue';

export const REACH_OUT_HEADING = 'Reach out';
const HEADING = /^\s{0,3}#{1,6}[ \t]+reach out[ \t]*#*[ \t]*$/i;

/** Up to `count` people, owed first, then the most overdue by cadence; each once. */
export function reachOutLines(queue: Queue, count: number): string[] {
	const seen = new Set<string>();
	const lines: string[] = [];
	for (const id of ['owed', 'reconnect'] as const) {
		for (const item of queue.sections.find((s) => s.id === id)?.items ?? []) {
			if (lines.length >= count) return lines;
			if (seen.has(item.path)) continue;
			seen.add(item.path);
			// The link by path when the name alone could point elsewhere is Obsidian's call;
			// a name link with the note's base name is what a user would type.
			lines.push(`- [ ] [[${item.name}]]: ${item.reason.replace(/\s+/g, ' ')}`);
		}
	}
	return lines;
}

export function hasReachOut(text: string): boolean {
	return splitNote(text).lines.some((line) => HEADING.test(line.text));
}

/** The note with the block added at its end; undefined when it has one already or nobody is due. */
export function addReachOut(text: string, lines: readonly string[]): string | undefined {
	if (lines.length === 0 || hasReachOut(text)) return undefined;
	const note = splitNote(text);
	const endedWithNewline = note.lines.length > 1 && note.lines[note.lines.length - 1]?.text === '';
	const section = ensureSection(note, (heading) => HEADING.test(`## ${heading}`), REACH_OUT_HEADING);
	insertLines(note, section.heading + 1, lines);
	// The block is the last thing written: it ends with a newline even where the note did not.
	if (!endedWithNewline) {
		const tail = note.lines[note.lines.length - 1];
		if (tail) tail.eol = eolOf(note);
		note.lines.push({ text: '', eol: '' });
	}
	return joinNote(note);
}
