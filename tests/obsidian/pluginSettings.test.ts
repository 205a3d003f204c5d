// The real plugin on the in-memory app, for settings that explain themselves: the status line
// measured from the live index, first-run detection, data.json's problems, and settings read
// again when Daily Notes, Periodic Notes or data.json change on disk.
//
// The fake app sends no `raw` events (its adapter writes config files silently) and never calls
// onExternalSettingsChange: the tests write the file and then send the event, or make the call,
// as Obsidian does when its file watcher sees the change.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App, type SettingTab as FakeSettingTab } from 'obsidian-test-mocks/obsidian';
import manifest from '../../manifest.json';
import RapportPlugin from '../../src/main';
import type { RapportSettingTab } from '../../src/ui/settingsTab';
import { vault } from '../builders';
import { wireComponentsToDom } from './wireComponents';

type MockPlugin = { data__: unknown; settingTabs__: RapportSettingTab[] };

wireComponentsToDom();

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
});

afterEach(() => {
	vi.useRealTimers();
	vi.restoreAllMocks();
});

/** An app over these notes and config files (path in the config folder → JSON). */
async function appWith(files: Map<string, string>, config: Record<string, unknown> = {}): Promise<App> {
	const app = App.createConfigured__({ files: Object.fromEntries(files) });
	for (const [name, data] of Object.entries(config)) await app.vault.adapter.write(`.obsidian/${name}`, JSON.stringify(data));
	return app;
}

/** The plugin loaded with this data.json (undefined: none yet), its first build done. */
async function start(app: App, data?: unknown): Promise<RapportPlugin> {
	const plugin = new RapportPlugin(app.asOriginalType__(), manifest);
	(plugin as unknown as MockPlugin).data__ = data;
	plugin.load();
	await vi.advanceTimersByTimeAsync(0);
	app.workspace.setLayoutReady__();
	await settle(plugin);
	return plugin;
}

async function settle(plugin: RapportPlugin): Promise<void> {
	await vi.advanceTimersByTimeAsync(1000);
	await plugin.live.built;
	await vi.advanceTimersByTimeAsync(1000);
}

/** The settings tab the plugin added, shown as Obsidian before 1.13 shows it. */
function openTab(plugin: RapportPlugin): RapportSettingTab {
	const tab = (plugin as unknown as MockPlugin).settingTabs__[0];
	if (!tab) throw new Error('no settings tab');
	(tab as unknown as FakeSettingTab).display();
	return tab;
}

function rowNames(tab: RapportSettingTab): string[] {
	return Array.from(tab.containerEl.children).map((r) => r.children[1]?.children[0]?.textContent ?? '');
}

function rowNamed(tab: RapportSettingTab, name: string): HTMLElement {
	const found = Array.from(tab.containerEl.children).find((r) => r.children[1]?.children[0]?.textContent === name);
	if (!(found instanceof HTMLElement)) throw new Error(`no row ${name}`);
	return found;
}

/** Where each contact was last in touch, by which note. */
function lastSeen(plugin: RapportPlugin): Record<string, string | undefined> {
	const { index } = plugin.live;
	return Object.fromEntries(index.contacts().map((c) => [c.name, index.timeline(c.path)[0]?.source]));
}

const saved = { version: 1, contactFolders: ['People'] };

const journals = (): ReturnType<typeof vault> =>
	vault()
		.contact('Sam Rivera', (c) => c.tie('strong'))
		.contact('Jo Park', (c) => c.tie('weak'))
		.note('Daily/2026-10-06', '- Call with [[Jo Park]]')
		.note('Journal/05-10-2026', '- Lunch with [[Sam Rivera]]');

const periodic = { daily: { enabled: true, folder: 'Journal', format: 'DD-MM-YYYY' } };

