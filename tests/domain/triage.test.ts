// New people don't nag: a contact with no tie, cadence or status is listed for triage, not
// queued by cadence; and meeting someone is contact, when their `met` links a dated note.
import { describe, expect, it } from 'vitest';
import { computeQueue, type Queue } from '../../src/domain/queue';
import { defaultSettings, migrateSettings } from '../../src/domain/settings';
import { MemoryStore, actionsOn } from '../actions/memoryStore';
import { day, vault, type ContactBuilder, type VaultBuilder } from '../builders';

const TODAY = day('2026-11-21');

function queueOf(v: VaultBuilder): Queue {
	return computeQueue(v.index(), TODAY, v.settings);
}

/** `section kind name` for every item. */
function rows(queue: Queue): string[] {
	return queue.sections.flatMap((s) => s.items.map((i) => `${s.id} ${i.kind} ${i.name}`));
}

function reasonOf(queue: Queue, name: string): string | undefined {
	return queue.sections.flatMap((s) => s.items).find((i) => i.name === name && i.kind === 'cadence')?.reason;
}

/** A contact with no tie, cadence or status, as an import or a clicked link makes one. */
function newPerson(v: VaultBuilder, name: string, props: Record<string, string> = {}): VaultBuilder {
	return v.contact(name, (c) => {
		for (const [key, value] of Object.entries(props)) c.prop(key, value);
		return c;
	});
}

