// The sidebar queue as a user sees it: sections, rows, actions, filter, empty states,
// and a windowed list that stays small and steady while the index moves underneath.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App, Menu, Notice, WorkspaceLeaf } from 'obsidian-test-mocks/obsidian';
import { addDays, type Day } from '../../src/domain/day';
import { computeQueue, type Queue } from '../../src/domain/queue';
import type { ContactIndex } from '../../src/index/contactIndex';
import { INDEX_CHANGED, type RapportHost } from '../../src/ui/host';
import { readableReason } from '../../src/domain/links';
import { namesakeLabels } from '../../src/domain/namesakes';
import { dueBadge, reasonBesideBadge, rowBadge } from '../../src/ui/queueRowPainter';
import { ITEM_HEIGHT, PHONE_ITEM_HEIGHT, QueueView } from '../../src/ui/queueView';
import { SnoozeDateModal } from '../../src/ui/snoozeDateModal';
import { day, vault, type VaultBuilder } from '../builders';
import { seededRandom } from '../../bench/synthetic';
import { showModalsOnPage } from './wireComponents';

const TODAY = day('2026-11-21');

interface Harness {
	app: App;
	view: QueueView;
	host: RapportHost;
	calls: string[];
	/** Re-reads the vault into the index (the revision moves) and tells the view. */
	reindex: () => void;
	state: { ready: boolean; shown: boolean; tweak?: (queue: Queue) => Queue };
	v: VaultBuilder;
}

const views: QueueView[] = [];

async function open(v: VaultBuilder, options: { ready?: boolean } = {}): Promise<Harness> {
	const state: Harness['state'] = { ready: options.ready ?? true, shown: true };
	let index: ContactIndex = v.index();
	let cached: { revision: number; queue: Queue } | undefined;
	const calls: string[] = [];
	const host: RapportHost = {
		today: () => TODAY,
		queue: () => {
			if (cached?.revision !== index.revision) {
				const queue = computeQueue(index, TODAY, v.settings);
				cached = { revision: index.revision, queue: state.tweak ? state.tweak(queue) : queue };
			}
			return cached.queue;
		},
		nextDue: () => index.nextDue(TODAY),
		revision: () => index.revision,
		ready: () => state.ready,
		contactCount: () => index.contactCount,
		nameLabel: () => namesakeLabels(index.contacts()),
		problems: () => index.problems(),
		settings: () => v.settings,
		saveSettings: async () => undefined,
		folders: () => [],
		datedNotesDefaults: async () => ({ folder: '', format: 'YYYY-MM-DD' }),
		openSettings: () => calls.push('settings'),
		actions: {
			open: async (path, newTab) => void calls.push(`open ${path}${newTab ? ' (new tab)' : ''}`),
			log: (paths, options) =>
				void calls.push(`log ${paths.join(', ')}${options?.followUp ? ` ticking '${options.followUp.task ?? ''}'` : ''}`),
			meeting: (paths) => void calls.push(`meeting ${paths.join(', ')}`),
			triage: () => void calls.push('triage'),
			newContact: () => void calls.push('new contact'),
			importContacts: () => void calls.push('import'),
			snooze: async (targets, until: Day) =>
				void calls.push(`snooze ${targets.map((t) => (typeof t === 'string' ? t : `${t.kind} ${t.path}`)).join(', ')} ${until - TODAY}d`),
			markDormant: async (paths) => void calls.push(`dormant ${paths.join(', ')}`),
			tag: async (paths, tag) => void calls.push(`tag ${paths.join(', ')} #${tag}`),
			complete: async (path, line, text) => void calls.push(`done ${path}:${line} ${text}`),
			showPerson: (path) => void calls.push(`person ${path}`),
		},
	};
	const app = App.createConfigured__();
	const leaf = WorkspaceLeaf.create2__(app);
	const view = new QueueView(leaf.asOriginalType3__(), host);
	views.push(view);
	// happy-dom does no layout, so nothing has an offsetParent: say when the pane is shown.
	view.containerEl.isShown = () => state.shown;
	document.body.appendChild(view.containerEl);
	await leaf.open(view);
	view.load();
	await view.onOpen();
	const reindex = (): void => {
		// As the live index does: the new index carries on from the old one's revision.
		const revision = index.revision;
		index = v.index();
		index.revision = revision + 1;
		app.workspace.trigger(INDEX_CHANGED, index.revision);
	};
	return { app, view, host, calls, reindex, state, v };
}

/** What every Notice from now on says. */
function watchNotices(): string[] {
	const said: string[] = [];
	vi.spyOn(Notice.prototype, 'constructor__').mockImplementation(
		(message: string | DocumentFragment) => void said.push(typeof message === 'string' ? message : (message.textContent ?? '')),
	);
	return said;
}

function list(view: QueueView): HTMLElement {
	return view.contentEl.find('.rapport-queue-list');
}

/** What the list shows, top to bottom: headers as `# Owed · 1`, rows as their name. */
function visible(view: QueueView): string[] {
	return rowEls(view).map((el) => (el.hasClass('rapport-queue-header') ? `# ${el.getText()}` : el.find('.rapport-queue-name').getText()));
}

function rowEls(view: QueueView): HTMLElement[] {
	return view.contentEl.findAll('.rapport-queue-row').sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index));
}

function row(view: QueueView, name: string): HTMLElement {
	const found = view.contentEl.findAll('.rapport-queue-item').find((el) => el.find('.rapport-queue-name').getText() === name);
	if (!found) throw new Error(`no row for ${name}; showing ${visible(view).join(', ')}`);
	return found;
}

