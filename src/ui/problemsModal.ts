// The notes the index could not read, or read with a problem, listed from the queue's
// foot ("3 notes need a look"), each opening its note.
import { Modal, type App } from 'obsidian';

/**
 * "3 notes need a look": some could not be read (properties that don't parse, a value of
 * the wrong kind), others were read but clash (two contacts of one name).
 */
export function problemsTitle(notes: number): string {
	return notes === 1 ? '1 note needs a look' : `${notes} notes need a look`;
}

/** The notes the index could not read and why; each row opens its note, from the keyboard too. */
export class ProblemsModal extends Modal {
	constructor(
		app: App,
		private readonly problems: readonly { path: string; message: string }[],
		private readonly openNote: (path: string) => void,
	) {
		super(app);
	}

	override onOpen(): void {
		const notes = new Set(this.problems.map((p) => p.path)).size;
		this.setTitle(problemsTitle(notes));
		this.contentEl.addClass('rapport-problems-modal');
		const list = this.contentEl.createDiv({ cls: 'rapport-problems', attr: { role: 'list' } });
		for (const problem of this.problems) {
			const item = list.createDiv({ cls: 'rapport-problem', attr: { role: 'listitem' } });
			// A problem with the settings (the daily notes format) has no note to open.
			if (problem.path) {
				const open = item.createEl('button', { cls: 'rapport-problem-note', text: problem.path });
				open.addEventListener('click', () => {
					this.close();
					this.openNote(problem.path);
				});
			} else item.createDiv({ cls: 'rapport-problem-note', text: 'Settings' });
			item.createDiv({ cls: 'rapport-problem-reason', text: problem.message });
		}
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
