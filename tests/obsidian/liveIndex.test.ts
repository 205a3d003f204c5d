// The index inside Obsidian: built once the layout is ready, then kept current by the
// metadata cache's and the vault's events, and silent once unloaded.
import { describe, expect, it } from 'vitest';
import { App } from 'obsidian-test-mocks/obsidian';
import { datedNoteMatcher } from '../../src/domain/datedNotes';
import { defaultSettings } from '../../src/domain/settings';
import { LiveIndex } from '../../src/obsidian/liveIndex';
import { day, vault } from '../builders';

/** A live index built over these files, and its problems as the problems list words them. */
async function builtOver(files: Record<string, string>): Promise<{ app: App; live: LiveIndex; problems: () => string[] }> {
	const app = App.createConfigured__({ files });
	const live = new LiveIndex(app.asOriginalType__(), defaultSettings(), async () => datedNoteMatcher('Daily', 'YYYY-MM-DD'));
	live.load();
	app.workspace.setLayoutReady__();
	await live.built;
	return { app, live, problems: () => live.index.problems().map((p) => `${p.path}: ${p.message}`) };
}

function boot(): { app: App; live: LiveIndex } {
	const v = vault()
		.contact('Sam Rivera', (c) => c.interaction('2026-10-01 call: catch-up'))
		.contact('Jo Park')
		.daily('2026-10-05', '- Lunch with [[Sam Rivera]]');
	const app = App.createConfigured__({ files: Object.fromEntries(v.files) });
	// Obsidian moves a renamed note's cache entry before anyone hears of the rename; the
	// fake does not, so this listener, registered first, does it.
	app.vault.on('rename', (...data: unknown[]) => {
		const [renamed, oldPath] = data as [{ path: string }, string];
		const cache = app.metadataCache.cache__.get(oldPath);
		if (cache) app.metadataCache.cache__.set(renamed.path, cache);
	});
	const live = new LiveIndex(app.asOriginalType__(), defaultSettings(), async (settings) =>
		datedNoteMatcher(settings.datedNotesFolder || 'Daily', 'YYYY-MM-DD'),
	);
	live.load();
	return { app, live };
}

function file(app: App, path: string): NonNullable<ReturnType<App['vault']['getFileByPath']>> {
	const found = app.vault.getFileByPath(path);
	if (!found) throw new Error(`no file ${path}`);
	return found;
}

/**
 * Holds the build's read of one note open: `entered` once it has been read, and the text
 * is handed over only on `release`, so edits can be made while the build waits on it.
 */
function holdRead(app: App, path: string): { entered: Promise<void>; release: () => void } {
	const read = app.vault.cachedRead.bind(app.vault);
	let reading: () => void = () => undefined;
	let release: () => void = () => undefined;
	const entered = new Promise<void>((resolve) => (reading = resolve));
	const gate = new Promise<void>((resolve) => (release = resolve));
	app.vault.cachedRead = async (f) => {
		const text = await read(f);
		if (f.path === path) {
			reading();
			await gate;
		}
		return text;
	};
	return { entered, release };
}

