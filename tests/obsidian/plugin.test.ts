// The real plugin class, booted against an in-memory vault as Obsidian would: nothing
// built before the layout is ready, then a status bar count, commands, and settings that
// re-index when saved.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App, Notice, Plugin, WorkspaceLeaf } from 'obsidian-test-mocks/obsidian';
import type { WorkspaceLeaf as ObsidianLeaf } from 'obsidian';
import { computeQueue } from '../../src/domain/queue';
import { QUEUE_VIEW_TYPE } from '../../src/ui/host';
import type { QueueView } from '../../src/ui/queueView';
import manifest from '../../manifest.json';
import RapportPlugin from '../../src/main';
import { formatDay, localToday } from '../../src/domain/day';
import { day, vault } from '../builders';
import { showModalsOnPage, wireComponentsToDom } from './wireComponents';

type MockPlugin = Plugin & {
	commands__: Map<string, { name: string; callback?: () => unknown }>;
	statusBarItems__: HTMLElement[];
};

/** The fake plugin keeps registered view creators; ours makes a QueueView. */
type ViewCreators = { views__: Map<string, (leaf: ObsidianLeaf) => QueueView> };

/** The queue view, made by the creator the plugin registered, attached as Obsidian would. */
async function openView(app: App, mock: MockPlugin): Promise<QueueView> {
	const create = (mock as unknown as ViewCreators).views__.get(QUEUE_VIEW_TYPE);
	if (!create) throw new Error('the queue view is not registered');
	const view = create(WorkspaceLeaf.create2__(app).asOriginalType3__());
	// happy-dom does no layout; the pane is on screen.
	view.containerEl.isShown = () => true;
	document.body.appendChild(view.containerEl);
	view.load();
	await view.onOpen();
	return view;
}

function names(view: QueueView): string[] {
	return view.contentEl
		.findAll('.rapport-queue-item .rapport-queue-name')
		.map((el) => el.getText())
		.sort();
}

async function boot(files: Map<string, string>): Promise<{ app: App; plugin: RapportPlugin; mock: MockPlugin }> {
	const app = App.createConfigured__({ files: Object.fromEntries(files) });
	const plugin = new RapportPlugin(app.asOriginalType__(), manifest);
	// As Obsidian does: load() marks the plugin loaded, so children added in onload load too.
	plugin.load();
	await vi.advanceTimersByTimeAsync(0);
	return { app, plugin, mock: plugin as unknown as MockPlugin };
}

async function ready(app: App, plugin: RapportPlugin): Promise<void> {
	app.workspace.setLayoutReady__();
	await settle(plugin);
}

/** Lets pending reads finish and the index's debounced announcement fire. */
async function settle(plugin: RapportPlugin): Promise<void> {
	await vi.advanceTimersByTimeAsync(1000);
	await plugin.live.built;
	await vi.advanceTimersByTimeAsync(1000);
}

wireComponentsToDom();

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
});

afterEach(() => {
	vi.useRealTimers();
	vi.restoreAllMocks();
});

