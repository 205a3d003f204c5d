// The person panel through the real plugin on the in-memory app: opened by its command
// and from a queue row, following the note in the editor and the queue's highlight, its
// timeline opening notes, follow-ups ticked and a quick log written through the actions,
// and empty states that say what to do.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App, Menu, Notice, Plugin, WorkspaceLeaf, type TFile } from 'obsidian-test-mocks/obsidian';
import type { ViewState, WorkspaceLeaf as ObsidianLeaf } from 'obsidian';
import manifest from '../../manifest.json';
import RapportPlugin from '../../src/main';
import { formatDay, humanDay, localToday } from '../../src/domain/day';
import { PERSON_VIEW_TYPE, QUEUE_VIEW_TYPE } from '../../src/ui/host';
import { PersonPanel } from '../../src/ui/personPanel';
import type { QueueView } from '../../src/ui/queueView';

type MockPlugin = Plugin & {
	commands__: Map<string, { name: string; callback?: () => unknown; hotkeys?: unknown }>;
};

/** The fake plugin keeps registered view creators. */
type ViewCreators = { views__: Map<string, (leaf: ObsidianLeaf) => PersonPanel | QueueView> };

const today = localToday();
const d = (days: number): string => formatDay(today + days);

const C_DEV = [
	'---',
	'type: contact',
	'aliases: ["C# Dev"]',
	'company: Acme',
	'role: Staff engineer',
	'tie: strong',
	'cadence: 30d',
	'met: "[[DevTools Summit]]"',
	'introduced_by: "[[Jo Park]]"',
	'---',
	'## Remember',
	'- Running the Berlin marathon',
	'## Interactions',
	`- ${d(-10)} coffee: Talked about the [[Acme]] reorg #asked`,
	'## Follow-ups',
	`- [ ] Send the deck 📅 ${d(-2)}`,
	'',
].join('\n');

const FILES: Record<string, string> = {
	'People/C Dev.md': C_DEV,
	'People/Jo Park.md':
		'---\ntype: contact\ntie: weak\nconnected: 2024-01-01\nprevious_companies: [Initech, Globex]\n---\nMet at a meetup.\n',
	'Events/DevTools Summit.md': 'An event.\n',
	'Companies/Acme.md': 'A company.\n',
	[`${d(-5)}.md`]: '- Lunch with [[C Dev]]\n',
	'Meetings/Coffee with C Dev.md': `---\ntype: meeting\ndate: ${d(-3)}\npeople: ["[[C Dev]]"]\n---\nNotes.\n`,
	'Ideas.md': 'Not a person.\n',
};

/** Whether the panels made from now on are on screen (happy-dom lays nothing out). */
const screen = { shown: true };
const made: (PersonPanel | QueueView)[] = [];

async function boot(files: Record<string, string> = FILES): Promise<{ app: App; plugin: RapportPlugin; mock: MockPlugin }> {
	const app = App.createConfigured__({ files });
	const plugin = new RapportPlugin(app.asOriginalType__(), manifest);
	const mock = plugin as unknown as MockPlugin;
	// Obsidian moves a renamed note's cache entry before anyone hears of the rename; the
	// fake does not, so this listener, registered first, does it.
	app.vault.on('rename', (...data: unknown[]) => {
		const [renamed, oldPath] = data as [{ path: string }, string];
		const cache = app.metadataCache.cache__.get(oldPath);
		if (cache) app.metadataCache.cache__.set(renamed.path, cache);
	});
	// The fake's leaves make no views: do what Obsidian does when a leaf is given a view type.
	// eslint-disable-next-line @typescript-eslint/unbound-method -- called back with its own `this`
	const setViewState = WorkspaceLeaf.prototype.setViewState;
	vi.spyOn(WorkspaceLeaf.prototype, 'setViewState').mockImplementation(async function (this: WorkspaceLeaf, state: ViewState, e) {
		await setViewState.call(this, state, e);
		const create = (mock as unknown as ViewCreators).views__.get(state.type);
		if (!create || this.view) return;
		const view = create(this.asOriginalType3__());
		view.containerEl.isShown = () => screen.shown;
		document.body.appendChild(view.containerEl);
		made.push(view);
		await this.open(view);
		view.load();
		await view.onOpen();
		await view.setState(state.state ?? {}, { history: false });
	});
	plugin.load();
	await vi.advanceTimersByTimeAsync(0);
	app.workspace.setLayoutReady__();
	await settle(plugin);
	return { app, plugin, mock };
}

