// The triage list as a screen reader hears it: each row named with its person and the tie
// chosen for them, the tie buttons grouped under whose tie it is, and the count of choices
// made said as it changes (a polite live region).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from 'obsidian-test-mocks/obsidian';
import type { App as ObsidianApp } from 'obsidian';
import { TriageModal } from '../../src/ui/triageModal';
import { showModalsOnPage } from '../obsidian/wireComponents';

const PEOPLE = [
	{ path: 'People/Jane Doe.md', name: 'Jane Doe', company: 'Acme', role: 'Staff engineer' },
	{ path: 'People/Jo Park.md', name: 'Jo Park', connected: '2024-03-18' },
	{ path: 'People/Lee Wong.md', name: 'Lee Wong' },
];

function open(): { list: HTMLElement; modal: TriageModal } {
	const modal = new TriageModal(
		App.createConfigured__() as unknown as ObsidianApp,
		PEOPLE,
		() => undefined,
		(name) => name,
	);
	modal.open();
	const list = modal.contentEl.querySelector<HTMLElement>('[role="listbox"]');
	if (!list) throw new Error('no list');
	return { list, modal };
}

function press(list: HTMLElement, key: string): void {
	list.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
}

/** The row the list's highlight is on, as aria-activedescendant points to it. */
function active(list: HTMLElement): HTMLElement | null {
	return document.getElementById(list.getAttribute('aria-activedescendant') ?? '');
}

describe('triage for a screen reader', () => {
	beforeEach(() => showModalsOnPage());
	afterEach(() => {
		vi.restoreAllMocks();
		document.body.empty();
	});

	it('names each row with its person and their tie, and groups its buttons under whose tie it is', () => {
		const { list } = open();
		const rows = Array.from(list.querySelectorAll<HTMLElement>('[role="option"]'));
		expect(rows.map((row) => row.getAttribute('aria-label'))).toEqual([
			'Jane Doe: no tie yet',
			'Jo Park: no tie yet',
			'Lee Wong: no tie yet',
		]);
		expect(rows.map((row) => row.querySelector('[role="group"]')?.getAttribute('aria-label'))).toEqual([
			'Tie for Jane Doe',
			'Tie for Jo Park',
			'Tie for Lee Wong',
		]);
		// What they do and where they are from describe the row.
		const described = (row: HTMLElement | undefined): string =>
			(row?.getAttribute('aria-describedby') ?? '')
				.split(' ')
				.map((id) => document.getElementById(id)?.textContent)
				.join(' | ');
		expect(described(rows[0])).toBe('Staff engineer, Acme');
		expect(described(rows[1])).toBe('connected 2024-03-18');

		press(list, '2');
		expect(rows[0]?.getAttribute('aria-label')).toBe('Jane Doe: medium tie');
		// The highlight moved on; going back, the row says the choice.
		press(list, 'ArrowUp');
		expect(active(list)?.getAttribute('aria-label')).toBe('Jane Doe: medium tie');
		press(list, '0');
		expect(rows[0]?.getAttribute('aria-label')).toBe('Jane Doe: dormant');
		press(list, 'Backspace');
		expect(active(list)?.getAttribute('aria-label')).toBe('Jo Park: no tie yet');
	});

	it('says the count of choices made in a polite live region', () => {
		const { list, modal } = open();
		const count = modal.contentEl.querySelector<HTMLElement>('.rapport-triage-count');
		expect(count?.getAttribute('role')).toBe('status');
		expect(count?.getAttribute('aria-live')).toBe('polite');
		expect(count?.textContent).toBe('Nothing chosen yet');
		press(list, '1');
		press(list, '3');
		// The choice just made is said with the count (the highlight has moved on to the next
		// person); on screen, the count alone shows.
		expect(count?.textContent).toBe('Jo Park: weak tie. 2 of 3 chosen');
		expect(count?.querySelector('.rapport-visually-hidden')?.textContent).toBe('Jo Park: weak tie. ');
		press(list, 'ArrowUp');
		press(list, 'Backspace');
		expect(count?.textContent).toBe('Jo Park: no tie yet. 1 of 3 chosen');
	});
});
