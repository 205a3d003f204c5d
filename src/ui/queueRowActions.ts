// What a queue row's buttons, keys and menu do (log, snooze, mark done or dormant, tag,
// a new meeting note), on the row or, when the row is among those picked, on all of them.
import { Menu, Notice, type App } from 'obsidian';
import { addDays, addMonthsToDay, type Day } from '../domain/day';
import { logKindFor } from '../domain/logKind';
import type { QueueItem } from '../domain/queue';
import { canSnooze, followUpTaskOf, snoozeMove } from '../domain/snooze';
import type { RapportHost } from './host';
import { openReturningFocus } from './modalFocus';
import type { QueueSelection } from './queueSelection';
import { SnoozeDateModal } from './snoozeDateModal';
import { TagModal } from './tagModal';

/** An action on the notes picked; snooze and clear are the bulk bar's own. */
export type PathAction = 'log' | 'dormant' | 'tag';

export class QueueRowActions {
	constructor(
		private readonly app: App,
		private readonly host: RapportHost,
		private readonly selection: QueueSelection,
		private readonly view: {
			/** The day the queue shown was worked out for. */
			today(): Day;
			/** Unpicks every row and shows it. */
			clearSelection(): void;
		},
	) {}

	open(path: string, newTab: boolean): void {
		void this.host.actions.open(path, newTab);
	}

	/** Shows the row's person in the person panel, opening it when closed. */
	showPerson(item: QueueItem): void {
		this.host.actions.showPerson(item.path);
	}

	/** A row's action: on the whole selection when the row is part of it, else on the row. */
	act(action: 'log' | 'dormant', item: QueueItem): void {
		const paths = this.selection.targets(item);
		const alone = !this.selection.has(item.id) || this.selection.size === 1;
		if (action !== 'log' || !alone) {
			this.apply(action, paths);
			return;
		}
		// Logging from a nudge row is the nudge itself, not their reply; from a follow-up, it may keep the promise.
		// The kind fits the row and never implies a meeting (src/domain/logKind.ts): sending
		// what you promised must not owe a thank-you for a coffee that didn't happen.
		const kind = logKindFor(item);
		if (item.kind === 'nudge') this.host.actions.log(paths, { nudge: true, kind });
		else if (followUpTaskOf(item)) this.host.actions.log(paths, { followUp: item, kind });
		else this.host.actions.log(paths, { kind });
	}

	/** Runs an action on these notes; the selection has done its job once it is applied. */
	apply(action: PathAction, paths: string[]): void {
		if (action === 'log') this.host.actions.log(paths);
		else if (action === 'dormant') void this.host.actions.markDormant(paths);
		else openReturningFocus(new TagModal(this.app, paths.length, (tag) => void this.host.actions.tag(paths, tag)));
		if (paths.length > 1) this.view.clearSelection();
	}

	/** Ticks the row's follow-up; a row that is no follow-up says so. */
	markDone(item: QueueItem): void {
		const task = followUpTaskOf(item);
		if (task) void this.host.actions.complete(task.path, task.line, task.text, task.due);
		else new Notice('Only a follow-up can be marked done: this row has no task to tick.');
	}

	/**
	 * Whether a snooze from this row goes ahead: a row in a selection hands it to every
	 * row picked, each by its own rule; a row alone that cannot be snoozed says why.
	 */
	snoozable(item: QueueItem): boolean {
		if (this.selection.has(item.id) && this.selection.size > 1) return true;
		const move = snoozeMove(item);
		if (move.kind === 'none') new Notice(`${move.why}.`);
		return move.kind !== 'none';
	}

	/** Snoozes the row (or those picked with it) for a week or a month, or until a day asked for. */
	snooze(item: QueueItem, until: 'week' | 'month' | 'ask'): void {
		if (!this.snoozable(item)) return;
		const items = this.selection.snoozeTargets(item);
		const today = this.view.today();
		if (until === 'ask') this.pickSnoozeDate(items);
		else this.snoozeFor(items, until === 'week' ? addDays(today, 7) : addMonthsToDay(today, 1));
	}

	snoozeMenu(item: QueueItem): Menu {
		const menu = new Menu();
		this.addSnoozeItems(menu, this.selection.snoozeTargets(item), '');
		return menu;
	}

	addSnoozeItems(menu: Menu, items: QueueItem[], prefix: string): void {
		const today = this.view.today();
		menu.addItem((m) =>
			m
				.setTitle(`${prefix}1 week`)
				.setIcon('alarm-clock')
				.onClick(() => this.snoozeFor(items, addDays(today, 7))),
		);
		menu.addItem((m) =>
			m
				.setTitle(`${prefix}1 month`)
				.setIcon('alarm-clock')
				.onClick(() => this.snoozeFor(items, addMonthsToDay(today, 1))),
		);
		menu.addItem((m) =>
			m
				.setTitle(prefix ? `${prefix}until a date…` : 'Pick a date…')
				.setIcon('calendar')
				.onClick(() => this.pickSnoozeDate(items)),
		);
	}

	contextMenu(item: QueueItem): Menu {
		const menu = new Menu();
		menu.addItem((m) =>
			m
				.setTitle('Open note')
				.setIcon('file-text')
				.onClick(() => this.open(item.path, false)),
		);
		menu.addItem((m) =>
			m
				.setTitle('Open in new tab')
				.setIcon('file-plus')
				.onClick(() => this.open(item.path, true)),
		);
		menu.addItem((m) =>
			m
				.setTitle('Show in person panel')
				.setIcon('user')
				.onClick(() => this.showPerson(item)),
		);
		menu.addSeparator();
		menu.addItem((m) =>
			m
				.setTitle('Log interaction…')
				.setIcon('calendar-check')
				.onClick(() => this.act('log', item)),
		);
		menu.addItem((m) =>
			m
				.setTitle('New meeting note…')
				.setIcon('file-plus-2')
				.onClick(() => this.host.actions.meeting(this.selection.targets(item))),
		);
		if (followUpTaskOf(item))
			menu.addItem((m) =>
				m
					.setTitle('Mark follow-up done')
					.setIcon('check')
					.onClick(() => this.markDone(item)),
			);
		// Snooze only where a date means something: some row it is for can be snoozed.
		const snoozing = this.selection.snoozeTargets(item);
		if (snoozing.some(canSnooze)) this.addSnoozeItems(menu, snoozing, 'Snooze ');
		menu.addItem((m) =>
			m
				.setTitle('Mark dormant')
				.setIcon('moon')
				.onClick(() => this.act('dormant', item)),
		);
		return menu;
	}

	private snoozeFor(items: QueueItem[], until: Day): void {
		void this.host.actions.snooze(items, until);
		if (items.length > 1) this.view.clearSelection();
	}

	private pickSnoozeDate(items: QueueItem[]): void {
		openReturningFocus(new SnoozeDateModal(this.app, this.view.today(), (until) => this.snoozeFor(items, until)));
	}
}
