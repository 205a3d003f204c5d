// Log interaction and New contact as a user meets them in the plugin: picking people by
// fuzzy name or alias (or someone new), several at once, the same bytes as the CLI writes,
// new contacts that never overwrite, and the contact commands on the note in the editor.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App, Notice, Plugin, Scope, WorkspaceLeaf } from 'obsidian-test-mocks/obsidian';
import manifest from '../../manifest.json';
import RapportPlugin from '../../src/main';
import { localToday, formatDay, humanDay } from '../../src/domain/day';
import type { QueueItem } from '../../src/domain/queue';
import { suggestPeople, type PersonChoice } from '../../src/ui/logModal';
import { vault } from '../builders';
import { cli, writeVault } from '../cli/tempVault';
import { showModalsOnPage, wireComponentsToDom } from './wireComponents';

wireComponentsToDom();

type MockPlugin = Plugin & {
	commands__: Map<string, { callback?: () => unknown; checkCallback?: (checking: boolean) => boolean | undefined }>;
};

const SAM_TEXT =
	'---\r\ntype: contact\r\naliases: [Sammy]  # from work\r\ntie: strong\r\n' +
	'---\r\nNotes.\r\n\r\n## Interactions\r\n- 2026-10-02 coffee: reorg\r\n';

async function boot(files: Record<string, string>): Promise<{ app: App; plugin: RapportPlugin; mock: MockPlugin }> {
	const app = App.createConfigured__({ files });
	const plugin = new RapportPlugin(app.asOriginalType__(), manifest);
	plugin.load();
	await vi.advanceTimersByTimeAsync(0);
	app.workspace.setLayoutReady__();
	await vi.advanceTimersByTimeAsync(1000);
	await plugin.live.built;
	await vi.advanceTimersByTimeAsync(1000);
	return { app, plugin, mock: plugin as unknown as MockPlugin };
}

/** The paths of the notes opened in a tab from now on, in order. */
function watchOpened(): string[] {
	const opened: string[] = [];
	vi.spyOn(WorkspaceLeaf.prototype, 'openFile').mockImplementation(async (file) => void opened.push(file.path));
	return opened;
}

const said = (notice: string | DocumentFragment | undefined): string => (typeof notice === 'string' ? notice : (notice?.textContent ?? ''));

/** Whatever is in the meetings folder. */
function meetingFiles(app: App): string[] {
	return app.vault
		.getAllLoadedFiles()
		.map((f) => f.path)
		.filter((p) => p.startsWith('Meetings'));
}

