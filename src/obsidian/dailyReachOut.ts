// The "Reach out" block in today's daily note. Added when today's note is created, if the
// setting is on: never while Obsidian is still loading (that is old notes being found, not
// made), never to a note made more than a minute ago (an old note arriving by sync), never
// twice. A command adds it to the note in the editor on demand.
//
// Ticking a line about an owed follow-up ticks that follow-up too, where it is written:
// the gesture means done. Only a tick seen happening counts: the block's lines are kept
// from when Rapport added it, or from the first time it is seen with a line open, and a
// line goes from open to ticked in the text the metadata cache's `changed` event hands
// over. A note that arrives ticked already (by sync, ticked while Rapport was not running)
// is left alone.
import { Component, Notice, TFile, type App, type CachedMetadata, type TAbstractFile } from 'obsidian';
import { baseName } from '../domain/links';
import { followUpsMeant, isReachOutHeading, openFollowUps, reachOutLines, reachOutTasks, type ReachOutTask } from '../domain/reachOut';
import type { LiveIndex } from './liveIndex';
import type { PluginHost } from './pluginHost';

/** Daily Notes and Templater fill a new note just after creating it; add after they have. */
const AFTER_TEMPLATES_MS = 1500;
const JUST_MADE_MS = 60_000;

export class DailyReachOut extends Component {
	constructor(
		private readonly app: App,
		private readonly host: PluginHost,
		private readonly live: LiveIndex,
	) {
		super();
	}

	/** Each watched note's reach-out lines, by their text, and whether each was ticked. */
	private readonly watched = new Map<string, Map<string, boolean>>();
	/** New notes waiting for their templates to be filled in; cleared on unload. */
	private readonly waiting = new Set<number>();

	override onload(): void {
		this.register(() => {
			for (const timer of this.waiting) window.clearTimeout(timer);
			this.waiting.clear();
		});
		this.registerEvent(this.app.metadataCache.on('changed', (file, data, cache) => this.changed(file, data, cache)));
		this.registerEvent(
			this.app.vault.on('rename', (file: TAbstractFile, oldPath: string) => {
				const lines = this.watched.get(oldPath);
				if (!lines) return;
				this.watched.delete(oldPath);
				this.watched.set(file.path, lines);
			}),
		);
		this.registerEvent(this.app.vault.on('delete', (file: TAbstractFile) => void this.watched.delete(file.path)));
		// While Obsidian loads, `create` fires for every note already in the vault: listen after.
		this.app.workspace.onLayoutReady(() => {
			this.registerEvent(this.app.vault.on('create', (file) => this.created(file)));
		});
	}

	private created(file: TAbstractFile): void {
		if (!this.host.settings().reachOutInDailyNote || !(file instanceof TFile) || file.extension !== 'md') return;
		if (Date.now() - file.stat.ctime > JUST_MADE_MS) return;
		// Before the first build nobody knows yet which notes are daily notes: look again after it.
		if (this.live.isReady && !this.isToday(file)) return;
		// One timer per new note, forgotten once it fires: not a cleanup kept for every note made.
		const timer = window.setTimeout(() => {
			this.waiting.delete(timer);
			void this.addToToday(file);
		}, AFTER_TEMPLATES_MS);
		this.waiting.add(timer);
	}

	/**
	 * Adds the block if the note is today's daily note. Which notes are daily notes is known
	 * once the index is built, and today's note is often made just after start-up, while it
	 * is still being built: so wait for it rather than ask too early.
	 */
	private async addToToday(file: TFile): Promise<void> {
		await this.live.built;
		if (this.isToday(file)) await this.add(file, false);
	}

	private isToday(file: TFile): boolean {
		return this.live.datedNotes?.dayOf(file.path) === this.host.today();
	}

	/** Adds the block to a note; `say` reports why nothing was added, for the command. */
	async add(file: TFile, say: boolean): Promise<boolean> {
		await this.live.built;
		const lines = reachOutLines(this.host.queue(), this.host.settings().reachOutCount, (path) => this.live.index.linkText(path));
		if (lines.length === 0) {
			// The block lists only these; the status bar counts unanswered asks and dated things too.
			if (say) new Notice('Nobody is owed or overdue today.');
			return false;
		}
		// Said only when asked for: made with today's note, the block speaks for itself.
		const outcome = await this.host.writer.report(this.host.writer.actions.addReachOuts(file.path, lines), {
			quiet: (o) => !o.value && !say,
			silent: !say,
		});
		const added = outcome.ok && outcome.value === true;
		if (added) this.watched.set(file.path, new Map(lines.map((line) => [line.replace(/^- \[ \][ \t]+/, ''), false])));
		return added;
	}

	/** Compares the note's reach-out lines with the last ones seen, and acts on each newly ticked. */
	private changed(file: TFile, data: string, cache: CachedMetadata): void {
		const before = this.watched.get(file.path);
		// Every edit of every note comes here: most have no block, as the cache's headings
		// say, and their text is not read.
		if (!before && !(cache.headings ?? []).some((h) => isReachOutHeading(h.heading))) return;
		const tasks = reachOutTasks(data);
		if (tasks.length === 0 || (!before && tasks.every((t) => t.checked))) {
			this.watched.delete(file.path);
			return;
		}
		this.watched.set(file.path, new Map(tasks.map((t) => [t.key, t.checked])));
		if (!before) return;
		for (const task of tasks) if (task.checked && before.get(task.key) === false) void this.ticked(task);
	}

	/**
	 * A reach-out line ticked: the follow-up it was about is ticked in its note, as an
	 * undoable step. It is looked for among all the person's open follow-ups, not the
	 * queue's: snoozed since the line was written, it has a new date or is weeks away.
	 */
	private async ticked(task: ReachOutTask): Promise<void> {
		if (!task.followUp || !task.person) return;
		await this.live.built;
		const index = this.live.index;
		const person = index.resolve(task.person);
		if (!person) return;
		const meant = followUpsMeant(task, openFollowUps(person, index.timeline(person.path), index.linkedFollowUps(person.path)));
		const followUp = meant[0];
		if (meant.length > 1) {
			new Notice(`Rapport can't tell which of ${person.name}'s follow-ups '${task.followUp.words}' is: tick it in the note.`);
			return;
		}
		if (!followUp) {
			new Notice(`Couldn't find '${task.followUp.words}' open in ${person.name} any more; nothing ticked.`);
			return;
		}
		await this.host.writer.report(
			this.host.writer.actions.completeFollowUp(followUp, `Ticked '${followUp.text}' in ${baseName(followUp.path)}`),
		);
	}
}
