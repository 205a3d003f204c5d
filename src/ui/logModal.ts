// Log interaction: who (one or several, by name or alias, or someone new), what kind,
// when, a summary, a give/ask mark, awaiting a reply, and an optional follow-up. Fully
// keyboard-driven: Tab between fields, Enter picks a person, Mod+Enter logs from anywhere.
import { AbstractInputSuggest, Modal, Setting, prepareFuzzySearch, setIcon, type App } from 'obsidian';
import { addDays, formatDay, parseIsoDay, type Day } from '../domain/day';
import { INTERACTION_KINDS, type InteractionKind } from '../domain/interactions';
import { DEFAULT_LOG_KIND } from '../domain/logKind';
import { looseName } from '../domain/words';
import type { Person } from '../actions/context';
import type { LogRequest } from '../actions/log';
import type { LogEntry } from '../domain/contactWrites';
import type { FollowUpTask } from '../domain/snooze';
import { nameFields } from './settingInputs';

/** Someone picked: a contact's note, or a new name to make one for. */
export type PersonChoice = Person;
export type { LogRequest };

// Below any score Obsidian's fuzzy search gives.
const LOOSE_SCORE = -1e9;

/** Contacts by fuzzy name or alias; a name that matches nobody offers a new contact. */
export function suggestPeople(
	contacts: readonly PersonChoice[],
	query: string,
	chosen: readonly PersonChoice[],
	limit = 20,
): PersonChoice[] {
	const typed = query.trim();
	const taken = new Set(chosen.map((p) => p.path ?? `new:${p.name.toLowerCase()}`));
	const open = contacts.filter((c) => !taken.has(c.path ?? ''));
	if (!typed) return open.slice(0, limit);
	const search = prepareFuzzySearch(typed);
	// Accents and apostrophes aside too, as the look-up everywhere else: `jose` finds José.
	const loose = looseName(typed);
	const scored: { person: PersonChoice; score: number }[] = [];
	for (const person of open) {
		let best: number | undefined;
		for (const name of [person.name, ...(person.aliases ?? [])]) {
			// Found only loosely: after every fuzzy match.
			const score = search(name)?.score ?? (looseName(name).includes(loose) ? LOOSE_SCORE : undefined);
			if (score !== undefined && (best === undefined || score > best)) best = score;
		}
		if (best !== undefined) scored.push({ person, score: best });
	}
	scored.sort((a, b) => b.score - a.score);
	const found = scored.slice(0, limit).map((s) => s.person);
	// No new contact for a name someone answers to, accents aside: it would be a second note for them.
	const exact = contacts.some((c) => [c.name, ...(c.aliases ?? [])].some((n) => looseName(n) === loose));
	if (!exact && !taken.has(`new:${typed.toLowerCase()}`)) found.push({ name: typed });
	return found;
}

class PersonSuggest extends AbstractInputSuggest<PersonChoice> {
	constructor(
		app: App,
		private readonly input: HTMLInputElement,
		private readonly contacts: () => readonly PersonChoice[],
		private readonly chosen: () => readonly PersonChoice[],
		private readonly pick: (person: PersonChoice) => void,
	) {
		super(app, input);
	}

	getSuggestions(query: string): PersonChoice[] {
		return suggestPeople(this.contacts(), query, this.chosen());
	}

	renderSuggestion(person: PersonChoice, el: HTMLElement): void {
		if (person.path) {
			el.createDiv({ text: person.name });
			el.createDiv({ cls: 'rapport-suggest-note', text: person.path });
		} else {
			el.createDiv({ text: `New contact: ${person.name}` });
		}
	}

	override selectSuggestion(person: PersonChoice): void {
		this.pick(person);
		this.input.value = '';
		this.close();
	}
}

/** What the people row is called in a form where they are the people you met with. */
export const PEOPLE_ROW = { name: 'With', desc: 'Type a name or alias; pick several for a group.' } as const;

/**
 * The "With" row of Log interaction and New meeting note: a name field with suggestions,
 * and the people picked as chips (Backspace in the empty field takes the last one off).
 */
export class PeoplePicker {
	readonly people: PersonChoice[];
	readonly input: HTMLInputElement;
	/** The row itself, so a form can say who the people are (an event's are people to meet). */
	readonly setting: Setting;
	private readonly chipsEl: HTMLElement;

