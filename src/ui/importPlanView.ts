// The import's plan as its window shows it: a line of counts, then a list per group (new
// people, existing ones to fill in, changes of company or role, ambiguous rows, skipped
// rows, fields left out, values kept as the notes have them), each one to fold away.
// Create and fill-in rows have a tick to leave them out; changes one to take them (off
// until the user picks it). Lists are paged: a file of 5,000 connections shows its first
// rows at once, and more when asked.
import { keptText, leftOutText } from '../domain/import/fields';
import {
	recordName,
	type AmbiguousRow,
	type FieldLeftOut,
	type FieldValue,
	type ImportFormat,
	type ImportPlan,
	type KeptValue,
	type PlannedChange,
	type PlannedNote,
	type SkippedRow,
} from '../domain/import/types';

/** Rows drawn at first in a group, and on each "Show more". */
export const PAGE_ROWS = 100;

/** What the user kept: rows left out of create or fill-in, and the changes taken, by row. */
export interface PlanChoices {
	leaveOut: Set<number>;
	take: Set<number>;
}

type GroupId = 'create' | 'update' | 'changes' | 'ambiguous' | 'skipped' | 'leftOut' | 'kept';

interface Tick<T> {
	/** What the tick says to a screen reader: "Import Sam Rivera". */
	label(item: T): string;
	on(item: T): boolean;
	set(item: T, on: boolean): void;
	/** The group's own tick: "Import all 30". */
	all: string;
}

interface Group<T> {
	id: GroupId;
	title: string;
	/** Said after the title, muted, so that a long one wraps tidily at phone width: "(Overwrite … takes the file's)". */
	aside?: string;
	/** A line on what the group means, under its title. */
	hint: string;
	items: readonly T[];
	paint(row: HTMLElement, item: T): void;
	tick?: Tick<T>;
}

/** How many notes the import would write as the choices stand: each row once, whichever groups it is in. */
export function chosenRows(plan: ImportPlan, choices: PlanChoices): number {
	const rows = new Set<number>();
	for (const note of [...plan.create, ...plan.update]) if (!choices.leaveOut.has(note.row)) rows.add(note.row);
	for (const change of plan.changes) if (choices.take.has(change.row)) rows.add(change.row);
	return rows.size;
}

/** "30 new · 12 to fill in · 2 changes · 1 ambiguous · 3 skipped · 2 values kept", zeros left out. */
export function planCounts(plan: ImportPlan): string {
	const parts = [
		plan.create.length ? `${plan.create.length} new` : '',
		plan.update.length ? `${plan.update.length} to fill in` : '',
		plan.changes.length ? `${plan.changes.length} ${plan.changes.length === 1 ? 'change' : 'changes'}` : '',
		plan.ambiguous.length ? `${plan.ambiguous.length} ambiguous` : '',
		plan.skipped.length ? `${plan.skipped.length} skipped` : '',
		plan.leftOut.length ? `${plan.leftOut.length} ${plan.leftOut.length === 1 ? 'field' : 'fields'} left out` : '',
		plan.kept.length ? `${plan.kept.length} ${plan.kept.length === 1 ? 'value' : 'values'} kept` : '',
	];
	return parts.filter(Boolean).join(' · ');
}

/** A property as a row shows it: `company: Acme`, lists joined. */
function fieldText(key: string, value: FieldValue): string {
	return `${key}: ${Array.isArray(value) ? value.join(', ') : value}`;
}

function paintNote(row: HTMLElement, note: PlannedNote): void {
	const head = row.createDiv({ cls: 'rapport-import-head' });
	head.createSpan({ cls: 'rapport-import-name', text: note.name });
	head.createSpan({ cls: 'rapport-import-path', text: note.path });
	const fields = Object.entries(note.fields).map(([key, value]) => fieldText(key, value));
	if (note.note) fields.push('notes');
	row.createDiv({ cls: 'rapport-import-fields', text: fields.length ? fields.join(' · ') : 'no details: the name only' });
}

function paintChange(row: HTMLElement, change: PlannedChange): void {
	const head = row.createDiv({ cls: 'rapport-import-head' });
	head.createSpan({ cls: 'rapport-import-name', text: change.name });
	head.createSpan({ cls: 'rapport-import-path', text: change.path });
	row.createDiv({ cls: 'rapport-import-fields', text: `${change.field}: ${change.from} → ${change.to}` });
}

/** "Card 3" or "Row 3", as a line starts. */
const Record = (format: ImportFormat, row: number): string => capitalized(recordName(format, row));
const capitalized = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

function paintAmbiguous(row: HTMLElement, item: AmbiguousRow, format: ImportFormat): void {
	const head = row.createDiv({ cls: 'rapport-import-head' });
	head.createSpan({ cls: 'rapport-import-name', text: item.name });
	head.createSpan({ cls: 'rapport-import-path', text: recordName(format, item.row) });
	row.createDiv({ cls: 'rapport-import-fields', text: `could be ${item.candidates.join(' or ')}` });
}

function paintSkipped(row: HTMLElement, item: SkippedRow, format: ImportFormat): void {
	row.createDiv({ cls: 'rapport-import-fields', text: `${Record(format, item.row)}: ${item.reason}` });
}

function paintLeftOut(row: HTMLElement, item: FieldLeftOut, format: ImportFormat): void {
	row.createDiv({ cls: 'rapport-import-fields', text: capitalized(leftOutText(item, format)) });
}

function paintKept(row: HTMLElement, item: KeptValue, format: ImportFormat): void {
	row.createDiv({ cls: 'rapport-import-fields', text: capitalized(keptText(item, format)) });
}

