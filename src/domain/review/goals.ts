// Goals and their progress, per month or quarter, counted from the interaction log and
// meeting notes (a daily note's mention says who, but not what kind of contact it was):
// - new-contact-coffees: coffees with someone who joined your network in the 90 days before;
// - events: days you were at an event, each day once;
// - weak-tie-reach-outs: weak ties you were in touch with, each person once;
// - gave: `#gave` lines.
// A coffee logged and also written up as a meeting note is one coffee.
import type { Contact } from '../contact';
import { addDays, type Day } from '../day';
import type { Goal, GoalRule } from '../settings';
import type { TimelineEntry } from '../timeline';
import { periodsUpTo, type Period } from './periods';
import { ADDED_WITHIN_DAYS } from './shared';

export interface GoalPeriodProgress {
	period: string;
	start: Day;
	end: Day;
	count: number;
	/** count reached the goal's. */
	done: boolean;
}

export interface GoalProgress {
	goal: Goal;
	current: GoalPeriodProgress;
	/** The six periods before the current one, newest first. */
	previous: GoalPeriodProgress[];
}

const PERIODS_BEFORE = 6;

/** One thing a goal counts: what it is, and the key it counts once by. */
export interface Counted {
	day: Day;
	key: string;
}

/** The goal's current period, then the ones before it, newest first. */
export function goalPeriods(goal: Goal, today: Day): [Period, ...Period[]] {
	return periodsUpTo(today, goal.period, PERIODS_BEFORE);
}

/** Adds what one contact brings to each rule in `counted` (`joined`: when they joined, for new-contact coffees). */
export function countFor(
	contact: Contact,
	timeline: readonly TimelineEntry[],
	joined: Day | undefined,
	today: Day,
	counted: ReadonlyMap<GoalRule, Counted[]>,
): void {
	for (const entry of sourcesOfKind(timeline)) {
		if (entry.date > today) continue;
		const day = entry.date;
		if (entry.kind === 'coffee' && joined !== undefined && day >= joined && day <= addDays(joined, ADDED_WITHIN_DAYS))
			counted.get('new-contact-coffees')?.push({ day, key: `${contact.path}\n${day}` });
		if (entry.kind === 'event') counted.get('events')?.push({ day, key: String(day) });
		if (contact.tie === 'weak') counted.get('weak-tie-reach-outs')?.push({ day, key: contact.path });
	}
	for (const interaction of contact.interactions)
		if (interaction.gave && interaction.date <= today)
			counted.get('gave')?.push({ day: interaction.date, key: `${contact.path}\n${interaction.line}` });
}

/** A period's progress from the number of things counted in it. */
export function progressOf(period: Period, goal: Goal, count: number): GoalPeriodProgress {
	return { period: period.label, start: period.start, end: period.end, count, done: count >= goal.count };
}

/** Logged lines and meeting notes: the entries that say what kind of contact it was. */
function sourcesOfKind(timeline: readonly TimelineEntry[]): TimelineEntry[] {
	return timeline.filter((entry) => (entry.via === 'log' || entry.via === 'meeting') && entry.kind !== undefined);
}