describe('the live index', () => {
	it('waits for the layout before building', async () => {
		const { app, live } = boot();
		expect(live.index.contactCount).toBe(0);
		app.workspace.setLayoutReady__();
		await live.built;
		expect(live.index.contacts().map((c) => c.name)).toEqual(['Jo Park', 'Sam Rivera']);
		expect(live.index.timeline('People/Sam Rivera.md')[0]?.date).toBe(day('2026-10-05'));
	});

	it('reads interaction lines, which the metadata cache has no text for', async () => {
		const { app, live } = boot();
		app.workspace.setLayoutReady__();
		await live.built;
		expect(live.index.contact('People/Sam Rivera.md')?.interactions.map((i) => i.summary)).toEqual(['catch-up']);
	});

	it('follows edits, new notes, renames and deletes', async () => {
		const { app, live } = boot();
		app.workspace.setLayoutReady__();
		await live.built;

		await app.vault.modify(file(app, 'Daily/2026-10-05.md'), '- Lunch with [[Jo Park]]');
		expect(live.index.timeline('People/Sam Rivera.md')[0]?.date).toBe(day('2026-10-01'));
		expect(live.index.timeline('People/Jo Park.md')[0]?.date).toBe(day('2026-10-05'));
		await app.vault.rename(file(app, 'Daily/2026-10-05.md'), 'Daily/2026-10-07.md');
		expect(live.index.timeline('People/Jo Park.md').map((e) => e.date)).toEqual([day('2026-10-07')]);

		await app.vault.modify(file(app, 'People/Sam Rivera.md'), '---\ntype: contact\n---\n## Interactions\n- 2026-10-20 coffee: roadmap\n');
		expect(live.index.contact('People/Sam Rivera.md')?.interactions.map((i) => i.summary)).toEqual(['roadmap']);

		await app.vault.create('People/Mia Chen.md', '---\ntie: strong\n---\n');
		expect(live.index.contact('People/Mia Chen.md')?.tie).toBe('strong');

		await app.vault.rename(file(app, 'People/Jo Park.md'), 'People/Joanna Park.md');
		expect(live.index.contacts().map((c) => c.name)).toEqual(['Joanna Park', 'Mia Chen', 'Sam Rivera']);
		expect(live.index.timeline('People/Joanna Park.md')).toEqual([]);

		await app.fileManager.trashFile(file(app, 'People/Mia Chen.md'));
		expect(live.index.contact('People/Mia Chen.md')).toBeUndefined();
	});

	it("keeps a renamed contact's interactions, which no change event re-sends", async () => {
		const { app, live } = boot();
		app.workspace.setLayoutReady__();
		await live.built;
		await app.vault.rename(file(app, 'People/Sam Rivera.md'), 'People/Samantha Rivera.md');
		expect(live.index.contact('People/Samantha Rivera.md')?.interactions.map((i) => i.summary)).toEqual(['catch-up']);
	});

	it('reads a dated task in a contact note with no section headings', async () => {
		const { app, live } = boot();
		await app.vault.create('People/Ana Ruiz.md', '---\ntie: weak\n---\n- [ ] Send the deck 📅 2026-11-20\n');
		app.workspace.setLayoutReady__();
		await live.built;
		expect(live.index.contact('People/Ana Ruiz.md')?.followUps).toEqual([
			expect.objectContaining({ text: 'Send the deck', due: day('2026-11-20') }),
		]);
	});

	it('reads a daily note with a dated task that links someone, and no other daily note, then follows its edits', async () => {
		const { app, live } = boot();
		await app.vault.create('Daily/2026-11-18.md', '- Notes\n- [ ] Send [[Jo Park]] the deck 📅 2026-11-20\n');
		const read: string[] = [];
		const cachedRead = app.vault.cachedRead.bind(app.vault);
		app.vault.cachedRead = async (f) => (read.push(f.path), cachedRead(f));
		app.workspace.setLayoutReady__();
		await live.built;
		expect(read.sort()).toEqual(['Daily/2026-11-18.md', 'People/Sam Rivera.md']);
		const linked = (): string[] =>
			live.index.linkedFollowUps('People/Jo Park.md').map((f) => `${f.source}:${f.followUp.line} ${f.followUp.text}`);
		expect(linked()).toEqual(['Daily/2026-11-18.md:1 Send [[Jo Park]] the deck']);
		// Ticked, the task is no follow-up (and the note's text is no longer kept); reopened, it is again.
		await app.vault.modify(file(app, 'Daily/2026-11-18.md'), '- Notes\n- [x] Send [[Jo Park]] the deck 📅 2026-11-20\n');
		expect(linked()).toEqual([]);
		await app.vault.modify(file(app, 'Daily/2026-10-05.md'), '- Lunch with [[Sam Rivera]]\n- [ ] Call [[Jo Park]] 📅 2026-11-21');
		expect(linked()).toEqual(['Daily/2026-10-05.md:1 Call [[Jo Park]]']);
		expect(read.sort()).toEqual(['Daily/2026-11-18.md', 'People/Sam Rivera.md']);
	});

	it('drops a note renamed away from Markdown', async () => {
		const { app, live } = boot();
		app.workspace.setLayoutReady__();
		await live.built;
		await app.vault.rename(file(app, 'People/Jo Park.md'), 'People/Jo Park.txt');
		expect(live.index.contacts().map((c) => c.name)).toEqual(['Sam Rivera']);
	});

	it('builds the index when a note cannot be read, and names that note', async () => {
		const { app, live } = boot();
		const read = app.vault.cachedRead.bind(app.vault);
		app.vault.cachedRead = async (f) =>
			f.path === 'People/Sam Rivera.md' ? Promise.reject(new Error('placeholder not synced yet')) : read(f);
		app.workspace.setLayoutReady__();
		await live.built;
		expect(live.index.contacts().map((c) => c.name)).toEqual(['Jo Park', 'Sam Rivera']);
		expect(live.source.unreadable).toEqual([{ path: 'People/Sam Rivera.md', message: "can't be read: placeholder not synced yet" }]);
	});

	it('hears of a note created empty, which the cache may never report as changed', async () => {
		const { app, live } = boot();
		app.workspace.setLayoutReady__();
		await live.built;
		// Obsidian announces the new file before (and for an empty one, maybe instead of)
		// the cache's `changed`; the fake sends both at once, so hold `changed` back here.
		const trigger = app.metadataCache.trigger.bind(app.metadataCache);
		app.metadataCache.trigger = (name: string, ...data: unknown[]) => {
			if (name !== 'changed') trigger(name, ...data);
		};
		await app.vault.create('People/Ana Ruiz.md', '');
		expect(live.index.problems().map((p) => `${p.path}: ${p.message}`)).toEqual([
			'People/Ana Ruiz.md: empty note in a contacts folder: not a contact until it has something in it',
		]);
	});

	it('names a contact whose properties are never closed, and follows the edit that closes them', async () => {
		const unclosed = '---\ntie: strong\ncompany: NoClose\n\nMet at the fair.\n';
		const { app, live, problems } = await builtOver({
			'People/No Close.md': unclosed,
			'People/Jo Park.md': '---\ntie: weak\n---\n',
			'Notes/Rule.md': '---\n\nA rule, then prose.\n',
		});
		const named =
			'People/No Close.md: properties are never closed: add a line `---` after them ' +
			'(until then Obsidian shows them as text, and Rapport reads none of them)';
		// Read once at start-up (the cache has no block and no list items): found from its text.
		expect(problems()).toEqual([named]);
		expect(live.index.contact('People/No Close.md')?.untriaged).toBe(false);
		await app.vault.modify(file(app, 'People/No Close.md'), unclosed.replace('\n\n', '\n---\n'));
		expect(problems()).toEqual([]);
		expect(live.index.contact('People/No Close.md')?.tie).toBe('strong');
		await app.vault.modify(file(app, 'People/No Close.md'), unclosed);
		expect(problems()).toEqual([named]);
	});

	it('names a contact whose properties start below a blank line, and follows the edit that moves them up', async () => {
		const below = '\n---\ntie: strong\ncompany: Below\n---\nMet at the fair.\n';
		const { app, live, problems } = await builtOver({ 'People/Below.md': below, 'People/Jo Park.md': '---\ntie: weak\n---\n' });
		const named =
			'People/Below.md: properties start below a blank line: remove the blank lines above the first `---` ' +
			'(until then Obsidian shows them as text, and Rapport reads none of them)';
		expect(problems()).toEqual([named]);
		await app.vault.modify(file(app, 'People/Below.md'), below.slice(1));
		expect(problems()).toEqual([]);
		expect(live.index.contact('People/Below.md')?.tie).toBe('strong');
	});

	it('reads at start-up only the contacts that may open with properties never closed, not one opening with a heading', async () => {
		const app = App.createConfigured__({
			files: {
				'People/No Close.md': '---\ntie: strong\n',
				'People/Ana Ruiz.md': '# Ana Ruiz\n\nMet at the fair.\n',
				'People/Jo Park.md': '---\ntie: weak\n---\n',
			},
		});
		const read: string[] = [];
		const cachedRead = app.vault.cachedRead.bind(app.vault);
		app.vault.cachedRead = async (file) => {
			read.push(file.path);
			return cachedRead(file);
		};
		const live = new LiveIndex(app.asOriginalType__(), defaultSettings(), async () => datedNoteMatcher('Daily', 'YYYY-MM-DD'));
		live.load();
		app.workspace.setLayoutReady__();
		await live.built;
		expect(read).toEqual(['People/No Close.md']);
	});

	it('keeps the edits made while the first build reads the notes', async () => {
		const { app, live } = boot();
		// Sam's note is read before the edits below and handed over after them: stale text.
		const { entered, release } = holdRead(app, 'People/Sam Rivera.md');
		app.workspace.setLayoutReady__();
		await entered;
		await app.vault.modify(file(app, 'People/Sam Rivera.md'), '---\ntype: contact\n---\n## Interactions\n- 2026-10-20 coffee: roadmap\n');
		await app.vault.create('People/Mia Chen.md', '---\ntype: contact\n---\n## Interactions\n- 2026-10-22 call: intro\n');
		await app.vault.modify(file(app, 'Daily/2026-10-05.md'), '- Lunch with [[Jo Park]]');
		release();
		await live.built;
		expect(live.index.contact('People/Sam Rivera.md')?.interactions.map((i) => i.summary)).toEqual(['roadmap']);
		expect(live.index.contact('People/Mia Chen.md')?.interactions.map((i) => i.summary)).toEqual(['intro']);
		expect(live.index.timeline('People/Jo Park.md')[0]?.date).toBe(day('2026-10-05'));
	});

	it('ends with the last of several edits to a note made during the build, across a rename between them', async () => {
		const { app, live } = boot();
		const { entered, release } = holdRead(app, 'People/Sam Rivera.md');
		const note = (summary: string): string => `---\ntype: contact\n---\n## Interactions\n- 2026-10-20 coffee: ${summary}\n`;
		app.workspace.setLayoutReady__();
		await entered;
		for (const summary of ['first', 'second', 'third']) await app.vault.modify(file(app, 'People/Sam Rivera.md'), note(summary));
		await app.vault.modify(file(app, 'People/Jo Park.md'), note('before the rename'));
		await app.vault.rename(file(app, 'People/Jo Park.md'), 'People/Joanna Park.md');
		await app.vault.create('People/Jo Park.md', note('a new Jo'));
		await app.vault.modify(file(app, 'People/Joanna Park.md'), note('after the rename'));
		release();
		await live.built;
		expect(live.index.contact('People/Sam Rivera.md')?.interactions.map((i) => i.summary)).toEqual(['third']);
		expect(live.index.contact('People/Joanna Park.md')?.interactions.map((i) => i.summary)).toEqual(['after the rename']);
		expect(live.index.contact('People/Jo Park.md')?.interactions.map((i) => i.summary)).toEqual(['a new Jo']);
	});

	it('ends with the newest settings when a rebuild is overtaken by another', async () => {
		const { app, live } = boot();
		app.workspace.setLayoutReady__();
		await live.built;
		const first = live.reconfigure({ ...defaultSettings(), contactFolders: ['Nowhere'] });
		const second = live.reconfigure(defaultSettings());
		await Promise.all([first, second]);
		expect(live.index.contacts().map((c) => c.name)).toEqual(['Jo Park', 'Sam Rivera']);
	});

	it('stops listening when unloaded', async () => {
		const { app, live } = boot();
		app.workspace.setLayoutReady__();
		await live.built;
		live.unload();
		await app.vault.modify(file(app, 'Daily/2026-10-05.md'), '- Lunch with [[Jo Park]]');
		expect(live.index.timeline('People/Jo Park.md')).toEqual([]);
		expect(live.index.timeline('People/Sam Rivera.md')[0]?.date).toBe(day('2026-10-05'));
	});
});
