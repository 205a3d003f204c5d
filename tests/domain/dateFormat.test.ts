// `{{date:FORMAT}}` is written by the host's moment: the CLI's formatter (the moment
// package, English) here, made by the one factory both hosts use. The plugin's, on
// Obsidian's moment and in the app's language, is checked in tests/obsidian/dates.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/cli/dates';
import { day } from '../builders';

const before = process.env.TZ;

afterEach(() => {
	if (before === undefined) delete process.env.TZ;
	else process.env.TZ = before;
});

describe('a day and time in a moment format', () => {
	it('writes the day tokens and [literal] text', () => {
		expect(formatDate(day('2026-01-05'), 'YY-M-D ddd dd d [week of] MMM')).toBe('26-1-5 Mon Mo 1 week of Jan');
		expect(formatDate(day('2026-01-05'), 'dddd D MMMM YYYY')).toBe('Monday 5 January 2026');
		expect(
			['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-22'].map((d) =>
				formatDate(day(d), 'Do'),
			),
		).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '22nd']);
	});

	it('writes the time tokens, on a 24- or 12-hour clock', () => {
		const at = (time: string): string => formatDate(day('2026-11-21'), 'HH:mm H:m hh:mm h A a', time);
		expect(at('14:05')).toBe('14:05 14:5 02:05 2 PM pm');
		expect(at('00:30')).toBe('00:30 0:30 12:30 12 AM am');
		expect(at('12:00')).toBe('12:00 12:0 12:00 12 PM pm');
		expect(formatDate(day('2026-11-21'), 'HH:mm')).toBe('00:00');
	});

	it('writes every token moment knows: ISO week, quarter, day of the year, seconds, week year', () => {
		const at = (format: string): string => formatDate(day('2026-11-21'), format, '14:05');
		expect(['W', 'YYYY-[W]WW', 'DDDD', 'ss', 'Q', 'gggg', 'YYYY at HH'].map(at)).toEqual([
			'47',
			'2026-W47',
			'325',
			'00',
			'4',
			'2026',
			'2026 pmt 14',
		]);
		expect(formatDate(day('2026-01-01'), 'GGGG-[W]WW')).toBe('2026-W01');
		expect(formatDate(day('2027-01-01'), 'GGGG-[W]WW')).toBe('2026-W53');
		expect(formatDate(day('2026-11-21'), '[W]YYYY')).toBe('W2026');
	});

	it('writes the calendar day and the clock as given, in a zone that skipped them', () => {
		// Samoa went from 29 Dec 2011 straight to 31 Dec.
		process.env.TZ = 'Pacific/Apia';
		expect(formatDate(day('2011-12-30'), 'YYYY-MM-DD dddd HH:mm', '09:30')).toBe('2011-12-30 Friday 09:30');
		expect(formatDate(day('2011-12-31'), 'YYYY-MM-DD dddd', '09:30')).toBe('2011-12-31 Saturday');
		// New York skipped 02:00 to 03:00 on 8 Mar 2026.
		process.env.TZ = 'America/New_York';
		expect(formatDate(day('2026-03-08'), 'YYYY-MM-DD HH:mm', '02:30')).toBe('2026-03-08 02:30');
		expect(formatDate(day('2026-03-08'), 'HH:mm Z', '09:30')).toBe('09:30 -04:00');
	});
});
