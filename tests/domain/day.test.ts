import { afterEach, describe, expect, it } from 'vitest';
import {
	addDays,
	addMonthsToDay,
	dayFromParts,
	dayFromValue,
	dayParts,
	formatDay,
	humanDay,
	humanSpan,
	localToday,
	parseIsoDay,
} from '../../src/domain/day';
import { day } from '../builders';

const ZONES = ['America/Los_Angeles', 'Europe/Berlin', 'Pacific/Auckland', 'UTC'] as const;
const ORIGINAL_TZ = process.env.TZ;

/** Runs `check` with Node's local time zone set to each zone in turn. */
function inEveryZone(check: (zone: string) => void): void {
	for (const zone of ZONES) {
		process.env.TZ = zone;
		check(zone);
	}
}

afterEach(() => {
	if (ORIGINAL_TZ === undefined) delete process.env.TZ;
	else process.env.TZ = ORIGINAL_TZ;
});

/** `formatDay` of a value, or undefined when it is not a day. */
function read(value: unknown): string | undefined {
	const result = dayFromValue(value);
	return result === undefined ? undefined : formatDay(result);
}

describe('dayFromValue', () => {
	it('really changes the local zone in these tests (guards the zone loop)', () => {
		const offsets = new Set<number>();
		inEveryZone(() => offsets.add(new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset()));
		expect(offsets.size).toBe(4);
	});

	it.each([
		['2026-10-02', 2026, 9, 2],
		['2026-01-01', 2026, 0, 1],
		['2026-12-31', 2026, 11, 31],
		['2028-02-29', 2028, 1, 29],
		['2026-03-29', 2026, 2, 29], // Berlin's spring-forward day
		['2026-04-05', 2026, 3, 5], // Auckland's fall-back day
		['2026-11-01', 2026, 10, 1], // Los Angeles's fall-back day
	])('reads %s as a string and as a js-yaml UTC-midnight Date as the same day in every zone', (text, y, m, d) => {
		inEveryZone((zone) => {
			expect(read(text), `string in ${zone}`).toBe(text);
			expect(read(new Date(Date.UTC(y, m, d))), `Date in ${zone}`).toBe(text);
		});
	});

	it('reads a date-time string by its calendar day', () => {
		inEveryZone((zone) => {
			expect(read('2026-10-02T09:30'), zone).toBe('2026-10-02');
			expect(read('2026-10-02 09:30'), zone).toBe('2026-10-02');
			expect(read(' 2026-10-02 '), zone).toBe('2026-10-02');
		});
	});

	it('reads a Date with a real time of day as the day it is where the user is', () => {
		// 23:30 UTC on 2 Oct: still 2 Oct in Los Angeles and UTC, already 3 Oct in Berlin and Auckland.
		const moment = new Date(Date.UTC(2026, 9, 2, 23, 30));
		const expected: Record<string, string> = {
			'America/Los_Angeles': '2026-10-02',
			'Europe/Berlin': '2026-10-03',
			'Pacific/Auckland': '2026-10-03',
			UTC: '2026-10-02',
		};
		inEveryZone((zone) => expect(read(moment), zone).toBe(expected[zone]));
	});

	it('reads a Date made at local midnight as that local day', () => {
		inEveryZone((zone) => expect(read(new Date(2026, 9, 2)), zone).toBe('2026-10-02'));
	});

	it.each([
		['a month that does not exist', '2026-13-45'],
		['30 February', '2026-02-30'],
		['29 February in a common year', '2026-02-29'],
		['31 April', '2026-04-31'],
		['a word', 'soon'],
		['an empty string', ''],
		['a date glued to more digits', '2026-10-021'],
		['a day-first date', '02-10-2026'],
		['a date without zero padding', '2026-1-2'],
	])('refuses %s', (_what, text) => {
		expect(dayFromValue(text)).toBeUndefined();
	});

	it.each([
		['an invalid Date', new Date('nonsense')],
		['a number', 20261002],
		['null', null],
		['undefined', undefined],
		['a list', ['2026-10-02']],
		['an object', { date: '2026-10-02' }],
	])('refuses %s', (_what, value) => {
		expect(dayFromValue(value)).toBeUndefined();
	});

	it('parseIsoDay is strict about real calendar days', () => {
		expect(parseIsoDay('2026-02-28')).toBe(day('2026-02-28'));
		expect(parseIsoDay('2026-02-30')).toBeUndefined();
		expect(parseIsoDay('2026-00-10')).toBeUndefined();
		expect(parseIsoDay('2026-10-00')).toBeUndefined();
	});
});

