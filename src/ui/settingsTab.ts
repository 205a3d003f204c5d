// The settings tab: a status line (and what the vault seems to hold), where
// contacts are found, how often to keep in touch, where daily notes live, the follow-up
// rules, and the property names. One list of sections feeds both
// display() (Obsidian before 1.13, down to minAppVersion 1.7.2) and getSettingDefinitions()
// (1.13+, where it replaces display() and makes every row findable in settings search).
import { PluginSettingTab, Setting, requireApiVersion } from 'obsidian';
import type { App, Plugin, SettingDefinitionItem, TextAreaComponent, TextComponent } from 'obsidian';
import { THANK_YOU_KINDS } from '../domain/queue';
import {
	DEFAULT_KEYS,
	DEFAULT_MEETING_KEYS,
	GOAL_PERIODS,
	GOAL_RULE_LABELS,
	GOAL_RULES,
	TIES,
	defaultSettings,
	migrateSettings,
	trimSlashes,
} from '../domain/settings';
import { surveyReads } from '../domain/vaultSurvey';
import { listed } from '../domain/words';
import type { FieldKeys, Goal, GoalPeriod, GoalRule, MeetingKeys, RapportSettings, Tie } from '../domain/settings';
import type { SettingsHost } from './host';
import { FolderSuggest, nameFields, parseDays, showError, splitList, typeInto } from './settingInputs';
import { statusRow, surveyRows } from './settingsStatus';

/**
 * One settings row: rendered the same way by display() and by a declarative `render`. It may
 * return what to undo when the tab is hidden (an event it listens to).
 */
export interface Row {
	name: string;
	desc: string;
	render(setting: Setting): void | (() => void);
}

interface Section {
	/** Empty: rows with no heading above them (the status line). */
	heading: string;
	rows: Row[];
}

const TIE_NAMES: Record<Tie, string> = { strong: 'Strong ties', medium: 'Medium ties', weak: 'Weak ties' };

/** What each property holds, in the user's words; the keys themselves are the defaults. */
const KEY_LABELS: Record<keyof FieldKeys, string> = {
	aliases: 'Other names',
	company: 'Company',
	role: 'Role',
	email: 'Email',
	linkedin: 'LinkedIn profile',
	location: 'Location',
	tie: 'Tie',
	cadence: 'Cadence',
	lastContact: 'Last contact',
	nextFollowUp: 'Next follow-up',
	status: 'Status',
	level: 'Level',
	met: 'Where you met',
	introducedBy: 'Introduced by',
	birthday: 'Birthday',
};

/** Each rule a goal can count: its name in the rule list, and what it counts (a goal's name when none is typed: GOAL_RULE_LABELS). */
const GOAL_RULE_WORDS: Record<GoalRule, { option: string; desc: string }> = {
	'new-contact-coffees': {
		option: 'Coffees with new contacts',
		desc: 'Counts coffee chats with people who joined your network in the 90 days before, one a person a day.',
	},
	events: { option: 'Events', desc: 'Counts the days you were at an event.' },
	'weak-tie-reach-outs': { option: 'Weak ties reached', desc: 'Counts the weak ties you were in touch with, each person once.' },
	gave: { option: 'Gave first', desc: 'Counts the interactions you logged with #gave.' },
};

const GOAL_PERIOD_WORDS: Record<GoalPeriod, string> = { month: 'A month', quarter: 'A quarter' };

/** Placeholders show these, so an empty field says what it falls back to. */
const DEFAULTS: Readonly<RapportSettings> = defaultSettings();

export class RapportSettingTab extends PluginSettingTab {
	/**
	 * The settings as last saved from this tab. Each change starts from here, not from
	 * host.settings(), so two quick edits don't lose the first while the host is saving.
	 */
	private current: RapportSettings;
	/** What to undo when the tab is hidden or drawn again (display() only: 1.13+ runs each row's own). */
	private cleanups: (() => void)[] = [];
	/** How the tab is on screen now, so `refresh` draws it again the same way; undefined while hidden. */
	private shownBy: 'display' | 'definitions' | undefined = undefined;
	/** Rows that measure the vault again when a setting they depend on is saved (the "found" rows). */
	private readonly saveWatchers = new Set<(settings: RapportSettings) => void>();

