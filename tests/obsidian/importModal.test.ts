// Import contacts through the real plugin on the in-memory app: a file picked on the device
// or in the vault, its format guessed, the plan shown with counts and a list per group;
// ticks leave people out or take a change, Overwrite plans again, Enter imports, and the
// Notice says how many came in and how many wait in triage, with Undo and Triage.
//
// The readers, the plan and the import action are stood in for here by a small backend over
// a plain CSV (the real ones have their own tests): what is tested is the window and the
// plugin's wiring around them. Where the fake app differs from Obsidian: its modals close
// themselves at once (showModalsOnPage keeps them), its components hear no DOM events
// (wireComponentsToDom), and its Scope never runs a key handler, so keys are sent to the
// window's elements as a user's keydown reaches them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App, Notice } from 'obsidian-test-mocks/obsidian';
import manifest from '../../manifest.json';
import { Draft } from '../../src/actions/changes';
import type { Outcome } from '../../src/actions/runner';
import type { ImportDone } from '../../src/actions/importContacts';
import type { ImportChoice, ImportOptions, ImportPlan, ParsedImport, PlannedNote } from '../../src/domain/import/types';
import RapportPlugin from '../../src/main';
import type { ImportBackend } from '../../src/ui/host';
import { vault } from '../builders';
import { showModalsOnPage, wireComponentsToDom } from './wireComponents';

wireComponentsToDom();

type MockPlugin = RapportPlugin & { commands__: Map<string, { name: string; callback?: () => unknown }> };

const FILES = new Map([
	...vault()
		.contact('Raj Patel', (c) => c.company('Acme').tie('medium'))
		.contact('Mia Chen', (c) => c.tie('weak')).files,
]);

/**
 * Puts a .csv or .vcf in the vault as bytes. The window reads a vault file with readBinary,
 * and the fake keeps the files it was given as text apart from binary ones (Obsidian reads
 * any file's bytes), so a file the window reads is made binary.
 */
async function putFile(app: App, path: string, content: string | Uint8Array): Promise<void> {
	const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
	await app.vault.createBinary(path, bytes.slice().buffer);
}

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const CSV = [
	HEADER,
	'Ana,Ruiz,,ana@globex.example,Globex,,',
	'Jo,Park,,,Initech,,',
	'Raj,Patel,,raj@stripe.example,Stripe,,',
	'Mia,Chen,,mia@chen.example,,,',
	',,,,Nobody Inc,,',
].join('\n');

/**
 * A small stand-in for the readers, the plan and the action: LinkedIn's columns, name, email
 * and company read; a name already a contact is filled in (or, with overwrite, replaced), a company that
 * moved on is a change; the write makes each kept note and sets each kept field, one undo step.
 */
