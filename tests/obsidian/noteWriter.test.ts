// The plugin's writes through Vault.process: only the intended lines change, several notes
// are one undo step, undo refuses a note changed since, quick writes both land, and a note
// whose properties do not parse is refused by name with nothing written.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App, Notice } from 'obsidian-test-mocks/obsidian';
import { defaultSettings } from '../../src/domain/settings';
import { NoteWriter } from '../../src/obsidian/noteWriter';
import { day } from '../builders';

const SAM = 'People/Sam Rivera.md';
const JO = 'People/Jo Park.md';
const NOTE = '---\ntype: contact\naliases: [Sam]   # from work\ncompany: Acme\nlast_contact: 2026-10-02\ntie: strong\n---\n## Interactions\n- 2026-10-02 coffee: reorg\n';

function setup(files: Record<string, string> = { [SAM]: NOTE, [JO]: '---\ntie: weak\n---\n' }): { app: App; writer: NoteWriter; notices: (string | DocumentFragment)[] } {
	const app = App.createConfigured__({ files });
	const notices: (string | DocumentFragment)[] = [];
	vi.spyOn(Notice.prototype, 'constructor__').mockImplementation((message: string | DocumentFragment) => {
		notices.push(message);
	});
	const writer = new NoteWriter(app.asOriginalType__(), defaultSettings, () => day('2026-11-21'));
	return { app, writer, notices };
}

const said = (notice: string | DocumentFragment | undefined): string => (typeof notice === 'string' ? notice : (notice?.textContent ?? ''));

