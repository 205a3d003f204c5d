import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/cli/frontmatter';
import { applyWrite } from '../../src/domain/contactWrites';
import { addDays, formatDay } from '../../src/domain/day';
import { readableReason } from '../../src/domain/links';
import { computeQueue, SECTION_IDS, type Queue, type QueueItem, type SectionId } from '../../src/domain/queue';
import { day, vault, type ContactBuilder, type VaultBuilder } from '../builders';

const TODAY = '2026-11-21';
const SAM = 'People/Sam Rivera.md';

function queueOf(v: VaultBuilder, today = TODAY): Queue {
	return computeQueue(v.index(), day(today), v.settings);
}

function section(queue: Queue, id: SectionId): QueueItem[] {
	return queue.sections.find((s) => s.id === id)?.items ?? [];
}

function allItems(queue: Queue): QueueItem[] {
	return queue.sections.flatMap((s) => s.items);
}

/** `kind name` for every item in a section, in order. */
function rows(queue: Queue, id: SectionId): string[] {
	return section(queue, id).map((i) => `${i.kind} ${i.name}`);
}

/** `YYYY-MM-DD`, `days` after (or before) `from`. */
function shift(from: string, days: number): string {
	return formatDay(addDays(day(from), days));
}

/** A vault with one contact, Sam Rivera. */
function sam(build: (c: ContactBuilder) => ContactBuilder = (c) => c): VaultBuilder {
	return vault().contact('Sam Rivera', build);
}

/** The 0-based line of the first line of Sam's note that contains `text`. */
function lineOf(v: VaultBuilder, text: string, path = SAM): number {
	return (v.files.get(path) ?? '').split('\n').findIndex((l) => l.includes(text));
}

describe('sections', () => {
	it('always has the five sections, in the design order, with stable ids', () => {
		expect(queueOf(vault()).sections.map((s) => s.id)).toEqual(['owed', 'awaiting', 'reconnect', 'remember', 'upcoming']);
		expect(SECTION_IDS).toEqual(['owed', 'awaiting', 'reconnect', 'remember', 'upcoming']);
		expect(allItems(queueOf(vault()))).toEqual([]);
	});

	it('says which day it is for', () => {
		expect(queueOf(vault()).today).toBe(day(TODAY));
	});

	it('gives every item a unique id that stays the same from one computation to the next', () => {
		const build = (): VaultBuilder =>
			vault()
				.contact('Sam Rivera', (c) =>
					c
						.tie('strong')
						.lastContact('2026-09-01')
						.followUp('Send the link 📅 2026-11-19')
						.followUp('Send the deck 📅 2026-11-20')
						.remember('Marathon 📅 2026-09-20')
						.birthday('11-25'),
				)
				.contact('Jo Park', (c) =>
					c
						.introducedBy('Alex Kim')
						.interaction('2026-11-20 coffee: chat')
						.interaction('2026-11-10 email: asked about roles #asked #awaiting'),
				)
				.contact('Alex Kim', (c) => c.lastContact('2026-11-01').followUp('Thank Alex 📅 2026-11-25'));
		const first = allItems(queueOf(build()));
		const second = allItems(queueOf(build()));
		expect(first.length).toBeGreaterThanOrEqual(8);
		expect(new Set(first.map((i) => i.id)).size).toBe(first.length);
		expect(second.map((i) => i.id)).toEqual(first.map((i) => i.id));
		for (const item of first) expect(item.id.startsWith(`${item.section}:`)).toBe(true);
	});

	it("keeps a task's and a Remember item's ids when lines are written above them (a log, a new property)", () => {
		const build = (shifted: boolean): VaultBuilder =>
			sam((c) => {
				const base = c.tie('strong').lastContact('2026-09-01');
				const before = shifted ? base.prop('location', 'Lisbon').prop('role', 'CTO').interaction('2026-10-01 call: catch-up') : base;
				return before
					.interaction('2026-11-08 email: asked about the staff role #asked #awaiting')
					.followUp('Send the deck 📅 2026-11-19')
					.remember('Marathon 📅 2026-11-10');
			});
		const ids = (v: VaultBuilder): string[] => allItems(queueOf(v, '2026-11-16')).map((i) => i.id);
		const lines = (v: VaultBuilder): number[] => [lineOf(v, 'Send the deck'), lineOf(v, 'Marathon'), lineOf(v, 'staff role')];
		expect(lines(build(true))).not.toEqual(lines(build(false)));
		expect(ids(build(true))).toEqual(ids(build(false)));
		expect(ids(build(false))).toEqual(
			expect.arrayContaining([`upcoming:follow-up:${SAM}:Send the deck`, `remember:remember:${SAM}:Marathon`, `awaiting:nudge:${SAM}`]),
		);
	});

	it("tells the same task written twice in one note apart by order, in a contact's note and a meeting's", () => {
		const v = sam((c) => c.tie('strong').lastContact('2026-11-01').followUp('Call back 📅 2026-11-19').followUp('Call back 📅 2026-11-20'))
			.contact('Jo Park', (c) => c.tie('strong').lastContact('2026-11-01'))
			.meeting(
				'2026-11-19 Sync',
				'2026-11-19',
				['Sam Rivera', 'Jo Park'],
				'- [ ] Share notes 📅 2026-11-20\n- [ ] Share notes 📅 2026-11-21',
			);
		const MEETING = 'Meetings/2026-11-19 Sync.md';
		const owed = section(queueOf(v), 'owed').filter((i) => i.kind === 'follow-up');
		expect(owed.map((i) => [i.id, i.name, i.line]).sort()).toEqual([
			['owed:follow-up:Meetings/2026-11-19 Sync.md:Share notes', 'Jo Park, Sam Rivera', lineOf(v, 'Share notes', MEETING)],
			['owed:follow-up:Meetings/2026-11-19 Sync.md:Share notes:2', 'Jo Park, Sam Rivera', lineOf(v, 'Share notes', MEETING) + 1],
			[`owed:follow-up:${SAM}:Call back`, 'Sam Rivera', lineOf(v, 'Call back')],
			[`owed:follow-up:${SAM}:Call back:2`, 'Sam Rivera', lineOf(v, 'Call back') + 1],
		]);
	});

	it("gives a repeat a number no other row has, even when a task's words end like one", () => {
		const v = sam((c) =>
			c
				.tie('strong')
				.lastContact('2026-11-01')
				.followUp('Ping 📅 2026-11-19')
				.followUp('Ping 📅 2026-11-20')
				.followUp('Ping:2 📅 2026-11-20'),
		);
		const ids = section(queueOf(v), 'owed').map((i) => i.id);
		expect(ids.sort()).toEqual([`owed:follow-up:${SAM}:Ping`, `owed:follow-up:${SAM}:Ping:2`, `owed:follow-up:${SAM}:Ping:3`]);
	});

	it('names a reconnect item by section, kind and note', () => {
		const [item] = section(queueOf(sam((c) => c.tie('medium'))), 'reconnect');
		expect(item?.id).toBe(`reconnect:cadence:${SAM}`);
	});
});

