// One person as the panel shows them: the real name, where they stand, every interaction
// from every source with the note it opens, open follow-ups, what to remember, what is owed.
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/domain/day';
import { personDetails, realName } from '../../src/domain/person';
import { computeQueue } from '../../src/domain/queue';
import { day, vault, type VaultBuilder } from '../builders';

const TODAY = day('2026-11-21');

function detailsOf(v: VaultBuilder, path: string) {
	const index = v.index();
	const contact = index.contact(path);
	if (!contact) throw new Error(`${path} is no contact`);
	const queued = computeQueue(index, TODAY, v.settings).sections.flatMap((s) => s.items);
	return personDetails(contact, index, TODAY, v.settings, queued);
}

const devs = (): VaultBuilder =>
	vault()
		.contact('C Dev', (c) =>
			c
				.aliases('Cee', 'C# Dev')
				.tie('strong')
				.cadence('monthly')
				.lastContact('2026-11-01')
				.interaction('2026-11-01 coffee: Talked about [[Acme|the Acme job]] #asked')
				.interaction('2026-09-10 email: Sent the deck')
				.followUp('Send the deck 📅 2026-11-25')
				.followUp('- [x] Returned the book ✅ 2026-10-01')
				.followUp('- [-] Dropped idea')
				.followUp('Undated promise')
				.remember('Marathon 📅 2026-10-01')
				.remember('[x] Moved flat'),
		)
		.daily('2026-11-10', '- Lunch with [[C Dev]]')
		.meeting('Coffee with C Dev', '2026-11-15', ['C Dev'], '- [ ] Send the notes 📅 2026-11-22\n- [ ] Maybe read more')
		.meeting('Prep with C Dev', '2026-11-30', ['C Dev']);

describe('a person in the panel', () => {
	it('is called by the name New contact kept as an alias when the file name had to be cleaned', () => {
		expect(realName({ name: 'C Dev', aliases: ['Cee', 'C# Dev'] })).toBe('C# Dev');
		expect(realName({ name: 'Sam Rivera', aliases: ['Sam'] })).toBe('Sam Rivera');
		expect(realName({ name: 'Sam Rivera', aliases: ['Sam Rivera'] })).toBe('Sam Rivera');
		expect(detailsOf(devs(), 'People/C Dev.md').name).toBe('C# Dev');
	});

	it('has every interaction from every source, newest first, each with the note it opens', () => {
		const { timeline } = detailsOf(devs(), 'People/C Dev.md');
		expect(timeline.map((e) => [formatDay(e.entry.date), e.entry.via, e.path, e.line, e.ahead])).toEqual([
			['2026-11-30', 'meeting', 'Meetings/Prep with C Dev.md', undefined, true],
			['2026-11-15', 'meeting', 'Meetings/Coffee with C Dev.md', undefined, false],
			['2026-11-10', 'dated', 'Daily/2026-11-10.md', undefined, false],
			// last_contact on the day of the coffee says nothing more: the logged line is shown.
			['2026-11-01', 'log', 'People/C Dev.md', 8, false],
			['2026-09-10', 'log', 'People/C Dev.md', 9, false],
		]);
	});

	it('shows last_contact on a day nothing else speaks for', () => {
		const v = vault().contact('Jo Park', (c) => c.lastContact('2026-08-01').interaction('2026-07-01 call: Catch-up'));
		const { timeline } = detailsOf(v, 'People/Jo Park.md');
		expect(timeline.map((e) => [formatDay(e.entry.date), e.entry.via, e.path])).toEqual([
			['2026-08-01', 'frontmatter', 'People/Jo Park.md'],
			['2026-07-01', 'log', 'People/Jo Park.md'],
		]);
	});

	it('lists open follow-ups, their own and their meeting notes dated ones, soonest first', () => {
		const { followUps } = detailsOf(devs(), 'People/C Dev.md');
		expect(followUps.map((f) => [f.followUp.text, f.path, f.followUp.due === undefined ? '' : formatDay(f.followUp.due)])).toEqual([
			['Send the notes', 'Meetings/Coffee with C Dev.md', '2026-11-22'],
			['Send the deck', 'People/C Dev.md', '2026-11-25'],
			['Undated promise', 'People/C Dev.md', ''],
		]);
	});

	it('leaves an empty task out of their follow-ups', () => {
		const v = vault().contact('Jo Park', (c) => c.followUp('').followUp('Call back'));
		expect(detailsOf(v, 'People/Jo Park.md').followUps.map((f) => f.followUp.text)).toEqual(['Call back']);
	});

	it('lists a dated task that links them from any other note among their follow-ups', () => {
		const { followUps } = detailsOf(devs().daily('2026-11-12', '- [ ] Send [[C Dev]] the board notes 📅 2026-11-24'), 'People/C Dev.md');
		expect(followUps.map((f) => `${f.followUp.text} (${f.path})`)).toContain('Send [[C Dev]] the board notes (Daily/2026-11-12.md)');
	});

	it('keeps what to remember that is not ticked off', () => {
		expect(detailsOf(devs(), 'People/C Dev.md').remember.map((r) => r.text)).toEqual(['Marathon']);
	});

	it('says where they stand from the queue: due a month after the newest contact up to today', () => {
		const { standing } = detailsOf(devs(), 'People/C Dev.md');
		// Last in touch 15 Nov (the meeting ahead on the 30th is not contact yet), monthly: due 15 Dec.
		expect(standing).toMatchObject({ label: 'due in 3 weeks', state: 'ahead', due: day('2026-12-15') });
		expect(standing.elapsed).toBeCloseTo(6 / 30);
	});

	it('takes a snooze into account, as the queue does', () => {
		const v = vault().contact('Jo Park', (c) => c.tie('medium').lastContact('2026-06-01').nextFollowUp('2026-12-01'));
		expect(detailsOf(v, 'People/Jo Park.md').standing).toMatchObject({ label: 'due in 10 days', due: day('2026-12-01') });
	});

	it('keeps what else the queue owes them today, not their cadence or follow-ups (shown on their own)', () => {
		const v = devs().contact('Jo Park', (c) => c.tie('weak'));
		const { queued } = detailsOf(v, 'People/C Dev.md');
		expect(queued.map((i) => [i.kind, i.reason])).toEqual([['thank-you', 'send a thank-you for the meeting on 15 Nov']]);
	});
});
