// The network review through the real plugin on the in-memory app: the view opened by its
// command, its calendar reached and read from the keyboard, the self-rating saved in today's
// review note, Create review note and Create contacts base writing files with Undo, the
// `rapport` code block staying live and saying what it accepts, and Who do I know at….
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { load as parseYamlText } from 'js-yaml';
import { App, MarkdownRenderChild, Notice, Plugin, SuggestModal, WorkspaceLeaf, type TFile } from 'obsidian-test-mocks/obsidian';
import type { MarkdownPostProcessorContext, ViewState, WorkspaceLeaf as ObsidianLeaf } from 'obsidian';
import manifest from '../../manifest.json';
import RapportPlugin from '../../src/main';
import { dayFromParts, formatDay, humanDay, localToday } from '../../src/domain/day';
import { weekStart } from '../../src/domain/review/calendar';
import { REVIEW_VIEW_TYPE } from '../../src/ui/host';
import { ReviewView } from '../../src/ui/reviewView';
import { WhoModal, WhoSuggestModal } from '../../src/ui/whoModal';
import { showModalsOnPage, wireComponentsToDom } from './wireComponents';

type MockPlugin = Plugin & {
	commands__: Map<string, { name: string; callback?: () => unknown; hotkeys?: unknown }>;
	markdownCodeBlockProcessors__: Map<string, (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => unknown>;
};
type ViewCreators = { views__: Map<string, (leaf: ObsidianLeaf) => ReviewView> };

wireComponentsToDom();

const today = localToday();
const d = (days: number): string => formatDay(today + days);

const FILES: Record<string, string> = {
	'People/Sam Rivera.md': [
		'---',
		'type: contact',
		'company: Acme',
		'role: Staff engineer',
		'tie: strong',
		'cadence: 30d',
		'---',
		'## Interactions',
		`- ${d(-3)} coffee: Talked about the reorg #asked`,
		`- ${d(-20)} email: Asked for the intro #asked`,
		'',
	].join('\n'),
	'People/Jo Park.md': [
		'---',
		'type: contact',
		'company: Globex',
		'tie: weak',
		'location: Lisbon, Portugal',
		'tags: [contact, devtools]',
		'---',
		'',
	].join('\n'),
	'People/Ana Ruiz.md': [
		'---',
		'type: contact',
		'company: Acme',
		'role: Designer',
		'tie: medium',
		`last_contact: ${d(-40)}`,
		'---',
		'',
	].join('\n'),
};

const made: ReviewView[] = [];

async function boot(files: Record<string, string> = FILES, data?: object): Promise<{ app: App; plugin: RapportPlugin; mock: MockPlugin }> {
	const app = App.createConfigured__({ files });
	const plugin = new RapportPlugin(app.asOriginalType__(), manifest);
	const mock = plugin as unknown as MockPlugin;
	if (data) vi.spyOn(plugin, 'loadData').mockResolvedValue(data);
	// The fake's leaves make no views: do what Obsidian does when a leaf is given a view type.
	// eslint-disable-next-line @typescript-eslint/unbound-method -- called back with its own `this`
	const setViewState = WorkspaceLeaf.prototype.setViewState;
	vi.spyOn(WorkspaceLeaf.prototype, 'setViewState').mockImplementation(async function (this: WorkspaceLeaf, state: ViewState, e) {
		await setViewState.call(this, state, e);
		const create = (mock as unknown as ViewCreators).views__.get(state.type);
		if (!create || this.view) return;
		const view = create(this.asOriginalType3__());
		view.containerEl.isShown = () => true;
		document.body.appendChild(view.containerEl);
		made.push(view);
		await this.open(view);
		view.load();
		await view.onOpen();
	});
	plugin.load();
	await vi.advanceTimersByTimeAsync(0);
	app.workspace.setLayoutReady__();
	await settle(plugin);
	return { app, plugin, mock };
}

async function settle(plugin: RapportPlugin): Promise<void> {
	await vi.advanceTimersByTimeAsync(1000);
	await plugin.live.built;
	await vi.advanceTimersByTimeAsync(1000);
}

async function openReview(app: App, mock: MockPlugin): Promise<ReviewView> {
	await mock.commands__.get('open-network-review')?.callback?.();
	const view = app.workspace.getLeavesOfType(REVIEW_VIEW_TYPE)[0]?.view;
	if (!(view instanceof ReviewView)) throw new Error('no review view');
	return view;
}

function fileAt(app: App, path: string): TFile {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no ${path}`);
	return file;
}

function watchNotices(): { text: string; fragment?: DocumentFragment }[] {
	const notices: { text: string; fragment?: DocumentFragment }[] = [];
	vi.spyOn(Notice.prototype, 'constructor__').mockImplementation((message: string | DocumentFragment) => {
		notices.push(typeof message === 'string' ? { text: message } : { text: message.textContent ?? '', fragment: message });
	});
	return notices;
}

function watchOpened(): string[] {
	const opened: string[] = [];
	vi.spyOn(WorkspaceLeaf.prototype, 'openFile').mockImplementation(async (file, state) => {
		const line = (state?.eState as { line?: number } | undefined)?.line;
		opened.push(line === undefined ? file.path : `${file.path}:${line}`);
	});
	return opened;
}

const texts = (el: HTMLElement, selector: string): string[] => el.findAll(selector).map((e) => e.getText());

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
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

describe('the network review view', () => {
	it('opens from its command (no hotkey) and shows every part, with an empty state that says how to set targets', async () => {
		const { app, mock } = await boot();
		const command = mock.commands__.get('open-network-review');
		expect(command?.name).toBe('Open network review');
		expect(command).not.toHaveProperty('hotkeys');
		const view = await openReview(app, mock);
		const el = view.contentEl;
		expect(texts(el, '.rapport-review-heading')).toEqual([
			'Composition',
			'Health',
			'Give and ask',
			'Targets and gaps',
			'Goals',
			'Drift',
			'Contact calendar',
			'Self-rating',
		]);
		expect(el.find('.rapport-review-figure').getText()).toBe('3 active · 0 dormant · 0 archived');
		// Sam asked twice and never gave: take-only, with the suggestion.
		expect(el.find('.is-reciprocity').getText()).toContain('give first (share something, introduce, congratulate)');
		expect(texts(el, '.is-reciprocity .rapport-review-list li')).toEqual(['Sam Rivera · asked 2, gave 0']);
		expect(el.find('.is-targets .rapport-review-empty').getText()).toMatch(/^No targets set: add the companies and fields/);
		expect(el.find('.is-targets button').getText()).toBe('Open settings');
		// Opened again, it is revealed, not opened twice.
		await mock.commands__.get('open-network-review')?.callback?.();
		expect(app.workspace.getLeavesOfType(REVIEW_VIEW_TYPE)).toHaveLength(1);
	});

	it('with no contacts, says so and keeps Create review note off, with the reason, rather than write an empty note', async () => {
		const { app, mock } = await boot({ 'Notes/Idea.md': 'just a note\n' });
		const view = await openReview(app, mock);
		const el = view.contentEl;
		const create = el.find('.rapport-review-create') as HTMLButtonElement;
		expect(create.disabled).toBe(true);
		expect(create.getAttr('aria-label')).toBe('No contacts to review yet');
		expect(el.find('.rapport-review-empty').getText()).toContain('Create review note is off until there is someone to review.');
		create.click();
		await vi.advanceTimersByTimeAsync(0);
		expect(app.vault.getFiles().map((f) => f.path)).toEqual(['Notes/Idea.md']);
	});

	it('shows targets and gaps from the settings, with who might introduce you', async () => {
		const files = {
			...FILES,
			'People/Mia Chen.md': ['---', 'type: contact', 'tie: weak', 'previous_companies: [Stripe]', '---', ''].join('\n'),
		};
		const { app, mock } = await boot(files, { targetCompanies: ['acme', 'Stripe'] });
		const el = (await openReview(app, mock)).contentEl;
		const [acme, stripe] = el.findAll('.rapport-review-target');
		// Strongest tie first, matched case aside.
		expect(texts(acme as HTMLElement, 'li')).toEqual([
			`Sam Rivera · strong · ${humanDay(today - 3, today)}`,
			`Ana Ruiz · medium · ${humanDay(today - 40, today)}`,
		]);
		expect(stripe?.find('.rapport-review-gap').getText()).toBe('Gap: no one');
		expect(texts(stripe as HTMLElement, 'li')).toEqual(['Mia Chen · used to work at Stripe']);
	});

	it('draws the calendar as SVG cells reached from the keyboard, each saying its week, and lists a week that opens its notes', async () => {
		const { app, mock } = await boot();
		const opened = watchOpened();
		const el = (await openReview(app, mock)).contentEl;
		const cells = el.findAll('.is-calendar rect.rapport-calendar-cell[role="gridcell"]');
		expect(cells).toHaveLength(52);
		// Only one cell is in the tab order: this week's, the last.
		expect(cells.filter((c) => c.getAttribute('tabindex') === '0')).toEqual([cells[51]]);
		const thisWeek = cells[51] as HTMLElement;
		const coffeeWeek = weekStart(today - 3) === weekStart(today) ? thisWeek : (cells[50] as HTMLElement);
		expect(coffeeWeek.getAttribute('aria-label')).toBe(`Week of ${humanDay(weekStart(today - 3), today)}: 1 interaction`);
		// The arrow keys move the focus, and the tab stop with it.
		thisWeek.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft' }));
		expect(cells[50]?.getAttribute('tabindex')).toBe('0');
		expect(thisWeek.getAttribute('tabindex')).toBe('-1');
		coffeeWeek.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
		expect(el.find('.rapport-calendar-week-title').getText()).toBe(coffeeWeek.getAttribute('aria-label'));
		const entry = el.find('.rapport-calendar-entries button');
		// The summary as the line reads without its marks.
		expect(entry.getText()).toBe(`${humanDay(today - 3, today)} · Sam Rivera · coffee: Talked about the reorg`);
		entry.click();
		expect(opened).toEqual(['People/Sam Rivera.md:8']);
		expect(el.find('.rapport-calendar-legend').getText()).toBe('LessMore');
	});

	it('says a long silence in years, as drift says its silences', async () => {
		const files = {
			'People/Maya Larsen.md': [
				'---',
				'type: contact',
				'tie: strong',
				'---',
				'## Interactions',
				'- 1979-03-01 call: The last word',
				'',
			].join('\n'),
		};
		const { app, mock } = await boot(files);
		const el = (await openReview(app, mock)).contentEl;
		const silence = (today - (dayFromParts(1979, 3, 1) ?? today)) / 365.25;
		expect(texts(el, '.is-health .rapport-review-list .rapport-review-meta')).toEqual([` · ${Math.round(silence)}y, since 1 Mar 1979`]);
		expect(texts(el, '.is-health .rapport-review-pairs span')).toEqual([
			'strong',
			`${Math.round(silence)}y`,
			'medium',
			'—',
			'weak',
			'—',
			'unset',
			'—',
		]);
	});

	it("shows a long list's first eight, and Show all brings the rest with the keyboard on the first of them", async () => {
		const files = Object.fromEntries(
			Array.from({ length: 10 }, (_, i) => [`People/Person ${i + 1}.md`, '---\ntype: contact\ntie: weak\n---\n']),
		);
		const { app, mock } = await boot(files);
		const el = (await openReview(app, mock)).contentEl;
		const more = el.querySelector<HTMLButtonElement>('.rapport-review-more');
		expect(more?.textContent).toBe('Show all 10');
		const list = more?.parentElement?.querySelector('ul, ol');
		expect(list?.children).toHaveLength(8);
		more?.click();
		expect(list?.children).toHaveLength(10);
		expect(document.activeElement).toBe(list?.children[8]);
	});

	it('tells two contacts with one name apart in its lists of people, by company or else by note', async () => {
		const files = {
			'People/Alex Kim.md': ['---', 'type: contact', 'company: Acme', 'tie: strong', '---', ''].join('\n'),
			'Clients/Alex Kim.md': ['---', 'type: contact', 'company: Acme', 'tie: strong', '---', ''].join('\n'),
			'People/Jo Park.md': ['---', 'type: contact', 'company: Globex', 'tie: strong', '---', ''].join('\n'),
		};
		const { app, mock } = await boot(files, { targetCompanies: ['Acme'] });
		const opened = watchOpened();
		const el = (await openReview(app, mock)).contentEl;
		const links = (part: string): string[] => texts(el, `.${part} button.rapport-review-link`);
		// Never in touch: both Alex Kims, each with the note that tells them apart (one company for both).
		expect(links('is-health')).toEqual(
			expect.arrayContaining(['Alex Kim (Clients/Alex Kim.md)', 'Alex Kim (People/Alex Kim.md)', 'Jo Park']),
		);
		expect(links('is-health').filter((name) => name === 'Alex Kim')).toEqual([]);
		expect(links('is-targets').sort()).toEqual(['Alex Kim (Clients/Alex Kim.md)', 'Alex Kim (People/Alex Kim.md)']);
		el.findAll('.is-targets button.rapport-review-link')
			.find((b) => b.getText() === 'Alex Kim (Clients/Alex Kim.md)')
			?.click();
		expect(opened).toEqual(['Clients/Alex Kim.md']);
	});

	it("saves the self-rating in today's review note, shows it as the history, and keeps what else the note holds", async () => {
		const { app, mock, plugin } = await boot();
		const notices = watchNotices();
		const view = await openReview(app, mock);
		const toggles = view.contentEl.findAll('.rapport-review-rating .checkbox-container');
		expect(toggles).toHaveLength(5);
		const figure = () => view.contentEl.find('.rapport-review-rating .rapport-review-figure').getText();
		// Untouched switches are no answer: no score, and no verdict, before the first one.
		expect(figure()).toBe('Not rated yet');
		(toggles[0] as HTMLElement).click();
		expect(figure()).toBe('Score 1 of 5: makeover');
		(toggles[2] as HTMLElement).click();
		(toggles[3] as HTMLElement).click();
		expect(view.contentEl.find('.rapport-review-rating .rapport-review-figure').getText()).toBe('Score 3 of 5: enhance');
		const save = view.contentEl.findAll('.rapport-review-rating button').find((b) => b.getText() === 'Save rating');
		save?.focus();
		save?.click();
		await settle(plugin);
		// The review was drawn again with the rating in it, and the keyboard is still on Save rating.
		expect(document.activeElement?.textContent).toBe('Save rating');
		expect(document.activeElement).not.toBe(save);
		const path = `Reviews/Network review ${d(0)}.md`;
		const note = await app.vault.read(fileAt(app, path));
		expect(note).toMatch(
			new RegExp(`^---\ntype: review\ndate: ${d(0)}\nself_rating: 3\nself_rating_yes: \\[trust, vibrant, future\\]\n---\n`),
		);
		expect(notices.map((n) => n.text).join('\n')).toContain('Saved your self-rating, 3 of 5 (enhance), in a new review note');
		expect(texts(view.contentEl, '.is-rating .rapport-review-list li')[0]).toMatch(/: 3 of 5 · enhance/);

		// Saved again after an edit by hand: only the rating's properties change.
		await app.vault.modify(fileAt(app, path), note.replace('## Composition', 'My own words.\n\n## Composition'));
		await settle(plugin);
		(view.contentEl.findAll('.rapport-review-rating .checkbox-container')[1] as HTMLElement).click();
		view.contentEl
			.findAll('.rapport-review-rating button')
			.find((b) => b.getText() === 'Save rating')
			?.click();
		await settle(plugin);
		const again = await app.vault.read(fileAt(app, path));
		expect(again).toContain('self_rating: 4\nself_rating_yes: [trust, challenge, vibrant, future]\n');
		expect(again).toContain('My own words.');
		expect(app.vault.getMarkdownFiles().filter((f) => f.path.startsWith('Reviews/'))).toHaveLength(1);
	});
});

describe('Create review note', () => {
	it('writes the dated review to the review folder, a second one beside it, and Undo takes it back', async () => {
		const { app, mock, plugin } = await boot();
		const notices = watchNotices();
		const opened = watchOpened();
		const command = mock.commands__.get('create-review-note');
		expect(command?.name).toBe('Create review note');
		await command?.callback?.();
		await settle(plugin);
		const path = `Reviews/Network review ${d(0)}.md`;
		const text = await app.vault.read(fileAt(app, path));
		expect(text).toContain(`# Network review ${d(0)}`);
		expect(text).toContain('- [[Sam Rivera]]: asked 2, gave 0');
		expect(opened).toEqual([path]);
		await command?.callback?.();
		await settle(plugin);
		expect(app.vault.getFileByPath(`Reviews/Network review ${d(0)} 2.md`)).not.toBeNull();
		const undo = notices.find((n) => n.text.includes(' 2.md'))?.fragment?.querySelector('button');
		undo?.click();
		await settle(plugin);
		expect(app.vault.getFileByPath(`Reviews/Network review ${d(0)} 2.md`)).toBeNull();
		expect(app.vault.getFileByPath(path)).not.toBeNull();
	});
});