function fakeBackend(plugin: RapportPlugin): ImportBackend & { applied: { options: ImportOptions; choice: ImportChoice }[] } {
	const applied: { options: ImportOptions; choice: ImportChoice }[] = [];
	const plan = (parsed: ParsedImport, options: ImportOptions): ImportPlan => {
		const result: ImportPlan = {
			format: parsed.format,
			create: [],
			update: [],
			changes: [],
			ambiguous: [],
			skipped: parsed.skipped,
			leftOut: parsed.leftOut,
			kept: [],
		};
		for (const person of parsed.people) {
			const known = plugin.live.index.contacts().find((c) => c.name === person.name);
			const fields: Record<string, string> = {};
			if (!known) {
				if (person.company) fields.company = person.company;
				if (person.emails[0]) fields.email = person.emails[0];
				const path = `${options.folder || 'People'}/${person.name}.md`;
				result.create.push({ row: person.row, name: person.name, path, fields });
				continue;
			}
			if (person.emails[0] && (options.overwrite || !known.email)) fields.email = person.emails[0];
			if (person.company && known.company !== person.company) {
				if (options.overwrite || !known.company) fields.company = person.company;
				else
					result.changes.push({
						row: person.row,
						name: person.name,
						path: known.path,
						field: 'company',
						from: known.company,
						to: person.company,
					});
			}
			if (Object.keys(fields).length) result.update.push({ row: person.row, name: person.name, path: known.path, fields });
		}
		return result;
	};
	return {
		applied,
		read(format, text) {
			if (format !== 'linkedin' || !text.startsWith('First Name,')) return { ok: false, reason: "no 'First Name' header" };
			const people: ParsedImport['people'] = [];
			const skipped: ParsedImport['skipped'] = [];
			text
				.split('\n')
				.slice(1)
				.forEach((line, i) => {
					const [first = '', last = '', , email, company] = line.split(',');
					const name = `${first} ${last}`.trim();
					if (!name) skipped.push({ row: i + 1, reason: 'no name' });
					else
						people.push({
							row: i + 1,
							name,
							nicknames: [],
							emails: email ? [email] : [],
							phones: [],
							tags: [],
							...(company ? { company } : {}),
						});
				});
			return { ok: true, format, people, skipped, leftOut: [], records: people.length + skipped.length };
		},
		plan,
		apply(parsed, options, choice, progress): Promise<Outcome<ImportDone>> {
			applied.push({ options, choice });
			const planned = plan(parsed, options);
			const { runner } = plugin.host.writer;
			return runner.perform(async () => {
				const draft = new Draft(runner.store);
				const done: ImportDone = { created: [], updated: [], changed: [], untriaged: 0 };
				const kept = (note: PlannedNote): boolean => !choice.leaveOut.has(note.row);
				const total = planned.create.filter(kept).length + planned.update.filter(kept).length;
				for (const note of planned.create.filter(kept)) {
					const props = Object.entries(note.fields).map(([k, v]) => `${k}: ${String(v)}\n`);
					draft.create(note.path, `---\ntype: contact\n${props.join('')}---\n`);
					done.created.push(note.path);
					done.untriaged++;
					progress(done.created.length, total);
				}
				const edits = [
					...planned.update.filter(kept).map((n) => ({ path: n.path, fields: n.fields })),
					...planned.changes.filter((c) => choice.takeChanges.has(c.row)).map((c) => ({ path: c.path, fields: { [c.field]: c.to } })),
				];
				for (const edit of edits) {
					let text = (await draft.read(edit.path)) ?? '';
					for (const [key, value] of Object.entries(edit.fields)) {
						const line = `${key}: ${String(value)}`;
						text = new RegExp(`^${key}:.*$`, 'm').test(text)
							? text.replace(new RegExp(`^${key}:.*$`, 'm'), line)
							: text.replace(/\n---\n/, `\n${line}\n---\n`);
					}
					draft.write(edit.path, text);
					(planned.changes.some((c) => c.path === edit.path && choice.takeChanges.has(c.row)) ? done.changed : done.updated).push(
						edit.path,
					);
				}
				return { ok: true, draft, label: 'What the import action says it did', value: done };
			});
		},
	};
}

async function boot(): Promise<{ app: App; plugin: RapportPlugin; mock: MockPlugin; backend: ReturnType<typeof fakeBackend> }> {
	const app = App.createConfigured__({ files: Object.fromEntries(FILES) });
	const plugin = new RapportPlugin(app.asOriginalType__(), manifest);
	plugin.load();
	await vi.advanceTimersByTimeAsync(0);
	app.workspace.setLayoutReady__();
	await settle(plugin);
	const backend = fakeBackend(plugin);
	plugin.host.importParts = backend;
	return { app, plugin, mock: plugin as MockPlugin, backend };
}

async function settle(plugin: RapportPlugin): Promise<void> {
	await vi.advanceTimersByTimeAsync(1000);
	await plugin.live.built;
	await vi.advanceTimersByTimeAsync(1000);
}

function modal(): HTMLElement {
	return document.body.find('.rapport-import-modal');
}

/** An element of the window, of the type a test reads it as. */
function the<T extends HTMLElement>(selector: string): T {
	const el = modal().querySelector<T>(selector);
	if (!el) throw new Error(`no ${selector} in the import window`);
	return el;
}

/** Picks a file on the device, as the file input hands it over: text (as UTF-8) or bytes. */
async function chooseFile(name: string, content: string | Uint8Array): Promise<void> {
	const input = the<HTMLInputElement>('input[type="file"]');
	const part = typeof content === 'string' ? content : content.slice().buffer;
	Object.defineProperty(input, 'files', { value: [new File([part], name)], configurable: true });
	input.dispatchEvent(new Event('change'));
	await vi.advanceTimersByTimeAsync(10);
}