async function read(app: App, path: string): Promise<string> {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no ${path}`);
	return app.vault.read(file);
}

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
	vi.spyOn(Notice.prototype, 'constructor__').mockImplementation(() => undefined);
	showModalsOnPage();
});

afterEach(() => {
	vi.useRealTimers();
	vi.restoreAllMocks();
	document.body.empty();
});

describe('picking people', () => {
	const people: PersonChoice[] = [
		{ name: 'Sam Rivera', path: 'People/Sam Rivera.md', aliases: ['Sammy'] },
		{ name: 'Jo Park', path: 'People/Jo Park.md', aliases: [] },
		{ name: 'Samira Khan', path: 'People/Samira Khan.md', aliases: [] },
	];

	it('finds contacts by a fuzzy name or an alias, leaving out those already picked', async () => {
		expect(suggestPeople(people, 'smrv', []).map((p) => p.name)).toContain('Sam Rivera');
		expect(suggestPeople(people, 'sammy', []).map((p) => p.name)).toEqual(['Sam Rivera']);
		expect(suggestPeople(people, 'sam', [people[0] as PersonChoice]).map((p) => p.name)).toEqual(['Samira Khan', 'sam']);
	});

	it('offers a new contact for a name that matches nobody, and not for an exact name or alias', async () => {
		expect(suggestPeople(people, 'Ana Ruiz', [])).toEqual([{ name: 'Ana Ruiz' }]);
		expect(suggestPeople(people, 'jo park', []).some((p) => p.path === undefined)).toBe(false);
		expect(suggestPeople(people, 'Sammy', []).some((p) => p.path === undefined)).toBe(false);
	});

	it('finds a contact with accents and apostrophes aside, and offers no second note for them', async () => {
		const more: PersonChoice[] = [...people, { name: 'José Álvarez', path: 'People/José Álvarez.md', aliases: [] }];
		expect(suggestPeople(more, 'jose alv', []).map((p) => p.name)).toContain('José Álvarez');
		expect(suggestPeople(more, 'Jose Alvarez', [])).toEqual([more[3]]);
	});
});

describe('Log interaction in the plugin', () => {
	it('writes the same bytes as the CLI does for the same log', async () => {
		const { app, plugin } = await boot({ 'People/Sam Rivera.md': SAM_TEXT });
		const today = localToday();
		await plugin.host.log({
			people: [{ name: 'Sam Rivera', path: 'People/Sam Rivera.md' }],
			entry: {
				date: today,
				kind: 'call',
				summary: 'Offer',
				asked: true,
				awaiting: true,
				followUp: { text: 'Send the deck', due: today + 7 },
			},
		});
		const fromPlugin = await read(app, 'People/Sam Rivera.md');

		const root = writeVault(vault().note('People/Sam Rivera', SAM_TEXT));
		const result = await cli(
			'log',
			'--vault',
			root,
			'--contact',
			'Sam Rivera',
			'--kind',
			'call',
			'--summary',
			'Offer',
			'--asked',
			'--awaiting',
			'--follow-up',
			'Send the deck',
			'--due',
			formatDay(today + 7),
			'--today',
			formatDay(today),
		);
		expect(result.code).toBe(0);
		expect(readFileSync(join(root, 'People/Sam Rivera.md'), 'utf8')).toBe(fromPlugin);
		expect(fromPlugin).toContain('\r\n## Interactions\r\n- ');
	});

	it('logs one entry on each of several people, creating the one who is new, from the modal', async () => {
		const { app, plugin } = await boot({ 'People/Sam Rivera.md': SAM_TEXT, 'People/Jo Park.md': '---\ntie: weak\n---\n' });
		plugin.dialogs.openLog(['People/Sam Rivera.md', 'People/Jo Park.md']);
		const modal = document.body.find('.rapport-log-modal');
		expect(modal.findAll('.rapport-log-chip').map((c) => c.getText())).toEqual(['Sam Rivera', 'Jo Park']);
		// Each field is named for a screen reader, by its row where it has no name of its own.
		expect(modal.find('select').getAttribute('aria-label')).toBe('Kind');
		expect(
			modal.findAll('input, select, textarea').filter((f) => f.getAttribute('type') !== 'file' && !f.getAttribute('aria-label')),
		).toEqual([]);
		// Someone new, typed and picked from the suggestions.
		const suggestions = suggestPeople(plugin.host.people(), 'Ana Ruiz', []);
		expect(suggestions).toEqual([{ name: 'Ana Ruiz' }]);
		const notices = vi.spyOn(Notice.prototype, 'constructor__');
		await plugin.host.log({
			people: [{ name: 'Sam Rivera', path: 'People/Sam Rivera.md' }, { name: 'Jo Park', path: 'People/Jo Park.md' }, { name: 'Ana Ruiz' }],
			entry: { date: localToday(), kind: 'event', summary: 'Summit dinner' },
		});
		// One action, one Notice with one Undo: the new contact is named in the log's.
		expect(notices.mock.calls.map((c) => said(c[0]))).toEqual([
			'Logged event for 3 contacts: Sam Rivera, Jo Park, Ana Ruiz; new contact: Ana RuizUndo',
		]);
		const line = `- ${formatDay(localToday())} event: Summit dinner`;
		for (const path of ['People/Sam Rivera.md', 'People/Jo Park.md', 'People/Ana Ruiz.md']) expect(await read(app, path)).toContain(line);
		expect(await read(app, 'People/Ana Ruiz.md')).toMatch(/^---\ntype: contact\nlast_contact: \d{4}-\d{2}-\d{2}\n---\n## Remember\n/);
		// One undo takes it all back, the new contact included.
		expect(await plugin.host.writer.undo()).toBe(true);
		expect(await read(app, 'People/Sam Rivera.md')).toBe(SAM_TEXT);
		expect(await read(app, 'People/Jo Park.md')).toBe('---\ntie: weak\n---\n');
		expect(app.vault.getFileByPath('People/Ana Ruiz.md')).toBeNull();
	});

	it('names a new person of the log and of New contact without their title, as an import does', async () => {
		const { app, plugin } = await boot({ 'People/Sam Rivera.md': SAM_TEXT });
		await plugin.host.log({ people: [{ name: "Dr. Mary O'Brien" }], entry: { date: localToday(), kind: 'call' } });
		expect(await read(app, "People/Mary O'Brien.md")).toContain('aliases: ["Dr. Mary O\'Brien"]');
		expect(app.vault.getFileByPath("People/Dr. Mary O'Brien.md")).toBeNull();
		expect(await plugin.host.newContact({ name: 'Ms. Jo Park, PMP' })).toBe('People/Jo Park.md');
	});

	it('makes no new contact when a note already there cannot take the log', async () => {
		const { app, plugin } = await boot({ 'People/Sam Rivera.md': SAM_TEXT, 'People/Jo Park.md': 'placeholder' });
		const broken = '---\ntie: [weak\n---\n';
		(app.vault.adapter as unknown as { writeSync__(path: string, data: string): void }).writeSync__('People/Jo Park.md', broken);
		const notices = vi.spyOn(Notice.prototype, 'constructor__');
		await plugin.host.log({
			people: [{ name: 'Jo Park', path: 'People/Jo Park.md' }, { name: 'Ana Ruiz' }],
			entry: { date: localToday(), kind: 'event' },
		});
		expect(app.vault.getFileByPath('People/Ana Ruiz.md')).toBeNull();
		expect(await read(app, 'People/Jo Park.md')).toBe(broken);
		expect(said(notices.mock.calls.at(-1)?.[0])).toBe(
			"People/Jo Park.md: its properties don't parse (line 2: flow sequence in block " +
				'collection must be sufficiently indented and end with a ]); nothing was written.',
		);
	});

	it('writes nothing to a note whose properties are never closed, and says how to close them', async () => {
		const unclosed = '---\ntie: strong\ncompany: NoClose\n\nMet at the fair.\n';
		const { app, plugin } = await boot({ 'People/Sam Rivera.md': SAM_TEXT, 'People/No Close.md': unclosed });
		const notices = vi.spyOn(Notice.prototype, 'constructor__');
		await plugin.host.log({ people: [{ name: 'No Close', path: 'People/No Close.md' }], entry: { date: localToday(), kind: 'call' } });
		expect(await read(app, 'People/No Close.md')).toBe(unclosed);
		expect(said(notices.mock.calls.at(-1)?.[0])).toBe(
			'People/No Close.md: its properties are never closed: add a line `---` after them; nothing was written.',
		);
	});

	it('makes no new contact when the log would be refused on the note its template makes', async () => {
		// The template's last_contact is an anchor another property uses: logging would break it.
		const template = '---\ntype: contact\nlast_contact: &first ""\nfirst_contact: *first\n---\n';
		const { app, plugin } = await boot({ 'People/Sam Rivera.md': SAM_TEXT, 'Templates/Person.md': template });
		await plugin.saveSettings({ ...plugin.settings, newContactTemplate: 'Templates/Person' });
		await vi.advanceTimersByTimeAsync(2000);
		await plugin.live.built;
		const notices = vi.spyOn(Notice.prototype, 'constructor__');
		await plugin.host.log({
			people: [{ name: 'Sam Rivera', path: 'People/Sam Rivera.md' }, { name: 'Ana Ruiz' }],
			entry: { date: localToday(), kind: 'event' },
		});
		expect(app.vault.getFileByPath('People/Ana Ruiz.md')).toBeNull();
		expect(await read(app, 'People/Sam Rivera.md')).toBe(SAM_TEXT);
		expect(said(notices.mock.calls.at(-1)?.[0])).toMatch(
			/^People\/Ana Ruiz\.md: the edit would leave the properties unreadable .*; nothing was written\.$/,
		);
		expect(await plugin.host.writer.undo()).toBe(false);
	});

	it('says what is missing instead of logging: nobody picked, a date ahead', async () => {
		const { plugin } = await boot({ 'People/Sam Rivera.md': SAM_TEXT });
		plugin.dialogs.openLog([]);
		const modal = document.body.find('.rapport-log-modal');
		const logButton = modal.findAll('button').find((b) => b.getText() === 'Log');
		logButton?.click();
		expect(modal.find('.rapport-log-error').getText()).toBe('Add at least one person.');
		expect(document.body.querySelector('.rapport-log-modal')).not.toBeNull();
		plugin.dialogs.openLog(['People/Sam Rivera.md']);
		const second = document.body.findAll('.rapport-log-modal')[1];
		if (!second) throw new Error('no second modal');
		const date = second.querySelector<HTMLInputElement>('input[type="date"]');
		if (!date) throw new Error('no date field');
		date.value = formatDay(localToday() + 1);
		date.dispatchEvent(new Event('input'));
		second
			.findAll('button')
			.find((b) => b.getText() === 'Log')
			?.click();
		expect(second.find('.rapport-log-error').getText()).toBe('That date is in the future: log it once it has happened.');
	});
});

/** Every key Modal scopes register from now on, to press them as Obsidian's keymap would. */
function captureScopeKeys(): { press(modifiers: string[], key: string): void } {
	const handlers: { modifiers: string; key: string | null; run: (evt: KeyboardEvent) => void }[] = [];
	vi.spyOn(Scope.prototype, 'register').mockImplementation(function (this: Scope, modifiers, key, run) {
		const handler = { modifiers: (modifiers ?? []).join(','), key, scope: this.asOriginalType__() };
		handlers.push({ ...handler, run: (evt) => void run(evt, { modifiers: handler.modifiers, key, vkey: key ?? '' }) });
		return handler;
	});
	return {
		press(modifiers, key): void {
			const handler = [...handlers].reverse().find((h) => h.modifiers === modifiers.join(',') && h.key === key);
			if (!handler) throw new Error(`nothing is bound to ${[...modifiers, key].join('+')}`);
			handler.run(new KeyboardEvent('keydown', { key, ctrlKey: true }));
		},
	};
}

/** The fields of the open Log interaction modal, found as a user finds them: by what they offer. */
function logForm(): {
	modal: HTMLElement;
	select(offering: string): HTMLSelectElement;
	type(el: HTMLInputElement | HTMLSelectElement, value: string): void;
	inputs: HTMLInputElement[];
	button(text: string): HTMLButtonElement;
} {
	const modal = document.body.find('.rapport-log-modal');
	return {
		modal,
		select: (offering) => {
			const found = modal.findAll('select').find((el) => el.querySelector(`option[value="${offering}"]`));
			if (!found) throw new Error(`no field offering ${offering}`);
			return found as HTMLSelectElement;
		},
		type: (el, value) => {
			el.value = value;
			el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input'));
		},
		inputs: modal.findAll('input') as HTMLInputElement[],
		button: (text) => {
			const found = modal.findAll('button').find((b) => b.getText() === text);
			if (!found) throw new Error(`no ${text} button`);
			return found as HTMLButtonElement;
		},
	};
}

describe('the Log interaction form', () => {
	it('offers all ten kinds and the give-or-ask marks, and writes what was picked, with the follow-up, on Mod+Enter', async () => {
		const keys = captureScopeKeys();
		const { app, plugin } = await boot({ 'People/Sam Rivera.md': SAM_TEXT });
		plugin.dialogs.openLog(['People/Sam Rivera.md']);
		const form = logForm();
		const kind = form.select('coffee');
		expect([...kind.options].map((o) => o.value)).toEqual([
			'coffee',
			'call',
			'video',
			'email',
			'message',
			'meeting',
			'event',
			'intro',
			'referral',
			'other',
		]);
		expect([...kind.options].map((o) => o.textContent)).toContain('Referral');
		const mark = form.select('gave');
		expect([...mark.options].map((o) => o.value)).toEqual(['none', 'gave', 'asked', 'nudge']);

		const yesterday = formatDay(localToday() - 1);
		const due = formatDay(localToday() + 10);
		form.type(kind, 'video');
		const [date, followUpDue] = form.inputs.filter((i) => i.type === 'date');
		if (!date || !followUpDue) throw new Error('no date fields');
		form.type(date, yesterday);
		form.type(form.modal.find('.rapport-log-summary') as HTMLInputElement, 'Portfolio review');
		form.type(mark, 'asked');
		form.modal.find('.checkbox-container').click();
		form.type(form.modal.find('input[placeholder="Send the deck"]') as HTMLInputElement, 'Send the case study');
		form.type(followUpDue, due);
		keys.press(['Mod'], 'Enter');
		await vi.advanceTimersByTimeAsync(100);

		const written = await read(app, 'People/Sam Rivera.md');
		expect(written).toContain(
			`\r\n## Interactions\r\n- ${yesterday} video: Portfolio review #asked #awaiting\r\n- 2026-10-02 coffee: reorg\r\n`,
		);
		expect(written).toContain(`\r\n## Follow-ups\r\n- [ ] Send the case study 📅 ${due}\r\n`);
		expect(document.body.querySelector('.rapport-log-modal')).toBeNull();
	});

	describe('opened from a follow-up row', () => {
		const path = 'People/Sam Rivera.md';
		const due = formatDay(localToday() - 1);
		const withFollowUp = `${SAM_TEXT}\r\n## Follow-ups\r\n- [ ] Email the deck 📅 ${due}\r\n`;

		async function openFromRow(plugin: RapportPlugin): Promise<void> {
			const row = plugin.host
				.queue()
				.sections.flatMap((s) => s.items)
				.find((i) => i.kind === 'follow-up');
			if (!row) throw new Error('no follow-up row');
			plugin.dialogs.openLog([path], { followUp: row });
			expect(logForm().modal.getText()).toContain("Mark 'Email the deck' done");
		}

		it('logs and ticks the follow-up in one Notice with one Undo', async () => {
			const { app, plugin } = await boot({ [path]: withFollowUp });
			await openFromRow(plugin);
			const notices = vi.spyOn(Notice.prototype, 'constructor__');
			logForm().button('Log').click();
			await vi.advanceTimersByTimeAsync(100);
			const today = localToday();
			expect(notices.mock.calls.map((c) => said(c[0]))).toEqual([
				`Sam Rivera: logged message on ${humanDay(today, today)}; Sam Rivera: done: Email the deckUndo`,
			]);
			expect(await read(app, path)).toContain(`- [x] Email the deck 📅 ${due} ✅ ${formatDay(today)}`);
			expect(await plugin.host.writer.undo()).toBe(true);
			expect(await read(app, path)).toBe(withFollowUp);
		});

		it('lands both, in one Notice, when the note holds the follow-up twice (the log moves both down a line)', async () => {
			const twice = `${withFollowUp}- [ ] Email the deck 📅 ${due}\r\n`;
			const { app, plugin } = await boot({ [path]: twice });
			const rows = plugin.host
				.queue()
				.sections.flatMap((s) => s.items)
				.filter((i) => i.kind === 'follow-up');
			plugin.dialogs.openLog([path], { followUp: rows[rows.length - 1] });
			const notices = vi.spyOn(Notice.prototype, 'constructor__');
			logForm().button('Log').click();
			await vi.advanceTimersByTimeAsync(100);
			expect(notices.mock.calls.map((c) => said(c[0]))).toEqual([
				`Sam Rivera: logged message on ${humanDay(localToday(), localToday())}; Sam Rivera: done: Email the deckUndo`,
			]);
			const written = await read(app, path);
			expect(written).toContain(`\r\n## Interactions\r\n- ${formatDay(localToday())} message\r\n`);
			// The second one, the row's, is ticked; the first stays open.
			expect(written).toContain(`- [ ] Email the deck 📅 ${due}\r\n- [x] Email the deck 📅 ${due} ✅ ${formatDay(localToday())}\r\n`);
		});

		it('writes nothing, and says so once, when the follow-up was ticked by hand meanwhile', async () => {
			const { app, plugin } = await boot({ [path]: withFollowUp });
			await openFromRow(plugin);
			const ticked = withFollowUp.replace('- [ ] Email the deck', '- [x] Email the deck');
			const file = app.vault.getFileByPath(path);
			if (!file) throw new Error('no Sam');
			await app.vault.modify(file, ticked);
			const notices = vi.spyOn(Notice.prototype, 'constructor__');
			logForm().button('Log').click();
			await vi.advanceTimersByTimeAsync(100);
			expect(notices.mock.calls.map((c) => said(c[0]))).toEqual([
				"People/Sam Rivera.md: the follow-up 'Email the deck' is no longer open in the " +
					'note (ticked, changed or removed since the queue was shown); nothing was written.',
			]);
			expect(await read(app, path)).toBe(ticked);
		});
	});

	it('writes #gave when something was given', async () => {
		const { app, plugin } = await boot({ 'People/Sam Rivera.md': SAM_TEXT });
		plugin.dialogs.openLog(['People/Sam Rivera.md']);
		const form = logForm();
		form.type(form.select('gave'), 'gave');
		form.button('Log').click();
		await vi.advanceTimersByTimeAsync(100);
		expect(await read(app, 'People/Sam Rivera.md')).toContain(`\r\n## Interactions\r\n- ${formatDay(localToday())} message: #gave\r\n`);
	});

	it('says what is wrong with a follow-up that has no due date, or a due date with no follow-up', async () => {
		const { app, plugin } = await boot({ 'People/Sam Rivera.md': SAM_TEXT });
		plugin.dialogs.openLog(['People/Sam Rivera.md']);
		const form = logForm();
		const followUp = form.modal.find('input[placeholder="Send the deck"]') as HTMLInputElement;
		const due = form.modal.find('input[aria-label="Follow-up due"]') as HTMLInputElement;
		form.type(followUp, 'Send the deck');
		form.type(due, '');
		form.button('Log').click();
		expect(form.modal.find('.rapport-log-error').getText()).toBe('Give the follow-up a due date.');
		form.type(followUp, '');
		form.type(due, formatDay(localToday() + 3));
		form.button('Log').click();
		expect(form.modal.find('.rapport-log-error').getText()).toBe('Say what the follow-up is, or clear its due date.');
		expect(await read(app, 'People/Sam Rivera.md')).toBe(SAM_TEXT);
		// The due date left as it came is no follow-up asked for.
		form.type(due, formatDay(localToday() + 7));
		form.button('Log').click();
		await vi.advanceTimersByTimeAsync(100);
		expect(await read(app, 'People/Sam Rivera.md')).not.toContain('## Follow-ups');
	});
});

