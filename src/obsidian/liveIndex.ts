// The contact index inside Obsidian: a Component, so every event it registers is
// released on unload. First build once the layout is ready (never during start-up),
// then one file at a time from the metadata cache's `changed` event and the vault's
// `create`, `rename` and `delete` (the cache reports no renames or deletes).
import { Component, TFile, debounce, type App, type TAbstractFile } from 'obsidian';
import { datedNoteMatcher, type DatedNoteMatcher } from '../domain/datedNotes';
import type { RapportSettings } from '../domain/settings';
import { ContactIndex } from '../index/contactIndex';
import { INDEX_CHANGED } from '../ui/host';
import { MetadataCacheSource } from './metadataCacheSource';

export class LiveIndex extends Component {
	readonly source: MetadataCacheSource;
	index: ContactIndex;
	/** Settles once the first build is done; commands that need the index await it. */
	readonly built: Promise<void>;
	private ready = false;
	/** Which notes are daily notes, and their days, as of the last build. */
	datedNotes: DatedNoteMatcher | undefined = undefined;
	/** Counts rebuilds, so one overtaken by a newer one (settings changed again) is dropped. */
	private generation = 0;
	private markBuilt: () => void = () => undefined;
	/** Edits heard while a build runs, applied again to the new index when it is in place. */
	private pending: (() => void)[] | undefined = undefined;
	/**
	 * Where in `pending` each note's newest `changed` is, while nothing else has touched that
	 * path since: a later `changed` takes its place, so a note typed into during a long build
	 * keeps one copy of its text, not one per keystroke.
	 */
	private readonly lastChange = new Map<string, number>();
	private readonly announce = debounce(() => this.app.workspace.trigger(INDEX_CHANGED, this.index.revision), 200, true);

	/**
	 * `locateDatedNotes` reads where daily notes live (these settings, else the Daily Notes
	 * or Periodic Notes settings); it is asked at each build, never during start-up.
	 */
	constructor(
		private readonly app: App,
		private settings: RapportSettings,
		private readonly locateDatedNotes: (settings: RapportSettings) => Promise<DatedNoteMatcher>,
	) {
		super();
		this.source = new MetadataCacheSource(app, settings);
		// Empty until the first build; nothing reads it before isReady.
		this.index = new ContactIndex(settings, datedNoteMatcher(settings.datedNotesFolder, settings.datedNotesFormat || 'YYYY-MM-DD'));
		this.built = new Promise((resolve) => (this.markBuilt = resolve));
	}

	override onload(): void {
		this.app.workspace.onLayoutReady(() => void this.rebuild());
		this.registerEvent(
			this.app.metadataCache.on('changed', (file, data) =>
				this.follow(
					[file.path],
					() => {
						this.source.setContent(file.path, data);
						this.index.update(this.source, file.path);
					},
					true,
				),
			),
		);
		// The cache's `changed` follows once a new note is parsed; this catches a note that
		// arrives empty, or before its cache, so it is known at once.
		this.registerEvent(
			this.app.vault.on('create', (file: TAbstractFile) => {
				if (!(file instanceof TFile) || file.extension !== 'md') return;
				this.follow([file.path], () => this.index.update(this.source, file.path));
			}),
		);
		this.registerEvent(
			this.app.vault.on('rename', (file: TAbstractFile, oldPath: string) => {
				if (!(file instanceof TFile)) return;
				this.follow([oldPath, file.path], () => {
					this.source.moved(oldPath, file.path);
					// Renamed away from .md, it is no note of ours any more; the path lookup says so.
					this.index.rename(this.source, oldPath, file.path);
				});
			}),
		);
		this.registerEvent(
			this.app.vault.on('delete', (file: TAbstractFile) => {
				if (!(file instanceof TFile)) return;
				this.follow([file.path], () => {
					this.source.forget(file.path);
					this.index.remove(file.path);
				});
			}),
		);
	}

	/** Turned off: the announcement still waiting is dropped, and a build under way is never put in place. */
	override onunload(): void {
		this.announce.cancel();
		this.generation++;
	}

	/**
	 * Applies one edit to the index there is, and keeps it while a build runs: the build
	 * may have read that note's text before the edit, so the edit is applied again to the
	 * new index once it is in place. Applying an edit twice leaves what applying it once does.
	 *
	 * Kept, a note's `changed` replaces its earlier one unless a create, rename or delete of
	 * that path (`paths`: those the event names) came between: a rename carries the text the
	 * edit before it set, so that edit must still be replayed before it. Edits of other notes
	 * in between do not read this one's text, so the newer text takes the older one's place.
	 */
	private follow(paths: readonly string[], edit: () => void, change = false): void {
		if (this.pending) {
			const path = paths[0] ?? '';
			const at = change ? this.lastChange.get(path) : undefined;
			if (at !== undefined) {
				this.pending[at] = edit;
			} else {
				for (const p of paths) this.lastChange.delete(p);
				this.pending.push(edit);
				if (change) this.lastChange.set(path, this.pending.length - 1);
			}
		}
		if (!this.ready) return;
		edit();
		this.announce();
	}

	/** True once the first build is done. */
	get isReady(): boolean {
		return this.ready;
	}

	/** Settings changed: a new index over the same notes. */
	reconfigure(settings: RapportSettings): Promise<void> {
		this.settings = settings;
		this.source.reconfigure(settings);
		return this.rebuild();
	}

	async rebuild(): Promise<void> {
		const generation = ++this.generation;
		this.pending ??= [];
		const datedNotes = await this.locateDatedNotes(this.settings);
		await this.source.loadLineText();
		if (generation !== this.generation) return;
		this.datedNotes = datedNotes;
		const index = new ContactIndex(this.settings, datedNotes);
		// A new index counts from zero; carrying on from the old one's count is what tells
		// an open view (which compares revisions) that everything may have moved.
		index.revision = this.index.revision;
		index.build(this.source);
		this.index = index;
		const pending = this.pending ?? [];
		this.pending = undefined;
		this.lastChange.clear();
		for (const edit of pending) edit();
		this.ready = true;
		this.markBuilt();
		this.announce();
	}
}
