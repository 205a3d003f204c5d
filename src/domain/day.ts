// Calendar days. A contact's dates are date-only values: a `Day` is a count of days
// since 1970-01-01 with no time of day and no time zone, so it can never shift by one
// when the user's zone changes or a YAML parser hands us a Date at UTC midnight.
export type Day = number;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

// Days from and to the civil calendar by integer arithmetic (the proleptic Gregorian
// algorithm from Howard Hinnant's date library): no Date objects on the hot path.
function daysFromCivil(year: number, month: number, dayOfMonth: number): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + dayOfMonth - 1;
	const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * 146097 + dayOfEra - 719468;
}

/** The day for a year, month (1–12) and day of month, or undefined when it does not exist. */
export function dayFromParts(year: number, month: number, dayOfMonth: number): Day | undefined {
	if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(dayOfMonth)) return undefined;
	if (month < 1 || month > 12 || dayOfMonth < 1) return undefined;
	// 2026-02-31 would roll over into March; refuse it instead.
	const length = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
	if (dayOfMonth > length) return undefined;
	return daysFromCivil(year, month, dayOfMonth);
}

export function dayParts(day: Day): { year: number; month: number; day: number } {
	const z = day + 719468;
	const era = Math.floor(z / 146097);
	const dayOfEra = z - era * 146097;
	const yearOfEra = Math.floor(
		(dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
	);
	const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
	const mp = Math.floor((5 * dayOfYear + 2) / 153);
	const month = mp < 10 ? mp + 3 : mp - 9;
	return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** A moment's local time of day, `HH:mm`. */
export function formatTime(at: Date): string {
	return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
}

/** `YYYY-MM-DD`. */
export function formatDay(day: Day): string {
	const { year, month, day: dayOfMonth } = dayParts(day);
	return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${dayOfMonth < 10 ? '0' : ''}${dayOfMonth}`;
}

/** The number the ASCII digits of a text spell from `at` to `end`, or -1 when one is no digit. */
function digitsAt(text: string, at: number, end: number): number {
	let value = 0;
	for (let i = at; i < end; i++) {
		const digit = text.charCodeAt(i) - 48;
		if (digit < 0 || digit > 9) return -1;
		value = value * 10 + digit;
	}
	return value;
}

/** Reads `YYYY-MM-DD` strictly: a real calendar day or undefined. */
export function parseIsoDay(text: string): Day | undefined {
	// Read for every dated line of every contact: a text that is exactly a date is read
	// from its characters, with no trim, match or substrings.
	if (text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
		const year = digitsAt(text, 0, 4);
		const month = digitsAt(text, 5, 7);
		const dayOfMonth = digitsAt(text, 8, 10);
		if (year >= 0 && month >= 0 && dayOfMonth >= 0) return dayFromParts(year, month, dayOfMonth);
	}
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
		const utcMidnight =
			value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0 && value.getUTCMilliseconds() === 0;
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
 * Month arithmetic as people mean it (31 Jan + 1 month = 28 Feb), on the calendar alone:
 * a local Date would skip a day some zone skipped (Samoa had no 30 Dec 2011, so 30 Nov
 * + 1 month came out as 31 Dec there).
 */
export function addMonthsToDay(day: Day, months: number): Day {
	const { year, month, day: dayOfMonth } = dayParts(day);
	const index = year * 12 + (month - 1) + Math.trunc(months);
	const toYear = Math.floor(index / 12);
	const toMonth = index - toYear * 12 + 1;
	const length = toMonth === 2 && isLeapYear(toYear) ? 29 : (DAYS_IN_MONTH[toMonth - 1] ?? 31);
	return dayFromParts(toYear, toMonth, Math.min(dayOfMonth, length)) ?? day;
}

/** The months in English, as Rapport's own text says them and dated-note names are read. */
export const MONTH_NAMES: readonly string[] = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** "2 Oct", with the year when it is not the current one: "2 Oct 2025". */
export function humanDay(day: Day, today: Day): string {
	const { year, month, day: dayOfMonth } = dayParts(day);
	const short = `${dayOfMonth} ${(MONTH_NAMES[month - 1] ?? '').slice(0, 3)}`;
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
