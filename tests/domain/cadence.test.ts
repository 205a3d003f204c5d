import { describe, expect, it } from 'vitest';
import { addCadence, cadenceLengthDays, parseCadence, type Cadence } from '../../src/domain/cadence';
import { formatDay } from '../../src/domain/day';
import { day } from '../builders';

function cadence(raw: unknown): Cadence {
	const parsed = parseCadence(raw);
	if (!parsed) throw new Error(`no cadence: ${String(raw)}`);
	return parsed;
}

/** The day a cadence written as `raw` comes due after `from`. */
function next(raw: unknown, from: string): string {
	return formatDay(addCadence(day(from), cadence(raw)));
}

describe('parseCadence', () => {
	it.each([
		['2w', '2026-01-15'],
		['30d', '2026-01-31'],
		['6w', '2026-02-12'],
		['3m', '2026-04-01'],
		['1y', '2027-01-01'],
		['weekly', '2026-01-08'],
		['biweekly', '2026-01-15'],
		['fortnightly', '2026-01-15'],
		['monthly', '2026-02-01'],
		['quarterly', '2026-04-01'],
		['yearly', '2027-01-01'],
		['annually', '2027-01-01'],
		['6 weeks', '2026-02-12'],
		['10 days', '2026-01-11'],
		['2 months', '2026-03-01'],
		['1 year', '2027-01-01'],
		['Monthly', '2026-02-01'],
		[' 2W ', '2026-01-15'],
		[45, '2026-02-15'],
	])('reads %j: from 1 Jan 2026 it comes due %s', (raw, due) => {
		expect(next(raw, '2026-01-01')).toBe(due);
	});

	it.each([
		['monthly', 'monthly'],
		['quarterly', 'quarterly'],
		['6w', 'every 6w'],
		['30d', 'every 30d'],
		['6 weeks', 'every 6w'],
		[14, 'every 14d'],
	])('%j reads as "%s" in a reason', (raw, label) => {
		expect(cadence(raw).label).toBe(label);
	});

	it.each([
		['sometimes'],
		['0d'],
		['0'],
		['-3d'],
		[''],
		['2 fortnights'],
		['w2'],
		['3.5m'],
		[-3],
		[0],
		[1.5],
		[null],
		[undefined],
		[true],
		[['30d']],
	])('refuses %j', (raw) => {
		expect(parseCadence(raw)).toBeUndefined();
	});
});

describe('addCadence from month ends', () => {
	it.each([
		['monthly', '2026-01-31', '2026-02-28'],
		['monthly', '2028-01-31', '2028-02-29'],
		['monthly', '2026-08-31', '2026-09-30'],
		['1m', '2026-12-31', '2027-01-31'],
		['quarterly', '2026-11-30', '2027-02-28'],
		['3m', '2026-03-31', '2026-06-30'],
		['yearly', '2028-02-29', '2029-02-28'],
		['1y', '2026-12-31', '2027-12-31'],
	])('%s from %s comes due %s', (raw, from, due) => {
		expect(next(raw, from)).toBe(due);
	});
});

describe('cadenceLengthDays', () => {
	it('puts cadences of different units on one scale for ranking', () => {
		expect(cadenceLengthDays(cadence('2w'))).toBe(14);
		expect(cadenceLengthDays(cadence('30d'))).toBe(30);
		expect(cadenceLengthDays(cadence('monthly'))).toBeCloseTo(30.44, 1);
		expect(cadenceLengthDays(cadence('yearly'))).toBeCloseTo(365.25, 1);
		expect(cadenceLengthDays(cadence('quarterly'))).toBeGreaterThan(cadenceLengthDays(cadence('monthly')));
	});
});