function press(view: QueueView, key: string, init: KeyboardEventInit = {}): void {
	list(view).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
}

function inputIn(view: QueueView, selector: string): HTMLInputElement {
	const el = view.contentEl.querySelector<HTMLInputElement>(selector);
	if (!el) throw new Error(`no ${selector}`);
	return el;
}

function message(view: QueueView): string {
	return view.contentEl.find('.rapport-queue-message').getText();
}

function filter(view: QueueView, text: string): void {
	const input = inputIn(view, '.rapport-queue-filter');
	input.value = text;
	input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** A small network with something in every section. */
function network(): VaultBuilder {
	return vault()
		.contact('Sam Rivera', (c) =>
			c
				.tie('strong')
				.company('Acme')
				.prop('role', 'Staff engineer')
				.prop('tags', '[contact, devtools]')
				.lastContact('2026-09-01')
				.followUp('Send the talk link 📅 2026-11-18'),
		)
		.contact('Jo Park', (c) => c.tie('medium').company('Globex').lastContact('2026-07-01'))
		.contact('Mia Chen', (c) => c.tie('strong').lastContact('2026-11-01').remember('Berlin marathon 📅 2026-11-10'))
		.contact('Ana Ruiz', (c) => c.tie('strong').lastContact('2026-10-24'));
}

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
	vi.setSystemTime(new Date(2026, 10, 21, 9));
});

afterEach(() => {
	for (const view of views.splice(0)) {
		view.unload();
		view.containerEl.remove();
	}
	vi.restoreAllMocks();
	vi.useRealTimers();
});

