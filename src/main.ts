// Rapport's plugin: lifecycle and wiring only. The domain lives in src/domain, the
// index in src/index, the Obsidian adapters in src/obsidian and the views in src/ui.
import { Notice, Plugin, debounce, normalizePath, type Events } from 'obsidian';
import {
	PERIODIC_NOTES_ID,
	datedNoteMatcher,
	datedNotesLocation,
	type DatedNoteMatcher,
	type DatedNotesLocation,
} from './domain/datedNotes';
import { migrateSettings, migrateSettingsReport, type RapportSettings, type SettingProblem } from './domain/settings';
import { DailyReachOut } from './obsidian/dailyReachOut';
import { LiveIndex } from './obsidian/liveIndex';
import { PluginHost } from './obsidian/pluginHost';
import { Dialogs } from './ui/dialogs';
import { INDEX_CHANGED, PERSON_VIEW_TYPE, QUEUE_VIEW_TYPE } from './ui/host';
import { PersonPanel } from './ui/personPanel';
import { QueueView } from './ui/queueView';
import { registerReview } from './ui/reviewCommands';
import { RapportSettingTab } from './ui/settingsTab';

/** The queue sections that mean "reach out now"; upcoming is for later. */
const DUE_SECTIONS = new Set(['owed', 'awaiting', 'reconnect', 'remember']);

export default class RapportPlugin extends Plugin {
	override settings: RapportSettings = migrateSettings(undefined);
	live!: LiveIndex;
	host!: PluginHost;
	/** Log interaction, New meeting note, New contact, Snooze until: the windows commands and rows open. */
	dialogs!: Dialogs;
	private statusEl?: HTMLElement;
	private settingTab?: RapportSettingTab;
	/** What data.json held that could not be used, as last read; shown in the settings tab. */
	private settingsProblems: readonly SettingProblem[] = [];
	/** Where the last index build found daily notes. */
	private located?: DatedNotesLocation;

	// Typing in a settings field saves on every key; re-index once the typing stops.
	private readonly reindexSoon = debounce(() => void this.reindex(), 800, true);
	// Daily Notes writes its settings file on every key typed in its settings too.
	private readonly relocateSoon = debounce(() => void this.relocateDatedNotes(), 500, true);