describe('reconnect', () => {
	it('is due a cadence after the last contact, and says why', () => {
		const [item, ...rest] = section(
			queueOf(sam((c) => c.cadence('monthly').interaction('2026-10-02 coffee: Platform team reorg'))),
			'reconnect',
		);
		expect(rest).toEqual([]);
		expect(item).toMatchObject({
			section: 'reconnect',
			kind: 'cadence',
			name: 'Sam Rivera',
			path: SAM,
			due: day('2026-11-02'),
			daysOverdue: 19,
			reason: 'overdue 3w · monthly · last: coffee 2 Oct',
		});
	});

	it('takes the cadence from the tie when none is written', () => {
		const [item] = section(queueOf(sam((c) => c.tie('strong').lastContact('2026-10-01'))), 'reconnect');
		expect(item).toMatchObject({ due: day('2026-10-31'), daysOverdue: 21 });
		expect(item?.reason).toContain('overdue 3w');
		expect(item?.reason).toContain('every 30d');
	});

	it('counts from the newest of every source: property, log, meeting note and daily note', () => {
		const v = sam((c) => c.tie('strong').lastContact('2026-09-01').interaction('2026-09-10 email: hello'))
			.meeting('2026-09-20 Sync', '2026-09-20', ['Sam Rivera'])
			.daily('2026-10-05', '- Lunch with [[Sam Rivera]]');
		const [item] = section(queueOf(v), 'reconnect');
		expect(item?.due).toBe(day('2026-11-04'));
		expect(item?.reason).toContain('last: daily note 5 Oct');
	});

	it('uses next_follow_up when it is later than the last contact', () => {
		const [item] = section(queueOf(sam((c) => c.tie('strong').lastContact('2026-09-01').nextFollowUp('2026-11-10'))), 'reconnect');
		expect(item).toMatchObject({ due: day('2026-11-10'), daysOverdue: 11 });
		expect(item?.reason).toContain('follow-up date 10 Nov');
	});

	it('a next_follow_up ahead hides an overdue contact until then (snooze)', () => {
		const q = queueOf(sam((c) => c.tie('strong').lastContact('2026-05-01').nextFollowUp('2026-12-15')));
		expect(allItems(q)).toEqual([]);
	});

	it('a snoozed contact shows in upcoming when the date is near', () => {
		const [item] = section(queueOf(sam((c) => c.tie('strong').lastContact('2026-05-01').nextFollowUp('2026-11-25'))), 'upcoming');
		expect(item).toMatchObject({ kind: 'cadence', due: day('2026-11-25'), daysOverdue: -4 });
		expect(item?.reason).toMatch(/^due in 4d · follow-up date 25 Nov/);
	});

	it('ignores a next_follow_up that is not later than the last contact: the cadence takes over', () => {
		const q = queueOf(sam((c) => c.tie('strong').nextFollowUp('2026-10-20').interaction('2026-10-25 email: caught up')));
		expect(section(q, 'reconnect')).toEqual([]);
		expect(section(q, 'upcoming')).toMatchObject([{ due: day('2026-11-24'), daysOverdue: -3 }]);
	});

	it('is due now for a contact never in touch', () => {
		const [item] = section(queueOf(vault().contact('Jo Park', (c) => c.tie('weak'))), 'reconnect');
		expect(item).toMatchObject({ name: 'Jo Park', path: 'People/Jo Park.md', due: day(TODAY), daysOverdue: 0 });
		expect(item?.reason).toContain('never in touch');
	});

	it('is due today on the cadence day, and upcoming the day before', () => {
		const dueToday = section(queueOf(sam((c) => c.tie('strong').lastContact('2026-10-22'))), 'reconnect');
		expect(dueToday).toMatchObject([{ daysOverdue: 0 }]);
		expect(dueToday[0]?.reason).toMatch(/^due today/);
		const q = queueOf(sam((c) => c.tie('strong').lastContact('2026-10-23')));
		expect(section(q, 'reconnect')).toEqual([]);
		expect(section(q, 'upcoming')).toMatchObject([{ kind: 'cadence', name: 'Sam Rivera', due: day('2026-11-22'), daysOverdue: -1 }]);
		expect(section(q, 'upcoming')[0]?.reason).toMatch(/^due in 1d/);
	});

	it('ranks by how overdue relative to the cadence, not by days overdue', () => {
		const v = vault()
			.contact('Wes Weak', (c) => c.tie('weak').lastContact(shift(TODAY, -30 - 180))) // 30 of 180 days late
			.contact('Sue Strong', (c) => c.tie('strong').lastContact(shift(TODAY, -20 - 30))) // 20 of 30 days late
			.contact('Max Medium', (c) => c.tie('medium').lastContact(shift(TODAY, -30 - 90))); // 30 of 90 days late
		const q = queueOf(v);
		expect(section(q, 'reconnect').map((i) => [i.name, i.daysOverdue])).toEqual([
			['Sue Strong', 20],
			['Max Medium', 30],
			['Wes Weak', 30],
		]);
	});

	it('puts strong ties first when equally overdue', () => {
		const v = vault()
			.contact('Amy Weak', (c) => c.tie('weak').lastContact(shift(TODAY, -90 - 180))) // half a cadence late
			.contact('Bob Untied', (c) => c.cadence('30d').lastContact(shift(TODAY, -15 - 30)))
			.contact('Mia Medium', (c) => c.tie('medium').lastContact(shift(TODAY, -45 - 90)))
			.contact('Zed Strong', (c) => c.tie('strong').lastContact(shift(TODAY, -15 - 30)));
		expect(rows(queueOf(v), 'reconnect')).toEqual(['cadence Zed Strong', 'cadence Mia Medium', 'cadence Amy Weak', 'cadence Bob Untied']);
	});

	it('puts strong ties first among contacts never in touch', () => {
		const v = vault()
			.contact('Amy', (c) => c.tie('weak'))
			.contact('Bea', (c) => c.tie('medium'))
			.contact('Cy', (c) => c.tie('strong'));
		expect(rows(queueOf(v), 'reconnect')).toEqual(['cadence Cy', 'cadence Bea', 'cadence Amy']);
	});

	it('orders full ties by name, whatever order the notes were written in', () => {
		const v = vault();
		for (const name of ['Zoë Zed', 'Ana Ávila', 'zach lower', 'Émile Roux', 'Bo Li', 'ana b'])
			v.contact(`People/${name.length % 2 ? 'x' : 'y'}/${name}`, (c) => c.tie('strong').followUp('Send the deck 📅 2026-11-20'));
		const names = ['Ana Ávila', 'ana b', 'Bo Li', 'Émile Roux', 'zach lower', 'Zoë Zed'];
		expect(section(queueOf(v), 'reconnect').map((i) => i.name)).toEqual(names);
		expect(section(queueOf(v), 'owed').map((i) => i.name)).toEqual(names);
	});
});

