// Import contacts: pick a file (from the device, or a .csv/.vcf already in the vault), its
// format (guessed, and changeable) and the folder for new notes; then the plan, with ticks to
// leave people out and to take changes; then Import writes what was kept as one undo step.
// Nothing is written before the user has seen the plan and pressed Import.
import { AbstractInputSuggest, Modal, Setting, TFile, normalizePath, prepareFuzzySearch, type App } from 'obsidian';
import { decodeImportFile, encodingNote } from '../domain/import/fileText';
import { FORMAT_KINDS, FORMAT_NAMES, guessFormat } from '../domain/import/guessFormat';
import { parsedImport } from '../domain/import/readImport';
import { IMPORT_FORMATS, type ImportFormat, type ImportPlan, type ParsedImport } from '../domain/import/types';
import type { ImportBackend } from './host';
import { ImportPlanView, chosenRows, type PlanChoices } from './importPlanView';
import { FolderSuggest } from './settingInputs';

/** The files the import can read, by extension. */
const IMPORTABLE = new Set(['csv', 'vcf']);

export interface ImportFormOptions {
	backend: ImportBackend;
	/** Where new notes go unless the user picks another folder. */
	defaultFolder: string;
	folders: () => string[];
}

/** "Import 42 people". */
export function importButtonText(count: number): string {
	return count === 0 ? 'Import' : `Import ${count === 1 ? '1 person' : `${count} people`}`;
}

/** What the window says above a plan: how much was read, and when there is nothing to do, why. */
export function planMessage(name: string, parsed: ParsedImport, plan: ImportPlan): string {
	if (parsed.people.length === 0 && parsed.skipped.length === 0) return `${name} has no contacts Rapport can read.`;
	const read = `${name}: ${parsed.records} ${parsed.records === 1 ? 'record' : 'records'} read.`;
	if (plan.create.length + plan.update.length + plan.changes.length > 0) return `${read} Untick anyone to leave out, then import.`;
	if (plan.ambiguous.length + plan.skipped.length + plan.kept.length === 0)
		return `${read} Nothing to import: everyone in it is in your vault with these details already.`;
	return `${read} Nothing to import; below is why.`;
}

/** The vault's .csv and .vcf files by fuzzy path. */
class ImportFileSuggest extends AbstractInputSuggest<TFile> {
	constructor(
		app: App,
		inputEl: HTMLInputElement,
		private readonly pick: (file: TFile) => void,
	) {
		super(app, inputEl);
	}

	getSuggestions(query: string): TFile[] {
		const files = this.app.vault.getFiles().filter((file) => IMPORTABLE.has(file.extension.toLowerCase()));
		const typed = query.trim();
		if (!typed) return files.slice(0, 50);
		const search = prepareFuzzySearch(typed);
		return files
			.map((file) => ({ file, match: search(file.path) }))
			.filter((found) => found.match !== null)
			.sort((a, b) => (b.match?.score ?? 0) - (a.match?.score ?? 0))
			.slice(0, 50)
			.map((found) => found.file);
	}

	renderSuggestion(file: TFile, el: HTMLElement): void {
		el.setText(file.path);
	}

	override selectSuggestion(file: TFile): void {
		this.pick(file);
		this.close();
	}
}

/** Lets the page paint (a progress bar, a message) before a long piece of work. */
function nextFrame(): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, 0));
}

