// "Found in this vault" in the settings tab: measured again when the contact folders are
// changed there or the index moves, for as long as the tab is open, and kept after a save.
import { describe, expect, it } from 'vitest';
import { App } from 'obsidian-test-mocks/obsidian';
import { showSettingTab } from '../obsidian/showSettingTab';
import { wireComponentsToDom } from '../obsidian/wireComponents';
import { defaultSettings, type RapportSettings } from '../../src/domain/settings';
import { surveyVault, type SurveyNote } from '../../src/domain/vaultSurvey';
import { INDEX_CHANGED, type SettingsHost } from '../../src/ui/host';
import { RapportSettingTab } from '../../src/ui/settingsTab';

wireComponentsToDom();

const person = ['company', 'role'];
const located = { folder: 'Daily', format: 'YYYY-MM-DD', anywhere: false, from: 'daily-notes' as const };

/** A host whose survey is measured from `notes` under the settings saved last, as the plugin's is. */
function vaultHost(notes: SurveyNote[], settings: RapportSettings): { host: SettingsHost; saved: RapportSettings[] } {
	const saved: RapportSettings[] = [];
	let current = settings;
	const unused = (): never => {
		throw new Error('not used by the settings tab');
	};
	const host = {
		settings: () => current,
		saveSettings: (next: RapportSettings) => {
			saved.push(next);
			current = next;
			return Promise.resolve();
		},
		folders: () => ['People', 'Network', 'Daily'],
		datedNotesDefaults: () => Promise.resolve({ folder: 'Daily', format: 'YYYY-MM-DD' }),
		status: () => ({ contacts: 3, datedNotes: 1, datedNotesAt: located, problemNotes: 0 }),
		settingsProblems: () => [],
		survey: () => surveyVault(notes, current, located),
		openSettings: unused,
	} as Partial<SettingsHost> as SettingsHost;
	return { host, saved };
}

const shown = showSettingTab;

// The fake lays a row out as [control, info [name, description]].
function row(tab: RapportSettingTab, name: string): HTMLElement {
	const found = (Array.from(tab.containerEl.children) as HTMLElement[]).find((r) => r.children[1]?.children[0]?.textContent === name);
	if (!found) throw new Error(`no setting named ${name}`);
	return found;
}

function said(tab: RapportSettingTab, name: string): string {
	return row(tab, name).children[1]?.children[1]?.textContent ?? '';
}

function type(input: HTMLTextAreaElement, value: string): void {
	input.value = value;
	input.dispatchEvent(new Event('input'));
}

const network = (n: number): SurveyNote[] =>
	Array.from({ length: n }, (_, i) => ({ path: `Network/Person ${i + 1}.md`, properties: person }));

describe('Found in this vault', () => {
	it('says again what it found as soon as the contact folders are changed or cleared in the tab', () => {
		const tab = shown(vaultHost(network(3), { ...defaultSettings(), contactFolders: ['Network'] }).host);
		expect(said(tab, 'Contacts found')).toBe('Network/ has 3 notes that look like people; it is a contacts folder already.');

		const folders = row(tab, 'Contact folders').querySelector('textarea') as HTMLTextAreaElement;
		type(folders, '');
		expect(said(tab, 'Contacts found')).toBe('Network/ has 3 notes that look like people: use it as a contacts folder?');
		expect(row(tab, 'Contacts found').querySelector('button')?.textContent).toBe('Use Network/');

		type(folders, 'People, Network');
		expect(said(tab, 'Contacts found')).toBe('Network/ has 3 notes that look like people; it is a contacts folder already.');
		expect(row(tab, 'Contacts found').querySelector('button')).toBeNull();
	});

	it("offers a folder quietly once Contact folders holds folders of the user's own, and presses it while they are the default", () => {
		const quiet = shown(vaultHost(network(3), { ...defaultSettings(), contactFolders: ['Clients'] }).host);
		expect(said(quiet, 'Contacts found')).toBe('Network/ has 3 notes that look like people; it is not one of your contact folders.');
		const add = row(quiet, 'Contacts found').querySelector('button');
		expect({ text: add?.textContent, cta: add?.classList.contains('mod-cta') }).toEqual({ text: 'Add Network/', cta: false });
		const pressed = row(shown(vaultHost(network(3), defaultSettings()).host), 'Contacts found').querySelector('button');
		expect({ text: pressed?.textContent, cta: pressed?.classList.contains('mod-cta') }).toEqual({ text: 'Use Network/', cta: true });
	});

	it('stays after a proposal is taken, saying the folder is a contacts folder now', () => {
		const { host, saved } = vaultHost([...network(3), { path: 'Daily/2026-12-04.md', properties: [] }], defaultSettings());
		const tab = shown(host);
		row(tab, 'Contacts found').querySelector('button')?.click();
		expect(saved.map((s) => s.contactFolders)).toEqual([['People', 'Network']]);
		expect(said(tab, 'Contacts found')).toBe('Network/ has 3 notes that look like people; it is a contacts folder already.');
		expect(said(tab, 'Daily notes found')).toContain('1 note in Daily/ named as a date (YYYY-MM-DD)');
	});

	it('follows the index while the tab is open, and lets go when it is hidden', () => {
		const notes = network(3);
		const app = App.createConfigured__();
		const tab = shown(vaultHost(notes, defaultSettings()).host, app);
		const contacts = row(tab, 'Contacts found');
		notes.push(...network(5).slice(3));
		app.workspace.trigger(INDEX_CHANGED, 1);
		expect(said(tab, 'Contacts found')).toBe('Network/ has 5 notes that look like people: use it as a contacts folder?');

		tab.hide();
		notes.push({ path: 'Network/Person 6.md', properties: person });
		app.workspace.trigger(INDEX_CHANGED, 2);
		expect(contacts.children[1]?.children[1]?.textContent).toBe('Network/ has 5 notes that look like people: use it as a contacts folder?');
	});
});
