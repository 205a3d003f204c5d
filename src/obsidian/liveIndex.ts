// The contact index inside Obsidian: a Component, so every event it registers is
// released on unload. First build once the layout is ready (never during start-up),
// then one file at a time from the metadata cache's `changed` event and the vault's
// `rename` and `delete` (the cache does not report those).
import { Component, TFile, debounce, type App, type EventRef, type TAbstractFile } from 'obsidian';
import type { DatedNoteMatcher } from '../domain/datedNotes';
import type { RapportSettings } from '../domain/settings';
import { ContactIndex } from '../index/contactIndex';
import { MetadataCacheSource } from './metadataCacheSource';

/** Fired on the workspace, debounced, when the index moved: views refresh on it. */
export const INDEX_CHANGED = 'rapport:index-changed';

declare module 'obsidian' {
	interface Workspace {
		/** Rapport's index moved; the argument is its revision. */
		on(name: typeof INDEX_CHANGED, callback: (revision: number) => unknown, ctx?: unknown): EventRef;
	}
}

export class LiveIndex extends Component {
	readonly source: MetadataCacheSource;
	index: ContactIndex;
	/** Settles once the first build is done; commands that need the index await it. */
	readonly built: Promise<void>;
	private ready = false;
	private markBuilt: () => void = () => undefined;
	private readonly announce = debounce(() => this.app.workspace.trigger(INDEX_CHANGED, this.index.revision), 200, true);

	constructor(
		private readonly app: App,
		private settings: RapportSettings,
		private datedNotes: DatedNoteMatcher,
	) {
		super();
		this.source = new MetadataCacheSource(app, settings);
		this.index = new ContactIndex(settings, datedNotes);
		this.built = new Promise((resolve) => (this.markBuilt = resolve));
	}

	override onload(): void {
		this.app.workspace.onLayoutReady(() => void this.rebuild());
		this.registerEvent(this.app.metadataCache.on('changed', (file, data) => {
			if (!this.ready) return;
			this.source.setContent(file.path, data);
			this.index.update(this.source, file.path);
			this.announce();
		}));
		this.registerEvent(this.app.vault.on('rename', (file: TAbstractFile, oldPath: string) => {
			if (!this.ready || !(file instanceof TFile)) return;
			this.source.moved(oldPath, file.path);
			// Renamed away from .md, it is no note of ours any more; the path lookup says so.
			this.index.rename(this.source, oldPath, file.path);
			this.announce();
		}));
		this.registerEvent(this.app.vault.on('delete', (file: TAbstractFile) => {
			if (!this.ready || !(file instanceof TFile)) return;
			this.source.forget(file.path);
			this.index.remove(file.path);
			this.announce();
		}));
	}

	/** True once the first build is done. */
	get isReady(): boolean {
		return this.ready;
	}

	/** Settings changed: a new index over the same notes. */
	reconfigure(settings: RapportSettings, datedNotes: DatedNoteMatcher): Promise<void> {
		this.settings = settings;
		this.datedNotes = datedNotes;
		this.source.reconfigure(settings);
		return this.rebuild();
	}

	async rebuild(): Promise<void> {
		await this.source.loadLineText();
		const index = new ContactIndex(this.settings, this.datedNotes);
		index.build(this.source);
		this.index = index;
		this.ready = true;
		this.markBuilt();
		this.announce();
	}
}
