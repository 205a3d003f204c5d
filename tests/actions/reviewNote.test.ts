// The self-rating saved into today's newest review note: only its rating properties change (and its
// self-rating section, while that is as Rapport wrote it), and a
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
		const outcome = await actionsOn(store, vault(), TODAY).saveRating(
			{ ratings: [], reviewNotes: [] },
			selfRating(TODAY, ['trust', 'future']),
		);
		expect(outcome.ok).toBe(true);
		expect(store.notes.get(PATH)).toBe(
			'---\ntype: review\nmood: good # mine\nself_rating: 2\nself_rating_yes: [trust, future]\ndate: 2026-11-21\n---\nMy words.\n',
		);
	});

	it("saves into the day's newest review note, the one with the highest number, and leaves the others as they are", async () => {
		const older = '---\ntype: review\n---\nFirst.\n';
		const notes = { [PATH]: older, 'Reviews/Network review 2026-11-21 2.md': '---\ntype: review\n---\nSecond.\n' };
		const store = new MemoryStore({ ...notes, 'Reviews/Network review 2026-11-20 3.md': '---\ntype: review\n---\n' });
		const outcome = await actionsOn(store, vault(), TODAY).saveRating(
			{ ratings: [], reviewNotes: [...store.notes.keys()] },
			selfRating(TODAY, ['trust']),
		);
		expect(outcome).toMatchObject({ ok: true, value: 'Reviews/Network review 2026-11-21 2.md' });
		expect(store.notes.get('Reviews/Network review 2026-11-21 2.md')).toContain('self_rating: 1\n');
		expect(store.notes.get(PATH)).toBe(older);
	});

	it('numbers a new review note past the highest of the day, so the newest stays the one made last', async () => {
		const store = new MemoryStore({ [PATH]: '# One\n', 'Reviews/Network review 2026-11-21 3.md': '# Three\n' });
		const actions = actionsOn(store, vault().contact('Sam Rivera'), TODAY);
		const made = await actions.reviewNote({ ratings: [], reviewNotes: [...store.notes.keys()] });
		expect(made).toMatchObject({ ok: true, value: 'Reviews/Network review 2026-11-21 4.md' });
		const saved = await actions.saveRating({ ratings: [], reviewNotes: [...store.notes.keys()] }, selfRating(TODAY, ['trust']));
		expect(saved.value).toBe('Reviews/Network review 2026-11-21 4.md');
	});

	it('writes no review note when there is no one to review, and says why', async () => {
		const store = new MemoryStore();
		const outcome = await actionsOn(store, vault(), TODAY).reviewNote({ ratings: [], reviewNotes: [] });
		expect(outcome).toMatchObject({ ok: false, message: 'there are no contacts to review yet; nothing was written' });
		expect([...store.notes.keys()]).toEqual([]);
	});

	it("ticks the note's own self-rating section to match, once written, and again when rated anew", async () => {
		const store = new MemoryStore();
		const actions = actionsOn(store, vault().contact('Sam Rivera'), TODAY);
		expect((await actions.reviewNote({ ratings: [], reviewNotes: [] })).ok).toBe(true);
		expect(store.notes.get(PATH)).toContain('Not rated in this review.');
		await actions.saveRating({ ratings: [], reviewNotes: [] }, selfRating(TODAY, ['trust', 'future']));
		const rated = store.notes.get(PATH) ?? '';
		expect(rated).toContain('- [x] People in my network trust me enough to tell me the truth\n- [ ] My network challenges me');
		expect(rated).toContain('Score 2 of 5: makeover.');
		expect(rated).not.toContain('Not rated');
		await actions.saveRating({ ratings: [], reviewNotes: [] }, selfRating(TODAY, ['trust', 'challenge', 'vibrant', 'future', 'connected']));
		expect(store.notes.get(PATH)).toContain('Score 5 of 5: great shape.');
		expect(store.notes.get(PATH)).not.toContain('- [ ] ');
	});

	it('leaves a self-rating section the user changed as they wrote it', async () => {
		const body =
			'## Self-rating\n\n- [ ] People in my network trust me enough to tell me the truth — not sure yet\n\nNot rated in this review.\n';
		const store = new MemoryStore({ [PATH]: `---\ntype: review\n---\n${body}` });
		await actionsOn(store, vault(), TODAY).saveRating({ ratings: [], reviewNotes: [] }, selfRating(TODAY, ['trust']));
		expect(store.notes.get(PATH)).toContain(body);
		expect(store.notes.get(PATH)).toContain('self_rating: 1');
	});

	it('leaves the checklist alone when one of its five questions was reworded', async () => {
		const store = new MemoryStore();
		const actions = actionsOn(store, vault().contact('Sam Rivera'), TODAY);
		await actions.reviewNote({ ratings: [], reviewNotes: [] });
		const reworded = (store.notes.get(PATH) ?? '').replace('My network feels vibrant and dynamic', 'My network feels vibrant (mostly)');
		store.notes.set(PATH, reworded);
		const saved = await actions.saveRating({ ratings: [], reviewNotes: [] }, selfRating(TODAY, ['trust', 'vibrant']));
		expect(saved.ok && saved.message).toBe(
			`Saved your self-rating, 2 of 5 (makeover), in ${PATH}; its self-rating section is not as Rapport wrote it, so it was left as it is`,
		);
		expect(store.notes.get(PATH)).toContain('- [ ] People in my network trust me enough to tell me the truth');
		expect(store.notes.get(PATH)).toContain('Not rated in this review.');
		expect(store.notes.get(PATH)).toContain('self_rating: 2');
	});

	it('refuses a review note whose properties do not parse, naming it', async () => {
		const note = '---\ntype: [review\n---\nMy words.\n';
		const store = new MemoryStore({ [PATH]: note });
		const outcome = await actionsOn(store, vault(), TODAY).saveRating({ ratings: [], reviewNotes: [] }, selfRating(TODAY, ['trust']));
		expect(outcome.ok).toBe(false);
		expect(outcome.message).toMatch(/^Reviews\/Network review 2026-11-21\.md: .*fix its properties, then save again$/);
		expect(store.notes.get(PATH)).toBe(note);
	});

	it('refuses a review folder outside the vault', async () => {
		const store = new MemoryStore();
		const v = vault().with((s) => (s.reviewFolder = '../Elsewhere'));
		const outcome = await actionsOn(store, v, TODAY).reviewNote({ ratings: [], reviewNotes: [] });
		expect(outcome.message).toBe("the review folder '../Elsewhere' is outside the vault; nothing was written");
		expect(store.notes.size).toBe(0);
	});
});