	override async onload(): Promise<void> {
		// A change still waiting for typing to stop is dropped when the plugin is turned off.
		this.register(() => {
			this.reindexSoon.cancel();
			this.relocateSoon.cancel();
		});
		this.readSettings(await this.loadData());
		// Nothing heavy here: the index builds once the layout is ready, off Obsidian's start-up.
		this.live = this.addChild(new LiveIndex(this.app, this.settings, (settings) => this.datedNotes(settings)));
		this.host = new PluginHost({
			app: this.app,
			plugin: this,
			live: this.live,
			settings: () => this.settings,
			saveSettings: (next) => this.saveSettings(next),
			locateDatedNotes: (settings) => this.locateDatedNotes(settings),
			settingsProblems: () => this.settingsProblems,
			located: () => this.located,
			dialogs: {
				log: (paths, options) => void this.dialogs.openLog(paths, options),
				meeting: (paths) => void this.dialogs.openMeeting(paths),
				triage: () => void this.dialogs.openTriage(),
				newContact: () => void this.dialogs.openNewContact(),
				importContacts: () => void this.openImport(),
			},
			showPerson: (path) => void this.openPersonPanel(path),
		});
		this.dialogs = new Dialogs(this.app, this.host);

		const reachOut = this.addChild(new DailyReachOut(this.app, this.host, this.live));

		this.registerView(QUEUE_VIEW_TYPE, (leaf) => new QueueView(leaf, this.host));
		this.registerView(PERSON_VIEW_TYPE, (leaf) => new PersonPanel(leaf, this.host));
		registerReview(this, this.host, () => this.live.built);
		this.settingTab = new RapportSettingTab(this.app, this, this.host);
		this.addSettingTab(this.settingTab);
		this.addRibbonIcon('users', 'Open follow-up queue', () => void this.openQueue());
		this.addCommand({ id: 'open-queue', name: 'Open follow-up queue', callback: () => void this.openQueue() });
		this.addCommand({
			id: 'open-person-panel',
			name: 'Open person panel',
			callback: async () => {
				await this.live.built;
				await this.openPersonPanel(this.activeContact());
			},
		});
		this.addCommand({
			id: 'log-interaction',
			name: 'Log interaction',
			callback: async () => {
				await this.live.built;
				const current = this.activeContact();
				this.dialogs.openLog(current ? [current] : []);
			},
		});
		this.addCommand({
			id: 'new-meeting-note',
			name: 'New meeting note',
			callback: async () => {
				await this.live.built;
				const current = this.activeContact();
				this.dialogs.openMeeting(current ? [current] : []);
			},
		});
		this.addCommand({
			id: 'new-contact',
			name: 'New contact',
			callback: () => void this.dialogs.openNewContact(),
		});
		this.addCommand({
			id: 'snooze-contact',
			name: 'Snooze contact',
			checkCallback: (checking) => {
				const path = this.activeContact();
				if (!path) return false;
				if (!checking) this.dialogs.openSnooze([path]);
				return true;
			},
		});
		this.addCommand({
			id: 'mark-contact-dormant',
			name: 'Mark contact dormant',
			checkCallback: (checking) => {
				const path = this.activeContact();
				if (!path) return false;
				if (!checking) void this.host.actions.markDormant([path]);
				return true;
			},
		});
		this.addCommand({
			id: 'triage-new-people',
			name: 'Triage new people',
			callback: async () => {
				await this.live.built;
				this.dialogs.openTriage();
			},
		});
		this.addCommand({
			id: 'import-contacts',
			name: 'Import contacts',
			callback: () => this.openImport(),
		});
		this.addCommand({
			id: 'export-contacts-vcard',
			name: 'Export contacts as vCard',
			callback: async () => {
				await this.live.built;
				await this.host.exportVcard();
			},
		});
		this.addCommand({
			id: 'follow-up-people-met',
			name: 'Follow up people met',
			checkCallback: (checking) => {
				const file = this.app.workspace.getActiveFile();
				const headings = file ? (this.app.metadataCache.getFileCache(file)?.headings ?? []) : [];
				if (!file || !headings.some((h) => /^people met$/i.test(h.heading.trim()))) return false;
				if (!checking) void this.live.built.then(() => this.host.followUpPeopleMet(file.path));
				return true;
			},
		});
		this.addCommand({
			id: 'add-reach-outs',
			name: 'Add reach-outs to this note',
			checkCallback: (checking) => {
				// Only a dated note: a ticked reach-out counts as contact there, and nowhere else.
				const file = this.app.workspace.getActiveFile();
				if (!file || file.extension !== 'md' || this.live.datedNotes?.dayOf(file.path) === undefined) return false;
				if (!checking) void reachOut.add(file, true);
				return true;
			},
		});
		this.addCommand({
			id: 'undo-last-change',
			name: 'Undo last change',
			callback: () => void this.host.writer.undo(),
		});
		this.addCommand({
			id: 'rebuild-index',
			name: 'Rebuild index',
			callback: async () => {
				await this.reindex();
				const count = this.live.index.contactCount;
				new Notice(`Rapport indexed ${count === 1 ? '1 contact' : `${count} contacts`}.`);
			},
		});

		this.statusEl = this.addStatusBarItem();
		this.statusEl.addClass('rapport-status', 'mod-clickable');
		this.statusEl.setAttr('aria-label', 'Open follow-up queue');
		this.registerDomEvent(this.statusEl, 'click', () => void this.openQueue());
		this.registerEvent(this.app.workspace.on(INDEX_CHANGED, () => this.updateStatus()));
		// The queue moves at midnight with nothing edited: look again now and then.
		this.registerInterval(window.setInterval(() => this.updateStatus(), 10 * 60 * 1000));

		// The Daily Notes and Periodic Notes settings live in the config folder, which the
		// vault's create and modify events leave out and its adapter sends no events for; the
		// vault's `raw` event (not in the public types) reports every file the watcher sees.
		const watched = new Set(
			['daily-notes.json', `plugins/${PERIODIC_NOTES_ID}/data.json`, 'community-plugins.json'].map((name) =>
				normalizePath(`${this.app.vault.configDir}/${name}`),
			),
		);
		this.registerEvent(
			(this.app.vault as Events).on('raw', (path: unknown) => {
				if (typeof path === 'string' && watched.has(normalizePath(path))) this.relocateSoon();
			}),
		);
	}

	async saveSettings(next: RapportSettings): Promise<void> {
		this.settings = migrateSettings(next);
		// What could not be used was replaced by its default in the file now written.
		this.settingsProblems = [];
		await this.saveData(this.settings);
		this.reindexSoon();
	}

	/**
	 * data.json changed on disk (a sync from another device, an edit by hand): read it again,
	 * a new index only when the settings moved, and an open settings tab shows the new values.
	 */
	override async onExternalSettingsChange(): Promise<void> {
		const settings = JSON.stringify(this.settings);
		const problems = JSON.stringify(this.settingsProblems);
		this.readSettings(await this.loadData());
		const moved = JSON.stringify(this.settings) !== settings;
		if (moved) await this.reindex();
		// Drawn again only when there is something new to show: never under someone typing for nothing.
		if (moved || JSON.stringify(this.settingsProblems) !== problems) this.settingTab?.refresh();
	}

	/** Settings from what data.json holds. */
	private readSettings(data: unknown): void {
		const read = migrateSettingsReport(data);
		this.settings = read.settings;
		this.settingsProblems = read.problems;
	}

