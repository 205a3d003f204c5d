// The index memoises each contact's queue items and drops them when anything they were
// computed from changes. After any series of edits, the queue must be exactly the one
// a fresh index over the same notes gives.
import { describe, expect, it } from 'vitest';
import { datedNoteMatcher } from '../../src/domain/datedNotes';
import { addDays } from '../../src/domain/day';
import { computeQueue } from '../../src/domain/queue';
import { ContactIndex } from '../../src/index/contactIndex';
import { day, vault, type VaultBuilder } from '../builders';
import { applyEdit, deleteOrRename, pick, random, type Edit } from '../randomEdits';

const NAMES = ['Sam Rivera', 'Jo Park', 'Mia Chen', 'Lee Wong', 'Ana Ruiz', 'Kofi Mensah'];
const KINDS = ['coffee', 'call', 'email #asked #awaiting', 'email: following up #nudge', 'intro', 'video'];
const TODAY = day('2026-11-21');
// A meeting's tasks: naming nobody (everyone's), an attendee by first name or alias, or linking someone.
const TASKS = ['Send a thank-you', 'Send the deck', 'Send Jo the deck', 'Thank Sammy', 'Ask [[Mia Chen]] for the intro', 'Call Lee'];

function date(rng: () => number): string {
	return new Date((TODAY - Math.floor(rng() * 40)) * 86_400_000).toISOString().slice(0, 10);
}

/** One random edit to the vault; returns the paths it changed, created or removed. */
function edit(v: VaultBuilder, rng: () => number): Edit {
	const name = pick(rng, NAMES);
	const roll = rng();
	if (roll < 0.3) {
		// A daily note, or a project note: a dated open task linking someone is their follow-up.
		const path = rng() < 0.75 ? `Daily/${date(rng)}.md` : `Projects/${pick(rng, ['Launch', 'Hiring'])}.md`;
		const links = Array.from(
			{ length: 1 + Math.floor(rng() * 3) },
			() =>
				`- ${pick(rng, ['', '[ ] ', '[x] '])}with [[${pick(rng, [...NAMES, 'Sammy', 'JP'])}]]` +
				`${rng() < 0.4 ? ` and [[${pick(rng, NAMES)}]] 📅 ${date(rng)}` : ''}`,
		);
		v.note(path, links.join('\n'));
		return { changed: [path], removed: [] };
	}
	if (roll < 0.65) {
		const path = `People/${name}.md`;
		v.contact(name, (c) => {
			if (rng() < 0.5) c.interaction(`${date(rng)} ${pick(rng, KINDS)}`);
			if (rng() < 0.3) c.introducedBy(pick(rng, NAMES));
			if (rng() < 0.3) c.aliases(pick(rng, ['Sammy', 'JP', 'Mimi']));
			if (rng() < 0.3) c.tie(pick(rng, ['strong', 'medium', 'weak']));
			if (rng() < 0.2) c.status(pick(rng, ['active', 'dormant']));
			if (rng() < 0.2) c.followUp(`Send the notes 📅 ${date(rng)}`);
			// Where they met: a daily note, an event note, or a dated name with no note.
			if (rng() < 0.3) c.prop('met', `"[[${pick(rng, [date(rng), 'Summit', `${date(rng)} Meetup`, `Events/Summit`])}]]"`);
			if (rng() < 0.2) c.followUp(`Follow up from [[${date(rng)} ${pick(rng, NAMES)}]] 🛫 ${date(rng)} 📅 ${date(rng)}`);
			return c;
		});
		return { changed: [path], removed: [] };
	}
	if (roll < 0.7) {
		// The event people met at: its date moves, or it has none.
		const path = pick(rng, ['Events/Summit.md', `Events/${date(rng)} Meetup.md`]);
		v.note(path, rng() < 0.7 ? `---\ndate: ${date(rng)}\n---\nTalks.` : 'Talks.');
		return { changed: [path], removed: [] };
	}
	if (roll < 0.75) {
		const path = `Meetings/${date(rng)} ${name}.md`;
		// Its tasks are follow-ups of its people; a thank-you among them stands for the queue's.
		const tasks = Array.from(
			{ length: Math.floor(rng() * 3) },
			() => `- ${pick(rng, ['[ ]', '[x]', '[-]'])} ${pick(rng, TASKS)}${rng() < 0.7 ? ` 📅 ${date(rng)}` : ''}`,
		);
		v.meeting(
			path.slice('Meetings/'.length, -3),
			path.slice(9, 19),
			[name, pick(rng, NAMES)],
			tasks.join('\n'),
			pick(rng, ['coffee-chat', 'introduction', 'informational-interview', undefined]),
		);
		return { changed: [path], removed: [] };
	}
	const existing = [...v.files.keys()].filter((p) => !p.startsWith('Daily/') || rng() < 0.5);
	const target = pick(rng, existing);
	return deleteOrRename(v, target, roll < 0.88, NAMES, rng, () => date(rng));
}