/** Each shown row of a group: `[x] name: fields`. */
function rows(group: string): string[] {
	return modal()
		.findAll(`.rapport-import-group[data-group="${group}"] .rapport-import-row`)
		.map((row) => {
			const tick = row.querySelector<HTMLInputElement>('input[type="checkbox"]');
			const mark = tick ? (tick.checked ? '[x] ' : '[ ] ') : '';
			const name = row.querySelector('.rapport-import-name')?.textContent;
			const fields = row.find('.rapport-import-fields').getText();
			return `${mark}${name ? `${name}: ` : ''}${fields}`;
		});
}

function importButton(): HTMLButtonElement {
	return the<HTMLButtonElement>('.rapport-import-footer button.mod-cta');
}

async function read(app: App, path: string): Promise<string | undefined> {
	const file = app.vault.getFileByPath(path);
	return file ? app.vault.read(file) : undefined;
}

let notices: { text: string; buttons: HTMLButtonElement[] }[] = [];

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
	showModalsOnPage();
	notices = [];
	vi.spyOn(Notice.prototype, 'constructor__').mockImplementation((message: string | DocumentFragment) => {
		const holder = createDiv();
		if (typeof message !== 'string') holder.appendChild(message);
		notices.push({
			text: typeof message === 'string' ? message : (holder.textContent ?? ''),
			buttons: Array.from(holder.querySelectorAll('button')),
		});
	});
});

afterEach(() => {
	// The fake's modals carry no modal-container class: a window left open is taken off the page here.
	document.body.empty();
	vi.useRealTimers();
	vi.restoreAllMocks();
});