describe('upcoming', () => {
	it('holds what comes due within 7 days, soonest first, and nothing later', () => {
		const v = vault()
			.contact('In Seven', (c) => c.tie('strong').lastContact(shift(TODAY, 7 - 30)))
			.contact('In Eight', (c) => c.tie('strong').lastContact(shift(TODAY, 8 - 30)))
			.contact('In Two', (c) => c.tie('strong').lastContact(shift(TODAY, 2 - 30)));
		const q = queueOf(v);
		expect(section(q, 'upcoming').map((i) => [i.name, i.daysOverdue])).toEqual([
			['In Two', -2],
			['In Seven', -7],
		]);
		expect(allItems(q).some((i) => i.name === 'In Eight')).toBe(false);
	});

	it('follows the look-ahead from settings', () => {
		const v = vault()
			.contact('In Ten', (c) => c.tie('strong').lastContact(shift(TODAY, 10 - 30)))
			.with((s) => {
				s.upcomingDays = 14;
			});
		expect(rows(queueOf(v), 'upcoming')).toEqual(['cadence In Ten']);
	});
});

describe('dormant and archived contacts', () => {
	it.each([['dormant'], ['archived']])('a %s contact never appears, whatever it holds', (status) => {
		const v = vault().contact('Sam Rivera', (c) =>
			c
				.status(status)
				.interaction('2026-11-20 coffee: chat')
				.interaction('2026-11-10 email: asked for a referral #asked #awaiting')
				.followUp('Send the link 📅 2026-11-19')
				.remember('Marathon 📅 2026-11-15')
				.birthday('11-23'),
		);
		expect(allItems(queueOf(v))).toEqual([]);
		expect(allItems(queueOf(v, '2026-11-17'))).toEqual([]);
		expect(allItems(queueOf(vault().contact('Jo', (c) => c.status(status))))).toEqual([]);
	});

	it('a dormant introducer is not owed a report', () => {
		const v = vault()
			.contact('Alex Kim', (c) => c.status('dormant'))
			.contact('Jo Park', (c) => c.introducedBy('Alex Kim').lastContact('2026-11-20').interaction('2026-11-15 email: first chat'));
		expect(section(queueOf(v), 'owed').filter((i) => i.kind === 'report-back')).toEqual([]);
	});
});