	/**
	 * The Daily Notes or Periodic Notes settings changed (or the plugin was turned on or off):
	 * a new index only when that moved the daily notes. The first build reads them anyway.
	 */
	private async relocateDatedNotes(): Promise<void> {
		const was = this.live.datedNotes?.where;
		if (!this.live.isReady || !was) return;
		const now = await this.locateDatedNotes(this.settings);
		if (now.folder === was.folder && now.format === was.format && now.anywhere === was.anywhere) return;
		await this.reindex();
		this.settingTab?.refresh();
	}

	/** Import contacts, from the command or the empty queue. */
	async openImport(): Promise<void> {
		// The plan matches people against the index: it must be built first.
		await this.live.built;
		this.dialogs.openImport();
	}

	/**
	 * Opens the queue in the right sidebar, or reveals it where it already is, with the
	 * keyboard in its list: arrow keys move through the rows at once.
	 */
	async openQueue(): Promise<void> {
		const { workspace } = this.app;
		let leaf = workspace.getLeavesOfType(QUEUE_VIEW_TYPE)[0];
		if (!leaf) {
			leaf = workspace.getRightLeaf(false) ?? workspace.getLeaf(true);
			await leaf.setViewState({ type: QUEUE_VIEW_TYPE, active: true });
		}
		await workspace.revealLeaf(leaf);
		if (leaf.view instanceof QueueView) leaf.view.focusList();
	}

	/**
	 * Opens the person panel in the right sidebar, or reveals it where it is, showing this
	 * contact when given. Opened beside the queue, not over it, so a highlighted row and its
	 * person are seen together. The keyboard stays where it was.
	 */
	async openPersonPanel(path?: string): Promise<void> {
		const { workspace } = this.app;
		let leaf = workspace.getLeavesOfType(PERSON_VIEW_TYPE)[0];
		if (!leaf) {
			leaf = workspace.getRightLeaf(workspace.getLeavesOfType(QUEUE_VIEW_TYPE).length > 0) ?? workspace.getLeaf('split');
			await leaf.setViewState({ type: PERSON_VIEW_TYPE, active: false, state: path ? { path } : {} });
		}
		await workspace.revealLeaf(leaf);
		if (path && leaf.view instanceof PersonPanel) leaf.view.show(path);
	}

	/** The note in the active editor, when it is a contact. */
	private activeContact(): string | undefined {
		const file = this.app.workspace.getActiveFile();
		return file && this.live.isReady && this.live.index.contact(file.path) ? file.path : undefined;
	}

	private async reindex(): Promise<void> {
		await this.live.reconfigure(this.settings);
	}

	private updateStatus(): void {
		if (!this.statusEl || !this.host.ready()) return;
		// People, not rows: someone owed a thank-you and due to reconnect is one person to reach.
		const people = new Set<string>();
		for (const section of this.host.queue().sections)
			if (DUE_SECTIONS.has(section.id)) for (const item of section.items) people.add(item.path);
		const due = people.size;
		this.statusEl.setText(due === 0 ? 'No one to reach out to' : `${due} to reach out`);
	}

	private async datedNotes(settings: RapportSettings): Promise<DatedNoteMatcher> {
		this.located = await this.locateDatedNotes(settings);
		const { folder, format, anywhere } = this.located;
		return datedNoteMatcher(folder, format, anywhere);
	}

	/** Dated notes: where these settings, else Periodic Notes (when on), else Daily Notes say they are. */
	private async locateDatedNotes(settings: RapportSettings): Promise<DatedNotesLocation> {
		return datedNotesLocation(settings, {
			periodicNotes: await this.readConfigJson(`plugins/${PERIODIC_NOTES_ID}/data.json`),
			periodicNotesEnabled: await this.pluginEnabled(PERIODIC_NOTES_ID),
			dailyNotes: await this.readConfigJson('daily-notes.json'),
		});
	}

	/**
	 * Whether a community plugin is on: Obsidian's own set of them (not in the public API),
	 * else the file it keeps them in, which lists the plugins that are on.
	 */
	private async pluginEnabled(id: string): Promise<boolean> {
		const app = this.app as unknown as { plugins?: { enabledPlugins?: unknown } };
		const enabled = 'plugins' in app ? app.plugins?.enabledPlugins : undefined;
		if (enabled instanceof Set) return enabled.has(id);
		const listed = await this.readConfigJson('community-plugins.json');
		return Array.isArray(listed) && listed.includes(id);
	}

	/** Another plugin's saved settings, or undefined when they are missing or unreadable. */
	private async readConfigJson(name: string): Promise<unknown> {
		const path = normalizePath(`${this.app.vault.configDir}/${name}`);
		try {
			if (!(await this.app.vault.adapter.exists(path))) return undefined;
			return JSON.parse(await this.app.vault.adapter.read(path)) as unknown;
		} catch {
			return undefined;
		}
	}
}