describe('Import contacts', () => {
	it('opens from its command with nothing to import yet, and says so', async () => {
		const { mock } = await boot();
		await mock.commands__.get('import-contacts')?.callback?.();
		expect(modal().find('.rapport-import-status').getText()).toBe(
			'Choose a file to see what would be imported. Nothing is written until you press Import.',
		);
		expect(importButton().getText()).toBe('Import');
		expect(importButton().disabled).toBe(true);
		// The keyboard starts in the window, on Choose a file…
		expect(document.activeElement?.textContent).toBe('Choose a file…');
		// The folder for new notes starts as the new-contact folder from settings.
		expect(the<HTMLInputElement>('input[aria-label="Folder for new notes"]').value).toBe('People');
	});

	it('shows the plan with counts and a list per group, guessing the format from the file', async () => {
		const { plugin, mock } = await boot();
		await mock.commands__.get('import-contacts')?.callback?.();
		const select = the<HTMLSelectElement>('select');
		select.value = 'vcard';
		select.dispatchEvent(new Event('change'));
		await chooseFile('Connections.csv', CSV);
		expect(select.value).toBe('linkedin');
		expect(modal().find('.rapport-import-counts').getText()).toBe('2 new · 2 to fill in · 1 change · 1 skipped');
		expect(rows('create')).toEqual(['[x] Ana Ruiz: company: Globex · email: ana@globex.example', '[x] Jo Park: company: Initech']);
		expect(rows('update')).toEqual(['[x] Raj Patel: email: raj@stripe.example', '[x] Mia Chen: email: mia@chen.example']);
		// A change is news, taken only when picked.
		expect(rows('changes')).toEqual(['[ ] Raj Patel: company: Acme → Stripe']);
		expect(rows('skipped')).toEqual(['Row 5: no name']);
		expect(importButton().getText()).toBe('Import 4 people');
		expect(importButton().disabled).toBe(false);
		// Nothing is written by looking.
		expect(await read(plugin.app as unknown as App, 'People/Ana Ruiz.md')).toBeUndefined();
	});

	it('leaves out an unticked row, takes a ticked change, and the Notice says what came in, with Undo and Triage', async () => {
		const { app, plugin, mock, backend } = await boot();
		const triage = vi.spyOn(plugin.dialogs, 'openTriage');
		const raj = await read(app, 'People/Raj Patel.md');
		await mock.commands__.get('import-contacts')?.callback?.();
		await chooseFile('Connections.csv', CSV);
		modal().find('input[aria-label="Import Jo Park"]').click();
		modal().find('input[aria-label="Take Raj Patel\'s company: Stripe"]').click();
		expect(rows('create')[1]).toBe('[ ] Jo Park: company: Initech');
		// Raj is filled in already: taking his change adds no one.
		expect(importButton().getText()).toBe('Import 3 people');
		importButton().click();
		await settle(plugin);

		expect(backend.applied).toHaveLength(1);
		expect([...(backend.applied[0]?.choice.leaveOut ?? [])]).toEqual([2]);
		expect([...(backend.applied[0]?.choice.takeChanges ?? [])]).toEqual([3]);
		expect(document.body.querySelector('.rapport-import-modal')).toBeNull();
		expect(await read(app, 'People/Ana Ruiz.md')).toBe('---\ntype: contact\ncompany: Globex\nemail: ana@globex.example\n---\n');
		expect(await read(app, 'People/Jo Park.md')).toBeUndefined();
		expect(await read(app, 'People/Raj Patel.md')).toContain('company: Stripe');
		expect(await read(app, 'People/Mia Chen.md')).toContain('email: mia@chen.example');
		const notice = notices.at(-1);
		// The action's own words, as the CLI prints them: one wording for both hosts.
		expect(notice?.text).toBe('What the import action says it did' + 'UndoTriage');

		notice?.buttons.find((b) => b.getText() === 'Triage')?.click();
		expect(triage).toHaveBeenCalledOnce();
		notice?.buttons.find((b) => b.getText() === 'Undo')?.click();
		await settle(plugin);
		expect(await read(app, 'People/Ana Ruiz.md')).toBeUndefined();
		expect(await read(app, 'People/Raj Patel.md')).toBe(raj);
	});

	it('plans again when Overwrite is turned on, or the folder changes, keeping the ticks', async () => {
		const { mock } = await boot();
		await mock.commands__.get('import-contacts')?.callback?.();
		await chooseFile('Connections.csv', CSV);
		modal().find('input[aria-label="Import Jo Park"]').click();
		modal().find('.checkbox-container').click();
		expect(modal().find('.rapport-import-counts').getText()).toBe('2 new · 2 to fill in · 1 skipped');
		expect(rows('update')).toEqual(['[x] Raj Patel: email: raj@stripe.example · company: Stripe', '[x] Mia Chen: email: mia@chen.example']);
		expect(modal().querySelector('[data-group="changes"]')).toBeNull();

		const folder = the<HTMLInputElement>('input[aria-label="Folder for new notes"]');
		folder.value = 'Network';
		folder.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
		expect(
			modal()
				.findAll('[data-group="create"] .rapport-import-path')
				.map((el) => el.getText()),
		).toEqual(['Network/Ana Ruiz.md', 'Network/Jo Park.md']);
		expect(rows('create')[1]).toBe('[ ] Jo Park: company: Initech');
		// Enter on a new folder shows its plan first; it does not import.
		expect(document.body.querySelector('.rapport-import-modal')).not.toBeNull();
	});

	it('imports on Enter, writing to the folder picked', async () => {
		const { app, plugin, mock, backend } = await boot();
		await mock.commands__.get('import-contacts')?.callback?.();
		await chooseFile('Connections.csv', CSV);
		const folder = the<HTMLInputElement>('input[aria-label="Folder for new notes"]');
		folder.value = 'Network';
		folder.dispatchEvent(new Event('change'));
		folder.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
		await settle(plugin);
		expect(backend.applied[0]?.options).toEqual({ folder: 'Network', overwrite: false });
		expect(await read(app, 'Network/Ana Ruiz.md')).toContain('company: Globex');
	});

	it('reads a .csv or .vcf already in the vault, and names a file that is not the format', async () => {
		const { app, mock } = await boot();
		await putFile(app, 'Imports/phone.vcf', 'BEGIN:VCARD\nFN:Lee Wong\nEND:VCARD\n');
		await mock.commands__.get('import-contacts')?.callback?.();
		const field = the<HTMLInputElement>('input[aria-label="A .csv or .vcf file in this vault"]');
		field.value = 'Imports/phone.vcf';
		field.dispatchEvent(new Event('change'));
		await vi.advanceTimersByTimeAsync(10);
		// Guessed as a vCard, which this stand-in backend cannot read: the reason names the file.
		expect(the<HTMLSelectElement>('select').value).toBe('vcard');
		expect(modal().find('.rapport-import-error').getText()).toBe(
			"Imports/phone.vcf is not a vCard file Rapport can read: no 'First Name' header",
		);
		expect(importButton().disabled).toBe(true);

		field.value = 'Imports/missing.csv';
		field.dispatchEvent(new Event('change'));
		expect(modal().find('.rapport-import-error').getText()).toBe('There is no file Imports/missing.csv in this vault.');
	});

	it('finds a file in the vault typed with a leading slash or backslashes, as Obsidian writes paths', async () => {
		const { app, mock } = await boot();
		await putFile(app, 'Imports/phone.vcf', 'BEGIN:VCARD\nFN:Lee Wong\nEND:VCARD\n');
		await mock.commands__.get('import-contacts')?.callback?.();
		const field = the<HTMLInputElement>('input[aria-label="A .csv or .vcf file in this vault"]');
		for (const typed of ['/Imports/phone.vcf', 'Imports\\phone.vcf']) {
			field.value = typed;
			field.dispatchEvent(new Event('change'));
			await vi.advanceTimersByTimeAsync(10);
			expect(modal().find('.rapport-import-error').getText()).toBe(
				"Imports/phone.vcf is not a vCard file Rapport can read: no 'First Name' header",
			);
		}
	});

	it('says when a file has no contacts in it, or nothing new', async () => {
		const { mock } = await boot();
		await mock.commands__.get('import-contacts')?.callback?.();
		await chooseFile('empty.csv', HEADER);
		expect(modal().find('.rapport-import-status').getText()).toBe('empty.csv has no contacts Rapport can read.');
		expect(importButton().disabled).toBe(true);
		await chooseFile('known.csv', `${HEADER}\nRaj,Patel,,,Acme,,`);
		expect(modal().find('.rapport-import-status').getText()).toBe(
			'known.csv: 1 record read. Nothing to import: everyone in it is in your vault with these details already.',
		);
	});

	it('pages a long list: the first rows at once, more when asked', async () => {
		const { mock } = await boot();
		await mock.commands__.get('import-contacts')?.callback?.();
		const many = Array.from({ length: 250 }, (_, i) => `Person,${String(i).padStart(3, '0')},,,Acme,,`);
		await chooseFile('big.csv', [HEADER, ...many].join('\n'));
		expect(importButton().getText()).toBe('Import 250 people');
		expect(rows('create')).toHaveLength(100);
		const more = modal().find('[data-group="create"] .rapport-import-more');
		expect(more.getText()).toBe('Show 100 more (150 not shown)');
		more.click();
		more.click();
		expect(rows('create')).toHaveLength(250);
		expect(more.hasClass('rapport-hidden')).toBe(true);
		// Leaving them all out at once, the rows not drawn too.
		const all = the<HTMLInputElement>('[data-group="create"] .rapport-import-all input');
		all.click();
		expect(importButton().getText()).toBe('Import');
		expect(importButton().disabled).toBe(true);
	});
});