describe('owed: follow-ups', () => {
	it('lists open follow-ups due today or earlier, oldest first, with their line', () => {
		const v = sam((c) =>
			c
				.lastContact('2026-11-20')
				.followUp('Send her the conference talk link 📅 2026-11-19')
				.followUp('Intro her to Jo [due:: 2026-11-21]')
				.followUp('Share the deck 📅 2026-11-10'),
		);
		const owed = section(queueOf(v), 'owed');
		expect(owed.map((i) => [i.kind, i.due, i.daysOverdue, i.reason])).toEqual([
			['follow-up', day('2026-11-10'), 11, 'Share the deck · overdue 11d'],
			['follow-up', day('2026-11-19'), 2, 'Send her the conference talk link · overdue 2d'],
			['follow-up', day('2026-11-21'), 0, 'Intro her to Jo · due today'],
		]);
		const line = lineOf(v, 'Send her the conference talk link');
		expect(owed[1]).toMatchObject({ name: 'Sam Rivera', path: SAM, line, id: `owed:follow-up:${SAM}:Send her the conference talk link` });
	});

	it('puts follow-ups due within 7 days in upcoming, and later ones nowhere', () => {
		const v = sam((c) => c.lastContact('2026-11-20').followUp('Send the deck 📅 2026-11-24').followUp('Book lunch 📅 2026-12-20'));
		const q = queueOf(v);
		expect(section(q, 'owed')).toEqual([]);
		expect(section(q, 'upcoming').map((i) => [i.kind, i.reason])).toEqual([['follow-up', 'Send the deck · due in 3d']]);
	});

	it('leaves out done, cancelled and undated follow-ups', () => {
		const v = sam((c) =>
			c
				.lastContact('2026-11-20')
				.followUp('- [x] Sent the deck 📅 2026-11-10 ✅ 2026-11-11')
				.followUp('- [-] Call about the offsite 📅 2026-11-12')
				.followUp('Someday: read her blog'),
		);
		const q = queueOf(v);
		expect(section(q, 'owed')).toEqual([]);
		expect(section(q, 'upcoming').filter((i) => i.kind === 'follow-up')).toEqual([]);
	});

	it('counts a dated task anywhere in the note', () => {
		const v = sam((c) => c.lastContact('2026-11-20').section('Notes', '- [ ] Send the article 📅 2026-11-18'));
		expect(rows(queueOf(v), 'owed')).toEqual(['follow-up Sam Rivera']);
	});
});