/** Lets pending reads finish and the index's debounced announcement fire. */
async function settle(plugin: RapportPlugin): Promise<void> {
	await vi.advanceTimersByTimeAsync(1000);
	await plugin.live.built;
	await vi.advanceTimersByTimeAsync(1000);
}

/** Opens a note in a tab and makes it the active one, as clicking it in Obsidian does. */
async function openInEditor(app: App, path: string): Promise<void> {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no ${path}`);
	const leaf = app.workspace.getLeaf(true);
	await leaf.openFile(file);
	app.workspace.setActiveLeaf(leaf);
	app.workspace.trigger('file-open', file);
}

function panelOf(app: App): PersonPanel {
	const view = app.workspace.getLeavesOfType(PERSON_VIEW_TYPE)[0]?.view;
	if (!(view instanceof PersonPanel)) throw new Error('no person panel');
	return view;
}

async function openPanel(app: App, mock: MockPlugin, path?: string): Promise<PersonPanel> {
	if (path) await openInEditor(app, path);
	await mock.commands__.get('open-person-panel')?.callback?.();
	return panelOf(app);
}

const textOf = (panel: PersonPanel, selector: string): string => panel.contentEl.find(selector).getText();
const textsOf = (panel: PersonPanel, selector: string): string[] => panel.contentEl.findAll(selector).map((el) => el.getText());
const shownName = (panel: PersonPanel): string => textOf(panel, '.rapport-person-name');

function fileAt(app: App, path: string): TFile {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no ${path}`);
	return file;
}

async function read(app: App, path: string): Promise<string> {
	return app.vault.read(fileAt(app, path));
}

/** What every Notice says, and its fragment, to click its Undo. */
function watchNotices(): { text: string; fragment?: DocumentFragment }[] {
	const notices: { text: string; fragment?: DocumentFragment }[] = [];
	vi.spyOn(Notice.prototype, 'constructor__').mockImplementation((message: string | DocumentFragment) => {
		notices.push(typeof message === 'string' ? { text: message } : { text: message.textContent ?? '', fragment: message });
	});
	return notices;
}

/** The notes opened in a tab from now on, with the line each was opened at. */
function watchOpened(): string[] {
	const opened: string[] = [];
	vi.spyOn(WorkspaceLeaf.prototype, 'openFile').mockImplementation(async (file, state) => {
		const line = (state?.eState as { line?: number } | undefined)?.line;
		opened.push(line === undefined ? file.path : `${file.path}:${line}`);
	});
	return opened;
}

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
	screen.shown = true;
});

afterEach(() => {
	for (const view of made.splice(0)) {
		view.unload();
		view.containerEl.remove();
	}
	vi.useRealTimers();
	vi.restoreAllMocks();
	document.body.empty();
});