describe('a nudge in Log interaction', () => {
	const ASKED = SAM_TEXT.replace('## Interactions\r\n', '## Interactions\r\n- 2026-10-20 email: a referral? #asked #awaiting\r\n');

	it('is offered as the give-or-ask mark, and never awaits a reply of its own', async () => {
		const { app, plugin } = await boot({ 'People/Sam Rivera.md': ASKED });
		plugin.dialogs.openLog(['People/Sam Rivera.md']);
		const modal = document.body.find('.rapport-log-modal');
		const mark = modal.findAll('select').find((el) => el.querySelector('option[value="nudge"]')) as HTMLSelectElement;
		expect(mark.value).toBe('none');
		mark.value = 'nudge';
		mark.dispatchEvent(new Event('change'));
		modal.find('.checkbox-container').click();
		modal
			.findAll('button')
			.find((b) => b.getText() === 'Log')
			?.click();
		expect(modal.find('.rapport-log-error').getText()).toBe(
			'A nudge follows up on an ask already awaiting a reply: turn off Awaiting reply.',
		);
		modal.find('.checkbox-container').click();
		modal
			.findAll('button')
			.find((b) => b.getText() === 'Log')
			?.click();
		await vi.advanceTimersByTimeAsync(100);
		expect(await read(app, 'People/Sam Rivera.md')).toContain(`\r\n## Interactions\r\n- ${formatDay(localToday())} message: #nudge\r\n`);
	});

	it('is refused in the form, naming the person, when no ask awaits their reply; what was typed stays', async () => {
		const { app, plugin } = await boot({ 'People/Sam Rivera.md': SAM_TEXT });
		plugin.dialogs.openLog(['People/Sam Rivera.md']);
		const form = logForm();
		form.type(form.select('nudge'), 'nudge');
		form.type(form.modal.find('.rapport-log-summary') as HTMLInputElement, 'any news?');
		form.button('Log').click();
		await vi.advanceTimersByTimeAsync(100);
		expect(form.modal.find('.rapport-log-error').getText()).toBe(
			'Sam Rivera has no ask awaiting a reply to nudge; log it without the nudge.',
		);
		expect(document.body.querySelector('.rapport-log-modal')).not.toBeNull();
		expect((form.modal.find('.rapport-log-summary') as HTMLInputElement).value).toBe('any news?');
		expect(await read(app, 'People/Sam Rivera.md')).toBe(SAM_TEXT);
		// The log action refuses the same way when asked directly (the CLI's path).
		const outcome = await plugin.host.writer.actions.log({
			people: [{ name: 'Sam Rivera', path: 'People/Sam Rivera.md' }],
			entry: { date: localToday(), kind: 'email', nudge: true },
		});
		expect(outcome.problems).toEqual(['Sam Rivera has no ask awaiting a reply to nudge; log it without the nudge']);
		expect(await read(app, 'People/Sam Rivera.md')).toBe(SAM_TEXT);
	});
});

