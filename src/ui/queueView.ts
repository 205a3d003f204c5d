// The follow-up queue in the sidebar: who to reach out to and why, section by section.
// The list is windowed (only the rows on screen exist) so a 10,000-contact vault paints
// in one frame, and it re-renders only when the index moved and the pane is shown.
// Its parts: rows (queueRows, queueRowPainter), highlight and picks (queueSelection),
// keys and clicks (queueKeys), what rows do (queueRowActions), the bulk bar, the messages.
import { ItemView, debounce, type ViewStateResult, type WorkspaceLeaf } from 'obsidian';
import { humanDay, type Day } from '../domain/day';
import type { NameLabel } from '../domain/namesakes';
import type { Queue, QueueItem, SectionId } from '../domain/queue';
import { INDEX_CHANGED, QUEUE_HIGHLIGHT, QUEUE_VIEW_TYPE, type RapportHost } from './host';
import { openReturningFocus } from './modalFocus';
import { ProblemsModal, problemsTitle } from './problemsModal';
import { QueueBulkBar } from './queueBulkBar';
import { QueueKeys } from './queueKeys';
import { recognitionHint, QueueMessageEl, type MessageButton, type QueueMessage } from './queueMessage';
import { QueueRowActions } from './queueRowActions';
import { QueueRowPainter, dueBadge } from './queueRowPainter';
import { QueueRows } from './queueRows';
import { QueueSelection } from './queueSelection';
import { triageTitle } from './triageModal';

/** Fixed heights keep the window arithmetic exact; styles.css reads them from the list. */
export const ITEM_HEIGHT = 56;
/** On a phone a row's reason wraps to two lines, under the name: the whole reason, no tooltip to hover. */
export const PHONE_ITEM_HEIGHT = 84;
export const HEADER_HEIGHT = 32;
// A few rows beyond each edge, so a quick scroll does not flash empty space.
const OVERSCAN = 6;
// Before the pane has been laid out (or in a DOM with no layout) it has no height;
// assume a tall sidebar rather than painting nothing.
const FALLBACK_VIEWPORT = 720;
// Midnight moves every due date: look at the clock now and then, not only on edits.
const DAY_CHECK_MS = 60_000;

interface QueueViewState {
	filter?: string;
	showUpcoming?: boolean;
}

let nextViewId = 1;

function matches(item: QueueItem, needle: string): boolean {
	if (!needle) return true;
	const fields = [item.name, item.company, item.role, ...(item.tags ?? [])];
	return fields.some((field) => field !== undefined && field.toLowerCase().includes(needle));
}

export class QueueView extends ItemView {
	private filter = '';
	private showUpcoming = true;
	private queue: Queue | undefined = undefined;
	/** How the rows name people, namesakes told apart: read with the queue. */
	private told: NameLabel = (name) => name;
	private rendered: { revision: number; today: Day; ready: boolean } | undefined = undefined;
	/** The revision moved while the pane was hidden: render when it is shown again. */
	private stale = false;

	/** The rows shown, the highlighted one and those picked. */
	private readonly selection = new QueueSelection();
	private readonly painter: QueueRowPainter;
	private readonly actions: QueueRowActions;
	private readonly keys: QueueKeys;
	private paintedRange = '';
	/** The person the highlight was last said to be on, for the person panel. */
	private highlighted: string | undefined = undefined;

