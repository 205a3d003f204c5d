// Drifting people in the queue's Reconnect section: someone quiet for much longer than your
// own rhythm with them comes up, with the reason in those words, even when their cadence
// says they are not due; once, when the cadence says so too; never with driftInQueue off.
import { describe, expect, it } from 'vitest';
import { addDays, formatDay } from '../../src/domain/day';
import { computeQueue, type Queue, type QueueItem, type SectionId } from '../../src/domain/queue';
import { snoozeMove } from '../../src/domain/snooze';
import { day, vault, type ContactBuilder, type VaultBuilder } from '../builders';

const TODAY = '2026-11-21';

function ago(days: number): string {
	return formatDay(addDays(day(TODAY), -days));
}

function section(queue: Queue, id: SectionId): QueueItem[] {
	return queue.sections.find((s) => s.id === id)?.items ?? [];
}

function queueOf(v: VaultBuilder): Queue {
	return computeQueue(v.index(), day(TODAY), v.settings);
}

/** Coffees every `gap` days, the last `silence` days ago. */
function rhythm(c: ContactBuilder, gap: number, silence: number, times = 5): ContactBuilder {
	for (let i = 0; i < times; i++) c.interaction(`${ago(silence + i * gap)} coffee: catch-up`);
	return c;
}

describe('drift in the queue', () => {
	it('brings up someone weekly gone quiet for eight weeks, though a yearly cadence says they are not due', () => {
		const v = vault().contact('Sam Rivera', (c) => rhythm(c.tie('weak').cadence('1y'), 7, 56));
		const rows = section(queueOf(v), 'reconnect');
		expect(rows.map((r) => [r.kind, r.name])).toEqual([['drift', 'Sam Rivera']]);
		expect(rows[0]?.reason).toMatch(/^quiet for 8w; you usually talk every 7d · last: coffee/);
	});

	it('says the usual gap in their own rhythm: every three weeks', () => {
		const v = vault().contact('Sam Rivera', (c) => rhythm(c.tie('weak').cadence('1y'), 21, 56));
		expect(section(queueOf(v), 'reconnect')[0]?.reason).toMatch(/^quiet for 8w; you usually talk every 3w/);
	});

	it('leaves out someone whose silence is within their rhythm', () => {
		const v = vault().contact('Sam Rivera', (c) => rhythm(c.tie('weak').cadence('1y'), 21, 30));
		expect(section(queueOf(v), 'reconnect')).toEqual([]);
	});

	it('lists someone already due by cadence once, by the cadence', () => {
		const v = vault().contact('Sam Rivera', (c) => rhythm(c.tie('strong').cadence('30d'), 7, 70));
		expect(section(queueOf(v), 'reconnect').map((r) => r.kind)).toEqual(['cadence']);
	});

	it('is off with driftInQueue false', () => {
		const v = vault()
			.contact('Sam Rivera', (c) => rhythm(c.tie('weak').cadence('1y'), 7, 70))
			.with((s) => (s.driftInQueue = false));
		expect(section(queueOf(v), 'reconnect')).toEqual([]);
	});

	it('is quiet while a follow-up date set later (a snooze) stands, and the row snoozes as a cadence row does', () => {
		const drifting = vault().contact('Sam Rivera', (c) => rhythm(c.tie('weak').cadence('1y'), 7, 70));
		const row = section(queueOf(drifting), 'reconnect')[0];
		expect(row && snoozeMove(row)).toEqual({ kind: 'cadence' });
		const snoozed = vault().contact('Sam Rivera', (c) => rhythm(c.tie('weak').cadence('1y').nextFollowUp(ago(-14)), 7, 70));
		expect(section(queueOf(snoozed), 'reconnect')).toEqual([]);
	});

	it('leaves dormant people, new people waiting for triage and a silence of a year or more alone', () => {
		const v = vault()
			.contact('Ana Ruiz', (c) => rhythm(c.tie('weak').cadence('1y').status('dormant'), 7, 70))
			.contact('Jo Park', (c) => rhythm(c, 7, 70))
			.contact('Mia Chen', (c) => rhythm(c.tie('weak').cadence('2y'), 7, 400));
		expect(section(queueOf(v), 'reconnect')).toEqual([]);
	});

	it('ranks drifting rows among cadence rows by how long ago the drift began against the cadence', () => {
		const v = vault()
			// Due by cadence 10 days ago, on a 30-day cadence: a third of it overdue.
			.contact('Jo Park', (c) => c.tie('medium').cadence('30d').lastContact(ago(40)))
			// Weekly, quiet 70 days: drifting since day 21 of the silence, 49 days ago, on a yearly cadence.
			.contact('Sam Rivera', (c) => rhythm(c.tie('weak').cadence('1y'), 7, 70));
		const rows = section(queueOf(v), 'reconnect');
		expect(rows.map((r) => r.name)).toEqual(['Jo Park', 'Sam Rivera']);
		expect(rows[1]?.due).toBe(day(ago(49)));
	});

	it('lists someone drifting and also due by cadence within the week once, in Reconnect, not in Upcoming too', () => {
		// Weekly, quiet 56 days, on a 60-day cadence: due in four days, and drifting.
		const drifting = (on: boolean): Queue =>
			queueOf(
				vault()
					.contact('Sam Rivera', (c) => rhythm(c.tie('weak').cadence('60d'), 7, 56))
					.with((s) => (s.driftInQueue = on)),
			);
		expect(section(drifting(true), 'reconnect').map((r) => [r.kind, r.name])).toEqual([['drift', 'Sam Rivera']]);
		expect(section(drifting(true), 'upcoming')).toEqual([]);
		// With drift off they are only coming up by cadence.
		expect(section(drifting(false), 'upcoming').map((r) => [r.kind, r.name])).toEqual([['cadence', 'Sam Rivera']]);
	});
});