describe('Export contacts as vCard', () => {
	it("writes everyone to today's file in the vault root, a new name when that is taken, and says where", async () => {
		vi.useFakeTimers({
			toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
			now: new Date('2027-01-15T10:00:00'),
		});
		const { app, mock } = await boot();
		await app.vault.create('Rapport contacts 2027-01-15.vcf', 'someone else’s');
		await mock.commands__.get('export-contacts-vcard')?.callback?.();
		expect(await read(app, 'Rapport contacts 2027-01-15.vcf')).toBe('someone else’s');
		const text = (await read(app, 'Rapport contacts 2027-01-15 2.vcf')) ?? '';
		expect(text.match(/BEGIN:VCARD/g)).toHaveLength(2);
		expect(text).toContain('FN:Raj Patel\r\n');
		expect(text).toContain('ORG:Acme\r\n');
		expect(text).toContain('VERSION:4.0\r\n');
		expect(notices.at(-1)?.text).toBe('Exported 2 people to Rapport contacts 2027-01-15 2.vcf.');
	});
});

describe('Import contacts with the real readers', () => {
	/** The plugin on the test vault, its import window open, reading files with the real readers (no fake backend). */
	async function openWithRealReaders(): Promise<{ app: App; plugin: RapportPlugin }> {
		const app = App.createConfigured__({ files: Object.fromEntries(FILES) });
		const plugin = new RapportPlugin(app.asOriginalType__(), manifest);
		plugin.load();
		await vi.advanceTimersByTimeAsync(0);
		app.workspace.setLayoutReady__();
		await settle(plugin);
		plugin.dialogs.openImport();
		return { app, plugin };
	}

	it('names the file and the reason when it is not the format picked', async () => {
		await openWithRealReaders();
		await chooseFile('people.csv', 'name;email\nAna;ana@x.example\n');
		expect(the<HTMLSelectElement>('select').value).toBe('linkedin');
		expect(modal().find('.rapport-import-error').getText()).toMatch(/^people\.csv is not a LinkedIn CSV file Rapport can read: ./);
		expect(importButton().disabled).toBe(true);
	});

	it('lists a value it cannot read as left out, with the row, the person and the value, and imports the person', async () => {
		await openWithRealReaders();
		await chooseFile('Connections.csv', `${HEADER}\nSam,Rivera,,sam@acme.example,Acme,CTO,3/12/2024\n`);
		expect(modal().find('.rapport-import-counts').getText()).toBe('1 new · 1 field left out');
		expect(rows('create')).toEqual(['[x] Sam Rivera: company: Acme · role: CTO · email: sam@acme.example']);
		expect(
			modal()
				.findAll('[data-group="leftOut"] .rapport-import-fields')
				.map((el) => el.getText()),
		).toEqual(["Row 1, Sam Rivera: 'Connected On' 3/12/2024 is not a date Rapport reads; imported without it"]);
	});

	it('lists a value the file has that differs from the note as kept, until Overwrite takes it, and the Notice says so', async () => {
		const { app, plugin } = await openWithRealReaders();
		await app.vault.create('People/Sam Rivera.md', '---\ntype: contact\nemail: sam@old.example\ntie: weak\n---\n');
		await settle(plugin);
		const csv = [HEADER, 'Sam,Rivera,,sam@new.example,,,', 'Ana,Ruiz,,,Globex,,'].join('\n');
		await chooseFile('Connections.csv', csv);
		expect(modal().find('.rapport-import-counts').getText()).toBe('1 new · 1 value kept');
		expect(modal().find('[data-group="kept"] .rapport-import-title').getText()).toBe(
			"Kept as the notes have them (Overwrite existing values takes the file's)",
		);
		expect(rows('kept')).toEqual(['Row 1, Sam Rivera: email sam@new.example in the file; People/Sam Rivera.md keeps sam@old.example']);
		expect(modal().querySelector('[data-group="update"]')).toBeNull();

		modal().find('.checkbox-container').click();
		expect(modal().find('.rapport-import-counts').getText()).toBe('1 new · 1 to fill in');
		expect(rows('update')).toEqual(['[x] Sam Rivera: email: sam@new.example']);
		expect(modal().querySelector('[data-group="kept"]')).toBeNull();

		modal().find('.checkbox-container').click();
		importButton().click();
		await settle(plugin);
		expect(await read(app, 'People/Sam Rivera.md')).toContain('email: sam@old.example');
		expect(notices.at(-1)?.text).toBe(
			'Imported 1 person: 1 new; 1 waits in triage' + '1 value kept as the notes have them: the file has others.' + 'UndoTriage',
		);
	});

	it('says there is nothing to import, not that everyone is there as the file has them, when the file only differs', async () => {
		const { app, plugin } = await openWithRealReaders();
		await app.vault.create('People/Sam Rivera.md', '---\ntype: contact\nemail: sam@old.example\n---\n');
		await settle(plugin);
		await chooseFile('Connections.csv', `${HEADER}\nSam,Rivera,,sam@new.example,,,\n`);
		expect(modal().find('.rapport-import-status').getText()).toBe('Connections.csv: 1 record read. Nothing to import; below is why.');
		expect(importButton().disabled).toBe(true);
	});

	it('names a vCard file\'s records as cards: a card with no name is "Card 2", not "Row 2"', async () => {
		await openWithRealReaders();
		const vcf = [
			'BEGIN:VCARD',
			'VERSION:3.0',
			'FN:Ana Ruiz',
			'END:VCARD',
			'BEGIN:VCARD',
			'VERSION:3.0',
			'EMAIL:x@example.com',
			'END:VCARD',
			'',
		].join('\r\n');
		await chooseFile('contacts.vcf', vcf);
		expect(modal().find('.rapport-import-counts').getText()).toBe('1 new · 1 skipped');
		expect(rows('skipped')).toEqual(['Card 2: no name']);
	});

	it('says a file is another kind it reads, and which format to choose, when the one picked is not it', async () => {
		await openWithRealReaders();
		await chooseFile('Connections.csv', `Notes:\n"When exporting your connection data…"\n\n${CSV}`);
		expect(the<HTMLSelectElement>('select').value).toBe('linkedin');
		expect(modal().find('.rapport-import-error').getText()).toBe('');
		const format = the<HTMLSelectElement>('select');
		format.value = 'google';
		format.dispatchEvent(new Event('change'));
		await vi.advanceTimersByTimeAsync(10);
		expect(modal().find('.rapport-import-error').getText()).toBe(
			'Connections.csv looks like a LinkedIn connections export, not a Google Contacts CSV: choose LinkedIn CSV as its format.',
		);
		expect(importButton().disabled).toBe(true);
	});

	it('imports a LinkedIn CSV through the real plan and action: the note is made, the Notice counts it, Undo takes it away', async () => {
		const { app, plugin } = await openWithRealReaders();
		const csv = [HEADER, 'Ana,Ruiz,https://www.linkedin.com/in/ana-ruiz,,Globex,CTO,01 Jan 2024', 'Raj,Patel,,,Stripe,,'].join('\n');
		await chooseFile('Connections.csv', csv);
		expect(modal().find('.rapport-import-counts').getText()).toContain('1 new');
		expect(rows('changes')).toEqual(['[ ] Raj Patel: company: Acme → Stripe']);
		importButton().click();
		await settle(plugin);
		const ana = (await read(app, 'People/Ana Ruiz.md')) ?? '';
		expect(ana).toContain('company: Globex');
		expect(ana).toContain('connected: 2024-01-01');
		expect(ana).not.toMatch(/^tie:/m);
		expect(await read(app, 'People/Raj Patel.md')).toContain('company: Acme');
		const notice = notices.at(-1);
		// The change left unticked is said too, not silently dropped.
		expect(notice?.text).toBe('Imported 1 person: 1 new; 1 waits in triage' + '1 change not taken.' + 'UndoTriage');
		notice?.buttons.find((b) => b.getText() === 'Undo')?.click();
		await settle(plugin);
		expect(await read(app, 'People/Ana Ruiz.md')).toBeUndefined();
	});

	it('reads a file that is not UTF-8 as Windows-1252, says so above the plan, and no � reaches it', async () => {
		const { app, plugin } = await openWithRealReaders();
		// A Connections.csv saved again by Excel on Windows: é is the byte 0xE9, the curly quotes 0x93 and 0x94.
		const latin = (text: string): Uint8Array => Uint8Array.from(text, (char) => char.charCodeAt(0));
		await chooseFile('Connections.csv', latin(`${HEADER}\nRen\xe9e,Lef\xe8vre,,,Soci\xe9t\xe9,\x93Head\x94,\n`));
		expect(modal().find('.rapport-import-status').getText()).toBe(
			'Connections.csv: 1 record read. Untick anyone to leave out, then import.',
		);
		expect(modal().find('.rapport-import-encoding').getText()).toBe(
			'Connections.csv is not UTF-8: read as Windows-1252 (Western European); check accented letters before you import.',
		);
		expect(rows('create')).toEqual(['[x] Renée Lefèvre: company: Société · role: “Head”']);
		expect(modal().getText()).not.toContain('\ufffd');

		// The same file in the vault is read as bytes too; a UTF-8 file after it has no note.
		await putFile(app, 'Imports/Connections.csv', latin(`${HEADER}\nRen\xe9e,Lef\xe8vre,,,Soci\xe9t\xe9,,\n`));
		const field = the<HTMLInputElement>('input[aria-label="A .csv or .vcf file in this vault"]');
		field.value = 'Imports/Connections.csv';
		field.dispatchEvent(new Event('change'));
		await vi.advanceTimersByTimeAsync(10);
		expect(modal().find('.rapport-import-encoding').getText()).toBe(
			'Imports/Connections.csv is not UTF-8: read as Windows-1252 (Western European); check accented letters before you import.',
		);
		expect(rows('create')).toEqual(['[x] Renée Lefèvre: company: Société']);
		await chooseFile('Connections.csv', `${HEADER}\nRenée,Lefèvre,,,Société,,\n`);
		expect(modal().find('.rapport-import-encoding').getText()).toBe('');
		expect(rows('create')).toEqual(['[x] Renée Lefèvre: company: Société']);

		importButton().click();
		await settle(plugin);
		expect(await read(app, 'People/Renée Lefèvre.md')).toContain('company: Société');
	});
});