	private opened = false;
	private readonly toolbarEl: HTMLElement;
	private readonly filterEl: HTMLInputElement;
	private readonly upcomingEl: HTMLInputElement;
	private readonly message: QueueMessageEl;
	/** "Triage 7 new people": above the sections while anyone is untriaged; opens the triage list. */
	private readonly triageEl: HTMLElement;
	/** "3 notes need a look": opens the list of them. */
	private readonly problemsEl: HTMLElement;
	private problemsShown = -1;
	/** The index revision the problems were last counted at, once it was ready: a change since can wait a moment. */
	private problemsCounted: number | undefined = undefined;
	// Looking for problems walks every note (30 ms at 30,000 notes): after the frame that
	// paints the rows, once a second at most while edits keep coming.
	private readonly problemsSoon = debounce(() => this.showProblems(), 1000, false);
	/** What comes up first beyond the queue, for "nobody due", at the revision and day the queue was read. */
	private next: { revision: number; today: Day; item: QueueItem | undefined } | undefined = undefined;
	// Looking beyond the upcoming window works out every contact's items again (27 ms at
	// 10,000 contacts, four times the queue): in a task of its own once the rows are shown.
	private readonly nextSoon = debounce(() => this.showNext(), 0, false);
	private readonly bulkBar: QueueBulkBar;
	private readonly listEl: HTMLElement;
	private readonly sizerEl: HTMLElement;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly host: RapportHost,
	) {
		super(leaf);
		const clearSelection = (): void => this.clearSelection();
		this.actions = new QueueRowActions(this.app, host, this.selection, { today: () => this.today(), clearSelection });
		this.contentEl.addClass('rapport-queue-view');
		this.toolbarEl = this.contentEl.createDiv({ cls: 'rapport-queue-toolbar' });
		this.filterEl = this.toolbarEl.createEl('input', {
			cls: 'rapport-queue-filter',
			type: 'search',
			// Short enough for the narrowest pane; the label says the rest.
			placeholder: 'Filter people',
			attr: { 'aria-label': 'Filter by name, company, role or tag', 'aria-keyshortcuts': 'ArrowDown Enter' },
		});
		const toggle = this.toolbarEl.createEl('label', { cls: 'rapport-queue-toggle' });
		this.upcomingEl = toggle.createEl('input', { type: 'checkbox' });
		this.upcomingEl.checked = this.showUpcoming;
		toggle.appendText('Show upcoming');
		this.triageEl = this.contentEl.createEl('button', { cls: 'rapport-queue-triage rapport-hidden' });
		this.bulkBar = new QueueBulkBar(this.contentEl, this.selection, this.actions, clearSelection);
		this.message = new QueueMessageEl(
			this.contentEl.createDiv({ cls: 'rapport-queue-message', attr: { role: 'status', 'aria-live': 'polite' } }),
			(button) => {
				if (button === 'new-contact') host.actions.newContact();
				else if (button === 'import-contacts') host.actions.importContacts();
				else host.openSettings();
			},
		);
		this.listEl = this.contentEl.createDiv({
			cls: 'rapport-queue-list',
			attr: {
				tabindex: '0',
				role: 'listbox',
				'aria-label': 'Follow-up queue',
				'aria-multiselectable': 'true',
				'aria-keyshortcuts':
					'ArrowUp ArrowDown Shift+ArrowUp Shift+ArrowDown Space Escape Enter Control+Enter Meta+Enter L S M Shift+S D T X P Shift+F10',
			},
		});
		const canvasEl = this.listEl.createDiv({ cls: 'rapport-queue-canvas' });
		// The list's height lives on an empty element of its own: changing it restyles that, not every row.
		this.sizerEl = canvasEl.createDiv({ cls: 'rapport-queue-sizer' });
		this.painter = new QueueRowPainter(canvasEl, nextViewId++);
		this.problemsEl = this.contentEl.createEl('button', { cls: 'rapport-queue-problems rapport-hidden' });
		this.keys = new QueueKeys(
			{
				listEl: this.listEl,
				itemFor: (target) => this.itemFor(target),
				syncFocus: () => this.syncFocus(),
				scrollIntoView: (index) => this.scrollIntoView(index),
				rowElement: (key) => this.painter.element(key),
				clearSelection,
			},
			this.selection,
			this.actions,
		);
	}

	private get rows(): QueueRows {
		return this.selection.rows;
	}

	/** Puts the keyboard in the list, on the highlighted row (or the first on screen), as opening the queue should. */
	focusList(): void {
		this.listEl.focus();
	}

	getViewType(): string {
		return QUEUE_VIEW_TYPE;
	}

	getDisplayText(): string {
		return 'Follow-up queue';
	}

	override getIcon(): string {
		return 'users';
	}

	override async onOpen(): Promise<void> {
		this.listen();
		this.opened = true;
		this.registerEvent(this.app.workspace.on(INDEX_CHANGED, () => this.refresh()));
		// A sidebar that was collapsed when the index moved catches up when it is shown.
		this.registerEvent(this.app.workspace.on('active-leaf-change', () => this.refresh()));
		this.registerEvent(this.app.workspace.on('layout-change', () => this.refresh()));
		this.registerInterval(window.setInterval(() => this.refresh(), DAY_CHECK_MS));
		this.render();
		await super.onOpen();
	}

	override async onClose(): Promise<void> {
		this.problemsSoon.cancel();
		this.nextSoon.cancel();
		await super.onClose();
	}

	override onResize(): void {
		this.refresh();
		// A phone turned, or a pane that became one: rows may have another height now.
		this.relist(true);
	}

	override getState(): Record<string, unknown> {
		return { ...super.getState(), filter: this.filter, showUpcoming: this.showUpcoming };
	}

	override async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const saved = (state ?? {}) as QueueViewState;
		if (typeof saved.filter === 'string') this.filter = saved.filter;
		if (typeof saved.showUpcoming === 'boolean') this.showUpcoming = saved.showUpcoming;
		this.filterEl.value = this.filter;
		this.upcomingEl.checked = this.showUpcoming;
		if (this.opened) this.render();
		await super.setState(state, result);
	}

	/** Re-renders when the index moved or the day changed, and only while the pane is shown. */
	refresh(): void {
		if (!this.opened) return;
		const current = { revision: this.host.revision(), today: this.host.today(), ready: this.host.ready() };
		const moved =
			!this.rendered ||
			this.rendered.revision !== current.revision ||
			this.rendered.today !== current.today ||
			this.rendered.ready !== current.ready;
		if (!moved && !this.stale) return;
		if (!this.containerEl.isShown()) {
			this.stale = true;
			return;
		}
		this.render();
	}

	/** Reads the queue afresh and shows it, keeping scroll position and the highlighted row. */
	render(): void {
		this.stale = false;
		this.rendered = { revision: this.host.revision(), today: this.host.today(), ready: this.host.ready() };
		this.queue = this.host.ready() ? this.host.queue() : undefined;
		if (this.queue) this.told = this.host.nameLabel();
		this.relist(true);
		// Counted at once the first time; then a moment after the index moved, not on a
		// render that changed nothing in the notes (a filter restored by setState).
		if (this.problemsCounted === undefined) this.showProblems();
		else if (this.problemsCounted !== this.rendered.revision) this.problemsSoon();
	}

	/** The muted footer saying how many notes need a look; nothing when none. Not while hidden: then on showing. */
	private showProblems(): void {
		if (!this.containerEl.isShown()) {
			this.stale = true;
			return;
		}
		const ready = this.host.ready();
		if (ready) this.problemsCounted = this.host.revision();
		const notes = ready ? new Set(this.host.problems().map((p) => p.path)).size : 0;
		if (notes === this.problemsShown) return;
		this.problemsShown = notes;
		this.problemsEl.toggleClass('rapport-hidden', notes === 0);
		this.problemsEl.setText(problemsTitle(notes));
	}

	/** Looks beyond the upcoming window for "nobody due" and says what it found. Not while hidden: then on showing. */
	private showNext(): void {
		const rendered = this.rendered;
		if (!this.opened || !rendered?.ready) return;
		if (!this.containerEl.isShown()) {
			this.stale = true;
			return;
		}
		this.next = { revision: rendered.revision, today: rendered.today, item: this.host.nextDue() };
		this.showMessage();
	}

	private listen(): void {
		this.registerDomEvent(this.filterEl, 'input', () => {
			this.filter = this.filterEl.value;
			this.listEl.scrollTop = 0;
			this.relist(false);
		});
		this.registerDomEvent(this.filterEl, 'keydown', (evt) => this.keys.onFilterKeyDown(evt));
		this.registerDomEvent(this.upcomingEl, 'change', () => {
			this.showUpcoming = this.upcomingEl.checked;
			this.relist(true);
		});
		// Delegated handlers: rows come and go while scrolling; the list stays.
		this.registerDomEvent(this.listEl, 'scroll', () => this.paint());
		this.registerDomEvent(this.listEl, 'click', (evt) => this.keys.onClick(evt));
		this.registerDomEvent(this.listEl, 'auxclick', (evt) => this.keys.onAuxClick(evt));
		this.bulkBar.listen(this);
		this.registerDomEvent(this.listEl, 'contextmenu', (evt) => this.keys.onContextMenu(evt));
		this.registerDomEvent(this.triageEl, 'click', () => this.host.actions.triage());
		this.registerDomEvent(this.problemsEl, 'click', () => {
			openReturningFocus(new ProblemsModal(this.app, this.host.problems(), (path) => this.actions.open(path, false)));
		});
		this.registerDomEvent(this.listEl, 'keydown', (evt) => this.keys.onKeyDown(evt));
		this.registerDomEvent(this.listEl, 'focus', () => this.keys.onFocus());
	}

	/** Rebuilds the row model from the queue, the filter and the toggle, then paints. */
	private relist(keepAnchor: boolean): void {
		const anchor = keepAnchor ? this.scrollAnchor() : undefined;
		// One source for the heights: the code's numbers, handed to the CSS. Obsidian marks phones with is-mobile.
		const item = this.containerEl.ownerDocument.body.hasClass('is-mobile') ? PHONE_ITEM_HEIGHT : ITEM_HEIGHT;
		this.listEl.setCssProps({ '--rapport-item-height': `${item}px`, '--rapport-header-height': `${HEADER_HEIGHT}px` });
		const rows = new QueueRows(this.visibleSections(), { header: HEADER_HEIGHT, item });
		this.selection.setRows(rows);
		this.sizerEl.setCssProps({ '--rapport-list-height': `${rows.height}px` });
		this.showMessage();
		if (anchor) {
			const at = rows.indexOf(anchor.key, anchor.index);
			const scrollTop = at === undefined ? undefined : rows.top(at) + anchor.within;
			if (scrollTop !== undefined && scrollTop !== anchor.scrollTop) this.listEl.scrollTop = scrollTop;
		}
		this.paintedRange = '';
		this.paint();
	}

	/** The queue's sections as shown: upcoming only when toggled on, items matching the filter. */
	private visibleSections(): { id: SectionId; items: readonly QueueItem[] }[] {
		if (!this.queue) return [];
		const needle = this.filter.trim().toLowerCase();
		return this.queue.sections
			.filter((section) => section.id !== 'upcoming' || this.showUpcoming)
			.map((section) => ({ id: section.id, items: needle ? section.items.filter((item) => matches(item, needle)) : section.items }));
	}

	/** The first row on screen and how far into it the view is scrolled. */
	private scrollAnchor(): { key: string; index: number; within: number; scrollTop: number } | undefined {
		if (this.rows.count === 0) return undefined;
		const scrollTop = this.listEl.scrollTop;
		const index = this.rows.at(scrollTop);
		const row = this.rows.row(index);
		return row ? { key: row.key, index, within: scrollTop - this.rows.top(index), scrollTop } : undefined;
	}

	/** The empty states: each says why the list is empty and what to do. */
	private showMessage(): void {
		const ready = this.host.ready();
		const contacts = ready ? this.host.contactCount() : 0;
		this.toolbarEl.toggleClass('rapport-hidden', !ready || contacts === 0);
		const untriaged = this.queue?.untriaged.length ?? 0;
		this.triageEl.toggleClass('rapport-hidden', untriaged === 0);
		this.triageEl.setText(triageTitle(untriaged));
		this.message.show(this.messageFor(ready, contacts));
	}

	private messageFor(ready: boolean, contacts: number): QueueMessage | undefined {
		if (!ready) return { title: 'Indexing your vault…' };
		if (contacts === 0) {
			// A new user's next steps: make a contact, or bring some in; or tell Rapport where they are.
			const buttons: MessageButton[] = ['new-contact', 'import-contacts', 'settings'];
			return { title: 'No contacts found', body: recognitionHint(this.host.settings()), buttons };
		}
		const queue = this.queue;
		if (!queue) return undefined;
		const due = queue.sections.filter((s) => s.id !== 'upcoming').reduce((n, s) => n + s.items.length, 0);
		if (due === 0) {
			const title = 'Nobody to reach out to today';
			const soon = queue.sections.find((s) => s.id === 'upcoming')?.items[0];
			if (soon) return { title, body: `Next: ${soon.name}, ${dueBadge(soon.daysOverdue)} (${humanDay(soon.due, queue.today)}).` };
			// Beyond the upcoming window, the index looks further ahead, after this frame:
			// the message then says when.
			const next = this.next;
			if (next?.revision !== this.rendered?.revision || next?.today !== queue.today) {
				this.nextSoon();
				return { title };
			}
			const later = next?.item;
			return {
				title,
				body: later
					? `Next: ${later.name} on ${humanDay(later.due, queue.today)}.`
					: queue.untriaged.length > 0
						? 'Give the new people above a tie to bring them into the queue.'
						: 'No active contacts have anything coming up.',
			};
		}
		if (this.rows.count === 0 && this.filter.trim()) return { body: `No one in the queue matches “${this.filter.trim()}”.` };
		return undefined;
	}

	/** Puts the rows in (or near) the viewport into the DOM, reusing elements. */
	private paint(): void {
		if (!this.opened) return;
		const scrollTop = this.listEl.scrollTop;
		const height = this.listEl.clientHeight || FALLBACK_VIEWPORT;
		const count = this.rows.count;
		const from = count === 0 ? 0 : Math.max(0, this.rows.at(scrollTop) - OVERSCAN);
		const to = count === 0 ? 0 : Math.min(count, this.rows.at(scrollTop + height) + 1 + OVERSCAN);
		const range = `${from}:${to}`;
		if (range === this.paintedRange) return;
		this.paintedRange = range;
		this.painter.paint(this.rows, from, to, this.told);
		this.syncFocus();
	}

	/** Shows the highlight and the picks on the rows on screen, and the bulk bar for the picks. */
	private syncFocus(): void {
		const active = this.painter.mark(this.selection.focusedKey, (key) => this.selection.has(key));
		if (active) this.listEl.setAttr('aria-activedescendant', active);
		else this.listEl.removeAttribute('aria-activedescendant');
		this.bulkBar.update();
		// The person panel follows the highlight: told when it moves to someone else.
		const person = this.selection.focused()?.item.path;
		if (person !== undefined && person !== this.highlighted) {
			this.highlighted = person;
			this.app.workspace.trigger(QUEUE_HIGHLIGHT, person);
		}
	}

	private clearSelection(): void {
		this.selection.clear();
		this.syncFocus();
	}

	/** The item row an event happened in, and its index. */
	private itemFor(target: EventTarget | null): { item: QueueItem; index: number } | undefined {
		// Element, not HTMLElement: a click on a button's icon lands on its SVG.
		if (!(target instanceof Element)) return undefined;
		const rowEl = target.closest<HTMLElement>('.rapport-queue-item');
		const index = Number(rowEl?.dataset.index);
		const row = rowEl ? this.rows.row(index) : undefined;
		return row?.kind === 'item' ? { item: row.item, index } : undefined;
	}

	private scrollIntoView(index: number): void {
		const top = this.rows.top(index);
		const bottom = this.rows.top(index + 1);
		const height = this.listEl.clientHeight || FALLBACK_VIEWPORT;
		// Bring the section header along when moving up to a section's first row.
		const wantTop = index > 0 && !this.rows.isItem(index - 1) ? this.rows.top(index - 1) : top;
		if (wantTop < this.listEl.scrollTop) this.listEl.scrollTop = wantTop;
		else if (bottom > this.listEl.scrollTop + height) this.listEl.scrollTop = bottom - height;
		this.paint();
	}

	private today(): Day {
		return this.queue?.today ?? this.host.today();
	}
}
