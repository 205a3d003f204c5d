// The tag a bulk "Tag" in the queue adds to every contact picked.
import type { App } from 'obsidian';
import { isTag } from '../domain/contactWrites';
import { AskModal } from './askModal';

/** Asks for the tag a bulk "Tag" adds; `#` optional. */
export class TagModal extends AskModal<string> {
	protected readonly title: string;
	protected readonly submitText = 'Add tag';

	constructor(app: App, count: number, onPick: (tag: string) => void) {
		super(app, onPick);
		this.title = count === 1 ? 'Tag contact' : `Tag ${count} contacts`;
	}

	protected field(parent: HTMLElement): HTMLInputElement {
		return parent.createEl('input', {
			cls: 'rapport-tag-input',
			type: 'text',
			attr: { 'aria-label': 'Tag', placeholder: 'Tag, such as mentor' },
		});
	}

	protected read(text: string): { value: string } | { error: string } {
		const tag = text.trim().replace(/^#/, '');
		return isTag(tag) ? { value: tag } : { error: 'A tag is letters, digits, _, - or /, and not only digits.' };
	}
}
