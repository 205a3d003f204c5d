import { describe, expect, it } from 'vitest';
import { formatMoment } from '../../src/domain/momentFormat';
import { day } from '../builders';

describe('a day and time in a Moment format', () => {
	it('writes the day tokens and [literal] text', () => {
		expect(formatMoment(day('2026-01-05'), 'YY-M-D ddd dd d [week of] MMM')).toBe('26-1-5 Mon Mo 1 week of Jan');
		expect(formatMoment(day('2026-01-05'), 'dddd D MMMM YYYY')).toBe('Monday 5 January 2026');
		expect(['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-22'].map((d) => formatMoment(day(d), 'Do')))
			.toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '22nd']);
	});

	it('writes the time tokens, on a 24- or 12-hour clock', () => {
		const at = (time: string): string | undefined => formatMoment(day('2026-11-21'), 'HH:mm H:m hh:mm h A a', time);
		expect(at('14:05')).toBe('14:05 14:5 02:05 2 PM pm');
		expect(at('00:30')).toBe('00:30 0:30 12:30 12 AM am');
		expect(at('12:00')).toBe('12:00 12:0 12:00 12 PM pm');
		expect(formatMoment(day('2026-11-21'), 'HH:mm')).toBe('00:00');
	});

	it('gives nothing for a format with a token it does not know, so the placeholder stays as written', () => {
		for (const format of ['W', 'YYYY-[W]WW', 'DDDD', 'ss', 'Q', 'X', 'gggg', 'YYYY at HH']) {
			expect(formatMoment(day('2026-11-21'), format, '14:05'), format).toBeUndefined();
		}
		expect(formatMoment(day('2026-11-21'), '[W]YYYY')).toBe('W2026');
	});
});