describe('the plugin', () => {
	const notes = vault()
		.contact('Sam Rivera', (c) => c.tie('strong'))
		.contact('Jo Park', (c) => c.tie('weak'))
		.note('Folks/Ana Ruiz', '---\ntie: medium\n---\n').files;

	it('reads nothing and builds nothing until the layout is ready, then counts who to reach out to in the status bar', async () => {
		const app = App.createConfigured__({ files: Object.fromEntries(notes) });
		const reads = [
			vi.spyOn(app.vault.adapter, 'read'),
			vi.spyOn(app.vault.adapter, 'exists'),
			vi.spyOn(app.vault, 'cachedRead'),
			vi.spyOn(app.vault, 'read'),
		];
		const plugin = new RapportPlugin(app.asOriginalType__(), manifest);
		const mock = plugin as unknown as MockPlugin;
		plugin.load();
		await vi.advanceTimersByTimeAsync(0);
		// Obsidian's start-up is not kept waiting: no file is opened before the layout is ready.
		for (const read of reads) expect(read).not.toHaveBeenCalled();
		expect(plugin.live.index.contactCount).toBe(0);
		await ready(app, plugin);
		// Nobody was ever in touch: both contacts are due now.
		expect(mock.statusBarItems__[0]?.textContent).toBe('2 to reach out');
	});

	it('registers its commands without the plugin id or default hotkeys', async () => {
		const { mock } = await boot(notes);
		expect([...mock.commands__.entries()].map(([id, c]) => [id, c.name])).toEqual([
			['open-network-review', 'Open network review'],
			['create-review-note', 'Create review note'],
			['who-do-i-know', 'Who do I know at…'],
			['create-contacts-base', 'Create contacts base'],
			['open-queue', 'Open follow-up queue'],
			['open-person-panel', 'Open person panel'],
			['log-interaction', 'Log interaction'],
			['new-meeting-note', 'New meeting note'],
			['new-contact', 'New contact'],
			['snooze-contact', 'Snooze contact'],
			['mark-contact-dormant', 'Mark contact dormant'],
			['triage-new-people', 'Triage new people'],
			['import-contacts', 'Import contacts'],
			['export-contacts-vcard', 'Export contacts as vCard'],
			['follow-up-people-met', 'Follow up people met'],
			['add-reach-outs', 'Add reach-outs to this note'],
			['undo-last-change', 'Undo last change'],
			['rebuild-index', 'Rebuild index'],
		]);
		for (const command of mock.commands__.values()) expect(command).not.toHaveProperty('hotkeys');
	});

	it('re-indexes with saved settings once typing stops', async () => {
		const { app, plugin, mock } = await boot(notes);
		await ready(app, plugin);
		await plugin.saveSettings({ ...plugin.settings, contactFolders: ['People', 'Folks'] });
		await plugin.saveSettings({ ...plugin.settings, contactFolders: ['People', 'Folks'] });
		expect(plugin.live.index.contactCount).toBe(2);
		await settle(plugin);
		expect(plugin.live.index.contactCount).toBe(3);
		expect(mock.statusBarItems__[0]?.textContent).toBe('3 to reach out');
		expect(await plugin.loadData()).toMatchObject({ contactFolders: ['People', 'Folks'] });
	});

	it('re-indexes nothing once turned off, though a settings change was still waiting for typing to stop', async () => {
		const { app, plugin } = await boot(notes);
		await ready(app, plugin);
		const reconfigure = vi.spyOn(plugin.live, 'reconfigure');
		await plugin.saveSettings({ ...plugin.settings, contactFolders: ['People', 'Folks'] });
		plugin.unload();
		await settle(plugin);
		expect(reconfigure).not.toHaveBeenCalled();
		expect(plugin.live.index.contactCount).toBe(2);
	});

	it('follows an edit: a daily note that links someone takes them off the count', async () => {
		const { app, plugin, mock } = await boot(notes);
		await ready(app, plugin);
		const today = new Date();
		const name = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
		await app.vault.create(`${name}.md`, '- Lunch with [[Sam Rivera]]');
		await settle(plugin);
		expect(mock.statusBarItems__[0]?.textContent).toBe('1 to reach out');
	});

	it('shows the contacts a changed setting brings in, in the queue already open', async () => {
		const { app, plugin, mock } = await boot(notes);
		await ready(app, plugin);
		const view = await openView(app, mock);
		expect(names(view)).toEqual(['Jo Park', 'Sam Rivera']);
		await plugin.saveSettings({ ...plugin.settings, contactFolders: ['People', 'Folks'] });
		await settle(plugin);
		expect(names(view)).toEqual(['Ana Ruiz', 'Jo Park', 'Sam Rivera']);
		view.unload();
	});

	it('counts people in the status bar, not rows: someone owed a follow-up and due to reconnect is one', async () => {
		const files = vault()
			.contact('Sam Rivera', (c) => c.tie('strong').followUp('Send the deck 📅 2020-01-06'))
			.contact('Jo Park', (c) => c.tie('weak')).files;
		const { app, plugin, mock } = await boot(files);
		await ready(app, plugin);
		const sections = plugin.host
			.queue()
			.sections.filter((s) => s.items.some((i) => i.name === 'Sam Rivera'))
			.map((s) => s.id);
		expect(sections).toEqual(['owed', 'reconnect']);
		expect(mock.statusBarItems__[0]?.textContent).toBe('2 to reach out');
	});

	it('opens the queue in the sidebar from the status bar, the ribbon and the command, and reveals the one it has', async () => {
		const ribbon: { icon: string; title: string; open: () => unknown }[] = [];
		vi.spyOn(Plugin.prototype, 'addRibbonIcon').mockImplementation((icon, title, open) => {
			ribbon.push({ icon, title, open: () => open(new MouseEvent('click')) });
			return createDiv();
		});
		const { app, plugin, mock } = await boot(notes);
		await ready(app, plugin);
		const queueLeaves = (): number => app.workspace.getLeavesOfType(QUEUE_VIEW_TYPE).length;
		const activeType = (): string | undefined => app.workspace.activeLeaf?.getViewState().type;
		expect(queueLeaves()).toBe(0);

		mock.statusBarItems__[0]?.click();
		await settle(plugin);
		expect(queueLeaves()).toBe(1);
		expect(activeType()).toBe(QUEUE_VIEW_TYPE);

		app.workspace.setActiveLeaf(app.workspace.getLeaf(true));
		expect(ribbon.map((r) => [r.icon, r.title])).toEqual([['users', 'Open follow-up queue']]);
		ribbon[0]?.open();
		await settle(plugin);
		expect(activeType()).toBe(QUEUE_VIEW_TYPE);

		app.workspace.setActiveLeaf(app.workspace.getLeaf(true));
		await mock.commands__.get('open-queue')?.callback?.();
		await settle(plugin);
		expect(activeType()).toBe(QUEUE_VIEW_TYPE);
		// Revealed each time, never opened twice.
		expect(queueLeaves()).toBe(1);
	});

	it('puts the keyboard in the list when it opens the queue, so the arrow keys move through it at once', async () => {
		const { app, plugin, mock } = await boot(notes);
		await ready(app, plugin);
		await mock.commands__.get('open-queue')?.callback?.();
		await settle(plugin);
		// The fake's leaves make no views: give the queue's leaf the one Obsidian would.
		const leaf = app.workspace.getLeavesOfType(QUEUE_VIEW_TYPE)[0];
		const view = await openView(app, mock);
		await leaf?.open(view);
		(document.activeElement as HTMLElement | null)?.blur();
		await mock.commands__.get('open-queue')?.callback?.();
		await settle(plugin);
		const list = view.contentEl.find('.rapport-queue-list');
		expect(document.activeElement).toBe(list);
		expect(view.contentEl.findAll('.rapport-queue-item.is-focused')).toHaveLength(1);
		list.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }));
		expect(view.contentEl.find('.rapport-queue-item.is-focused').dataset.index).toBe('2');
		view.unload();
	});

	it('says how many contacts it found when the index is rebuilt', async () => {
		const notices: string[] = [];
		vi.spyOn(Notice.prototype, 'constructor__').mockImplementation(
			(message: string | DocumentFragment) => void notices.push(typeof message === 'string' ? message : (message.textContent ?? '')),
		);
		const { app, plugin, mock } = await boot(notes);
		await ready(app, plugin);
		await app.vault.create('People/Mia Chen.md', '---\ntie: strong\n---\n');
		await mock.commands__.get('rebuild-index')?.callback?.();
		expect(notices).toEqual(['Rapport indexed 3 contacts.']);
	});

	it('says one contact, not one contacts, when the rebuilt index has one', async () => {
		const notices: string[] = [];
		vi.spyOn(Notice.prototype, 'constructor__').mockImplementation(
			(message: string | DocumentFragment) => void notices.push(typeof message === 'string' ? message : (message.textContent ?? '')),
		);
		const { app, plugin, mock } = await boot(vault().contact('Sam Rivera').files);
		await ready(app, plugin);
		await mock.commands__.get('rebuild-index')?.callback?.();
		expect(notices).toEqual(['Rapport indexed 1 contact.']);
	});

	it('finds daily notes where Periodic Notes puts them, before the Daily Notes settings', async () => {
		const files = vault()
			.contact('Sam Rivera')
			.contact('Jo Park')
			.note('Journal/05-10-2026', '- Lunch with [[Sam Rivera]]')
			.note('Daily/2026-10-06', '- Call with [[Jo Park]]').files;
		const app = App.createConfigured__({ files: Object.fromEntries(files) });
		await app.vault.adapter.write('.obsidian/daily-notes.json', JSON.stringify({ folder: 'Daily', format: 'YYYY-MM-DD' }));
		await app.vault.adapter.write('.obsidian/community-plugins.json', JSON.stringify(['periodic-notes']));
		await app.vault.adapter.write(
			'.obsidian/plugins/periodic-notes/data.json',
			JSON.stringify({ daily: { enabled: true, folder: 'Journal/', format: 'DD-MM-YYYY' } }),
		);
		const plugin = new RapportPlugin(app.asOriginalType__(), manifest);
		plugin.load();
		await ready(app, plugin);
		expect(plugin.live.index.timeline('People/Sam Rivera.md').map((e) => [e.date, e.source])).toEqual([
			[day('2026-10-05'), 'Journal/05-10-2026.md'],
		]);
		expect(plugin.live.index.timeline('People/Jo Park.md')).toEqual([]);

		// Periodic Notes' daily notes turned off: the Daily Notes settings apply again.
		await app.vault.adapter.write(
			'.obsidian/plugins/periodic-notes/data.json',
			JSON.stringify({ daily: { enabled: false, folder: 'Journal', format: 'DD-MM-YYYY' } }),
		);
		await plugin.live.reconfigure(plugin.settings);
		expect(plugin.live.index.timeline('People/Sam Rivera.md')).toEqual([]);
		expect(plugin.live.index.timeline('People/Jo Park.md').map((e) => e.date)).toEqual([day('2026-10-06')]);
	});

	it('logs from a queue row through the modal, updating note, view and status bar, and undoes it', async () => {
		const { app, plugin, mock } = await boot(notes);
		await ready(app, plugin);
		const view = await openView(app, mock);
		expect(names(view)).toEqual(['Jo Park', 'Sam Rivera']);
		const file = app.vault.getFileByPath('People/Sam Rivera.md');
		if (!file) throw new Error('Sam is gone');
		const original = await app.vault.read(file);

		const sam = view.contentEl.findAll('.rapport-queue-item').find((el) => el.find('.rapport-queue-name').getText() === 'Sam Rivera');
		showModalsOnPage();
		sam?.find('[aria-label="Log interaction"]').click();
		const modal = document.body.find('.rapport-log-modal');
		// Sam is already picked; the summary field has the focus.
		expect(modal.find('.rapport-log-people').getText()).toContain('Sam Rivera');
		const summary = modal.find('.rapport-log-summary') as HTMLInputElement;
		summary.value = 'Roadmap';
		summary.dispatchEvent(new Event('input'));
		summary.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
		await settle(plugin);

		const written = await app.vault.read(file);
		expect(written).toMatch(/^---\ntype: contact\ntie: strong\nlast_contact: \d{4}-\d{2}-\d{2}\n---\n/);
		// A cadence row is no meeting: the form starts on a message, which owes no thank-you.
		expect(written).toMatch(/\n## Interactions\n- \d{4}-\d{2}-\d{2} message: Roadmap\n?$/);
		expect(names(view)).toEqual(['Jo Park']);
		expect(mock.statusBarItems__[0]?.textContent).toBe('1 to reach out');

		await mock.commands__.get('undo-last-change')?.callback?.();
		await settle(plugin);
		expect(await app.vault.read(file)).toBe(original);
		expect(names(view)).toEqual(['Jo Park', 'Sam Rivera']);
		expect(document.body.querySelector('.rapport-log-modal')).toBeNull();
		view.unload();
	});
});

