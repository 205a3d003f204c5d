// Follow-ups and things to remember are list items in the Tasks plugin's format, so the
// Tasks plugin and Dataview read them too: `- [ ] Send the link 📅 2026-10-09`,
// `[due:: 2026-10-09]`, done as `- [x] … ✅ 2026-10-10`, starting `🛫 2026-10-07`.
import { parseIsoDay, type Day } from './day';
import { isSpace } from './markdownLine';

export interface FollowUp {
	line: number;
	/** The task's words without its dates. */
	text: string;
	due?: Day;
	/** Tasks' start date (`🛫`, `[start:: …]`): from this day it is owed, though due later. */
	start?: Day;
	done: boolean;
	/** Cancelled `- [-]`: neither open nor done. */
	cancelled: boolean;
	doneOn?: Day;
}

/** A follow-up written in another note than the contact's: a meeting note's task, or a dated task that links them. */
export interface NoteFollowUp {
	/** The note it is in. */
	source: string;
	followUp: FollowUp;
}

export interface RememberItem {
	line: number;
	text: string;
	date?: Day;
	done: boolean;
}

const DUE = /(?:📅|🗓️?)\s*(\d{4}-\d{2}-\d{2})|[[(]due::\s*(\d{4}-\d{2}-\d{2})\s*[\])]/u;
const START = /🛫\s*(\d{4}-\d{2}-\d{2})|[[(]start::\s*(\d{4}-\d{2}-\d{2})\s*[\])]/u;
const DONE = /✅\s*(\d{4}-\d{2}-\d{2})|[[(]completion::\s*(\d{4}-\d{2}-\d{2})\s*[\])]/u;
const ANY_DAY = /(?:^|[\s(])(\d{4}-\d{2}-\d{2})(?=$|[\s).,;:])/;
// Tasks' date emoji and inline fields, stripped with the white space before them so the
// words read cleanly. A field's value stops at a bracket, so thousands of unclosed `(due::`
// are read once. No meta starts with white space, so the spaces before one are found by
// stepping back from it, never by a pattern that reads a long run of spaces again from each.
const TASK_META =
	/(?:📅|🗓️?|✅|⏳|🛫|➕|❌)\s*\d{4}-\d{2}-\d{2}|[[(](?:due|completion|scheduled|start|created|cancelled)::[^\])[(]*[\])]|[🔺⏫🔼🔽⏬]|🔁[^📅✅⏳🛫➕❌]*/gu;

function withoutMeta(text: string): string {
	TASK_META.lastIndex = 0;
	let kept = '';
	// Where the text after the last meta found starts.
	let from = 0;
	for (let found = TASK_META.exec(text); found; found = TASK_META.exec(text)) {
		let start = found.index;
		while (start > from && isSpace(text.charCodeAt(start - 1))) start--;
		kept += text.slice(from, start);
		from = found.index + found[0].length;
	}
	return from === 0 ? text : kept + text.slice(from);
}

function firstDay(regex: RegExp, text: string): Day | undefined {
	const match = regex.exec(text);
	if (!match) return undefined;
	return parseIsoDay(match[1] ?? match[2] ?? '');
}

export function isDoneStatus(task: string | undefined): boolean {
	return task === 'x' || task === 'X';
}

/**
 * A follow-up still to do: not done, not cancelled, and saying something (an empty
 * `- [ ] `, as a template leaves one, promises nothing yet).
 */
export function isOpenFollowUp(followUp: FollowUp): boolean {
	return !followUp.done && !followUp.cancelled && followUp.text.trim() !== '';
}

export function parseFollowUp(text: string, task: string, line: number): FollowUp {
	return {
		line,
		text: withoutMeta(text).trim(),
		due: firstDay(DUE, text),
		start: firstDay(START, text),
		done: isDoneStatus(task),
		cancelled: task === '-',
		doneOn: firstDay(DONE, text),
	};
}

/** A `## Remember` item; its date is a due date or any `YYYY-MM-DD` in the words. */
export function parseRememberItem(text: string, task: string | undefined, line: number): RememberItem {
	return {
		line,
		text: withoutMeta(text).trim(),
		date: firstDay(DUE, text) ?? firstDay(ANY_DAY, text),
		done: isDoneStatus(task),
	};
}