describe('New contact', () => {
	it('creates the note from the template in settings and opens an existing one instead of overwriting it', async () => {
		const { app, plugin } = await boot({
			'People/Sam Rivera.md': SAM_TEXT,
			'Templates/Person.md': '---\ncompany: {{company}}\ncreated: {{date}}\n---\n# {{contact}}\n',
		});
		await plugin.saveSettings({ ...plugin.settings, newContactTemplate: 'Templates/Person' });
		await vi.advanceTimersByTimeAsync(2000);
		await plugin.live.built;
		const opened = vi.spyOn(app.workspace, 'getLeaf');
		expect(await plugin.host.newContact({ name: 'Ana: Ruiz', company: 'Paylark' })).toBe('People/Ana Ruiz.md');
		expect(await read(app, 'People/Ana Ruiz.md')).toBe(
			`---\ncompany: Paylark\ncreated: ${formatDay(localToday())}\ntype: contact\naliases: ["Ana: Ruiz"]\n---\n# Ana: Ruiz\n`,
		);
		expect(await plugin.host.newContact({ name: 'Sam Rivera' })).toBe('People/Sam Rivera.md');
		expect(await read(app, 'People/Sam Rivera.md')).toBe(SAM_TEXT);
		expect(opened).toHaveBeenCalledTimes(2);
	});
});

describe('New contact, in the plugin and the CLI', () => {
	const template =
		'---\ntype: contact\ncompany: {{company}}\nrole: "{{role}}"\ntie: medium\nadded: {{date}}\n---\n# {{title}}\n\n## Interactions\n';

	it('makes the same bytes from a template for a name a file cannot hold, and the note is a contact', async () => {
		const { app, plugin } = await boot({ 'Templates/Person.md': template });
		await plugin.saveSettings({ ...plugin.settings, newContactTemplate: 'Templates/Person' });
		await vi.advanceTimersByTimeAsync(2000);
		await plugin.live.built;
		const ana = { name: 'Ana: Ruiz', company: 'Analytical Engines: Ltd', tie: 'strong' as const };
		expect(await plugin.host.newContact(ana)).toBe('People/Ana Ruiz.md');
		const fromPlugin = await read(app, 'People/Ana Ruiz.md');
		expect(fromPlugin).toBe(
			`---\ntype: contact\ncompany: "Analytical Engines: Ltd"\nrole: ""\ntie: strong\n` +
				`added: ${formatDay(localToday())}\naliases: ["Ana: Ruiz"]\n---\n# Ana: Ruiz\n\n## Interactions\n`,
		);

		const root = writeVault(vault().note('Templates/Person', template));
		mkdirSync(join(root, '.obsidian/plugins/rapport'), { recursive: true });
		writeFileSync(join(root, '.obsidian/plugins/rapport/data.json'), JSON.stringify({ newContactTemplate: 'Templates/Person' }));
		const made = await cli(
			'new-contact',
			'--vault',
			root,
			'--name',
			ana.name,
			'--company',
			ana.company,
			'--tie',
			ana.tie,
			'--today',
			formatDay(localToday()),
		);
		expect(made).toEqual({ code: 0, out: 'People/Ana Ruiz.md', err: '' });
		expect(readFileSync(join(root, 'People/Ana Ruiz.md'), 'utf8')).toBe(fromPlugin);
		// Both can log on it straight away.
		expect((await cli('log', '--vault', root, '--contact', 'Ana Ruiz', '--kind', 'call', '--today', formatDay(localToday()))).code).toBe(0);
	});
});

