// New contact: a name, and optionally company and tie. The note is made from the
// template in settings (or the built-in one) and opened; an existing note is opened instead.
import { Modal, Setting, type App } from 'obsidian';
import type { NewContact } from '../domain/newContact';
import { TIES, type Tie } from '../domain/settings';
import { addFormFooter } from './logModal';

export class NewContactModal extends Modal {
	private name = '';
	private company = '';
	private tie: Tie | '' = '';
	private errorEl?: HTMLElement;

	constructor(
		app: App,
		private readonly onSubmit: (contact: NewContact) => void | Promise<void>,
		private readonly initialName = '',
	) {
		super(app);
		this.name = initialName;
	}

	override onOpen(): void {
		this.setTitle('New contact');
		const { contentEl } = this;
		let nameInput: HTMLInputElement | undefined;
		new Setting(contentEl).setName('Name').addText((text) => {
			nameInput = text.inputEl;
			text
				.setPlaceholder('Full name')
				.setValue(this.name)
				.onChange((value) => (this.name = value));
		});
		new Setting(contentEl)
			.setName('Company')
			.addText((text) => text.setPlaceholder('Optional').onChange((value) => (this.company = value)));
		new Setting(contentEl)
			.setName('Tie')
			.setDesc('How close you are; it sets how often to keep in touch.')
			.addDropdown((dropdown) => {
				dropdown.addOption('', 'Not set');
				for (const tie of TIES) dropdown.addOption(tie, tie[0]?.toUpperCase() + tie.slice(1));
				dropdown.onChange((value) => (this.tie = value as Tie | ''));
			});
		this.errorEl = addFormFooter(this, 'Create', () => this.submit());
		contentEl.addEventListener('keydown', (evt) => {
			if (evt.key === 'Enter' && !evt.isComposing && evt.target instanceof HTMLInputElement) {
				evt.preventDefault();
				void this.submit();
			}
		});
		nameInput?.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	async submit(): Promise<void> {
		const name = this.name.trim();
		if (!name) {
			this.errorEl?.setText('Enter a name.');
			return;
		}
		this.close();
		const contact: NewContact = { name };
		if (this.company.trim()) contact.company = this.company.trim();
		if (this.tie) contact.tie = this.tie;
		await this.onSubmit(contact);
	}
}
