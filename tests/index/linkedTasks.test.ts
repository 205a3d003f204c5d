// A dated open task anywhere in the vault that links a contact is their follow-up: in a
// daily note, a project note, a meeting note they were not at. It comes up in Owed and
// Upcoming naming its note, ticking it there closes it, and the index keeps it current
// one changed note at a time.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/cli/frontmatter';
import { applyWrite } from '../../src/domain/contactWrites';
import { computeQueue, type QueueItem, type SectionId } from '../../src/domain/queue';
import { followUpTaskOf } from '../../src/domain/snooze';
import { day, vault, type VaultBuilder } from '../builders';

const TODAY = '2026-11-21';
const SAM = 'People/Sam Rivera.md';
const JO = 'People/Jo Park.md';

function people(): VaultBuilder {
	return vault()
		.contact('Sam Rivera', (c) => c.tie('strong').lastContact('2026-11-20').aliases('Sammy'))
		.contact('Jo Park', (c) => c.lastContact('2026-11-20'));
}

function rows(v: VaultBuilder, id: SectionId, today = TODAY): QueueItem[] {
	return (computeQueue(v.index(), day(today), v.settings).sections.find((s) => s.id === id)?.items ?? []).filter(
		(i) => i.kind === 'follow-up',
	);
}

const said = (items: QueueItem[]): string[] => items.map((i) => `${i.name}: ${i.reason}`);

describe('a dated open task that links a contact', () => {
	it('is their follow-up in a daily or project note: owed when due, upcoming before, naming its note', () => {
		const v = people()
			.daily('2026-11-18', '- Lunch\n- [ ] Send [[Sam Rivera]] the deck 📅 2026-11-21')
			.note('Projects/Launch', '# Launch\n- [ ] Ask [[Jo Park]] for the venue list [due:: 2026-11-24]');
		expect(said(rows(v, 'owed'))).toEqual(['Sam Rivera: Send [[Sam Rivera]] the deck · due today · from 2026-11-18']);
		expect(said(rows(v, 'upcoming'))).toEqual(['Jo Park: Ask [[Jo Park]] for the venue list · due in 3d · from Launch']);
		const [deck] = rows(v, 'owed');
		expect([deck?.path, deck?.source, deck?.line, deck?.task]).toEqual([SAM, 'Daily/2026-11-18.md', 1, 'Send [[Sam Rivera]] the deck']);
	});

	it('is not one when undated, ticked, cancelled, quoted, embedded, or linking nobody known', () => {
		const v = people().daily(
			'2026-11-18',
			[
				'- [ ] Call [[Sam Rivera]] sometime',
				'- [x] Sent [[Sam Rivera]] the deck 📅 2026-11-20',
				'- [-] Dropped [[Sam Rivera]] 📅 2026-11-20',
				'> - [ ] Quoted [[Sam Rivera]] 📅 2026-11-20',
				'- [ ] Look at ![[Sam Rivera]] 📅 2026-11-20',
				'- [ ] Ask [[Nobody Known]] 📅 2026-11-20',
			].join('\n'),
		);
		expect(rows(v, 'owed')).toEqual([]);
	});

	it('reaches them by an alias or a path, and linking two people is one row for both', () => {
		const v = people()
			.daily('2026-11-18', '- [ ] Ping [[Sammy]] 📅 2026-11-20\n- [ ] Intro [[People/Jo Park|Jo]] to [[Sam Rivera]] 📅 2026-11-21')
			.note('Projects/Launch', '- [ ] Ask [[../People/Jo Park]] 📅 2026-11-19');
		const owed = rows(v, 'owed');
		expect(said(owed)).toEqual([
			'Jo Park: Ask [[../People/Jo Park]] · overdue 2d · from Launch',
			'Sam Rivera: Ping [[Sammy]] · overdue 1d · from 2026-11-18',
			'Jo Park, Sam Rivera: Intro [[People/Jo Park|Jo]] to [[Sam Rivera]] · due today · from 2026-11-18',
		]);
		expect(owed[2]?.people).toEqual([
			{ name: 'Jo Park', path: JO },
			{ name: 'Sam Rivera', path: SAM },
		]);
	});

	it("in a contact's note is that contact's follow-up only", () => {
		const v = people().contact('Mia Chen', (c) => c.lastContact('2026-11-20').followUp('Introduce Mia to [[Sam Rivera]] 📅 2026-11-21'));
		expect(said(rows(v, 'owed'))).toEqual(['Mia Chen: Introduce Mia to [[Sam Rivera]] · due today']);
	});

	it('closes when ticked in its note, as the queue ticks it', () => {
		const v = people().daily('2026-11-18', '- Lunch\n- [ ] Send [[Sam Rivera]] the deck 📅 2026-11-21');
		const task = followUpTaskOf(rows(v, 'owed')[0] as QueueItem);
		if (!task) throw new Error('no task to tick');
		const ticked = applyWrite(v.files.get(task.path) ?? '', { op: 'complete', ...task }, v.settings, day(TODAY), parseYaml);
		if (!ticked.ok) throw new Error(ticked.reason);
		v.note(task.path, ticked.text);
		expect(v.files.get('Daily/2026-11-18.md')).toBe('- Lunch\n- [x] Send [[Sam Rivera]] the deck 📅 2026-11-21 ✅ 2026-11-21');
		expect(rows(v, 'owed')).toEqual([]);
	});

	it('that thanks them stands for the thank-you the queue would ask after a coffee', () => {
		const v = vault()
			.contact('Sam Rivera', (c) => c.interaction('2026-11-20 coffee: roadmap'))
			.daily('2026-11-20', '- [ ] Thank [[Sam Rivera]] for the coffee 📅 2026-11-22');
		const owed = computeQueue(v.index(), day(TODAY), v.settings).sections.find((s) => s.id === 'owed')?.items ?? [];
		expect(owed.map((i) => i.kind)).toEqual([]);
		expect(said(rows(v, 'upcoming'))).toEqual(['Sam Rivera: Thank [[Sam Rivera]] for the coffee · due in 1d · from 2026-11-20']);
	});

	it('in a meeting note they were not at is theirs; at it, the attendees named', () => {
		const v = people()
			.contact('Ana Ruiz', (c) => c.lastContact('2026-11-20'))
			.meeting('2026-11-20 Sync', '2026-11-20', ['Sam Rivera'], '- [ ] Send [[Ana Ruiz]] the notes 📅 2026-11-21');
		expect(said(rows(v, 'owed'))).toEqual(['Ana Ruiz: Send [[Ana Ruiz]] the notes · due today · from 2026-11-20 Sync']);
	});
});

