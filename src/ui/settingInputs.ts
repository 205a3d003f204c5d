// The settings tab's inputs: number and list fields read as people type them, folder
// suggestions, and a row's error message.
import { AbstractInputSuggest } from 'obsidian';
import type { App, Setting } from 'obsidian';

const ERROR_CLASS = 'rapport-setting-error';

/** A whole number of days, 1 or more; null for anything else ("0", "abc", "2.5"). */
export function parseDays(raw: string): number | null {
	const text = raw.trim();
	if (!/^\d+$/.test(text)) return null;
	const days = Number(text);
	return days > 0 && Number.isSafeInteger(days) ? days : null;
}

/** Folder or tag lists: one per line or comma-separated, as people paste them. */
export function splitList(raw: string): string[] {
	return raw
		.split(/[\n,]/)
		.map((s) => s.trim())
		.filter(Boolean);
}

/**
 * Folder suggestions under a text input. selectSuggestion is overridden (rather than
 * using onSelect's default) so picking works the same on 1.7.2 as on later versions.
 */
export class FolderSuggest extends AbstractInputSuggest<string> {
	/** Whether its list of suggestions is open, one of them highlighted (Enter picks it). */
	showing = false;

	constructor(
		app: App,
		inputEl: HTMLInputElement,
		private readonly folders: () => string[],
		private readonly pick: (folder: string) => void,
	) {
		super(app, inputEl);
	}

	getSuggestions(query: string): string[] {
		const needle = query.trim().toLowerCase();
		return this.folders().filter((folder) => folder.toLowerCase().includes(needle));
	}

	renderSuggestion(folder: string, el: HTMLElement): void {
		el.setText(folder);
	}

	override open(): void {
		super.open();
		this.showing = true;
	}

	override close(): void {
		super.close();
		this.showing = false;
	}

	override selectSuggestion(folder: string): void {
		this.pick(folder);
		this.close();
	}
}

/** Shows or clears a row's error: aria-invalid on the input and a short message under the name. */
export function showError(setting: Setting, input: HTMLElement, message: string | null): void {
	setting.infoEl.querySelector(`.${ERROR_CLASS}`)?.remove();
	if (message === null) {
		input.removeAttribute('aria-invalid');
		return;
	}
	input.setAttribute('aria-invalid', 'true');
	// mod-warning is Obsidian's error colour, so this reads as an error without our own CSS.
	setting.infoEl.createDiv({ cls: `${ERROR_CLASS} mod-warning`, text: message, attr: { role: 'alert' } });
}

/** Sets a text input's value the way typing does, so its onChange runs once. */
export function typeInto(input: HTMLInputElement, value: string): void {
	input.value = value;
	input.dispatchEvent(new Event('input'));
}

/**
 * Names each field of a setting row by the row's name, where it has no name of its own: a
 * screen reader then reads "Strong ties, 30", not only the placeholder "30".
 */
export function nameFields(setting: Setting): void {
	const name = setting.nameEl.textContent?.trim();
	if (!name) return;
	for (const field of Array.from(setting.controlEl.querySelectorAll('input, select, textarea')))
		if (!field.hasAttribute('aria-label') && !field.hasAttribute('aria-labelledby')) field.setAttribute('aria-label', name);
}
