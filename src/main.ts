// Rapport's plugin: lifecycle and wiring only. The domain lives in src/domain, the
// index in src/index, the Obsidian adapters in src/obsidian and the views in src/ui.
import { Notice, Plugin, debounce, normalizePath } from 'obsidian';
import { datedNoteMatcher, datedNotesLocation, type DatedNoteMatcher } from './domain/datedNotes';
import { migrateSettings, type RapportSettings } from './domain/settings';
import { DailyReachOut } from './obsidian/dailyReachOut';
import { LiveIndex } from './obsidian/liveIndex';
import { PluginHost } from './obsidian/pluginHost';
import { Dialogs } from './ui/dialogs';
import { INDEX_CHANGED, QUEUE_VIEW_TYPE } from './ui/host';
import { QueueView } from './ui/queueView';
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

	// Typing in a settings field saves on every key; re-index once the typing stops.
	private readonly reindexSoon = debounce(() => void this.reindex(), 800, true);

	override async onload(): Promise<void> {
		this.settings = migrateSettings(await this.loadData());
		// Nothing heavy here: the index builds once the layout is ready, off Obsidian's start-up.
		this.live = this.addChild(new LiveIndex(this.app, this.settings, (settings) => this.datedNotes(settings)));
		this.host = new PluginHost({
			app: this.app,
			plugin: this,
			live: this.live,
			settings: () => this.settings,
			saveSettings: (next) => this.saveSettings(next),
			locateDatedNotes: (settings) => this.locateDatedNotes(settings),
			dialogs: {
				log: (paths, options) => void this.dialogs.openLog(paths, options),
				meeting: (paths) => void this.dialogs.openMeeting(paths),
				triage: () => void this.dialogs.openTriage(),
			},
		});
		this.dialogs = new Dialogs(this.app, this.host);

		const reachOut = this.addChild(new DailyReachOut(this.app, this.host, this.live));

		this.registerView(QUEUE_VIEW_TYPE, (leaf) => new QueueView(leaf, this.host));
		this.addSettingTab(new RapportSettingTab(this.app, this, this.host));
		this.addRibbonIcon('users', 'Open follow-up queue', () => void this.openQueue());
		this.addCommand({ id: 'open-queue', name: 'Open follow-up queue', callback: () => void this.openQueue() });
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
				new Notice(`Rapport indexed ${this.live.index.contactCount} contacts.`);
			},
		});

		this.statusEl = this.addStatusBarItem();
		this.statusEl.addClass('rapport-status', 'mod-clickable');
		this.statusEl.setAttr('aria-label', 'Open follow-up queue');
		this.registerDomEvent(this.statusEl, 'click', () => void this.openQueue());
		this.registerEvent(this.app.workspace.on(INDEX_CHANGED, () => this.updateStatus()));
		// The queue moves at midnight with nothing edited: look again now and then.
		this.registerInterval(window.setInterval(() => this.updateStatus(), 10 * 60 * 1000));
	}

	async saveSettings(next: RapportSettings): Promise<void> {
		this.settings = migrateSettings(next);
		await this.saveData(this.settings);
		this.reindexSoon();
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
		const { folder, format } = await this.locateDatedNotes(settings);
		return datedNoteMatcher(folder, format);
	}

	/** Dated notes: where these settings, else Periodic Notes, else Daily Notes say they are. */
	private async locateDatedNotes(settings: RapportSettings): Promise<{ folder: string; format: string }> {
		return datedNotesLocation(
			settings,
			await this.readConfigJson('plugins/periodic-notes/data.json'),
			await this.readConfigJson('daily-notes.json'),
		);
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
