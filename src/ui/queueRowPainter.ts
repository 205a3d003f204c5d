// The queue's rows as elements: only those in or near the viewport exist, item rows are
// copied from one template, rows scrolled away are kept for reuse, and a row is written
// to only when what it shows changed. Each section's rows sit in a group of their own
// (role group, the one child a listbox allows besides option), named after the section,
// so a screen reader says which section a row is in; the group has no box of its own
// and the rows are placed against the canvas, so it changes nothing on screen.
import { setIcon, setTooltip } from 'obsidian';
import { humanSpan } from '../domain/day';
import { readableReason } from '../domain/links';
import { rowName, type NameLabel } from '../domain/namesakes';
import { SECTION_IDS, SECTION_TITLES, type QueueItem, type SectionId } from '../domain/queue';
import { canSnooze, followUpTaskOf } from '../domain/snooze';
import type { QueueRows, Row } from './queueRows';

/** A row's buttons; the list's keys and the row's menu do the same. */
export type RowAction = 'log' | 'snooze' | 'dormant' | 'done' | 'more';

/** "3w overdue", "today", "in 2d": how the row's due date stands against today. */
export function dueBadge(daysOverdue: number): string {
	if (daysOverdue > 0) return `${humanSpan(daysOverdue)} overdue`;
	if (daysOverdue === 0) return 'today';
	return `in ${humanSpan(-daysOverdue)}`;
}

/** A row's badge: how its due date stands, or, where a due date would mislead, what the row is. */
export function rowBadge(item: Pick<QueueItem, 'kind' | 'daysOverdue'>): { text: string; tone: 'overdue' | 'today' | 'ahead' | 'plain' } {
	// A thing to ask about is not late: it happened that long ago. A let-go is nothing to do.
	if (item.kind === 'remember') return { text: item.daysOverdue > 0 ? `${humanSpan(item.daysOverdue)} ago` : 'today', tone: 'plain' };
	if (item.kind === 'let-go') return { text: 'let go', tone: 'plain' };
	// Drifting is against their own rhythm, not a due date: the reason says by how much.
	if (item.kind === 'drift') return { text: 'drifting', tone: 'overdue' };
	const tone = item.daysOverdue > 0 ? 'overdue' : item.daysOverdue === 0 ? 'today' : 'ahead';
	return { text: dueBadge(item.daysOverdue), tone };
}

// The reason's own words for how the due date stands ("overdue 7d · monthly · …"): the badge says it.
const DUE_WORDS = /^(?:overdue \S+|due today|due in \S+)$/;

/** The reason as the row shows it beside its badge: without "overdue 7d", which the badge says. */
export function reasonBesideBadge(reason: string): string {
	const parts = reason.split(' · ');
	const kept = parts.filter((part) => !DUE_WORDS.test(part));
	return kept.length > 0 && kept.length < parts.length ? kept.join(' · ') : reason;
}

export class QueueRowPainter {
	// Row elements on screen by key, and detached ones kept for reuse.
	private readonly live = new Map<string, HTMLElement>();
	private readonly spare: Record<Row['kind'], HTMLElement[]> = { header: [], item: [] };
	// What each element was last filled with, so an unchanged row is only moved.
	private readonly filledWith = new WeakMap<HTMLElement, string>();
	private itemTemplate: HTMLElement | undefined = undefined;
	// An item row's text parts, found once when the row is made.
	private readonly parts = new WeakMap<HTMLElement, { name: HTMLElement; meta: HTMLElement; badge: HTMLElement; reason: HTMLElement }>();
	// Each section's group, made when first needed; in the canvas only while it holds rows.
	private readonly groups = new Map<SectionId, HTMLElement>();

	constructor(
		private readonly canvasEl: HTMLElement,
		/** Tells this view's row ids from another open queue's. */
		private readonly viewId: number,
	) {}

	/**
	 * Puts rows `from` (inclusive) to `to` in the DOM, reusing elements; the others are set
	 * aside. `told` names each person, namesakes told apart.
	 */
	paint(rows: QueueRows, from: number, to: number, told: NameLabel): void {
		const shown: Row[] = [];
		for (let i = from; i < to; i++) {
			const row = rows.row(i);
			if (row) shown.push(row);
		}
		const wanted = new Set(shown.map((row) => row.key));
		for (const [key, el] of this.live) {
			if (wanted.has(key)) continue;
			el.detach();
			this.spare[el.hasClass('rapport-queue-header') ? 'header' : 'item'].push(el);
			this.live.delete(key);
		}
		shown.forEach((row, at) => {
			const index = from + at;
			const section = rows.sectionOf(index);
			if (section === undefined) return;
			let el = this.live.get(row.key);
			if (!el) {
				el = this.spare[row.kind].pop() ?? this.createRow(row.kind);
				this.live.set(row.key, el);
			}
			// A reused row, or one whose item moved to another section, goes to its section's group.
			const group = this.group(section);
			if (el.parentElement !== group) group.appendChild(el);
			this.fillRow(rows, el, row, index, told);
		});
		this.placeGroups(rows);
	}

	/** A section's group: the rows under the section's name, as a screen reader hears them. */
	private group(section: SectionId): HTMLElement {
		let group = this.groups.get(section);
		if (!group) {
			group = createDiv({ cls: 'rapport-queue-group', attr: { role: 'group' } });
			this.groups.set(section, group);
		}
		return group;
	}

