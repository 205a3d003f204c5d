// Calendar months and quarters, for goals and the give/ask balance: the period a day is in,
// and the ones before it.
import { addMonthsToDay, dayFromParts, dayParts, type Day } from '../day';
import type { GoalPeriod } from '../settings';

export interface Period {
	/** `2026-11` for a month, `2026-Q4` for a quarter. */
	label: string;
	start: Day;
	/** The last day in it. */
	end: Day;
}

/** The period holding `day`, then the `before` periods before it, newest first. */
export function periodsUpTo(day: Day, kind: GoalPeriod, before: number): [Period, ...Period[]] {
	const { year, month } = dayParts(day);
	const months = kind === 'month' ? 1 : 3;
	const firstMonth = month - ((month - 1) % months);
	const start = dayFromParts(year, firstMonth, 1) ?? day;
	const periodFrom = (from: Day): Period => ({ label: labelOf(from, kind), start: from, end: addMonthsToDay(from, months) - 1 });
	const earlier: Period[] = [];
	for (let i = 1; i <= before; i++) earlier.push(periodFrom(addMonthsToDay(start, -months * i)));
	return [periodFrom(start), ...earlier];
}

function labelOf(start: Day, kind: GoalPeriod): string {
	const { year, month } = dayParts(start);
	return kind === 'month' ? `${year}-${String(month).padStart(2, '0')}` : `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}
