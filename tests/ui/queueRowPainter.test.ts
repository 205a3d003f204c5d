// The queue's rows as a screen reader meets them: each section's rows in a group named
// after the section, counted within it, also after scrolling reuses row elements.
import { describe, expect, it } from 'vitest';
import { QueueRowPainter } from '../../src/ui/queueRowPainter';
import { HEIGHTS, queueItem as item } from './queueItems';
import { QueueRows } from '../../src/ui/queueRows';

function setup(): { list: HTMLElement; painter: QueueRowPainter; rows: QueueRows } {
	const list = document.body.createDiv({ attr: { role: 'listbox' } });
	const canvas = list.createDiv();
	canvas.createDiv({ cls: 'rapport-queue-sizer' });
	const rows = new QueueRows(
		[
			{ id: 'owed', items: [item('owed', 0), item('owed', 1)] },
			{ id: 'reconnect', items: [0, 1, 2].map((n) => item('reconnect', n)) },
		],
		HEIGHTS,
	);
	return { list, painter: new QueueRowPainter(canvas, 1), rows };
}

/** Each option's name with the name of the group it is in and its place there, as the accessibility tree has it. */
function heard(list: HTMLElement): string[] {
	return Array.from(list.querySelectorAll<HTMLElement>('[role="option"]')).map((option) => {
		const group = option.parentElement?.closest<HTMLElement>('[role="group"]');
		const place = `${option.getAttribute('aria-posinset')}/${option.getAttribute('aria-setsize')}`;
		return `${group?.getAttribute('aria-label') ?? '(no group)'} > ${option.querySelector('.rapport-queue-name')?.textContent} ${place}`;
	});
}

describe('queue rows for a screen reader', () => {
	it('puts each section’s rows in a group named after it, counted within the section', () => {
		const { list, painter, rows } = setup();
		painter.paint(rows, 0, rows.count, (name) => name);
		expect(heard(list)).toEqual([
			'Owed, 2 > owed 0 1/2',
			'Owed, 2 > owed 1 2/2',
			'Reconnect, 3 > reconnect 0 1/3',
			'Reconnect, 3 > reconnect 1 2/3',
			'Reconnect, 3 > reconnect 2 3/3',
		]);
		// The groups are the listbox's only children besides the sizer; the headers are in them, hidden, said by the group.
		const groups = list.querySelectorAll('[role="group"]');
		expect(Array.from(groups).map((g) => g.parentElement?.parentElement)).toEqual([list, list]);
		expect(Array.from(list.querySelectorAll('.rapport-queue-header')).map((h) => h.getAttribute('aria-hidden'))).toEqual(['true', 'true']);
	});

	it('names each row by its own words, whole, not by its buttons', () => {
		const { list, painter, rows } = setup();
		painter.paint(rows, 0, rows.count, (name) => name);
		const row = list.querySelector<HTMLElement>('[role="option"]');
		// The row's buttons are named inside it; the row's name is its name, badge and reason.
		expect(row?.querySelector('[aria-label="Log interaction"]')).not.toBeNull();
		expect(row?.getAttribute('aria-label')).toBe('owed 0, 1d overdue, due');
	});

	it('keeps rows in their own section’s group when scrolling reuses them, and drops empty groups', () => {
		const { list, painter, rows } = setup();
		painter.paint(rows, 0, 3, (name) => name);
		const owed = painter.element('owed:0');
		expect(heard(list)).toEqual(['Owed, 2 > owed 0 1/2', 'Owed, 2 > owed 1 2/2']);
		// Scrolled down: the owed rows go, their elements come back as reconnect rows.
		painter.paint(rows, 5, rows.count, (name) => name);
		expect(heard(list)).toEqual(['Reconnect, 3 > reconnect 1 2/3', 'Reconnect, 3 > reconnect 2 3/3']);
		expect(list.querySelectorAll('[role="group"]')).toHaveLength(1);
		expect([painter.element('reconnect:1'), painter.element('reconnect:2')]).toContain(owed);
		// And back up: both groups, in the sections' order.
		painter.paint(rows, 0, rows.count, (name) => name);
		expect(Array.from(list.querySelectorAll('[role="group"]')).map((g) => g.getAttribute('aria-label'))).toEqual([
			'Owed, 2',
			'Reconnect, 3',
		]);
		expect(heard(list)).toHaveLength(5);
	});
});
