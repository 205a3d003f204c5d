import { describe, expect, it } from 'vitest';
import { whoIsThere } from '../../../src/domain/review/who';
import { weekStart } from '../../../src/domain/review/calendar';
import { computeReview } from '../../../src/domain/review/review';
import type { ReviewInput } from '../../../src/domain/review/shared';
import { day } from '../../builders';
import { TODAY, networkVault } from './networkVault';

const today = day(TODAY);
const built = networkVault();
const index = built.index();
const settings = built.settings;
/** The review's figures as the view and the CLI get them. */
const review = (input: ReviewInput = index) => computeReview(input, today, settings);

describe('composition', () => {
	const c = review().composition;

	it('counts active contacts by tie and level, and everyone by status', () => {
		// Active: Ana, Ben, Cleo, Eve, Gus, Hal. Dev is dormant, Finn archived.
		expect(c.active).toBe(6);
		expect(c.status).toEqual({ active: 6, dormant: 1, archived: 1 });
		// Strong Ana, Ben, Hal; medium Gus; weak Cleo; Eve has no tie.
		expect(c.tie).toEqual({ strong: 3, medium: 1, weak: 1, unset: 1 });
		expect(c.level).toEqual({ senior: 1, peer: 1, junior: 1, unset: 3 });
	});

	it('groups companies, tags and places case and accents aside, without the contact tags', () => {
		// Ben's "Acme" and Cleo's "acme" are one company, named as Ben (first by name) writes it.
		expect(c.company).toEqual([
			{ name: 'Acme', count: 2 },
			{ name: 'Globex', count: 1 },
			{ name: 'Société Générale', count: 1 },
		]);
		expect(c.noCompany).toBe(2); // Gus, Hal
		// `contact` and `contact/work` only say they are contacts.
		expect(c.tag).toEqual([{ name: 'fintech', count: 1 }]);
		expect(c.location).toEqual([
			{ name: 'Lisbon', count: 2 },
			{ name: 'Paris, France', count: 1 },
		]);
	});

	it('lists who joined in the last 90 days by first contact or connected date, newest first', () => {
		// Since 23 Aug: Gus (first coffee 20 Nov), Cleo (connected 1 Nov, before her email of 5 Nov), Ana (first call 29 Sep).
		// Ben's first call was 11 Aug; Eve connected in 2019; Hal and Finn have no date at all.
		expect(c.added.map((p) => [p.name, p.added])).toEqual([
			['Gus', day('2026-11-20')],
			['Cleo', day('2026-11-01')],
			['Ana', day('2026-09-29')],
		]);
	});
});

describe('composition with a host that knows when notes were made', () => {
	it('takes the creation day only for someone with no contact and no connected date', () => {
		const created = (path: string) => (path === 'People/Eve.md' || path === 'People/Hal.md' ? day('2026-11-02') : undefined);
		const input = {
			contacts: () => index.contacts(),
			timeline: (p: string) => index.timeline(p),
			resolve: (t: string) => index.resolve(t),
			created,
		};
		// Eve connected in 2019, which beats the note's creation; Hal has nothing else.
		expect(review(input).composition.added.map((p) => p.name)).toEqual(['Gus', 'Hal', 'Cleo', 'Ana']);
	});
});

describe('health', () => {
	const h = review().health;

	it('takes the overdue share of the active contacts kept by cadence, by the queue rule', () => {
		// Eve waits for triage. Ben (strong, 30d) was due 1 Oct; Hal, never in touch, is due today, not overdue.
		expect(h.counted).toBe(5);
		expect(h.overdue).toBe(1);
		expect(h.overdueShare).toBeCloseTo(0.2);
	});

	it('gives the median days since last contact per tie, leaving out people never in touch', () => {
		// Strong: Ana 6 (15 Nov), Ben 81 (1 Sep) -> 43.5. Medium: Gus 1. Weak: Cleo 6 (the Summit on 15 Nov).
		expect(h.medianDaysSince).toEqual({ strong: 43.5, medium: 1, weak: 6, unset: undefined });
	});

	it('lists who was never in touch, and the strong ties silent longest, never first', () => {
		expect(h.neverContacted.map((p) => p.name)).toEqual(['Eve', 'Hal']);
		expect(h.longestSilentStrong.map((p) => [p.name, p.silenceDays])).toEqual([
			['Hal', undefined],
			['Ben', 81],
			['Ana', 6],
		]);
	});
});

describe('reciprocity', () => {
	const r = review().reciprocity;

	it('counts gave and asked per person, most taken first', () => {
		expect(r.people.map((p) => [p.name, p.gave, p.asked])).toEqual([
			['Ben', 0, 2],
			['Dev', 0, 2],
			['Cleo', 0, 1],
			['Ana', 1, 0],
		]);
	});

	it('flags active contacts asked at least twice and never given to', () => {
		// Dev too, but Dev is dormant.
		expect(r.takeOnly).toEqual([{ name: 'Ben', path: 'People/Ben.md', gave: 0, asked: 2 }]);
	});

	it('balances giving and asking per quarter, newest first', () => {
		// Q4: Ana's #gave (10 Nov), Cleo's #asked (5 Nov). Q3: Ben's two asks. Q2: Dev's two.
		expect(r.quarters.slice(0, 4)).toEqual([
			{ quarter: '2026-Q4', gave: 1, asked: 1, ratio: 1 },
			{ quarter: '2026-Q3', gave: 0, asked: 2, ratio: 0 },
			{ quarter: '2026-Q2', gave: 0, asked: 2, ratio: 0 },
			{ quarter: '2026-Q1', gave: 0, asked: 0 },
		]);
		expect(r.quarters).toHaveLength(7);
	});
});

