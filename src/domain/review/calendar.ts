// The contact calendar's data: per week (Monday to Sunday), how many days in touch, for the
// whole network or one person, and what they were. Each person counts once a day, however
// many notes say so (a logged coffee and its meeting note are one).
import { addDays, type Day } from '../day';
import type { TimelineEntry } from '../timeline';

export interface CalendarEntry {
	name: string;
	path: string;
	/** The day's most telling entry (a logged line before a meeting note before a daily note). */
	entry: TimelineEntry;
}

export interface CalendarWeek {
	/** The Monday it starts on. */
	start: Day;
	/** People-days in touch that week (for one person, days). */
	count: number;
	entries: CalendarEntry[];
}

/** A year of weeks by default, ending with the week holding today. */
export const CALENDAR_WEEKS = 52;

/** The Monday on or before a day (1970-01-01 was a Thursday). */
export function weekStart(day: Day): Day {
	return day - ((((day - 4) % 7) + 7) % 7);
}

/** Empty weeks, oldest first, the last holding today. */
export function weeksUpTo(today: Day, weeks: number): CalendarWeek[] {
	const last = weekStart(today);
	return Array.from({ length: weeks }, (_, i) => ({ start: addDays(last, -7 * (weeks - 1 - i)), count: 0, entries: [] }));
}

/** Adds one person's days in touch, up to today, to the weeks they fall in. */
function addPerson(weeks: CalendarWeek[], person: { name: string; path: string }, timeline: readonly TimelineEntry[], today: Day): void {
	for (const { week, entry } of daysInWeeks(weeks, person, timeline, today)) {
		const into = weeks[week];
		if (!into) continue;
		into.count++;
		into.entries.push(entry);
	}
}

/** One person's days in touch up to today that fall in the weeks, each with the index of its week. */
export function daysInWeeks(
	weeks: readonly { start: Day }[],
	person: { name: string; path: string },
	timeline: readonly TimelineEntry[],
	today: Day,
): { week: number; entry: CalendarEntry }[] {
	const first = weeks[0]?.start ?? today;
	const found: { week: number; entry: CalendarEntry }[] = [];
	let previous: Day | undefined;
	// Newest first, and on one day the most telling entry first (compareEntries): the first of each day is kept.
	for (const entry of timeline) {
		if (entry.date > today || entry.date === previous) continue;
		previous = entry.date;
		if (entry.date < first) break;
		const week = Math.floor((entry.date - first) / 7);
		if (week < weeks.length) found.push({ week, entry: { name: person.name, path: person.path, entry } });
	}
	return found;
}

/** One person's weeks. */
export function personCalendar(
	person: { name: string; path: string },
	timeline: readonly TimelineEntry[],
	today: Day,
	weeks = CALENDAR_WEEKS,
): CalendarWeek[] {
	const calendar = weeksUpTo(today, weeks);
	addPerson(calendar, person, timeline, today);
	return calendar;
}
