// Calendar days are the same in every time zone, including one that skipped a day:
// Samoa (Pacific/Apia) went from 29 Dec 2011 straight to 31 Dec. Node reads TZ afresh
// when it is set, so each case runs in the zone it names, and the zone is put back after.
import { afterEach, describe, expect, it } from 'vitest';
import { addCadence, parseCadence } from '../../src/domain/cadence';
import { addDays, addMonthsToDay, dayFromValue, formatDay, localToday, parseIsoDay } from '../../src/domain/day';
import { run } from '../../src/cli/run';
import { vault } from '../builders';
import { writeVault } from '../cli/tempVault';

const ZONES = ['Pacific/Apia', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/St_Johns', 'Asia/Kathmandu', 'UTC'];
const before = process.env.TZ;

afterEach(() => {
	if (before === undefined) delete process.env.TZ;
	else process.env.TZ = before;
});

const d = (text: string): number => {
	const day = parseIsoDay(text);
	if (day === undefined) throw new Error(text);
	return day;
};

describe.each(ZONES)('in %s', (zone) => {
	it('adds days and months on the calendar, 30 Dec 2011 included', () => {
		process.env.TZ = zone;
		expect(formatDay(addDays(d('2011-12-29'), 1))).toBe('2011-12-30');
		expect(formatDay(addDays(d('2011-12-30'), 1))).toBe('2011-12-31');
		expect(formatDay(addMonthsToDay(d('2011-11-30'), 1))).toBe('2011-12-30');
		expect(formatDay(addMonthsToDay(d('2012-01-30'), -1))).toBe('2011-12-30');
		expect(formatDay(addMonthsToDay(d('2011-01-31'), 1))).toBe('2011-02-28');
		expect(formatDay(addMonthsToDay(d('2012-01-31'), 1))).toBe('2012-02-29');
		expect(formatDay(addMonthsToDay(d('2011-12-30'), 12))).toBe('2012-12-30');
		expect(formatDay(addMonthsToDay(d('2011-12-30'), -25))).toBe('2009-11-30');
		const monthly = parseCadence('monthly');
		expect(monthly && formatDay(addCadence(d('2011-11-30'), monthly))).toBe('2011-12-30');
		const yearly = parseCadence('1y');
		expect(yearly && formatDay(addCadence(d('2010-12-30'), yearly))).toBe('2011-12-30');
	});

	it('reads a date-only value as the same day', () => {
		process.env.TZ = zone;
		expect(formatDay(dayFromValue(new Date('2011-12-30')) ?? 0)).toBe('2011-12-30');
		expect(formatDay(dayFromValue('2011-12-30') ?? 0)).toBe('2011-12-30');
	});

	it('runs the CLI on the day given, whatever the zone', async () => {
		process.env.TZ = zone;
		const root = writeVault(vault().contact('Sam Rivera', (c) => c.tie('strong').cadence('monthly').lastContact('2011-11-30')));
		const out: string[] = [];
		expect(
			await run(['queue', '--vault', root, '--today', '2011-12-30', '--json'], { out: (t) => out.push(t), err: () => undefined }),
		).toBe(0);
		const queue = JSON.parse(out.join('\n')) as { today: string; sections: { id: string; items: { due: string }[] }[] };
		expect(queue.today).toBe('2011-12-30');
		expect(queue.sections.flatMap((s) => s.items.map((i) => i.due))).toEqual(['2011-12-30']);
	});
});

describe('today in Samoa around the day it skipped', () => {
	it('is the local calendar day: 29 Dec until the jump, then 31 Dec', () => {
		process.env.TZ = 'Pacific/Apia';
		// 09:59 UTC on 30 Dec was 23:59 on 29 Dec in Apia (UTC-10); a minute later it was 00:00 on 31 Dec (UTC+14).
		expect(formatDay(localToday(new Date(Date.UTC(2011, 11, 30, 9, 59))))).toBe('2011-12-29');
		expect(formatDay(localToday(new Date(Date.UTC(2011, 11, 30, 10, 0))))).toBe('2011-12-31');
		expect(formatDay(localToday(new Date(Date.UTC(2011, 11, 31, 9, 0))))).toBe('2011-12-31');
		expect(formatDay(localToday(new Date(Date.UTC(2011, 11, 31, 10, 0))))).toBe('2012-01-01');
	});

	it('is what the CLI takes as today when none is given', async () => {
		process.env.TZ = 'Pacific/Apia';
		const root = writeVault(vault().contact('Sam Rivera', (c) => c.tie('strong').lastContact('2011-12-01')));
		const out: string[] = [];
		expect(
			await run(
				['queue', '--vault', root, '--json'],
				{ out: (t) => out.push(t), err: () => undefined },
				new Date(Date.UTC(2011, 11, 30, 10, 0)),
			),
		).toBe(0);
		expect((JSON.parse(out.join('\n')) as { today: string }).today).toBe('2011-12-31');
	});
});
