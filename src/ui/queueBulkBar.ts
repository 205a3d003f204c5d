// The bar over the queue while rows are picked: how many people, and Log, Snooze, Dormant,
// Tag and Clear for all of them at once.
import { Menu, type Component } from 'obsidian';
import type { QueueRowActions } from './queueRowActions';
import { QueueRows } from './queueRows';
import type { QueueSelection } from './queueSelection';

type BulkAction = 'log' | 'snooze' | 'dormant' | 'tag' | 'clear';

export class QueueBulkBar {
	private readonly el: HTMLElement;
	private readonly countEl: HTMLElement;
	/** What the bar last showed, so it is counted again only when that changed. */
	private shown: { rows: QueueRows; version: number } = { rows: QueueRows.empty, version: -1 };

	constructor(
		parent: HTMLElement,
		private readonly selection: QueueSelection,
		private readonly actions: QueueRowActions,
		/** Unpicks every row and shows it. */
		private readonly clear: () => void,
	) {
		this.el = parent.createDiv({ cls: 'rapport-queue-bulk rapport-hidden', attr: { role: 'toolbar', 'aria-label': 'Selected contacts' } });
		this.countEl = this.el.createSpan({ cls: 'rapport-queue-bulk-count' });
		for (const [action, label] of [
			['log', 'Log'],
			['snooze', 'Snooze'],
			['dormant', 'Dormant'],
			['tag', 'Tag'],
			['clear', 'Clear'],
		] as const) {
			this.el.createEl('button', { text: label, attr: { 'data-bulk': action } });
		}
	}

	/** Its buttons' clicks, registered on the view so they go when it closes. */
	listen(view: Component): void {
		view.registerDomEvent(this.el, 'click', (evt) => {
			const button = evt.target instanceof Element ? evt.target.closest<HTMLElement>('[data-bulk]') : null;
			const action = button?.dataset.bulk as BulkAction | undefined;
			if (action) this.run(action, evt);
		});
	}

	/** Shown while rows are picked, saying how many people. */
	update(): void {
		const { rows, picked } = this.selection;
		// Counting people walks the rows: only when the selection or the rows changed, not per scroll.
		if (this.shown.rows === rows && this.shown.version === picked.version) return;
		this.shown = { rows, version: picked.version };
		const count = this.selection.paths().length;
		this.el.toggleClass('rapport-hidden', picked.size === 0);
		this.countEl.setText(count === 1 ? '1 contact selected' : `${count} contacts selected`);
	}

	private run(action: BulkAction, evt?: MouseEvent): void {
		const paths = this.selection.paths();
		if (action === 'clear' || paths.length === 0) {
			this.clear();
			return;
		}
		if (action === 'snooze') {
			const menu = new Menu();
			this.actions.addSnoozeItems(menu, this.selection.items(), '');
			if (evt) menu.showAtMouseEvent(evt);
			else {
				const rect = this.el.getBoundingClientRect();
				menu.showAtPosition({ x: rect.left, y: rect.bottom });
			}
			return;
		}
		this.actions.apply(action, paths);
	}
}
