// A small modal asking for one value (a snooze date, a tag): the shape every such
// question in the queue shares, so each says only what it asks and how to read the answer.
import { Modal, type App } from 'obsidian';

/**
 * A small modal asking for one value: an input, a message when what was typed will not
 * do, and a button; Enter submits. `read` turns the text into the value, or says what is wrong.
 */
export abstract class AskModal<T> extends Modal {
	protected abstract readonly title: string;
	protected abstract readonly submitText: string;

	constructor(
		app: App,
		private readonly onPick: (value: T) => void,
	) {
		super(app);
	}

	/** The input, made in the modal's content. */
	protected abstract field(parent: HTMLElement): HTMLInputElement;

	/** The value typed, or a sentence saying what is wrong with it. */
	protected abstract read(text: string): { value: T } | { error: string };

	override onOpen(): void {
		this.setTitle(this.title);
		const input = this.field(this.contentEl);
		const error = this.contentEl.createDiv({ cls: 'rapport-snooze-error' });
		const buttons = this.contentEl.createDiv({ cls: 'modal-button-container' });
		const submit = (): void => {
			const result = this.read(input.value);
			if ('error' in result) {
				error.setText(result.error);
				return;
			}
			this.close();
			this.onPick(result.value);
		};
		buttons.createEl('button', { cls: 'mod-cta', text: this.submitText }).addEventListener('click', submit);
		buttons.createEl('button', { text: 'Cancel' }).addEventListener('click', () => this.close());
		input.addEventListener('keydown', (evt) => {
			if (evt.key === 'Enter') {
				evt.preventDefault();
				submit();
			}
		});
		input.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