describe('Save rating on a day with two review notes', () => {
	it('saves into the newest, as the CLI does', async () => {
		const { app, mock, plugin } = await boot();
		const command = mock.commands__.get('create-review-note');
		await command?.callback?.();
		await settle(plugin);
		await command?.callback?.();
		await settle(plugin);
		const first = await app.vault.read(fileAt(app, `Reviews/Network review ${d(0)}.md`));
		const view = await openReview(app, mock);
		(view.contentEl.findAll('.rapport-review-rating .checkbox-container')[0] as HTMLElement).click();
		view.contentEl
			.findAll('.rapport-review-rating button')
			.find((b) => b.getText() === 'Save rating')
			?.click();
		await settle(plugin);
		expect(await app.vault.read(fileAt(app, `Reviews/Network review ${d(0)} 2.md`))).toContain('self_rating: 1\n');
		expect(await app.vault.read(fileAt(app, `Reviews/Network review ${d(0)}.md`))).toBe(first);
	});
});

describe('Create contacts base', () => {
	it('writes People.base with the four views over the contact properties, never over a file there', async () => {
		const { app, mock, plugin } = await boot({ ...FILES, 'People.base': 'views: []\n' }, { keys: { company: 'employer' } });
		const command = mock.commands__.get('create-contacts-base');
		expect(command?.name).toBe('Create contacts base');
		await command?.callback?.();
		await settle(plugin);
		expect(await app.vault.read(fileAt(app, 'People.base'))).toBe('views: []\n');
		const base = parseYamlText(await app.vault.read(fileAt(app, 'People 2.base'))) as {
			filters: { and: unknown[] };
			views: { name: string; order: string[]; groupBy?: { property: string } }[];
		};
		expect(base.views.map((v) => v.name)).toEqual(['All contacts', 'Overdue', 'By company', 'By tie']);
		expect(base.views[0]?.order).toEqual([
			'file.name',
			'note.employer',
			'note.role',
			'note.tie',
			'note.cadence',
			'note.last_contact',
			'note.next_follow_up',
			'note.status',
		]);
		expect(base.views[2]?.groupBy?.property).toBe('note.employer');
		expect(base.views[3]?.groupBy?.property).toBe('note.tie');
		expect(JSON.stringify(base.filters)).toContain('file.inFolder(\\"People\\")');
		expect(JSON.stringify(base.filters)).toContain('file.hasTag(\\"contact\\")');
	});
});