describe('a follow-up row, from the queue', () => {
	const today = localToday();
	const files = vault().contact('Sam Rivera', (c) =>
		c
			.tie('strong')
			.lastContact(formatDay(today - 40))
			.followUp(`Email the deck 📅 ${formatDay(today - 1)}`),
	).files;
	const followUpRow = (view: QueueView): HTMLElement | undefined =>
		view.contentEl.findAll('.rapport-queue-item').find((el) => el.find('.rapport-queue-reason').getText().startsWith('Email the deck'));

	async function logFrom(view: QueueView, plugin: RapportPlugin, untick: boolean): Promise<void> {
		showModalsOnPage();
		followUpRow(view)?.find('[aria-label="Log interaction"]').click();
		const modal = document.body.find('.rapport-log-modal');
		expect(modal.getText()).toContain("Mark 'Email the deck' done");
		if (untick) modal.find('.rapport-log-done').click();
		const summary = modal.find('.rapport-log-summary') as HTMLInputElement;
		summary.value = 'Sent it';
		summary.dispatchEvent(new Event('input'));
		summary.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
		await settle(plugin);
	}

	it('logs and ticks the follow-up it was opened from, as one undo step, and the row leaves', async () => {
		const { app, plugin, mock } = await boot(files);
		await ready(app, plugin);
		const view = await openView(app, mock);
		const path = 'People/Sam Rivera.md';
		const original = await app.vault.read(app.vault.getFileByPath(path) as never);
		await logFrom(view, plugin, false);
		const written = await app.vault.read(app.vault.getFileByPath(path) as never);
		expect(written).toContain(`- [x] Email the deck 📅 ${formatDay(today - 1)} ✅ ${formatDay(today)}`);
		expect(written).toContain(`- ${formatDay(today)} email: Sent it`);
		expect(followUpRow(view)).toBeUndefined();
		await mock.commands__.get('undo-last-change')?.callback?.();
		await settle(plugin);
		expect(await app.vault.read(app.vault.getFileByPath(path) as never)).toBe(original);
		view.unload();
	});

	it('leaves the follow-up open when the toggle is turned off', async () => {
		const { app, plugin, mock } = await boot(files);
		await ready(app, plugin);
		const view = await openView(app, mock);
		await logFrom(view, plugin, true);
		const written = await app.vault.read(app.vault.getFileByPath('People/Sam Rivera.md') as never);
		expect(written).toContain(`- [ ] Email the deck 📅 ${formatDay(today - 1)}`);
		expect(written).toContain(`- ${formatDay(today)} email: Sent it`);
		view.unload();
	});

	it('ticks it with x, or its own button, and only a follow-up row has one', async () => {
		const { app, plugin, mock } = await boot(files);
		await ready(app, plugin);
		const view = await openView(app, mock);
		expect(view.contentEl.findAll('.rapport-queue-item.is-follow-up')).toEqual([followUpRow(view)]);
		followUpRow(view)?.click();
		view.contentEl.find('.rapport-queue-list').dispatchEvent(new KeyboardEvent('keydown', { key: 'x', bubbles: true, cancelable: true }));
		await settle(plugin);
		expect(await app.vault.read(app.vault.getFileByPath('People/Sam Rivera.md') as never)).toContain(
			`- [x] Email the deck 📅 ${formatDay(today - 1)} ✅ ${formatDay(today)}`,
		);
		expect(followUpRow(view)).toBeUndefined();
		view.unload();
	});
});

