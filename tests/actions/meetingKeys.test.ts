// A vault whose meeting notes say `Date:` and `attendees:`: with those names in settings,
// the index reads its meetings as contact, New meeting note writes them, and Follow up
// people met takes the event's day from them.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/cli/frontmatter';
import { dayFromValue, formatDay } from '../../src/domain/day';
import { readProperties } from '../../src/domain/noteProperties';
import { splitNote } from '../../src/domain/noteText';
import { day, vault } from '../builders';
import { MemoryStore, actionsOn } from './memoryStore';

const TODAY = day('2026-11-21');

const theirVault = (): ReturnType<typeof vault> =>
	vault()
		.contact('Sam Rivera', (c) => c.tie('strong'))
		.contact('Jo Park', (c) => c.tie('weak'))
		.note('Meetings/Roadmap', '---\ntype: meeting\nDate: 2026-11-02\nattendees: ["[[Sam Rivera]]", "[[Jo Park]]"]\n---\n# Roadmap\n');

const mapped = (): ReturnType<typeof vault> =>
	theirVault().with((s) => {
		s.meetingKeys = { date: 'Date', people: 'attendees' };
	});

/** Where each person's timeline says they were last in touch, and through which note. */
function lastSeen(v: ReturnType<typeof vault>): Record<string, string> {
	const index = v.index();
	return Object.fromEntries(
		index.contacts().map((c) => {
			const last = index.timeline(c.path)[0];
			return [c.name, last ? `${formatDay(last.date)} ${last.source}` : 'never'];
		}),
	);
}