describe('owed: thank-you', () => {
	it.each([['coffee'], ['call'], ['video'], ['meeting'], ['event']])('is owed the day after a %s', (kind) => {
		const owed = section(queueOf(sam((c) => c.interaction(`2026-11-20 ${kind}: career chat`))), 'owed');
		expect(owed).toHaveLength(1);
		expect(owed[0]).toMatchObject({ kind: 'thank-you', name: 'Sam Rivera', path: SAM, due: day('2026-11-21'), daysOverdue: 0 });
		expect(owed[0]?.reason).toBe(`send a thank-you for the ${kind} on 20 Nov`);
	});

	it.each([['email'], ['message'], ['intro'], ['referral'], ['other']])('is not owed after a %s', (kind) => {
		expect(section(queueOf(sam((c) => c.interaction(`2026-11-20 ${kind}: note`))), 'owed')).toEqual([]);
	});

	it('is owed after a coffee logged with a mark and no summary', () => {
		expect(rows(queueOf(sam((c) => c.interaction('2026-11-20 coffee #asked'))), 'owed')).toEqual(['thank-you Sam Rivera']);
	});

	it('is owed after a meeting note that lists the person', () => {
		const v = sam().meeting('2026-11-20 Informational interview', '2026-11-20', ['Sam Rivera']);
		expect(section(queueOf(v), 'owed')).toMatchObject([{ kind: 'thank-you', name: 'Sam Rivera', due: day('2026-11-21') }]);
		expect(section(queueOf(v), 'owed')[0]?.reason).toContain('20 Nov');
	});

	it('is owed to everyone a meeting note lists', () => {
		const v = vault().contact('Sam Rivera').contact('Jo Park').meeting('2026-11-20 Panel', '2026-11-20', ['Sam Rivera', 'Jo Park']);
		expect(rows(queueOf(v), 'owed')).toEqual(['thank-you Jo Park', 'thank-you Sam Rivera']);
	});

	it('is not owed yet on the day of the meeting', () => {
		expect(section(queueOf(sam((c) => c.interaction('2026-11-21 coffee: chat'))), 'owed')).toEqual([]);
	});

	it('is still owed until the thank-you is sent, up to 14 days', () => {
		const v = sam((c) => c.interaction('2026-11-07 coffee: chat'));
		expect(section(queueOf(v), 'owed')).toMatchObject([{ kind: 'thank-you', due: day('2026-11-08'), daysOverdue: 13 }]);
	});

	it('is no longer asked for after 14 days', () => {
		expect(section(queueOf(sam((c) => c.interaction('2026-11-06 coffee: chat'))), 'owed')).toEqual([]);
	});

	it.each([
		['a later email', (c: ContactBuilder) => c.interaction('2026-11-18 coffee: chat').interaction('2026-11-19 email: thanks!')],
		['a later message', (c: ContactBuilder) => c.interaction('2026-11-18 coffee: chat').interaction('2026-11-20 message: thanks!')],
		[
			'an email the same day',
			(c: ContactBuilder) => c.interaction('2026-11-20 coffee: chat').interaction('2026-11-20 email: thanks for the coffee'),
		],
		[
			'a message the same day',
			(c: ContactBuilder) => c.interaction('2026-11-20 meeting: review').interaction('2026-11-20 message: thanks'),
		],
		[
			'a ticked follow-up since',
			(c: ContactBuilder) => c.interaction('2026-11-20 coffee: chat').followUp('- [x] Send a thank-you ✅ 2026-11-20'),
		],
		[
			"a follow-up due after it, ticked with Obsidian's checkbox (no done date)",
			(c: ContactBuilder) => c.interaction('2026-11-20 coffee: chat').followUp('- [x] Send the deck 📅 2026-11-22'),
		],
		[
			'a follow-up due that day, ticked with no done date',
			(c: ContactBuilder) => c.interaction('2026-11-20 coffee: chat').followUp('- [x] Send the deck [due:: 2026-11-20]'),
		],
	])('is gone after %s', (_what, build) => {
		expect(section(queueOf(sam(build)), 'owed')).toEqual([]);
	});

	it.each([
		['done before the meeting', '- [x] Send the agenda ✅ 2026-11-19'],
		['due before the meeting, with no done date', '- [x] Send the agenda 📅 2026-11-19'],
		['with no dates, and not a thank-you', '- [x] Read her paper'],
		['with no dates, though a thank-you (it may be from any earlier coffee)', '- [X] Thank Sam for the first coffee'],
		['early, due long after the thank-you window', '- [x] Book the conference ticket 📅 2027-03-01'],
		['still open and not a thank-you', '- [ ] Send the deck 📅 2026-11-21'],
		['still open, a thank-you but with no date', '- [ ] Send a thank-you'],
		['still open, a thank-you due before the meeting', '- [ ] Thank Sam for the intro 📅 2026-11-19'],
	])('is still owed with a follow-up ticked %s', (_what, line) => {
		expect(
			rows(queueOf(sam((c) => c.interaction('2026-11-20 coffee: chat').followUp(line))), 'owed').filter((r) => r.startsWith('thank-you')),
		).toEqual(['thank-you Sam Rivera']);
	});

	it('is asked for once when an open thank-you follow-up is dated for after the meeting: the follow-up is it', () => {
		const v = sam((c) => c.interaction('2026-11-20 coffee: chat').followUp('- [ ] Send Sam a thank-you 📅 2026-11-21'));
		expect(rows(queueOf(v), 'owed')).toEqual(['follow-up Sam Rivera']);
		const ahead = sam((c) => c.interaction('2026-11-20 coffee: chat').followUp('- [ ] Thank Sam for the coffee 📅 2026-11-23'));
		expect(rows(queueOf(ahead), 'owed')).toEqual([]);
		expect(rows(queueOf(ahead), 'upcoming')).toContain('follow-up Sam Rivera');
	});

	it('is not asked for again when the thank-you follow-up is snoozed, however far', () => {
		const v = sam((c) => c.interaction('2026-11-20 coffee: chat').followUp('- [ ] Send Sam a thank-you 📅 2026-11-21'));
		const item = section(queueOf(v), 'owed')[0];
		const result = applyWrite(
			v.files.get(SAM) ?? '',
			{ op: 'reschedule', line: item?.line ?? -1, text: item?.task ?? '', due: item?.due, until: day('2026-12-21') },
			v.settings,
			day(TODAY),
			parseYaml,
		);
		if (!result.ok) throw new Error(result.reason);
		v.note(SAM, result.text);
		expect(rows(queueOf(v), 'owed')).toEqual([]);
		expect(rows(queueOf(v, '2026-12-01'), 'owed')).toEqual([]);
		expect(rows(queueOf(v, '2026-12-21'), 'owed')).toEqual(['follow-up Sam Rivera']);
	});

	it('is gone after a later daily note that links the person', () => {
		const v = sam((c) => c.interaction('2026-11-18 coffee: chat')).daily('2026-11-19', '- Sent [[Sam Rivera]] a thank-you');
		expect(section(queueOf(v), 'owed')).toEqual([]);
	});

	it('is owed for the newest meeting when there were two', () => {
		const v = sam((c) => c.interaction('2026-11-15 coffee: chat').interaction('2026-11-19 call: follow-up'));
		expect(section(queueOf(v), 'owed')).toMatchObject([{ kind: 'thank-you', due: day('2026-11-20') }]);
		expect(section(queueOf(v), 'owed')[0]?.reason).toContain('call');
	});

	it('is never owed when turned off in settings', () => {
		const v = sam((c) => c.interaction('2026-11-20 coffee: chat'))
			.meeting('2026-11-19 Sync', '2026-11-19', ['Sam Rivera'])
			.with((s) => {
				s.thankYouAfterMeeting = false;
			});
		expect(section(queueOf(v), 'owed')).toEqual([]);
	});
});