describe('the queue view', () => {
	it('is the follow-up queue', async () => {
		const { view } = await open(network());
		expect(view.getViewType()).toBe('rapport-queue');
		expect(view.getDisplayText()).toBe('Follow-up queue');
		expect(view.getIcon()).toBe('users');
	});

	it('shows the sections in order with counts, and each row says who, why and when', async () => {
		const { view } = await open(network());
		expect(visible(view)).toEqual([
			'# Owed · 1',
			'Sam Rivera',
			'# Reconnect · 2',
			'Sam Rivera',
			'Jo Park',
			'# Remember · 1',
			'Mia Chen',
			'# Upcoming · 1',
			'Ana Ruiz',
		]);
		const sam = row(view, 'Sam Rivera');
		// The badge says how late; the reason beside it does not say it again, but its tooltip is whole.
		expect(sam.find('.rapport-queue-reason').getText()).toBe('Send the talk link');
		expect(sam.find('.rapport-queue-reason').getAttribute('title')).toBe('Send the talk link · overdue 3d');
		expect(sam.find('.rapport-queue-badge').getText()).toBe('3d overdue');
		expect(sam.find('.rapport-queue-badge').hasClass('is-overdue')).toBe(true);
		expect(sam.find('.rapport-queue-meta').getText()).toBe('Acme · Staff engineer');
		expect(row(view, 'Ana Ruiz').find('.rapport-queue-badge').getText()).toBe('in 2d');
		expect(sam.getAttribute('role')).toBe('option');
		expect(list(view).getAttribute('role')).toBe('listbox');
		expect(list(view).getAttribute('tabindex')).toBe('0');
	});

	it('tells two contacts with one name apart: by company when each has their own, else by note, with only one of them due', async () => {
		const v = vault()
			.contact('People/Alex Kim', (c) => c.tie('strong').company('Acme').prop('role', 'Designer').lastContact('2026-09-01'))
			.contact('Clients/Alex Kim', (c) => c.tie('strong').company('Globex').lastContact('2026-11-20'))
			.contact('Jo Park', (c) => c.tie('strong').lastContact('2026-09-01'))
			.contact('People/Jo Park (old)', (c) => c.prop('aliases', '[Jo Park]'));
		const { view } = await open(v);
		// The Globex Alex Kim is not due, and still the due one is told from them.
		expect(visible(view)).toEqual(['# Reconnect · 2', 'Alex Kim (Acme)', 'Jo Park']);
		expect(row(view, 'Alex Kim (Acme)').find('.rapport-queue-meta').getText()).toBe('Acme · Designer');

		// Same company, or none: the note's path.
		const same = vault()
			.contact('People/Alex Kim', (c) => c.tie('strong').company('Acme').lastContact('2026-09-01'))
			.contact('Clients/Alex Kim', (c) => c.tie('strong').company('ACME').lastContact('2026-08-01'));
		const { view: again } = await open(same);
		expect(visible(again)).toEqual(['# Reconnect · 2', 'Alex Kim (Clients/Alex Kim.md)', 'Alex Kim (People/Alex Kim.md)']);
	});

	it('words the due badge for people', () => {
		expect(dueBadge(21)).toBe('3w overdue');
		expect(dueBadge(0)).toBe('today');
		expect(dueBadge(-2)).toBe('in 2d');
	});

	it('gives a Remember row and a let-go row badges that fit them, not "overdue"', async () => {
		const { view } = await open(network());
		const mia = row(view, 'Mia Chen');
		expect(mia.find('.rapport-queue-badge').getText()).toBe('11d ago');
		expect(mia.find('.rapport-queue-badge').hasClass('is-overdue')).toBe(false);
		expect(rowBadge({ kind: 'let-go', daysOverdue: 2 })).toEqual({ text: 'let go', tone: 'plain' });
		expect(rowBadge({ kind: 'remember', daysOverdue: 0 })).toEqual({ text: 'today', tone: 'plain' });
		expect(rowBadge({ kind: 'cadence', daysOverdue: 14 })).toEqual({ text: '2w overdue', tone: 'overdue' });
	});

	it('drops from the reason only the words the badge says', () => {
		expect(reasonBesideBadge('overdue 2w · every 2w · last: coffee 30 Sep')).toBe('every 2w · last: coffee 30 Sep');
		expect(reasonBesideBadge('Send the deck · due in 2d')).toBe('Send the deck');
		expect(reasonBesideBadge('send a thank-you for the coffee on 19 Nov')).toBe('send a thank-you for the coffee on 19 Nov');
		// Never to nothing: a reason that is only the due words stays.
		expect(reasonBesideBadge('due today')).toBe('due today');
	});

	it('gives each row two lines of reason on a phone, and a filter placeholder that fits', async () => {
		document.body.addClass('is-mobile');
		try {
			const { view } = await open(network());
			const height = view.contentEl.find('.rapport-queue-sizer').style.getPropertyValue('--rapport-list-height');
			// Four headers and five rows.
			expect(height).toBe(`${4 * 32 + 5 * PHONE_ITEM_HEIGHT}px`);
			expect(list(view).style.getPropertyValue('--rapport-item-height')).toBe(`${PHONE_ITEM_HEIGHT}px`);
			expect(view.contentEl.find('.rapport-queue-filter').getAttribute('placeholder')).toBe('Filter people');
		} finally {
			document.body.removeClass('is-mobile');
		}
	});

	it('builds only the rows on screen for a 10,000-item queue', async () => {
		const v = vault();
		for (let i = 0; i < 10_000; i++) v.contact(`Person ${String(i).padStart(5, '0')}`, (c) => c.company('Acme').tie('medium'));
		const { view } = await open(v);
		expect(view.contentEl.find('.rapport-queue-header').getText()).toBe('Reconnect · 10000');
		expect(view.contentEl.querySelectorAll('*').length).toBeLessThan(2_000);
		expect(rowEls(view).length).toBeLessThan(40);
		// The list is as tall as all of them, so the scrollbar is honest.
		const height = view.contentEl.find('.rapport-queue-sizer').style.getPropertyValue('--rapport-list-height');
		expect(height).toBe(`${32 + 10_000 * ITEM_HEIGHT}px`);

		// Scrolling to the middle swaps rows in and out, reusing elements.
		const before = new Set(view.contentEl.findAll('.rapport-queue-item'));
		list(view).scrollTop = 5_000 * ITEM_HEIGHT;
		list(view).dispatchEvent(new Event('scroll'));
		expect(visible(view)).toContain('Person 05000');
		expect(visible(view)).not.toContain('Person 00000');
		const after = new Set(view.contentEl.findAll('.rapport-queue-item'));
		expect([...before].every((el) => after.has(el))).toBe(true);
		expect(after.size).toBeLessThan(40);
	});

	it('opens the note on click, in a new tab with a middle click', async () => {
		const { view, calls } = await open(network());
		row(view, 'Jo Park').click();
		row(view, 'Mia Chen').dispatchEvent(new MouseEvent('auxclick', { bubbles: true, button: 1 }));
		expect(calls).toEqual(['open People/Jo Park.md', 'open People/Mia Chen.md (new tab)']);
	});

	it('picks rows with Ctrl/Cmd-click and Shift-click, and acts on all of them at once', async () => {
		const { view, calls } = await open(network());
		const bar = view.contentEl.find('.rapport-queue-bulk');
		expect(bar.hasClass('rapport-hidden')).toBe(true);
		row(view, 'Jo Park').dispatchEvent(new MouseEvent('click', { bubbles: true, ctrlKey: true }));
		row(view, 'Ana Ruiz').dispatchEvent(new MouseEvent('click', { bubbles: true, metaKey: true }));
		expect(calls).toEqual([]);
		expect(bar.hasClass('rapport-hidden')).toBe(false);
		expect(bar.find('.rapport-queue-bulk-count').getText()).toBe('2 contacts selected');
		expect(row(view, 'Jo Park').getAttr('aria-selected')).toBe('true');
		bar.find('[data-bulk="dormant"]').click();
		expect(calls).toEqual(['dormant People/Jo Park.md, People/Ana Ruiz.md']);
		// The selection has done its job.
		expect(bar.hasClass('rapport-hidden')).toBe(true);
		expect(row(view, 'Jo Park').getAttr('aria-selected')).toBe('false');
	});

	it('keeps rows picked when a write above their task or Remember item moves its line', async () => {
		const v = network();
		const { view, reindex } = await open(v);
		const followUp = (): HTMLElement => row(view, 'Sam Rivera');
		expect(followUp().find('.rapport-queue-reason').getText()).toContain('Send the talk link');
		followUp().dispatchEvent(new MouseEvent('click', { bubbles: true, ctrlKey: true }));
		row(view, 'Mia Chen').dispatchEvent(new MouseEvent('click', { bubbles: true, ctrlKey: true }));
		const count = (): string => view.contentEl.find('.rapport-queue-bulk-count').getText();
		expect(count()).toBe('2 contacts selected');

		// A log into each note writes a line above the task and the Remember item.
		v.contact('Sam Rivera', (c) =>
			c
				.tie('strong')
				.company('Acme')
				.prop('role', 'Staff engineer')
				.prop('tags', '[contact, devtools]')
				.lastContact('2026-09-01')
				.interaction('2026-08-01 call: catch-up')
				.followUp('Send the talk link 📅 2026-11-18'),
		);
		v.contact('Mia Chen', (c) =>
			c.tie('strong').lastContact('2026-11-01').interaction('2026-08-01 call: catch-up').remember('Berlin marathon 📅 2026-11-10'),
		);
		reindex();
		expect(count()).toBe('2 contacts selected');
		expect(followUp().getAttr('aria-selected')).toBe('true');
		expect(row(view, 'Mia Chen').getAttr('aria-selected')).toBe('true');
	});

	it('applies a row button to the selection when the row is in it, and to the row alone when not', async () => {
		const { view, calls } = await open(network());
		const items = view.contentEl.findAll('.rapport-queue-item').map((el) => el.find('.rapport-queue-name').getText());
		const [first, , third] = items;
		if (!first || !third) throw new Error(`too few rows: ${items.join(', ')}`);
		row(view, first).click();
		calls.length = 0;
		row(view, third).dispatchEvent(new MouseEvent('click', { bubbles: true, shiftKey: true }));
		expect(view.contentEl.find('.rapport-queue-bulk-count').getText()).toMatch(/^[23] contacts selected$/);
		row(view, third).find('[aria-label="Mark dormant"]').click();
		expect(calls).toHaveLength(1);
		expect(calls[0]?.split(', ').length).toBeGreaterThan(1);

		calls.length = 0;
		row(view, 'Jo Park').dispatchEvent(new MouseEvent('click', { bubbles: true, ctrlKey: true }));
		row(view, 'Mia Chen').find('[aria-label="Mark dormant"]').click();
		expect(calls).toEqual(['dormant People/Mia Chen.md']);
	});

	it('picks rows from the keyboard: Space, Shift+arrows, Escape', async () => {
		const { view, calls } = await open(network());
		// Rows: Sam (a follow-up), then Sam and Jo (reconnect): three rows, two people.
		press(view, 'ArrowDown');
		press(view, ' ');
		press(view, 'ArrowDown', { shiftKey: true });
		press(view, 'ArrowDown', { shiftKey: true });
		expect(view.contentEl.findAll('.rapport-queue-item.is-selected')).toHaveLength(3);
		const count = (): string => view.contentEl.find('.rapport-queue-bulk-count').getText();
		expect(count()).toBe('2 contacts selected');
		press(view, 's');
		expect(calls).toHaveLength(1);
		// Each row picked goes along, to be snoozed by its own rule.
		expect(calls).toEqual(['snooze follow-up People/Sam Rivera.md, cadence People/Sam Rivera.md, cadence People/Jo Park.md 7d']);
		press(view, ' ');
		press(view, 'Escape');
		expect(view.contentEl.find('.rapport-queue-bulk').hasClass('rapport-hidden')).toBe(true);
	});

	it('snoozes from the keyboard: s for a week, m for a month, Shift+S for a day picked', async () => {
		const { view, calls } = await open(network());
		showModalsOnPage();
		press(view, 'ArrowDown');
		press(view, 's');
		press(view, 'm');
		press(view, 'S', { shiftKey: true });
		const input = document.body.querySelector<HTMLInputElement>('.rapport-snooze-date');
		if (!input) throw new Error('Shift+S opened no date picker');
		input.value = '2027-01-05';
		input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
		expect(calls).toEqual([
			'snooze follow-up People/Sam Rivera.md 7d',
			'snooze follow-up People/Sam Rivera.md 30d',
			`snooze follow-up People/Sam Rivera.md ${day('2027-01-05') - TODAY}d`,
		]);
		expect(document.body.querySelector('.rapport-snooze-date')).toBeNull();
	});

	it('logs, snoozes and marks dormant from the row buttons', async () => {
		const { view, calls } = await open(network());
		const menus: Menu[] = [];
		vi.spyOn(Menu.prototype, 'showAtMouseEvent').mockImplementation(function (this: Menu) {
			menus.push(this);
			return this;
		});
		const jo = row(view, 'Jo Park');
		const button = (label: string): HTMLElement => jo.find(`[aria-label="${label}"]`);
		button('Log interaction').click();
		button('Mark dormant').click();
		button('Snooze').click();
		expect(menus[0]?.menuItems__.map((i) => i.title__)).toEqual(['1 week', '1 month', 'Pick a date…']);
		menus[0]?.menuItems__[1]?.onClick__?.(new MouseEvent('click'));
		expect(calls).toEqual(['log People/Jo Park.md', 'dormant People/Jo Park.md', 'snooze cadence People/Jo Park.md 30d']);
	});

	it('offers the same actions on right-click', async () => {
		const { view, calls } = await open(network());
		const menus: Menu[] = [];
		vi.spyOn(Menu.prototype, 'showAtMouseEvent').mockImplementation(function (this: Menu) {
			menus.push(this);
			return this;
		});
		row(view, 'Jo Park').dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true }));
		const items = menus[0]?.menuItems__ ?? [];
		expect(items.map((i) => i.title__)).toEqual([
			'Open note',
			'Open in new tab',
			'Show in person panel',
			'Log interaction…',
			'New meeting note…',
			'Snooze 1 week',
			'Snooze 1 month',
			'Snooze until a date…',
			'Mark dormant',
		]);
		for (const title of ['Open in new tab', 'Show in person panel', 'Snooze 1 week', 'Mark dormant'])
			items.find((i) => i.title__ === title)?.onClick__?.(new MouseEvent('click'));
		expect(calls).toEqual([
			'open People/Jo Park.md (new tab)',
			'person People/Jo Park.md',
			'snooze cadence People/Jo Park.md 7d',
			'dormant People/Jo Park.md',
		]);
	});

	it('offers no snooze on a row a date would not move, and says why from the keys', async () => {
		const v = network().contact('Lee Wong', (c) => c.tie('weak').lastContact('2026-11-19').interaction('2026-11-19 coffee: roadmap'));
		const { view, calls } = await open(v);
		const notices = watchNotices();
		const menus: Menu[] = [];
		vi.spyOn(Menu.prototype, 'showAtMouseEvent').mockImplementation(function (this: Menu) {
			menus.push(this);
			return this;
		});
		// Mia's Remember item and Lee's thank-you: no snooze button, none in the menu.
		for (const name of ['Mia Chen', 'Lee Wong']) {
			expect(row(view, name).hasClass('is-unsnoozable'), name).toBe(true);
			row(view, name).dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true }));
		}
		expect(row(view, 'Jo Park').hasClass('is-unsnoozable')).toBe(false);
		for (const menu of menus)
			expect(menu.menuItems__.map((i) => i.title__).filter((t) => typeof t === 'string' && t.startsWith('Snooze'))).toEqual([]);
		row(view, 'Lee Wong').click();
		calls.length = 0;
		press(view, 's');
		press(view, 'm');
		press(view, 'S', { shiftKey: true });
		expect(calls).toEqual([]);
		expect(notices).toEqual(Array(3).fill("A thank-you can't be snoozed: log it, or it lapses after two weeks."));
	});

	it('opens the menu at the highlighted row with the context-menu key or Shift+F10, not at the corner', async () => {
		const { view, calls } = await open(network());
		const shown: { title: string; at: { x: number; y: number } }[] = [];
		vi.spyOn(Menu.prototype, 'showAtPosition').mockImplementation(function (this: Menu, at) {
			const title = this.menuItems__[0]?.title__;
			shown.push({ title: typeof title === 'string' ? title : '', at });
			return this;
		});
		const atMouse = vi.spyOn(Menu.prototype, 'showAtMouseEvent');
		const jo = row(view, 'Jo Park');
		vi.spyOn(jo, 'getBoundingClientRect').mockReturnValue(new DOMRect(10, 200, 300, 56));
		jo.click();
		press(view, 'ContextMenu');
		press(view, 'F10', { shiftKey: true });
		// The browser's own contextmenu event from the key lands on the focused list.
		list(view).dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true }));
		expect(atMouse).not.toHaveBeenCalled();
		expect(shown).toEqual(Array(3).fill({ title: 'Open note', at: { x: 26, y: 256 } }));
		expect(calls).toEqual(['open People/Jo Park.md']);
	});

	it("ticks a meeting note's follow-up in the meeting note, not the contact's", async () => {
		const v = vault()
			.contact('Jo Park', (c) => c.lastContact('2026-11-20'))
			.meeting('2026-11-20 Sync', '2026-11-20', ['Jo Park'], '- [ ] Send the deck 📅 2026-11-21', 'introduction');
		const { view, calls } = await open(v);
		const menus: Menu[] = [];
		vi.spyOn(Menu.prototype, 'showAtMouseEvent').mockImplementation(function (this: Menu) {
			menus.push(this);
			return this;
		});
		row(view, 'Jo Park').dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true }));
		menus[0]?.menuItems__.find((i) => i.title__ === 'Mark follow-up done')?.onClick__?.(new MouseEvent('click'));
		expect(calls).toEqual(['done Meetings/2026-11-20 Sync.md:6 Send the deck']);
	});

	it('shows links in a reason as their text: the alias, else the note name', async () => {
		const v = vault()
			.contact('Jo Park', (c) =>
				c.lastContact('2026-11-20').followUp('Thank [[Meetings/Sync#Notes]] for [[2026-11-19 Summit|the summit]] 📅 2026-11-21'),
			)
			.contact('Mia Chen', (c) =>
				c
					.lastContact('2026-11-20')
					.followUp('Follow up from [[2026-11-19 DevTools Summit and Conference Week]] within 48 hours 📅 2026-11-21'),
			);
		const { view } = await open(v);
		expect(row(view, 'Jo Park').find('.rapport-queue-reason').getText()).toBe('Thank Sync for the summit');
		// A long reason is cut at 70 characters as it reads, never inside a link.
		expect(row(view, 'Mia Chen').find('.rapport-queue-reason').getText()).toBe(
			'Follow up from 2026-11-19 DevTools Summit and Conference Week within…',
		);
	});

	it('reads a link cut short by the reason', () => {
		expect(readableReason('Thank them for [[Meetings/2026-11-19 DevTo…')).toBe('Thank them for 2026-11-19 DevTo…');
		expect(readableReason('See [[Sam Rivera|Sam]] and [[People/Jo Park]]')).toBe('See Sam and Jo Park');
	});

	it('says at the foot how many notes need a look, and lists them, each opening its note', async () => {
		const v = network().note('People/Broken', '---\ntie: [strong\n---\n').note('People/Empty', '');
		const { view, calls } = await open(v);
		showModalsOnPage();
		const foot = view.contentEl.find('.rapport-queue-problems');
		expect(foot.hasClass('rapport-hidden')).toBe(false);
		expect(foot.getText()).toBe('2 notes need a look');
		expect(foot.tagName).toBe('BUTTON');
		foot.click();
		const modal = document.body.find('.rapport-problems-modal');
		const notes = modal.findAll('.rapport-problem-note');
		expect(notes.map((el) => el.getText())).toEqual(['People/Broken.md', 'People/Empty.md']);
		expect(notes.every((el) => el.tagName === 'BUTTON')).toBe(true);
		// The keyboard is in the list, not on the foot behind it.
		expect(document.activeElement).toBe(notes[0]);
		expect(modal.findAll('.rapport-problem-reason').map((el) => el.getText())).toEqual([
			expect.stringContaining('frontmatter does not parse'),
			'empty note in a contacts folder: not a contact until it has something in it',
		]);
		expect(modal.findAll('.rapport-problem').length).toBe(2);
		notes[1]?.click();
		expect(calls).toEqual(['open People/Empty.md']);
		expect(document.body.querySelector('.rapport-problems-modal')).toBeNull();
	});

	it('counts the problems again a moment after the notes change, not in the frame that paints the rows', async () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
		const v = network().note('People/Broken', '---\ntie: [strong\n---\n').note('People/Empty', '');
		const { view, reindex } = await open(v);
		const foot = view.contentEl.find('.rapport-queue-problems');
		v.note('People/Broken', '---\ntie: strong\n---\n');
		reindex();
		expect(visible(view)).toContain('Broken');
		expect(foot.getText()).toBe('2 notes need a look');
		vi.advanceTimersByTime(1000);
		expect(foot.getText()).toBe('1 note needs a look');
		v.note('People/Empty', '---\ntie: weak\n---\n');
		reindex();
		vi.advanceTimersByTime(1000);
		expect(foot.hasClass('rapport-hidden')).toBe(true);
	});

	it('shows no foot when every note reads', async () => {
		const { view } = await open(network());
		expect(view.contentEl.find('.rapport-queue-problems').hasClass('rapport-hidden')).toBe(true);
	});

	it('snoozes until a picked day, and refuses a day that is not ahead', () => {
		const picked: Day[] = [];
		const modal = new SnoozeDateModal(App.createConfigured__().asOriginalType__(), TODAY, (until) => picked.push(until));
		modal.onOpen();
		const input = modal.contentEl.querySelector<HTMLInputElement>('input[type="date"]');
		if (!input) throw new Error('no date input');
		expect(input.value).toBe('2026-11-28');
		const snooze = modal.contentEl.findAll('button').find((b) => b.getText() === 'Snooze');
		input.value = '2026-11-20';
		snooze?.click();
		expect(picked).toEqual([]);
		expect(modal.contentEl.find('.rapport-snooze-error').getText()).toBe('Pick a day after today.');
		input.value = '2027-01-05';
		snooze?.click();
		expect(picked).toEqual([day('2027-01-05')]);
	});

	it('tags the picked contacts with t, refusing what is no tag', async () => {
		const { view, calls } = await open(network());
		showModalsOnPage();
		row(view, 'Jo Park').dispatchEvent(new MouseEvent('click', { bubbles: true, ctrlKey: true }));
		row(view, 'Mia Chen').dispatchEvent(new MouseEvent('click', { bubbles: true, ctrlKey: true }));
		press(view, 't');
		const input = document.body.find('.rapport-tag-input') as HTMLInputElement;
		input.value = '2026';
		input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
		expect(document.body.find('.rapport-snooze-error').getText()).toBe('A tag is letters, digits, _, - or /, and not only digits.');
		input.value = '#mentor';
		input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
		expect(calls).toEqual(['tag People/Jo Park.md, People/Mia Chen.md #mentor']);
		expect(document.body.querySelector('.rapport-tag-input')).toBeNull();
	});

	it('moves a highlight with the arrow keys, skipping headers, and acts on it with keys', async () => {
		const { view, calls } = await open(network());
		press(view, 'ArrowDown');
		expect(view.contentEl.find('.is-focused').find('.rapport-queue-name').getText()).toBe('Sam Rivera');
		press(view, 'ArrowDown');
		expect(view.contentEl.find('.is-focused').dataset.index).toBe('3');
		press(view, 'ArrowDown');
		const focused = view.contentEl.find('.is-focused');
		expect(focused.find('.rapport-queue-name').getText()).toBe('Jo Park');
		expect(list(view).getAttribute('aria-activedescendant')).toBe(focused.id);
		press(view, 'Enter');
		press(view, 'l');
		press(view, 's');
		press(view, 'd');
		press(view, 'ArrowUp');
		press(view, 'ArrowUp');
		press(view, 'ArrowUp');
		press(view, 'ArrowUp');
		press(view, 'Enter', { metaKey: true });
		expect(calls).toEqual([
			'open People/Jo Park.md',
			'log People/Jo Park.md',
			'snooze cadence People/Jo Park.md 7d',
			'dormant People/Jo Park.md',
			'open People/Sam Rivera.md (new tab)',
		]);
	});

	it('places every row right below the one before, however the rows came and went', async () => {
		// Three sections of several rows, so filters take headers away above other rows.
		const v = vault();
		for (const name of ['Ann Owed', 'Bob Owed']) v.contact(name, (c) => c.lastContact('2026-11-20').followUp('Send it 📅 2026-11-19'));
		for (const name of ['Cy Late', 'Di Late', 'Ed Late', 'Flo Late']) v.contact(name, (c) => c.tie('strong').lastContact('2026-09-01'));
		for (const name of ['Gus Soon', 'Hal Soon']) v.contact(name, (c) => c.tie('strong').lastContact('2026-10-25'));
		const { view } = await open(v);
		/** Each row's top, as painted, against the heights of the rows above it. */
		const misplaced = (): string[] => {
			let expected = 0;
			const wrong: string[] = [];
			for (const el of rowEls(view)) {
				const top = el.style.getPropertyValue('--rapport-row-top');
				if (top !== `${expected}px`) wrong.push(`${el.getText().slice(0, 20)} at ${top}, not ${expected}px`);
				expected += el.hasClass('rapport-queue-header') ? 32 : ITEM_HEIGHT;
			}
			return wrong;
		};
		const rng = seededRandom(11);
		const words = ['', 'owed', 'late', 'soon', 'a', 'o', 'e', 'i', 'cy', 'bob', 'flo', 'hal', 'd'];
		for (let step = 0; step < 80; step++) {
			const text = words[Math.floor(rng() * words.length)] ?? '';
			filter(view, text);
			expect(misplaced(), `step ${step}, filter "${text}"`).toEqual([]);
		}
	});

	it('goes from the filter to the list with ArrowDown or Enter, on the first match, as a command palette does', async () => {
		const { view, calls } = await open(network());
		const box = inputIn(view, '.rapport-queue-filter');
		const key = (name: string, init: KeyboardEventInit = {}): boolean =>
			box.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true, ...init }));
		const highlighted = (): string => view.contentEl.find('.is-focused').find('.rapport-queue-name').getText();
		box.focus();
		filter(view, 'park');
		expect(key('ArrowDown')).toBe(false);
		expect(document.activeElement).toBe(list(view));
		expect(highlighted()).toBe('Jo Park');
		expect(list(view).getAttribute('aria-activedescendant')).toBe(view.contentEl.find('.is-focused').id);
		// From there the list's keys work: Enter opens the row.
		press(view, 'Enter');
		expect(calls).toEqual(['open People/Jo Park.md']);

		// Enter does the same, on the first match even when another row was highlighted: it opens nothing.
		box.focus();
		filter(view, 'a');
		expect(key('Enter')).toBe(false);
		expect(document.activeElement).toBe(list(view));
		expect(highlighted()).toBe('Sam Rivera');
		expect(calls).toEqual(['open People/Jo Park.md']);

		// No match, or a modifier held: the keyboard stays in the box.
		box.focus();
		filter(view, 'nobody-here');
		expect(key('ArrowDown')).toBe(true);
		filter(view, 'park');
		expect(key('Enter', { shiftKey: true })).toBe(true);
		expect(document.activeElement).toBe(box);
	});

	it('narrows rows by name, company, role or tag, ignoring case', async () => {
		const { view, state, reindex } = await open(network());
		filter(view, 'acme');
		expect(visible(view)).toEqual(['# Owed · 1', 'Sam Rivera', '# Reconnect · 1', 'Sam Rivera']);
		filter(view, 'GLOBEX');
		expect(visible(view)).toEqual(['# Reconnect · 1', 'Jo Park']);
		filter(view, 'staff');
		expect(visible(view)).toContain('Sam Rivera');
		filter(view, 'nobody-here');
		expect(visible(view)).toEqual([]);
		expect(message(view)).toBe('No one in the queue matches “nobody-here”.');
		// Said to a screen reader as it appears, with no move of the keyboard.
		expect(view.contentEl.find('.rapport-queue-message').getAttribute('aria-live')).toBe('polite');

		// Tags count when the queue carries them on its items.
		state.tweak = (queue) => ({
			...queue,
			sections: queue.sections.map((s) => ({
				...s,
				items: s.items.map((i) => (i.name === 'Mia Chen' ? { ...i, tags: ['Climbing'] } : i)),
			})),
		});
		reindex();
		filter(view, 'climb');
		expect(visible(view)).toEqual(['# Remember · 1', 'Mia Chen']);
	});

	it('hides and shows the upcoming section with the toggle', async () => {
		const { view } = await open(network());
		const toggle = inputIn(view, '.rapport-queue-toggle input');
		expect(toggle.checked).toBe(true);
		toggle.checked = false;
		toggle.dispatchEvent(new Event('change'));
		expect(visible(view)).not.toContain('# Upcoming · 1');
		expect(visible(view)).not.toContain('Ana Ruiz');
		toggle.checked = true;
		toggle.dispatchEvent(new Event('change'));
		expect(visible(view).slice(-2)).toEqual(['# Upcoming · 1', 'Ana Ruiz']);
	});

	it('says when the vault is still being indexed', async () => {
		const { view, state, reindex } = await open(network(), { ready: false });
		expect(message(view)).toBe('Indexing your vault…');
		expect(visible(view)).toEqual([]);
		state.ready = true;
		reindex();
		expect(message(view)).toBe('');
		expect(visible(view)).toContain('Jo Park');
	});

	it('explains how contacts are recognised when there are none', async () => {
		const { view, calls } = await open(vault().note('Notes/Idea', 'just a note'));
		expect(message(view)).toContain('No contacts found');
		expect(message(view)).toContain('People/');
		expect(message(view)).toContain('#contact');
		expect(view.contentEl.findAll('.rapport-queue-message code').map((el) => el.getText())).toEqual(['type: contact', 'categories']);
		expect(message(view)).not.toContain('`');
		const buttons = view.contentEl.findAll('.rapport-queue-message button');
		// A new user's next steps first: make a contact, or import some.
		expect(buttons.map((b) => b.getText())).toEqual(['New contact', 'Import contacts', 'Open settings']);
		for (const button of buttons) button.click();
		expect(calls).toEqual(['new contact', 'import', 'settings']);
	});

	it('says nobody is due, and when the next one is', async () => {
		const { view } = await open(vault().contact('Ana Ruiz', (c) => c.tie('strong').lastContact('2026-10-24')));
		expect(message(view)).toBe('Nobody to reach out to todayNext: Ana Ruiz, in 2d (23 Nov).');
		expect(visible(view)).toEqual(['# Upcoming · 1', 'Ana Ruiz']);
	});

	it('names the next one even beyond the upcoming window, once the rows are shown', async () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
		const { view } = await open(
			vault()
				.contact('Ana Ruiz', (c) => c.tie('weak').lastContact('2026-11-20'))
				.contact('Sam Rivera', (c) => c.tie('weak').lastContact('2026-11-01').nextFollowUp('2027-01-14'))
				.contact('Jo Park', (c) => c.tie('medium').status('dormant')),
		);
		expect(message(view)).toBe('Nobody to reach out to today');
		vi.runOnlyPendingTimers();
		expect(message(view)).toBe('Nobody to reach out to todayNext: Sam Rivera on 14 Jan 2027.');
		expect(visible(view)).toEqual([]);
	});

	it('says when no active contact has anything coming up', async () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
		const { view } = await open(vault().contact('Jo Park', (c) => c.tie('medium').status('dormant')));
		vi.runOnlyPendingTimers();
		expect(message(view)).toBe('Nobody to reach out to todayNo active contacts have anything coming up.');
	});

	it('looks beyond the window and counts problem notes outside the render, only when shown and the index moved', async () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
		const v = vault().contact('Sam Rivera', (c) => c.tie('weak').lastContact('2026-11-01').nextFollowUp('2027-01-14'));
		const { app, view, host, state, reindex } = await open(v);
		const nextDue = vi.spyOn(host, 'nextDue');
		const problems = vi.spyOn(host, 'problems');
		vi.runOnlyPendingTimers();
		expect(nextDue).toHaveBeenCalledTimes(1);
		expect(message(view)).toBe('Nobody to reach out to todayNext: Sam Rivera on 14 Jan 2027.');
		// A render that changed nothing in the notes (a view state restored) looks for neither again.
		await view.setState({ filter: '' }, { history: false });
		vi.advanceTimersByTime(1000);
		expect([nextDue.mock.calls.length, problems.mock.calls.length]).toEqual([1, 0]);
		// The notes change, and the pane is hidden before either is looked for: both wait for it.
		v.note('Notes/Idea', 'A thought');
		reindex();
		state.shown = false;
		vi.advanceTimersByTime(1000);
		expect([nextDue.mock.calls.length, problems.mock.calls.length]).toEqual([1, 0]);
		state.shown = true;
		app.workspace.trigger('layout-change');
		vi.advanceTimersByTime(1000);
		expect([nextDue.mock.calls.length, problems.mock.calls.length]).toEqual([2, 1]);
		expect(message(view)).toBe('Nobody to reach out to todayNext: Sam Rivera on 14 Jan 2027.');
	});

	it('re-renders on an index change only when the revision moved and the pane is shown', async () => {
		const { app, view, state, reindex, v } = await open(network());
		const rendered = vi.spyOn(view, 'render');
		app.workspace.trigger(INDEX_CHANGED, 0);
		expect(rendered).not.toHaveBeenCalled();

		state.shown = false;
		v.contact('Lee Wong', (c) => c.company('Acme').tie('weak'));
		reindex();
		expect(rendered).not.toHaveBeenCalled();
		state.shown = true;
		app.workspace.trigger('layout-change');
		expect(rendered).toHaveBeenCalledTimes(1);
		expect(visible(view)).toContain('Lee Wong');
	});

	it('keeps the filter, scroll position and highlight across a re-render, reusing rows', async () => {
		const v = vault();
		for (let i = 0; i < 300; i++)
			v.contact(`Person ${String(i).padStart(3, '0')}`, (c) => c.company(i % 2 ? 'Acme' : 'Globex').tie('medium'));
		const { view, reindex } = await open(v);
		filter(view, 'acme');
		list(view).scrollTop = 32 + 100 * ITEM_HEIGHT;
		list(view).dispatchEvent(new Event('scroll'));
		list(view).dispatchEvent(new Event('focus'));
		const top = (): string =>
			rowEls(view)
				.find((el) => el.offsetTop === 0 && Number(el.dataset.index) === Math.round((list(view).scrollTop - 32) / ITEM_HEIGHT) + 1)
				?.find('.rapport-queue-name')
				.getText() ?? '';
		expect(top()).toBe('Person 201');
		expect(view.contentEl.find('.is-focused').find('.rapport-queue-name').getText()).toBe('Person 201');
		const kept = row(view, 'Person 221');

		// Someone above the fold joins the queue: the same person stays at the top.
		v.contact('Person 000a', (c) => c.company('Acme').tie('medium'));
		reindex();
		expect(inputIn(view, '.rapport-queue-filter').value).toBe('acme');
		expect(list(view).scrollTop).toBe(32 + 101 * ITEM_HEIGHT);
		expect(top()).toBe('Person 201');
		expect(view.contentEl.find('.is-focused').find('.rapport-queue-name').getText()).toBe('Person 201');
		expect(row(view, 'Person 221')).toBe(kept);

		// The highlighted person leaves the queue: the highlight moves to the next one.
		v.contact('Person 201', (c) => c.status('dormant'));
		reindex();
		expect(view.contentEl.find('.is-focused').find('.rapport-queue-name').getText()).toBe('Person 203');
	});

	it('catches up when the day changes', async () => {
		const { view, host } = await open(vault().contact('Ana Ruiz', (c) => c.tie('strong').lastContact('2026-10-24')));
		const rendered = vi.spyOn(view, 'render');
		host.today = () => addDays(TODAY, 1);
		vi.advanceTimersByTime(60_000);
		expect(rendered).toHaveBeenCalledTimes(1);
	});
});