/** Mia Chen, weak tie, with this interaction line (and follow-up): her row saying `reason` opens Log interaction. */
async function logFromMiasRow(
	line: string,
	reason: string,
	followUp?: string,
): Promise<{ app: App; plugin: RapportPlugin; view: QueueView; modal: HTMLElement }> {
	const { app, plugin, mock } = await boot(
		vault().contact('Mia Chen', (c) => (followUp ? c.tie('weak').interaction(line).followUp(followUp) : c.tie('weak').interaction(line)))
			.files,
	);
	await ready(app, plugin);
	const view = await openView(app, mock);
	const row = view.contentEl
		.findAll('.rapport-queue-item')
		.find((el) => el.find('.rapport-queue-name').getText() === 'Mia Chen' && el.getText().includes(reason));
	expect(row).toBeDefined();
	showModalsOnPage();
	row?.find('[aria-label="Log interaction"]').click();
	return { app, plugin, view, modal: document.body.find('.rapport-log-modal') };
}

/** Types the summary and logs it with Enter, as a user would. */
async function submitSummary(plugin: RapportPlugin, modal: HTMLElement, text: string): Promise<void> {
	const summary = modal.find('.rapport-log-summary') as HTMLInputElement;
	summary.value = text;
	summary.dispatchEvent(new Event('input'));
	summary.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
	await settle(plugin);
}

describe('an unanswered ask, from the queue', () => {
	it('logs from the awaiting-reply row as the nudge, so the ask is let go later instead of taken as answered', async () => {
		const today = localToday();
		const { app, plugin, view, modal } = await logFromMiasRow(
			`${formatDay(today - 8)} email: a referral? #asked #awaiting`,
			'one polite follow-up',
		);
		const mark = modal.findAll('select').find((el) => el.querySelector('option[value="nudge"]')) as HTMLSelectElement | undefined;
		expect(mark?.value).toBe('nudge');
		expect(mark?.selectedOptions[0]?.textContent).toBe('Nudge (my follow-up on an ask)');
		await submitSummary(plugin, modal, 'any news?');

		const file = app.vault.getFileByPath('People/Mia Chen.md');
		if (!file) throw new Error('Mia is gone');
		expect(await app.vault.read(file)).toContain(`## Interactions\n- ${formatDay(today)} email: any news? #nudge\n`);
		// Nudged: nothing awaits until the let-go, a week on.
		expect(plugin.host.queue().sections.find((s) => s.id === 'awaiting')?.items).toEqual([]);
		view.unload();
	});
});

