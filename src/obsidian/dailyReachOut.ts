// The "Reach out" block in today's daily note. Added when today's note is created, if the
// setting is on: never while Obsidian is still loading (that is old notes being found, not
// made), never to a note made more than a minute ago (an old note arriving by sync), never
// twice. A command adds it to the note in the editor on demand.
import { Component, Notice, TFile, type App, type TAbstractFile } from 'obsidian';
import { addReachOut, hasReachOut, reachOutLines } from '../domain/reachOut';
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

	override onload(): void {
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
		const timer = window.setTimeout(() => void this.addToToday(file), AFTER_TEMPLATES_MS);
		this.register(() => window.clearTimeout(timer));
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
		const lines = reachOutLines(this.host.queue(), this.host.settings().reachOutCount);
		if (lines.length === 0) {
			if (say) new Notice('Nobody to reach out to today.');
			return false;
		}
		const step = await this.host.writer.edit(file.path, `Added reach-outs to ${file.basename}`, (text) => addReachOut(text, lines));
		if (!step && say) new Notice(hasReachOut(await this.app.vault.read(file)) ? `${file.basename} has a Reach out block already.` : 'Nothing was added.');
		return step !== undefined;
	}
}
