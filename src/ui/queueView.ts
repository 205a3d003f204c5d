// The follow-up queue in the sidebar: who to reach out to and why, section by section.
// The list is windowed (only the rows on screen exist) so a 10,000-contact vault paints
// in one frame, and it re-renders only when the index moved and the pane is shown.
import { ItemView, Menu, Modal, Notice, debounce, setIcon, setTooltip, type ViewStateResult, type WorkspaceLeaf } from 'obsidian';
import { addDays, addMonthsToDay, humanDay, humanSpan, type Day } from '../domain/day';
import { isTag } from '../domain/contactWrites';
import { WIKILINK, linkDisplay } from '../domain/links';
import { SECTION_TITLES, type ItemKind, type Queue, type QueueItem, type SectionId } from '../domain/queue';
import { canSnooze, followUpTaskOf, snoozeMove } from '../domain/snooze';
import { AskModal } from './askModal';
import { INDEX_CHANGED, QUEUE_VIEW_TYPE, type RapportHost } from './host';
import { QueueRows, type Row } from './queueRows';
import { SnoozeDateModal } from './snoozeDateModal';

/** Rows about a message owed: logging from one starts as an email. */
const MESSAGE_ROWS: ReadonlySet<ItemKind> = new Set(['thank-you', 'report-back', 'nudge']);

/** Fixed heights keep the window arithmetic exact; styles.css reads them from the list. */
export const ITEM_HEIGHT = 56;
export const HEADER_HEIGHT = 32;
// A few rows beyond each edge, so a quick scroll does not flash empty space.
const OVERSCAN = 6;
// Before the pane has been laid out (or in a DOM with no layout) it has no height;
// assume a tall sidebar rather than painting nothing.
const FALLBACK_VIEWPORT = 720;
// Midnight moves every due date: look at the clock now and then, not only on edits.
const DAY_CHECK_MS = 60_000;

type RowAction = 'log' | 'snooze' | 'dormant' | 'done' | 'more';
type BulkAction = 'log' | 'snooze' | 'dormant' | 'tag' | 'clear';

interface QueueViewState {
	filter?: string;
	showUpcoming?: boolean;
}

/** Text in an empty-state message, or a bit of it shown as code. */
type MessagePart = string | { code: string };

let nextViewId = 1;

/** Row keys, with a count of changes, so what depends on them is worked out only after one. */
class Selection extends Set<string> {
	version = 0;

	override add(key: string): this {
		if (!this.has(key)) this.version++;
		return super.add(key);
	}

	override delete(key: string): boolean {
		const had = super.delete(key);
		if (had) this.version++;
		return had;
	}

	override clear(): void {
		if (this.size) this.version++;
		super.clear();
	}
}

/** "3w overdue", "today", "in 2d": how the row's due date stands against today. */
export function dueBadge(daysOverdue: number): string {
	if (daysOverdue > 0) return `${humanSpan(daysOverdue)} overdue`;
	if (daysOverdue === 0) return 'today';
	return `in ${humanSpan(-daysOverdue)}`;
}