describe('the memoised queue', () => {
	it.each([1, 2, 3, 4, 5, 6, 7, 8])('equals a fresh index after 60 random edits (seed %i)', (seed) => {
		const rng = random(seed);
		const v = vault();
		for (const name of NAMES.slice(0, 4)) v.contact(name, (c) => c.interaction(`${date(rng)} coffee`));
		const index = new ContactIndex(v.settings, datedNoteMatcher('Daily', 'YYYY-MM-DD'));
		index.build(v.source());
		for (let step = 0; step < 60; step++) {
			const today = addDays(TODAY, Math.floor(step / 20));
			// Ask for the queue before the edit too, so memos exist to go stale.
			computeQueue(index, today, v.settings);
			const fresh = applyEdit(index, v, edit(v, rng));
			expect(computeQueue(index, today, v.settings), `seed ${seed}, step ${step}`).toEqual(computeQueue(fresh, today, v.settings));
		}
	});

	it('drops a report-back when the introducer is reached through an alias', () => {
		const v = vault()
			.contact('Sam Rivera', (c) => c.aliases('Sammy'))
			.contact('Jo Park', (c) => c.introducedBy('Sam Rivera').interaction('2026-11-18 coffee'));
		const index = v.index();
		const reportBacks = (): string[] =>
			computeQueue(index, TODAY, v.settings)
				.sections.flatMap((s) => s.items)
				.filter((i) => i.kind === 'report-back')
				.map((i) => i.name);
		expect(reportBacks()).toEqual(['Sam Rivera']);
		v.daily('2026-11-20', '- Told [[Sammy]] how it went with Jo');
		index.update(v.source(), 'Daily/2026-11-20.md');
		expect(reportBacks()).toEqual([]);
	});

	it('recomputes only the contacts an edit touched', () => {
		const v = vault()
			.contact('Sam Rivera')
			.contact('Jo Park', (c) => c.introducedBy('Sam Rivera').interaction('2026-11-18 coffee'))
			.contact('Mia Chen');
		const index = v.index();
		const computed: string[] = [];
		const counting = {
			contacts: () => index.contacts(),
			timeline: (path: string) => index.timeline(path),
			resolve: (target: string) => index.resolve(target),
			memo: <T>(path: string, today: number, compute: () => T): T => index.memo(path, today, () => (computed.push(path), compute())),
		};
		computeQueue(counting, TODAY, v.settings);
		expect(computed.sort()).toEqual(['People/Jo Park.md', 'People/Mia Chen.md', 'People/Sam Rivera.md']);
		computed.length = 0;
		// Sam is Jo's introducer: a note about Sam changes Jo's report-back too.
		v.daily('2026-11-20', '- Told [[Sam Rivera]] how it went with Jo');
		index.update(v.source(), 'Daily/2026-11-20.md');
		computeQueue(counting, TODAY, v.settings);
		expect(computed.sort()).toEqual(['People/Jo Park.md', 'People/Sam Rivera.md']);
	});
});
