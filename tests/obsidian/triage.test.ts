// Triage through the real plugin on the in-memory app: the queue's "Triage 4 new people"
// opens the list, keys 1/2/3/0 (and the buttons) pick each one's tie, closing writes every
// choice as one undo step, and Undo takes the whole batch back.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App, Notice, WorkspaceLeaf } from 'obsidian-test-mocks/obsidian';
import type { WorkspaceLeaf as ObsidianLeaf } from 'obsidian';
import manifest from '../../manifest.json';
import RapportPlugin from '../../src/main';
import { QUEUE_VIEW_TYPE } from '../../src/ui/host';
import type { QueueView } from '../../src/ui/queueView';
import { migrateSettings } from '../../src/domain/settings';
import { vault } from '../builders';
import { showModalsOnPage } from './wireComponents';

type MockPlugin = RapportPlugin & {
	commands__: Map<string, { name: string; callback?: () => unknown }>;
	views__: Map<string, (leaf: ObsidianLeaf) => QueueView>;
};

const FILES = vault()
	.contact('Sam Rivera', (c) => c.tie('strong'))
	.contact('Mia Chen', (c) => c.company('Acme').prop('role', 'Staff engineer').prop('met', '"[[DevTools Summit]]"'))
	.contact('Jo Park', (c) => c.prop('connected', '2024-03-18'))
	.contact('Lee Wong')
	.contact('Ana Ruiz')
	.note('Events/DevTools Summit', '---\ndate: 2026-10-14\n---\n').files;
const PEOPLE = ['Ana Ruiz', 'Jo Park', 'Lee Wong', 'Mia Chen'];

async function boot(files = FILES): Promise<{ app: App; plugin: RapportPlugin; mock: MockPlugin; view: QueueView }> {
	const app = App.createConfigured__({ files: Object.fromEntries(files) });
	const plugin = new RapportPlugin(app.asOriginalType__(), manifest);
	plugin.load();
	await vi.advanceTimersByTimeAsync(0);
	app.workspace.setLayoutReady__();
	await settle(plugin);
	const mock = plugin as MockPlugin;
	const create = mock.views__.get(QUEUE_VIEW_TYPE);
	if (!create) throw new Error('the queue view is not registered');
	const view = create(WorkspaceLeaf.create2__(app).asOriginalType3__());
	// happy-dom does no layout; the pane is on screen.
	view.containerEl.isShown = () => true;
	document.body.appendChild(view.containerEl);
	view.load();
	await view.onOpen();
	return { app, plugin, mock, view };
}

/** Lets pending reads finish and the index's debounced announcement fire. */
async function settle(plugin: RapportPlugin): Promise<void> {
	await vi.advanceTimersByTimeAsync(1000);
	await plugin.live.built;
	await vi.advanceTimersByTimeAsync(1000);
}

function banner(view: QueueView): HTMLElement {
	return view.contentEl.find('.rapport-queue-triage');
}

function queued(view: QueueView): string[] {
	return [...new Set(view.contentEl.findAll('.rapport-queue-item .rapport-queue-name').map((el) => el.getText()))].sort();
}

function modal(): HTMLElement {
	return document.body.find('.rapport-triage-modal');
}