	constructor(app: App, parent: HTMLElement, contacts: () => readonly PersonChoice[], initial: readonly PersonChoice[] = []) {
		this.people = [...initial];
		let input: HTMLInputElement | undefined;
		this.setting = new Setting(parent)
			.setName(PEOPLE_ROW.name)
			.setDesc(PEOPLE_ROW.desc)
			.addText((text) => {
				input = text.inputEl;
				text.setPlaceholder('Name');
				text.inputEl.setAttr('aria-label', 'Add a person');
				new PersonSuggest(
					app,
					text.inputEl,
					contacts,
					() => this.people,
					(person) => {
						this.people.push(person);
						this.render();
					},
				);
				text.inputEl.addEventListener('keydown', (evt) => {
					if (evt.key === 'Backspace' && text.inputEl.value === '' && this.people.length) {
						this.people.pop();
						this.render();
					}
				});
			});
		this.input = input ?? parent.createEl('input');
		this.chipsEl = parent.createDiv({ cls: 'rapport-log-people', attr: { 'aria-live': 'polite' } });
		this.render();
	}

	private render(): void {
		const el = this.chipsEl;
		el.empty();
		if (this.people.length === 0) {
			el.createSpan({ cls: 'rapport-log-none', text: 'Nobody yet.' });
			return;
		}
		for (const person of this.people) {
			const chip = el.createSpan({ cls: 'rapport-log-chip', text: person.path ? person.name : `${person.name} (new)` });
			const remove = chip.createEl('button', { cls: 'clickable-icon', attr: { 'aria-label': `Remove ${person.name}` } });
			setIcon(remove, 'x');
			remove.addEventListener('click', () => {
				this.people.splice(this.people.indexOf(person), 1);
				this.render();
			});
		}
	}
}

/** What a modal with a people picker is opened with. */
export interface PeopleFormOptions {
	/** Everyone the picker offers. */
	contacts: () => readonly PersonChoice[];
	today: Day;
	/** The people picked already. */
	initial?: PersonChoice[];
}

/**
 * A form modal's foot: where its errors show, the submit and Cancel buttons, and Mod+Enter
 * submitting from any field. Returns the error element.
 */
export function addFormFooter(modal: Modal, submitText: string, submit: () => Promise<void>): HTMLElement {
	const errorEl = modal.contentEl.createDiv({ cls: 'rapport-log-error mod-warning', attr: { role: 'alert' } });
	new Setting(modal.contentEl)
		.setClass('rapport-form-footer')
		.addButton((button) =>
			button
				.setButtonText(submitText)
				.setCta()
				.onClick(() => void submit()),
		)
		.addButton((button) => button.setButtonText('Cancel').onClick(() => modal.close()));
	modal.scope.register(['Mod'], 'Enter', (evt) => {
		evt.preventDefault();
		void submit();
		return false;
	});
	return errorEl;
}

/** What the give-or-ask field can say about an interaction. */
export type LogMark = 'none' | 'gave' | 'asked' | 'nudge';

export interface LogFormOptions extends PeopleFormOptions {
	/** What the give-or-ask field starts as: `nudge` from an awaiting-reply row. */
	mark?: LogMark;
	/** What the kind starts as: a message, or what fits the row it was opened from; never a meeting's kind. */
	kind?: InteractionKind;
	/** Opened from a follow-up row: logging it most often keeps the promise, so it is ticked too unless turned off. */
	done?: FollowUpTask;
	onSubmit: (request: LogRequest) => void | Promise<void>;
	/** Why the log would be refused (a nudge with no ask awaiting a reply), said in the form so what was typed stays. */
	refusal?: (request: LogRequest) => string | undefined;
}

export class LogInteractionModal extends Modal {
	private picker?: PeoplePicker;
	private kind: InteractionKind;
	private date: string;
	private summary = '';
	private mark: LogMark;
	private awaiting = false;
	private tick: boolean;
	private followUp = '';
	private due: string;
	private readonly defaultDue: string;
	private errorEl?: HTMLElement;

	constructor(
		app: App,
		private readonly options: LogFormOptions,
	) {
		super(app);
		this.date = formatDay(options.today);
		this.defaultDue = formatDay(addDays(options.today, 7));
		this.due = this.defaultDue;
		this.mark = options.mark ?? 'none';
		this.kind = options.kind ?? DEFAULT_LOG_KIND;
		this.tick = options.done !== undefined;
	}

