// How meeting and event notes feed the queue: a meeting note's dated tasks are follow-ups
// of everyone in it, its own thank-you task stands for the thank-you the queue would
// otherwise ask for, and a follow-up with a Tasks start date is owed from that day.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/cli/frontmatter';
import { formatDate } from '../../src/cli/dates';
import { applyWrite } from '../../src/domain/contactWrites';
import { meetingNoteText } from '../../src/domain/meetingNote';
import { computeQueue, type Queue, type QueueItem, type SectionId } from '../../src/domain/queue';
import type { TemplateId } from '../../src/domain/templates';
import { day, vault, type VaultBuilder } from '../builders';

const SAM = 'People/Sam Rivera.md';
const JO = 'People/Jo Park.md';
const ANA = 'People/Ana Ruiz.md';

function queueOf(v: VaultBuilder, today: string): Queue {
	return computeQueue(v.index(), day(today), v.settings);
}

function section(queue: Queue, id: SectionId): QueueItem[] {
	return queue.sections.find((s) => s.id === id)?.items ?? [];
}

/** `kind name: reason` for the owed items that are not about the cadence. */
function owed(v: VaultBuilder, today: string): string[] {
	return section(queueOf(v, today), 'owed').map((i) => `${i.kind} ${i.name}: ${i.reason}`);
}

function people(): VaultBuilder {
	return vault()
		.contact('Sam Rivera', (c) => c.tie('strong').lastContact('2026-11-20'))
		.contact('Jo Park', (c) => c.lastContact('2026-11-20'));
}

/** A meeting note as New meeting note makes it, from a built-in template or the user's. */
function withMeeting(v: VaultBuilder, template: TemplateId, date: string, templateText?: string): { v: VaultBuilder; path: string } {
	const index = v.index();
	const contacts = [SAM, JO].map((path) => index.contact(path)).filter((c) => c !== undefined);
	const text = meetingNoteText(
		{ template, people: contacts, date: day(date), time: '10:00', formatDate, templateText },
		v.settings,
		day(date),
		parseYaml,
	);
	const path = `Meetings/${date} ${template}.md`;
	v.note(path, text);
	return { v, path };
}

/** Ticks the line of `path` that contains `words`, as Rapport does (with ✅), or by hand (without). */
function tick(v: VaultBuilder, path: string, words: string, how: 'rapport' | 'by hand', today: string): void {
	const lines = (v.files.get(path) ?? '').split('\n');
	const line = lines.findIndex((l) => l.includes(words));
	if (how === 'by hand') {
		lines[line] = (lines[line] ?? '').replace('- [ ]', '- [x]');
		v.note(path, lines.join('\n'));
		return;
	}
	const task = section(queueOf(v, today), 'owed').find((i) => i.source === path && i.line === line)?.task ?? '';
	const result = applyWrite(v.files.get(path) ?? '', { op: 'complete', line, text: task }, v.settings, day(today), parseYaml);
	if (!result.ok) throw new Error(result.reason);
	v.note(path, result.text);
}

