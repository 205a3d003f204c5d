// The top of the settings tab: a status line measured live ("43 contacts · 1,204 dated notes
// (Daily/, YYYY-MM-DD) · 3 notes need a look"), what data.json held that could not be used,
// and, before the settings were ever saved, what first-run detection found, with a button
// to take each proposal. Nothing is written until one is clicked.
import type { App, Setting } from 'obsidian';
import type { RapportSettings, SettingProblem } from '../domain/settings';
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
 * so first-run detection, which needs the built index, appears.
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

function contactsRow(found: FoundContacts, current: () => RapportSettings, accept: (patch: Partial<RapportSettings>) => void): Row {
	const where = `${found.folder}/`;
	const people = `${where} has ${count(found.people, 'note', 'notes')} that look like people`;
	if (found.configured) return { name: 'Contacts found', desc: `${people}; it is a contacts folder already.`, render: () => undefined };
	return {
		name: 'Contacts found',
		desc: `${people}: use it as a contacts folder?`,
		render: (setting) => {
			setting.addButton((button) =>
				button
					.setButtonText(`Use ${where}`)
					.setCta()
					.onClick(() => {
						// Added to the list as it is when clicked, once: a second click changes nothing.
						const folders = current().contactFolders;
						if (!folders.includes(found.folder)) accept({ contactFolders: [...folders, found.folder] });
					}),
			);
		},
	};
}

function datedNotesRow(found: FoundDatedNotes, accept: (patch: Partial<RapportSettings>) => void): Row {
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
			name: 'Daily notes found',
			desc: `${desc}: use it as the daily notes folder?`,
			render: (setting) => {
				setting.addButton((button) =>
					button
						.setButtonText(`Use ${where}`)
						.setCta()
						.onClick(() => accept({ datedNotesFolder: found.folder, datedNotesFormat: found.format })),
				);
			},
		};
	}
	const whose = found.from === 'periodic-notes' ? 'Periodic Notes' : 'Daily Notes';
	const desc =
		found.from === 'default'
			? `There are no Daily Notes settings and no notes ${named}; any note named so will count, in any folder.`
			: `${count(found.count, 'note', 'notes')} in ${place(found.folder)} ${named}, as the ${whose} settings say; Rapport follows them.`;
	return { name: 'Daily notes found', desc, render: () => undefined };
}

/** What first-run detection found, a row each; `accept` saves a proposal taken. */
export function surveyRows(survey: VaultSurvey, current: () => RapportSettings, accept: (patch: Partial<RapportSettings>) => void): Row[] {
	return [...(survey.contacts ? [contactsRow(survey.contacts, current, accept)] : []), datedNotesRow(survey.datedNotes, accept)];
}