	constructor(
		app: App,
		plugin: Plugin,
		private readonly host: SettingsHost,
	) {
		super(app, plugin);
		this.current = host.settings();
	}

	override display(): void {
		this.draw();
	}

	private draw(): void {
		this.cleanUp();
		this.shownBy = 'display';
		this.current = this.host.settings();
		const { containerEl } = this;
		containerEl.empty();
		for (const section of this.sections()) {
			if (section.heading) new Setting(containerEl).setName(section.heading).setHeading();
			for (const row of section.rows) {
				const setting = new Setting(containerEl).setName(row.name).setDesc(row.desc);
				const cleanup = row.render(setting);
				nameFields(setting);
				if (cleanup) this.cleanups.push(cleanup);
			}
		}
	}

	// Only Obsidian 1.13+ calls this; there it takes over from display(). Each row keeps its
	// imperative render, so validation and folder suggestions behave the same on both.
	override getSettingDefinitions(): SettingDefinitionItem[] {
		this.current = this.host.settings();
		return this.sections().map((section) => ({
			type: 'group',
			...(section.heading ? { heading: section.heading } : {}),
			items: section.rows.map((row) => ({
				name: row.name,
				desc: row.desc,
				// The status line changes as the vault does: not a setting to search for.
				...(section.heading ? {} : { searchable: false }),
				render: (setting: Setting) => {
					this.shownBy = 'definitions';
					const cleanup = row.render(setting);
					nameFields(setting);
					return cleanup;
				},
			})),
		}));
	}

	override hide(): void {
		this.cleanUp();
		this.shownBy = undefined;
		super.hide();
	}

	/**
	 * Draws the tab again when it is open: the settings changed on disk (a sync), or where
	 * daily notes are did. On 1.13+ update() hands Obsidian the new rows to draw.
	 */
	refresh(): void {
		if (this.shownBy === 'display') this.draw();
		if (this.shownBy !== 'definitions') return;
		// Rows are drawn from the definitions on 1.13+ only; the check says so to the linter too.
		if (requireApiVersion('1.13.0')) this.update();
	}

	private cleanUp(): void {
		for (const cleanup of this.cleanups.splice(0)) cleanup();
	}

	/** Every change is a new settings object, validated by migrateSettings, then saved. */
	private save(patch: Partial<RapportSettings>): void {
		const next = migrateSettings({ ...this.current, ...patch });
		const was = surveyReads(this.current);
		this.current = next;
		void this.host.saveSettings(next);
		if (surveyReads(next) !== was) for (const saved of this.saveWatchers) saved(next);
	}

	/** A proposal taken: saved, and the contact folders' field shows the folder added. */
	private accept(patch: Partial<RapportSettings>): void {
		this.save(patch);
		this.refresh();
	}

	private sections(): Section[] {
		const survey = this.host.survey();
		return [
			{ heading: '', rows: [statusRow(this.app, this.host, () => this.refresh())] },
			...(survey
				? [
						{
							heading: 'Found in this vault',
							rows: surveyRows(survey, {
								app: this.app,
								host: this.host,
								current: () => this.current,
								accept: (patch) => this.accept(patch),
								onSave: (saved) => {
									this.saveWatchers.add(saved);
									return () => this.saveWatchers.delete(saved);
								},
							}),
						},
					]
				: []),
			{ heading: 'Contacts', rows: this.contactRows() },
			{ heading: 'Meeting notes', rows: this.meetingRows() },
			{ heading: 'Cadence', rows: this.cadenceRows() },
			{ heading: 'Daily notes', rows: this.dailyNoteRows() },
			{ heading: 'Follow-ups', rows: this.followUpRows() },
			{ heading: 'Network review', rows: this.reviewRows() },
			{ heading: 'Property names', rows: this.propertyRows() },
		];
	}