describe("a meeting note's tasks", () => {
	const body =
		'## Next steps\n- [ ] Send [[Sam Rivera]] the deck 📅 2026-11-23\n- [ ] Share the notes [due:: ' +
		'2026-11-21]\n- [ ] Someday, no date\n- [x] Booked the room 📅 2026-11-19\n- [-] Dropped 📅 2026-11-19';

	it("naming nobody are everyone's, one row with all their names; naming one attendee, theirs alone", () => {
		const v = people().meeting('2026-11-20 Sync', '2026-11-20', ['Sam Rivera', 'Jo Park'], body);
		const queue = queueOf(v, '2026-11-21');
		const followUps = (id: SectionId): string[] =>
			section(queue, id)
				.filter((i) => i.kind === 'follow-up')
				.map((i) => `${i.name}: ${i.reason}`);
		expect(followUps('owed')).toEqual(['Jo Park, Sam Rivera: Share the notes · due today · from 2026-11-20 Sync']);
		expect(followUps('upcoming')).toEqual(['Sam Rivera: Send [[Sam Rivera]] the deck · due in 2d · from 2026-11-20 Sync']);
		// Each row is the task's line in the meeting note, which is where ticking it writes;
		// the shared one says who it is for, and its id names no one, so it stays put.
		const rows = [...section(queue, 'owed'), ...section(queue, 'upcoming')].filter((i) => i.kind === 'follow-up');
		expect(rows.map((i) => [i.id, i.path, i.source, i.line, i.task, i.people])).toEqual([
			[
				'owed:follow-up:Meetings/2026-11-20 Sync.md:Share the notes',
				JO,
				'Meetings/2026-11-20 Sync.md',
				7,
				'Share the notes',
				[
					{ name: 'Jo Park', path: JO },
					{ name: 'Sam Rivera', path: SAM },
				],
			],
			[
				'upcoming:follow-up:Meetings/2026-11-20 Sync.md:Send [[Sam Rivera]] the deck',
				SAM,
				'Meetings/2026-11-20 Sync.md',
				6,
				'Send [[Sam Rivera]] the deck',
				undefined,
			],
		]);
	});

	it('name an attendee by a link, their name, first name or an alias, as a whole word and as written', () => {
		const v = vault()
			.contact('Sam Rivera', (c) => c.lastContact('2026-11-20').aliases('Sammy'))
			.contact('Jo Park', (c) => c.lastContact('2026-11-20'))
			.contact('Will Ames', (c) => c.lastContact('2026-11-20'))
			.contact('Ana Ruiz', (c) => c.lastContact('2026-11-20'))
			.meeting(
				'2026-11-20 Sync',
				'2026-11-20',
				['Sam Rivera', 'Jo Park', 'Will Ames'],
				[
					'- [ ] Send Jo the deck 📅 2026-11-21',
					"- [ ] Book Sammy's flight 📅 2026-11-21",
					'- [ ] Email [[jo park|her]] the notes 📅 2026-11-21',
					'- [ ] Ask Jones and Samuel, who will know 📅 2026-11-21',
					'- [ ] Thank Sam Rivera and Will 📅 2026-11-21',
					'- [ ] Send [[Ana Ruiz]] the intro 📅 2026-11-21',
				].join('\n'),
			);
		const rows = section(queueOf(v, '2026-11-21'), 'owed')
			.filter((i) => i.kind === 'follow-up')
			.map((i) => `${i.name}: ${i.task ?? ''}`);
		// In the order of the first name each row is for, all being due the same day.
		expect(rows).toEqual([
			// Linking someone who was not there makes it theirs, not the attendees'.
			'Ana Ruiz: Send [[Ana Ruiz]] the intro',
			'Jo Park: Send Jo the deck',
			'Jo Park: Email [[jo park|her]] the notes',
			// Jones is not Jo, Samuel not Sam, and "will" in lower case is a word: nobody named.
			'Jo Park, Sam Rivera, Will Ames: Ask Jones and Samuel, who will know',
			"Sam Rivera: Book Sammy's flight",
			'Sam Rivera, Will Ames: Thank Sam Rivera and Will',
		]);
	});

	it("a thank-you task that names one attendee stands for theirs alone; the other's is still asked for", () => {
		const v = people().meeting('2026-11-20 Coffee', '2026-11-20', ['Sam Rivera', 'Jo Park'], '- [ ] Thank Jo 📅 2026-11-21', 'coffee-chat');
		expect(owed(v, '2026-11-21')).toEqual([
			'follow-up Jo Park: Thank Jo · due today · from 2026-11-20 Coffee',
			'thank-you Sam Rivera: send a thank-you for the coffee on 20 Nov',
		]);
	});

	it('go once ticked, and a meeting with no one in it gives nobody anything', () => {
		const v = people().meeting('2026-11-20 Sync', '2026-11-20', ['Sam Rivera', 'Jo Park'], body);
		tick(v, 'Meetings/2026-11-20 Sync.md', 'Share the notes', 'rapport', '2026-11-21');
		expect(v.files.get('Meetings/2026-11-20 Sync.md')).toContain('- [x] Share the notes [due:: 2026-11-21] [completion:: 2026-11-21]\n');
		expect(owed(v, '2026-11-21').filter((r) => r.startsWith('follow-up'))).toEqual([]);
		const nobody = people().meeting('2026-11-20 Sync', '2026-11-20', [], body);
		expect(section(queueOf(nobody, '2026-11-21'), 'owed').filter((i) => i.kind === 'follow-up')).toEqual([]);
	});
});

