// New meeting note: a template, the people in it (by name or alias, or someone new) and
// the day. The note is made from the template with each person's context and opened.
import { Modal, Setting, type App } from 'obsidian';
import type { MeetingChoice } from '../actions/meeting';
import { formatDay, parseIsoDay } from '../domain/day';
import { TEMPLATE_IDS, TEMPLATE_NAMES, templatePaths, type TemplateId } from '../domain/templates';
import { PEOPLE_ROW, PeoplePicker, addFormFooter, type PeopleFormOptions } from './logModal';
import { nameFields } from './settingInputs';

export type { MeetingChoice };

export class NewMeetingModal extends Modal {
	private template: TemplateId;
	private date: string;
	private name = '';
	private picker?: PeoplePicker;
	private errorEl?: HTMLElement;

	constructor(
		app: App,
		private readonly options: PeopleFormOptions & {
			template?: TemplateId;
			/** Where the user's own templates are (settings), to name the file that replaces a built-in one. */
			templatesFolder?: string;
			onSubmit: (choice: MeetingChoice) => void | Promise<void>;
		},
	) {
		super(app);
		this.template = options.template ?? 'coffee-chat';
		this.date = formatDay(options.today);
	}

	override onOpen(): void {
		this.setTitle('New meeting note');
		const { contentEl } = this;
		contentEl.addClass('rapport-meeting-modal');
		const template = new Setting(contentEl).setName('Template').setDesc(this.templateDesc());
		template.addDropdown((dropdown) => {
			for (const id of TEMPLATE_IDS) dropdown.addOption(id, TEMPLATE_NAMES[id]);
			dropdown.setValue(this.template).onChange((value) => {
				this.template = value as TemplateId;
				template.setDesc(this.templateDesc());
				this.describePeople();
			});
			dropdown.selectEl.addClass('rapport-meeting-template');
		});
		nameFields(template);
		this.picker = new PeoplePicker(this.app, contentEl, this.options.contacts, this.options.initial);
		this.describePeople();
		const name = new Setting(contentEl)
			.setName('Name')
			.setDesc('Optional: what to call the note after its date, such as the name of the event.')
			.addText((text) => {
				text.onChange((value) => (this.name = value));
				text.inputEl.addClass('rapport-meeting-name');
			});
		const date = new Setting(contentEl)
			.setName('Date')
			.setDesc('A day ahead prepares the meeting; it counts as contact once the day comes.')
			.addText((text) => {
				text.inputEl.type = 'date';
				text.setValue(this.date).onChange((value) => (this.date = value));
			});
		nameFields(name);
		nameFields(date);
		this.errorEl = addFormFooter(this, 'Create', () => this.submit());
		contentEl.querySelector<HTMLSelectElement>('.rapport-meeting-template')?.focus();
	}

	/** The file that replaces the chosen built-in template: "Templates/coffee-chat.md (or Coffee chat.md)". */
	private templateDesc(): string {
		const [byId = '', byName = ''] = templatePaths(this.options.templatesFolder ?? '', this.template);
		return `${byId} (or ${byName.slice(byName.lastIndexOf('/') + 1)}) replaces the built-in one.`;
	}

	/** An event's people are the ones you hope to meet: they are listed, not logged. */
	private describePeople(): void {
		const setting = this.picker?.setting;
		if (!setting) return;
		if (this.template === 'event')
			setting.setName('People to meet').setDesc('Optional: listed in the note, not logged. Follow up people met logs whoever you met.');
		else setting.setName(PEOPLE_ROW.name).setDesc(PEOPLE_ROW.desc);
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	async submit(): Promise<void> {
		const people = this.picker?.people ?? [];
		const date = parseIsoDay(this.date);
		// An event's people are the ones you hope to meet: there may be none yet.
		const problem =
			people.length === 0 && this.template !== 'event'
				? 'Add at least one person.'
				: date === undefined
					? 'Enter the date as YYYY-MM-DD.'
					: undefined;
		if (problem || date === undefined) {
			this.errorEl?.setText(problem ?? '');
			return;
		}
		this.close();
		const name = this.name.trim();
		await this.options.onSubmit({ template: this.template, people: [...people], date, ...(name ? { name } : {}) });
	}
}