	override onOpen(): void {
		this.setTitle('Log interaction');
		const { contentEl } = this;
		contentEl.addClass('rapport-log-modal');

		const picker = new PeoplePicker(this.app, contentEl, this.options.contacts, this.options.initial);
		this.picker = picker;

		const rows: Setting[] = [];
		rows.push(
			new Setting(contentEl).setName('Kind').addDropdown((dropdown) => {
				for (const kind of INTERACTION_KINDS) dropdown.addOption(kind, kind[0]?.toUpperCase() + kind.slice(1));
				dropdown.setValue(this.kind).onChange((value) => (this.kind = value as InteractionKind));
			}),
		);
		rows.push(
			new Setting(contentEl).setName('Date').addText((text) => {
				text.inputEl.type = 'date';
				text.inputEl.max = this.date;
				text.setValue(this.date).onChange((value) => (this.date = value));
			}),
		);
		rows.push(
			new Setting(contentEl).setName('Summary').addText((text) => {
				text.setPlaceholder('What you talked about').onChange((value) => (this.summary = value));
				text.inputEl.addClass('rapport-log-summary');
			}),
		);
		rows.push(
			new Setting(contentEl)
				.setName('Give or ask')
				.setDesc('Keeps the give-and-take visible over time.')
				.addDropdown((dropdown) =>
					dropdown
						.addOption('none', 'Neither')
						.addOption('gave', 'I gave something')
						.addOption('asked', 'I asked for something')
						.addOption('nudge', 'Nudge (my follow-up on an ask)')
						.setValue(this.mark)
						.onChange((value) => (this.mark = value as typeof this.mark)),
				),
		);
		rows.push(
			new Setting(contentEl)
				.setName('Awaiting reply')
				.setDesc('One nudge after the nudge delay, then it is let go.')
				.addToggle((toggle) => toggle.setValue(this.awaiting).onChange((on) => (this.awaiting = on))),
		);
		const { done } = this.options;
		if (done) {
			// A long promise is cut to a line: the row above says it whole.
			const words = done.text.length > 60 ? `${done.text.slice(0, 59).trimEnd()}…` : done.text;
			rows.push(
				new Setting(contentEl)
					.setName(`Mark '${words}' done`)
					.setDesc('The follow-up this row is about, ticked with the log.')
					.addToggle((toggle) => {
						toggle.setValue(this.tick).onChange((on) => (this.tick = on));
						toggle.toggleEl.addClass('rapport-log-done');
					}),
			);
		}
		rows.push(
			new Setting(contentEl)
				.setName('Follow-up')
				.setDesc("Optional: a task in the note's follow-ups, due on the date beside it.")
				.addText((text) => text.setPlaceholder('Send the deck').onChange((value) => (this.followUp = value)))
				.addText((text) => {
					text.inputEl.type = 'date';
					text.inputEl.setAttr('aria-label', 'Follow-up due');
					text.setValue(this.due).onChange((value) => (this.due = value));
				}),
		);
		for (const row of rows) nameFields(row);
		this.errorEl = addFormFooter(this, 'Log', () => this.submit());
		contentEl.querySelector<HTMLInputElement>('.rapport-log-summary')?.addEventListener('keydown', (evt) => {
			if (evt.key === 'Enter' && !evt.isComposing) {
				evt.preventDefault();
				void this.submit();
			}
		});
		(picker.people.length ? contentEl.querySelector<HTMLInputElement>('.rapport-log-summary') : picker.input)?.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	/** Checks the form, says what is wrong next to the buttons, or hands the request on. */
	async submit(): Promise<void> {
		const error = this.problem();
		if (error) {
			this.errorEl?.setText(error);
			return;
		}
		const date = parseIsoDay(this.date) ?? this.options.today;
		const entry: LogEntry = {
			date,
			kind: this.kind,
			summary: this.summary.trim(),
			gave: this.mark === 'gave',
			asked: this.mark === 'asked',
			nudge: this.mark === 'nudge',
			awaiting: this.awaiting,
		};
		const due = parseIsoDay(this.due);
		if (this.followUp.trim() && due !== undefined) entry.followUp = { text: this.followUp.trim(), due };
		const done = this.tick ? this.options.done : undefined;
		const request: LogRequest = { people: [...(this.picker?.people ?? [])], entry, ...(done ? { done } : {}) };
		const refused = this.options.refusal?.(request);
		if (refused) {
			this.errorEl?.setText(refused);
			return;
		}
		this.close();
		await this.options.onSubmit(request);
	}

	private problem(): string | undefined {
		if (!this.picker?.people.length) return 'Add at least one person.';
		const date = parseIsoDay(this.date);
		if (date === undefined) return 'Enter the date as YYYY-MM-DD.';
		if (date > this.options.today) return 'That date is in the future: log it once it has happened.';
		if (this.mark === 'nudge' && this.awaiting) return 'A nudge follows up on an ask already awaiting a reply: turn off Awaiting reply.';
		if (this.followUp.trim() && parseIsoDay(this.due) === undefined) return 'Give the follow-up a due date.';
		// A due date picked on purpose with no words would be dropped without a word.
		if (!this.followUp.trim() && this.due.trim() !== '' && this.due !== this.defaultDue)
			return 'Say what the follow-up is, or clear its due date.';
		return undefined;
	}
}