describe("a meeting note's own thank-you", () => {
	it('is due the day after, for everyone in it (one row), instead of the thank-you the queue would ask for', () => {
		const { v, path } = withMeeting(people(), 'informational-interview', '2026-11-20');
		expect(v.files.get(path)).toMatch(/^- \[ \] Send a thank-you within a day 📅 2026-11-21$/m);
		expect(owed(v, '2026-11-20')).toEqual([]);
		expect(owed(v, '2026-11-21')).toEqual([
			'follow-up Jo Park, Sam Rivera: Send a thank-you within a day · due today · from 2026-11-20 informational-interview',
		]);
	});

	it.each(['rapport', 'by hand'] as const)('once ticked (%s) clears the thank-you for everyone', (how) => {
		const { v, path } = withMeeting(people(), 'informational-interview', '2026-11-20');
		tick(v, path, 'Send a thank-you', how, '2026-11-21');
		expect(owed(v, '2026-11-21')).toEqual([]);
		expect(owed(v, '2026-11-24')).toEqual([]);
	});

	it('ticked with a log the next day (a coffee, from its row), asks no thank-you for that coffee either', () => {
		const { v, path } = withMeeting(people(), 'informational-interview', '2026-11-20');
		tick(v, path, 'Send a thank-you', 'rapport', '2026-11-21');
		for (const file of [SAM, JO]) {
			const logged = applyWrite(
				v.files.get(file) ?? '',
				{ op: 'log', entry: { date: day('2026-11-21'), kind: 'coffee', summary: 'thanks' } },
				v.settings,
				day('2026-11-21'),
				parseYaml,
			);
			if (!logged.ok) throw new Error(logged.reason);
			v.note(file, logged.text);
		}
		// The meeting note's thank-you, ticked that day, was the thanks the coffee would ask for.
		expect(owed(v, '2026-11-22')).toEqual([]);
	});

	it('leaves the queue to ask when the note has none, or one without a date', () => {
		const { v } = withMeeting(people(), 'coffee-chat', '2026-11-20');
		expect(owed(v, '2026-11-21')).toEqual([
			'thank-you Jo Park: send a thank-you for the coffee on 20 Nov',
			'thank-you Sam Rivera: send a thank-you for the coffee on 20 Nov',
		]);
		// A user's own template is left as written: its undated thank-you is not in the queue.
		const own = withMeeting(people(), 'coffee-chat', '2026-11-20', '# {{title}}\n- [ ] Send a thank-you\n');
		expect(own.v.files.get(own.path)).toContain('\n- [ ] Send a thank-you\n');
		expect(owed(own.v, '2026-11-21')).toEqual([
			'thank-you Jo Park: send a thank-you for the coffee on 20 Nov',
			'thank-you Sam Rivera: send a thank-you for the coffee on 20 Nov',
		]);
	});
});

describe('notes that link someone twice, by an alias and by name', () => {
	it('are one entry each of their timeline, a meeting note bringing its tasks once', () => {
		const v = vault()
			.contact('Sam Rivera', (c) => c.aliases('Sam').lastContact('2026-11-10'))
			.daily('2026-11-19', 'Met [[Sam]], that is [[Sam Rivera]].')
			.note(
				'Meetings/Sync',
				'---\ntype: meeting\ndate: 2026-11-18\npeople: ["[[Sam Rivera]]"]\n---\nWith [[Sam]].\n- [ ] Send the deck 📅 2026-11-21\n',
			);
		expect(
			v
				.index()
				.timeline(SAM)
				.map((e) => [e.via, e.source, e.tasks?.length]),
		).toEqual([
			['dated', 'Daily/2026-11-19.md', undefined],
			['meeting', 'Meetings/Sync.md', 1],
			['frontmatter', SAM, undefined],
		]);
		expect(
			section(queueOf(v, '2026-11-21'), 'owed')
				.filter((i) => i.kind === 'follow-up')
				.map((i) => i.reason),
		).toEqual(['Send the deck · due today · from Sync']);
	});
});