/** A reason as it reads: `[[2026-12-01 Event]]` as "2026-12-01 Event", `[[People/Sam|Sam]]` as "Sam". */
export function readableReason(reason: string): string {
	if (!reason.includes('[[')) return reason;
	const shown = (link: string): string => {
		const text = linkDisplay(link);
		// No alias: the note's name, without its folders or a heading.
		return link.includes('|') ? text : ((text.split('#')[0] ?? text).split('/').pop() ?? text);
	};
	// A reason cut to fit may end inside a link: `… see [[2026-11-19 DevTo…`.
	// An embed keeps its `!`.
	return reason.replace(WIKILINK, (_link, embed: string, inner: string) => `${embed}${shown(`[[${inner}]]`)}`).replace(/\[\[([^\][\n]*…)/, (_cut, rest: string) => shown(`[[${rest}]]`));
}

function matches(item: QueueItem, needle: string): boolean {
	if (!needle) return true;
	const fields = [item.name, item.company, item.role, ...(item.tags ?? [])];
	return fields.some((field) => field !== undefined && field.toLowerCase().includes(needle));
}

export class QueueView extends ItemView {
	private readonly viewId = nextViewId++;
	private filter = '';
	private showUpcoming = true;
	private queue: Queue | undefined = undefined;
	private rendered: { revision: number; today: Day; ready: boolean } | undefined = undefined;
	/** The revision moved while the pane was hidden: render when it is shown again. */
	private stale = false;

	private rows = QueueRows.empty;
	/** The highlighted row, by key, so it survives re-renders and rows moving. */
	private focusedKey: string | undefined = undefined;
	/** Where the highlighted row was last seen: where to look for it first. */
	private focusedNear = 0;

	// Row elements on screen by key, and detached ones kept for reuse.
	private readonly live = new Map<string, HTMLElement>();
	private readonly spare: Record<Row['kind'], HTMLElement[]> = { header: [], item: [] };
	// What each element was last filled with, so an unchanged row is only moved.
	private readonly filledWith = new WeakMap<HTMLElement, string>();
	private paintedRange = '';
	private messageShown: string | undefined = undefined;
	private itemTemplate: HTMLElement | undefined = undefined;
	// An item row's text parts, found once when the row is made.
	private readonly parts = new WeakMap<HTMLElement, { name: HTMLElement; meta: HTMLElement; badge: HTMLElement; reason: HTMLElement }>();

	private opened = false;
	/** The menu the keyboard opened last, if still up. */
	private keyMenu: Menu | undefined = undefined;
	private readonly toolbarEl: HTMLElement;
	private readonly filterEl: HTMLInputElement;
	private readonly upcomingEl: HTMLInputElement;
	private readonly messageEl: HTMLElement;
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
	private readonly bulkEl: HTMLElement;
	private readonly bulkCountEl: HTMLElement;
	/** Item rows picked with Shift- or Mod-click (or Space), by key; actions then apply to all. */
	private readonly selected = new Selection();
	private selectionAnchor: string | undefined = undefined;
	/** What the selection bar last showed, so it is counted again only when that changed. */
	private bulkShown: { rows: QueueRows; version: number } = { rows: QueueRows.empty, version: -1 };
	private readonly listEl: HTMLElement;
	private readonly canvasEl: HTMLElement;
	private readonly sizerEl: HTMLElement;

	constructor(leaf: WorkspaceLeaf, private readonly host: RapportHost) {
		super(leaf);
		this.contentEl.addClass('rapport-queue-view');
		this.toolbarEl = this.contentEl.createDiv({ cls: 'rapport-queue-toolbar' });
		this.filterEl = this.toolbarEl.createEl('input', {
			cls: 'rapport-queue-filter',
			type: 'search',
			placeholder: 'Filter by name, company, role or tag',
			attr: { 'aria-label': 'Filter the queue' },
		});
		const toggle = this.toolbarEl.createEl('label', { cls: 'rapport-queue-toggle' });
		this.upcomingEl = toggle.createEl('input', { type: 'checkbox' });
		this.upcomingEl.checked = this.showUpcoming;
		toggle.appendText('Show upcoming');
		this.bulkEl = this.contentEl.createDiv({ cls: 'rapport-queue-bulk rapport-hidden', attr: { role: 'toolbar', 'aria-label': 'Selected contacts' } });
		this.bulkCountEl = this.bulkEl.createSpan({ cls: 'rapport-queue-bulk-count' });
		for (const [action, label] of [['log', 'Log'], ['snooze', 'Snooze'], ['dormant', 'Dormant'], ['tag', 'Tag'], ['clear', 'Clear']] as const) {
			this.bulkEl.createEl('button', { text: label, attr: { 'data-bulk': action } });
		}
		this.messageEl = this.contentEl.createDiv({ cls: 'rapport-queue-message' });
		this.listEl = this.contentEl.createDiv({
			cls: 'rapport-queue-list',
			attr: {
				tabindex: '0',
				role: 'listbox',
				'aria-label': 'Follow-up queue',
				'aria-multiselectable': 'true',
				'aria-keyshortcuts': 'ArrowUp ArrowDown Shift+ArrowUp Shift+ArrowDown Space Escape Enter Control+Enter Meta+Enter L S M Shift+S D T X Shift+F10',
			},
		});
		// One source for the heights: the code's numbers, handed to the CSS.
		this.listEl.setCssProps({ '--rapport-item-height': `${ITEM_HEIGHT}px`, '--rapport-header-height': `${HEADER_HEIGHT}px` });
		this.canvasEl = this.listEl.createDiv({ cls: 'rapport-queue-canvas' });
		// The list's height lives on an empty element of its own: changing it restyles that, not every row.
		this.sizerEl = this.canvasEl.createDiv({ cls: 'rapport-queue-sizer' });
		this.problemsEl = this.contentEl.createEl('button', { cls: 'rapport-queue-problems rapport-hidden' });
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
		this.paint();
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
		const moved = !this.rendered || this.rendered.revision !== current.revision || this.rendered.today !== current.today || this.rendered.ready !== current.ready;
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
		this.registerDomEvent(this.upcomingEl, 'change', () => {
			this.showUpcoming = this.upcomingEl.checked;
			this.relist(true);
		});
		// Delegated handlers: rows come and go while scrolling; the list stays.
		this.registerDomEvent(this.listEl, 'scroll', () => this.paint());
		this.registerDomEvent(this.listEl, 'click', (evt) => this.onClick(evt));
		this.registerDomEvent(this.listEl, 'auxclick', (evt) => {
			// Middle-click opens in a new tab, as links do everywhere in Obsidian.
			const hit = evt.button === 1 ? this.itemFor(evt.target) : undefined;
			if (hit) void this.host.actions.open(hit.item.path, true);
		});
		this.registerDomEvent(this.bulkEl, 'click', (evt) => {
			const button = evt.target instanceof Element ? evt.target.closest<HTMLElement>('[data-bulk]') : null;
			const action = button?.dataset.bulk as BulkAction | undefined;
			if (action) this.bulk(action, evt);
		});
		this.registerDomEvent(this.listEl, 'contextmenu', (evt) => this.onContextMenu(evt));
		this.registerDomEvent(this.problemsEl, 'click', () => {
			new ProblemsModal(this.app, this.host.problems(), (path) => void this.host.actions.open(path, false)).open();
		});
		this.registerDomEvent(this.listEl, 'keydown', (evt) => this.onKeyDown(evt));
		// Tabbing in highlights the first row on screen, not the top of a scrolled list.
		this.registerDomEvent(this.listEl, 'focus', () => {
			if (this.focusedKey !== undefined || this.rows.count === 0) return;
			this.focusRow(this.rows.itemNear(this.rows.at(this.listEl.scrollTop)));
			this.syncFocus();
		});
	}

	/** Rebuilds the row model from the queue, the filter and the toggle, then paints. */
	private relist(keepAnchor: boolean): void {
		const anchor = keepAnchor ? this.scrollAnchor() : undefined;
		const focusedAt = this.rows.indexOf(this.focusedKey, this.focusedNear);
		this.rows = new QueueRows(this.visibleSections(), { header: HEADER_HEIGHT, item: ITEM_HEIGHT });
		this.sizerEl.setCssProps({ '--rapport-list-height': `${this.rows.height}px` });
		this.showMessage();

		this.pruneSelection();
		// A row that went away (logged, snoozed) hands the highlight to the one now in its place.
		if (this.focusedKey !== undefined) {
			const now = this.rows.indexOf(this.focusedKey, focusedAt);
			if (now !== undefined) this.focusedNear = now;
			else this.focusRow(focusedAt === undefined ? undefined : this.rows.itemNear(focusedAt));
		}
		if (anchor) {
			const at = this.rows.indexOf(anchor.key, anchor.index);
			const scrollTop = at === undefined ? undefined : this.rows.top(at) + anchor.within;
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

	private focusRow(index: number | undefined): void {
		const row = index === undefined ? undefined : this.rows.row(index);
		this.focusedKey = row?.key;
		this.focusedNear = index ?? 0;
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
		const message = this.message(ready, contacts);
		// Unchanged on most refreshes: leave the DOM alone so the pane need not be laid out again.
		const body = typeof message?.body === 'string' ? [message.body] : message?.body;
		const signature = message ? [message.title, body?.map((part) => (typeof part === 'string' ? part : `\`${part.code}\``)).join(''), message.settingsButton].join('\u0000') : '';
		if (signature === this.messageShown) return;
		this.messageShown = signature;
		const el = this.messageEl;
		el.empty();
		if (!message) return;
		if (message.title) el.createDiv({ cls: 'rapport-queue-message-title', text: message.title });
		if (body) {
			const bodyEl = el.createDiv({ cls: 'rapport-queue-message-body' });
			for (const part of body) {
				if (typeof part === 'string') bodyEl.appendText(part);
				else bodyEl.createEl('code', { text: part.code });
			}
		}
		if (message.settingsButton) {
			const button = el.createEl('button', { cls: 'mod-cta', text: 'Open settings' });
			button.addEventListener('click', () => this.host.openSettings());
		}
	}

	private message(ready: boolean, contacts: number): { title?: string; body?: string | MessagePart[]; settingsButton?: boolean } | undefined {
		if (!ready) return { title: 'Indexing your vault…' };
		if (contacts === 0) return { title: 'No contacts found', body: this.recognitionHint(), settingsButton: true };
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
			return { title, body: later ? `Next: ${later.name} on ${humanDay(later.due, queue.today)}.` : 'No active contacts have anything coming up.' };
		}
		if (this.rows.count === 0 && this.filter.trim()) return { body: `No one in the queue matches “${this.filter.trim()}”.` };
		return undefined;
	}

	/** How contacts are recognised, with property names and values as code. */
	private recognitionHint(): MessagePart[] {
		const settings = this.host.settings();
		const ways: MessagePart[][] = [];
		const folders = settings.contactFolders.filter((f) => f.trim());
		if (folders.length) ways.push([`in ${folders.map((f) => `${f}/`).join(' or ')}`]);
		if (settings.contactTags.length) ways.push([`tagged ${settings.contactTags.map((t) => `#${t}`).join(' or ')}`]);
		if (settings.markerKey) ways.push(['with ', { code: `${settings.markerKey}: ${settings.markerValue}` }, ' in its properties']);
		if (settings.categoryKey) ways.push(['with ', { code: settings.categoryKey }, ` containing [[${settings.categoryValue}]]`]);
		if (ways.length === 0) return ['No rule recognises contacts yet. Change these rules in settings.'];
		const parts: MessagePart[] = ['A note is a contact when it is '];
		ways.forEach((way, i) => parts.push(...(i ? [', or ', ...way] : way)));
		parts.push('. Change these rules in settings.');
		return parts;
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

		const rows: Row[] = [];
		for (let i = from; i < to; i++) {
			const row = this.rows.row(i);
			if (row) rows.push(row);
		}
		const wanted = new Set(rows.map((row) => row.key));
		for (const [key, el] of this.live) {
			if (wanted.has(key)) continue;
			el.detach();
			this.spare[el.hasClass('rapport-queue-header') ? 'header' : 'item'].push(el);
			this.live.delete(key);
		}
		rows.forEach((row, at) => {
			let el = this.live.get(row.key);
			if (!el) {
				el = this.spare[row.kind].pop() ?? this.createRow(row.kind);
				this.live.set(row.key, el);
				this.canvasEl.appendChild(el);
			}
			this.fillRow(el, row, from + at);
		});
		this.syncFocus();
	}

	private createRow(kind: Row['kind']): HTMLElement {
		if (kind === 'header') {
			return createDiv({ cls: 'rapport-queue-row rapport-queue-header', attr: { role: 'presentation' } });
		}
		// Drawing three icons per row is most of a first render's cost: draw them once and copy.
		this.itemTemplate ??= this.itemRowTemplate();
		const el = this.itemTemplate.cloneNode(true) as HTMLElement;
		const part = (cls: string): HTMLElement => el.querySelector<HTMLElement>(`.${cls}`) ?? el;
		this.parts.set(el, { name: part('rapport-queue-name'), meta: part('rapport-queue-meta'), badge: part('rapport-queue-badge'), reason: part('rapport-queue-reason') });
		return el;
	}

	private itemRowTemplate(): HTMLElement {
		const el = createDiv({ cls: 'rapport-queue-row rapport-queue-item', attr: { role: 'option', 'aria-selected': 'false' } });
		const main = el.createDiv({ cls: 'rapport-queue-item-main' });
		const title = main.createDiv({ cls: 'rapport-queue-item-title' });
		title.createSpan({ cls: 'rapport-queue-name' });
		title.createSpan({ cls: 'rapport-queue-meta' });
		title.createSpan({ cls: 'rapport-queue-badge' });
		main.createDiv({ cls: 'rapport-queue-reason' });
		const actions = el.createDiv({ cls: 'rapport-queue-actions' });
		this.actionButton(actions, 'log', 'calendar-check', 'Log interaction');
		// Shown by styles.css only where it applies: done on follow-ups, snooze where a date means something.
		this.actionButton(actions, 'done', 'check', 'Mark follow-up done');
		this.actionButton(actions, 'snooze', 'alarm-clock', 'Snooze');
		this.actionButton(actions, 'dormant', 'moon', 'Mark dormant');
		// On phones, one button for the row's menu: a long press may not fire contextmenu on iOS.
		this.actionButton(actions, 'more', 'more-horizontal', 'More');
		return el;
	}

	private actionButton(parent: HTMLElement, action: RowAction, icon: string, label: string): void {
		// Out of the tab order: the list's own keys (l, x, s, d, the menu key) do the same from the keyboard.
		const button = parent.createEl('button', { cls: 'clickable-icon rapport-queue-action', attr: { 'aria-label': label, 'data-action': action, tabindex: '-1' } });
		setIcon(button, icon);
		setTooltip(button, label);
	}

	private fillRow(el: HTMLElement, row: Row, index: number): void {
		const position = String(index);
		// By the top itself, not the index: the same index sits lower when a header appears above it.
		const top = `${this.rows.top(index)}px`;
		if (el.dataset.top !== top) {
			el.dataset.top = top;
			el.setCssProps({ '--rapport-row-top': top });
		}
		if (el.dataset.index !== position) {
			el.dataset.index = position;
			if (row.kind === 'item') {
				el.id = `rapport-queue-${this.viewId}-${index}`;
				el.setAttr('aria-posinset', index + 1);
			}
		}
		if (row.kind === 'header') {
			const text = `${SECTION_TITLES[row.section]} · ${row.count}`;
			if (this.filledWith.get(el) !== text) {
				el.setText(text);
				this.filledWith.set(el, text);
			}
			return;
		}
		const { item } = row;
		el.setAttr('aria-setsize', this.rows.count);
		const meta = [item.company, item.role].filter((part) => part && part.trim()).join(' · ');
		const badge = dueBadge(item.daysOverdue);
		const signature = [item.id, item.name, meta, badge, item.reason].join('\u0000');
		if (this.filledWith.get(el) === signature) return;
		this.filledWith.set(el, signature);
		// The id carries the row's kind: these change only with the signature.
		el.toggleClass('is-follow-up', followUpTaskOf(item) !== undefined);
		el.toggleClass('is-unsnoozable', !canSnooze(item));
		const parts = this.parts.get(el);
		if (!parts) return;
		parts.name.setText(item.name);
		parts.meta.setText(meta);
		parts.badge.setText(badge);
		parts.badge.toggleClass('is-overdue', item.daysOverdue > 0);
		parts.badge.toggleClass('is-today', item.daysOverdue === 0);
		parts.badge.toggleClass('is-ahead', item.daysOverdue < 0);
		const reason = readableReason(item.reason);
		parts.reason.setText(reason);
		parts.reason.setAttr('title', reason);
	}

	private syncFocus(): void {
		let active: string | undefined;
		for (const [key, el] of this.live) {
			if (!el.hasClass('rapport-queue-item')) continue;
			const focused = key === this.focusedKey;
			const selected = this.selected.has(key);
			el.toggleClass('is-focused', focused);
			el.toggleClass('is-selected', selected);
			el.setAttr('aria-selected', selected ? 'true' : 'false');
			if (focused) active = el.id;
		}
		if (active) this.listEl.setAttr('aria-activedescendant', active);
		else this.listEl.removeAttribute('aria-activedescendant');
		// Counting people walks the rows: only when the selection or the rows changed, not per scroll.
		if (this.bulkShown.rows !== this.rows || this.bulkShown.version !== this.selected.version) {
			this.bulkShown = { rows: this.rows, version: this.selected.version };
			const count = this.selectedPaths().length;
			this.bulkEl.toggleClass('rapport-hidden', this.selected.size === 0);
			this.bulkCountEl.setText(count === 1 ? '1 contact selected' : `${count} contacts selected`);
		}
	}

	/** Drops picked rows that left the queue (logged, snoozed, filtered out). */
	private pruneSelection(): void {
		if (this.selected.size === 0) return;
		const present = new Set<string>();
		for (const { item } of this.rows.items()) if (this.selected.has(item.id)) present.add(item.id);
		for (const key of [...this.selected]) if (!present.has(key)) this.selected.delete(key);
	}

	/** The notes of the picked rows, each once, in list order. */
	private selectedPaths(): string[] {
		if (this.selected.size === 0) return [];
		const paths = new Set<string>();
		for (const { item } of this.rows.items()) if (this.selected.has(item.id)) paths.add(item.path);
		return [...paths];
	}

	/** The picked rows, in list order. */
	private selectedItems(): QueueItem[] {
		if (this.selected.size === 0) return [];
		const items: QueueItem[] = [];
		for (const { item } of this.rows.items()) if (this.selected.has(item.id)) items.push(item);
		return items;
	}

	/** The rows a snooze on this row is for: the selection when the row is in it. */
	private snoozeTargets(item: QueueItem): QueueItem[] {
		return this.selected.has(item.id) ? this.selectedItems() : [item];
	}

	/** What an action on this row applies to: the whole selection when the row is in it. */
	private targets(item: QueueItem): string[] {
		return this.selected.has(item.id) ? this.selectedPaths() : [item.path];
	}

	private toggleSelected(index: number): void {
		const row = this.rows.row(index);
		if (row?.kind !== 'item') return;
		if (this.selected.has(row.key)) this.selected.delete(row.key);
		else this.selected.add(row.key);
		this.selectionAnchor = row.key;
	}

	/** Selects every item row from the anchor to this one. */
	private selectRange(index: number): void {
		const anchor = this.rows.indexOf(this.selectionAnchor ?? this.focusedKey, this.focusedNear) ?? index;
		const [from, to] = anchor <= index ? [anchor, index] : [index, anchor];
		for (let i = from; i <= to; i++) {
			const row = this.rows.row(i);
			if (row?.kind === 'item') this.selected.add(row.key);
		}
		this.selectionAnchor ??= this.rows.row(anchor)?.key;
	}

	private clearSelection(): void {
		this.selected.clear();
		this.selectionAnchor = undefined;
		this.syncFocus();
	}

	private bulk(action: BulkAction, evt?: MouseEvent): void {
		const paths = this.selectedPaths();
		if (action === 'clear' || paths.length === 0) {
			this.clearSelection();
			return;
		}
		if (action === 'snooze') {
			const menu = new Menu();
			this.addSnoozeItems(menu, this.selectedItems(), '');
			if (evt) menu.showAtMouseEvent(evt);
			else {
				const rect = this.bulkEl.getBoundingClientRect();
				menu.showAtPosition({ x: rect.left, y: rect.bottom });
			}
			return;
		}
		this.apply(action, paths);
	}

	/** Runs an action on these notes; the selection has done its job once it is applied. */
	private apply(action: Exclude<BulkAction, 'snooze' | 'clear'>, paths: string[]): void {
		if (action === 'log') this.host.actions.log(paths);
		else if (action === 'dormant') void this.host.actions.markDormant(paths);
		else new TagModal(this.app, paths.length, (tag) => void this.host.actions.tag(paths, tag)).open();
		if (paths.length > 1) this.clearSelection();
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

	private focusedItem(): { item: QueueItem; index: number } | undefined {
		const index = this.rows.indexOf(this.focusedKey, this.focusedNear);
		const row = index === undefined ? undefined : this.rows.row(index);
		return row?.kind === 'item' && index !== undefined ? { item: row.item, index } : undefined;
	}

	private onClick(evt: MouseEvent): void {
		const hit = this.itemFor(evt.target);
		if (!hit) return;
		const { item } = hit;
		const button = evt.target instanceof Element ? evt.target.closest<HTMLElement>('[data-action]') : null;
		const action = button?.dataset.action as RowAction | undefined;
		if (!action && evt.shiftKey) {
			// Shift-click picks the rows from the last one picked; Mod-click picks one more.
			this.selectRange(hit.index);
			this.focusRow(hit.index);
			this.syncFocus();
			return;
		}
		if (!action && (evt.metaKey || evt.ctrlKey)) {
			this.toggleSelected(hit.index);
			this.focusRow(hit.index);
			this.syncFocus();
			return;
		}
		this.focusRow(hit.index);
		this.syncFocus();
		if (action === 'snooze') this.snoozeMenu(item).showAtMouseEvent(evt);
		else if (action === 'more') this.contextMenu(item).showAtMouseEvent(evt);
		else if (action === 'done') this.markDone(item);
		else if (action) this.act(action, item);
		else {
			if (this.selected.size) this.clearSelection();
			void this.host.actions.open(item.path, false);
		}
	}

	private onContextMenu(evt: MouseEvent): void {
		// The context-menu key on a focused list has no row under the pointer: use the highlight.
		const hit = this.itemFor(evt.target) ?? (evt.target === this.listEl ? this.focusedItem() : undefined);
		if (!hit) return;
		evt.preventDefault();
		this.focusRow(hit.index);
		this.syncFocus();
		if (evt.target === this.listEl) this.menuAtRow(hit.item, hit.index);
		else this.contextMenu(hit.item).showAtMouseEvent(evt);
	}

	/**
	 * The row's menu under the row, for the keyboard: the context-menu key has no pointer.
	 * Some platforms send both the key and a contextmenu event for one press: the second
	 * menu takes the first one's place.
	 */
	private menuAtRow(item: QueueItem, index: number): void {
		this.scrollIntoView(index);
		const rect = (this.live.get(item.id) ?? this.listEl).getBoundingClientRect();
		this.keyMenu?.hide();
		this.keyMenu = this.contextMenu(item);
		this.keyMenu.showAtPosition({ x: rect.left + 16, y: rect.bottom });
	}

	private onKeyDown(evt: KeyboardEvent): void {
		if (evt.altKey || ((evt.metaKey || evt.ctrlKey) && evt.key !== 'Enter')) return;
		const focused = this.focusedItem();
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
					this.selectionAnchor ??= focused.item.id;
					this.selected.add(focused.item.id);
				}
				this.moveFocus(step);
				if (evt.shiftKey) {
					const now = this.focusedItem();
					if (now) this.selected.add(now.item.id);
					this.syncFocus();
				}
				break;
			}
			case ' ':
				if (!focused) return;
				this.toggleSelected(focused.index);
				this.syncFocus();
				break;
			case 'Escape':
				if (this.selected.size === 0) return;
				this.clearSelection();
				break;
			case 't':
				if (item) this.apply('tag', this.targets(item));
				break;
			case 'Home':
				this.focusedKey = undefined;
				this.moveFocus(1);
				break;
			case 'End':
				this.focusedKey = undefined;
				this.moveFocus(-1);
				break;
			case 'Enter':
				if (item) void this.host.actions.open(item.path, evt.metaKey || evt.ctrlKey);
				break;
			case 'l':
				if (item) this.act('log', item);
				break;
			case 's':
				if (item && this.snoozable(item)) this.snoozeFor(this.snoozeTargets(item), addDays(this.today(), 7));
				break;
			case 'm':
				if (item && this.snoozable(item)) this.snoozeFor(this.snoozeTargets(item), addMonthsToDay(this.today(), 1));
				break;
			case 'S':
				if (item && this.snoozable(item)) this.pickSnoozeDate(this.snoozeTargets(item));
				break;
			case 'x':
				if (item) this.markDone(item);
				break;
			case 'd':
				if (item) this.act('dormant', item);
				break;
			default:
				return;
		}
		evt.preventDefault();
	}

	/** Moves the highlight to the next item row in a direction, skipping headers; from no highlight, to the first or last. */
	private moveFocus(step: 1 | -1): void {
		const current = this.rows.indexOf(this.focusedKey, this.focusedNear);
		let i = current === undefined ? (step === 1 ? 0 : this.rows.count - 1) : current + step;
		while (i >= 0 && i < this.rows.count && !this.rows.isItem(i)) i += step;
		if (i < 0 || i >= this.rows.count) return;
		this.focusRow(i);
		this.scrollIntoView(i);
		this.syncFocus();
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

	/** A row's action: on the whole selection when the row is part of it, else on the row. */
	private act(action: 'log' | 'dormant', item: QueueItem): void {
		const paths = this.targets(item);
		// Logging from a nudge row is the nudge itself, not their reply; from a follow-up, it may keep the promise.
		// A thank-you (a row or a follow-up saying so), a report-back or a nudge is most often
		// an email, which owes no thank-you of its own.
		const kind = MESSAGE_ROWS.has(item.kind) || (item.kind === 'follow-up' && /\bthank/i.test(item.task ?? '')) ? 'email' : undefined;
		if (action === 'log' && item.kind === 'nudge' && paths.length === 1) this.host.actions.log(paths, { nudge: true, kind });
		else if (action === 'log' && followUpTaskOf(item) && paths.length === 1) this.host.actions.log(paths, { followUp: item, kind });
		else if (action === 'log' && kind && paths.length === 1) this.host.actions.log(paths, { kind });
		else this.apply(action, paths);
	}

	/** Ticks the row's follow-up; a row that is no follow-up says so. */
	private markDone(item: QueueItem): void {
		const task = followUpTaskOf(item);
		if (task) void this.host.actions.complete(task.path, task.line, task.text, task.due);
		else new Notice('Only a follow-up can be marked done: this row has no task to tick.');
	}

	/**
	 * Whether a snooze from this row goes ahead: a row in a selection hands it to every
	 * row picked, each by its own rule; a row alone that cannot be snoozed says why.
	 */
	private snoozable(item: QueueItem): boolean {
		if (this.selected.has(item.id) && this.selected.size > 1) return true;
		const move = snoozeMove(item);
		if (move.kind === 'none') new Notice(`${move.why}.`);
		return move.kind !== 'none';
	}

	private snoozeFor(items: QueueItem[], until: Day): void {
		void this.host.actions.snooze(items, until);
		if (items.length > 1) this.clearSelection();
	}

	private snoozeMenu(item: QueueItem): Menu {
		const menu = new Menu();
		this.addSnoozeItems(menu, this.snoozeTargets(item), '');
		return menu;
	}

	private addSnoozeItems(menu: Menu, items: QueueItem[], prefix: string): void {
		const today = this.today();
		menu.addItem((m) => m.setTitle(`${prefix}1 week`).setIcon('alarm-clock').onClick(() => this.snoozeFor(items, addDays(today, 7))));
		menu.addItem((m) => m.setTitle(`${prefix}1 month`).setIcon('alarm-clock').onClick(() => this.snoozeFor(items, addMonthsToDay(today, 1))));
		menu.addItem((m) => m.setTitle(prefix ? `${prefix}until a date…` : 'Pick a date…').setIcon('calendar').onClick(() => this.pickSnoozeDate(items)));
	}

	private pickSnoozeDate(items: QueueItem[]): void {
		new SnoozeDateModal(this.app, this.today(), (until) => this.snoozeFor(items, until)).open();
	}

	private contextMenu(item: QueueItem): Menu {
		const menu = new Menu();
		menu.addItem((m) => m.setTitle('Open note').setIcon('file-text').onClick(() => void this.host.actions.open(item.path, false)));
		menu.addItem((m) => m.setTitle('Open in new tab').setIcon('file-plus').onClick(() => void this.host.actions.open(item.path, true)));
		menu.addSeparator();
		menu.addItem((m) => m.setTitle('Log interaction…').setIcon('calendar-check').onClick(() => this.act('log', item)));
		menu.addItem((m) => m.setTitle('New meeting note…').setIcon('file-plus-2').onClick(() => this.host.actions.meeting(this.targets(item))));
		if (followUpTaskOf(item)) menu.addItem((m) => m.setTitle('Mark follow-up done').setIcon('check').onClick(() => this.markDone(item)));
		// Snooze only where a date means something: some row it is for can be snoozed.
		const snoozing = this.snoozeTargets(item);
		if (snoozing.some(canSnooze)) this.addSnoozeItems(menu, snoozing, 'Snooze ');
		menu.addItem((m) => m.setTitle('Mark dormant').setIcon('moon').onClick(() => this.act('dormant', item)));
		return menu;
	}
}

/**
 * "3 notes need a look": some could not be read (properties that don't parse, a value of
 * the wrong kind), others were read but clash (two contacts of one name).
 */
function problemsTitle(notes: number): string {
	return notes === 1 ? '1 note needs a look' : `${notes} notes need a look`;
}

/** The notes the index could not read and why; each row opens its note, from the keyboard too. */
export class ProblemsModal extends Modal {
	constructor(app: ItemView['app'], private readonly problems: readonly { path: string; message: string }[], private readonly openNote: (path: string) => void) {
		super(app);
	}

	override onOpen(): void {
		const notes = new Set(this.problems.map((p) => p.path)).size;
		this.setTitle(problemsTitle(notes));
		this.contentEl.addClass('rapport-problems-modal');
		const list = this.contentEl.createDiv({ cls: 'rapport-problems', attr: { role: 'list' } });
		for (const problem of this.problems) {
			const item = list.createDiv({ cls: 'rapport-problem', attr: { role: 'listitem' } });
			// A problem with the settings (the daily notes format) has no note to open.
			if (problem.path) {
				const open = item.createEl('button', { cls: 'rapport-problem-note', text: problem.path });
				open.addEventListener('click', () => {
					this.close();
					this.openNote(problem.path);
				});
			} else item.createDiv({ cls: 'rapport-problem-note', text: 'Settings' });
			item.createDiv({ cls: 'rapport-problem-reason', text: problem.message });
		}
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

/** Asks for the tag a bulk "Tag" adds; `#` optional. */
export class TagModal extends AskModal<string> {
	protected readonly title: string;
	protected readonly submitText = 'Add tag';

	constructor(app: ItemView['app'], count: number, onPick: (tag: string) => void) {
		super(app, onPick);
		this.title = count === 1 ? 'Tag contact' : `Tag ${count} contacts`;
	}

	protected field(parent: HTMLElement): HTMLInputElement {
		return parent.createEl('input', { cls: 'rapport-tag-input', type: 'text', attr: { 'aria-label': 'Tag', placeholder: 'Tag, such as mentor' } });
	}

	protected read(text: string): { value: string } | { error: string } {
		const tag = text.trim().replace(/^#/, '');
		return isTag(tag) ? { value: tag } : { error: 'A tag is letters, digits, _, - or /, and not only digits.' };
	}
}
