// The person panel's one-line log: a kind, a summary, Enter, and today's interaction is on
// the person's note through the log action (Undo in its Notice). Built once and kept while
// the panel redraws, so what is being typed survives an edit landing in the index.
import type { PersonDetails } from '../domain/person';
import { INTERACTION_KINDS, type InteractionKind } from '../domain/interactions';
import type { PersonHost } from './host';

/**
 * What the kind starts as: a message, which owes no thank-you. A coffee, a call or a
 * meeting is the user's pick, never a default that could invent a thank-you.
 */
const FIRST_KIND: InteractionKind = 'message';

export class PersonQuickLog {
	private person: PersonDetails | undefined = undefined;
	readonly kindEl: HTMLSelectElement;
	readonly summaryEl: HTMLInputElement;
	private readonly buttonEl: HTMLButtonElement;
	private busy = false;

	constructor(
		private readonly el: HTMLElement,
		private readonly host: PersonHost,
	) {
		el.addClass('rapport-hidden');
		this.kindEl = el.createEl('select', { cls: 'dropdown rapport-person-log-kind', attr: { 'aria-label': 'Kind of interaction' } });
		for (const kind of INTERACTION_KINDS) this.kindEl.createEl('option', { value: kind, text: kind[0]?.toUpperCase() + kind.slice(1) });
		this.kindEl.value = FIRST_KIND;
		this.summaryEl = el.createEl('input', {
			type: 'text',
			cls: 'rapport-person-log-summary',
			placeholder: 'Log today: what you talked about',
			attr: { 'aria-label': 'Summary of what happened today', enterkeyhint: 'done' },
		});
		this.buttonEl = el.createEl('button', { cls: 'mod-cta rapport-person-log-button', text: 'Log' });
		this.summaryEl.addEventListener('keydown', (evt) => {
			if (evt.key !== 'Enter' || evt.isComposing) return;
			evt.preventDefault();
			void this.submit();
		});
		this.buttonEl.addEventListener('click', () => void this.submit());
	}

	/** Whom the log is for; hidden when nobody is shown. What is typed stays when it is the same person. */
	setPerson(person: PersonDetails | undefined): void {
		if (person?.contact.path !== this.person?.contact.path) this.summaryEl.value = '';
		this.person = person;
		this.el.toggleClass('rapport-hidden', !person);
		this.buttonEl.setAttr('aria-label', person ? `Log today's interaction with ${person.name}` : 'Log');
	}

	/** Logs today's interaction; the summary is cleared once it is written, kept when it was not. */
	async submit(): Promise<void> {
		const person = this.person;
		if (!person || this.busy) return;
		this.busy = true;
		this.buttonEl.disabled = true;
		const summary = this.summaryEl.value.trim();
		try {
			const written = await this.host.logEntry({
				people: [{ name: person.contact.name, path: person.contact.path }],
				entry: { date: this.host.today(), kind: this.kindEl.value as InteractionKind, summary },
			});
			if (written && this.summaryEl.value.trim() === summary) this.summaryEl.value = '';
		} finally {
			this.busy = false;
			this.buttonEl.disabled = false;
		}
	}
}