	private contactRows(): Row[] {
		// The list and the "add" row are rendered one after the other; the add row writes
		// into the list's text area so the two never disagree.
		let listArea: TextAreaComponent | null = null;
		/** Adds a folder to the list; the folder it added, if it did. */
		const addFolder = (raw: string): string | undefined => {
			const folder = trimSlashes(raw.trim());
			if (!folder || this.current.contactFolders.includes(folder)) return undefined;
			const folders = [...this.current.contactFolders, folder];
			this.save({ contactFolders: folders });
			listArea?.setValue(folders.join('\n'));
			return folder;
		};
		return [
			{
				name: 'Contact folders',
				desc: 'Notes in these folders, and in folders inside them, are contacts. One per line, or separated by commas.',
				render: (setting) => {
					setting.addTextArea((area) => {
						listArea = area;
						area.setPlaceholder(DEFAULTS.contactFolders.join('\n')).setValue(this.current.contactFolders.join('\n'));
						area.onChange((value) => this.save({ contactFolders: splitList(value) }));
					});
				},
			},
			{
				name: 'Add a contact folder',
				desc: 'Type or pick a folder to add it to the list above.',
				render: (setting) => {
					let typed = '';
					let input: HTMLInputElement | undefined;
					// A folder not (yet) in the vault is added all the same, with a note saying so under the field.
					const add = (raw: string): void => {
						const folder = addFolder(raw);
						if (input) typeInto(input, '');
						setting.infoEl.querySelector('.rapport-setting-note')?.remove();
						if (folder && !this.host.folders().includes(folder)) {
							setting.infoEl.createDiv({
								cls: 'rapport-setting-note',
								text: `No folder ${folder}/ in this vault yet: added all the same, so notes put there later are contacts.`,
								attr: { role: 'status' },
							});
						}
					};
					setting.addText((text) => {
						input = text.inputEl;
						text.setPlaceholder('Folder');
						text.onChange((value) => (typed = value));
						const suggest = new FolderSuggest(this.app, text.inputEl, () => this.host.folders(), add);
						// Enter adds what was typed, unless a suggestion is showing: then Enter picks it.
						text.inputEl.addEventListener('keydown', (evt) => {
							if (evt.key !== 'Enter' || evt.isComposing || evt.defaultPrevented || suggest.showing) return;
							evt.preventDefault();
							add(typed);
						});
					});
					setting.addButton((button) => button.setButtonText('Add').onClick(() => add(typed)));
				},
			},
			{
				name: 'Contact tags',
				desc: 'Notes with these tags are contacts; a tag also covers the tags nested under it. Separated by commas, # optional.',
				render: (setting) => {
					setting.addText((text) =>
						text
							.setPlaceholder(DEFAULTS.contactTags.join(', '))
							.setValue(this.current.contactTags.join(', '))
							.onChange((value) => this.save({ contactTags: splitList(value).map((tag) => tag.replace(/^#/, '')) })),
					);
				},
			},
			this.textRow('Marker property', 'Notes with this property set to the marker value are contacts. Empty: off.', 'markerKey'),
			this.textRow('Marker value', 'The value that marks a contact.', 'markerValue'),
			this.textRow('Category property', 'Notes whose list property links to the category are contacts. Empty: off.', 'categoryKey'),
			this.textRow('Category value', 'The category note that marks a contact.', 'categoryValue'),
			this.folderRow('Templates folder', 'Notes here are templates, never contacts.', 'templatesFolder'),
			this.folderRow('New contact folder', 'Where New contact puts notes. Empty: the first contact folder.', 'newContactFolder'),
			this.textRow(
				'New contact template',
				'A note new contacts start from, such as Templates/Person.md; {{contact}}, {{company}}, ' +
					'{{tie}} and {{date}} are filled in. Empty: Remember, Interactions and Follow-ups sections.',
				'newContactTemplate',
			),
		];
	}

	private meetingRows(): Row[] {
		return [
			this.folderRow('Meetings folder', 'Where New meeting note puts notes.', 'meetingsFolder'),
			this.textRow(
				'Meeting marker value',
				"Notes whose marker property has this value are meeting notes: each person in their people property counts as met on the note's date.",
				'meetingMarkerValue',
			),
			this.textRow('Meeting category', 'Notes whose category property links to this note are meeting notes too.', 'meetingCategoryValue'),
			this.meetingKeyRow('Meeting date property', 'The property with the day of the meeting, such as Date.', 'date'),
			this.meetingKeyRow('Meeting people property', 'The list of people in the meeting, such as participants or attendees.', 'people'),
		];
	}

	/** A meeting property's name, as the contact property names: empty is the default, which the placeholder shows. */
	private meetingKeyRow(name: string, desc: string, key: keyof MeetingKeys): Row {
		const fallback = DEFAULT_MEETING_KEYS[key];
		return {
			name,
			desc: `${desc} Empty: ${fallback}.`,
			render: (setting) => {
				setting.addText((text) => {
					const value = this.current.meetingKeys[key];
					text.setPlaceholder(fallback).setValue(value === fallback ? '' : value);
					text.onChange((typed) => this.save({ meetingKeys: { ...this.current.meetingKeys, [key]: typed } }));
				});
			},
		};
	}

	private cadenceRows(): Row[] {
		const defaults = DEFAULTS.cadenceDays;
		return TIES.map((tie) =>
			this.daysRow(
				TIE_NAMES[tie],
				`Days between contacts for a ${tie} tie, when the contact has no cadence of its own.`,
				defaults[tie],
				() => this.current.cadenceDays[tie],
				(days) => ({ cadenceDays: { ...this.current.cadenceDays, [tie]: days } }),
			),
		);
	}

	private dailyNoteRows(): Row[] {
		// Asked once per render; a failure only costs the hint, never the setting.
		const fromPlugins = this.host.datedNotesDefaults().catch(() => ({ folder: '', format: '' }));
		const useCore = 'Empty: use the Daily Notes / Periodic Notes settings; with none, notes named YYYY-MM-DD count in any folder.';
		return [
			this.folderRow('Daily notes folder', `Where your daily notes are. ${useCore}`, 'datedNotesFolder', (text) => {
				// A block body on purpose: components have a then() method, so returning one
				// from a promise callback would make the promise chase it forever.
				void fromPlugins.then((found) => {
					text.setPlaceholder(found.folder);
				});
			}),
			this.textRow(
				'Date format',
				`How daily notes are named, in Moment.js tokens such as YYYY-MM-DD. ${useCore}`,
				'datedNotesFormat',
				(text) => {
					void fromPlugins.then((found) => {
						text.setPlaceholder(found.format);
					});
				},
			),
		];
	}

	private followUpRows(): Row[] {
		return [
			this.toggleRow(
				'Triage new people',
				'A contact with no tie, cadence or status is listed under "Triage new people" at the top of the queue until you pick ' +
					'a tie (or dormant), instead of being due now. Off: they use the medium cadence.',
				'triageNewPeople',
			),
			this.toggleRow(
				'Thank-you owed after a meeting',
				`After a ${listed(THANK_YOU_KINDS, 'or')}, a thank-you is due the next day.`,
				'thankYouAfterMeeting',
			),
			this.daysRow(
				'Nudge delay',
				'Days without a reply before the one nudge, and again before letting go.',
				DEFAULTS.nudgeDays,
				() => this.current.nudgeDays,
				(days) => ({ nudgeDays: days }),
			),
			this.toggleRow(
				'Reach-outs in the daily note',
				'When today\'s daily note is made, add a "Reach out" list of the people most due, as tasks; ticking one counts as contact.',
				'reachOutInDailyNote',
			),
			this.daysRow(
				'People in the reach-out list',
				'How many people the list names at most.',
				DEFAULTS.reachOutCount,
				() => this.current.reachOutCount,
				(count) => ({ reachOutCount: count }),
				'Enter a whole number, 1 or more.',
			),
			this.daysRow(
				'Upcoming horizon',
				'How many days ahead the upcoming section looks.',
				DEFAULTS.upcomingDays,
				() => this.current.upcomingDays,
				(days) => ({ upcomingDays: days }),
			),
		];
	}

	private reviewRows(): Row[] {
		const list = (name: string, desc: string, field: 'targetCompanies' | 'targetTags', placeholder: string): Row => ({
			name,
			desc,
			render: (setting) => {
				setting.addText((text) =>
					text
						.setPlaceholder(placeholder)
						.setValue(this.current[field].join(', '))
						.onChange((value) => this.save({ [field]: splitList(value).map((item) => item.replace(/^#/, '')) })),
				);
			},
		});
		return [
			list(
				'Target companies',
				'Companies you are heading toward: the review shows who you know at each, or a gap and who might introduce you. ' +
					'Separated by commas.',
				'targetCompanies',
				'Stripe, Figma',
			),
			list(
				'Target fields',
				'Fields you are heading toward, as tags: the review checks them as it does companies.',
				'targetTags',
				'devtools, design',
			),
			...this.goalRows(),
			this.toggleRow(
				'Drifting people in the queue',
				'Someone quiet for at least twice your usual gap with them comes up in Reconnect ("quiet for 10w; you usually talk ' +
					'every 3w"), even when their cadence says they are not due.',
				'driftInQueue',
			),
			this.folderRow(
				'Review folder',
				'Where Create review note puts dated review notes, and where self-ratings are read back from.',
				'reviewFolder',
			),
		];
	}

	/**
	 * One row a goal: its name, how many, per month or quarter, and what it counts, each
	 * saved as it is changed; then a row to add one. Adding or removing draws the tab again.
	 */
	private goalRows(): Row[] {
		const edit = (i: number, patch: Partial<Goal>): void =>
			this.save({ goals: this.current.goals.map((goal, at) => (at === i ? { ...goal, ...patch } : goal)) });
		const goalRow = (goal: Goal, i: number): Row => ({
			name: goal.label,
			desc: GOAL_RULE_WORDS[goal.rule].desc,
			render: (setting) => {
				setting.settingEl.addClass('rapport-goal');
				let nameField: TextComponent | undefined;
				const ruleNow = (): GoalRule => this.current.goals[i]?.rule ?? goal.rule;
				setting.addText((text) => {
					nameField = text;
					text.inputEl.setAttribute('aria-label', 'Goal name');
					text.setPlaceholder(GOAL_RULE_LABELS[goal.rule]).setValue(goal.label);
					text.onChange((value) => {
						// Empty: the rule's own words, which the placeholder shows.
						const label = value.trim() || GOAL_RULE_LABELS[ruleNow()];
						edit(i, { label });
						setting.setName(label);
					});
				});
				setting.addText((text) => {
					text.inputEl.inputMode = 'numeric';
					text.inputEl.setAttribute('aria-label', 'How many');
					text.inputEl.addClass('rapport-goal-count');
					text.setValue(String(goal.count));
					text.onChange((value) => {
						const count = parseDays(value);
						showError(setting, text.inputEl, count === null ? 'Enter a whole number, 1 or more.' : null);
						if (count !== null) edit(i, { count });
					});
				});
				setting.addDropdown((dropdown) => {
					dropdown.selectEl.setAttribute('aria-label', 'Period');
					for (const period of GOAL_PERIODS) dropdown.addOption(period, GOAL_PERIOD_WORDS[period]);
					dropdown.setValue(goal.period).onChange((period) => edit(i, { period: period as GoalPeriod }));
				});
				setting.addDropdown((dropdown) => {
					dropdown.selectEl.setAttribute('aria-label', 'What it counts');
					for (const rule of GOAL_RULES) dropdown.addOption(rule, GOAL_RULE_WORDS[rule].option);
					dropdown.setValue(goal.rule).onChange((value) => {
						const rule = value as GoalRule;
						const was = this.current.goals[i];
						// A name that was the old rule's own words becomes the new rule's; a name typed stays.
						const label = !was || was.label === GOAL_RULE_LABELS[was.rule] ? GOAL_RULE_LABELS[rule] : was.label;
						edit(i, { rule, label });
						if (label !== was?.label) nameField?.setValue(label);
						nameField?.setPlaceholder(GOAL_RULE_LABELS[rule]);
						setting.setDesc(GOAL_RULE_WORDS[rule].desc);
						setting.setName(label);
					});
				});
				setting.addButton((button) =>
					button.setButtonText('Remove').onClick(() => {
						this.save({ goals: this.current.goals.filter((_, at) => at !== i) });
						this.refresh();
					}),
				);
			},
		});
		return [
			...this.current.goals.map(goalRow),
			{
				name: 'Add a goal',
				desc:
					'A goal is a number of something to do each month or quarter, such as two coffee chats with new contacts a month. ' +
					'The review shows how far you are in this period and how you did in the six before.',
				render: (setting) => {
					setting.addButton((button) =>
						button.setButtonText('Add goal').onClick(() => {
							const rule: GoalRule = 'new-contact-coffees';
							this.save({ goals: [...this.current.goals, { label: GOAL_RULE_LABELS[rule], period: 'month', count: 2, rule }] });
							this.refresh();
						}),
					);
				},
			},
		];
	}

	private propertyRows(): Row[] {
		return (Object.keys(DEFAULT_KEYS) as (keyof FieldKeys)[]).map((key) => ({
			name: KEY_LABELS[key],
			desc: `Empty: ${DEFAULT_KEYS[key]}.`,
			render: (setting: Setting) => {
				setting.addText((text) => {
					const value = this.current.keys[key];
					// Showing the default as a placeholder, not a value, makes "empty = default" visible.
					text.setPlaceholder(DEFAULT_KEYS[key]).setValue(value === DEFAULT_KEYS[key] ? '' : value);
					// migrateSettings turns an empty name back into the default.
					text.onChange((typed) => this.save({ keys: { ...this.current.keys, [key]: typed } }));
				});
			},
		}));
	}

	/** An on/off setting. */
	private toggleRow(
		name: string,
		desc: string,
		field: 'thankYouAfterMeeting' | 'reachOutInDailyNote' | 'triageNewPeople' | 'driftInQueue',
	): Row {
		return {
			name,
			desc,
			render: (setting) => {
				setting.addToggle((toggle) => toggle.setValue(this.current[field]).onChange((on) => this.save({ [field]: on })));
			},
		};
	}

	/** A plain text setting; the placeholder shows the default. */
	private textRow(
		name: string,
		desc: string,
		field:
			| 'markerKey'
			| 'markerValue'
			| 'categoryKey'
			| 'categoryValue'
			| 'meetingMarkerValue'
			| 'meetingCategoryValue'
			| 'datedNotesFormat'
			| 'templatesFolder'
			| 'datedNotesFolder'
			| 'newContactFolder'
			| 'newContactTemplate'
			| 'meetingsFolder'
			| 'reviewFolder',
		extra?: (text: TextComponent) => void,
	): Row {
		return {
			name,
			desc,
			render: (setting) => {
				setting.addText((text) => {
					text.setPlaceholder(DEFAULTS[field]).setValue(this.current[field]);
					text.onChange((value) => this.save({ [field]: value }));
					extra?.(text);
				});
			},
		};
	}

	/** A folder setting with folder suggestions; picking one saves it like typing it would. */
	private folderRow(
		name: string,
		desc: string,
		field: 'templatesFolder' | 'datedNotesFolder' | 'newContactFolder' | 'meetingsFolder' | 'reviewFolder',
		extra?: (text: TextComponent) => void,
	): Row {
		return this.textRow(name, desc, field, (text) => {
			new FolderSuggest(
				this.app,
				text.inputEl,
				() => this.host.folders(),
				(folder) => typeInto(text.inputEl, folder),
			);
			extra?.(text);
		});
	}

	/**
	 * A count of days. Anything but a whole number of 1 or more is refused with a message
	 * and not saved; empty goes back to the default, which the placeholder shows.
	 */
	private daysRow(
		name: string,
		desc: string,
		fallback: number,
		read: () => number,
		patch: (days: number) => Partial<RapportSettings>,
		refusal = 'Enter a whole number of days, 1 or more.',
	): Row {
		return {
			name,
			desc,
			render: (setting) => {
				setting.addText((text) => {
					text.inputEl.inputMode = 'numeric';
					text.setPlaceholder(String(fallback)).setValue(String(read()));
					text.onChange((value) => {
						const days = value.trim() === '' ? fallback : parseDays(value);
						showError(setting, text.inputEl, days === null ? refusal : null);
						if (days !== null) this.save(patch(days));
					});
				});
			},
		};
	}
}