describe('the status line, from the live index', () => {
	it('counts contacts, dated notes where the settings say, and the notes that need a look', async () => {
		const files = journals().note('Meetings/Undated', '---\ntype: meeting\npeople: ["[[Sam Rivera]]"]\n---\n').files;
		const plugin = await start(await appWith(files, { 'daily-notes.json': { folder: 'Daily' } }), saved);
		expect(rowNames(openTab(plugin))[0]).toBe('2 contacts · 1 dated note (Daily/, YYYY-MM-DD) · 1 note needs a look');
	});

	it('with no daily-notes settings, counts notes named as a date in any folder', async () => {
		const files = journals().note('Journal/2026-10-07', '- Coffee with [[Sam Rivera]]').files;
		const plugin = await start(await appWith(files), saved);
		expect(rowNames(openTab(plugin))[0]).toBe('2 contacts · 2 dated notes (any folder, YYYY-MM-DD) · nothing needs a look');
		expect(lastSeen(plugin)).toEqual({ 'Jo Park': 'Daily/2026-10-06.md', 'Sam Rivera': 'Journal/2026-10-07.md' });
	});

	it('follows the index while the tab is open', async () => {
		const app = await appWith(journals().files, { 'daily-notes.json': { folder: 'Daily' } });
		const plugin = await start(app, saved);
		const tab = openTab(plugin);
		await app.vault.create('People/Mia Chen.md', '---\ntie: strong\n---\n');
		await settle(plugin);
		expect(rowNames(tab)[0]).toBe('3 contacts · 1 dated note (Daily/, YYYY-MM-DD) · nothing needs a look');
	});
});

describe('Periodic Notes', () => {
	it('is read only while the plugin is on, as community-plugins.json or Obsidian says', async () => {
		const off = await start(
			await appWith(journals().files, { 'daily-notes.json': { folder: 'Daily' }, 'plugins/periodic-notes/data.json': periodic }),
			saved,
		);
		expect(lastSeen(off)).toEqual({ 'Jo Park': 'Daily/2026-10-06.md', 'Sam Rivera': undefined });

		const listed = await appWith(journals().files, {
			'daily-notes.json': { folder: 'Daily' },
			'plugins/periodic-notes/data.json': periodic,
			'community-plugins.json': ['dataview', 'periodic-notes'],
		});
		expect(lastSeen(await start(listed, saved))).toEqual({ 'Jo Park': undefined, 'Sam Rivera': 'Journal/05-10-2026.md' });

		// Obsidian's own set of plugins that are on wins over the file.
		const running = await appWith(journals().files, {
			'daily-notes.json': { folder: 'Daily' },
			'plugins/periodic-notes/data.json': periodic,
		});
		(running as unknown as { plugins: unknown }).plugins = { enabledPlugins: new Set(['periodic-notes']) };
		expect(lastSeen(await start(running, saved))).toEqual({ 'Jo Park': undefined, 'Sam Rivera': 'Journal/05-10-2026.md' });
	});

	it("reads 1.x's calendar sets", async () => {
		const sets = {
			activeCalendarSet: 'Default',
			calendarSets: [
				{ id: 'Default', ctime: '2024-01-01', day: { enabled: true, openAtStartup: false, folder: 'Journal', format: 'DD-MM-YYYY' } },
			],
		};
		const app = await appWith(journals().files, { 'plugins/periodic-notes/data.json': sets, 'community-plugins.json': ['periodic-notes'] });
		expect(lastSeen(await start(app, saved))).toEqual({ 'Jo Park': undefined, 'Sam Rivera': 'Journal/05-10-2026.md' });
	});
});