describe('the person panel', () => {
	it('is opened by its command, with no hotkey, in the sidebar, showing the contact in the editor', async () => {
		const { app, mock } = await boot();
		const command = mock.commands__.get('open-person-panel');
		expect(command?.name).toBe('Open person panel');
		expect(command).not.toHaveProperty('hotkeys');
		const panel = await openPanel(app, mock, 'People/C Dev.md');
		expect(panel.getViewType()).toBe('rapport-person');
		// Opened again, it is revealed, not opened twice.
		await command?.callback?.();
		expect(app.workspace.getLeavesOfType(PERSON_VIEW_TYPE)).toHaveLength(1);

		// The real name, kept as an alias because a file name can't hold '#'.
		expect(shownName(panel)).toBe('C# Dev');
		// The heading reads as the person: its link is named by the name, not by what a click does.
		expect(panel.contentEl.find('.rapport-person-name').getAttribute('aria-label')).toBeNull();
		expect(textOf(panel, '.rapport-person-meta')).toBe('Staff engineer at Acme');
		expect(textOf(panel, '.rapport-person-tie')).toBe('Strong tie · every 30d');
		// Last in touch at the meeting three days ago; every 30 days: due in 27 days, a tenth of the way.
		expect(textOf(panel, '.rapport-person-due')).toBe(`due in 4 weeks · ${humanDay(today + 27, today)}`);
		expect(panel.contentEl.find('.rapport-person-progress').getAttribute('aria-valuenow')).toBe('10');
		expect(textsOf(panel, '.rapport-person-queued li')).toEqual([
			`Owed: send a thank-you for the meeting on ${humanDay(today - 3, today)}`,
		]);
		expect(textsOf(panel, '.rapport-person-fact')).toEqual(['MetDevTools Summit', 'Introduced byJo Park']);
		expect(textsOf(panel, '.rapport-person-remember li')).toEqual(['Running the Berlin marathon']);
	});

	it('says a last_contact written after today is no contact yet, in the words the queue uses', async () => {
		const files = {
			'People/Dana Cole.md': ['---', 'type: contact', 'tie: strong', 'cadence: 30d', `last_contact: ${d(400)}`, '---', ''].join('\n'),
		};
		const { app, mock } = await boot(files);
		const panel = await openPanel(app, mock, 'People/Dana Cole.md');
		expect(textOf(panel, '.rapport-person-due')).toBe(`never in touch: due now · ${humanDay(today, today)}`);
		expect(textOf(panel, '.rapport-person-remark')).toBe(`last_contact ${humanDay(today + 400, today)} is after today`);
	});

	it('follows the contact note made active, keeps the person over a note that is no contact, and follows the queue highlight', async () => {
		const { app, mock, plugin } = await boot();
		const panel = await openPanel(app, mock, 'People/C Dev.md');
		await openInEditor(app, 'People/Jo Park.md');
		expect(shownName(panel)).toBe('Jo Park');
		// What an import brought: the day you connected, and where they worked before.
		expect(textsOf(panel, '.rapport-person-fact')).toEqual(['Connected2024-01-01', 'Previously atInitech, Globex']);
		// A daily note opened (from the timeline, say) is nobody: the person stays.
		await openInEditor(app, `${d(-5)}.md`);
		await openInEditor(app, 'Ideas.md');
		expect(shownName(panel)).toBe('Jo Park');
		expect(panel.getState()).toMatchObject({ path: 'People/Jo Park.md' });

		// The queue's highlight moving to a row shows that row's person; the queue becoming active does not.
		await plugin.openQueue();
		const queue = app.workspace.getLeavesOfType(QUEUE_VIEW_TYPE)[0]?.view as QueueView;
		const list = queue.contentEl.find('.rapport-queue-list');
		const press = (key: string): boolean => list.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
		expect(shownName(panel)).toBe('Jo Park');
		// Jo is owed a report-back on top, C Dev's rows follow.
		press('Home');
		expect(shownName(panel)).toBe('Jo Park');
		press('ArrowDown');
		expect(shownName(panel)).toBe('C# Dev');
		press('End');
		expect(shownName(panel)).toBe('Jo Park');

		// While the keyboard is in the panel's quick log, the person stays; leaving it, the panel catches up.
		const summary = panel.contentEl.find('.rapport-person-log-summary') as HTMLInputElement;
		summary.focus();
		press('Home');
		press('ArrowDown');
		expect(shownName(panel)).toBe('Jo Park');
		summary.blur();
		expect(shownName(panel)).toBe('C# Dev');
	});

	it('shows every interaction from the four sources, newest first, each opening its note', async () => {
		const { app, mock } = await boot({
			...FILES,
			// last_contact on a day of its own is shown; on the day of a logged line it would say nothing more.
			'People/C Dev.md': C_DEV.replace('cadence: 30d', `cadence: 30d\nlast_contact: ${d(-20)}`).replace(
				'Talked about the [[Acme]] reorg',
				'Talked about the **[[Acme]]** reorg, read *Team Topologies*',
			),
		});
		const panel = await openPanel(app, mock, 'People/C Dev.md');
		const opened = watchOpened();
		const entries = panel.contentEl.findAll('.rapport-person-entry');
		expect(entries.map((e) => e.getText())).toEqual([
			`${humanDay(today - 3, today)}meetingCoffee with C Dev`,
			// A daily note's name is its date, shown already: not said twice.
			`${humanDay(today - 5, today)}daily note`,
			// The summary as it reads: no Markdown marks.
			`${humanDay(today - 10, today)}coffeeTalked about the Acme reorg, read Team Topologiesasked`,
			`${humanDay(today - 20, today)}last contactlast_contact in the note`,
		]);
		expect(textOf(panel, '.is-interactions .rapport-person-heading')).toBe('Interactions · 4');
		for (const entry of entries) entry.click();
		await vi.advanceTimersByTimeAsync(0);
		// The logged line opens the contact's note at that line of ## Interactions.
		expect(opened).toEqual(['Meetings/Coffee with C Dev.md', `${d(-5)}.md`, 'People/C Dev.md:14', 'People/C Dev.md']);
		expect((await read(app, 'People/C Dev.md')).split('\n')[14]).toMatch(/ coffee: Talked about/);
		// How you met and who introduced you open their notes too.
		panel.contentEl.findAll('.rapport-person-fact-value').forEach((el) => el.click());
		await vi.advanceTimersByTimeAsync(0);
		expect(opened.slice(4)).toEqual(['Events/DevTools Summit.md', 'People/Jo Park.md']);
	});

	it('ticks an open follow-up through the action, with Undo in the Notice', async () => {
		const { app, mock, plugin } = await boot();
		const notices = watchNotices();
		const panel = await openPanel(app, mock, 'People/C Dev.md');
		const task = panel.contentEl.find('.rapport-person-task');
		expect(task.getText()).toBe(`Send the deck${humanDay(today - 2, today)}, 2d overdue`);
		const box = task.find('input') as HTMLInputElement;
		expect(box.getAttribute('aria-label')).toBe("Mark 'Send the deck' done");
		box.click();
		await settle(plugin);
		expect(await read(app, 'People/C Dev.md')).toContain(`- [x] Send the deck 📅 ${d(-2)} ✅ ${d(0)}`);
		expect(textsOf(panel, '.rapport-person-task')).toEqual([]);
		expect(textOf(panel, '.is-follow-ups .rapport-person-empty')).toContain('No open follow-ups');

		const undo = notices.find((n) => n.text.includes('Send the deck'))?.fragment?.querySelector('button');
		expect(undo?.textContent).toBe('Undo');
		undo?.click();
		await settle(plugin);
		expect(await read(app, 'People/C Dev.md')).toBe(C_DEV);
		expect(textsOf(panel, '.rapport-person-task-text')).toEqual(['Send the deck']);
	});

	it('puts the box back when the follow-up could not be ticked, and says why', async () => {
		const { app, mock, plugin } = await boot();
		const notices = watchNotices();
		const panel = await openPanel(app, mock, 'People/C Dev.md');
		const box = panel.contentEl.find('.rapport-person-tick') as HTMLInputElement;
		// Ticked by hand a moment ago, before the panel heard of it.
		const byHand = C_DEV.replace('- [ ] Send the deck', '- [x] Send the deck');
		await app.vault.modify(fileAt(app, 'People/C Dev.md'), byHand);
		box.click();
		expect(box.disabled).toBe(true);
		await vi.advanceTimersByTimeAsync(0);
		await plugin.live.built;
		await vi.advanceTimersByTimeAsync(0);
		expect(await read(app, 'People/C Dev.md')).toBe(byHand);
		expect(notices.map((n) => n.text)).toEqual([
			"People/C Dev.md: the follow-up 'Send the deck' is no longer open in the note " +
				'(ticked, changed or removed since the queue was shown); nothing was written.',
		]);
		expect(box.isConnected).toBe(true);
		expect(box.checked).toBe(false);
		expect(box.disabled).toBe(false);
	});

	it('keeps a long history behind a button, and shows a link that reaches no note as text', async () => {
		const lines = Array.from({ length: 55 }, (_, i) => `- ${d(-1 - i)} email: Note ${i + 1}`);
		const { app, mock } = await boot({
			'People/Jo Park.md': `---\ntype: contact\nintroduced_by: "[[Nobody Yet]]"\n---\n## Interactions\n${lines.join('\n')}\n`,
		});
		const panel = await openPanel(app, mock, 'People/Jo Park.md');
		expect(panel.contentEl.findAll('.rapport-person-entry')).toHaveLength(50);
		const more = panel.contentEl.find('.rapport-person-more');
		expect(more.getText()).toBe('Show 5 older');
		more.click();
		expect(panel.contentEl.findAll('.rapport-person-entry')).toHaveLength(55);
		expect(panel.contentEl.querySelector('.rapport-person-more')).toBeNull();
		// Clicking an unresolved link would make the note: it is no link here.
		const value = panel.contentEl.find('.rapport-person-fact-value');
		expect([value.tagName, value.getText()]).toEqual(['SPAN', 'Nobody Yet']);
	});

	it('logs today from the quick log: the kind picked, the summary typed, Enter', async () => {
		const { app, mock, plugin } = await boot();
		watchNotices();
		const panel = await openPanel(app, mock, 'People/Jo Park.md');
		expect(textOf(panel, '.is-interactions .rapport-person-empty')).toBe('No interactions yet: log one below.');
		const kind = panel.contentEl.find('.rapport-person-log-kind') as HTMLSelectElement;
		// A message unless another kind is picked: a coffee nobody had would owe a thank-you.
		expect(kind.value).toBe('message');
		kind.value = 'call';
		const summary = panel.contentEl.find('.rapport-person-log-summary') as HTMLInputElement;
		summary.value = 'Caught up on her new role';
		summary.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
		await settle(plugin);
		expect(await read(app, 'People/Jo Park.md')).toContain(`- ${d(0)} call: Caught up on her new role`);
		expect(summary.value).toBe('');
		expect(textsOf(panel, '.rapport-person-entry')).toEqual([`${humanDay(today, today)}callCaught up on her new role`]);
	});

	it('says what to do when no contact is open, and while the index is built', async () => {
		const { app, mock } = await boot();
		const panel = await openPanel(app, mock, 'Ideas.md');
		expect(textOf(panel, '.rapport-person-message')).toBe(
			'Open a contact note to see the person hereOr highlight a row in the follow-up queue.',
		);
		// Nobody to log for: the quick log is not offered.
		expect(panel.contentEl.find('.rapport-person-log').hasClass('rapport-hidden')).toBe(true);
		await openInEditor(app, 'People/C Dev.md');
		expect(panel.contentEl.find('.rapport-person-log').hasClass('rapport-hidden')).toBe(false);
	});

	it('says so when the person shown is no contact any more, and follows a rename', async () => {
		const { app, mock, plugin } = await boot();
		const panel = await openPanel(app, mock, 'People/Jo Park.md');
		const file = app.vault.getFileByPath('People/Jo Park.md');
		if (!file) throw new Error('no Jo');
		await app.fileManager.renameFile(file, 'People/Joanna Park.md');
		await settle(plugin);
		expect(shownName(panel)).toBe('Joanna Park');
		await app.vault.modify(file, 'Not a contact now.\n');
		await app.vault.rename(file, 'Notes/Joanna Park.md');
		await settle(plugin);
		expect(textOf(panel, '.rapport-person-message')).toContain('Notes/Joanna Park.md is no contact any more.');
	});

	it('redraws on an index change only while shown, and only when the person changed', async () => {
		const { app, mock, plugin } = await boot();
		const panel = await openPanel(app, mock, 'People/C Dev.md');
		const person = vi.spyOn(plugin.host, 'person');
		const nameEl = panel.contentEl.find('.rapport-person-name');

		// An edit elsewhere moves the index, not this person: nothing is drawn again.
		await app.vault.modify(fileAt(app, 'Ideas.md'), 'Still not a person.\n');
		await settle(plugin);
		expect(panel.contentEl.find('.rapport-person-name')).toBe(nameEl);

		// Hidden, the panel reads nothing; shown again, it catches up.
		screen.shown = false;
		const file = fileAt(app, 'People/C Dev.md');
		await app.vault.modify(file, C_DEV.replace('company: Acme', 'company: Globex'));
		await settle(plugin);
		person.mockClear();
		await app.vault.modify(file, C_DEV.replace('company: Acme', 'company: Initech'));
		await settle(plugin);
		expect(person).not.toHaveBeenCalled();
		expect(textOf(panel, '.rapport-person-meta')).toBe('Staff engineer at Acme');
		screen.shown = true;
		app.workspace.trigger('layout-change');
		expect(textOf(panel, '.rapport-person-meta')).toBe('Staff engineer at Initech');
	});

	it('keeps what is typed in the quick log when an edit redraws the panel', async () => {
		const { app, mock, plugin } = await boot();
		const panel = await openPanel(app, mock, 'People/C Dev.md');
		const summary = panel.contentEl.find('.rapport-person-log-summary') as HTMLInputElement;
		summary.value = 'Half a thought';
		await app.vault.modify(fileAt(app, 'People/C Dev.md'), C_DEV.replace('company: Acme', 'company: Globex'));
		await settle(plugin);
		expect(textOf(panel, '.rapport-person-meta')).toBe('Staff engineer at Globex');
		expect(panel.contentEl.find('.rapport-person-log-summary')).toBe(summary);
		expect(summary.value).toBe('Half a thought');
	});
});

