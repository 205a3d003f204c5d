// The "Reach out" block for a daily note: today's most pressing people as unchecked
// tasks that link them. Ticking one is a checked task linking the person in a dated note,
// which the index counts as contact, so the gesture that means "done" is the one that logs it.
import { eolOf, insertLines, joinNote, splitNote } from './noteText';
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
	const last = note.lines[note.lines.length - 1];
	const endsWithNewline = note.lines.length > 1 && last?.text === '' ;
	const lastWords = [...note.lines].reverse().find((l) => l.text.trim() !== '');
	const blankBefore = note.lines.length > (endsWithNewline ? 2 : 1) && note.lines[note.lines.length - (endsWithNewline ? 2 : 1)]?.text.trim() === '';
	const lead = lastWords === undefined || blankBefore ? [] : [''];
	insertLines(note, note.lines.length, [...lead, `## ${REACH_OUT_HEADING}`, ...lines]);
	// A block added to a note without a final newline still ends with one: it is the last thing written.
	if (!endsWithNewline) {
		const tail = note.lines[note.lines.length - 1];
		if (tail) tail.eol = eolOf(note);
		note.lines.push({ text: '', eol: '' });
	}
	return joinNote(note);
}
