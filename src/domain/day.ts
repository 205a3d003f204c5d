// Calendar days. A contact's dates are date-only values: a `Day` is a count of days
// since 1970-01-01 with no time of day and no time zone, so it can never shift by one
// when the user's zone changes or a YAML parser hands us a Date at UTC midnight.
import { addMonths } from 'date-fns';

export type Day = number;

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day for a year, month (1–12) and day of month, or undefined when it does not exist. */
export function dayFromParts(year: number, month: number, dayOfMonth: number): Day | undefined {
	if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(dayOfMonth)) return undefined;
	if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31) return undefined;
	const ms = Date.UTC(year, month - 1, dayOfMonth);
	const check = new Date(ms);
	// 2026-02-31 rolls over to March in Date.UTC; refuse it instead.
	if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1) return undefined;
	return Math.round(ms / MS_PER_DAY);
}

export function dayParts(day: Day): { year: number; month: number; day: number } {
	const date = new Date(day * MS_PER_DAY);
	return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** `YYYY-MM-DD`. */
export function formatDay(day: Day): string {
	return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Reads `YYYY-MM-DD` strictly: a real calendar day or undefined. */
export function parseIsoDay(text: string): Day | undefined {
	const match = ISO_DAY.exec(text.trim());
	if (!match) return undefined;
	return dayFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * A frontmatter date as a calendar day. YAML parsers disagree: Obsidian keeps
 * `2026-10-02` as a string, js-yaml makes it a Date at UTC midnight. A Date at exactly
 * UTC midnight was a date-only value, so its UTC parts are the day; any other Date was a
 * real moment, and the day is the one it fell on where the user is.
 */
export function dayFromValue(value: unknown): Day | undefined {
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) return undefined;
		const utcMidnight = value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0 && value.getUTCMilliseconds() === 0;
		return utcMidnight
			? dayFromParts(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate())
			: dayFromParts(value.getFullYear(), value.getMonth() + 1, value.getDate());
	}
	if (typeof value === 'string') {
		const text = value.trim();
		const day = parseIsoDay(text.slice(0, 10));
		// Accept `2026-10-02T09:30` too: the calendar day is what counts.
		if (day !== undefined && (text.length === 10 || text[10] === 'T' || text[10] === ' ')) return day;
	}
	return undefined;
}

/** Today where the user is. */
export function localToday(now: Date = new Date()): Day {
	return dayFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate()) ?? 0;
}

export function addDays(day: Day, days: number): Day {
	return day + days;
}

/**
 * Month arithmetic as people mean it (31 Jan + 1 month = 28 Feb), by date-fns. Noon
 * keeps a daylight-saving jump from moving the local date.
 */
export function addMonthsToDay(day: Day, months: number): Day {
	const { year, month, day: dayOfMonth } = dayParts(day);
	const moved = addMonths(new Date(year, month - 1, dayOfMonth, 12), months);
	return dayFromParts(moved.getFullYear(), moved.getMonth() + 1, moved.getDate()) ?? day;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2 Oct", with the year when it is not the current one: "2 Oct 2025". */
export function humanDay(day: Day, today: Day): string {
	const { year, month, day: dayOfMonth } = dayParts(day);
	const short = `${dayOfMonth} ${MONTHS[month - 1] ?? ''}`;
	return year === dayParts(today).year ? short : `${short} ${year}`;
}

/** A span of days for people: "5d", "3w", "4mo", "2y". */
export function humanSpan(days: number): string {
	const n = Math.abs(days);
	if (n < 14) return `${n}d`;
	if (n < 60) return `${Math.round(n / 7)}w`;
	if (n < 730) return `${Math.round(n / 30.44)}mo`;
	return `${Math.round(n / 365.25)}y`;
}
