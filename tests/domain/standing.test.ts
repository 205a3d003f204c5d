// Where someone stands against their cadence, as the person panel words and draws it.
import { describe, expect, it } from 'vitest';
import { spanInWords, standingOf } from '../../src/domain/standing';
import { day } from '../builders';

const TODAY = day('2026-11-21');
const soonDays = 7;

describe('where someone stands', () => {
	it('says how long until they are due, in words, and how much of the cadence has gone', () => {
		const standing = standingOf({ status: 'active', due: TODAY + 12, last: TODAY - 18, soonDays }, TODAY);
		expect(standing).toMatchObject({ label: 'due in 12 days', state: 'ahead', due: TODAY + 12 });
		expect(standing.elapsed).toBeCloseTo(18 / 30);
	});

	it('says how overdue they are, with the bar full', () => {
		expect(standingOf({ status: 'active', due: TODAY - 21, last: TODAY - 51, soonDays }, TODAY)).toEqual({
			label: 'overdue 3 weeks',
			state: 'overdue',
			due: TODAY - 21,
			elapsed: 1,
		});
		expect(standingOf({ status: 'active', due: TODAY - 1, last: TODAY - 31, soonDays }, TODAY).label).toBe('overdue 1 day');
	});

	it('marks today, tomorrow and the days within the upcoming window', () => {
		expect(standingOf({ status: 'active', due: TODAY, last: TODAY - 30, soonDays }, TODAY)).toMatchObject({
			label: 'due today',
			state: 'today',
		});
		expect(standingOf({ status: 'active', due: TODAY + 1, last: TODAY - 29, soonDays }, TODAY)).toMatchObject({
			label: 'due tomorrow',
			state: 'soon',
		});
		expect(standingOf({ status: 'active', due: TODAY + 7, last: TODAY - 23, soonDays }, TODAY).state).toBe('soon');
		expect(standingOf({ status: 'active', due: TODAY + 8, last: TODAY - 22, soonDays }, TODAY).state).toBe('ahead');
	});

	it('says someone never in touch is due now', () => {
		expect(standingOf({ status: 'active', due: TODAY, soonDays }, TODAY)).toEqual({
			label: 'never in touch: due now',
			state: 'today',
			due: TODAY,
			elapsed: 1,
		});
	});

	it('measures a snooze from the last contact to the day it ends', () => {
		// Last in touch 10 days ago, snoozed to 30 days from now: a quarter of the wait has gone.
		expect(standingOf({ status: 'active', due: TODAY + 30, last: TODAY - 10, soonDays }, TODAY).elapsed).toBeCloseTo(0.25);
	});

	it('puts dormant and archived people out of the queue, and says when nothing is due', () => {
		expect(standingOf({ status: 'dormant', due: TODAY - 5, last: TODAY - 40, soonDays }, TODAY)).toEqual({
			label: 'dormant: out of the queue',
			state: 'inactive',
			elapsed: 0,
		});
		expect(standingOf({ status: 'archived', soonDays }, TODAY).label).toBe('archived: out of the queue');
		expect(standingOf({ status: 'active', last: TODAY - 3, soonDays }, TODAY)).toMatchObject({
			label: 'nothing due by cadence',
			elapsed: 0,
		});
	});

	it('says what a new person waiting for a tie needs, not that nothing is due', () => {
		expect(standingOf({ status: 'active', untriaged: true, soonDays }, TODAY)).toEqual({
			label: 'new: give them a tie (Triage new people) to bring them into the queue',
			state: 'ahead',
			elapsed: 0,
		});
	});

	it('words spans of days, weeks, months and years, singular and plural', () => {
		expect([1, 12, 14, 21, 59, 60, 100, 729, 730, 1100].map(spanInWords)).toEqual([
			'1 day',
			'12 days',
			'2 weeks',
			'3 weeks',
			'8 weeks',
			'2 months',
			'3 months',
			'24 months',
			'2 years',
			'3 years',
		]);
		expect(spanInWords(-3)).toBe('3 days');
	});
});