export class ImportModal extends Modal {
	private format: ImportFormat = 'linkedin';
	/** The file read: its name, its text, and what the plan says about how it was read (when not UTF-8). */
	private source: { name: string; text: string; note?: string } | undefined = undefined;
	private parsed: ParsedImport | undefined = undefined;
	private plan: ImportPlan | undefined = undefined;
	private folder: string;
	/** The folder the plan was made for: Enter in the folder field plans again before it imports. */
	private plannedFolder = '';
	private overwrite = false;
	private busy = false;
	private readonly choices: PlanChoices = { leaveOut: new Set(), take: new Set() };
	private formatEl: HTMLSelectElement | undefined = undefined;
	private folderEl: HTMLInputElement | undefined = undefined;
	private vaultFileEl: HTMLInputElement | undefined = undefined;
	private statusEl: HTMLElement | undefined = undefined;
	private encodingEl: HTMLElement | undefined = undefined;
	private progressEl: HTMLProgressElement | undefined = undefined;
	private errorEl: HTMLElement | undefined = undefined;
	private planView: ImportPlanView | undefined = undefined;
	private planEl: HTMLElement | undefined = undefined;
	private importButton: HTMLButtonElement | undefined = undefined;

	constructor(
		app: App,
		private readonly options: ImportFormOptions,
	) {
		super(app);
		this.folder = options.defaultFolder;
	}

