// The plugin's writes through the actions over Vault.process: only the intended lines
// change, several notes are one undo step, undo refuses a note changed since, quick writes
// both land, and a note whose properties do not parse is refused by name with nothing written.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App, Notice, parseYaml } from 'obsidian-test-mocks/obsidian';
import type { ActionContext } from '../../src/actions/context';
import type { ContactWrite } from '../../src/domain/contactWrites';
import { Draft } from '../../src/actions/changes';
import { planWrites } from '../../src/actions/contactEdits';
import { datedNoteMatcher } from '../../src/domain/datedNotes';
import { defaultSettings } from '../../src/domain/settings';
import { ContactIndex } from '../../src/index/contactIndex';
import { formatDate } from '../../src/obsidian/dates';
import { PluginWrites } from '../../src/obsidian/pluginWrites';
import { day } from '../builders';

const SAM = 'People/Sam Rivera.md';
const JO = 'People/Jo Park.md';
const NOTE =
	'---\ntype: contact\naliases: [Sam]   # from work\ncompany: Acme\nlast_contact: ' +
	'2026-10-02\ntie: strong\n---\n## Interactions\n- 2026-10-02 coffee: reorg\n';

interface Setup {
	app: App;
	writer: PluginWrites;
	notices: (string | DocumentFragment)[];
	/** One write on each note, as one action, reported as the plugin reports it. */
	write: (paths: readonly string[], write: ContactWrite) => Promise<boolean>;
}

function setup(files: Record<string, string> = { [SAM]: NOTE, [JO]: '---\ntie: weak\n---\n' }): Setup {
	const app = App.createConfigured__({ files });
	const notices: (string | DocumentFragment)[] = [];
	vi.spyOn(Notice.prototype, 'constructor__').mockImplementation((message: string | DocumentFragment) => {
		notices.push(message);
	});
	const settings = defaultSettings();
	const context = (store: ActionContext['store']): ActionContext => ({
		store,
		index: new ContactIndex(settings, datedNoteMatcher('', 'YYYY-MM-DD')),
		settings,
		today: day('2026-11-21'),
		time: '09:00',
		formatDate,
		parseYaml,
		properties: () => undefined,
	});
	const writer = new PluginWrites(app.asOriginalType__(), context);
	const write = async (paths: readonly string[], one: ContactWrite): Promise<boolean> => {
		const outcome = await writer.report(
			writer.runner.perform(() => {
				const ctx = context(writer.runner.store);
				return planWrites(
					ctx,
					new Draft(ctx.store),
					paths.map((path) => ({ path, write: one })),
				);
			}),
		);
		return outcome.ok && outcome.step !== undefined;
	};
	return { app, writer, notices, write };
}

afterEach(() => {
	vi.restoreAllMocks();
});

const said = (notice: string | DocumentFragment | undefined): string => (typeof notice === 'string' ? notice : (notice?.textContent ?? ''));