async function text(app: App, path = SAM): Promise<string> {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no ${path}`);
	return app.vault.read(file);
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe('the note writer', () => {
	it('logs an interaction, changing only its own lines, and says what it did', async () => {
		const { app, writer, notices } = setup();
		await writer.write([SAM], { op: 'log', entry: { date: day('2026-11-21'), kind: 'call', summary: 'Offer chat', asked: true } });
		expect(await text(app)).toBe(NOTE.replace('last_contact: 2026-10-02', 'last_contact: 2026-11-21').replace('## Interactions\n', '## Interactions\n- 2026-11-21 call: Offer chat #asked\n'));
		expect(said(notices[0])).toBe('Sam Rivera: logged call on 21 NovUndo');
	});

	it('undoes a write from the Notice, and a bulk write as one step from the command', async () => {
		const { app, writer, notices } = setup();
		const jo = await text(app, JO);
		await writer.write([SAM], { op: 'dormant' });
		(notices[0] as DocumentFragment).querySelector('button')?.click();
		await vi.waitFor(async () => expect(await text(app)).toBe(NOTE));

		await writer.write([SAM, JO], { op: 'snooze', until: day('2026-12-01') });
		expect(await text(app, JO)).toContain('next_follow_up: 2026-12-01');
		expect(await writer.undo()).toBe(true);
		expect(await text(app)).toBe(NOTE);
		expect(await text(app, JO)).toBe(jo);
		expect(await writer.undo()).toBe(false);
		expect(said(notices[notices.length - 1])).toBe('Rapport: nothing to undo.');
	});

	it("undoes a joined step from any of its parts' Notices", async () => {
		const { app, writer, notices } = setup();
		const made = await writer.create('People/Ana Ruiz.md', '---\ntie: weak\n---\n', { label: 'Created Ana' });
		const logged = await writer.write(['People/Ana Ruiz.md', SAM], { op: 'log', entry: { date: day('2026-11-21'), kind: 'event' } });
		writer.join([made?.step, logged]);
		// The first Notice, the creation's, still undoes everything.
		(notices[0] as DocumentFragment).querySelector('button')?.click();
		await vi.waitFor(async () => expect(await text(app)).toBe(NOTE));
		expect(app.vault.getFileByPath('People/Ana Ruiz.md')).toBeNull();
	});

	it('reports quiet parts once, under the label they are joined by, and undoes them under it', async () => {
		const { app, writer, notices } = setup();
		const made = await writer.create('People/Ana Ruiz.md', '---\ntie: weak\n---\n', { label: 'Created Ana', quiet: true });
		const logged = await writer.write(['People/Ana Ruiz.md', SAM], { op: 'log', entry: { date: day('2026-11-21'), kind: 'event' } }, { quiet: true });
		expect(notices).toEqual([]);
		writer.join([made?.step, logged], 'Met Ana Ruiz (new contact); logged on 2 people');
		expect(notices.map(said)).toEqual(['Met Ana Ruiz (new contact); logged on 2 peopleUndo']);
		(notices[0] as DocumentFragment).querySelector('button')?.click();
		await vi.waitFor(async () => expect(await text(app)).toBe(NOTE));
		expect(app.vault.getFileByPath('People/Ana Ruiz.md')).toBeNull();
		expect(said(notices.at(-1))).toBe('Undone: Met Ana Ruiz (new contact); logged on 2 people');
	});

	it('joins parts without moving them above a write made in between, so Undo goes newest first and keeps that write', async () => {
		const { app, writer } = setup();
		const ana = 'People/Ana Ruiz.md';
		const made = await writer.create(ana, '---\ntie: weak\n---\n', { quiet: true });
		// Another write, to the new note, while the action is still writing its parts.
		await writer.write([ana], { op: 'tag', tag: 'client' });
		const tagged = await text(app, ana);
		const logged = await writer.write([ana, SAM], { op: 'log', entry: { date: day('2026-11-21'), kind: 'event' } }, { quiet: true });
		writer.join([made?.step, logged], 'Met Ana Ruiz (new contact); logged on 2 people');
		// The newest step is the log: undone first, it leaves the tag and the note.
		expect(await writer.undo()).toBe(true);
		expect(await text(app)).toBe(NOTE);
		expect(await text(app, ana)).toBe(tagged);
		// Then the tag, then the creation.
		expect(await writer.undo()).toBe(true);
		expect(await text(app, ana)).toBe('---\ntie: weak\n---\n');
		expect(await writer.undo()).toBe(true);
		expect(app.vault.getFileByPath(ana)).toBeNull();
	});

	it('joins parts written before another write where they are, below it', async () => {
		const { app, writer } = setup();
		const made = await writer.create('People/Ana Ruiz.md', '---\ntie: weak\n---\n', { quiet: true });
		const logged = await writer.write(['People/Ana Ruiz.md', SAM], { op: 'log', entry: { date: day('2026-11-21'), kind: 'event' } }, { quiet: true });
		await writer.write([JO], { op: 'dormant' });
		const jo = await text(app, JO);
		writer.join([made?.step, logged], 'Met Ana Ruiz');
		expect(writer.last()?.label).toMatch(/^Jo Park: marked dormant/);
		expect(await writer.undo()).toBe(true);
		expect(await text(app, JO)).not.toBe(jo);
		expect(await writer.undo()).toBe(true);
		expect(await text(app)).toBe(NOTE);
		expect(app.vault.getFileByPath('People/Ana Ruiz.md')).toBeNull();
	});

	it('refuses to undo over an edit made since, and leaves that edit alone', async () => {
		const { app, writer, notices } = setup();
		await writer.write([SAM], { op: 'dormant' });
		const file = app.vault.getFileByPath(SAM);
		if (!file) throw new Error('no Sam');
		await app.vault.process(file, (t) => `${t}- a line typed since\n`);
		const edited = await text(app);
		expect(await writer.undo()).toBe(false);
		expect(await text(app)).toBe(edited);
		expect(said(notices[notices.length - 1])).toMatch(/^Rapport can't undo ".*": People\/Sam Rivera\.md changed since\. Nothing was undone, and it is off the undo list\.$/);
	});

	it('takes a step it cannot undo off the list, so the next undo reaches the one before', async () => {
		const { app, writer, notices } = setup();
		await writer.write([SAM], { op: 'snooze', until: day('2026-12-01') });
		const snoozed = await text(app);
		await writer.write([SAM], { op: 'dormant' });
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
		const { app, writer } = setup();
		await Promise.all([writer.write([SAM], { op: 'snooze', until: day('2026-12-01') }), writer.write([SAM], { op: 'tag', tag: 'client' })]);
		const written = await text(app);
		expect(written).toContain('next_follow_up: 2026-12-01\n');
		expect(written).toContain('tags:\n  - client\n');
	});

	it('lands a log and a follow-up ticked right after it, though the log moved the follow-up down', async () => {
		const note = `${NOTE}\n## Follow-ups\n- [ ] Send the deck 📅 2026-11-20\n`;
		const { app, writer } = setup({ [SAM]: note });
		// Where the queue saw the follow-up, before the log wrote a line above it.
		const line = note.split('\n').indexOf('- [ ] Send the deck 📅 2026-11-20');
		const [logged, done] = await Promise.all([
			writer.write([SAM], { op: 'log', entry: { date: day('2026-11-21'), kind: 'call' } }),
			writer.write([SAM], { op: 'complete', line, text: 'Send the deck', due: day('2026-11-20') }),
		]);
		expect(logged).toBeDefined();
		expect(done).toBeDefined();
		const written = await text(app);
		expect(written).toContain('## Interactions\n- 2026-11-21 call\n');
		expect(written).toContain('## Follow-ups\n- [x] Send the deck 📅 2026-11-20 ✅ 2026-11-21\n');
	});

	it('refuses a note whose properties do not parse, names it, and writes nothing anywhere', async () => {
		const broken = '---\ncompany: "Acme\ntie: strong\n---\nbody\n';
		const { app, writer, notices } = setup({ [SAM]: NOTE, 'People/Broken.md': 'placeholder' });
		// The fake's metadata cache throws on bad YAML at creation, so the text goes in quietly.
		(app.vault.adapter as unknown as { writeSync__(path: string, data: string): void }).writeSync__('People/Broken.md', broken);
		expect(await writer.write([SAM, 'People/Broken.md'], { op: 'dormant' })).toBeUndefined();
		expect(await text(app, 'People/Broken.md')).toBe(broken);
		expect(await text(app)).toBe(NOTE);
		// One sentence naming the note, with the parser's first line at the note's line number.
		expect(notices.map(said)).toEqual(['People/Broken.md: its properties don\'t parse (line 3: missing closing "quote); nothing was written.']);
	});

	it('writes nothing when the edit would change a property it does not own, and says which', async () => {
		// YAML reads `\t` in a quoted key as a tab: not last_contact, though a line edit sees it so.
		const odd = '---\ntype: contact\n"last_con\\tact": 2026-10-02\n---\n## Interactions\n';
		const { app, writer, notices } = setup({ [SAM]: odd });
		expect(await writer.write([SAM], { op: 'log', entry: { date: day('2026-11-21'), kind: 'call' } })).toBeUndefined();
		expect(await text(app)).toBe(odd);
		expect(said(notices[0])).toBe("People/Sam Rivera.md: the edit would also change the property 'last_con\tact'; nothing was written.");
		expect(await writer.undo()).toBe(false);
	});

	it('creates a note once, never over an existing one, and undoes the creation', async () => {
		const { app, writer } = setup();
		expect(await writer.create(SAM, 'new text', { label: 'Created' })).toBeUndefined();
		expect(await text(app)).toBe(NOTE);
		const made = await writer.create('People/New/Ana Ruiz.md', '---\ntie: weak\n---\n', { label: 'Created Ana' });
		expect(made?.file.path).toBe('People/New/Ana Ruiz.md');
		expect(await writer.undo()).toBe(true);
		expect(app.vault.getFileByPath('People/New/Ana Ruiz.md')).toBeNull();
	});
});