describe('owed: report back to the introducer', () => {
	const ALEX = 'People/Alex Kim.md';
	const JO = 'People/Jo Park.md';
	const introduced = (
		jo: (c: ContactBuilder) => ContactBuilder,
		alex: (c: ContactBuilder) => ContactBuilder = (c) => c.lastContact('2026-11-01'),
	): VaultBuilder =>
		vault()
			.contact('Alex Kim', (c) => alex(c.tie('strong')))
			.contact('Jo Park', (c) => jo(c.introducedBy('Alex Kim')));

	it('is owed to the introducer after the first interaction with the person introduced', () => {
		const v = introduced((c) => c.interaction('2026-11-10 intro: Alex introduced us').interaction('2026-11-15 email: first chat'));
		const reports = section(queueOf(v), 'owed').filter((i) => i.kind === 'report-back');
		expect(reports).toEqual([
			expect.objectContaining({
				id: `owed:report-back:${ALEX}:${JO}`,
				section: 'owed',
				name: 'Alex Kim',
				path: ALEX,
				due: day('2026-11-16'),
				daysOverdue: 5,
				reason: 'report back: you met Jo Park (their intro) on 15 Nov',
			}),
		]);
	});

	it('counts from the first interaction, not the latest', () => {
		const v = introduced((c) => c.interaction('2026-11-12 email: first chat').interaction('2026-11-18 email: second chat'));
		expect(section(queueOf(v), 'owed').filter((i) => i.kind === 'report-back')).toMatchObject([{ due: day('2026-11-13') }]);
	});

	it('counts a meeting note as the first interaction', () => {
		const v = introduced((c) => c).meeting('2026-11-15 Coffee with Jo', '2026-11-15', ['Jo Park'], '', 'coffee-chat');
		expect(section(queueOf(v), 'owed').filter((i) => i.kind === 'report-back')).toMatchObject([
			{ name: 'Alex Kim', due: day('2026-11-16') },
		]);
	});

	it('is not owed for the intro itself', () => {
		const v = introduced((c) => c.interaction('2026-11-15 intro: Alex introduced us by email'));
		expect(section(queueOf(v), 'owed').filter((i) => i.kind === 'report-back')).toEqual([]);
	});

	it('is not owed before any interaction', () => {
		expect(section(queueOf(introduced((c) => c)), 'owed').filter((i) => i.kind === 'report-back')).toEqual([]);
	});

	it('is cleared by a later interaction with the introducer', () => {
		const v = introduced(
			(c) => c.interaction('2026-11-15 email: first chat'),
			(c) => c.lastContact('2026-11-01').interaction('2026-11-17 email: told Alex how the chat with Jo went'),
		);
		expect(section(queueOf(v), 'owed').filter((i) => i.kind === 'report-back')).toEqual([]);
	});

	it('is not cleared by an interaction with the introducer before the first meeting', () => {
		const v = introduced(
			(c) => c.interaction('2026-11-15 email: first chat'),
			(c) => c.interaction('2026-11-09 email: asked Alex for the intro'),
		);
		expect(section(queueOf(v), 'owed').filter((i) => i.kind === 'report-back')).toMatchObject([{ name: 'Alex Kim' }]);
	});

	it('is not owed when the introducer is not a contact', () => {
		const v = vault().contact('Jo Park', (c) => c.introducedBy('Pat Nobody').interaction('2026-11-15 email: first chat'));
		expect(section(queueOf(v), 'owed').filter((i) => i.kind === 'report-back')).toEqual([]);
	});
});

describe('awaiting reply', () => {
	const ASK = '2026-11-01 email: asked about the staff role #asked #awaiting';

	/** What the awaiting section holds on each day from `from` to `to`, as `day kind`. */
	function timelineOf(v: VaultBuilder, from: string, to: string): string[] {
		const index = v.index();
		const out: string[] = [];
		for (let d = day(from); d <= day(to); d++) {
			for (const item of computeQueue(index, d, v.settings).sections.find((s) => s.id === 'awaiting')?.items ?? [])
				out.push(`${formatDay(d)} ${item.kind}`);
		}
		return out;
	}

	const days = (from: string, to: string, kind: string): string[] => {
		const out: string[] = [];
		for (let d = day(from); d <= day(to); d++) out.push(`${formatDay(d)} ${kind}`);
		return out;
	};

	it('gives one nudge item from day 7 to day 13, lets go from day 14 for a week, and is silent after', () => {
		expect(
			timelineOf(
				sam((c) => c.interaction(ASK)),
				'2026-11-01',
				'2027-01-31',
			),
		).toEqual([...days('2026-11-08', '2026-11-14', 'nudge'), ...days('2026-11-15', '2026-11-21', 'let-go')]);
	});

	it('takes the let-go away once you are in touch again', () => {
		const v = sam((c) => c.interaction(ASK).interaction('2026-11-17 coffee: bumped into her'));
		expect(timelineOf(v, '2026-11-15', '2027-01-31')).toEqual(['2026-11-15 let-go', '2026-11-16 let-go']);
	});

	it('never takes a nudge marked awaiting for a new ask', () => {
		const v = sam((c) => c.interaction(ASK).interaction('2026-11-08 email: polite follow-up #nudge #awaiting'));
		expect(timelineOf(v, '2026-11-08', '2027-01-31')).toEqual(days('2026-11-15', '2026-11-21', 'let-go'));
	});

	it('says what the nudge is about and when it was asked', () => {
		const v = sam((c) => c.interaction(ASK));
		const [nudge] = section(queueOf(v, '2026-11-10'), 'awaiting');
		expect(nudge).toMatchObject({
			id: `awaiting:nudge:${SAM}`,
			line: lineOf(v, 'asked about the staff role'),
			name: 'Sam Rivera',
			path: SAM,
			due: day('2026-11-08'),
			daysOverdue: 2,
		});
		expect(nudge?.reason).toContain('1 Nov');
		expect(nudge?.reason).toContain('asked about the staff role');
		expect(nudge?.reason).toContain('follow-up');
		const [letGo] = section(queueOf(v, '2026-11-15'), 'awaiting');
		expect(letGo).toMatchObject({ kind: 'let-go', due: day('2026-11-15'), daysOverdue: 0 });
		expect(letGo?.reason).toContain('let it go');
	});

	it('is cleared by a reply: any later interaction', () => {
		const v = sam((c) => c.interaction(ASK).interaction('2026-11-05 call: she answered'));
		expect(timelineOf(v, '2026-11-01', '2026-12-31')).toEqual([]);
	});

	it('is cleared by a later daily note that links the person', () => {
		const v = sam((c) => c.interaction(ASK)).daily('2026-11-10', '- Heard back from [[Sam Rivera]]');
		expect(timelineOf(v, '2026-11-10', '2026-12-31')).toEqual([]);
	});

	it('a logged #nudge moves the let-go to a week after the nudge, with no second nudge item', () => {
		const v = sam((c) => c.interaction(ASK).interaction('2026-11-12 email: polite follow-up #nudge'));
		expect(timelineOf(v, '2026-11-12', '2027-01-31')).toEqual(days('2026-11-19', '2026-11-25', 'let-go'));
		expect(section(queueOf(v, '2026-11-19'), 'awaiting')[0]?.reason).toContain('even after a follow-up');
	});

	it('a nudge sent on time lets go a week later', () => {
		const v = sam((c) => c.interaction(ASK).interaction('2026-11-08 email: polite follow-up #nudge'));
		expect(timelineOf(v, '2026-11-08', '2027-01-31')).toEqual(days('2026-11-15', '2026-11-21', 'let-go'));
	});

	it('a last_contact written along with the nudge is not taken for a reply', () => {
		const v = sam((c) => c.lastContact('2026-11-12').interaction(ASK).interaction('2026-11-12 email: polite follow-up #nudge'));
		expect(timelineOf(v, '2026-11-12', '2026-12-31')).toEqual(days('2026-11-19', '2026-11-25', 'let-go'));
	});

	it('a daily note about the nudge, on the nudge day, is not taken for a reply', () => {
		const v = sam((c) => c.interaction(ASK).interaction('2026-11-12 email: polite follow-up #nudge')).daily(
			'2026-11-12',
			'- Nudged [[Sam Rivera]] about the role',
		);
		expect(timelineOf(v, '2026-11-12', '2026-12-31')).toEqual(days('2026-11-19', '2026-11-25', 'let-go'));
	});

	it('an ask without #awaiting waits for nothing', () => {
		const v = sam((c) => c.interaction('2026-11-01 email: asked about the staff role #asked'));
		expect(timelineOf(v, '2026-11-01', '2026-12-31')).toEqual([]);
	});

	it('follows the nudge days from settings', () => {
		const v = sam((c) => c.interaction(ASK)).with((s) => {
			s.nudgeDays = 5;
		});
		expect(timelineOf(v, '2026-11-01', '2026-12-31')).toEqual([
			...days('2026-11-06', '2026-11-10', 'nudge'),
			...days('2026-11-11', '2026-11-17', 'let-go'),
		]);
	});
});

