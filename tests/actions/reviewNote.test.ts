// The self-rating saved into today's review note: only its rating properties change, and a
// note whose properties don't parse is refused by name, with nothing written.
import { describe, expect, it } from 'vitest';
import { selfRating } from '../../src/domain/review/selfRating';
import { day, vault } from '../builders';
import { MemoryStore, actionsOn } from './memoryStore';

const TODAY = day('2026-11-21');
const PATH = 'Reviews/Network review 2026-11-21.md';

describe('Save rating', () => {
	it("sets the rating's properties in today's review note and leaves the rest as written", async () => {
		const note = '---\ntype: review\nmood: good # mine\n---\nMy words.\n';
		const store = new MemoryStore({ [PATH]: note });
		const outcome = await actionsOn(store, vault(), TODAY).saveRating({ ratings: [] }, selfRating(TODAY, ['trust', 'future']));
		expect(outcome.ok).toBe(true);
		expect(store.notes.get(PATH)).toBe(
			'---\ntype: review\nmood: good # mine\nself_rating: 2\nself_rating_yes: [trust, future]\ndate: 2026-11-21\n---\nMy words.\n',
		);
	});

	it('refuses a review note whose properties do not parse, naming it', async () => {
		const note = '---\ntype: [review\n---\nMy words.\n';
		const store = new MemoryStore({ [PATH]: note });
		const outcome = await actionsOn(store, vault(), TODAY).saveRating({ ratings: [] }, selfRating(TODAY, ['trust']));
		expect(outcome.ok).toBe(false);
		expect(outcome.message).toMatch(/^Reviews\/Network review 2026-11-21\.md: .*fix its properties, then save again$/);
		expect(store.notes.get(PATH)).toBe(note);
	});

	it('refuses a review folder outside the vault', async () => {
		const store = new MemoryStore();
		const v = vault().with((s) => (s.reviewFolder = '../Elsewhere'));
		const outcome = await actionsOn(store, v, TODAY).reviewNote({ ratings: [] });
		expect(outcome.message).toBe("the review folder '../Elsewhere' is outside the vault; nothing was written");
		expect(store.notes.size).toBe(0);
	});
});