describe('the index, after a note with linked tasks changes', () => {
	it('works out again only the contacts its old and new task links name', () => {
		const v = people()
			.contact('Mia Chen', (c) => c.lastContact('2026-11-20'))
			.daily('2026-11-18', '- [ ] Send [[Sam Rivera]] the deck 📅 2026-11-21');
		const index = v.index();
		const computed: string[] = [];
		const counting = {
			contacts: () => index.contacts(),
			timeline: (path: string) => index.timeline(path),
			resolve: (target: string) => index.resolve(target),
			linkedFollowUps: (path: string) => index.linkedFollowUps(path),
			memo: <T>(path: string, today: number, compute: () => T): T => index.memo(path, today, () => (computed.push(path), compute())),
		};
		computeQueue(counting, day(TODAY), v.settings);
		computed.length = 0;
		// The task moves from Sam to Jo: both are worked out again, Mia is not.
		v.daily('2026-11-18', '- [ ] Send [[Jo Park]] the deck 📅 2026-11-21');
		index.update(v.source(), 'Daily/2026-11-18.md');
		const queue = computeQueue(counting, day(TODAY), v.settings);
		expect(computed.sort()).toEqual([JO, SAM]);
		expect(said(queue.sections.find((s) => s.id === 'owed')?.items ?? [])).toEqual([
			'Jo Park: Send [[Jo Park]] the deck · due today · from 2026-11-18',
		]);
		// Removing the note takes the follow-up with it.
		computed.length = 0;
		index.remove('Daily/2026-11-18.md');
		expect(computeQueue(counting, day(TODAY), v.settings).sections.find((s) => s.id === 'owed')?.items).toEqual([]);
		expect(computed).toEqual([JO]);
	});
});