/** A code block as Obsidian's reading view makes it: a container, and a context its children are added to. */
function renderBlock(mock: MockPlugin, source: string): { el: HTMLElement; child: MarkdownRenderChild } {
	const el = document.body.createDiv();
	let child: MarkdownRenderChild | undefined;
	const ctx = {
		addChild: (c: MarkdownRenderChild) => {
			child = c;
			// Obsidian loads a render child as the preview shows it; the fake's context does nothing, so this does.
			c.load();
		},
	} as unknown as MarkdownPostProcessorContext;
	void mock.markdownCodeBlockProcessors__.get('rapport')?.(source, el, ctx);
	if (!child) throw new Error('no render child');
	return { el, child };
}

describe('the rapport code block', () => {
	it('shows a part of the review, and the queue, and follows the index until the block is unloaded', async () => {
		const { app, mock, plugin } = await boot();
		const goals = renderBlock(mock, 'review: goals\n');
		expect(texts(goals.el, '.rapport-review-goal-name')).toEqual([
			'Coffee chats with new contacts',
			'Events',
			'Reach out to weak ties',
			'Give before you ask',
		]);
		const queue = renderBlock(mock, 'queue: reconnect');
		// Jo was never in touch: due now. Ana is 40 days out on a 90-day cadence.
		expect(texts(queue.el, '.rapport-review-link')).toEqual(['Jo Park']);
		await app.vault.modify(fileAt(app, 'People/Ana Ruiz.md'), FILES['People/Ana Ruiz.md']?.replace(d(-40), d(-100)) ?? '');
		await settle(plugin);
		expect(texts(queue.el, '.rapport-review-link')).toEqual(['Ana Ruiz', 'Jo Park']);
		queue.child.unload();
		await app.vault.modify(fileAt(app, 'People/Jo Park.md'), `${FILES['People/Jo Park.md'] ?? ''}\n## Interactions\n- ${d(0)} call\n`);
		await settle(plugin);
		// Unloaded: it listens no more, so it still shows what it showed.
		expect(texts(queue.el, '.rapport-review-link')).toEqual(['Ana Ruiz', 'Jo Park']);
		expect(texts(goals.el, '.rapport-review-goal-name')).toHaveLength(4);
	});

	it('shows the people with a tag, and explains a mistake, listing what it accepts', async () => {
		const { mock } = await boot();
		expect(texts(renderBlock(mock, 'queue: #devtools').el, '.rapport-review-link')).toEqual(['Jo Park']);
		const bad = renderBlock(mock, 'review: everything').el;
		expect(bad.find('.rapport-block-error div').getText()).toBe(
			"Rapport: The review has no part 'everything'. A rapport block holds one of:",
		);
		expect(texts(bad, 'code')).toContain('review: goals');
		expect(texts(bad, 'code')).toContain('queue: #tag');
	});
});