describe('a follow-up with a start date', () => {
	const followUp = 'Follow up from [[Summit]] within 48 hours 🛫 2026-11-20 📅 2026-11-22';
	const met = (line: string): VaultBuilder =>
		vault().contact('Ana Ruiz', (c) => c.interaction('2026-11-20 event: [[Summit]]').followUp(line));

	it('is owed from its start, showing how long is left, and upcoming before it', () => {
		const v = met(followUp);
		expect(section(queueOf(v, '2026-11-19'), 'upcoming').map((i) => i.reason)).toEqual([
			'Follow up from [[Summit]] within 48 hours · due in 3d',
		]);
		expect(section(queueOf(v, '2026-11-20'), 'owed').map((i) => [i.kind, i.reason, i.daysOverdue])).toEqual([
			['follow-up', 'Follow up from [[Summit]] within 48 hours · due in 2d', -2],
		]);
		expect(owed(v, '2026-11-23')).toEqual(['follow-up Ana Ruiz: Follow up from [[Summit]] within 48 hours · overdue 1d']);
	});

	it("about the event stands for the event's thank-you, open or ticked, with or without ✅", () => {
		expect(owed(met(followUp), '2026-11-21')).toEqual(['follow-up Ana Ruiz: Follow up from [[Summit]] within 48 hours · due in 1d']);
		expect(owed(met(`- [x] ${followUp}`), '2026-11-21')).toEqual([]);
		expect(owed(met(`- [x] ${followUp} ✅ 2026-11-21`), '2026-11-21')).toEqual([]);
		// Due later, it is still the thank-you, on its day; about something else, it is not.
		expect(owed(met('Follow up from [[Summit]] 📅 2026-11-30'), '2026-11-21')).toEqual([]);
		expect(owed(met('- [x] Follow up from [[Summit]]'), '2026-11-21')).toEqual([
			'thank-you Ana Ruiz: send a thank-you for the event on 20 Nov',
		]);
		expect(owed(met('Send [[Acme]] the deck 🛫 2026-11-20 📅 2026-11-30'), '2026-11-21')).toEqual([
			'thank-you Ana Ruiz: send a thank-you for the event on 20 Nov',
			'follow-up Ana Ruiz: Send [[Acme]] the deck · due in 9d',
		]);
	});
	it('snoozed a week, is still the thank-you: one row, upcoming from the day picked', () => {
		const v = met(followUp);
		const item = section(queueOf(v, '2026-11-21'), 'owed')[0];
		const result = applyWrite(
			v.files.get(ANA) ?? '',
			{ op: 'reschedule', line: item?.line ?? -1, text: item?.task ?? '', due: item?.due, until: day('2026-11-28') },
			v.settings,
			day('2026-11-21'),
			parseYaml,
		);
		if (!result.ok) throw new Error(result.reason);
		v.note(ANA, result.text);
		expect(owed(v, '2026-11-21')).toEqual([]);
		expect(section(queueOf(v, '2026-11-21'), 'upcoming').map((i) => `${i.kind} ${i.name}: ${i.reason}`)).toEqual([
			'follow-up Ana Ruiz: Follow up from [[Summit]] within 48 hours · due in 7d',
		]);
		expect(owed(v, '2026-11-28')).toEqual(['follow-up Ana Ruiz: Follow up from [[Summit]] within 48 hours · due today']);
		// Ticked then with Obsidian's checkbox (no ✅): done, and no thank-you comes back.
		v.note(ANA, (v.files.get(ANA) ?? '').replace('- [ ] Follow up from', '- [x] Follow up from'));
		expect(owed(v, '2026-11-21')).toEqual([]);
	});

	it('a thank-you follow-up snoozed past the window and ticked by hand stays the thank-you', () => {
		const v = vault().contact('Mia Chen', (c) =>
			c.interaction('2026-11-18 coffee: roadmap').followUp('Send Mia a thank-you 📅 2026-12-20'),
		);
		expect(owed(v, '2026-11-21')).toEqual([]);
		v.note('People/Mia Chen.md', (v.files.get('People/Mia Chen.md') ?? '').replace('- [ ] Send Mia', '- [x] Send Mia'));
		expect(owed(v, '2026-11-21')).toEqual([]);
	});
});

describe('an event note', () => {
	it('made for people to meet is no contact with them, and no problem for having nobody in it', () => {
		const { v, path } = withMeeting(people(), 'event', '2026-11-20');
		expect(v.files.get(path)).toMatch(/^---\ntype: meeting\ndate: 2026-11-20\npeople: \[\]\ntemplate: event\n---\n/);
		expect(v.files.get(path)).toContain('## People to meet\n- [[Sam Rivera]]\n- [[Jo Park]]\n');
		const index = v.index();
		expect(index.timeline(SAM).map((e) => e.source)).toEqual([SAM]);
		expect(index.problems()).toEqual([]);
		expect(owed(v, '2026-11-21')).toEqual([]);
	});
});