describe('untriaged contacts', () => {
	it('are listed for triage, in name order, with where they are from, and get no cadence row', () => {
		const v = newPerson(vault(), 'Yusuf Demir', { company: 'Northwind', role: 'EM', connected: '2024-03-18' });
		newPerson(v, 'Marta Sousa', { met: '"[[DevTools Summit]]"' });
		const queue = queueOf(v);
		expect(rows(queue)).toEqual([]);
		expect(queue.untriaged).toEqual([
			{ path: 'People/Marta Sousa.md', name: 'Marta Sousa', met: 'DevTools Summit' },
			{ path: 'People/Yusuf Demir.md', name: 'Yusuf Demir', company: 'Northwind', role: 'EM', connected: '2024-03-18' },
		]);
	});

	it('are triaged by a tie, a cadence or a status, each on its own', () => {
		const v = vault()
			.contact('Strong', (c) => c.tie('strong'))
			.contact('Monthly', (c) => c.cadence('monthly'))
			.contact('Active', (c) => c.status('active'))
			.contact('Dormant', (c) => c.status('dormant'))
			.contact('New');
		const queue = queueOf(v);
		expect(queue.untriaged.map((p) => p.name)).toEqual(['New']);
		expect(rows(queue)).toEqual(['reconnect cadence Strong', 'reconnect cadence Active', 'reconnect cadence Monthly']);
	});

	it('still bring up everything they owe or are owed: follow-ups, a thank-you, a nudge, a report-back, remember items', () => {
		const v = vault()
			.contact('Ana Ruiz', (c) => c.tie('medium').lastContact('2026-11-01'))
			.contact('Jo Park', (c) =>
				c
					.introducedBy('Ana Ruiz')
					.interaction('2026-11-20 coffee: roles at Acme')
					.followUp('Send the deck 📅 2026-11-20')
					.followUp('Send the talk 📅 2026-11-25')
					.remember('Marathon 📅 2026-11-20')
					.birthday('11-23'),
			)
			.contact('Lee Wong', (c) => c.interaction('2026-11-10 email: asked about the role #asked #awaiting'));
		const queue = queueOf(v);
		expect(queue.untriaged.map((p) => p.name)).toEqual(['Jo Park', 'Lee Wong']);
		expect(rows(queue)).toEqual([
			'owed follow-up Jo Park',
			'owed thank-you Jo Park',
			'owed report-back Ana Ruiz',
			'awaiting nudge Lee Wong',
			'remember remember Jo Park',
			'remember birthday Jo Park',
			'upcoming follow-up Jo Park',
		]);
	});

	it('with triage off, use the medium cadence as before, and none is listed', () => {
		const v = vault()
			.contact('New')
			.contact('Seen', (c) => c.lastContact('2026-11-18'))
			.with((s) => (s.triageNewPeople = false));
		const queue = queueOf(v);
		expect(queue.untriaged).toEqual([]);
		expect(rows(queue)).toEqual(['reconnect cadence New']);
		expect(reasonOf(queue, 'New')).toBe('never in touch · every 90d');
	});

	it('is on by default, and a setting that is no yes or no reads as on', () => {
		expect(defaultSettings().triageNewPeople).toBe(true);
		expect(migrateSettings({ triageNewPeople: 'no' }).triageNewPeople).toBe(true);
		expect(migrateSettings({ triageNewPeople: false }).triageNewPeople).toBe(false);
	});

	it('are not those whose properties do not parse: whether they have a tie is not known', () => {
		const v = vault().note('People/Broken', '---\ntie: strong\n\tcadence: x\n---\n');
		expect(queueOf(v).untriaged).toEqual([]);
	});

	it('leave the queue once triaged: a tie written gives them a cadence row', async () => {
		const v = vault().contact('Mia Chen').contact('Jo Park').contact('Lee Wong');
		const store = new MemoryStore(Object.fromEntries(v.files));
		const before = Object.fromEntries(store.notes);
		const actions = actionsOn(store, v, TODAY);
		const outcome = await actions.triage([
			{ path: 'People/Mia Chen.md', tie: 'strong' },
			{ path: 'People/Jo Park.md', tie: 'dormant' },
			{ path: 'People/Lee Wong.md', tie: 'weak' },
		]);
		expect(outcome).toMatchObject({ ok: true, message: 'Triaged 3 people: 1 strong, 1 weak, 1 dormant' });
		expect(store.notes.get('People/Mia Chen.md')).toBe('---\ntype: contact\ntie: strong\n---\n\n');
		expect(store.notes.get('People/Jo Park.md')).toBe('---\ntype: contact\nstatus: dormant\n---\n\n');
		for (const [path, text] of store.notes) v.note(path, text);
		const queue = queueOf(v);
		expect(queue.untriaged).toEqual([]);
		expect(rows(queue)).toEqual(['reconnect cadence Mia Chen', 'reconnect cadence Lee Wong']);
		// One step: one undo puts all three back.
		await actions.undo();
		expect(Object.fromEntries(store.notes)).toEqual(before);
	});

	it('writes nothing when one of the notes refuses, and says which', async () => {
		const v = vault().contact('Mia Chen').note('People/Broken', '---\ntype: contact\n\tx: y\n---\n');
		const store = new MemoryStore(Object.fromEntries(v.files));
		const before = Object.fromEntries(store.notes);
		const outcome = await actionsOn(store, v, TODAY).triage([
			{ path: 'People/Mia Chen.md', tie: 'strong' },
			{ path: 'People/Broken.md', tie: 'weak' },
		]);
		expect(outcome.ok).toBe(false);
		expect(outcome.problems).toEqual([expect.stringMatching(/^People\/Broken\.md: its properties don't parse/)]);
		expect(Object.fromEntries(store.notes)).toEqual(before);
	});
});

describe('where you met', () => {
	const strong = (met: string) => (c: ContactBuilder) => c.tie('strong').prop('met', JSON.stringify(`[[${met}]]`));

	it('is their first contact when it links an event note with a date, and the reason says so', () => {
		const v = vault()
			.contact('Marta Sousa', strong('KubeCon'))
			.note('Events/KubeCon', '---\ntype: event\ndate: 2026-10-14\n---\nTwo days in Lisbon.');
		const queue = queueOf(v);
		expect(reasonOf(queue, 'Marta Sousa')).toBe('overdue 8d · every 30d · no contact since you met at KubeCon, 14 Oct');
		expect(v.index().timeline('People/Marta Sousa.md')).toEqual([{ date: day('2026-10-14'), via: 'met', source: 'Events/KubeCon.md' }]);
	});

	it('is read from a daily note, a meeting note, or a note whose name starts with its date', () => {
		const v = vault()
			.contact('By Daily', strong('2026-10-20'))
			.daily('2026-10-20', '- Long day at the meetup')
			.contact('By Meeting', strong('Platform guild'))
			.note('Meetings/Platform guild', '---\ntype: meeting\ndate: 2026-10-21\npeople: ["[[Someone Else]]"]\n---\n')
			.contact('By Name', strong('2026-10-22 Product Circle Berlin'))
			.note('Notes/2026-10-22 Product Circle Berlin', 'Talks and beer.')
			.contact('Not Made Yet', strong('2026-10-23'));
		const queue = queueOf(v);
		expect(reasonOf(queue, 'By Daily')).toBe('overdue 2d · every 30d · no contact since you met on 20 Oct');
		expect(reasonOf(queue, 'By Meeting')).toBe('overdue 1d · every 30d · no contact since you met at Platform guild, 21 Oct');
		expect(reasonOf(queue, 'By Name')).toBe('due today · every 30d · no contact since you met at Product Circle Berlin, 22 Oct');
		// A daily note not made yet is still named by its day.
		expect(v.index().timeline('People/Not Made Yet.md')).toEqual([{ date: day('2026-10-23'), via: 'met', source: '2026-10-23.md' }]);
	});

	it('says nothing when the note has no date: they stay never in touch, due now', () => {
		const v = vault()
			.contact('Marta Sousa', strong('KubeCon'))
			.note('Events/KubeCon', 'Two days in Lisbon.')
			.contact('Jo Park', strong('Nowhere'));
		const queue = queueOf(v);
		expect(reasonOf(queue, 'Marta Sousa')).toBe('never in touch · every 30d');
		expect(reasonOf(queue, 'Jo Park')).toBe('never in touch · every 30d');
	});

	it('is not counted twice when the meeting note lists them, and a later contact is the last one', () => {
		const v = vault()
			.contact('Priya Nair', (c) => strong('Summit')(c).interaction('2026-10-20 email: the deck'))
			.meeting('Summit', '2026-10-14', ['Priya Nair']);
		const timeline = v.index().timeline('People/Priya Nair.md');
		expect(timeline.map((e) => `${e.via} ${e.source}`)).toEqual(['log People/Priya Nair.md', 'meeting Meetings/Summit.md']);
		expect(reasonOf(queueOf(v), 'Priya Nair')).toBe('overdue 2d · every 30d · last: email 20 Oct');
	});

	it('is ahead, not contact, when the event is still to come', () => {
		const v = vault().contact('Marta Sousa', strong('2026-12-01 Summit')).note('2026-12-01 Summit', 'Plans.');
		expect(reasonOf(queueOf(v), 'Marta Sousa')).toBe('never in touch · every 30d');
	});
});
