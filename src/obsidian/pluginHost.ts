// The plugin as the views see it (RapportHost): the queue from the live index, settings
// that re-index when saved, and the row actions through the contact writer.
import { TFile, TFolder, type App, type Plugin } from 'obsidian';
import { localToday, type Day } from '../domain/day';
import { computeQueue, type Queue } from '../domain/queue';
import { defaultSettings, type RapportSettings } from '../domain/settings';
import type { QueueActions, RapportHost } from '../ui/host';
import { ContactWriter } from './contactWriter';
import type { ContactIndex } from '../index/contactIndex';
import type { LiveIndex } from './liveIndex';

export interface PluginHostOptions {
	app: App;
	plugin: Plugin;
	live: LiveIndex;
	settings: () => RapportSettings;
	saveSettings: (settings: RapportSettings) => Promise<void>;
	/** Where daily notes are under these settings (the plugin reads Daily/Periodic Notes for it). */
	locateDatedNotes: (settings: RapportSettings) => Promise<{ folder: string; format: string }>;
}

export class PluginHost implements RapportHost {
	readonly actions: QueueActions;
	private cached?: { index: ContactIndex; revision: number; today: Day; queue: Queue };

	constructor(private readonly options: PluginHostOptions) {
		const writer = new ContactWriter(options.app, options.settings, () => this.today());
		this.actions = {
			open: async (path, newTab) => {
				const file = options.app.vault.getFileByPath(path);
				if (file instanceof TFile) await options.app.workspace.getLeaf(newTab ? 'tab' : false).openFile(file);
			},
			logToday: async (path) => void (await writer.logToday(path)),
			snooze: async (path, until) => void (await writer.snooze(path, until)),
			markDormant: async (path) => void (await writer.markDormant(path)),
		};
	}

	today(): Day {
		return localToday();
	}

	/**
	 * Kept until the index moves or the day changes: views ask often. A rebuild makes a
	 * new index whose revisions start again, so which index it came from counts too.
	 */
	queue(): Queue {
		const index = this.options.live.index;
		const today = this.today();
		const cached = this.cached;
		if (cached?.index === index && cached.revision === index.revision && cached.today === today) return cached.queue;
		const queue = computeQueue(index, today, this.settings());
		this.cached = { index, revision: index.revision, today, queue };
		return queue;
	}

	revision(): number {
		return this.options.live.index.revision;
	}

	ready(): boolean {
		return this.options.live.isReady;
	}

	contactCount(): number {
		return this.options.live.index.contactCount;
	}

	settings(): RapportSettings {
		return this.options.settings();
	}

	saveSettings(settings: RapportSettings): Promise<void> {
		return this.options.saveSettings(settings);
	}

	folders(): string[] {
		return this.options.app.vault.getAllLoadedFiles().filter((f): f is TFolder => f instanceof TFolder && !f.isRoot()).map((f) => f.path).sort();
	}

	datedNotesDefaults(): Promise<{ folder: string; format: string }> {
		// What the Daily Notes or Periodic Notes settings say, as if Rapport had none of its own.
		return this.options.locateDatedNotes(defaultSettings());
	}

	openSettings(): void {
		// Obsidian has no public call for this; every plugin that offers the button uses it.
		const setting = (this.options.app as unknown as { setting?: { open(): void; openTabById(id: string): void } }).setting;
		setting?.open();
		setting?.openTabById(this.options.plugin.manifest.id);
	}
}
