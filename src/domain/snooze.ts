// What snoozing a queue row does. Snooze means "not before this day": a row due by cadence
// gets `next_follow_up`, a follow-up task gets its start and due dates moved, and the rest (a
// thank-you, a report-back, an unanswered ask, a dated thing to ask about) have a window
// of their own that a date would not change, so they are not offered a snooze at all.
import type { ContactWrite } from './contactWrites';
import type { Day } from './day';
import type { ItemKind, QueueItem } from './queue';

/**
 * A follow-up row's task, where the queue saw it: what "Mark follow-up done" ticks, a
 * snooze moves and Log interaction offers to tick.
 */
export interface FollowUpTask {
	/** The note it is in: the contact's, or a meeting note's. */
	path: string;
	line: number;
	/** Its words, whole: a write checks the line still says them. */
	text: string;
	due: Day;
	/** Its Tasks start date (`🛫`), when it has one. */
	start?: Day;
}

/** The task of a follow-up row; undefined for any other row. */
export function followUpTaskOf(item: QueueItem): FollowUpTask | undefined {
	const { line, task } = item;
	if (item.kind !== 'follow-up' || line === undefined || task === undefined) return undefined;
	return { path: item.source ?? item.path, line, text: task, due: item.due, ...(item.start === undefined ? {} : { start: item.start }) };
}

export type SnoozeMove =
	/** `next_follow_up` on the contact, when later than the day they are due now. */
	| { kind: 'cadence' }
	/** The task's dates, in the note it is in (a meeting note's, or the contact's own). */
	| { kind: 'follow-up'; task: FollowUpTask }
	| { kind: 'none'; why: string };

const CANNOT: Partial<Record<ItemKind, string>> = {
	'thank-you': "A thank-you can't be snoozed: log it, or it lapses after two weeks",
	'report-back': "A report-back can't be snoozed: log it, or it lapses after two months",
	nudge: "An unanswered ask can't be snoozed: log your nudge, or it is let go after a week",
	'let-go': "A let-go can't be snoozed: it shows for a week, then never again",
	remember: "A Remember item can't be snoozed: it goes once you are next in touch, or tick it in the note",
	birthday: "A birthday can't be snoozed: it goes once the day has passed",
};

/** How a snooze applies to this row. */
export function snoozeMove(item: QueueItem): SnoozeMove {
	// A drift row is quieted as a cadence row is: `next_follow_up` says when to be in touch again.
	if (item.kind === 'cadence' || item.kind === 'drift') return { kind: 'cadence' };
	const task = followUpTaskOf(item);
	if (task) return { kind: 'follow-up', task };
	return { kind: 'none', why: CANNOT[item.kind] ?? "This row can't be snoozed" };
}

/**
 * What snoozing a follow-up until this day writes: its task moved, unless it is not owed
 * before that day anyway. A follow-up is owed from its start date (`🛫`) when it has one,
 * though due later, so that date, not the due date, is what the day picked must pass.
 */
export function followUpSnooze(task: FollowUpTask, until: Day): { write: ContactWrite } | { owedFrom: Day } {
	const owedFrom = task.start === undefined ? task.due : Math.min(task.start, task.due);
	if (owedFrom >= until) return { owedFrom };
	return { write: { op: 'reschedule', line: task.line, text: task.text, due: task.due, until } };
}

export function canSnooze(item: QueueItem): boolean {
	return snoozeMove(item).kind !== 'none';
}
