// The triage list: new people (no tie, cadence or status), each given a tie or let go as
// dormant from the keyboard (1 strong, 2 medium, 3 weak, 0 dormant; arrows move) or by its
// buttons. The choices are handed over once, when the list is applied or closed, so the
// whole batch is one write and one undo step.
import { Modal, type App } from 'obsidian';
import type { TriageChoice } from '../actions/triage';
import type { UntriagedContact } from '../domain/queue';
import type { NameLabel } from '../domain/namesakes';

type Choice = TriageChoice['tie'];

const CHOICES: readonly { tie: Choice; key: string; label: string }[] = [
	{ tie: 'strong', key: '1', label: 'Strong' },
	{ tie: 'medium', key: '2', label: 'Medium' },
	{ tie: 'weak', key: '3', label: 'Weak' },
	{ tie: 'dormant', key: '0', label: 'Dormant' },
];

// Rows are made as they come into view: an import of thousands opens at once.
const ROWS_AT_A_TIME = 100;

/** "Triage 7 new people": the queue's banner and this list's title; "No one to triage" when no one is new. */
export function triageTitle(count: number): string {
	if (count === 0) return 'No one to triage';
	return count === 1 ? 'Triage 1 new person' : `Triage ${count} new people`;
}

/** Where someone is from, in a few words: "met at DevTools Summit 2026 · connected 2026-10-15". */
function whereFrom(person: UntriagedContact): string {
	return [person.met ? `met at ${person.met}` : '', person.connected ? `connected ${person.connected}` : ''].filter(Boolean).join(' · ');
}

/** A choice as the row's name says it: "medium tie", "dormant", "no tie yet". */
function tieWords(tie: Choice | undefined): string {
	if (tie === undefined) return 'no tie yet';
	return tie === 'dormant' ? 'dormant' : `${tie} tie`;
}

export class TriageModal extends Modal {
	private readonly choices = new Map<string, Choice>();
	private focused = 0;
	private applied = false;
	private listEl?: HTMLElement;
	private countEl?: HTMLElement;
	private readonly rowEls: HTMLElement[] = [];
	/** Each row's person as named, namesakes told apart: the start of the row's name for a screen reader. */
	private readonly rowNames: string[] = [];
	/** The row whose choice was made or cleared last: said with the count. */
	private lastChosen: number | undefined = undefined;
	private readonly idPrefix = `rapport-triage-${Math.random().toString(36).slice(2, 8)}`;