describe('Who do I know at…', () => {
	it('offers the companies, tags and places in the vault, then lists the people there strongest first, each opening its note', async () => {
		showModalsOnPage();
		const { mock } = await boot();
		const opened = watchOpened();
		const command = mock.commands__.get('who-do-i-know');
		expect(command?.name).toBe('Who do I know at…');
		const open = vi.spyOn(SuggestModal.prototype, 'open');
		await command?.callback?.();
		const suggest = open.mock.contexts[0] as WhoSuggestModal;
		expect(suggest.getSuggestions('').map((p) => `${p.kind} ${p.name} ${p.count}`)).toEqual([
			'company Acme 2',
			'tag devtools 1',
			'company Globex 1',
			'location Lisbon 1',
			'location Portugal 1',
		]);
		expect(suggest.getSuggestions('#dev').map((p) => p.name)).toEqual(['devtools']);
		// Nothing holds a typo: the names close to it are offered, as a name look-up's "did you mean".
		expect(suggest.getSuggestions('Glbex').map((p) => `${p.kind} ${p.name}`)).toEqual(['company Globex']);
		expect(suggest.getSuggestions('#devtoolz').map((p) => `${p.kind} ${p.name}`)).toEqual(['tag devtools']);
		expect(suggest.getSuggestions('Initech')).toEqual([]);
		suggest.onChooseSuggestion({ kind: 'company', name: 'Acme', count: 2 });
		const modal = document.body.find('.rapport-who-modal');
		expect(texts(modal, '.rapport-who-person')).toEqual([
			`Sam Rivera${['strong tie', 'Staff engineer', `last ${humanDay(today - 3, today)}`].join(' · ')}`,
			`Ana Ruiz${['medium tie', 'Designer', `last ${humanDay(today - 40, today)}`].join(' · ')}`,
		]);
		// The keyboard starts on the first person.
		expect(document.activeElement).toBe(modal.find('.rapport-who-name'));
		modal.find('.rapport-who-name').click();
		await vi.advanceTimersByTimeAsync(0);
		expect(opened).toEqual(['People/Sam Rivera.md']);
		expect(WhoModal).toBeDefined();
	});

	it('tells two people with one name there apart, by the note when they share the company', async () => {
		showModalsOnPage();
		const files = {
			...FILES,
			'Clients/Sam Rivera.md': ['---', 'type: contact', 'company: ACME', 'tie: weak', '---', ''].join('\n'),
		};
		const { mock } = await boot(files);
		const open = vi.spyOn(SuggestModal.prototype, 'open');
		await mock.commands__.get('who-do-i-know')?.callback?.();
		(open.mock.contexts[0] as WhoSuggestModal).onChooseSuggestion({ kind: 'company', name: 'Acme', count: 3 });
		expect(texts(document.body.find('.rapport-who-modal'), '.rapport-who-name')).toEqual([
			'Sam Rivera (People/Sam Rivera.md)',
			'Ana Ruiz',
			'Sam Rivera (Clients/Sam Rivera.md)',
		]);
	});
});