describe('remember', () => {
	it('lists a dated item once its date has passed with no contact since', () => {
		const v = sam((c) => c.lastContact('2026-11-01').remember('Berlin marathon 📅 2026-11-15'));
		const items = section(queueOf(v), 'remember');
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({
			kind: 'remember',
			name: 'Sam Rivera',
			path: SAM,
			due: day('2026-11-15'),
			daysOverdue: 6,
			line: lineOf(v, 'Berlin marathon'),
			reason: 'ask about: Berlin marathon (15 Nov)',
		});
	});

	it('reads a bare date in the item too', () => {
		const v = sam((c) => c.lastContact('2026-11-01').remember('Moving to Porto on 2026-11-10'));
		expect(section(queueOf(v), 'remember')).toMatchObject([{ kind: 'remember', due: day('2026-11-10') }]);
	});

	it('lists an item with no contact at all', () => {
		expect(rows(queueOf(sam((c) => c.remember('Berlin marathon 📅 2026-11-15'))), 'remember')).toEqual(['remember Sam Rivera']);
	});

	it.each([
		[
			'an interaction after the date',
			(v: VaultBuilder) =>
				v.contact('Sam Rivera', (c) => c.remember('Berlin marathon 📅 2026-11-15').interaction('2026-11-16 call: how did it go')),
		],
		[
			'a daily note after the date',
			(v: VaultBuilder) =>
				v.contact('Sam Rivera', (c) => c.remember('Berlin marathon 📅 2026-11-15')).daily('2026-11-18', '- Congratulated [[Sam Rivera]]'),
		],
		[
			'a date still ahead',
			(v: VaultBuilder) => v.contact('Sam Rivera', (c) => c.lastContact('2026-11-01').remember('Berlin marathon 📅 2026-11-28')),
		],
		[
			'a checked item',
			(v: VaultBuilder) =>
				v.contact('Sam Rivera', (c) => c.lastContact('2026-11-01').section('Remember', '- [x] Berlin marathon 📅 2026-11-15')),
		],
		[
			'an undated item',
			(v: VaultBuilder) => v.contact('Sam Rivera', (c) => c.lastContact('2026-11-01').remember('Two kids, Maya and Leo')),
		],
	])('leaves out %s', (_what, build) => {
		expect(section(queueOf(build(vault())), 'remember')).toEqual([]);
	});

	it.each([
		['11-25', '2026-11-25', -4, 'birthday 25 Nov'],
		['11-28', '2026-11-28', -7, 'birthday 28 Nov'],
		['11-21', '2026-11-21', 0, 'birthday today'],
		['1990-11-25', '2026-11-25', -4, 'birthday 25 Nov (turns 36)'],
	])('lists a birthday %s within 7 days', (birthday, due, daysOverdue, reason) => {
		const items = section(queueOf(sam((c) => c.lastContact('2026-11-20').birthday(birthday))), 'remember');
		expect(items).toEqual([
			expect.objectContaining({ kind: 'birthday', name: 'Sam Rivera', path: SAM, due: day(due), daysOverdue, reason }),
		]);
	});

	it.each([['11-29'], ['11-20'], ['05-04']])('leaves out a birthday %s not within the next 7 days', (birthday) => {
		expect(section(queueOf(sam((c) => c.lastContact('2026-11-20').birthday(birthday))), 'remember')).toEqual([]);
	});

	it('lists a birthday in early January at the end of December', () => {
		const items = section(
			queueOf(
				sam((c) => c.lastContact('2026-12-20').birthday('01-02')),
				'2026-12-28',
			),
			'remember',
		);
		expect(items).toEqual([
			expect.objectContaining({ kind: 'birthday', due: day('2027-01-02'), daysOverdue: -5, reason: 'birthday 2 Jan 2027' }),
		]);
	});

	it('says how old someone turns across the new year', () => {
		const [item] = section(
			queueOf(
				sam((c) => c.lastContact('2026-12-20').birthday('1990-01-02')),
				'2026-12-30',
			),
			'remember',
		);
		expect(item?.reason).toContain('turns 37');
	});

	it('celebrates a 29 February birthday on 28 February in other years', () => {
		const [item] = section(
			queueOf(
				sam((c) => c.lastContact('2027-02-20').birthday('02-29')),
				'2027-02-25',
			),
			'remember',
		);
		expect(item).toMatchObject({ kind: 'birthday', due: day('2027-02-28') });
	});

	it('sorts by date: past items first, then birthdays ahead', () => {
		const v = vault()
			.contact('Sam Rivera', (c) => c.lastContact('2026-11-01').remember('Marathon 📅 2026-11-15').birthday('11-23'))
			.contact('Jo Park', (c) => c.lastContact('2026-11-01').remember('Job interview 📅 2026-11-10'));
		expect(section(queueOf(v), 'remember').map((i) => [i.kind, i.name])).toEqual([
			['remember', 'Jo Park'],
			['remember', 'Sam Rivera'],
			['birthday', 'Sam Rivera'],
		]);
	});
});

