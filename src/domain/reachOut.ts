// The "Reach out" block for a daily note: today's most pressing people as unchecked
// tasks that link them. Ticking one is a checked task linking the person in a dated note,
// which the index counts as contact, so the gesture that means "done" is the one that logs it.
// A line for an owed follow-up carries its due date, so ticking it can tick that follow-up too.
import { formatDay, parseIsoDay, type Day } from './day';
import { linkTarget } from './links';
import { headingOf } from './markdownLine';
import { ensureSection, findSection, sectionItems } from './noteSections';
import { eolOf, insertLines, joinNote, splitNote } from './noteText';
import type { Contact } from './contact';
import type { Queue, QueueItem } from './queue';
import { isOpenFollowUp, type NoteFollowUp } from './tasks';
import type { TimelineEntry } from './timeline';

export const REACH_OUT_HEADING = 'Reach out';

/**
 * Up to `count` people, owed first, then the most overdue by cadence; each once. Each line
 * links its person with `linkText` (the index's: the name when it is theirs alone, else the
 * path), so the tick counts for the person meant, not another of that name.
 */
export function reachOutLines(queue: Queue, count: number, linkText: (path: string) => string): string[] {
	const seen = new Set<string>();
	const lines: string[] = [];
	for (const id of ['owed', 'reconnect'] as const) {
		for (const item of queue.sections.find((s) => s.id === id)?.items ?? []) {
			if (lines.length >= count) return lines;
			if (seen.has(item.path)) continue;
			seen.add(item.path);
			lines.push(`- [ ] [[${linkText(item.path)}]]: ${describe(item)}`);
		}
	}
	return lines;
}

/** Where a follow-up's reason says how due it is: "Send the deck · overdue 7d". */
const DUE_LABEL = / · (?:overdue \S+|due today|due in \S+)(?= · |$)/;

/**
 * The item's reason; a follow-up's gets its due date after its words, "Send the deck (due
 * 2026-11-14) · overdue 7d", so its tick finds the one meant when two say the same.
 */
function describe(item: QueueItem): string {
	const reason = item.reason.replace(/\s+/g, ' ');
	const label = item.kind === 'follow-up' ? DUE_LABEL.exec(reason) : null;
	if (!label) return reason;
	return `${reason.slice(0, label.index)} (due ${formatDay(item.due)})${reason.slice(label.index)}`;
}

/** A task of a Reach out block: `key` is its text after the checkbox, which names the line. */
export interface ReachOutTask {
	key: string;
	checked: boolean;
	/** The person linked first: who the line is about. */
	person?: string;
	/** A follow-up's words as the line shows them (cut with "…" when long), and its due date. */
	followUp?: { words: string; due?: Day };
}

// After the spaces, text that starts with none, so the two never trade characters.
const TASK = /^\[(.)\][ \t]+([^ \t\n\r\u2028\u2029].*)?$/;
const FOLLOW_UP = /^(.*?)(?: \(due (\d{4}-\d{2}-\d{2})\))? · (?:overdue \S+|due today|due in \S+)(?: · [^]*)?$/;
const PERSON_LINE = /^\[\[([^\]\n]+)\]\]:[ \t]*([^ \t\n\r\u2028\u2029].*)?$/;

/** The tasks of the note's Reach out block, in order; none when it has no block. */
export function reachOutTasks(text: string): ReachOutTask[] {
	const note = splitNote(text);
	const section = findSection(note, isReachOutHeading);
	if (!section) return [];
	const tasks: ReachOutTask[] = [];
	for (const item of sectionItems(note, section)) {
		const task = TASK.exec(item.text);
		if (!task) continue;
		const key = (task[2] ?? '').trim();
		const link = PERSON_LINE.exec(key);
		const found: ReachOutTask = { key, checked: task[1] !== ' ' };
		if (link) {
			found.person = linkTarget(link[1] ?? '');
			const followUp = FOLLOW_UP.exec(link[2] ?? '');
			if (followUp?.[1]) found.followUp = { words: followUp[1], due: parseIsoDay(followUp[2] ?? '') };
		}
		tasks.push(found);
	}
	return tasks;
}

/** An open follow-up where it is written: the contact's note, a meeting note of theirs, or a note with a task linking them. */
export interface OpenFollowUp {
	path: string;
	line: number;
	/** Its words without its dates. */
	text: string;
	due?: Day;
}

/**
 * Every open follow-up of a contact, in or out of the queue: their own, the tasks of the
 * meeting notes that list them, and dated tasks elsewhere that link them (`linked`). A
 * snoozed one is often beyond the queue's window.
 */
export function openFollowUps(contact: Contact, timeline: readonly TimelineEntry[], linked: readonly NoteFollowUp[] = []): OpenFollowUp[] {
	const found = contact.followUps.filter(isOpenFollowUp).map((f) => ({ path: contact.path, line: f.line, text: f.text, due: f.due }));
	const seen = new Set<string>();
	for (const entry of timeline) {
		if (entry.via !== 'meeting' || !entry.tasks || seen.has(entry.source)) continue;
		seen.add(entry.source);
		for (const f of entry.tasks) if (isOpenFollowUp(f)) found.push({ path: entry.source, line: f.line, text: f.text, due: f.due });
	}
	for (const { source, followUp: f } of linked) found.push({ path: source, line: f.line, text: f.text, due: f.due });
	return found;
}

/**
 * The follow-ups a reach-out line can mean: the same words, whole or as far as the line
 * shows them. Its due date tells apart two that say the same, but only as a hint: a
 * snooze since has moved it (and lines from before it carried one have none).
 */
export function followUpsMeant<T extends { text: string; due?: Day }>(task: ReachOutTask, followUps: readonly T[]): T[] {
	const line = task.followUp;
	if (!line) return [];
	const cut = line.words.endsWith('…') ? line.words.slice(0, -1).trimEnd() : undefined;
	const same = followUps.filter((f) => {
		const words = f.text.replace(/\s+/g, ' ').trim();
		return words === line.words || (cut !== undefined && words.startsWith(cut));
	});
	const onDay = line.due === undefined ? [] : same.filter((f) => f.due === line.due);
	return onDay.length > 0 ? onDay : same;
}

/**
 * Whether a heading's text (as the metadata cache gives it, without the `#`s) is a Reach
 * out block's, at any level: its words read as a heading line's are, a closing `#` run and
 * spaces dropped, in any case.
 */
export function isReachOutHeading(heading: string): boolean {
	return headingOf(`## ${heading}`)?.text.toLowerCase() === REACH_OUT_HEADING.toLowerCase();
}

/** Whether the note has a Reach out heading outside code and comments, as a reader sees it. */
export function hasReachOut(text: string): boolean {
	return findSection(splitNote(text), isReachOutHeading) !== undefined;
}

/** The note with the block added at its end; undefined when it has one already or nobody is due. */
export function addReachOut(text: string, lines: readonly string[]): string | undefined {
	if (lines.length === 0 || hasReachOut(text)) return undefined;
	const note = splitNote(text);
	const endedWithNewline = note.lines.length > 1 && note.lines[note.lines.length - 1]?.text === '';
	const section = ensureSection(note, isReachOutHeading, REACH_OUT_HEADING);
	insertLines(note, section.heading + 1, lines);
	// The block is the last thing written: it ends with a newline even where the note did not.
	if (!endedWithNewline) {
		const tail = note.lines[note.lines.length - 1];
		if (tail) tail.eol = eolOf(note);
		note.lines.push({ text: '', eol: '' });
	}
	return joinNote(note);
}
