// A day and a time of day in a Moment.js format, for `{{date:FORMAT}}` and
// `{{time:FORMAT}}`: the tokens people put in note names and headings, and `[literal]`
// text. A format with any other letter token gives nothing, so the placeholder is left as
// written rather than half filled (`2026-11-21 W` would look right and be wrong).
import { dayParts, type Day } from './day';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
// A run of one letter is one token, as Moment reads it: `DDDD` is day of year, not `DD` twice.
// A literal holds no `[`: each `[` is read up to the next bracket, not to the end.
const FORMAT_TOKEN = /\[([^\][]*)\]|Do|([A-Za-z])\2*/g;
const TIME = /^(\d{1,2}):(\d{2})/;

/**
 * `day` at `time` (`HH:mm`) in `format`, or undefined when the format has a letter token
 * this does not know (`W`, `Q`, `ss`, `DDDD` …).
 */
export function formatMoment(day: Day, format: string, time = '00:00'): string | undefined {
	const { year, month, day: dayOfMonth } = dayParts(day);
	// 1970-01-01 was a Thursday.
	const weekdayNumber = (((day + 4) % 7) + 7) % 7;
	const weekday = WEEKDAY_NAMES[weekdayNumber] ?? '';
	const clock = TIME.exec(time);
	const hours = clock ? Number(clock[1]) : 0;
	const minutes = clock ? Number(clock[2]) : 0;
	const twelve = ((hours + 11) % 12) + 1;
	const pad = (n: number): string => String(n).padStart(2, '0');
	const values: Record<string, string> = {
		YYYY: String(year).padStart(4, '0'),
		YY: pad(year % 100),
		MMMM: MONTH_NAMES[month - 1] ?? '',
		MMM: (MONTH_NAMES[month - 1] ?? '').slice(0, 3),
		MM: pad(month),
		M: String(month),
		Do: ordinal(dayOfMonth),
		DD: pad(dayOfMonth),
		D: String(dayOfMonth),
		dddd: weekday,
		ddd: weekday.slice(0, 3),
		dd: weekday.slice(0, 2),
		d: String(weekdayNumber),
		HH: pad(hours),
		H: String(hours),
		hh: pad(twelve),
		h: String(twelve),
		mm: pad(minutes),
		m: String(minutes),
		A: hours < 12 ? 'AM' : 'PM',
		a: hours < 12 ? 'am' : 'pm',
	};
	let unknown = false;
	const text = format.replace(FORMAT_TOKEN, (token, literal: string | undefined) => {
		if (literal !== undefined) return literal;
		const value = values[token];
		if (value === undefined) unknown = true;
		return value ?? token;
	});
	return unknown ? undefined : text;
}

function ordinal(n: number): string {
	const tens = n % 100;
	if (tens >= 11 && tens <= 13) return `${n}th`;
	return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
