// What snoozing a queue row does. Snooze means "not before this day": a row due by cadence
// gets `next_follow_up`, a follow-up task gets its due date moved, and the rest (a
// thank-you, a report-back, an unanswered ask, a dated thing to ask about) have a window
// of their own that a date would not change, so they are not offered a snooze at all.
import type { ContactWrite } from './contactWrites';
import type { Day } from './day';
import type { ItemKind, QueueItem } from './queue';

export type SnoozeMove =
	/** `next_follow_up` on the contact, when later than the day they are due now. */
	| { kind: 'cadence' }
	/** The task's dates, in the note it is in (a meeting note's, or the contact's own). */
	| { kind: 'follow-up'; note: string; line: number; text: string; due: Day; start?: Day }
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
	if (item.kind === 'cadence') return { kind: 'cadence' };
	if (item.kind === 'follow-up' && item.line !== undefined && item.task !== undefined) {
		return { kind: 'follow-up', note: item.source ?? item.path, line: item.line, text: item.task, due: item.due, ...(item.start === undefined ? {} : { start: item.start }) };
	}
	return { kind: 'none', why: CANNOT[item.kind] ?? "This row can't be snoozed" };
}

/**
 * What snoozing a follow-up until this day writes: its task moved, unless it is not owed
 * before that day anyway. A follow-up is owed from its start date (`🛫`) when it has one,
 * though due later, so that date, not the due date, is what the day picked must pass.
 */
export function followUpSnooze(move: Extract<SnoozeMove, { kind: 'follow-up' }>, until: Day): { write: ContactWrite } | { owedFrom: Day } {
	const owedFrom = move.start === undefined ? move.due : Math.min(move.start, move.due);
	if (owedFrom >= until) return { owedFrom };
	return { write: { op: 'reschedule', line: move.line, text: move.text, due: move.due, until } };
}

export function canSnooze(item: QueueItem): boolean {
	return snoozeMove(item).kind !== 'none';
}
