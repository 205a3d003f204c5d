// The top of the settings tab: a status line measured live ("43 contacts · 1,204 dated notes
// (Daily/, YYYY-MM-DD) · 3 notes need a look"), what data.json held that could not be used,
// and what the vault seems to hold (where people and daily notes are), with a button to take
// each proposal. Nothing is written until one is clicked.
import type { App, Setting } from 'obsidian';
import { defaultSettings, type RapportSettings, type SettingProblem } from '../domain/settings';
import type { FoundContacts, FoundDatedNotes, VaultSurvey } from '../domain/vaultSurvey';
import { INDEX_CHANGED, type SettingsHost, type VaultStatus } from './host';
import { problemsTitle } from './problemsModal';
import type { Row } from './settingsTab';

function count(n: number, one: string, many: string): string {
	return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** Where dated notes are looked for, in words: `Daily/`, the vault root, or any folder. */
function place(folder: string, anywhere = false): string {
	return anywhere ? 'any folder' : folder ? `${folder}/` : 'the vault root';
}

/** The status line; "Indexing…" until the first build is done. */
export function statusLine(status: VaultStatus | undefined): string {
	if (!status) return 'Indexing…';
	const { folder, format, anywhere } = status.datedNotesAt;
	const problems = status.problemNotes === 0 ? 'nothing needs a look' : problemsTitle(status.problemNotes);
	return [
		count(status.contacts, 'contact', 'contacts'),
		`${count(status.datedNotes, 'dated note', 'dated notes')} (${place(folder, anywhere)}, ${format})`,
		problems,
	].join(' · ');
}

/** data.json's problems, one line each: the file, the key and why; the defaults stood in. */
export function settingsProblemLines(problems: readonly SettingProblem[], configDir: string): string[] {
	const file = `${configDir}/plugins/rapport/data.json`;
	return problems.map((p) => `${file}: ${p.key ? `${p.key}: ` : ''}${p.message}`);
}

/**
 * The status row: its name is the status line, painted again whenever the index moves while
 * the tab is open; the first paint after the first build shows the whole tab again (`refresh`),
 * so the "found" rows, which need the built index, appear.
 */
export function statusRow(app: App, host: SettingsHost, refresh: () => void): Row {
	return {
		name: statusLine(host.status()),
		desc: '',
		render: (setting: Setting) => {
			setting.settingEl.addClass('rapport-settings-status');
			setting.nameEl.setAttr('aria-live', 'polite');
			const lines = settingsProblemLines(host.settingsProblems(), app.vault.configDir);
			if (lines.length) {
				const desc = setting.descEl;
				desc.empty();
				desc.createDiv({ text: 'Settings that could not be used; their defaults stand in until you change them here:' });
				for (const line of lines) desc.createDiv({ cls: 'rapport-settings-problem mod-warning', text: line });
			}
			let ready = host.status() !== undefined;
			const ref = app.workspace.on(INDEX_CHANGED, () => {
				const status = host.status();
				if (!ready && status) {
					ready = true;
					refresh();
					return;
				}
				setting.setName(statusLine(status));
			});
			return () => app.workspace.offref(ref);
		},
	};
}

/** What a "found" row says, and the button that takes its proposal, when there is one. */
interface Found {
	desc: string;
	/** `quiet`: a plain button, for a proposal the user has a choice of their own beside. */
	take?: { text: string; click: () => void; quiet?: boolean };
}

function contactsFound(
	found: FoundContacts | undefined,
	current: () => RapportSettings,
	accept: (patch: Partial<RapportSettings>) => void,
): Found {
	if (!found) return { desc: 'No folder holds three or more notes that look like people.' };
	const where = `${found.folder}/`;
	const people = `${where} has ${count(found.people, 'note', 'notes')} that look like people`;
	if (found.configured) return { desc: `${people}; it is a contacts folder already.` };
	// Once Contact folders is set to folders of the user's own, the proposal is offered, not pressed on them.
	const folders = current().contactFolders;
	const chosen = folders.length > 0 && folders.join('\n') !== defaultSettings().contactFolders.join('\n');
	return {
		desc: chosen ? `${people}; it is not one of your contact folders.` : `${people}: use it as a contacts folder?`,
		take: {
			quiet: chosen,
			text: chosen ? `Add ${where}` : `Use ${where}`,
			click: () => {
				// Added to the list as it is when clicked, once: a second click changes nothing.
				const folders = current().contactFolders;
				if (!folders.includes(found.folder)) accept({ contactFolders: [...folders, found.folder] });
			},
		},
	};
}

function datedNotesFound(found: FoundDatedNotes, accept: (patch: Partial<RapportSettings>) => void): Found {
	const named = `named as a date (${found.format})`;
	if (found.from === 'names') {
		const where = place(found.folder);
		const total = found.total ?? found.count;
		const some =
			found.count === total
				? count(found.count, 'note', 'notes')
				: `${found.count.toLocaleString('en-US')} of the ${count(total, 'note', 'notes')}`;
		const desc = `There are no Daily Notes settings. ${where.charAt(0).toUpperCase()}${where.slice(1)} has ${some} ${named}`;
		return {
			desc: `${desc}: use it as the daily notes folder?`,
			take: { text: `Use ${where}`, click: () => accept({ datedNotesFolder: found.folder, datedNotesFormat: found.format }) },
		};
	}
	const whose = found.from === 'periodic-notes' ? 'Periodic Notes' : 'Daily Notes';
	const desc =
		found.from === 'default'
			? `There are no Daily Notes settings and no notes ${named}; any note named so will count, in any folder.`
			: `${count(found.count, 'note', 'notes')} in ${place(found.folder)} ${named}, as the ${whose} settings say; Rapport follows them.`;
	return { desc };
}

/** Paints a found row: its words, and its button only while there is a proposal to take. */
function paint(setting: Setting, found: Found): void {
	setting.setDesc(found.desc);
	setting.controlEl.empty();
	const { take } = found;
	if (take)
		setting.addButton((button) => {
			button.setButtonText(take.text).onClick(take.click);
			if (!take.quiet) button.setCta();
		});
}

/** What the "found" rows read and listen to besides the survey itself. */
export interface FoundWatch {
	app: App;
	host: SettingsHost;
	/** The settings as the tab last saved them. */
	current: () => RapportSettings;
	/** Saves a proposal taken. */
	accept: (patch: Partial<RapportSettings>) => void;
	/**
	 * Calls `saved` after each save from the tab that could change what the survey finds, with
	 * the settings saved; returns how to stop.
	 */
	onSave: (saved: (settings: RapportSettings) => void) => () => void;
}

/**
 * What the vault holds, a row each (where people are, where daily notes are), measured again
 * whenever the index changes or a setting the survey reads is saved, for as long as the tab
 * is open: the words never lag behind the contact folders typed a moment ago.
 */
export function surveyRows(survey: VaultSurvey, watch: FoundWatch): Row[] {
	const { app, host, current, accept, onSave } = watch;
	// Both rows hear each index change (its revision) and each save (the settings saved): the
	// vault is surveyed once for each of them, not once a row.
	let last: { moment: unknown; survey: VaultSurvey | undefined } | undefined;
	const measure = (moment: unknown): VaultSurvey | undefined => {
		// A change told with no revision is measured each time.
		if (moment !== undefined && last?.moment === moment) return last.survey;
		last = { moment, survey: host.survey() };
		return last.survey;
	};
	const row = (name: string, words: (survey: VaultSurvey) => Found): Row => ({
		name,
		desc: words(survey).desc,
		render: (setting: Setting) => {
			let shown = words(survey);
			paint(setting, shown);
			const again = (moment: unknown): void => {
				// Measured again; kept as it is while the index is being built anew.
				const now = measure(moment);
				if (!now) return;
				const found = words(now);
				if (found.desc === shown.desc && found.take?.text === shown.take?.text) return;
				shown = found;
				paint(setting, found);
			};
			const ref = app.workspace.on(INDEX_CHANGED, again);
			const stop = onSave(again);
			return () => {
				app.workspace.offref(ref);
				stop();
			};
		},
	});
	return [
		row('Contacts found', (s) => contactsFound(s.contacts, current, accept)),
		row('Daily notes found', (s) => datedNotesFound(s.datedNotes, accept)),
	];
}