	/** Groups with rows in the canvas after the sizer, in the sections' order, each named with its count; empty ones out. */
	private placeGroups(rows: QueueRows): void {
		const wanted: HTMLElement[] = [];
		for (const section of SECTION_IDS) {
			const group = this.groups.get(section);
			if (!group) continue;
			if (group.childElementCount === 0) {
				group.detach();
				continue;
			}
			const label = `${SECTION_TITLES[section]}, ${rows.sectionSize(section)}`;
			if (group.getAttr('aria-label') !== label) group.setAttr('aria-label', label);
			wanted.push(group);
		}
		const placed = Array.from(this.canvasEl.children).filter((child) => child.hasClass('rapport-queue-group'));
		if (placed.length !== wanted.length || placed.some((group, i) => group !== wanted[i])) {
			for (const group of wanted) this.canvasEl.appendChild(group);
		}
	}

	/** The element of a row on screen. */
	element(key: string): HTMLElement | undefined {
		return this.live.get(key);
	}

	/** Marks the highlighted row and the picked ones; returns the highlighted one's id when it is on screen. */
	mark(focusedKey: string | undefined, picked: (key: string) => boolean): string | undefined {
		let active: string | undefined;
		for (const [key, el] of this.live) {
			if (!el.hasClass('rapport-queue-item')) continue;
			const focused = key === focusedKey;
			const selected = picked(key);
			el.toggleClass('is-focused', focused);
			el.toggleClass('is-selected', selected);
			el.setAttr('aria-selected', selected ? 'true' : 'false');
			if (focused) active = el.id;
		}
		return active;
	}

	private createRow(kind: Row['kind']): HTMLElement {
		if (kind === 'header') {
			// The group is named after the section: the header is for the eye, heard once through the group.
			return createDiv({ cls: 'rapport-queue-row rapport-queue-header', attr: { 'aria-hidden': 'true' } });
		}
		// Drawing three icons per row is most of a first render's cost: draw them once and copy.
		this.itemTemplate ??= this.itemRowTemplate();
		const el = this.itemTemplate.cloneNode(true) as HTMLElement;
		const part = (cls: string): HTMLElement => el.querySelector<HTMLElement>(`.${cls}`) ?? el;
		this.parts.set(el, {
			name: part('rapport-queue-name'),
			meta: part('rapport-queue-meta'),
			badge: part('rapport-queue-badge'),
			reason: part('rapport-queue-reason'),
		});
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
		const button = parent.createEl('button', {
			cls: 'clickable-icon rapport-queue-action',
			attr: { 'aria-label': label, 'data-action': action, tabindex: '-1' },
		});
		setIcon(button, icon);
		setTooltip(button, label);
	}

	private fillRow(rows: QueueRows, el: HTMLElement, row: Row, index: number, told: NameLabel): void {
		const position = String(index);
		// By the top itself, not the index: the same index sits lower when a header appears above it.
		const top = `${rows.top(index)}px`;
		if (el.dataset.top !== top) {
			el.dataset.top = top;
			el.setCssProps({ '--rapport-row-top': top });
		}
		if (el.dataset.index !== position) {
			el.dataset.index = position;
			if (row.kind === 'item') el.id = `rapport-queue-${this.viewId}-${index}`;
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
		// Counted within the section's group, as a screen reader counts a group: "2 of 5".
		const place = rows.placeInSection(index);
		if (place) {
			el.setAttr('aria-posinset', place.at);
			el.setAttr('aria-setsize', place.size);
		}
		const name = rowName(item, told);
		const meta = [item.company, item.role].filter((part) => part && part.trim()).join(' · ');
		const badge = rowBadge(item);
		const signature = [item.id, name, meta, badge.text, item.reason].join('\u0000');
		if (this.filledWith.get(el) === signature) return;
		this.filledWith.set(el, signature);
		// The id carries the row's kind: these change only with the signature.
		el.toggleClass('is-follow-up', followUpTaskOf(item) !== undefined);
		el.toggleClass('is-unsnoozable', !canSnooze(item));
		const parts = this.parts.get(el);
		if (!parts) return;
		parts.name.setText(name);
		// A namesake's bracket may be cut to fit: the whole label on hover.
		if (name === item.name) parts.name.removeAttribute('title');
		else parts.name.setAttr('title', name);
		parts.meta.setText(meta);
		parts.badge.setText(badge.text);
		parts.badge.toggleClass('is-overdue', badge.tone === 'overdue');
		parts.badge.toggleClass('is-today', badge.tone === 'today');
		parts.badge.toggleClass('is-ahead', badge.tone === 'ahead');
		const reason = readableReason(item.reason);
		parts.reason.setText(badge.tone === 'plain' ? reason : reasonBesideBadge(reason));
		// The whole reason on hover, as the CLI says it.
		parts.reason.setAttr('title', reason);
		// Heard as the row says it, not cut to fit; without its buttons' names, which a name
		// taken from the row's content would end with ("… Log interaction Mark follow-up done …").
		el.setAttr('aria-label', [name, meta, badge.text, reason].filter((part) => part).join(', '));
	}
}
