import { describe, expect, it } from 'vitest';
import { driftOf, driftReason } from '../../../src/domain/review/drift';
import type { TimelineEntry } from '../../../src/domain/timeline';
import { day } from '../../builders';

const today = day('2026-11-21');

/** A timeline, newest first, of logged contacts on these days. */
function timeline(...dates: string[]): TimelineEntry[] {
	return dates.map((d) => ({ date: day(d), via: 'log', source: 'People/Sam.md' }) satisfies TimelineEntry).sort((a, b) => b.date - a.date);
}

/** Every `step` days back from `last`, `count` times. */
function every(step: number, last: string, count: number): string[] {
	const end = day(last);
	return Array.from({ length: count }, (_, i) => {
		const d = new Date((end - i * step) * 86_400_000);
		return d.toISOString().slice(0, 10);
	});
}

describe('driftOf', () => {
	it('finds a silence twice the usual gap', () => {
		// Every 14 days up to 10 Oct, then 42 days of silence: 3 times the usual gap.
		expect(driftOf(timeline(...every(14, '2026-10-10', 6)), today)).toEqual({ silenceDays: 42, usualGapDays: 14 });
	});

	it('leaves alone a silence under twice the usual gap', () => {
		// Every 30 days; silent 42 days since 10 Oct, under 60.
		expect(driftOf(timeline(...every(30, '2026-10-10', 6)), today)).toBeUndefined();
	});

	it('does not call a daily contact drifting after three quiet days, nor after two weeks', () => {
		expect(driftOf(timeline(...every(1, '2026-11-18', 20)), today)).toBeUndefined();
		expect(driftOf(timeline(...every(1, '2026-11-07', 20)), today)).toBeUndefined();
		// Three weeks is the floor: a usual gap of a day counts as a week, and 21 days is past both bars.
		expect(driftOf(timeline(...every(1, '2026-10-31', 20)), today)).toEqual({ silenceDays: 21, usualGapDays: 1 });
	});

	it('lets a relationship that ended a year or more ago rest', () => {
		expect(driftOf(timeline(...every(7, '2025-11-21', 10)), today)).toBeUndefined();
		expect(driftOf(timeline(...every(7, '2025-11-22', 10)), today)).toEqual({ silenceDays: 364, usualGapDays: 7 });
	});

	it('needs four days in touch to know a rhythm', () => {
		expect(driftOf(timeline('2026-01-01', '2026-01-08', '2026-01-15'), today)).toBeUndefined();
		expect(driftOf(timeline('2026-01-01', '2026-01-08', '2026-01-15', '2026-01-22'), today)).toEqual({
			silenceDays: 303,
			usualGapDays: 7,
		});
	});

	it('takes the median of the last six gaps, each day once, and ignores days ahead', () => {
		// Old gaps of 100 days are past the last six; two entries on one day are one day; a meeting ahead is not contact yet.
		const dates = [...every(10, '2026-10-01', 7), '2026-10-01', '2025-01-01', '2024-09-23', '2026-12-01'];
		expect(driftOf(timeline(...dates), today)).toEqual({ silenceDays: 51, usualGapDays: 10 });
	});

	it('says why in one line', () => {
		expect(driftReason({ silenceDays: 56, usualGapDays: 20.5 })).toBe('quiet for 8w; you usually talk every 3w');
		expect(driftReason({ silenceDays: 90, usualGapDays: 30 })).toBe('quiet for 3mo; you usually talk every 4w');
	});
});