describe('targets', () => {
	const t = review().targets;

	it('finds who you know at each target company and field, case and accents aside', () => {
		const generale = t.find((x) => x.name === 'societe generale');
		expect(generale).toMatchObject({ kind: 'company', gap: false, introducers: [] });
		expect(generale?.people.map((p) => [p.name, p.tie, p.lastContact])).toEqual([['Ana', 'strong', day('2026-11-15')]]);
		expect(t.find((x) => x.kind === 'tag')?.people.map((p) => p.name)).toEqual(['Ana']);
	});

	it('marks a gap where nobody is, with who might introduce you', () => {
		// Finn is at Stripe but archived. Cleo used to work there; Gus was introduced by Finn.
		const stripe = t.find((x) => x.name === 'Stripe');
		expect(stripe).toMatchObject({ kind: 'company', gap: true, people: [] });
		expect(stripe?.introducers).toEqual([
			{ name: 'Cleo', path: 'People/Cleo.md', why: 'used to work at Stripe' },
			{ name: 'Gus', path: 'People/Gus.md', why: 'introduced by [[Finn]]' },
		]);
	});
});

describe('who', () => {
	it('lists the people at a company, strongest tie first, archived left out', () => {
		expect(whoIsThere(index, { kind: 'company', name: 'ACME' }, today).map((p) => [p.name, p.tie])).toEqual([
			['Ben', 'strong'],
			['Cleo', 'weak'],
		]);
		expect(whoIsThere(index, { kind: 'company', name: 'Stripe' }, today)).toEqual([]);
	});

	it('finds a place by a part between commas, and a tag with or without its #', () => {
		expect(whoIsThere(index, { kind: 'location', name: 'paris' }, today).map((p) => p.name)).toEqual(['Ana']);
		expect(whoIsThere(index, { kind: 'tag', name: '#FinTech' }, today).map((p) => p.name)).toEqual(['Ana']);
		expect(whoIsThere(index, { kind: 'tag', name: 'contact' }, today).map((p) => p.name)).toContain('Ben');
	});
});

describe('goals', () => {
	const goals = review().goals;
	const byRule = (rule: string) => goals.find((g) => g.goal.rule === rule);

	it('counts coffees with people who joined in the 90 days before', () => {
		// November: Ana (first contact 29 Sep) on 10 Nov, Gus (first contact that day) on 20 Nov.
		// September: Ben (first contact 11 Aug) on 1 Sep.
		const coffees = byRule('new-contact-coffees');
		expect(coffees?.current).toMatchObject({ period: '2026-11', count: 2, done: true });
		expect(coffees?.previous.map((p) => [p.period, p.count])).toEqual([
			['2026-10', 0],
			['2026-09', 1],
			['2026-08', 0],
			['2026-07', 0],
			['2026-06', 0],
			['2026-05', 0],
		]);
	});

	it('counts each event day once, each weak tie once, and every #gave', () => {
		// The Summit is logged on Ana and a meeting note for Ana and Cleo: one event day.
		expect(byRule('events')?.current).toMatchObject({ period: '2026-Q4', count: 1, done: true });
		// Cleo, the one weak tie, by email and at the Summit: one person.
		expect(byRule('weak-tie-reach-outs')?.current).toMatchObject({ count: 1, done: false });
		expect(byRule('gave')?.current).toMatchObject({ count: 1, done: false });
	});
});

describe('drift and the calendar on the network', () => {
	it('lists active contacts quiet for twice their usual gap', () => {
		// Ben: weekly calls in August (gaps 7, 7, 7), silent 81 days since 1 Sep. Ana's usual gap is 14, silent 6.
		expect(review().drift).toEqual([{ name: 'Ben', path: 'People/Ben.md', silenceDays: 81, usualGapDays: 7 }]);
	});

	it('counts people-days in touch per week, Monday first', () => {
		const weeks = review().calendar;
		expect(weeks).toHaveLength(52);
		const last = weeks[weeks.length - 1];
		// Saturday 21 Nov is in the week of Monday 16 Nov: Gus on the 20th.
		expect(last?.start).toBe(day('2026-11-16'));
		expect(last?.count).toBe(1);
		// 9–15 Nov: Ana on the 10th and 15th, Cleo on the 15th (her log and the meeting note are one day).
		expect(weeks[weeks.length - 2]?.count).toBe(3);
		expect(weeks[weeks.length - 2]?.entries.map((e) => e.name).sort()).toEqual(['Ana', 'Ana', 'Cleo']);
		expect(weekStart(day('2026-11-16'))).toBe(day('2026-11-16'));
	});
});