describe('contact commands', () => {
	it('opens Log interaction with the contact in the editor picked, and with nobody on a note that is no contact', async () => {
		const { app, mock } = await boot({ 'People/Sam Rivera.md': SAM_TEXT, 'Ideas.md': 'not a person' });
		const command = mock.commands__.get('log-interaction');
		vi.spyOn(app.workspace, 'getActiveFile').mockReturnValue(app.vault.getFileByPath('People/Sam Rivera.md'));
		await command?.callback?.();
		expect(
			document.body
				.find('.rapport-log-modal')
				.findAll('.rapport-log-chip')
				.map((c) => c.getText()),
		).toEqual(['Sam Rivera']);
		document.body
			.find('.rapport-log-modal')
			.findAll('button')
			.find((b) => b.getText() === 'Cancel')
			?.click();
		vi.spyOn(app.workspace, 'getActiveFile').mockReturnValue(app.vault.getFileByPath('Ideas.md'));
		await command?.callback?.();
		const modal = document.body.find('.rapport-log-modal');
		expect(modal.findAll('.rapport-log-chip')).toEqual([]);
		expect(modal.find('.rapport-log-people').getText()).toBe('Nobody yet.');
	});

	it('snoozes the contact in the editor until the day picked, and offers nothing on a note that is no contact', async () => {
		const { app, mock } = await boot({ 'People/Sam Rivera.md': SAM_TEXT, 'Ideas.md': 'not a person' });
		const command = mock.commands__.get('snooze-contact');
		vi.spyOn(app.workspace, 'getActiveFile').mockReturnValue(app.vault.getFileByPath('Ideas.md'));
		expect(command?.checkCallback?.(true)).toBe(false);
		vi.spyOn(app.workspace, 'getActiveFile').mockReturnValue(app.vault.getFileByPath('People/Sam Rivera.md'));
		expect(command?.checkCallback?.(true)).toBe(true);
		command?.checkCallback?.(false);
		const modal = document.body.find('.rapport-snooze-modal');
		const date = modal.find('.rapport-snooze-date') as HTMLInputElement;
		// A week from today is offered; a day in the past is not taken.
		expect(date.value).toBe(formatDay(localToday() + 7));
		date.value = formatDay(localToday() - 1);
		modal
			.findAll('button')
			.find((b) => b.getText() === 'Snooze')
			?.click();
		expect(modal.getText()).toContain('Pick a day after today.');
		date.value = formatDay(localToday() + 30);
		modal
			.findAll('button')
			.find((b) => b.getText() === 'Snooze')
			?.click();
		await vi.advanceTimersByTimeAsync(100);
		expect(await read(app, 'People/Sam Rivera.md')).toBe(
			SAM_TEXT.replace('tie: strong\r\n', `tie: strong\r\nnext_follow_up: ${formatDay(localToday() + 30)}\r\n`),
		);
		expect(document.body.querySelector('.rapport-snooze-modal')).toBeNull();
	});

	it('marks the contact in the editor dormant, and offers nothing on a note that is no contact', async () => {
		const { app, mock } = await boot({ 'People/Sam Rivera.md': SAM_TEXT, 'Ideas.md': 'not a person' });
		const command = mock.commands__.get('mark-contact-dormant');
		vi.spyOn(app.workspace, 'getActiveFile').mockReturnValue(app.vault.getFileByPath('Ideas.md'));
		expect(command?.checkCallback?.(true)).toBe(false);
		vi.spyOn(app.workspace, 'getActiveFile').mockReturnValue(app.vault.getFileByPath('People/Sam Rivera.md'));
		expect(command?.checkCallback?.(true)).toBe(true);
		command?.checkCallback?.(false);
		await vi.advanceTimersByTimeAsync(100);
		expect(await read(app, 'People/Sam Rivera.md')).toBe(SAM_TEXT.replace('tie: strong\r\n', 'tie: strong\r\nstatus: dormant\r\n'));
	});
});