async function text(app: App, path = SAM): Promise<string> {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no ${path}`);
	return app.vault.read(file);
}

describe("the plugin's writes", () => {
	it('logs an interaction, changing only its own lines, and says what it did', async () => {
		const { app, write, notices } = setup();
		await write([SAM], { op: 'log', entry: { date: day('2026-11-21'), kind: 'call', summary: 'Offer chat', asked: true } });
		expect(await text(app)).toBe(
			NOTE.replace('last_contact: 2026-10-02', 'last_contact: 2026-11-21').replace(
				'## Interactions\n',
				'## Interactions\n- 2026-11-21 call: Offer chat #asked\n',
			),
		);
		expect(said(notices[0])).toBe('Sam Rivera: logged call on 21 NovUndo');
	});

	it('undoes a write from the Notice, and a bulk write as one step from the command', async () => {
		const { app, writer, write, notices } = setup();
		const jo = await text(app, JO);
		await write([SAM], { op: 'dormant' });
		(notices[0] as DocumentFragment).querySelector('button')?.click();
		await vi.waitFor(async () => expect(await text(app)).toBe(NOTE));

		await write([SAM, JO], { op: 'snooze', until: day('2026-12-01') });
		expect(await text(app, JO)).toContain('next_follow_up: 2026-12-01');
		expect(await writer.undo()).toBe(true);
		expect(await text(app)).toBe(NOTE);
		expect(await text(app, JO)).toBe(jo);
		expect(await writer.undo()).toBe(false);
		expect(said(notices[notices.length - 1])).toBe('Rapport: nothing to undo.');
	});

	it('makes a note and logs on it and another in one step, undone at once from its Notice', async () => {
		const { app, writer, notices } = setup();
		const ana = 'People/Ana Ruiz.md';
		await writer.report(
			writer.actions.log({
				people: [{ name: 'Ana Ruiz' }, { name: 'Sam Rivera', path: SAM }],
				entry: { date: day('2026-11-21'), kind: 'event' },
			}),
		);
		expect(await text(app, ana)).toContain('- 2026-11-21 event\n');
		expect(notices.map(said)).toEqual(['Logged event for 2 contacts: Ana Ruiz, Sam Rivera; new contact: Ana RuizUndo']);
		(notices[0] as DocumentFragment).querySelector('button')?.click();
		await vi.waitFor(async () => expect(await text(app)).toBe(NOTE));
		expect(app.vault.getFileByPath(ana)).toBeNull();
		expect(said(notices.at(-1))).toBe('Undone: Logged event for 2 contacts: Ana Ruiz, Sam Rivera; new contact: Ana Ruiz');
	});

	it('undoes newest first, each step on its own, a write made between them kept until its turn', async () => {
		const { app, writer, write } = setup();
		const ana = 'People/Ana Ruiz.md';
		await writer.report(writer.actions.newContact({ name: 'Ana Ruiz' }));
		const made = await text(app, ana);
		await write([ana], { op: 'tag', tag: 'client' });
		const tagged = await text(app, ana);
		await write([ana, SAM], { op: 'log', entry: { date: day('2026-11-21'), kind: 'event' } });
		// The newest step is the log: undone first, it leaves the tag and the note.
		expect(await writer.undo()).toBe(true);
		expect(await text(app)).toBe(NOTE);
		expect(await text(app, ana)).toBe(tagged);
		// Then the tag, then the creation.
		expect(await writer.undo()).toBe(true);
		expect(await text(app, ana)).toBe(made);
		expect(await writer.undo()).toBe(true);
		expect(app.vault.getFileByPath(ana)).toBeNull();
	});

	it('refuses to undo over an edit made since, and leaves that edit alone', async () => {
		const { app, writer, write, notices } = setup();
		await write([SAM], { op: 'dormant' });
		const file = app.vault.getFileByPath(SAM);
		if (!file) throw new Error('no Sam');
		await app.vault.process(file, (t) => `${t}- a line typed since\n`);
		const edited = await text(app);
		expect(await writer.undo()).toBe(false);
		expect(await text(app)).toBe(edited);
		expect(said(notices[notices.length - 1])).toMatch(
			/^Rapport can't undo ".*": People\/Sam Rivera\.md changed since\. Nothing was undone, and it is off the undo list\.$/,
		);
	});

	it('undoes a step of several notes all or none: one changed since, none is put back', async () => {
		const { app, writer, write } = setup();
		await write([SAM, JO], { op: 'dormant' });
		const sam = await text(app);
		const jo = app.vault.getFileByPath(JO);
		if (!jo) throw new Error('no Jo');
		await app.vault.process(jo, (t) => `${t}typed since\n`);
		const joEdited = await text(app, JO);
		expect(await writer.undo()).toBe(false);
		expect(await text(app)).toBe(sam);
		expect(await text(app, JO)).toBe(joEdited);
	});

	it('takes a step it cannot undo off the list, so the next undo reaches the one before', async () => {
		const { app, writer, write, notices } = setup();
		await write([SAM], { op: 'snooze', until: day('2026-12-01') });
		const snoozed = await text(app);
		await write([SAM], { op: 'dormant' });
		const file = app.vault.getFileByPath(SAM);
		if (!file) throw new Error('no Sam');
		// Dormant by hand, then undone by hand: the note no longer reads as Rapport left it.
		await app.vault.process(file, (t) => t.replace('status: dormant\n', ''));
		expect(await text(app)).toBe(snoozed);
		expect(await writer.undo()).toBe(false);
		expect(said(notices[notices.length - 1])).toMatch(/off the undo list\. Undo last change now goes to the change before it\.$/);
		// The snooze, older, is undone now instead of the same refusal again.
		expect(await writer.undo()).toBe(true);
		expect(await text(app)).toBe(NOTE);
	});

	it('lands two writes made in quick succession to one note', async () => {
		const { app, write } = setup();
		await Promise.all([write([SAM], { op: 'snooze', until: day('2026-12-01') }), write([SAM], { op: 'tag', tag: 'client' })]);
		const written = await text(app);
		expect(written).toContain('next_follow_up: 2026-12-01\n');
		expect(written).toContain('tags:\n  - client\n');
	});

	it('lands a log and a follow-up ticked right after it, though the log moved the follow-up down', async () => {
		const note = `${NOTE}\n## Follow-ups\n- [ ] Send the deck 📅 2026-11-20\n`;
		const { app, write } = setup({ [SAM]: note });
		// Where the queue saw the follow-up, before the log wrote a line above it.
		const line = note.split('\n').indexOf('- [ ] Send the deck 📅 2026-11-20');
		const [logged, done] = await Promise.all([
			write([SAM], { op: 'log', entry: { date: day('2026-11-21'), kind: 'call' } }),
			write([SAM], { op: 'complete', line, text: 'Send the deck', due: day('2026-11-20') }),
		]);
		expect(logged).toBe(true);
		expect(done).toBe(true);
		const written = await text(app);
		expect(written).toContain('## Interactions\n- 2026-11-21 call\n');
		expect(written).toContain('## Follow-ups\n- [x] Send the deck 📅 2026-11-20 ✅ 2026-11-21\n');
	});

	it('plans again when the note changes between the plan and the write, keeping that edit', async () => {
		const { app, writer, write } = setup();
		const store = writer.runner.store;
		const replace = store.replace.bind(store);
		// Typed in the editor while Rapport worked out the log.
		vi.spyOn(store, 'replace').mockImplementationOnce(async (path, expected, next) => {
			const file = app.vault.getFileByPath(path);
			if (file) await app.vault.process(file, (t) => `${t}- typed meanwhile\n`);
			return replace(path, expected, next);
		});
		expect(await write([SAM], { op: 'log', entry: { date: day('2026-11-21'), kind: 'call' } })).toBe(true);
		const written = await text(app);
		expect(written).toContain('- 2026-11-21 call\n');
		expect(written).toContain('- typed meanwhile\n');
	});

	it('puts back the notes written first when a later one fails, and says so', async () => {
		const { app, writer, write, notices } = setup();
		const store = writer.runner.store;
		const replace = store.replace.bind(store);
		vi.spyOn(store, 'replace').mockImplementation(async (path, expected, next) =>
			path === JO ? { ok: false, stale: false, reason: "can't be written (the disk is full)" } : replace(path, expected, next),
		);
		expect(await write([SAM, JO], { op: 'dormant' })).toBe(false);
		expect(await text(app)).toBe(NOTE);
		expect(said(notices.at(-1))).toBe(
			"People/Jo Park.md: can't be written (the disk is full); People/Sam Rivera.md was written first and put back, so nothing changed.",
		);
		expect(await writer.undo()).toBe(false);
	});

	it('refuses a note whose properties do not parse, names it, and writes nothing anywhere', async () => {
		const broken = '---\ncompany: "Acme\ntie: strong\n---\nbody\n';
		const { app, write, notices } = setup({ [SAM]: NOTE, 'People/Broken.md': 'placeholder' });
		// The fake's metadata cache throws on bad YAML at creation, so the text goes in quietly.
		(app.vault.adapter as unknown as { writeSync__(path: string, data: string): void }).writeSync__('People/Broken.md', broken);
		expect(await write([SAM, 'People/Broken.md'], { op: 'dormant' })).toBe(false);
		expect(await text(app, 'People/Broken.md')).toBe(broken);
		expect(await text(app)).toBe(NOTE);
		// One sentence naming the note, with the parser's first line at the note's line number.
		expect(notices.map(said)).toEqual([
			'People/Broken.md: its properties don\'t parse (line 3: missing closing "quote); nothing was written.',
		]);
	});

	it('writes nothing when the edit would change a property it does not own, and says which', async () => {
		// YAML reads `\t` in a quoted key as a tab: not last_contact, though a line edit sees it so.
		const odd = '---\ntype: contact\n"last_con\\tact": 2026-10-02\n---\n## Interactions\n';
		const { app, writer, write, notices } = setup({ [SAM]: odd });
		expect(await write([SAM], { op: 'log', entry: { date: day('2026-11-21'), kind: 'call' } })).toBe(false);
		expect(await text(app)).toBe(odd);
		expect(said(notices[0])).toBe("People/Sam Rivera.md: the edit would also change the property 'last_con\tact'; nothing was written.");
		expect(await writer.undo()).toBe(false);
	});

	it('creates a note once, never over an existing one, and undoes the creation', async () => {
		const { app, writer } = setup();
		expect((await writer.runner.store.create(SAM, 'new text')).ok).toBe(false);
		expect(await text(app)).toBe(NOTE);
		const made = await writer.report(writer.actions.newContact({ name: 'Ana Ruiz' }));
		expect(made.value?.path).toBe('People/Ana Ruiz.md');
		expect(await writer.undo()).toBe(true);
		expect(app.vault.getFileByPath('People/Ana Ruiz.md')).toBeNull();
	});
});
