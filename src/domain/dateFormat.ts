// `{{date:FORMAT}}` and `{{time:FORMAT}}` are written by moment, as Daily Notes and
// Templater write them: every token moment knows (`W`, `Q`, `DDDD`, `Do` …), in the
// language the host's moment speaks. The domain bundles no date library: each host hands
// in its own moment (Obsidian's, in the user's language; the npm package, in English, for
// the CLI), and both make their formatter here, so a day is turned into a moment one way.
import { dayParts, formatDay, type Day } from './day';

/** `day` at `time` (`HH:mm`; midnight when not given) in a moment.js format. */
export type DateFormatter = (day: Day, format: string, time?: string) => string;

/** A local date and time of day, as moment takes it (`month` from 0). */
interface MomentParts {
	year: number;
	month: number;
	date: number;
	hour: number;
	minute: number;
}

/** The little of moment's API a formatter uses; `moment` itself, Obsidian's or the package's, is one. */
export interface MomentApi {
	(parts: MomentParts): { format(format?: string): string };
	utc(parts: MomentParts): { format(format?: string): string };
}

const CLOCK = /^(\d{1,2}):(\d{2})/;
const WALL_CLOCK = 'YYYY-MM-DD HH:mm';

/** A formatter on the host's moment, so month and weekday names are in its language. */
export function momentFormatter(moment: MomentApi): DateFormatter {
	return (day, format, time = '00:00') => {
		const { year, month, day: date } = dayParts(day);
		const clock = CLOCK.exec(time);
		const hour = Number(clock?.[1] ?? 0);
		const minute = Number(clock?.[2] ?? 0);
		const parts: MomentParts = { year, month: month - 1, date, hour, minute };
		// Local time, so `Z` and `X` say where and when the user is. A day or an hour the
		// zone skipped (Samoa had no 30 Dec 2011; a spring-forward hour) rolls over in local
		// time: it is written as the calendar and clock say, on UTC's, which skips nothing.
		const local = moment(parts);
		const wall = `${formatDay(day)} ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
		return (local.format(WALL_CLOCK) === wall ? local : moment.utc(parts)).format(format);
	};
}