describe('settings read again when they change on disk', () => {
	it('re-indexes when the Daily Notes settings move the daily notes, and only then', async () => {
		const app = await appWith(journals().files, { 'daily-notes.json': { folder: 'Daily' } });
		const plugin = await start(app, saved);
		const tab = openTab(plugin);
		const before = plugin.live.index;

		// Another config file, or the same settings saved again: nothing to do.
		app.vault.trigger('raw', '.obsidian/app.json');
		await app.vault.adapter.write('.obsidian/daily-notes.json', JSON.stringify({ folder: 'Daily/', template: 'Templates/Day' }));
		app.vault.trigger('raw', '.obsidian/daily-notes.json');
		await settle(plugin);
		expect(plugin.live.index).toBe(before);

		// Typed into Daily Notes' settings: one event per key, one new index at the end.
		await app.vault.adapter.write('.obsidian/daily-notes.json', JSON.stringify({ folder: 'Journal', format: 'DD-MM-YYYY' }));
		for (let i = 0; i < 3; i++) app.vault.trigger('raw', '.obsidian/daily-notes.json');
		await settle(plugin);
		expect(plugin.live.index).not.toBe(before);
		expect(lastSeen(plugin)).toEqual({ 'Jo Park': undefined, 'Sam Rivera': 'Journal/05-10-2026.md' });
		expect(rowNames(tab)[0]).toBe('2 contacts · 1 dated note (Journal/, DD-MM-YYYY) · nothing needs a look');
		// The open tab shows the new settings as the placeholder of the empty field.
		await vi.advanceTimersByTimeAsync(0);
		expect(rowNamed(tab, 'Daily notes folder').querySelector('input')?.placeholder).toBe('Journal');
	});

	it('follows Periodic Notes being turned on', async () => {
		const app = await appWith(journals().files, { 'daily-notes.json': { folder: 'Daily' }, 'plugins/periodic-notes/data.json': periodic });
		const plugin = await start(app, saved);
		await app.vault.adapter.write('.obsidian/community-plugins.json', JSON.stringify(['periodic-notes']));
		app.vault.trigger('raw', '.obsidian/community-plugins.json');
		await settle(plugin);
		expect(lastSeen(plugin)).toEqual({ 'Jo Park': undefined, 'Sam Rivera': 'Journal/05-10-2026.md' });
	});

	it('reloads data.json changed elsewhere (a sync), re-indexes, and shows it in the open tab', async () => {
		const files = journals().note('Folks/Ana Ruiz', '---\ntie: medium\n---\n').files;
		const plugin = await start(await appWith(files, { 'daily-notes.json': { folder: 'Daily' } }), saved);
		const tab = openTab(plugin);
		const before = plugin.live.index;
		const drawn = tab.containerEl.firstElementChild;
		// Nothing new (Rapport's own save, seen again): no new index, and the tab is left as it is.
		await plugin.onExternalSettingsChange();
		expect(plugin.live.index).toBe(before);
		expect(tab.containerEl.firstElementChild).toBe(drawn);

		(plugin as unknown as MockPlugin).data__ = { ...saved, contactFolders: ['People', 'Folks'], cadenceDays: { strong: 'often' } };
		await plugin.onExternalSettingsChange();
		await settle(plugin);
		expect(plugin.live.index.contactCount).toBe(3);
		expect(rowNamed(tab, 'Contact folders').querySelector('textarea')?.value).toBe('People\nFolks');
		expect(rowNames(tab)[0]).toBe('3 contacts · 1 dated note (Daily/, YYYY-MM-DD) · nothing needs a look');
		expect(tab.containerEl.findAll('.rapport-settings-problem').map((el) => el.textContent)).toEqual([
			'.obsidian/plugins/rapport/data.json: cadenceDays.strong: expected a whole number, 1 or more, got "often"; the default, 30, is used',
		]);
	});
});

describe('found in this vault', () => {
	const people = (): ReturnType<typeof vault> =>
		vault()
			.note('Network/Ana Ruiz', '---\ncompany: Paylark\nrole: DevRel\n---\n')
			.note('Network/Ben Adler', '---\ncompany: Acme\nemail: ben@acme.example\n---\n')
			.note('Network/Cleo Park', '---\nrole: CTO\nlinkedin: https://www.linkedin.com/in/cleo\n---\n')
			.note('Network/Index', '# Everyone\n')
			.note('Journal/2026-10-01', '- Coffee with [[Ana Ruiz]]')
			.note('Journal/2026-10-02', '- Quiet');

	it('proposes the folder of people and where the daily notes are, and writes nothing until asked', async () => {
		const plugin = await start(await appWith(people().files));
		const tab = openTab(plugin);
		expect(rowNamed(tab, 'Contacts found').textContent).toContain(
			'Network/ has 3 notes that look like people: use it as a contacts folder?',
		);
		expect(rowNamed(tab, 'Daily notes found').textContent).toContain(
			'There are no Daily Notes settings. Journal/ has 2 notes named as a date (YYYY-MM-DD): use it as the daily notes folder?',
		);
		expect(await plugin.loadData()).toBeUndefined();

		rowNamed(tab, 'Contacts found').querySelector('button')?.click();
		await settle(plugin);
		expect(await plugin.loadData()).toMatchObject({ contactFolders: ['People', 'Network'] });
		expect(plugin.live.index.contacts().map((c) => c.name)).toEqual(['Ana Ruiz', 'Ben Adler', 'Cleo Park', 'Index']);
		// Saved, the section stays and says what is so now.
		expect(rowNamed(tab, 'Contacts found').textContent).toContain(
			'Network/ has 3 notes that look like people; it is a contacts folder already.',
		);
	});

	it('shows what it found whether or not settings were saved before', async () => {
		expect(openTab(await start(await appWith(people().files), {})).containerEl.textContent).toContain('Found in this vault');
		expect(openTab(await start(await appWith(people().files), saved)).containerEl.textContent).toContain('Network/ has 3 notes');
	});
});