describe('a thank-you owed, from the queue', () => {
	it('logs from the thank-you row as an email, which owes no thank-you of its own', async () => {
		const today = localToday();
		const { app, plugin, view, modal } = await logFromMiasRow(`${formatDay(today - 1)} coffee: roadmap`, 'send a thank-you for the coffee');
		const kind = modal.findAll('select').find((el) => el.querySelector('option[value="coffee"]')) as HTMLSelectElement | undefined;
		expect(kind?.value).toBe('email');
		await submitSummary(plugin, modal, 'thanks!');
		expect(await app.vault.read(app.vault.getFileByPath('People/Mia Chen.md') as never)).toContain(
			`- ${formatDay(today)} email: thanks!\n`,
		);
		// Tomorrow nothing is owed: the email thanked her, and asks no thanks back.
		const tomorrow = computeQueue(plugin.live.index, today + 1, plugin.settings);
		expect(tomorrow.sections.find((s) => s.id === 'owed')?.items).toEqual([]);
		view.unload();
	});

	it('logs from a thank-you follow-up row as an email too, ticking it', async () => {
		const today = localToday();
		const { app, plugin, view, modal } = await logFromMiasRow(
			`${formatDay(today - 1)} coffee: roadmap`,
			'Send Mia a thank-you',
			`Send Mia a thank-you 📅 ${formatDay(today)}`,
		);
		const kind = modal.findAll('select').find((el) => el.querySelector('option[value="coffee"]')) as HTMLSelectElement | undefined;
		expect(kind?.value).toBe('email');
		await submitSummary(plugin, modal, 'thanks!');
		const note = await app.vault.read(app.vault.getFileByPath('People/Mia Chen.md') as never);
		expect(note).toContain(`- ${formatDay(today)} email: thanks!\n`);
		expect(note).toContain(`- [x] Send Mia a thank-you 📅 ${formatDay(today)} ✅ ${formatDay(today)}`);
		expect(computeQueue(plugin.live.index, today + 1, plugin.settings).sections.find((s) => s.id === 'owed')?.items).toEqual([]);
		view.unload();
	});
});

describe('the kind Log interaction starts with', () => {
	const kindOf = (modal: HTMLElement): string | undefined =>
		(modal.findAll('select').find((el) => el.querySelector('option[value="coffee"]')) as HTMLSelectElement | undefined)?.value;

	it('is a message from a cadence or Remember row, and from the command: never a meeting the user did not pick', async () => {
		const today = localToday();
		const cadence = await logFromMiasRow(`${formatDay(today - 400)} call: catch-up`, 'overdue');
		expect(kindOf(cadence.modal)).toBe('message');
		cadence.view.unload();
		document.body.empty();

		const { app, plugin, mock } = await boot(
			vault().contact('Mia Chen', (c) =>
				c
					.tie('weak')
					.lastContact(formatDay(today - 3))
					.remember(`Her talk at KubeCon 📅 ${formatDay(today - 1)}`),
			).files,
		);
		await ready(app, plugin);
		const view = await openView(app, mock);
		showModalsOnPage();
		view.contentEl
			.findAll('.rapport-queue-item')
			.find((el) => el.getText().includes('ask about'))
			?.find('[aria-label="Log interaction"]')
			.click();
		expect(kindOf(document.body.find('.rapport-log-modal'))).toBe('message');
		view.unload();
		document.body.empty();

		await mock.commands__.get('log-interaction')?.callback?.();
		expect(kindOf(document.body.find('.rapport-log-modal'))).toBe('message');
	});

	it('is what a follow-up promised, a message or an email, so keeping it owes no thank-you the next day', async () => {
		const today = localToday();
		const message = await logFromMiasRow(
			`${formatDay(today - 30)} call: catch-up`,
			'WhatsApp Mia',
			`WhatsApp Mia the photos 📅 ${formatDay(today)}`,
		);
		expect(kindOf(message.modal)).toBe('message');
		message.view.unload();
		document.body.empty();
		const { app, plugin, view, modal } = await logFromMiasRow(
			`${formatDay(today - 30)} call: catch-up`,
			'Send Mia the deck',
			`Send Mia the deck 📅 ${formatDay(today)}`,
		);
		expect(kindOf(modal)).toBe('email');
		await submitSummary(plugin, modal, 'the deck');
		expect(await app.vault.read(app.vault.getFileByPath('People/Mia Chen.md') as never)).toContain(
			`- ${formatDay(today)} email: the deck\n`,
		);
		expect(computeQueue(plugin.live.index, today + 1, plugin.settings).sections.find((s) => s.id === 'owed')?.items).toEqual([]);
		view.unload();
	});
});

describe('a task shared by everyone at a meeting, from the queue', () => {
	const today = localToday();
	const meeting = `Meetings/${formatDay(today - 1)} Sync.md`;
	const files = vault()
		.contact('Sam Rivera', (c) => c.tie('strong').lastContact(formatDay(today - 1)))
		.contact('Jo Park', (c) => c.tie('weak').lastContact(formatDay(today - 1)))
		.meeting(
			`${formatDay(today - 1)} Sync`,
			formatDay(today - 1),
			['Sam Rivera', 'Jo Park'],
			`- [ ] Share the notes 📅 ${formatDay(today)}`,
		).files;
	const row = (view: QueueView): HTMLElement | undefined =>
		view.contentEl.findAll('.rapport-queue-item').find((el) => el.getText().includes('Share the notes'));

	it('is one row naming them all; logging from it logs on each and ticks the one task', async () => {
		const { app, plugin, mock } = await boot(files);
		await ready(app, plugin);
		const view = await openView(app, mock);
		expect(view.contentEl.findAll('.rapport-queue-item').filter((el) => el.getText().includes('Share the notes'))).toHaveLength(1);
		expect(row(view)?.find('.rapport-queue-name').getText()).toBe('Jo Park, Sam Rivera');
		showModalsOnPage();
		row(view)?.find('[aria-label="Log interaction"]').click();
		const modal = document.body.find('.rapport-log-modal');
		expect(modal.find('.rapport-log-people').getText()).toContain('Jo Park');
		expect(modal.find('.rapport-log-people').getText()).toContain('Sam Rivera');
		await submitSummary(plugin, modal, 'sent the notes');
		for (const path of ['People/Sam Rivera.md', 'People/Jo Park.md'])
			expect(await app.vault.read(app.vault.getFileByPath(path) as never)).toContain(`- ${formatDay(today)} email: sent the notes\n`);
		expect(await app.vault.read(app.vault.getFileByPath(meeting) as never)).toContain(
			`- [x] Share the notes 📅 ${formatDay(today)} ✅ ${formatDay(today)}\n`,
		);
		expect(row(view)).toBeUndefined();
		view.unload();
	});

	it('snoozed, moves the task once', async () => {
		const { app, plugin, mock } = await boot(files);
		await ready(app, plugin);
		const view = await openView(app, mock);
		const item = plugin.host
			.queue()
			.sections.flatMap((s) => s.items)
			.find((i) => i.task === 'Share the notes');
		if (!item) throw new Error('no shared row');
		await plugin.host.actions.snooze([item], today + 7);
		await settle(plugin);
		expect(await app.vault.read(app.vault.getFileByPath(meeting) as never)).toContain(`- [ ] Share the notes 📅 ${formatDay(today + 7)}\n`);
		// Still one row, for both, now upcoming.
		const rows = plugin.host
			.queue()
			.sections.flatMap((s) => s.items.filter((i) => i.task === 'Share the notes').map((i) => `${s.id}: ${i.name}`));
		expect(rows).toEqual(['upcoming: Jo Park, Sam Rivera']);
		expect(row(view)?.find('.rapport-queue-badge').getText()).toBe('in 7d');
		view.unload();
	});
});