export class ImportPlanView {
	constructor(
		private readonly el: HTMLElement,
		private readonly choices: PlanChoices,
		/** A tick changed: the window counts again. */
		private readonly changed: () => void,
	) {}

	/** Draws a plan afresh; the choices carry over (rows keep their numbers when the plan is made again). */
	show(plan: ImportPlan): void {
		const { el, choices } = this;
		el.empty();
		el.createDiv({ cls: 'rapport-import-counts', text: planCounts(plan) });
		const leaveOut: Tick<PlannedNote> = {
			label: (note) => `Import ${note.name}`,
			on: (note) => !choices.leaveOut.has(note.row),
			set: (note, on) => void (on ? choices.leaveOut.delete(note.row) : choices.leaveOut.add(note.row)),
			all: 'Import all',
		};
		this.group({
			id: 'create',
			title: 'New contacts',
			hint: 'A note each, in the folder above, from your contact template. They wait in triage until you give them a tie.',
			items: plan.create,
			paint: paintNote,
			tick: leaveOut,
		});
		this.group({
			id: 'update',
			title: 'Filled in',
			hint: 'People you have already: only the details shown are set; the rest of each note stays as it is.',
			items: plan.update,
			paint: paintNote,
			tick: leaveOut,
		});
		this.group({
			id: 'changes',
			title: 'Changes',
			hint: 'A new company or role since you last wrote it down. Tick the ones to take: the old company is kept in previous_companies.',
			items: plan.changes,
			paint: paintChange,
			tick: {
				label: (change) => `Take ${change.name}'s ${change.field}: ${change.to}`,
				on: (change) => choices.take.has(change.row),
				set: (change, on) => void (on ? choices.take.add(change.row) : choices.take.delete(change.row)),
				all: 'Take all',
			},
		});
		this.group({
			id: 'ambiguous',
			title: 'Ambiguous',
			hint:
				'Each could be more than one of your contacts, so it is never imported. ' +
				'Give one of them the email or LinkedIn URL, then import again.',
			items: plan.ambiguous,
			paint: (row, item) => paintAmbiguous(row, item, plan.format),
		});
		this.group({
			id: 'skipped',
			title: 'Skipped',
			hint: `${plan.format === 'vcard' ? 'Cards' : 'Rows'} of the file Rapport could not use, and why.`,
			items: plan.skipped,
			paint: (row, item) => paintSkipped(row, item, plan.format),
		});
		this.group({
			id: 'leftOut',
			title: 'Fields left out',
			hint: "Values Rapport can't read: each person is imported without that one field, and the file keeps it as it is.",
			items: plan.leftOut,
			paint: (row, item) => paintLeftOut(row, item, plan.format),
		});
		this.group({
			id: 'kept',
			title: 'Kept as the notes have them',
			aside: "(Overwrite existing values takes the file's)",
			hint: 'Values the file has for people you have already that differ from what their notes say. Each note keeps its own.',
			items: plan.kept,
			paint: (row, item) => paintKept(row, item, plan.format),
		});
	}

	private group<T>(group: Group<T>): void {
		if (group.items.length === 0) return;
		const details = this.el.createEl('details', { cls: 'rapport-import-group', attr: { 'data-group': group.id, open: '' } });
		const summary = details.createEl('summary', { cls: 'rapport-import-summary' });
		const title = summary.createSpan({ cls: 'rapport-import-title', text: group.title });
		if (group.aside) title.createSpan({ cls: 'rapport-import-aside', text: ` ${group.aside}` });
		summary.createSpan({ cls: 'rapport-import-count', text: String(group.items.length) });
		details.createDiv({ cls: 'rapport-import-hint', text: group.hint });
		const rowEls: { input: HTMLInputElement; item: T }[] = [];
		const { tick } = group;
		let allInput: HTMLInputElement | undefined;
		const syncAll = (): void => {
			if (!allInput || !tick) return;
			const on = group.items.filter((item) => tick.on(item)).length;
			allInput.checked = on === group.items.length;
			allInput.indeterminate = on > 0 && on < group.items.length;
		};
		if (tick && group.items.length > 1) {
			const all = details.createEl('label', { cls: 'rapport-import-all' });
			allInput = all.createEl('input', { type: 'checkbox' });
			all.createSpan({ text: `${tick.all} ${group.items.length}` });
			allInput.addEventListener('change', () => {
				const on = allInput?.checked ?? false;
				for (const item of group.items) tick.set(item, on);
				for (const row of rowEls) row.input.checked = on;
				this.changed();
			});
		}
		const list = details.createDiv({ cls: 'rapport-import-list', attr: { role: 'list' } });
		const more = details.createEl('button', { cls: 'rapport-import-more' });
		const render = (): void => {
			const start = list.childElementCount;
			for (const item of group.items.slice(start, start + PAGE_ROWS)) {
				const row = list.createEl(tick ? 'label' : 'div', { cls: 'rapport-import-row', attr: { role: 'listitem' } });
				if (tick) {
					const input = row.createEl('input', { type: 'checkbox', attr: { 'aria-label': tick.label(item) } });
					input.checked = tick.on(item);
					input.addEventListener('change', () => {
						tick.set(item, input.checked);
						// A row's company and role changes are taken together (choices are by row): both ticks follow.
						for (const other of rowEls) other.input.checked = tick.on(other.item);
						syncAll();
						this.changed();
					});
					rowEls.push({ input, item });
				}
				group.paint(row.createDiv({ cls: 'rapport-import-person' }), item);
			}
			const left = group.items.length - list.childElementCount;
			more.setText(`Show ${Math.min(left, PAGE_ROWS)} more (${left} not shown)`);
			more.toggleClass('rapport-hidden', left <= 0);
		};
		more.addEventListener('click', render);
		render();
		syncAll();
	}
}