describe('a whole vault', () => {
	it('puts each need in its section', () => {
		const v = vault()
			.contact('Sam Rivera', (c) =>
				c
					.tie('strong')
					.cadence('monthly')
					.interaction('2026-11-20 coffee: Platform team reorg #asked')
					.followUp('Send her the conference talk link 📅 2026-11-22'),
			)
			.contact('Jo Park', (c) => c.tie('weak').interaction('2026-11-12 email: asked about referrals #asked #awaiting'))
			.contact('Alex Kim', (c) => c.tie('medium').lastContact('2026-07-01').remember('Started at Stripe 📅 2026-08-01'))
			.contact('Old Friend', (c) => c.status('dormant').lastContact('2020-01-01'));
		const q = queueOf(v);
		expect(q.sections.map((s) => [s.id, s.items.map((i) => `${i.kind} ${i.name}`)])).toEqual([
			['owed', ['thank-you Sam Rivera']],
			['awaiting', ['nudge Jo Park']],
			['reconnect', ['cadence Alex Kim']],
			['remember', ['remember Alex Kim']],
			['upcoming', ['follow-up Sam Rivera']],
		]);
	});
});

describe('a reason cut to fit', () => {
	const reasonOf = (task: string): string => {
		const queue = queueOf(
			vault().contact('Sam Rivera', (c) => c.tie('strong').lastContact('2026-11-01').followUp(`${task} 📅 2026-11-19`)),
		);
		return section(queue, 'owed')[0]?.reason ?? '';
	};
	const words = (reason: string): string => reason.split(' · ')[0] ?? '';

	it('is cut by its words as they read: a long link that shows a short name is kept whole', () => {
		const task = 'Reply to [[People/Colleagues/Engineering/Sam Rivera|Sam]] about the [[Events/Offsite 2026#Agenda|offsite]] plans';
		expect(task.length).toBeGreaterThan(70);
		expect(words(reasonOf(task))).toBe(task);
	});

	it('is cut at 70 characters as they read, before a link rather than inside it', () => {
		const task = `Send ${'the very long report '.repeat(2)}to [[People/Sam Rivera|Sam]] and [[2026-11-19 DevTools Summit Berlin]] today`;
		const cut = words(reasonOf(task));
		expect(cut.endsWith('…')).toBe(true);
		expect(readableReason(cut).length).toBeLessThanOrEqual(70);
		// Every link kept is whole, and the words before the cut are the task's own.
		expect(cut.split('[[').length).toBe(cut.split(']]').length);
		expect(task.startsWith(cut.slice(0, -1))).toBe(true);
		expect(cut).toContain('[[People/Sam Rivera|Sam]]');
		expect(cut).not.toContain('DevTools');
	});

	it('keeps a link too long to fit whole when it starts the words, so the reason still says something', () => {
		const link = `[[Projects/${'A very long project note title '.repeat(3).trim()}]]`;
		expect(words(reasonOf(`${link} follow-up call`))).toBe(`${link}…`);
		expect(words(reasonOf(link))).toBe(link);
	});

	it('gives no row to an empty task, whatever its date', () => {
		const queue = queueOf(vault().contact('Sam Rivera', (c) => c.tie('strong').lastContact('2026-11-01').followUp('📅 2026-11-19')));
		expect(allItems(queue).filter((i) => i.kind === 'follow-up')).toEqual([]);
	});

	it('counts a markdown link as its text too, and never cuts inside one', () => {
		const short = 'Read [the article](https://example.com/a/very/long/url/that/goes/on/and/on/forever) before the call';
		expect(words(reasonOf(short))).toBe(short);
		const long = `Read ${'the long preamble '.repeat(3)}[the article](https://example.com/a/very/long/url/that/goes/on) now`;
		const cut = words(reasonOf(long));
		expect(cut).toBe(`Read ${'the long preamble '.repeat(3).trim()}…`);
	});

	it('cuts plain words at 70 characters', () => {
		const task = 'word '.repeat(30).trim();
		const cut = words(reasonOf(task));
		expect(cut).toHaveLength(70);
		expect(cut.endsWith('…')).toBe(true);
	});
});