	constructor(
		app: App,
		private readonly people: readonly UntriagedContact[],
		/** Called once, with the choices made, when the list is applied or closed with any made. */
		private readonly onApply: (choices: TriageChoice[]) => void,
		/** How a person is named, namesakes told apart (src/domain/namesakes.ts). */
		private readonly told: NameLabel,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle(triageTitle(this.people.length));
		const { contentEl } = this;
		contentEl.addClass('rapport-triage-modal');
		if (this.people.length === 0) {
			contentEl.createDiv({
				cls: 'rapport-triage-empty',
				text: 'No one to triage: everyone has a tie, a cadence or a status. New contacts land here until you pick one.',
			});
			return;
		}
		const hint = contentEl.createDiv({
			cls: 'rapport-triage-hint',
			text:
				'Pick a tie for each, or dormant to let them go. Until then they wait here, not in the queue; ' +
				'your choices are written when you close this, as one step you can undo. ',
		});
		hint.createSpan({ cls: 'rapport-triage-keys', text: 'Keys: 1 strong, 2 medium, 3 weak, 0 dormant; ↑ ↓ move; Backspace clears.' });
		this.listEl = contentEl.createDiv({
			cls: 'rapport-triage-list',
			attr: {
				tabindex: '0',
				role: 'listbox',
				'aria-label': 'New people',
				'aria-keyshortcuts': 'ArrowUp ArrowDown Home End 1 2 3 0 Backspace',
			},
		});
		this.listEl.addEventListener('keydown', (evt) => this.onKeyDown(evt));
		this.listEl.addEventListener('scroll', () => this.renderMore(false));
		this.listEl.addEventListener('click', (evt) => this.onClick(evt));
		this.renderMore(true);
		const foot = contentEl.createDiv({ cls: 'rapport-triage-foot' });
		// Said when it changes ("2 of 3 chosen"), after what the screen reader is saying.
		this.countEl = foot.createDiv({ cls: 'rapport-triage-count', attr: { role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' } });
		const apply = foot.createEl('button', { cls: 'mod-cta rapport-triage-apply', text: 'Apply' });
		apply.addEventListener('click', () => this.close());
		this.sync();
		this.listEl.focus();
	}

	override onClose(): void {
		const choices = this.people.flatMap((p) => {
			const tie = this.choices.get(p.path);
			return tie ? [{ path: p.path, tie }] : [];
		});
		this.contentEl.empty();
		if (this.applied || choices.length === 0) return;
		this.applied = true;
		this.onApply(choices);
	}

	private onKeyDown(evt: KeyboardEvent): void {
		if (evt.ctrlKey || evt.metaKey || evt.altKey) return;
		const choice = CHOICES.find((c) => c.key === evt.key);
		const last = this.people.length - 1;
		if (choice) this.choose(this.focused, choice.tie, true);
		else if (evt.key === 'ArrowDown') this.move(Math.min(last, this.focused + 1));
		else if (evt.key === 'ArrowUp') this.move(Math.max(0, this.focused - 1));
		else if (evt.key === 'Home') this.move(0);
		else if (evt.key === 'End') this.move(last);
		else if (evt.key === 'Backspace' || evt.key === 'Delete') this.choose(this.focused, undefined, false);
		else return;
		evt.preventDefault();
	}

	private onClick(evt: MouseEvent): void {
		if (!(evt.target instanceof Element)) return;
		const row = evt.target.closest<HTMLElement>('.rapport-triage-row');
		const index = Number(row?.dataset.index);
		if (!row || Number.isNaN(index)) return;
		const button = evt.target.closest<HTMLElement>('.rapport-triage-choice');
		const tie = CHOICES.find((c) => c.tie === button?.dataset.tie)?.tie;
		if (tie) this.choose(index, this.choices.get(this.people[index]?.path ?? '') === tie ? undefined : tie, false);
		else this.move(index);
	}

	/** Sets (or clears) one person's choice; from the keyboard, the highlight moves on to the next. */
	private choose(index: number, tie: Choice | undefined, advance: boolean): void {
		const person = this.people[index];
		if (!person) return;
		if (tie) this.choices.set(person.path, tie);
		else this.choices.delete(person.path);
		this.lastChosen = index;
		this.paint(index);
		this.move(advance && index < this.people.length - 1 ? index + 1 : index);
	}

	private move(index: number): void {
		const was = this.focused;
		this.focused = index;
		this.sync();
		this.paint(was);
	}

	/** Adds the next rows when the list is scrolled near its end, or the highlight goes past the rows made. */
	private renderMore(force: boolean): void {
		const list = this.listEl;
		if (!list) return;
		const nearEnd = list.scrollTop + list.clientHeight >= list.scrollHeight - 200;
		if (!force && !nearEnd) return;
		const from = this.rowEls.length;
		for (const person of this.people.slice(from, from + ROWS_AT_A_TIME)) {
			this.rowEls.push(this.row(list, person, this.rowEls.length));
			this.paint(this.rowEls.length - 1);
		}
	}

	private row(list: HTMLElement, person: UntriagedContact, index: number): HTMLElement {
		const row = list.createDiv({
			cls: 'rapport-triage-row',
			attr: { role: 'option', id: `${this.idPrefix}-${index}`, 'data-index': String(index) },
		});
		const main = row.createDiv({ cls: 'rapport-triage-person' });
		const name = this.told(person.name, person.path);
		this.rowNames[index] = name;
		main.createDiv({ cls: 'rapport-triage-name', text: name });
		// The row is named with its person and their tie (paint); what they do and where from describe it.
		const described: string[] = [];
		const work = [person.role, person.company].filter(Boolean).join(', ');
		if (work) described.push(main.createDiv({ cls: 'rapport-triage-work', text: work, attr: { id: `${row.id}-work` } }).id);
		const from = whereFrom(person);
		if (from) described.push(main.createDiv({ cls: 'rapport-triage-from', text: from, attr: { id: `${row.id}-from` } }).id);
		if (described.length > 0) row.setAttr('aria-describedby', described.join(' '));
		const buttons = row.createDiv({ cls: 'rapport-triage-choices', attr: { role: 'group', 'aria-label': `Tie for ${name}` } });
		for (const choice of CHOICES) {
			buttons.createEl('button', {
				cls: 'rapport-triage-choice',
				text: choice.label,
				// The list has the keyboard; its rows' buttons are for pointers and touch.
				attr: {
					'data-tie': choice.tie,
					'aria-pressed': 'false',
					tabindex: '-1',
					'aria-keyshortcuts': choice.key,
					title: `${choice.label} (${choice.key})`,
				},
			});
		}
		return row;
	}

	/** A row's person and their choice, as a screen reader hears it: "Jane Doe: medium tie". */
	private said(index: number): string {
		return `${this.rowNames[index] ?? ''}: ${tieWords(this.choices.get(this.people[index]?.path ?? ''))}`;
	}

	/** Shows one row's highlight and choice. */
	private paint(index: number): void {
		const row = this.rowEls[index];
		if (!row) return;
		const chosen = this.choices.get(this.people[index]?.path ?? '');
		row.toggleClass('is-focused', index === this.focused);
		row.setAttr('aria-selected', index === this.focused ? 'true' : 'false');
		row.toggleClass('is-chosen', chosen !== undefined);
		// The highlight is heard by the row's name: with the tie in it, the choice is heard too, not only on its button.
		row.setAttr('aria-label', this.said(index));
		for (const button of Array.from(row.querySelectorAll<HTMLElement>('.rapport-triage-choice'))) {
			const on = button.dataset.tie === chosen;
			button.toggleClass('is-active', on);
			button.setAttr('aria-pressed', on ? 'true' : 'false');
		}
	}

	/** Brings the highlighted row into view (made first, if need be), and counts the choices made. */
	private sync(): void {
		while (this.focused >= this.rowEls.length && this.rowEls.length < this.people.length) this.renderMore(true);
		this.paint(this.focused);
		const focusedEl = this.rowEls[this.focused];
		if (focusedEl) {
			this.listEl?.setAttr('aria-activedescendant', focusedEl.id);
			focusedEl.scrollIntoView?.({ block: 'nearest' });
		}
		const made = this.choices.size;
		const count = made === 0 ? 'Nothing chosen yet' : `${made} of ${this.people.length} chosen`;
		if (!this.countEl) return;
		this.countEl.empty();
		// The choice just made, heard with the count: from the keyboard the highlight has moved on
		// to the next person, whose row is what a screen reader reads next. Seen, the row shows it.
		if (this.lastChosen !== undefined) this.countEl.createSpan({ cls: 'rapport-visually-hidden', text: `${this.said(this.lastChosen)}. ` });
		this.countEl.appendText(count);
	}
}
