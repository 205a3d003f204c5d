// Where someone stands against their cadence, in words and as a share of it: "due in 12
// days", "overdue 3 weeks", and how much of the time between contacts has gone. The due
// day itself is the queue's (its cadence row), so the panel and the queue never disagree.
import type { Day } from './day';

export type StandingState = 'overdue' | 'today' | 'soon' | 'ahead' | 'inactive';

export interface Standing {
	/** "due in 12 days", "overdue 3 weeks", "due today", "never in touch", "dormant: out of the queue". */
	label: string;
	state: StandingState;
	/** The day they are due by cadence (or by `next_follow_up`), when there is one. */
	due?: Day;
	/** How much of the time from the last contact to the due day has gone, 0 to 1. */
	elapsed: number;
}

export interface StandingInput {
	status: 'active' | 'dormant' | 'archived';
	/** New, with no tie, cadence or status: waiting in the triage list, with no cadence row. */
	untriaged?: boolean;
	/** The due day of their cadence row; none when the queue has none for them. */
	due?: Day;
	/** The newest contact up to today. */
	last?: Day;
	/** How many days ahead counts as soon (the queue's upcoming window). */
	soonDays: number;
}

/** A span of days in words: "1 day", "12 days", "3 weeks", "4 months", "2 years". */
export function spanInWords(days: number): string {
	const n = Math.abs(days);
	const [count, unit] =
		n < 14
			? [n, 'day']
			: n < 60
				? [Math.round(n / 7), 'week']
				: n < 730
					? [Math.round(n / 30.44), 'month']
					: [Math.round(n / 365.25), 'year'];
	return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

export function standingOf(input: StandingInput, today: Day): Standing {
	const { due, last } = input;
	if (input.status !== 'active') return { label: `${input.status}: out of the queue`, state: 'inactive', elapsed: 0 };
	if (due === undefined && input.untriaged)
		return { label: 'new: give them a tie (Triage new people) to bring them into the queue', state: 'ahead', elapsed: 0 };
	if (due === undefined) return { label: 'nothing due by cadence', state: 'ahead', elapsed: 0 };
	const elapsed = last === undefined || due <= last ? 1 : Math.min(1, Math.max(0, (today - last) / (due - last)));
	if (last === undefined && due <= today) return { label: 'never in touch: due now', state: 'today', due, elapsed };
	if (due < today) return { label: `overdue ${spanInWords(today - due)}`, state: 'overdue', due, elapsed };
	if (due === today) return { label: 'due today', state: 'today', due, elapsed };
	const words = due - today === 1 ? 'due tomorrow' : `due in ${spanInWords(due - today)}`;
	return { label: words, state: due - today <= input.soonDays ? 'soon' : 'ahead', due, elapsed };
}