describe("reach-outs in today's daily note", () => {
	const notes = vault()
		.contact('Sam Rivera', (c) => c.tie('strong'))
		.contact('Jo Park', (c) => c.tie('weak')).files;
	const todayName = (): string => {
		const now = new Date();
		return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}.md`;
	};

	/** Obsidian stamps a new file's creation time; the fake leaves 0. `synced` keeps an old one. */
	function stampNewFiles(app: App, synced: Set<string>): void {
		app.vault.on('create', (...data: unknown[]) => {
			const [file] = data as [{ path: string; stat: { ctime: number } }];
			file.stat.ctime = synced.has(file.path) ? Date.now() - 24 * 3600_000 : Date.now();
		});
	}

	it('adds the block once to a daily note made today, when the setting is on', async () => {
		const { app, plugin } = await boot(notes);
		const synced = new Set<string>();
		stampNewFiles(app, synced);
		await ready(app, plugin);
		await app.vault.create('2020-01-01.md', '# An old day\n');
		await app.vault.create(todayName(), '# Today\n');
		await settle(plugin);
		const file = app.vault.getFileByPath(todayName());
		if (!file) throw new Error('no daily note');
		// Off by default: nothing added.
		expect(await app.vault.read(file)).toBe('# Today\n');

		await plugin.saveSettings({ ...plugin.settings, reachOutInDailyNote: true });
		await settle(plugin);
		await app.fileManager.trashFile(file);
		await app.vault.create(todayName(), '# Today\n');
		await settle(plugin);
		const text = await app.vault.read(app.vault.getFileByPath(todayName()) ?? file);
		expect(text).toMatch(
			/^# Today\n\n## Reach out\n- \[ \] \[\[(Jo Park|Sam Rivera)\]\]: never in touch · every \S+\n- \[ \] \[\[(Jo Park|Sam Rivera)\]\]: never in touch · every \S+\n$/,
		);
		expect(await app.vault.read(app.vault.getFileByPath('2020-01-01.md') ?? file)).toBe('# An old day\n');

		// Today's note, made a day ago on another device and arriving by sync, is left alone.
		const today = app.vault.getFileByPath(todayName());
		if (today) await app.fileManager.trashFile(today);
		synced.add(todayName());
		await app.vault.create(todayName(), '# Synced\n');
		await settle(plugin);
		expect(await app.vault.read(app.vault.getFileByPath(todayName()) ?? file)).toBe('# Synced\n');
	});

	/** Today's daily note's text. */
	async function todayText(app: App): Promise<string> {
		const file = app.vault.getFileByPath(todayName());
		if (!file) throw new Error('no daily note');
		return app.vault.read(file);
	}

	it("leaves today's note alone when it is found while Obsidian is loading", async () => {
		const app = App.createConfigured__({ files: Object.fromEntries(notes) });
		stampNewFiles(app, new Set());
		const plugin = new RapportPlugin(app.asOriginalType__(), manifest);
		(plugin as unknown as { data__: unknown }).data__ = { reachOutInDailyNote: true };
		plugin.load();
		await vi.advanceTimersByTimeAsync(0);
		expect(plugin.settings.reachOutInDailyNote).toBe(true);
		// While loading, Obsidian reports every note it finds as created.
		await app.vault.create(todayName(), '# Found\n');
		await ready(app, plugin);
		await settle(plugin);
		expect(await todayText(app)).toBe('# Found\n');
	});

	it("adds the block to today's note made just after start-up, while the index is still being built", async () => {
		const { app, plugin } = await boot(notes);
		stampNewFiles(app, new Set());
		plugin.settings = { ...plugin.settings, reachOutInDailyNote: true };
		app.workspace.setLayoutReady__();
		expect(plugin.live.isReady).toBe(false);
		await app.vault.create(todayName(), '# Today\n');
		await settle(plugin);
		expect(await todayText(app)).toMatch(/^# Today\n\n## Reach out\n- \[ \] \[\[/);
	});

	it('adds it to the daily note in the editor on demand, and not twice; no other note is offered it', async () => {
		const { app, plugin, mock } = await boot(notes);
		await ready(app, plugin);
		const command = (mock.commands__ as unknown as Map<string, { checkCallback?: (checking: boolean) => boolean }>).get('add-reach-outs');
		const plans = await app.vault.create('Plans.md', 'Plans.');
		for (const note of [plans, app.vault.getFileByPath('People/Sam Rivera.md')]) {
			vi.spyOn(app.workspace, 'getActiveFile').mockReturnValue(note);
			expect(command?.checkCallback?.(true)).toBe(false);
		}
		const file = await app.vault.create(todayName(), 'Plans.');
		await settle(plugin);
		vi.spyOn(app.workspace, 'getActiveFile').mockReturnValue(file);
		expect(command?.checkCallback?.(true)).toBe(true);
		command?.checkCallback?.(false);
		await settle(plugin);
		const once = await app.vault.read(file);
		expect(once).toContain('Plans.\n\n## Reach out\n- [ ] [[');
		command?.checkCallback?.(false);
		await settle(plugin);
		expect(await app.vault.read(file)).toBe(once);
	});

	it('says nobody is owed or overdue when no one is, though someone awaits a reply', async () => {
		const notices: string[] = [];
		vi.spyOn(Notice.prototype, 'constructor__').mockImplementation(
			(message: string | DocumentFragment) => void notices.push(typeof message === 'string' ? message : (message.textContent ?? '')),
		);
		const files = vault().contact('Mia Chen', (c) =>
			c.tie('strong').interaction(`${formatDay(localToday() - 8)} email: a referral? #asked #awaiting`),
		).files;
		const { app, plugin, mock } = await boot(files);
		await ready(app, plugin);
		expect(mock.statusBarItems__[0]?.textContent).toBe('1 to reach out');
		const file = await app.vault.create(todayName(), '# Today\n');
		await settle(plugin);
		vi.spyOn(app.workspace, 'getActiveFile').mockReturnValue(file);
		(mock.commands__ as unknown as Map<string, { checkCallback?: (checking: boolean) => boolean }>)
			.get('add-reach-outs')
			?.checkCallback?.(false);
		await settle(plugin);
		expect(notices).toEqual(['Nobody is owed or overdue today.']);
		expect(await app.vault.read(file)).toBe('# Today\n');
	});

	describe('ticking a reach-out for a follow-up', () => {
		const due = formatDay(localToday() - 7);
		const ben = (): Map<string, string> =>
			vault().contact('Ben Adler', (c) =>
				c
					.tie('strong')
					.lastContact(formatDay(localToday() - 3))
					.followUp(`Send Ben the write-up 📅 ${due}`),
			).files;
		const notices: string[] = [];
		const owed = (plugin: RapportPlugin): string[] =>
			plugin.host
				.queue()
				.sections.find((s) => s.id === 'owed')
				?.items.map((i) => i.name) ?? [];
		beforeEach(() => {
			notices.length = 0;
			vi.spyOn(Notice.prototype, 'constructor__').mockImplementation(
				(message: string | DocumentFragment) => void notices.push(typeof message === 'string' ? message : (message.textContent ?? '')),
			);
		});

		/** Ben's vault, with today's daily note given its reach-outs by the command. */
		async function todayWithReachOuts(): Promise<{
			app: App;
			plugin: RapportPlugin;
			mock: MockPlugin;
			file: Awaited<ReturnType<App['vault']['create']>>;
		}> {
			const { app, plugin, mock } = await boot(ben());
			await ready(app, plugin);
			const file = await app.vault.create(todayName(), '# Today\n');
			vi.spyOn(app.workspace, 'getActiveFile').mockReturnValue(file);
			(mock.commands__ as unknown as Map<string, { checkCallback?: (checking: boolean) => boolean }>)
				.get('add-reach-outs')
				?.checkCallback?.(false);
			await settle(plugin);
			return { app, plugin, mock, file };
		}

		async function tick(app: App, path: string, who: string): Promise<void> {
			const file = app.vault.getFileByPath(path);
			if (!file) throw new Error(`no ${path}`);
			await app.vault.modify(file, (await app.vault.read(file)).replace(`- [ ] [[${who}]]`, `- [x] [[${who}]]`));
		}

		it("ticks the follow-up in the contact's note, says so, and can be undone", async () => {
			const { app, plugin, mock, file } = await todayWithReachOuts();
			expect(await app.vault.read(file)).toBe(
				`# Today\n\n## Reach out\n- [ ] [[Ben Adler]]: Send Ben the write-up (due ${due}) · overdue 7d\n`,
			);
			expect(owed(plugin)).toEqual(['Ben Adler']);

			await tick(app, todayName(), 'Ben Adler');
			await settle(plugin);
			const note = await app.vault.read(app.vault.getFileByPath('People/Ben Adler.md') ?? file);
			expect(note).toContain(`- [x] Send Ben the write-up 📅 ${due} ✅ ${formatDay(localToday())}`);
			expect(notices.at(-1)).toBe("Ticked 'Send Ben the write-up' in Ben AdlerUndo");
			expect(owed(plugin)).toEqual([]);
			expect(mock.statusBarItems__[0]?.textContent).toBe('No one to reach out to');

			await mock.commands__.get('undo-last-change')?.callback?.();
			await settle(plugin);
			expect(await app.vault.read(app.vault.getFileByPath('People/Ben Adler.md') ?? file)).toContain(
				`- [ ] Send Ben the write-up 📅 ${due}\n`,
			);
			expect(notices.at(-1)).toBe("Undone: Ticked 'Send Ben the write-up' in Ben Adler");
		});

		it('ticks the follow-up snoozed since the line was written, and says so when it is open no more', async () => {
			const { app, plugin, mock, file } = await todayWithReachOuts();
			// Snoozed a month, past the queue's window: the line's due date is old.
			const row = plugin.host
				.queue()
				.sections.flatMap((s) => s.items)
				.find((i) => i.kind === 'follow-up');
			if (!row) throw new Error('no follow-up row');
			const later = formatDay(localToday() + 30);
			await plugin.host.actions.snooze([row], localToday() + 30);
			await settle(plugin);
			expect(
				plugin.host
					.queue()
					.sections.flatMap((s) => s.items)
					.some((i) => i.kind === 'follow-up'),
			).toBe(false);
			await tick(app, todayName(), 'Ben Adler');
			await settle(plugin);
			const benNote = app.vault.getFileByPath('People/Ben Adler.md') ?? file;
			expect(await app.vault.read(benNote)).toContain(`- [x] Send Ben the write-up 📅 ${later} ✅ ${formatDay(localToday())}`);
			expect(notices.at(-1)).toBe("Ticked 'Send Ben the write-up' in Ben AdlerUndo");

			// Ticked in Ben's note by hand before the reach-out is: nothing left to tick.
			await mock.commands__.get('undo-last-change')?.callback?.();
			await settle(plugin);
			await app.vault.modify(benNote, (await app.vault.read(benNote)).replace('- [ ] Send Ben', '- [x] Send Ben'));
			const untick = (await app.vault.read(file)).replace('- [x] [[Ben Adler]]', '- [ ] [[Ben Adler]]');
			await app.vault.modify(file, untick);
			await settle(plugin);
			const handTicked = await app.vault.read(benNote);
			await tick(app, todayName(), 'Ben Adler');
			await settle(plugin);
			expect(await app.vault.read(benNote)).toBe(handTicked);
			expect(notices.at(-1)).toBe("Couldn't find 'Send Ben the write-up' open in Ben Adler any more; nothing ticked.");
		});

		it('links the person meant when another note has their name, and the tick counts for them', async () => {
			const files = vault()
				.contact('Alex Kim', (c) => c.tie('strong').lastContact(formatDay(localToday() - 3)))
				.note('Archive/Old/Alex Kim', `---\ntype: contact\ntie: strong\nlast_contact: ${formatDay(localToday() - 60)}\n---\n`).files;
			const { app, plugin, mock } = await boot(files);
			await ready(app, plugin);
			const reconnect = (): string[] =>
				plugin.host
					.queue()
					.sections.find((s) => s.id === 'reconnect')
					?.items.map((i) => i.path) ?? [];
			expect(reconnect()).toEqual(['Archive/Old/Alex Kim.md']);
			const file = await app.vault.create(todayName(), '');
			vi.spyOn(app.workspace, 'getActiveFile').mockReturnValue(file);
			(mock.commands__ as unknown as Map<string, { checkCallback?: (checking: boolean) => boolean }>)
				.get('add-reach-outs')
				?.checkCallback?.(false);
			await settle(plugin);
			expect(await app.vault.read(file)).toMatch(/^## Reach out\n- \[ \] \[\[Archive\/Old\/Alex Kim\]\]: overdue /);
			await tick(app, todayName(), 'Archive/Old/Alex Kim');
			await settle(plugin);
			expect(reconnect()).toEqual([]);
		});

		it('ticks a follow-up written in a meeting note there', async () => {
			const met = formatDay(localToday() - 3);
			const files = vault()
				.contact('Sam Rivera', (c) => c.tie('strong').lastContact(met))
				.meeting(`${met} Coffee chat with Sam Rivera`, met, ['Sam Rivera'], `## Follow-ups\n- [ ] Send Sam the deck 📅 ${due}`).files;
			const { app, plugin, mock } = await boot(files);
			await ready(app, plugin);
			const meeting = `Meetings/${met} Coffee chat with Sam Rivera.md`;
			const daily = await app.vault.create(todayName(), '');
			await settle(plugin);
			vi.spyOn(app.workspace, 'getActiveFile').mockReturnValue(daily);
			(mock.commands__ as unknown as Map<string, { checkCallback?: (checking: boolean) => boolean }>)
				.get('add-reach-outs')
				?.checkCallback?.(false);
			await settle(plugin);
			expect(await app.vault.read(daily)).toBe(
				`## Reach out\n- [ ] [[Sam Rivera]]: Send Sam the deck (due ${due}) · overdue 7d · from ${met} Coffee chat with Sam Rivera\n`,
			);
			await tick(app, todayName(), 'Sam Rivera');
			await settle(plugin);
			expect(await app.vault.read(app.vault.getFileByPath(meeting) ?? daily)).toContain(
				`- [x] Send Sam the deck 📅 ${due} ✅ ${formatDay(localToday())}`,
			);
			expect(notices.at(-1)).toBe(`Ticked 'Send Sam the deck' in ${met} Coffee chat with Sam RiveraUndo`);
		});

		it('ticks it from a block first seen open, in the format before due dates, and leaves alone a note that arrives ticked', async () => {
			const { app, plugin } = await boot(ben());
			await ready(app, plugin);
			const benNote = async (): Promise<string> =>
				app.vault.read(app.vault.getFileByPath('People/Ben Adler.md') ?? app.vault.getFiles()[0]!);
			const before = await benNote();
			// Ticked on another device, or while Rapport was not running: already done there.
			await app.vault.create(
				`${formatDay(localToday() - 1)}.md`,
				`## Reach out\n- [x] [[Ben Adler]]: Send Ben the write-up (due ${due}) · overdue 6d\n`,
			);
			await settle(plugin);
			expect(await benNote()).toBe(before);

			await app.vault.create(todayName(), '## Reach out\n- [ ] [[Ben Adler]]: Send Ben the write-up · overdue 7d\n');
			await settle(plugin);
			await tick(app, todayName(), 'Ben Adler');
			await settle(plugin);
			expect(await benNote()).toContain(`- [x] Send Ben the write-up 📅 ${due} ✅ ${formatDay(localToday())}`);
		});
	});
});