describe('meeting notes with their own property names', () => {
	it('count as contact with everyone in them, on their day, once the names are set', () => {
		expect(lastSeen(mapped())).toEqual({ 'Jo Park': '2026-11-02 Meetings/Roadmap.md', 'Sam Rivera': '2026-11-02 Meetings/Roadmap.md' });
	});

	it('are reported with the names Rapport looks for while the settings name others', () => {
		const v = theirVault();
		expect(lastSeen(v)).toEqual({ 'Jo Park': 'never', 'Sam Rivera': 'never' });
		// `Date` is `date` in any case; `attendees` is another name, which only the settings can give.
		expect(v.index().problems()).toEqual([
			{ path: 'Meetings/Roadmap.md', message: 'meeting note lists no people: add \'people: ["[[Name]]"]\' so it counts as contact' },
		]);
		const undated = vault().note('Meetings/Undated', '---\ntype: meeting\nwhen: 2026-11-02\npeople: ["[[Sam Rivera]]"]\n---\n');
		expect(undated.index().problems()).toEqual([
			{ path: 'Meetings/Undated.md', message: "meeting note without a date: add 'date: YYYY-MM-DD' so it counts as contact" },
		]);
		const renamed = mapped().note('Meetings/Later', '---\ntype: meeting\nDate: someday\n---\n');
		expect(
			renamed
				.index()
				.problems()
				.map((p) => p.message),
		).toEqual([
			'meeting note lists no people: add \'attendees: ["[[Name]]"]\' so it counts as contact',
			"meeting note without a date: add 'Date: YYYY-MM-DD' so it counts as contact (got 'someday')",
		]);
	});

	it('are named when written in the meetings folder with a date and people but not marked a meeting', () => {
		const v = vault()
			.contact('Sam Rivera', (c) => c.tie('strong'))
			.note('Meetings/2026-11-19 Sync', '---\ndate: 2026-11-19\npeople: ["[[Sam Rivera]]"]\n---\n- [ ] Share the deck 📅 2026-11-25\n')
			// Elsewhere, or without people, a dated note is just a note.
			.note('Projects/Launch', '---\ndate: 2026-11-19\npeople: ["[[Sam Rivera]]"]\n---\n')
			.note('Meetings/Agenda', '---\ndate: 2026-11-19\n---\n');
		expect(v.index().problems()).toEqual([
			{
				path: 'Meetings/2026-11-19 Sync.md',
				message:
					"a note in Meetings with a date and people, but not marked a meeting: add 'type: meeting' so it counts as contact with them",
			},
		]);
		const marked = vault()
			.contact('Sam Rivera', (c) => c.tie('strong'))
			.note('Meetings/2026-11-19 Sync', '---\ntype: meeting\ndate: 2026-11-19\npeople: ["[[Sam Rivera]]"]\n---\n');
		expect(marked.index().problems()).toEqual([]);
		expect(lastSeen(marked)).toEqual({ 'Sam Rivera': '2026-11-19 Meetings/2026-11-19 Sync.md' });
	});

	it('say how to write people given as links without quotes', () => {
		const v = vault()
			.note('Meetings/One', '---\ntype: meeting\ndate: 2026-11-19\npeople: [[Jo Park]]\n---\n')
			.note('Meetings/Two', '---\ntype: meeting\ndate: 2026-11-19\npeople:\n  - [[Jo Park]]\n  - [[Sam Rivera]]\n---\n')
			// Those written right are kept on the line to write, in their place.
			.note('Meetings/Three', '---\ntype: meeting\ndate: 2026-11-19\npeople: ["[[Ana Ruiz]]", [[Jo Park]]]\n---\n');
		const said = "meeting note's people has links without quotes, which YAML reads as lists: write";
		expect(v.index().problems()).toEqual([
			{ path: 'Meetings/One.md', message: `${said} 'people: ["[[Jo Park]]"]' so they count as contact` },
			{ path: 'Meetings/Three.md', message: `${said} 'people: ["[[Ana Ruiz]]", "[[Jo Park]]"]' so they count as contact` },
			{ path: 'Meetings/Two.md', message: `${said} 'people: ["[[Jo Park]]", "[[Sam Rivera]]"]' so they count as contact` },
		]);
	});

	it('are written with those names by New meeting note, and read back as the meeting', async () => {
		const v = mapped();
		const store = new MemoryStore(Object.fromEntries(v.files));
		const outcome = await actionsOn(store, v, TODAY).meeting({
			template: 'coffee-chat',
			people: [{ name: 'Sam Rivera', path: 'People/Sam Rivera.md' }],
			date: TODAY,
		});
		expect(outcome.ok).toBe(true);
		const path = 'Meetings/2026-11-21 Coffee chat with Sam Rivera.md';
		const text = store.notes.get(path) ?? '';
		expect(text).toMatch(/^---\ntype: meeting\nDate: 2026-11-21\nattendees: \["\[\[Sam Rivera\]\]"\]\ntemplate: coffee-chat\n---\n/);
		expect(text).not.toMatch(/^date:|^people:/m);
		// Read back by the index alone, with the log line left out: the note itself is the meeting.
		const written = mapped().note(path, text);
		expect(written.index().timeline('People/Sam Rivera.md')[0]).toMatchObject({ date: TODAY, via: 'meeting', source: path });
	});

	it("give Follow up people met the event's day", async () => {
		const event = '---\ntype: meeting\nDate: 2026-11-19\nattendees: []\ntemplate: event\n---\n# Summit\n## People met\n- [[Jo Park]]\n';
		const v = mapped().note('Meetings/Summit', event);
		const store = new MemoryStore(Object.fromEntries(v.files));
		const properties = (path: string): Record<string, unknown> | undefined => {
			const text = store.notes.get(path);
			const read = text === undefined ? undefined : readProperties(splitNote(text), parseYaml);
			return read instanceof Error ? undefined : read;
		};
		const outcome = await actionsOn(store, v, TODAY, { properties }).followUpPeopleMet('Meetings/Summit.md');
		expect(outcome).toMatchObject({ ok: true, value: 1 });
		expect(dayFromValue(properties('Meetings/Summit.md')?.Date)).toBe(day('2026-11-19'));
		expect(store.notes.get('People/Jo Park.md')).toContain('- 2026-11-19 event: [[Summit]]');
	});
});
