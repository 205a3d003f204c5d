// The action runner over any note store: all or nothing when a store refuses or throws, one
// re-plan when a note moved on, undo that never rejects, and new names made once.
import { describe, expect, it } from 'vitest';
import type { Actions } from '../../src/actions/actions';
import { vault } from '../builders';
import { actionsOn, MemoryStore } from './memoryStore';

const TODAY = 20_413;

function setup(): { store: MemoryStore; actions: Actions } {
	const v = vault()
		.contact('Sam Rivera', (c) => c.tie('strong'))
		.contact('Jo Park', (c) => c.tie('weak'));
	const store = new MemoryStore(Object.fromEntries(v.files));
	return { store, actions: actionsOn(store, v, TODAY) };
}

const SAM = { name: 'Sam Rivera', path: 'People/Sam Rivera.md' };
const JO = { name: 'Jo Park', path: 'People/Jo Park.md' };

describe('the action runner', () => {
	it('puts back what it wrote when the store throws on a later note, and says so', async () => {
		const { store, actions } = setup();
		const before = new Map(store.notes);
		store.beforeWrite = (call, path) => {
			if (call === 'replace' && path === JO.path) throw new Error('EBUSY: the file is busy');
		};
		const outcome = await actions.markDormant([SAM.path, JO.path]);
		expect(outcome.ok).toBe(false);
		expect(outcome.message).toBe(
			"People/Jo Park.md: can't be written (EBUSY: the file is busy); People/Sam Rivera.md was written first and put back, so nothing changed",
		);
		expect(store.notes).toEqual(before);
	});

	it('plans again once when a note changes under it, keeping that change, and refuses a second change', async () => {
		const { store, actions } = setup();
		let edits = 0;
		store.beforeWrite = (call, path) => {
			if (call === 'replace' && path === SAM.path && edits < 1) {
				edits++;
				store.notes.set(path, `${store.notes.get(path) ?? ''}typed meanwhile\n`);
			}
		};
		expect((await actions.markDormant([SAM.path])).ok).toBe(true);
		expect(store.notes.get(SAM.path)).toMatch(/status: dormant[\s\S]*typed meanwhile\n$/);

		store.beforeWrite = (call, path) => {
			if (call === 'replace' && path === JO.path) store.notes.set(path, `${store.notes.get(path) ?? ''}again\n`);
		};
		const refused = await actions.markDormant([JO.path]);
		expect(refused.ok).toBe(false);
		expect(refused.message).toBe(
			'People/Jo Park.md: changed since Rapport read it; nothing was written (it changed again while Rapport wrote it: try again)',
		);
		expect(store.notes.get(JO.path)).not.toContain('status: dormant');
	});

	it('says why an undo failed instead of rejecting, and leaves the notes as they are', async () => {
		const { store, actions } = setup();
		expect((await actions.markDormant([SAM.path])).ok).toBe(true);
		const dormant = store.notes.get(SAM.path);
		store.beforeWrite = () => {
			throw new Error('EIO: i/o error');
		};
		expect(await actions.undo()).toEqual({
			ok: false,
			message: expect.stringMatching(
				/^Rapport can't undo "Sam Rivera: marked dormant; it leaves the queue": People\/Sam Rivera\.md: can't be written \(EIO: i\/o error\); nothing was written\. It is off the undo list\.$/,
			) as string,
		});
		expect(store.notes.get(SAM.path)).toBe(dormant);
	});

	it('makes one note for two new names a file system may take for one', async () => {
		const { store, actions } = setup();
		const outcome = await actions.log({ people: [SAM, { name: 'Ana Ruiz' }, { name: 'ana ruiz' }], entry: { date: TODAY, kind: 'event' } });
		expect(outcome.ok).toBe(true);
		expect([...store.notes.keys()].filter((p) => p.toLowerCase() === 'people/ana ruiz.md')).toEqual(['People/Ana Ruiz.md']);
		expect(outcome.message).toBe('Logged event for 2 contacts: Sam Rivera, Ana Ruiz; new contact: Ana Ruiz');
	});
});