describe('the queue opens the person panel', () => {
	it("from a row's menu and with the p key, for that row's person", async () => {
		const { app, plugin } = await boot();
		await plugin.openQueue();
		const queue = app.workspace.getLeavesOfType(QUEUE_VIEW_TYPE)[0]?.view as QueueView;
		const menus: Menu[] = [];
		vi.spyOn(Menu.prototype, 'showAtMouseEvent').mockImplementation(function (this: Menu) {
			menus.push(this);
			return this;
		});
		const row = queue.contentEl.findAll('.rapport-queue-item').find((el) => el.find('.rapport-queue-name').getText() === 'Jo Park');
		row?.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true }));
		menus[0]?.menuItems__.find((i) => i.title__ === 'Show in person panel')?.onClick__?.(new MouseEvent('click'));
		await vi.advanceTimersByTimeAsync(0);
		expect(shownName(panelOf(app))).toBe('Jo Park');

		const list = queue.contentEl.find('.rapport-queue-list');
		const press = (key: string): boolean => list.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
		// Closed again, `p` on the highlighted row opens it on that row's person.
		app.workspace.detachLeavesOfType(PERSON_VIEW_TYPE);
		press('Home');
		press('ArrowDown');
		press('p');
		await vi.advanceTimersByTimeAsync(0);
		expect(shownName(panelOf(app))).toBe('C# Dev');
	});
});
