// Rapport's plugin: lifecycle and wiring only. The domain lives in src/domain, the
// index in src/index, and everything Obsidian-specific in src/obsidian and src/ui.
import { Notice, Plugin, normalizePath } from 'obsidian';
import { datedNoteMatcher, datedNotesLocation, type DatedNoteMatcher } from './domain/datedNotes';
import { migrateSettings, type RapportSettings } from './domain/settings';
import { LiveIndex } from './obsidian/liveIndex';

export default class RapportPlugin extends Plugin {
	override settings: RapportSettings = migrateSettings(undefined);
	live!: LiveIndex;

	override async onload(): Promise<void> {
		this.settings = migrateSettings(await this.loadData());
		this.live = this.addChild(new LiveIndex(this.app, this.settings, await this.datedNotes()));
		this.addCommand({
			id: 'rebuild-index',
			name: 'Rebuild index',
			callback: async () => {
				await this.live.reconfigure(this.settings, await this.datedNotes());
				new Notice(`Rapport indexed ${this.live.index.contactCount} contacts.`);
			},
		});
	}

	/** Dated notes: where Rapport's setting, Periodic Notes or Daily Notes say they are. */
	private async datedNotes(): Promise<DatedNoteMatcher> {
		const { folder, format } = datedNotesLocation(this.settings, await this.readConfigJson('plugins/periodic-notes/data.json'), await this.readConfigJson('daily-notes.json'));
		return datedNoteMatcher(folder, format);
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
