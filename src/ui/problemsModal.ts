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
		// One entry a note, with each of its problems under it; in the order the notes first come.
		const byNote = new Map<string, string[]>();
		for (const problem of this.problems) byNote.set(problem.path, [...(byNote.get(problem.path) ?? []), problem.message]);
		this.setTitle(problemsTitle(byNote.size));
		this.contentEl.addClass('rapport-problems-modal');
		const list = this.contentEl.createDiv({ cls: 'rapport-problems', attr: { role: 'list' } });
		for (const [path, messages] of byNote) {
			const item = list.createDiv({ cls: 'rapport-problem', attr: { role: 'listitem' } });
			// A problem with the settings (the daily notes format) has no note to open.
			if (path) {
				const open = item.createEl('button', { cls: 'rapport-problem-note', text: path });
				open.addEventListener('click', () => {
					this.close();
					this.openNote(path);
				});
			} else item.createDiv({ cls: 'rapport-problem-note', text: 'Settings' });
			if (messages.length === 1) item.createDiv({ cls: 'rapport-problem-reason', text: messages[0] ?? '' });
			else {
				const reasons = item.createEl('ul', { cls: 'rapport-problem-reasons' });
				for (const message of messages) reasons.createEl('li', { cls: 'rapport-problem-reason', text: message });
			}
		}
		// The keyboard starts on the first note, not on the queue's foot that opened this.
		list.querySelector<HTMLElement>('button')?.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
