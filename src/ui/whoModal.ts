// "Who do I know at…": pick a company, tag or place known in the vault, then see the
// people there, strongest tie first, with their role and last contact; each opens its note.
import { Modal, SuggestModal, type App } from 'obsidian';
import { humanDay } from '../domain/day';
import { placesMatching, type Place, type WhoQuery } from '../domain/review/who';
import type { ReviewHost } from './host';
import { openReturningFocus } from './modalFocus';

const KIND_WORDS: Record<Place['kind'], string> = { company: 'company', tag: 'tag', location: 'place' };

/** How a place reads: "Acme", "#devtools", "Lisbon". */
export function placeName(place: WhoQuery): string {
	return place.kind === 'tag' ? `#${place.name}` : place.name;
}

export class WhoSuggestModal extends SuggestModal<Place> {
	constructor(
		app: App,
		private readonly host: ReviewHost,
	) {
		super(app);
		this.setPlaceholder('Who do I know at… (a company, #tag or place)');
		this.emptyStateText = 'No company, tag or place in your contacts matches.';
	}

	getSuggestions(query: string): Place[] {
		return placesMatching(this.host.places(), query);
	}

	renderSuggestion(place: Place, el: HTMLElement): void {
		el.createDiv({ text: placeName(place) });
		el.createEl('small', {
			cls: 'rapport-who-meta',
			text: `${KIND_WORDS[place.kind]} · ${place.count === 1 ? '1 person' : `${place.count} people`}`,
		});
	}

	onChooseSuggestion(place: Place): void {
		openReturningFocus(new WhoModal(this.app, this.host, place));
	}
}

/** The people at one place. */
export class WhoModal extends Modal {
	constructor(
		app: App,
		private readonly host: ReviewHost,
		private readonly query: WhoQuery,
	) {
		super(app);
	}

	override onOpen(): void {
		const people = this.host.who(this.query);
		const today = this.host.today();
		this.setTitle(`Who you know ${this.query.kind === 'company' ? 'at' : 'in'} ${placeName(this.query)}`);
		this.contentEl.addClass('rapport-who-modal');
		if (people.length === 0) {
			this.contentEl.createDiv({ cls: 'rapport-review-empty', text: 'Nobody there: archived people are left out.' });
			return;
		}
		const told = this.host.nameLabel();
		const list = this.contentEl.createDiv({ cls: 'rapport-who-list', attr: { role: 'list' } });
		for (const person of people) {
			const row = list.createDiv({ cls: 'rapport-who-person', attr: { role: 'listitem' } });
			const open = row.createEl('button', { cls: 'rapport-review-link rapport-who-name', text: told(person.name, person.path) });
			open.addEventListener('click', (evt) => {
				this.close();
				void this.host.openNote(person.path, undefined, evt.metaKey || evt.ctrlKey);
			});
			const facts = [
				person.tie ? `${person.tie} tie` : 'no tie',
				[person.role, this.query.kind === 'company' ? undefined : person.company].filter(Boolean).join(' at '),
				person.lastContact === undefined ? 'never in touch' : `last ${humanDay(person.lastContact, today)}`,
				person.status === 'dormant' ? 'dormant' : '',
			].filter(Boolean);
			row.createDiv({ cls: 'rapport-review-meta', text: facts.join(' · ') });
		}
		// The keyboard starts on the first person, not behind the window.
		list.querySelector<HTMLElement>('button')?.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
