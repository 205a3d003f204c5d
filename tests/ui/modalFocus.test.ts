// Focus after one of Rapport's windows closes: back on what had it when the window opened
// (the queue's list, the button that opened it), for Log interaction, New meeting note,
// Triage, Import contacts and Who do I know at…. The fake's modals are not on the page and
// close themselves at once (showModalsOnPage puts them on it until closed); it has no
// Escape key either: Obsidian's Escape calls close(), as these tests do.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from 'obsidian-test-mocks/obsidian';
import type { App as ObsidianApp } from 'obsidian';
import { defaultSettings } from '../../src/domain/settings';
import type { Place } from '../../src/domain/review/who';
import { Dialogs } from '../../src/ui/dialogs';
import type { DialogHost, ReviewHost } from '../../src/ui/host';
import { openReturningFocus } from '../../src/ui/modalFocus';
import { WhoModal, WhoSuggestModal } from '../../src/ui/whoModal';
import { showModalsOnPage, wireComponentsToDom } from '../obsidian/wireComponents';

wireComponentsToDom();

const app = (): ObsidianApp => App.createConfigured__() as unknown as ObsidianApp;

const host = {
	today: () => 20_000,
	settings: () => defaultSettings(),
	people: () => [{ name: 'Jane Doe', path: 'People/Jane Doe.md' }],
	log: () => Promise.resolve(),
	logRefusal: () => undefined,
	newMeeting: () => Promise.resolve(undefined),
	untriaged: () => [{ path: 'People/Jo Park.md', name: 'Jo Park' }],
	nameLabel: () => (name: string) => name,
	triage: () => Promise.resolve(),
	folders: () => ['People'],
	importer: () => ({}),
} as unknown as DialogHost;

/** Where the keyboard is before a window opens: the queue's list, as when a row's key opened it. */
function focusedList(): HTMLElement {
	const list = document.body.createDiv({ attr: { tabindex: '0', role: 'listbox', 'aria-label': 'Follow-up queue' } });
	list.focus();
	return list;
}

/** What the window does with the keyboard while open: one of its own fields has it, as when typing. */
function typeIn(modal: { contentEl: HTMLElement }): void {
	const field = modal.contentEl.querySelector<HTMLElement>('input, textarea, [tabindex], button') ?? modal.contentEl.createEl('button');
	field.focus();
	expect(document.activeElement).toBe(field);
}

describe('focus after a window closes', () => {
	beforeEach(() => showModalsOnPage());
	afterEach(() => {
		vi.restoreAllMocks();
		document.body.empty();
	});

	const windows: [string, (dialogs: Dialogs) => { contentEl: HTMLElement; close(): void }][] = [
		['Log interaction', (d) => d.openLog(['People/Jane Doe.md'])],
		['New meeting note', (d) => d.openMeeting(['People/Jane Doe.md'])],
		['Triage', (d) => d.openTriage()],
		['Import contacts', (d) => d.openImport()],
	];
	for (const [name, open] of windows) {
		it(`goes back to the queue's list when ${name} closes`, () => {
			const list = focusedList();
			const modal = open(new Dialogs(app(), host));
			typeIn(modal);
			modal.close();
			expect(document.activeElement).toBe(list);
		});
	}

	it('goes back to the list, not the button, when a button inside a row opened the window', () => {
		const list = focusedList();
		const row = list.createDiv({ attr: { role: 'option' } });
		const logButton = row.createEl('button', { attr: { 'aria-label': 'Log interaction', tabindex: '-1' } });
		logButton.focus();
		const modal = new Dialogs(app(), host).openLog(['People/Jane Doe.md']);
		typeIn(modal);
		modal.close();
		expect(document.activeElement).toBe(list);
	});

	it('goes back to what opened Who do I know at…, through its picker and the list of people', () => {
		const button = document.body.createEl('button', { text: 'Who do I know at…' });
		button.focus();
		const place: Place = { kind: 'company', name: 'Acme', count: 1 };
		const reviewHost = { places: () => [place], who: () => [], today: () => 20_000 } as unknown as ReviewHost;
		const opened: WhoModal[] = [];
		const draw = vi.spyOn(WhoModal.prototype, 'onOpen');
		draw.mockImplementation(function (this: WhoModal) {
			opened.push(this);
		});
		const picker = openReturningFocus(new WhoSuggestModal(app(), reviewHost));
		typeIn(picker);
		// Picking a place opens the people there as the picker closes (the fake calls onChooseSuggestion, then close;
		// Obsidian's order is not documented, and the helper takes either).
		picker.selectSuggestion(place, new MouseEvent('click'));
		const people = opened[0];
		if (!people) throw new Error('no list of people opened');
		typeIn(people);
		people.close();
		expect(document.activeElement).toBe(button);
	});
});