describe('localToday', () => {
	it('is the calendar day where the user is, for one fixed moment', () => {
		// 2026-10-02 23:30 UTC.
		const now = new Date(Date.UTC(2026, 9, 2, 23, 30));
		const expected: Record<string, string> = {
			'America/Los_Angeles': '2026-10-02',
			'Europe/Berlin': '2026-10-03',
			'Pacific/Auckland': '2026-10-03',
			UTC: '2026-10-02',
		};
		inEveryZone((zone) => expect(formatDay(localToday(now)), zone).toBe(expected[zone]));
	});

	it('early in the UTC day is still yesterday in Los Angeles', () => {
		const now = new Date(Date.UTC(2027, 0, 1, 3, 0));
		inEveryZone((zone) => {
			expect(formatDay(localToday(now)), zone).toBe(zone === 'America/Los_Angeles' ? '2026-12-31' : '2027-01-01');
		});
	});
});

describe('addDays and addMonthsToDay', () => {
	it('adds days across a month and a year end', () => {
		expect(formatDay(addDays(day('2026-12-30'), 3))).toBe('2027-01-02');
		expect(formatDay(addDays(day('2026-03-01'), -1))).toBe('2026-02-28');
	});

	it.each([
		['2026-01-31', 1, '2026-02-28'],
		['2028-01-31', 1, '2028-02-29'],
		['2028-02-29', 12, '2029-02-28'],
		['2026-03-31', -1, '2026-02-28'],
		['2028-03-31', -1, '2028-02-29'],
		['2026-05-31', 1, '2026-06-30'],
		['2026-08-31', 3, '2026-11-30'],
		['2026-11-15', 2, '2027-01-15'],
		['2026-01-15', -2, '2025-11-15'],
		['2026-10-02', 0, '2026-10-02'],
	])('%s + %i months = %s in every zone', (from, months, expected) => {
		inEveryZone((zone) => expect(formatDay(addMonthsToDay(day(from), months)), zone).toBe(expected));
	});

	it.each([
		// Each crosses a daylight-saving change in at least one of the zones.
		['2026-02-08', 1, '2026-03-08'], // Los Angeles springs forward 8 Mar
		['2026-03-08', 1, '2026-04-08'],
		['2026-03-29', 1, '2026-04-29'], // Berlin springs forward 29 Mar
		['2026-03-05', 1, '2026-04-05'], // Auckland falls back 5 Apr
		['2026-09-27', 1, '2026-10-27'], // Auckland springs forward 27 Sep
		['2026-10-25', -1, '2026-09-25'], // Berlin falls back 25 Oct
		['2026-10-01', 1, '2026-11-01'], // Los Angeles falls back 1 Nov
		['2026-11-01', -1, '2026-10-01'],
	])('%s + %i month = %s across a daylight-saving change in every zone', (from, months, expected) => {
		inEveryZone((zone) => expect(formatDay(addMonthsToDay(day(from), months)), zone).toBe(expected));
	});
});

describe('humanDay', () => {
	it('leaves out the year when it is the current one', () => {
		expect(humanDay(day('2026-10-02'), day('2026-11-21'))).toBe('2 Oct');
		expect(humanDay(day('2026-01-31'), day('2026-12-31'))).toBe('31 Jan');
	});

	it('says the year when it is another one, past or future', () => {
		expect(humanDay(day('2025-10-02'), day('2026-11-21'))).toBe('2 Oct 2025');
		expect(humanDay(day('2027-01-02'), day('2026-12-28'))).toBe('2 Jan 2027');
	});
});

describe('humanSpan', () => {
	it.each([
		[0, '0d'],
		[1, '1d'],
		[13, '13d'],
		[14, '2w'],
		[21, '3w'],
		[45, '6w'],
		[59, '8w'],
		[60, '2mo'],
		[120, '4mo'],
		[365, '12mo'],
		[730, '2y'],
		[1100, '3y'],
	])('%i days reads %s', (days, text) => {
		expect(humanSpan(days)).toBe(text);
	});

	it('reads a span ahead like one behind', () => {
		expect(humanSpan(-5)).toBe('5d');
		expect(humanSpan(-21)).toBe('3w');
	});
});

describe('the integer calendar', () => {
	it('agrees with Date.UTC on every day from 1900 to 2200, both ways', () => {
		const mismatches: string[] = [];
		for (let ms = Date.UTC(1900, 0, 1); ms <= Date.UTC(2200, 11, 31); ms += 86_400_000) {
			const date = new Date(ms);
			const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
			const day = dayFromParts(y, m, d);
			const parts = day === undefined ? undefined : dayParts(day);
			if (
				day !== ms / 86_400_000 ||
				parts?.year !== y ||
				parts.month !== m ||
				parts.day !== d ||
				formatDay(day) !== date.toISOString().slice(0, 10)
			)
				mismatches.push(date.toISOString());
			if (mismatches.length > 5) break;
		}
		expect(mismatches).toEqual([]);
	});

	it('refuses days that do not exist, and knows leap years', () => {
		expect([dayFromParts(2026, 2, 29), dayFromParts(2100, 2, 29), dayFromParts(2026, 4, 31), dayFromParts(2026, 0, 1)]).toEqual([
			undefined,
			undefined,
			undefined,
			undefined,
		]);
		expect(dayFromParts(2024, 2, 29)).toBeDefined();
		expect(dayFromParts(2000, 2, 29)).toBeDefined();
	});
});
