// Code blocks and Obsidian's `%%` comments are read as nothing: no interaction, task,
// heading, link or tag in them counts, as in Obsidian, which leaves them out of its cache.
import { describe, expect, it } from 'vitest';
import { computeQueue } from '../../src/domain/queue';
import { day, vault, type VaultBuilder } from '../builders';

const TODAY = day('2026-11-21');
const SAM = 'People/Sam Rivera.md';

function last(v: VaultBuilder, path = SAM): number | undefined {
	return v.index().timeline(path)[0]?.date;
}

describe('a %% comment', () => {
	it('holds no interactions, follow-ups or headings', () => {
		const v = vault().note(
			'People/Sam Rivera',
			[
				'---',
				'type: contact',
				'---',
				'## Interactions',
				'- 2026-10-02 coffee: reorg',
				'%%',
				'- 2026-11-20 call: a draft, not sent',
				'## Follow-ups',
				'- [ ] Send the deck 📅 2026-11-20',
				'%%',
				'- 2026-09-01 email: hello',
				'',
			].join('\n'),
		);
		const sam = v.index().contact(SAM);
		expect(sam?.interactions.map((i) => i.summary)).toEqual(['reorg', 'hello']);
		expect(sam?.followUps).toEqual([]);
	});

	it('left open, runs to the end of the note', () => {
		const v = vault()
			.contact('Sam Rivera', (c) => c.interaction('2026-10-02 coffee: reorg').body('%% notes for later'))
			.daily('2026-11-20', 'Lunch.\n%%\n- [x] Called [[Sam Rivera]]\n');
		expect(
			v
				.index()
				.contact(SAM)
				?.interactions.map((i) => i.summary),
		).toEqual([]);
		expect(last(v)).toBeUndefined();
	});

	it('inline, hides its links and tags but not the rest of the line', () => {
		const v = vault()
			.contact('Sam Rivera')
			.contact('Jo Park')
			.daily('2026-11-20', '- Lunch with [[Sam Rivera]] %%and [[Jo Park]], who left early%%')
			.note('Notes/Meetup', 'Met Ana %%#contact%% at the meetup');
		const index = v.index();
		expect(last(v)).toBe(day('2026-11-20'));
		expect(index.timeline('People/Jo Park.md')).toEqual([]);
		expect(index.contacts().map((c) => c.name)).toEqual(['Jo Park', 'Sam Rivera']);
	});

	it('in a code span is text', () => {
		const v = vault().contact('Sam Rivera').daily('2026-11-20', 'Typed `%%` in the editor\n- Coffee with [[Sam Rivera]]');
		expect(last(v)).toBe(day('2026-11-20'));
	});

	it('in a code block opens nothing', () => {
		const v = vault().contact('Sam Rivera').daily('2026-11-20', '```\n%%\n```\n- Coffee with [[Sam Rivera]]');
		expect(last(v)).toBe(day('2026-11-20'));
	});
});

describe('a code block left open', () => {
	it('runs to the end of the note', () => {
		const v = vault().contact('Sam Rivera', (c) => c.body('```\n## Follow-ups\n- [ ] Send the deck 📅 2026-11-20'));
		expect(v.index().contact(SAM)?.followUps).toEqual([]);
		expect(
			computeQueue(v.index(), TODAY, v.settings)
				.sections.flatMap((s) => s.items)
				.filter((i) => i.kind === 'follow-up'),
		).toEqual([]);
	});
});