	override onOpen(): void {
		this.setTitle('Import contacts');
		const { contentEl } = this;
		contentEl.addClass('rapport-import-modal');

		const device = contentEl.createEl('input', {
			type: 'file',
			cls: 'rapport-import-file rapport-hidden',
			attr: { accept: '.csv,.vcf,text/csv,text/vcard,text/x-vcard', 'aria-hidden': 'true', tabindex: '-1' },
		});
		device.addEventListener('change', () => {
			const file = device.files?.[0];
			// As bytes: file.text() would turn every byte that is not UTF-8 into U+FFFD.
			if (file) void this.load(file.name, () => file.arrayBuffer());
			// The same file picked again later is a change too.
			device.value = '';
		});
		new Setting(contentEl)
			.setName('File')
			.setDesc("LinkedIn's Connections.csv, a .vcf from your phone or address book, or a Google Contacts CSV.")
			.addButton((button) => button.setButtonText('Choose a file…').onClick(() => device.click()));
		new Setting(contentEl)
			.setName('Or a file in this vault')
			.setDesc('A .csv or .vcf file you have put in the vault.')
			.addText((text) => {
				this.vaultFileEl = text.inputEl;
				text.setPlaceholder('Imports/Connections.csv');
				text.inputEl.setAttr('aria-label', 'A .csv or .vcf file in this vault');
				new ImportFileSuggest(this.app, text.inputEl, (file) => {
					text.inputEl.value = file.path;
					void this.loadVaultFile(file.path);
				});
				text.inputEl.addEventListener('change', () => void this.loadVaultFile(text.inputEl.value));
			});
		new Setting(contentEl)
			.setName('Format')
			.setDesc('Guessed from the file; change it if the guess is wrong.')
			.addDropdown((dropdown) => {
				this.formatEl = dropdown.selectEl;
				for (const format of IMPORT_FORMATS) dropdown.addOption(format, FORMAT_NAMES[format]);
				dropdown.setValue(this.format).onChange((value) => {
					this.format = value as ImportFormat;
					void this.read();
				});
			});
		new Setting(contentEl)
			.setName('Folder for new notes')
			.setDesc('People who are not in your vault yet get a note here.')
			.addText((text) => {
				this.folderEl = text.inputEl;
				text.setValue(this.folder).setPlaceholder(this.options.defaultFolder);
				text.inputEl.setAttr('aria-label', 'Folder for new notes');
				new FolderSuggest(this.app, text.inputEl, this.options.folders, (folder) => {
					text.inputEl.value = folder;
					this.setFolder(folder);
				});
				text.inputEl.addEventListener('change', () => this.setFolder(text.inputEl.value));
			});
		new Setting(contentEl)
			.setName('Overwrite existing values')
			.setDesc('Off: only empty properties are filled in. On: the file’s values replace what your notes say.')
			.addToggle((toggle) =>
				toggle.setValue(this.overwrite).onChange((on) => {
					this.overwrite = on;
					this.replan();
				}),
			);

		this.statusEl = contentEl.createDiv({ cls: 'rapport-import-status', attr: { 'aria-live': 'polite' } });
		this.encodingEl = contentEl.createDiv({ cls: 'rapport-import-encoding mod-warning', attr: { 'aria-live': 'polite' } });
		this.progressEl = contentEl.createEl('progress', { cls: 'rapport-import-progress rapport-hidden' });
		this.errorEl = contentEl.createDiv({ cls: 'rapport-import-error mod-warning', attr: { role: 'alert' } });
		this.planEl = contentEl.createDiv({ cls: 'rapport-import-plan' });
		this.planView = new ImportPlanView(this.planEl, this.choices, () => this.sync());

		new Setting(contentEl)
			.setClass('rapport-form-footer')
			.setClass('rapport-import-footer')
			.addButton((button) => {
				this.importButton = button.buttonEl;
				button
					.setButtonText(importButtonText(0))
					.setCta()
					.onClick(() => void this.submit());
			})
			.addButton((button) => button.setButtonText('Cancel').onClick(() => this.close()));
		// Enter imports from anywhere a key has no work of its own (a button, a tick, a list's
		// fold); a suggestion list open under a field takes its Enter first.
		contentEl.addEventListener('keydown', (evt) => this.onKeyDown(evt));
		this.say('Choose a file to see what would be imported. Nothing is written until you press Import.');
		this.sync();
		// The keyboard starts in the window, not in the queue behind it.
		contentEl.querySelector<HTMLElement>('button')?.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	/** Reads a file chosen on the device or in the vault (UTF-8, else Windows-1252), guesses its format, and plans. */
	async load(name: string, bytes: () => Promise<ArrayBuffer>): Promise<void> {
		this.busy = true;
		this.showError('');
		this.progress(`Reading ${name}…`);
		await nextFrame();
		let content: ArrayBuffer;
		try {
			content = await bytes();
		} catch (error) {
			this.busy = false;
			this.source = undefined;
			this.clearPlan();
			this.progress(undefined);
			this.showError(`Could not read ${name}: ${error instanceof Error ? error.message : String(error)}`);
			return;
		}
		const read = decodeImportFile(new Uint8Array(content));
		const note = encodingNote(name, read);
		this.source = note ? { name, text: read.text, note } : { name, text: read.text };
		const guessed = guessFormat(name, read.text);
		if (guessed) this.format = guessed;
		if (this.formatEl) this.formatEl.value = this.format;
		this.choices.leaveOut.clear();
		this.choices.take.clear();
		await this.read();
	}

	private async loadVaultFile(typed: string): Promise<void> {
		if (!typed.trim()) return;
		// As Obsidian writes vault paths: '/Imports/a.csv' and 'Imports\a.csv' are 'Imports/a.csv'.
		const path = normalizePath(typed.trim());
		const file = this.app.vault.getFileByPath(path);
		if (!(file instanceof TFile)) {
			this.showError(`There is no file ${path} in this vault.`);
			return;
		}
		await this.load(file.path, () => this.app.vault.readBinary(file));
	}

	/** Reads the file in the format picked, then plans. A file that is not that format is said, naming it. */
	private async read(): Promise<void> {
		const source = this.source;
		if (!source) return;
		this.busy = true;
		this.progress(`Reading ${source.name} as ${FORMAT_NAMES[this.format]}…`);
		await nextFrame();
		const outcome = this.options.backend.read(this.format, source.text);
		this.busy = false;
		this.progress(undefined);
		if (!outcome.ok) {
			this.parsed = undefined;
			this.clearPlan();
			const { looksLike } = outcome;
			this.showError(
				looksLike
					? `${source.name} looks like ${FORMAT_KINDS[looksLike]}, not ${FORMAT_KINDS[this.format]}: ` +
							`choose ${FORMAT_NAMES[looksLike]} as its format.`
					: `${source.name} is not a ${FORMAT_NAMES[this.format]} file Rapport can read: ${outcome.reason}`,
			);
			return;
		}
		this.showError('');
		this.parsed = parsedImport(outcome);
		this.replan();
	}

	private setFolder(folder: string): void {
		this.folder = folder.trim();
		if (this.folder !== this.plannedFolder) this.replan();
	}

	/** Plans again with the folder and overwrite as they are now; the ticks carry over. */
	private replan(): void {
		const parsed = this.parsed;
		if (!parsed || !this.source) return;
		this.plannedFolder = this.folder;
		this.plan = this.options.backend.plan(parsed, { folder: this.folder, overwrite: this.overwrite });
		this.say(planMessage(this.source.name, parsed, this.plan));
		this.encodingEl?.setText(this.source.note ?? '');
		if (parsed.records === 0) this.planEl?.empty();
		else this.planView?.show(this.plan);
		this.sync();
	}

	private clearPlan(): void {
		this.plan = undefined;
		this.planEl?.empty();
		this.say('');
		this.encodingEl?.setText('');
		this.sync();
	}

	/** The Import button: how many notes it writes, and off when none (or while busy). */
	private sync(): void {
		const count = this.plan ? chosenRows(this.plan, this.choices) : 0;
		if (!this.importButton) return;
		this.importButton.setText(importButtonText(count));
		this.importButton.disabled = count === 0 || this.busy;
	}

	/** Writes what was kept; the window closes once it is written, and stays with the reason when not. */
	async submit(): Promise<void> {
		if (this.busy || !this.parsed || !this.plan) return;
		if (this.folder !== this.plannedFolder) return this.replan();
		const total = chosenRows(this.plan, this.choices);
		if (total === 0) return;
		this.busy = true;
		this.sync();
		this.setInputsDisabled(true);
		this.progress(`Writing ${total} ${total === 1 ? 'note' : 'notes'}…`, 0, total);
		await nextFrame();
		const outcome = await this.options.backend.apply(
			this.parsed,
			{ folder: this.folder, overwrite: this.overwrite },
			{ leaveOut: new Set(this.choices.leaveOut), takeChanges: new Set(this.choices.take) },
			(done, of) => this.progress(`Writing ${done} of ${of} notes…`, done, of),
		);
		this.busy = false;
		this.setInputsDisabled(false);
		this.progress(undefined);
		if (outcome.ok) {
			this.close();
			return;
		}
		this.showError(outcome.message);
		this.sync();
	}

	private onKeyDown(evt: KeyboardEvent): void {
		if (evt.key !== 'Enter' || evt.isComposing || evt.defaultPrevented || evt.shiftKey || evt.altKey) return;
		const target = evt.target instanceof HTMLElement ? evt.target : undefined;
		if (target?.closest('button, summary, select, textarea, a, input[type="checkbox"], input[type="file"]')) return;
		evt.preventDefault();
		const { folderEl, vaultFileEl } = this;
		// Enter in a field takes what was typed first: a new folder is planned (and shown) before anything is written.
		if (folderEl && target === folderEl) this.setFolder(folderEl.value);
		else if (vaultFileEl && target === vaultFileEl && vaultFileEl.value.trim() !== (this.source?.name ?? '')) {
			void this.loadVaultFile(vaultFileEl.value);
			return;
		}
		void this.submit();
	}

	private setInputsDisabled(disabled: boolean): void {
		for (const el of Array.from(
			this.contentEl.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('input, select, button'),
		))
			if (el !== this.importButton) el.disabled = disabled;
	}

	/** Shows what is going on, with a bar: moving when `done` and `total` are given, busy otherwise; hidden for undefined. */
	private progress(message: string | undefined, done?: number, total?: number): void {
		const bar = this.progressEl;
		if (message !== undefined) this.say(message);
		if (!bar) return;
		bar.toggleClass('rapport-hidden', message === undefined);
		if (done !== undefined && total !== undefined && total > 0) {
			bar.max = total;
			bar.value = done;
		} else bar.removeAttribute('value');
	}

	private say(text: string): void {
		this.statusEl?.setText(text);
	}

	private showError(text: string): void {
		this.errorEl?.setText(text);
	}
}
