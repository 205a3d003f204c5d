// The queue's list under the keyboard and the pointer: arrows move the highlight, Shift,
// Mod and Space pick rows, letters act on the highlighted row (l, s, m, S, x, d, t, p), and
// the context-menu key or a right-click opens the row's menu.
import type { Menu } from 'obsidian';
import type { QueueItem } from '../domain/queue';
import type { QueueRowActions } from './queueRowActions';
import type { RowAction } from './queueRowPainter';
import type { QueueSelection } from './queueSelection';

/** The view's list, as the keys and clicks need it. */
export interface QueueList {
	readonly listEl: HTMLElement;
	/** The item row an event happened in, and its index. */
	itemFor(target: EventTarget | null): { item: QueueItem; index: number } | undefined;
	/** Shows the highlight and the picks as they are now. */
	syncFocus(): void;
	/** Scrolls just enough to show the row. */
	scrollIntoView(index: number): void;
	/** The row's element, while it is on screen. */
	rowElement(key: string): HTMLElement | undefined;
	/** Unpicks every row and shows it. */
	clearSelection(): void;
}

export class QueueKeys {
	/** The menu the keyboard opened last, if still up. */
	private keyMenu: Menu | undefined = undefined;

	constructor(
		private readonly list: QueueList,
		private readonly selection: QueueSelection,
		private readonly actions: QueueRowActions,
	) {}

	/** Tabbing in highlights the first row on screen, not the top of a scrolled list. */
	onFocus(): void {
		const { rows } = this.selection;
		if (this.selection.focusedKey !== undefined || rows.count === 0) return;
		this.selection.focus(rows.itemNear(rows.at(this.list.listEl.scrollTop)));
		this.list.syncFocus();
	}

	/**
	 * ArrowDown or Enter in the filter box takes the keyboard into the list, on its first
	 * row (the first match), as a command palette does. With no row to go to, it stays.
	 */
	onFilterKeyDown(evt: KeyboardEvent): void {
		if (evt.key !== 'ArrowDown' && evt.key !== 'Enter') return;
		// Enter that ends an IME's composition is the input method's; a modifier is someone else's key.
		if (evt.isComposing || evt.shiftKey || evt.altKey || evt.metaKey || evt.ctrlKey) return;
		const first = this.selection.rows.itemNear(0);
		if (first === undefined) return;
		evt.preventDefault();
		this.selection.focus(first);
		this.list.listEl.focus();
		this.list.scrollIntoView(first);
		this.list.syncFocus();
	}

	onClick(evt: MouseEvent): void {
		const hit = this.list.itemFor(evt.target);
		if (!hit) return;
		const { item } = hit;
		const button = evt.target instanceof Element ? evt.target.closest<HTMLElement>('[data-action]') : null;
		const action = button?.dataset.action as RowAction | undefined;
		if (!action && evt.shiftKey) {
			// Shift-click picks the rows from the last one picked; Mod-click picks one more.
			this.selection.selectRange(hit.index);
			this.selection.focus(hit.index);
			this.list.syncFocus();
			return;
		}
		if (!action && (evt.metaKey || evt.ctrlKey)) {
			this.selection.toggle(hit.index);
			this.selection.focus(hit.index);
			this.list.syncFocus();
			return;
		}
		this.selection.focus(hit.index);
		this.list.syncFocus();
		if (action === 'snooze') this.actions.snoozeMenu(item).showAtMouseEvent(evt);
		else if (action === 'more') this.actions.contextMenu(item).showAtMouseEvent(evt);
		else if (action === 'done') this.actions.markDone(item);
		else if (action) this.actions.act(action, item);
		else {
			if (this.selection.size) this.list.clearSelection();
			this.actions.open(item.path, false);
		}
	}

	/** Middle-click opens in a new tab, as links do everywhere in Obsidian. */
	onAuxClick(evt: MouseEvent): void {
		const hit = evt.button === 1 ? this.list.itemFor(evt.target) : undefined;
		if (hit) this.actions.open(hit.item.path, true);
	}

	onContextMenu(evt: MouseEvent): void {
		// The context-menu key on a focused list has no row under the pointer: use the highlight.
		const { listEl } = this.list;
		const hit = this.list.itemFor(evt.target) ?? (evt.target === listEl ? this.selection.focused() : undefined);
		if (!hit) return;
		evt.preventDefault();
		this.selection.focus(hit.index);
		this.list.syncFocus();
		if (evt.target === listEl) this.menuAtRow(hit.item, hit.index);
		else this.actions.contextMenu(hit.item).showAtMouseEvent(evt);
	}

	onKeyDown(evt: KeyboardEvent): void {
		if (evt.altKey || ((evt.metaKey || evt.ctrlKey) && evt.key !== 'Enter')) return;
		const { selection, actions } = this;
		const focused = selection.focused();
		const item = focused?.item;
		if (evt.key === 'ContextMenu' || (evt.key === 'F10' && evt.shiftKey)) {
			if (!focused) return;
			evt.preventDefault();
			this.menuAtRow(focused.item, focused.index);
			return;
		}
		switch (evt.key) {
			case 'ArrowDown':
			case 'ArrowUp': {
				const step = evt.key === 'ArrowDown' ? 1 : -1;
				// Shift extends the selection from where the highlight was.
				if (evt.shiftKey && focused) {
					selection.anchor ??= focused.item.id;
					selection.picked.add(focused.item.id);
				}
				this.moveFocus(step);
				if (evt.shiftKey) {
					const now = selection.focused();
					if (now) selection.picked.add(now.item.id);
					this.list.syncFocus();
				}
				break;
			}
			case ' ':
				if (!focused) return;
				selection.toggle(focused.index);
				this.list.syncFocus();
				break;
			case 'Escape':
				if (selection.size === 0) return;
				this.list.clearSelection();
				break;
			case 't':
				if (item) actions.apply('tag', selection.targets(item));
				break;
			case 'Home':
				selection.focusedKey = undefined;
				this.moveFocus(1);
				break;
			case 'End':
				selection.focusedKey = undefined;
				this.moveFocus(-1);
				break;
			case 'Enter':
				if (item) actions.open(item.path, evt.metaKey || evt.ctrlKey);
				break;
			case 'l':
				if (item) actions.act('log', item);
				break;
			case 's':
				if (item) actions.snooze(item, 'week');
				break;
			case 'm':
				if (item) actions.snooze(item, 'month');
				break;
			case 'S':
				if (item) actions.snooze(item, 'ask');
				break;
			case 'x':
				if (item) actions.markDone(item);
				break;
			case 'd':
				if (item) actions.act('dormant', item);
				break;
			case 'p':
				if (item) actions.showPerson(item);
				break;
			default:
				return;
		}
		evt.preventDefault();
	}

	/**
	 * The row's menu under the row, for the keyboard: the context-menu key has no pointer.
	 * Some platforms send both the key and a contextmenu event for one press: the second
	 * menu takes the first one's place.
	 */
	private menuAtRow(item: QueueItem, index: number): void {
		this.list.scrollIntoView(index);
		const rect = (this.list.rowElement(item.id) ?? this.list.listEl).getBoundingClientRect();
		this.keyMenu?.hide();
		this.keyMenu = this.actions.contextMenu(item);
		this.keyMenu.showAtPosition({ x: rect.left + 16, y: rect.bottom });
	}

	/** Moves the highlight to the next item row in a direction, skipping headers; from no highlight, to the first or last. */
	private moveFocus(step: 1 | -1): void {
		const i = this.selection.step(step);
		if (i === undefined) return;
		this.selection.focus(i);
		this.list.scrollIntoView(i);
		this.list.syncFocus();
	}
}
