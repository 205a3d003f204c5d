// The plugin's writes to contact notes, through processFrontMatter so Obsidian keeps
// the rest of the properties, their order and the body as they were. Each write says
// what it did in a Notice, and a note whose properties don't parse is refused by name.
import { Notice, TFile, type App } from 'obsidian';
import { formatDay, humanDay, type Day } from '../domain/day';
import { baseName } from '../domain/links';
import type { RapportSettings } from '../domain/settings';

export class ContactWriter {
	constructor(
		private readonly app: App,
		private readonly settings: () => RapportSettings,
		private readonly today: () => Day,
	) {}

	/** `last_contact: today`, moved forward only: a newer date already there stays. */
	async logToday(path: string): Promise<boolean> {
		const key = this.settings().keys.lastContact;
		const today = formatDay(this.today());
		let kept: string | undefined;
		const done = await this.write(path, (fm) => {
			const current = fm[key];
			if (typeof current === 'string' && current.slice(0, 10) > today) kept = current;
			else fm[key] = today;
		});
		if (done) new Notice(kept ? `${baseName(path)}: last contact stays ${kept}, which is later than today.` : `${baseName(path)}: last contact set to today.`);
		return done;
	}

	/** `next_follow_up: <day>`: the contact leaves the queue until then. */
	async snooze(path: string, until: Day): Promise<boolean> {
		const key = this.settings().keys.nextFollowUp;
		const done = await this.write(path, (fm) => {
			fm[key] = formatDay(until);
		});
		if (done) new Notice(`${baseName(path)}: snoozed until ${humanDay(until, this.today())}.`);
		return done;
	}

	/** `status: dormant`: an accepted fading, out of the queue for good. */
	async markDormant(path: string): Promise<boolean> {
		const key = this.settings().keys.status;
		const done = await this.write(path, (fm) => {
			fm[key] = 'dormant';
		});
		if (done) new Notice(`${baseName(path)}: marked dormant; it leaves the queue.`);
		return done;
	}

	private async write(path: string, change: (frontmatter: Record<string, unknown>) => void): Promise<boolean> {
		const file = this.app.vault.getFileByPath(path);
		if (!(file instanceof TFile)) {
			new Notice(`Rapport: ${path} no longer exists.`);
			return false;
		}
		try {
			await this.app.fileManager.processFrontMatter(file, change);
			return true;
		} catch (error) {
			// Obsidian refuses to rewrite properties it cannot parse; so do we, and say where.
			new Notice(`Rapport: the properties of ${path} don't parse, so nothing was written. Fix the YAML and try again. (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
			return false;
		}
	}
}