function press(key: string): void {
	modal()
		.find('.rapport-triage-list')
		.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

/** Each row as the list shows it: name, the highlight (>) and the choice pressed. */
function rows(): string[] {
	return modal()
		.findAll('.rapport-triage-row')
		.map((row) => {
			const chosen = row.querySelector('.rapport-triage-choice[aria-pressed="true"]')?.textContent ?? '-';
			return `${row.hasClass('is-focused') ? '>' : ' '} ${row.find('.rapport-triage-name').getText()} ${chosen}`;
		});
}

async function read(app: App, path: string): Promise<string> {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no ${path}`);
	return app.vault.read(file);
}

async function everyone(app: App): Promise<Record<string, string>> {
	const texts: Record<string, string> = {};
	for (const path of FILES.keys()) texts[path] = await read(app, path);
	return texts;
}

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
	showModalsOnPage();
});

afterEach(() => {
	document.body.querySelectorAll('.modal-container').forEach((el) => el.remove());
	vi.useRealTimers();
	vi.restoreAllMocks();
});

describe('triage from the queue', () => {
	it('shows "Triage 4 new people" above the sections, and none of them in the queue', async () => {
		const { view } = await boot();
		expect(banner(view).getText()).toBe('Triage 4 new people');
		expect(banner(view).hasClass('rapport-hidden')).toBe(false);
		// Above the sections: before the list in the pane, and a button the keyboard reaches.
		expect(banner(view).tagName).toBe('BUTTON');
		expect(
			banner(view).compareDocumentPosition(view.contentEl.find('.rapport-queue-list')) & Node.DOCUMENT_POSITION_FOLLOWING,
		).toBeTruthy();
		expect(queued(view)).toEqual(['Sam Rivera']);
		view.unload();
	});

	it('tells two new people with one name apart, by the note when neither has a company of their own', async () => {
		const files = vault()
			.contact('Sam Rivera', (c) => c.tie('strong'))
			.contact('People/Lee Wong', (c) => c.company('Acme'))
			.contact('Imported/Lee Wong').files;
		const { plugin, view } = await boot(files);
		const triage = plugin.dialogs.openTriage();
		expect(rows()).toEqual(['> Lee Wong (Imported/Lee Wong.md) -', '  Lee Wong (People/Lee Wong.md) -']);
		expect(modal().find('.rapport-triage-choices').getAttribute('aria-label')).toBe('Tie for Lee Wong (Imported/Lee Wong.md)');
		triage.close();
		view.unload();
	});

	it('lists them with where they are from; 1 2 3 0 and the buttons pick, closing writes one step, Undo takes it all back', async () => {
		const notices: string[] = [];
		vi.spyOn(Notice.prototype, 'constructor__').mockImplementation(
			(message: string | DocumentFragment) => void notices.push(typeof message === 'string' ? message : (message.textContent ?? '')),
		);
		const { app, plugin, mock, view } = await boot();
		const before = await everyone(app);
		banner(view).click();
		expect(rows()).toEqual(['> Ana Ruiz -', '  Jo Park -', '  Lee Wong -', '  Mia Chen -']);
		const mia = modal().findAll('.rapport-triage-row')[3];
		expect(mia?.getText()).toContain('Staff engineer, Acme');
		expect(mia?.getText()).toContain('met at DevTools Summit');
		expect(modal().findAll('.rapport-triage-row')[1]?.getText()).toContain('connected 2024-03-18');
		expect(document.activeElement).toBe(modal().find('.rapport-triage-list'));

		// Each key picks for the highlighted person and moves on.
		press('1');
		press('3');
		press('0');
		press('2');
		expect(rows()).toEqual(['  Ana Ruiz Strong', '  Jo Park Weak', '  Lee Wong Dormant', '> Mia Chen Medium']);
		// The arrows move without picking; a button (touch) picks for its own row.
		press('ArrowUp');
		press('ArrowUp');
		expect(rows()[1]).toBe('> Jo Park Weak');
		modal().findAll('.rapport-triage-row')[0]?.find('.rapport-triage-choice[data-tie="weak"]').click();
		expect(rows()[0]).toBe('> Ana Ruiz Weak');
		// The count says the choice just made too, for a screen reader (visually hidden).
		expect(modal().find('.rapport-triage-count').getText()).toBe('Ana Ruiz: weak tie. 4 of 4 chosen');
		// Nothing is written until the list is applied.
		expect(await everyone(app)).toEqual(before);

		modal().find('.rapport-triage-apply').click();
		await settle(plugin);
		expect(document.body.querySelector('.rapport-triage-modal')).toBeNull();
		expect(await read(app, 'People/Ana Ruiz.md')).toBe('---\ntype: contact\ntie: weak\n---\n\n');
		expect(await read(app, 'People/Jo Park.md')).toBe('---\ntype: contact\nconnected: 2024-03-18\ntie: weak\n---\n\n');
		expect(await read(app, 'People/Lee Wong.md')).toBe('---\ntype: contact\nstatus: dormant\n---\n\n');
		expect(await read(app, 'People/Mia Chen.md')).toContain('\ntie: medium\n');
		expect(notices.at(-1)).toBe('Triaged 4 people: 1 medium, 2 weak, 1 dormantUndo');
		expect(banner(view).hasClass('rapport-hidden')).toBe(true);
		// Triaged, they are queued by their cadence now; never in touch, so due now (Lee is dormant).
		expect(queued(view)).toEqual(['Ana Ruiz', 'Jo Park', 'Sam Rivera']);

		await mock.commands__.get('undo-last-change')?.callback?.();
		await settle(plugin);
		expect(await everyone(app)).toEqual(before);
		expect(banner(view).getText()).toBe('Triage 4 new people');
		expect(queued(view)).toEqual(['Sam Rivera']);
		view.unload();
	});

	it('writes the choices made when the list is closed without Apply, and nothing when none were', async () => {
		const { app, plugin, mock, view } = await boot();
		const before = await everyone(app);
		const triage = plugin.dialogs.openTriage();
		expect(triage.titleEl.getText()).toBe('Triage 4 new people');
		press('1');
		press('ArrowUp');
		press('Backspace');
		press('ArrowDown');
		press('0');
		expect(rows()).toEqual(['  Ana Ruiz -', '  Jo Park Dormant', '> Lee Wong -', '  Mia Chen -']);
		// Escape, the close button or a click outside: Obsidian closes the modal.
		triage.close();
		await settle(plugin);
		expect(await read(app, 'People/Jo Park.md')).toContain('\nstatus: dormant\n');

		await mock.commands__.get('undo-last-change')?.callback?.();
		await settle(plugin);
		expect(await everyone(app)).toEqual(before);

		// The command opens the list too; closed with nothing chosen, it writes nothing.
		await mock.commands__.get('triage-new-people')?.callback?.();
		expect(rows()).toHaveLength(PEOPLE.length);
		const write = vi.spyOn(plugin.host, 'triage');
		document.body.querySelector('.rapport-triage-apply')?.dispatchEvent(new MouseEvent('click'));
		await settle(plugin);
		expect(write).not.toHaveBeenCalled();
		expect(await everyone(app)).toEqual(before);
		view.unload();
	});

	it('says what to do when only new people are there: nobody is due, the banner leads', async () => {
		const { view } = await boot(vault().contact('Ana Ruiz').contact('Jo Park').files);
		await vi.advanceTimersByTimeAsync(1000);
		expect(banner(view).getText()).toBe('Triage 2 new people');
		expect(view.contentEl.find('.rapport-queue-message').getText()).toBe(
			'Nobody to reach out to todayGive the new people above a tie to bring them into the queue.',
		);
		view.unload();
	});

	it('titles the list "No one to triage" when no one is new, and says why', async () => {
		const { plugin, view } = await boot(vault().contact('Sam Rivera', (c) => c.tie('strong')).files);
		const triage = plugin.dialogs.openTriage();
		expect(triage.titleEl.getText()).toBe('No one to triage');
		expect(triage.contentEl.getText()).toBe(
			'No one to triage: everyone has a tie, a cadence or a status. New contacts land here until you pick one.',
		);
		triage.close();
		view.unload();
	});

	it('with triage off in settings: no banner, and the new people are due by the medium cadence', async () => {
		const { plugin, view } = await boot();
		await plugin.saveSettings(migrateSettings({ ...plugin.settings, triageNewPeople: false }));
		await settle(plugin);
		expect(banner(view).hasClass('rapport-hidden')).toBe(true);
		// Mia met them at the summit on 14 Oct: with 90 days from then, she is not due yet.
		expect(queued(view)).toEqual(['Ana Ruiz', 'Jo Park', 'Lee Wong', 'Sam Rivera']);
		expect(view.contentEl.findAll('.rapport-queue-reason').map((el) => el.getText())).toContain('never in touch · every 90d');
		view.unload();
	});
});
