// Rapport's plugin: lifecycle and wiring only. The domain lives in src/domain, the
// index in src/index, and everything Obsidian-specific in src/obsidian and src/ui.
import { Notice, Plugin, normalizePath } from 'obsidian';
import { datedNoteMatcher, type DatedNoteMatcher } from './domain/datedNotes';
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

	/** Dated notes: Rapport's own setting, else the Daily Notes core plugin's. */
	private async datedNotes(): Promise<DatedNoteMatcher> {
		let folder = this.settings.datedNotesFolder;
		let format = this.settings.datedNotesFormat;
		if (!folder || !format) {
			const daily = await this.readConfigJson('daily-notes.json');
			folder ||= typeof daily?.folder === 'string' ? daily.folder : '';
			format ||= typeof daily?.format === 'string' ? daily.format : '';
		}
		return datedNoteMatcher(normalizePath(folder || '/').replace(/^\/$/, ''), format);
	}

	private async readConfigJson(name: string): Promise<Record<string, unknown> | undefined> {
		const path = normalizePath(`${this.app.vault.configDir}/${name}`);
		try {
			if (!(await this.app.vault.adapter.exists(path))) return undefined;
			const data: unknown = JSON.parse(await this.app.vault.adapter.read(path));
			return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : undefined;
		} catch {
			return undefined;
		}
	}
}