describe('New meeting note in the plugin', () => {
	it('makes the note from the modal, logs it on everyone, and one undo takes it all back', async () => {
		const { app, plugin } = await boot({ 'People/Sam Rivera.md': SAM_TEXT });
		const opened = watchOpened();
		const today = formatDay(localToday());
		plugin.dialogs.openMeeting(['People/Sam Rivera.md']);
		const modal = document.body.find('.rapport-meeting-modal');
		const template = modal.find('.rapport-meeting-template') as HTMLSelectElement;
		template.value = 'informational-interview';
		template.dispatchEvent(new Event('change'));
		modal
			.findAll('button')
			.find((b) => b.getText() === 'Create')
			?.click();
		await vi.advanceTimersByTimeAsync(100);

		const path = `Meetings/${today} Informational interview with Sam Rivera.md`;
		const note = await read(app, path);
		expect(
			note.startsWith(
				`---\ntype: meeting\ndate: ${today}\npeople: ["[[Sam Rivera]]"]\ntemplate: ` +
					`informational-interview\n---\n# ${today} Informational interview with Sam Rivera\n`,
			),
		).toBe(true);
		expect(note).toContain('## Background\n### [[Sam Rivera]]\n- Last time:\n  - 2 Oct coffee: reorg');
		expect(await read(app, 'People/Sam Rivera.md')).toContain(
			`\r\n## Interactions\r\n- ${today} meeting: [[${today} Informational interview with Sam Rivera]]\r\n`,
		);
		// The note made is the one opened, to write it up.
		expect(opened).toEqual([path]);

		expect(await plugin.host.writer.undo()).toBe(true);
		expect(app.vault.getFileByPath(path)).toBeNull();
		expect(await read(app, 'People/Sam Rivera.md')).toBe(SAM_TEXT);
	});

	it('names the file in the templates folder that replaces the template picked', async () => {
		const { plugin } = await boot({ 'People/Sam Rivera.md': SAM_TEXT });
		await plugin.saveSettings({ ...plugin.settings, templatesFolder: 'Meta/Templates' });
		plugin.dialogs.openMeeting([]);
		const modal = document.body.find('.rapport-meeting-modal');
		expect(modal.getText()).toContain('Meta/Templates/coffee-chat.md (or Coffee chat.md) replaces the built-in one.');
		const picker = modal.find('.rapport-meeting-template') as HTMLSelectElement;
		picker.value = 'recruiter-call';
		picker.dispatchEvent(new Event('change'));
		expect(modal.getText()).toContain('Meta/Templates/recruiter-call.md (or Recruiter call.md) replaces the built-in one.');
		expect(modal.getText()).not.toContain('coffee-chat.md');
	});

	it('prepares with every time in touch the index knows, a daily note included', async () => {
		const lunch = localToday() - 3;
		const { app, plugin } = await boot({ 'People/Sam Rivera.md': SAM_TEXT, [`${formatDay(lunch)}.md`]: '- Lunch with [[Sam Rivera]]\n' });
		const made = await plugin.host.newMeeting(
			{ template: 'coffee-chat', people: [{ name: 'Sam Rivera', path: 'People/Sam Rivera.md' }], date: localToday() },
			'09:00',
		);
		expect(await read(app, made ?? '')).toContain(
			`- Last time:\n  - ${humanDay(lunch, localToday())} daily note: [[${formatDay(lunch)}]]\n  - 2 Oct coffee: reorg\n`,
		);
	});

	it("uses the vault's own template, never reuses a path, and logs nothing for a day ahead", async () => {
		const { app, plugin } = await boot({
			'People/Sam Rivera.md': SAM_TEXT,
			'Templates/coffee-chat.md': '# {{title}}\nAsk {{contact}} about <% tp.file.title %>\n',
		});
		const ahead = localToday() + 3;
		const first = await plugin.host.newMeeting(
			{ template: 'coffee-chat', people: [{ name: 'Sam Rivera', path: 'People/Sam Rivera.md' }], date: ahead },
			'09:00',
		);
		const second = await plugin.host.newMeeting(
			{ template: 'coffee-chat', people: [{ name: 'Sam Rivera', path: 'People/Sam Rivera.md' }], date: ahead },
			'09:00',
		);
		const title = `${formatDay(ahead)} Coffee chat with Sam Rivera`;
		expect([first, second]).toEqual([`Meetings/${title}.md`, `Meetings/${title} 2.md`]);
		expect(await read(app, `Meetings/${title}.md`)).toBe(
			`---\ntype: meeting\ndate: ${formatDay(ahead)}\npeople: ["[[Sam Rivera]]"]\n` +
				`template: coffee-chat\n---\n# ${title}\nAsk Sam Rivera about <% tp.file.title %>\n`,
		);
		expect(await read(app, 'People/Sam Rivera.md')).toBe(SAM_TEXT);
	});

	it('makes an event note for nobody yet, or for people to meet without logging them, and opens it', async () => {
		const { app, plugin } = await boot({ 'People/Sam Rivera.md': SAM_TEXT });
		const opened = watchOpened();
		const today = formatDay(localToday());
		plugin.dialogs.openMeeting([]);
		const modal = document.body.find('.rapport-meeting-modal');
		const template = modal.find('.rapport-meeting-template') as HTMLSelectElement;
		template.value = 'event';
		template.dispatchEvent(new Event('change'));
		modal
			.findAll('button')
			.find((b) => b.getText() === 'Create')
			?.click();
		await vi.advanceTimersByTimeAsync(100);
		expect(document.body.querySelector('.rapport-meeting-modal')).toBeNull();
		expect(opened).toEqual([`Meetings/${today} Event.md`]);
		expect(await read(app, `Meetings/${today} Event.md`)).toMatch(
			new RegExp(`^---\ntype: meeting\ndate: ${today}\npeople: \\[\\]\ntemplate: event\n---\n`),
		);

		const withSam = await plugin.host.newMeeting(
			{ template: 'event', people: [{ name: 'Sam Rivera', path: 'People/Sam Rivera.md' }], date: localToday() },
			'09:00',
		);
		expect(withSam).toBe(`Meetings/${today} Event with Sam Rivera.md`);
		expect(await read(app, withSam ?? '')).toContain('## People to meet\n- [[Sam Rivera]]\n');
		expect(await read(app, 'People/Sam Rivera.md')).toBe(SAM_TEXT);
	});

	it("says an event's people are people to meet, and names the note as typed in Name", async () => {
		const { app, plugin } = await boot({ 'People/Sam Rivera.md': SAM_TEXT });
		const today = formatDay(localToday());
		plugin.dialogs.openMeeting([]);
		const modal = document.body.find('.rapport-meeting-modal');
		// The row just before the chips names who the people are.
		const peopleRow = (): string => modal.find('.rapport-log-people').previousElementSibling?.textContent ?? '';
		const template = modal.find('.rapport-meeting-template') as HTMLSelectElement;
		expect(peopleRow()).toMatch(/^With/);
		template.value = 'event';
		template.dispatchEvent(new Event('change'));
		expect(peopleRow()).toMatch(/^People to meetOptional: listed in the note, not logged/);
		const name = modal.find('.rapport-meeting-name') as HTMLInputElement;
		name.value = 'DevTools Summit';
		name.dispatchEvent(new Event('input'));
		modal
			.findAll('button')
			.find((b) => b.getText() === 'Create')
			?.click();
		await vi.advanceTimersByTimeAsync(100);
		expect(app.vault.getFileByPath(`Meetings/${today} DevTools Summit.md`)).not.toBeNull();
	});

	it('takes the next free name when the one it chose is taken before the note is made, and links the log to it', async () => {
		const { app, plugin } = await boot({ 'People/Sam Rivera.md': SAM_TEXT });
		const title = `${formatDay(localToday())} Coffee chat with Sam Rivera`;
		const store = plugin.host.writer.runner.store;
		const create = store.create.bind(store);
		// As if a sync brought a note of that name between the plan and the write.
		vi.spyOn(store, 'create').mockImplementationOnce(async (path, text) => {
			await app.vault.create(path, 'from another device');
			return create(path, text);
		});
		expect(
			await plugin.host.newMeeting(
				{ template: 'coffee-chat', people: [{ name: 'Sam Rivera', path: 'People/Sam Rivera.md' }], date: localToday() },
				'09:00',
			),
		).toBe(`Meetings/${title} 2.md`);
		expect(await read(app, `Meetings/${title}.md`)).toBe('from another device');
		expect(await read(app, 'People/Sam Rivera.md')).toContain(`coffee: [[${title} 2]]`);
		expect(await read(app, 'People/Sam Rivera.md')).not.toContain(`[[${title}]]`);
	});

	it('links the log to the note made, when its title was taken already', async () => {
		const { app, plugin } = await boot({ 'People/Sam Rivera.md': SAM_TEXT });
		const today = localToday();
		const sam = [{ name: 'Sam Rivera', path: 'People/Sam Rivera.md' }];
		await plugin.host.newMeeting({ template: 'coffee-chat', people: sam, date: today }, '09:00');
		await plugin.host.newMeeting({ template: 'coffee-chat', people: sam, date: today }, '10:00');
		const title = `${formatDay(today)} Coffee chat with Sam Rivera`;
		expect(await read(app, 'People/Sam Rivera.md')).toContain(
			`- ${formatDay(today)} coffee: [[${title} 2]]\r\n- ${formatDay(today)} coffee: [[${title}]]\r\n`,
		);
	});

	it('makes nothing when a person cannot take the log', async () => {
		const broken = '---\ntie: [strong\n---\n';
		const { app, plugin } = await boot({ 'People/Sam Rivera.md': SAM_TEXT, 'People/Jo Park.md': 'placeholder' });
		(app.vault.adapter as unknown as { writeSync__(path: string, data: string): void }).writeSync__('People/Jo Park.md', broken);
		const made = await plugin.host.newMeeting({
			template: 'coffee-chat',
			people: [
				{ name: 'Sam Rivera', path: 'People/Sam Rivera.md' },
				{ name: 'Jo Park', path: 'People/Jo Park.md' },
			],
			date: localToday(),
		});
		expect(made).toBeUndefined();
		expect(meetingFiles(app)).toEqual([]);
		expect(await read(app, 'People/Sam Rivera.md')).toBe(SAM_TEXT);
	});

	it('makes no new contact when a person already there cannot take the log', async () => {
		const broken = '---\ntie: [strong\n---\n';
		const { app, plugin } = await boot({ 'People/Sam Rivera.md': SAM_TEXT, 'People/Jo Park.md': 'placeholder' });
		(app.vault.adapter as unknown as { writeSync__(path: string, data: string): void }).writeSync__('People/Jo Park.md', broken);
		const notices = vi.spyOn(Notice.prototype, 'constructor__');
		const people = [
			{ name: 'Sam Rivera', path: 'People/Sam Rivera.md' },
			{ name: 'Ana Ruiz' },
			{ name: 'Jo Park', path: 'People/Jo Park.md' },
		];
		expect(await plugin.host.newMeeting({ template: 'coffee-chat', people, date: localToday() })).toBeUndefined();
		expect(app.vault.getFileByPath('People/Ana Ruiz.md')).toBeNull();
		expect(meetingFiles(app)).toEqual([]);
		expect(notices.mock.calls.map((c) => said(c[0]))).toEqual([
			expect.stringMatching(/^People\/Jo Park\.md: its properties don't parse \(line 2: .+\); nothing was written\.$/),
		]);
	});

	it('says what it did in one Notice with one Undo, naming the note and the new contact, and undoes all of it', async () => {
		const { app, plugin } = await boot({ 'People/Sam Rivera.md': SAM_TEXT });
		const today = formatDay(localToday());
		const notices = vi.spyOn(Notice.prototype, 'constructor__');
		const made = await plugin.host.newMeeting(
			{ template: 'coffee-chat', people: [{ name: 'Sam Rivera', path: 'People/Sam Rivera.md' }, { name: 'Ana Ruiz' }], date: localToday() },
			'09:00',
		);
		expect(made).toBe(`Meetings/${today} Coffee chat with Sam Rivera and Ana Ruiz.md`);
		expect(notices.mock.calls.map((c) => said(c[0]))).toEqual([
			`Created ${today} Coffee chat with Sam Rivera and Ana Ruiz (new contact: Ana Ruiz); logged on 2 peopleUndo`,
		]);
		(notices.mock.calls[0]?.[0] as DocumentFragment).querySelector('button')?.click();
		await vi.advanceTimersByTimeAsync(100);
		expect(app.vault.getFileByPath(made ?? '')).toBeNull();
		expect(app.vault.getFileByPath('People/Ana Ruiz.md')).toBeNull();
		expect(await read(app, 'People/Sam Rivera.md')).toBe(SAM_TEXT);
		expect(said(notices.mock.calls.at(-1)?.[0])).toBe(
			`Undone: Created ${today} Coffee chat with Sam Rivera and Ana Ruiz (new contact: Ana Ruiz); logged on 2 people`,
		);
	});
});

describe('Follow up people met', () => {
	it('adds the new people as contacts met at the event, logs it on everyone, and owes each one follow-up for 48 hours', async () => {
		// The event was yesterday. Sam twice, by alias and by name: followed up once.
		const eventDay = localToday() - 1;
		const event =
			`---\ntype: meeting\ndate: ${formatDay(eventDay)}\npeople: ["[[Sam Rivera]]"]\ntemplate: event\n` +
			`---\n# Summit\n## People met\n- [[Sammy]] — again\n- Ana Ruiz — DevRel at Paylark\n- Sam Rivera\n`;
		const { app, plugin } = await boot({ 'People/Sam Rivera.md': SAM_TEXT, 'Meetings/Summit.md': event });
		const notices = vi.spyOn(Notice.prototype, 'constructor__');
		expect(await plugin.host.followUpPeopleMet('Meetings/Summit.md')).toBe(2);
		// One Notice for the whole, with one Undo.
		expect(notices.mock.calls.map((c) => said(c[0]))).toEqual(['Followed up 2 people met at Summit; new contact: Ana RuizUndo']);
		await vi.advanceTimersByTimeAsync(2000);
		// A second run finds everyone followed up already, and writes nothing.
		const once = await read(app, 'People/Sam Rivera.md');
		expect(await plugin.host.followUpPeopleMet('Meetings/Summit.md')).toBe(0);
		expect(await read(app, 'People/Sam Rivera.md')).toBe(once);
		const day = formatDay(eventDay);
		const ana = await read(app, 'People/Ana Ruiz.md');
		expect(ana).toMatch(new RegExp(`^---\ntype: contact\nmet: "\\[\\[Summit\\]\\]"\nlast_contact: ${day}\n---\n`));
		expect(ana).toContain(`## Interactions\n- ${day} event: [[Summit]]\n`);
		// Due two days after the event, owed from the event's day (the Tasks start date).
		const followUp = `- [ ] Follow up from [[Summit]] within 48 hours 🛫 ${day} 📅 ${formatDay(eventDay + 2)}`;
		expect(ana).toContain(`## Follow-ups\n${followUp}\n`);
		expect(await read(app, 'People/Sam Rivera.md')).toContain(`${followUp}\r\n`);
		// Both are owed that message now, once each: no thank-you for the event besides.
		await vi.advanceTimersByTimeAsync(2000);
		const owed = plugin.host
			.queue()
			.sections.find((s) => s.id === 'owed')
			?.items.map((i) => `${i.name}: ${i.kind}, ${i.reason}`);
		expect(owed?.sort()).toEqual(
			['Ana Ruiz', 'Sam Rivera'].map((name) => `${name}: follow-up, Follow up from [[Summit]] within 48 hours · due in 1d`),
		);
		// One undo takes it all back, and says so.
		expect(await plugin.host.writer.undo()).toBe(true);
		expect(said(notices.mock.calls.at(-1)?.[0])).toBe('Undone: Followed up 2 people met at Summit; new contact: Ana Ruiz');
		expect(app.vault.getFileByPath('People/Ana Ruiz.md')).toBeNull();
		expect(await read(app, 'People/Sam Rivera.md')).toBe(SAM_TEXT);
	});

	it('says only why, and never "followed up already", when nobody under People met can be made a contact', async () => {
		const event =
			`---\ntype: meeting\ndate: ${formatDay(localToday() - 1)}\npeople: ` +
			`[]\ntemplate: event\n---\n# Summit\n## People met\n- ???\n- \\//\n`;
		const { app, plugin } = await boot({ 'Meetings/Summit.md': event });
		const notices = vi.spyOn(Notice.prototype, 'constructor__');
		expect(await plugin.host.followUpPeopleMet('Meetings/Summit.md')).toBe(0);
		// One Notice, naming each name that could not be made a contact.
		const told = notices.mock.calls.map((c) => said(c[0]));
		expect(told).toEqual([
			"'???' has no characters a file name can use; nothing was written. '\\//' has no characters a file name can use; nothing was written.",
		]);
		expect(app.vault.getFiles().map((f) => f.path)).toEqual(['Meetings/Summit.md']);
	});
});

describe('Follow up people met, before writing', () => {
	const eventDay = localToday() - 1;
	const event =
		`---\ntype: meeting\ndate: ${formatDay(eventDay)}\npeople: []\n` +
		`template: event\n---\n# Summit\n## People met\n- Ana Ruiz\n- Jo Park\n`;

	it('makes no new contact when someone already there cannot take the log', async () => {
		const { app, plugin } = await boot({ 'People/Jo Park.md': 'placeholder', 'Meetings/Summit.md': event });
		const broken = '---\ntie: [weak\n---\n';
		(app.vault.adapter as unknown as { writeSync__(path: string, data: string): void }).writeSync__('People/Jo Park.md', broken);
		const notices = vi.spyOn(Notice.prototype, 'constructor__');
		expect(await plugin.host.followUpPeopleMet('Meetings/Summit.md')).toBe(0);
		expect(app.vault.getFileByPath('People/Ana Ruiz.md')).toBeNull();
		expect(await read(app, 'People/Jo Park.md')).toBe(broken);
		expect(notices.mock.calls.map((c) => said(c[0]))).toEqual([
			expect.stringMatching(/^People\/Jo Park\.md: its properties don't parse \(line 2: .+\); nothing was written\.$/),
		]);
	});

	it('links the event note by its path when another note has its name', async () => {
		const { app, plugin } = await boot({
			'People/Jo Park.md': '---\ntie: weak\n---\n',
			'Meetings/Summit.md': event,
			'Archive/Summit.md': '# An older summit\n',
		});
		expect(await plugin.host.followUpPeopleMet('Meetings/Summit.md')).toBe(2);
		const ana = await read(app, 'People/Ana Ruiz.md');
		expect(ana).toMatch(/^---\ntype: contact\nmet: "\[\[Meetings\/Summit\]\]"\n/);
		expect(ana).toContain(`## Interactions\n- ${formatDay(eventDay)} event: [[Meetings/Summit]]\n`);
		expect(await read(app, 'People/Jo Park.md')).toContain(`- ${formatDay(eventDay)} event: [[Meetings/Summit]]\n`);
		// Run again, it knows them followed up by that link.
		await vi.advanceTimersByTimeAsync(2000);
		expect(await plugin.host.followUpPeopleMet('Meetings/Summit.md')).toBe(0);
	});
});

describe('snooze, by what the row is', () => {
	const today = localToday();
	const d = (offset: number): string => formatDay(today + offset);
	const BEN = `---\ntype: contact\ntie: strong\nlast_contact: ${d(-3)}\n---\n`;
	const SAM = `---\ntype: contact\ntie: strong\nlast_contact: ${d(-40)}\n---\n## Follow-ups\n- [ ] Send the deck 📅 ${d(-2)}\n`;
	const MIA = `---\ntype: contact\ntie: weak\n---\n## Interactions\n- ${d(-1)} coffee: roadmap\n`;

	/** What every Notice from now on says. */
	function watchNotices(): string[] {
		const notices: string[] = [];
		vi.spyOn(Notice.prototype, 'constructor__').mockImplementation(
			(message: string | DocumentFragment) => void notices.push(said(message)),
		);
		return notices;
	}

	async function rows(plugin: RapportPlugin): Promise<QueueItem[]> {
		await vi.advanceTimersByTimeAsync(1000);
		return plugin.host.queue().sections.flatMap((s) => s.items);
	}

	function rowOf(items: QueueItem[], name: string, kind: QueueItem['kind']): QueueItem {
		const found = items.find((i) => i.name === name && i.kind === kind);
		if (!found) throw new Error(`no ${kind} row for ${name}: ${items.map((i) => `${i.name} ${i.kind}`).join(', ')}`);
		return found;
	}

	it('never brings a contact due by cadence forward: a day before they are due writes nothing, and says so', async () => {
		const { app, plugin } = await boot({ 'People/Ben Adler.md': BEN });
		const notices = watchNotices();
		await plugin.host.actions.snooze(['People/Ben Adler.md'], today + 7);
		expect(await read(app, 'People/Ben Adler.md')).toBe(BEN);
		expect(notices).toEqual([`Ben Adler is not due until ${humanDay(today + 27, today)}; nothing to snooze.`]);
		await plugin.host.actions.snooze(['People/Ben Adler.md'], today + 40);
		expect(await read(app, 'People/Ben Adler.md')).toBe(
			BEN.replace(`last_contact: ${d(-3)}\n`, `last_contact: ${d(-3)}\nnext_follow_up: ${d(40)}\n`),
		);
	});

	it("moves a follow-up's due date, not the contact's cadence, and one undo puts it back", async () => {
		const { app, plugin } = await boot({ 'People/Sam Rivera.md': SAM });
		const notices = watchNotices();
		const followUp = rowOf(await rows(plugin), 'Sam Rivera', 'follow-up');
		expect(followUp.section).toBe('owed');
		await plugin.host.actions.snooze([followUp], today + 7);
		expect(await read(app, 'People/Sam Rivera.md')).toBe(SAM.replace(`📅 ${d(-2)}`, `📅 ${d(7)}`));
		expect(notices[0]).toContain(`Sam Rivera's follow-up: 'Send the deck' moved to ${humanDay(today + 7, today)}`);
		const after = await rows(plugin);
		expect(after.filter((i) => i.kind === 'follow-up').map((i) => i.section)).toEqual(['upcoming']);
		expect(after.some((i) => i.kind === 'cadence' && i.section === 'reconnect')).toBe(true);
		expect(await plugin.host.writer.undo()).toBe(true);
		expect(await read(app, 'People/Sam Rivera.md')).toBe(SAM);
	});

	it("moves a meeting note's follow-up there, its start date with it, so it is not owed before the day", async () => {
		const meeting =
			`---\ntype: meeting\ndate: ${d(-1)}\npeople: ["[[Ben Adler]]"]\n` + `---\n- [ ] Follow up within 48 hours 🛫 ${d(-1)} 📅 ${d(1)}\n`;
		const { app, plugin } = await boot({ 'People/Ben Adler.md': BEN, 'Meetings/Sync.md': meeting });
		const followUp = rowOf(await rows(plugin), 'Ben Adler', 'follow-up');
		await plugin.host.actions.snooze([followUp], today + 7);
		expect(await read(app, 'Meetings/Sync.md')).toBe(meeting.replace(`🛫 ${d(-1)} 📅 ${d(1)}`, `🛫 ${d(7)} 📅 ${d(7)}`));
		expect(await read(app, 'People/Ben Adler.md')).toBe(BEN);
		expect((await rows(plugin)).filter((i) => i.kind === 'follow-up').map((i) => i.section)).toEqual(['upcoming']);
	});

	it('snoozes no thank-you, and says why', async () => {
		const { app, plugin } = await boot({ 'People/Mia Chen.md': MIA });
		const notices = watchNotices();
		await plugin.host.actions.snooze([rowOf(await rows(plugin), 'Mia Chen', 'thank-you')], today + 7);
		expect(await read(app, 'People/Mia Chen.md')).toBe(MIA);
		expect(notices).toEqual(["A thank-you can't be snoozed: log it, or it lapses after two weeks; nothing to snooze."]);
	});

	it('snoozes a selection row by row as one undo step, counting what it did and skipped', async () => {
		const { app, plugin } = await boot({ 'People/Ben Adler.md': BEN, 'People/Sam Rivera.md': SAM, 'People/Mia Chen.md': MIA });
		const notices = watchNotices();
		const items = await rows(plugin);
		const picked = [rowOf(items, 'Sam Rivera', 'follow-up'), rowOf(items, 'Sam Rivera', 'cadence'), rowOf(items, 'Mia Chen', 'thank-you')];
		await plugin.host.actions.snooze([...picked, 'People/Ben Adler.md'], today + 7);
		expect(await read(app, 'People/Sam Rivera.md')).toBe(
			SAM.replace(`📅 ${d(-2)}`, `📅 ${d(7)}`).replace(`last_contact: ${d(-40)}\n`, `last_contact: ${d(-40)}\nnext_follow_up: ${d(7)}\n`),
		);
		expect(await read(app, 'People/Ben Adler.md')).toBe(BEN);
		expect(await read(app, 'People/Mia Chen.md')).toBe(MIA);
		expect(notices).toHaveLength(1);
		expect(notices[0]).toContain(`Snoozed 2 until ${humanDay(today + 7, today)}: Sam Rivera's follow-up, Sam Rivera`);
		expect(notices[0]).toContain(
			`Skipped 2: Mia Chen: a thank-you can't be snoozed: log it, or it lapses ` +
				`after two weeks; Ben Adler is not due until ${humanDay(today + 27, today)}.`,
		);
		expect(await plugin.host.writer.undo()).toBe(true);
		expect(await read(app, 'People/Sam Rivera.md')).toBe(SAM);
	});
});
