// One action layer, two note stores: the same actions on the same vault leave the same
// bytes through the plugin's store (Vault.process on the in-memory app) and the CLI's
// (files on disk), and undoing every step gives the vault back as it was in both.
import { describe, expect, it } from 'vitest';
import { App, parseYaml } from 'obsidian-test-mocks/obsidian';
import type { Actions } from '../../src/actions/actions';
import type { NoteStore } from '../../src/actions/noteStore';
import { formatDate as cliDates } from '../../src/cli/dates';
import { DiskNoteStore } from '../../src/cli/diskNoteStore';
import type { DateFormatter } from '../../src/domain/dateFormat';
import { datedNoteMatcher } from '../../src/domain/datedNotes';
import { formatDate as pluginDates } from '../../src/obsidian/dates';
import { VaultNoteStore } from '../../src/obsidian/vaultNoteStore';
import { day, vault } from '../builders';
import { actionsOn } from '../actions/memoryStore';
import { filesOf, writeVault } from '../cli/tempVault';

const TODAY = day('2026-11-21');

const people = (): ReturnType<typeof vault> =>
	vault()
		.contact('Sam Rivera', (c) =>
			c.tie('strong').aliases('Sammy').interaction('2026-10-02 coffee: reorg').followUp('Send the talk link 📅 2026-11-20'),
		)
		.contact('Jo Park', (c) => c.tie('weak').lastContact('2026-04-01'))
		.note(
			'Meetings/Summit',
			'---\ntype: meeting\ndate: 2026-11-20\npeople: []\ntemplate: event\n---\n' +
				'# Summit\n## People met\n- [[Jo Park]]\n- Ben Adler — DevRel at Paylark\n',
		)
		.daily('2026-11-21', '- Plans for the day\n')
		// Each host writes the dates with its own moment: Obsidian's (the test fake's) and the package.
		.note('Templates/coffee-chat', '# {{title}}\n{{date:dddd Do MMMM YYYY, [week] W, [day] DDDD, [quarter] Q}} at {{time:h:mm a}}\n');

/** Runs the same actions, in order, through a store; returns how many steps were written. */
async function actOn(
	store: NoteStore,
	v: ReturnType<typeof people>,
	formatDate: DateFormatter,
): Promise<{ actions: Actions; steps: number }> {
	const actions = actionsOn(store, v, TODAY, {
		time: '09:30',
		formatDate,
		parseYaml,
		properties: (path) => (path === 'Meetings/Summit.md' ? { date: '2026-11-20' } : undefined),
		datedNotes: datedNoteMatcher(v.datedFolder, v.datedFormat),
	});
	const sam = { name: 'Sam Rivera', path: 'People/Sam Rivera.md' };
	const jo = { name: 'Jo Park', path: 'People/Jo Park.md' };
	const outcomes = [
		await actions.log({
			people: [sam, { name: 'Ana Ruiz' }],
			entry: { date: TODAY, kind: 'call', summary: 'Offer chat', asked: true, followUp: { text: 'Send the deck', due: TODAY + 7 } },
		}),
		await actions.meeting({ template: 'coffee-chat', people: [sam, jo], date: TODAY }),
		await actions.snooze(['People/Jo Park.md'], TODAY + 120),
		await actions.tag([sam.path], 'client'),
		await actions.completeFollowUp({
			path: sam.path,
			line: lineOf(await store.read(sam.path), '- [ ] Send the talk link'),
			text: 'Send the talk link',
			due: day('2026-11-20'),
		}),
		await actions.followUpPeopleMet('Meetings/Summit.md'),
		await actions.addReachOuts('Daily/2026-11-21.md', ['- [ ] [[Jo Park]]: reconnect']),
		await actions.markDormant([jo.path]),
		// The two made above are new: triaged at once, one step.
		await actions.triage([
			{ path: 'People/Ana Ruiz.md', tie: 'medium' },
			{ path: 'People/Ben Adler.md', tie: 'dormant' },
		]),
	];
	for (const outcome of outcomes) expect(outcome).toMatchObject({ ok: true, problems: [] });
	return { actions, steps: outcomes.filter((o) => o.step).length };
}

function lineOf(text: string | undefined, start: string): number {
	return (text ?? '').split('\n').findIndex((line) => line.startsWith(start));
}

async function appFiles(app: App): Promise<Record<string, string>> {
	const files: Record<string, string> = {};
	for (const file of app.vault.getFiles()) files[file.path] = await app.vault.read(file);
	return files;
}

describe('actions through either note store', () => {
	it('leave the same bytes in the plugin and the CLI, and undo back to the same vault', async () => {
		const v = people();
		const original = Object.fromEntries(v.files);
		const root = writeVault(v);
		const app = App.createConfigured__({ files: original });

		const disk = await actOn(new DiskNoteStore(root), v, cliDates);
		const plugin = await actOn(new VaultNoteStore(app.asOriginalType__()), v, pluginDates);
		const written = filesOf(root);
		expect(await appFiles(app)).toEqual(written);
		expect(written['Meetings/2026-11-21 Coffee chat with Sam Rivera and Jo Park.md']).toContain(
			'\nSaturday 21st November 2026, week 47, day 325, quarter 4 at 9:30 am\n',
		);
		expect(Object.keys(written).sort()).toEqual(
			[
				...Object.keys(original),
				'Meetings/2026-11-21 Coffee chat with Sam Rivera and Jo Park.md',
				'People/Ana Ruiz.md',
				'People/Ben Adler.md',
			].sort(),
		);
		expect(disk.steps).toBe(9);
		expect(plugin.steps).toBe(9);
		expect(written['People/Ben Adler.md']).toContain('\nstatus: dormant\n');

		for (let i = 0; i < 9; i++) {
			expect(await disk.actions.undo()).toMatchObject({ ok: true });
			expect(await plugin.actions.undo()).toMatchObject({ ok: true });
		}
		expect(filesOf(root)).toEqual(original);
		expect(await appFiles(app)).toEqual(original);
	});
});
