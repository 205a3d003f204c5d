// The settings tab as a user meets it: sections in order, edits that save a new settings
// object, bad day counts refused with a message, and placeholders taken from Daily Notes.
import { describe, expect, it } from 'vitest';
import { App, type SettingTab as FakeSettingTab } from 'obsidian-test-mocks/obsidian';
import { showSettingTab } from './showSettingTab';
import { wireComponentsToDom } from './wireComponents';
import { defaultSettings, type RapportSettings } from '../../src/domain/settings';
import { INDEX_CHANGED, type SettingsHost } from '../../src/ui/host';
import { FolderSuggest, parseDays, splitList } from '../../src/ui/settingInputs';
import { RapportSettingTab } from '../../src/ui/settingsTab';

wireComponentsToDom();

interface FakeHost {
	host: SettingsHost;
	saved: RapportSettings[];
	initial: RapportSettings;
}

function fakeHost(folders: string[] = ['People', 'Clients', 'Clients/Acme', 'Journal'], more: Partial<SettingsHost> = {}): FakeHost {
	const initial = defaultSettings();
	let settings = initial;
	const saved: RapportSettings[] = [];
	const unused = (): never => {
		throw new Error('not used by the settings tab');
	};
	const host: SettingsHost = {
		today: unused,
		queue: unused,
		nextDue: unused,
		revision: () => 0,
		ready: () => true,
		contactCount: () => 0,
		nameLabel: unused,
		problems: () => [],
		settings: () => settings,
		saveSettings: (next) => {
			saved.push(next);
			settings = next;
			return Promise.resolve();
		},
		folders: () => folders,
		datedNotesDefaults: () => Promise.resolve({ folder: 'Journal', format: 'YYYY/MM/DD' }),
		openSettings: unused,
		actions: {
			open: unused,
			log: unused,
			meeting: unused,
			triage: unused,
			newContact: unused,
			importContacts: unused,
			snooze: unused,
			markDormant: unused,
			tag: unused,
			complete: unused,
			showPerson: unused,
		},
		status: () => ({
			contacts: 3,
			datedNotes: 10,
			datedNotesAt: { folder: 'Journal', format: 'YYYY/MM/DD', anywhere: false },
			problemNotes: 0,
		}),
		settingsProblems: () => [],
		survey: () => undefined,
		...more,
	};
	return { host, saved, initial };
}

function shown(fake: FakeHost, app = App.createConfigured__()): RapportSettingTab {
	return showSettingTab(fake.host, app);
}

function rows(tab: RapportSettingTab): HTMLElement[] {
	return Array.from(tab.containerEl.children) as HTMLElement[];
}

// The fake lays a row out as [control, info [name, description]].
function nameOf(row: HTMLElement): string {
	return row.children[1]?.children[0]?.textContent ?? '';
}

function row(tab: RapportSettingTab, name: string): HTMLElement {
	const found = rows(tab).find((r) => nameOf(r) === name);
	if (!found) throw new Error(`no setting named ${name}`);
	return found;
}

function field(tab: RapportSettingTab, name: string): HTMLInputElement | HTMLTextAreaElement {
	const input = row(tab, name).querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea');
	if (!input) throw new Error(`no text field in ${name}`);
	return input;
}

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
	input.value = value;
	input.dispatchEvent(new Event('input'));
}

function last(saved: RapportSettings[]): RapportSettings {
	const latest = saved[saved.length - 1];
	if (!latest) throw new Error('nothing was saved');
	return latest;
}

describe('the settings tab', () => {
	it('shows its sections in order, under sentence-case headings', () => {
		const tab = shown(fakeHost());
		const headings = rows(tab)
			.filter((r) => r.hasClass('setting-item-heading'))
			.map(nameOf);
		expect(headings).toEqual(['Contacts', 'Meeting notes', 'Cadence', 'Daily notes', 'Follow-ups', 'Network review', 'Property names']);
	});

	it('names every field by its row, so a screen reader does not read the placeholder alone', () => {
		const tab = shown(fakeHost());
		const fields = rows(tab).flatMap((r) => Array.from(r.querySelectorAll('input, select, textarea')));
		expect(fields.length).toBeGreaterThan(20);
		expect(fields.filter((f) => !f.getAttribute('aria-label'))).toEqual([]);
		const strong = rows(tab).find((r) => nameOf(r) === 'Strong ties');
		expect(strong?.querySelector('input')?.getAttribute('aria-label')).toBe('Strong ties');
	});

	it('saves the contact folders as a new list, one per line or comma-separated', () => {
		const fake = fakeHost();
		const tab = shown(fake);
		expect(field(tab, 'Contact folders').value).toBe('People');

		type(field(tab, 'Contact folders'), 'People\nClients, /Friends/');

		expect(last(fake.saved).contactFolders).toEqual(['People', 'Clients', 'Friends']);
		// A new object each time; what the host handed out is never edited in place.
		expect(last(fake.saved)).not.toBe(fake.initial);
		expect(fake.initial).toEqual(defaultSettings());
	});

	it('adds a typed folder to the list with the add button', () => {
		const fake = fakeHost();
		const tab = shown(fake);

		type(field(tab, 'Add a contact folder'), 'Clients/Acme');
		row(tab, 'Add a contact folder').querySelector('button')?.click();

		expect(last(fake.saved).contactFolders).toEqual(['People', 'Clients/Acme']);
		expect(field(tab, 'Contact folders').value).toBe('People\nClients/Acme');
	});

	it('adds a typed folder with Enter too, and says so when the vault has no such folder yet', () => {
		const fake = fakeHost();
		const tab = shown(fake);
		const enter = (input: HTMLInputElement | HTMLTextAreaElement): boolean =>
			input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));

		type(field(tab, 'Add a contact folder'), 'Clients');
		expect(enter(field(tab, 'Add a contact folder'))).toBe(false);
		expect(last(fake.saved).contactFolders).toEqual(['People', 'Clients']);
		expect(field(tab, 'Add a contact folder').value).toBe('');
		expect(row(tab, 'Add a contact folder').querySelector('.rapport-setting-note')).toBeNull();

		type(field(tab, 'Add a contact folder'), 'Friends');
		enter(field(tab, 'Add a contact folder'));
		expect(last(fake.saved).contactFolders).toEqual(['People', 'Clients', 'Friends']);
		expect(field(tab, 'Contact folders').value).toBe('People\nClients\nFriends');
		expect(row(tab, 'Add a contact folder').querySelector('.rapport-setting-note')?.textContent).toBe(
			'No folder Friends/ in this vault yet: added all the same, so notes put there later are contacts.',
		);
	});

	it('saves contact tags without their #', () => {
		const fake = fakeHost();
		const tab = shown(fake);
		type(field(tab, 'Contact tags'), '#contact, #client');
		expect(last(fake.saved).contactTags).toEqual(['contact', 'client']);
	});

	it('saves what marks a meeting note', () => {
		const fake = fakeHost();
		const tab = shown(fake);
		expect(field(tab, 'Meeting marker value').value).toBe('meeting');
		type(field(tab, 'Meeting marker value'), '1:1');
		type(field(tab, 'Meeting category'), 'Calls');
		expect(last(fake.saved)).toMatchObject({ meetingMarkerValue: '1:1', meetingCategoryValue: 'Calls' });
	});

	it('refuses a cadence that is not a whole number of days, with a visible message', () => {
		const fake = fakeHost();
		const tab = shown(fake);
		const strong = field(tab, 'Strong ties');
		expect(strong.value).toBe('30');

		for (const bad of ['0', 'abc', '2.5', '-3']) {
			type(strong, bad);
			expect(strong.getAttribute('aria-invalid')).toBe('true');
			expect(row(tab, 'Strong ties').querySelector('[role="alert"]')?.textContent).toMatch(/whole number of days/);
		}
		expect(fake.saved).toEqual([]);

		type(strong, '45');
		expect(strong.hasAttribute('aria-invalid')).toBe(false);
		expect(row(tab, 'Strong ties').querySelector('[role="alert"]')).toBeNull();
		expect(last(fake.saved).cadenceDays).toEqual({ strong: 45, medium: 90, weak: 180 });
	});

	it('turns reach-outs in the daily note on, and refuses a count that is no whole number', () => {
		const fake = fakeHost();
		const tab = shown(fake);
		row(tab, 'Reach-outs in the daily note').querySelector<HTMLElement>('.checkbox-container')?.click();
		expect(last(fake.saved).reachOutInDailyNote).toBe(true);
		type(field(tab, 'People in the reach-out list'), 'three');
		expect(row(tab, 'People in the reach-out list').querySelector('.rapport-setting-error')?.textContent).toBe(
			'Enter a whole number, 1 or more.',
		);
		type(field(tab, 'People in the reach-out list'), '3');
		expect(last(fake.saved).reachOutCount).toBe(3);
	});

	it('flips the thank-you toggle', () => {
		const fake = fakeHost();
		const tab = shown(fake);
		const toggle = row(tab, 'Thank-you owed after a meeting').querySelector<HTMLElement>('.checkbox-container');

		toggle?.click();
		expect(last(fake.saved).thankYouAfterMeeting).toBe(false);
		toggle?.click();
		expect(last(fake.saved).thankYouAfterMeeting).toBe(true);
	});

	it('turns triage of new people off and on', () => {
		const fake = fakeHost();
		const tab = shown(fake);
		const toggle = row(tab, 'Triage new people').querySelector<HTMLElement>('.checkbox-container');
		toggle?.click();
		expect(last(fake.saved).triageNewPeople).toBe(false);
		toggle?.click();
		expect(last(fake.saved).triageNewPeople).toBe(true);
	});

	it('saves follow-up day counts and refuses bad ones', () => {
		const fake = fakeHost();
		const tab = shown(fake);
		type(field(tab, 'Nudge delay'), '10');
		type(field(tab, 'Upcoming horizon'), 'soon');
		expect(fake.saved).toHaveLength(1);
		expect(last(fake.saved).nudgeDays).toBe(10);
		expect(last(fake.saved).upcomingDays).toBe(7);
	});

	it('saves property names, with the default as placeholder and empty meaning the default', () => {
		const fake = fakeHost();
		const tab = shown(fake);
		const lastContact = field(tab, 'Last contact');
		expect(lastContact.placeholder).toBe('last_contact');
		expect(lastContact.value).toBe('');

		type(lastContact, 'last_seen');
		expect(last(fake.saved).keys.lastContact).toBe('last_seen');
		expect(last(fake.saved).keys.nextFollowUp).toBe('next_follow_up');

		type(lastContact, '');
		expect(last(fake.saved).keys.lastContact).toBe('last_contact');
	});

	it('fills the daily-notes placeholders from the Daily Notes settings', async () => {
		const tab = shown(fakeHost());
		await new Promise((resolve) => window.setTimeout(resolve, 0));
		expect(field(tab, 'Daily notes folder').placeholder).toBe('Journal');
		expect(field(tab, 'Date format').placeholder).toBe('YYYY/MM/DD');
		expect(row(tab, 'Date format').textContent).toContain(
			'Empty: use the Daily Notes / Periodic Notes settings; with none, notes named YYYY-MM-DD count in any folder.',
		);
	});

	it('offers the same sections and rows to Obsidian 1.13+ settings search', () => {
		const fake = fakeHost();
		const tab = shown(fake);
		const imperative = rows(tab).map(nameOf);

		const fakeTab = tab as unknown as FakeSettingTab;
		fakeTab.update();
		fakeTab.renderTab__();
		const groups = tab.getSettingDefinitions();
		// The status line's group has no heading.
		const headings = groups.flatMap((group) => ('heading' in group && group.heading ? [group.heading] : []));
		const declarative = groups.flatMap((group) =>
			'type' in group && group.type === 'group'
				? [...(group.heading ? [group.heading] : []), ...(group.items ?? []).map((item) => ('name' in item ? item.name : ''))]
				: [],
		);
		expect(declarative).toEqual(imperative);
		expect(fakeTab.getRenderedRows__()).toHaveLength(imperative.length - headings.length);
	});
});

describe('the top of the settings tab', () => {
	const measured = {
		contacts: 43,
		datedNotes: 1204,
		datedNotesAt: { folder: 'Daily', format: 'YYYY-MM-DD', anywhere: false },
		problemNotes: 3,
	};

	it('opens with a status line: contacts, dated notes and where, and the notes that need a look', () => {
		const tab = shown(fakeHost(undefined, { status: () => measured }));
		expect(nameOf(rows(tab)[0] as HTMLElement)).toBe('43 contacts · 1,204 dated notes (Daily/, YYYY-MM-DD) · 3 notes need a look');
		const everywhere = { ...measured, contacts: 1, datedNotes: 1, problemNotes: 0 };
		const anywhere = shown(
			fakeHost(undefined, { status: () => ({ ...everywhere, datedNotesAt: { folder: '', format: 'YYYY-MM-DD', anywhere: true } }) }),
		);
		expect(nameOf(rows(anywhere)[0] as HTMLElement)).toBe('1 contact · 1 dated note (any folder, YYYY-MM-DD) · nothing needs a look');
	});

	it('says "Indexing…" before the first build, and follows the index while the tab is open, and not after', () => {
		let status: typeof measured | undefined;
		const app = App.createConfigured__();
		const tab = shown(fakeHost(undefined, { status: () => status }), app);
		const line = (): string => nameOf(rows(tab)[0] as HTMLElement);
		expect(line()).toBe('Indexing…');

		status = measured;
		app.workspace.trigger(INDEX_CHANGED, 1);
		expect(line()).toBe('43 contacts · 1,204 dated notes (Daily/, YYYY-MM-DD) · 3 notes need a look');
		status = { ...measured, contacts: 44, problemNotes: 1 };
		app.workspace.trigger(INDEX_CHANGED, 2);
		expect(line()).toBe('44 contacts · 1,204 dated notes (Daily/, YYYY-MM-DD) · 1 note needs a look');

		const statusRow = rows(tab)[0] as HTMLElement;
		tab.hide();
		status = { ...measured, contacts: 45 };
		app.workspace.trigger(INDEX_CHANGED, 3);
		expect(nameOf(statusRow)).toBe('44 contacts · 1,204 dated notes (Daily/, YYYY-MM-DD) · 1 note needs a look');
	});

	it('lists what data.json held that could not be used, with the file and the key', () => {
		const problems = [{ key: 'cadenceDays.strong', message: 'expected a whole number, 1 or more, got "often"; the default, 30, is used' }];
		const tab = shown(fakeHost(undefined, { settingsProblems: () => problems }));
		const shownProblems = (rows(tab)[0] as HTMLElement).findAll('.rapport-settings-problem').map((el) => el.textContent);
		expect(shownProblems).toEqual([
			'.obsidian/plugins/rapport/data.json: cadenceDays.strong: expected a whole number, 1 or more, got "often"; the default, 30, is used',
		]);
		expect(shown(fakeHost()).containerEl.findAll('.rapport-settings-problem')).toEqual([]);
	});

	describe('what it found in the vault', () => {
		const survey = {
			contacts: { folder: 'Network', people: 42, notes: 45, configured: false },
			datedNotes: { folder: 'Journal', format: 'YYYY-MM-DD', anywhere: false, from: 'names' as const, count: 310, total: 312 },
		};

		it('proposes the folder of people and the daily notes it found, and writes nothing until a button is clicked', () => {
			const fake = fakeHost(undefined, { survey: () => survey });
			const tab = shown(fake);
			const headings = rows(tab)
				.filter((r) => r.hasClass('setting-item-heading'))
				.map(nameOf);
			expect(headings[0]).toBe('Found in this vault');
			expect(row(tab, 'Contacts found').textContent).toContain('Network/ has 42 notes that look like people: use it as a contacts folder?');
			expect(row(tab, 'Daily notes found').textContent).toContain(
				'Journal/ has 310 of the 312 notes named as a date (YYYY-MM-DD): use it as the daily notes folder?',
			);
			expect(fake.saved).toEqual([]);

			const use = row(tab, 'Contacts found').querySelector('button');
			expect(use?.textContent).toBe('Use Network/');
			use?.click();
			expect(last(fake.saved).contactFolders).toEqual(['People', 'Network']);
			expect(field(tab, 'Contact folders').value).toBe('People\nNetwork');
			expect(rows(tab).map(nameOf)).toContain('Found in this vault');
		});

		it('adds the folder once, however often the button is clicked', () => {
			const fake = fakeHost(undefined, { survey: () => survey });
			const tab = shown(fake);
			const button = row(tab, 'Contacts found').querySelector('button');
			button?.click();
			button?.click();
			row(tab, 'Contacts found').querySelector('button')?.click();
			expect(fake.saved.map((s) => s.contactFolders)).toEqual([['People', 'Network']]);
		});

		it('takes the daily notes folder found by names, with its format', () => {
			const fake = fakeHost(undefined, { survey: () => survey });
			const tab = shown(fake);
			row(tab, 'Daily notes found').querySelector('button')?.click();
			expect(last(fake.saved)).toMatchObject({ datedNotesFolder: 'Journal', datedNotesFormat: 'YYYY-MM-DD' });
		});

		it('only confirms what is set already: a contacts folder, or the Daily Notes settings', () => {
			const settled = {
				contacts: { folder: 'People', people: 12, notes: 12, configured: true },
				datedNotes: { folder: 'Daily', format: 'YYYY-MM-DD', anywhere: false, from: 'periodic-notes' as const, count: 1204 },
			};
			const tab = shown(fakeHost(undefined, { survey: () => settled }));
			expect(row(tab, 'Contacts found').textContent).toContain(
				'People/ has 12 notes that look like people; it is a contacts folder already.',
			);
			expect(row(tab, 'Daily notes found').textContent).toContain(
				'1,204 notes in Daily/ named as a date (YYYY-MM-DD), as the Periodic Notes settings say; Rapport follows them.',
			);
			expect(row(tab, 'Contacts found').querySelector('button')).toBeNull();
			expect(row(tab, 'Daily notes found').querySelector('button')).toBeNull();
		});
	});

	it('saves the names of the meeting properties, empty meaning the default', () => {
		const fake = fakeHost();
		const tab = shown(fake);
		expect(field(tab, 'Meeting date property').placeholder).toBe('date');
		type(field(tab, 'Meeting date property'), 'Date');
		type(field(tab, 'Meeting people property'), 'attendees');
		expect(last(fake.saved).meetingKeys).toEqual({ date: 'Date', people: 'attendees' });
		type(field(tab, 'Meeting date property'), '');
		expect(last(fake.saved).meetingKeys).toEqual({ date: 'date', people: 'attendees' });
	});

	it('draws itself again with the settings as they are now when refreshed while open, and not when hidden', () => {
		const fake = fakeHost();
		const tab = shown(fake);
		void fake.host.saveSettings({ ...fake.initial, nudgeDays: 12 });
		tab.refresh();
		expect(field(tab, 'Nudge delay').value).toBe('12');
		tab.hide();
		tab.refresh();
		expect(rows(tab)).toEqual([]);
	});
});

describe('goals in the settings tab', () => {
	function control<T extends HTMLElement>(tab: RapportSettingTab, name: string, label: string): T {
		const found = row(tab, name).querySelector<T>(`[aria-label="${label}"]`);
		if (!found) throw new Error(`no ${label} in ${name}`);
		return found;
	}

	function choose(select: HTMLSelectElement, value: string): void {
		select.value = value;
		select.dispatchEvent(new Event('change'));
	}

	function button(tab: RapportSettingTab, name: string, text: string): HTMLButtonElement {
		const found = Array.from(row(tab, name).querySelectorAll('button')).find((b) => b.textContent === text);
		if (!found) throw new Error(`no ${text} button in ${name}`);
		return found;
	}

	it('lists each goal with its name, count, period and what it counts, explained', () => {
		const tab = shown(fakeHost());
		const events = row(tab, 'Events');
		expect(events.textContent).toContain('Counts the days you were at an event.');
		expect(control<HTMLInputElement>(tab, 'Events', 'How many').value).toBe('1');
		expect(control<HTMLSelectElement>(tab, 'Events', 'Period').value).toBe('quarter');
		expect(control<HTMLSelectElement>(tab, 'Events', 'What it counts').value).toBe('events');
		expect(Array.from(control<HTMLSelectElement>(tab, 'Events', 'Period').options).map((o) => o.textContent)).toEqual([
			'A month',
			'A quarter',
		]);
	});

	it('saves a changed name, count, period and rule, and refuses a count that is no whole number', () => {
		const fake = fakeHost();
		const tab = shown(fake);
		type(control(tab, 'Events', 'How many'), 'two');
		expect(row(tab, 'Events').querySelector('.rapport-setting-error')?.textContent).toBe('Enter a whole number, 1 or more.');
		expect(fake.saved).toHaveLength(0);
		type(control(tab, 'Events', 'How many'), '3');
		choose(control(tab, 'Events', 'Period'), 'month');
		type(control(tab, 'Events', 'Goal name'), 'Help someone');
		// The row is named by what was typed.
		choose(control(tab, 'Help someone', 'What it counts'), 'gave');
		expect(row(tab, 'Help someone').textContent).toContain('Counts the interactions you logged with #gave.');
		expect(last(fake.saved).goals[1]).toEqual({ label: 'Help someone', period: 'month', count: 3, rule: 'gave' });
		// The other goals stay as they were.
		expect(last(fake.saved).goals.map((g) => g.label)).toEqual([
			'Coffee chats with new contacts',
			'Help someone',
			'Reach out to weak ties',
			'Give before you ask',
		]);
	});

	it('adds a goal and removes one, drawing the list again', () => {
		const fake = fakeHost();
		const tab = shown(fake);
		button(tab, 'Reach out to weak ties', 'Remove').click();
		expect(last(fake.saved).goals.map((g) => g.rule)).toEqual(['new-contact-coffees', 'events', 'gave']);
		expect(() => row(tab, 'Reach out to weak ties')).toThrow();
		button(tab, 'Add a goal', 'Add goal').click();
		expect(last(fake.saved).goals[3]).toEqual({
			label: 'Coffee chats with new contacts',
			period: 'month',
			count: 2,
			rule: 'new-contact-coffees',
		});
		expect(rows(tab).filter((r) => nameOf(r) === 'Coffee chats with new contacts')).toHaveLength(2);
	});

	it("renames a goal still called by its rule's words when the rule changes, and keeps a name typed", () => {
		const fake = fakeHost();
		const tab = shown(fake);
		choose(control(tab, 'Events', 'What it counts'), 'gave');
		expect(last(fake.saved).goals[1]).toMatchObject({ label: 'Give before you ask', rule: 'gave' });
		expect(control<HTMLInputElement>(tab, 'Give before you ask', 'Goal name').value).toBe('Give before you ask');
		type(control(tab, 'Reach out to weak ties', 'Goal name'), 'Old colleagues');
		choose(control(tab, 'Old colleagues', 'What it counts'), 'events');
		expect(last(fake.saved).goals[2]).toMatchObject({ label: 'Old colleagues', rule: 'events' });
		// Emptied, a name is the rule's words again.
		type(control(tab, 'Old colleagues', 'Goal name'), ' ');
		expect(last(fake.saved).goals[2]?.label).toBe('Events');
	});

	it('saves no goals at all when every one is removed', () => {
		const fake = fakeHost();
		const tab = shown(fake);
		for (const name of ['Coffee chats with new contacts', 'Events', 'Reach out to weak ties', 'Give before you ask'])
			button(tab, name, 'Remove').click();
		expect(last(fake.saved).goals).toEqual([]);
		expect(row(tab, 'Add a goal')).toBeDefined();
	});
});

describe('folder suggestions', () => {
	it('suggests vault folders matching what was typed, and hands over the one picked', () => {
		const app = App.createConfigured__();
		const input = createEl('input');
		const picked: string[] = [];
		const suggest = new FolderSuggest(
			app.asOriginalType__(),
			input,
			() => ['People', 'Clients', 'Clients/Acme'],
			(f) => picked.push(f),
		);

		expect(suggest.getSuggestions('cli')).toEqual(['Clients', 'Clients/Acme']);
		expect(suggest.getSuggestions('')).toEqual(['People', 'Clients', 'Clients/Acme']);
		suggest.selectSuggestion('Clients/Acme');
		expect(picked).toEqual(['Clients/Acme']);
	});
});

describe('parsing what was typed', () => {
	it('takes whole days of 1 or more only', () => {
		expect(parseDays(' 14 ')).toBe(14);
		for (const bad of ['0', 'abc', '1.5', '-2', '', '1e3']) expect(parseDays(bad)).toBeNull();
	});

	it('splits lists on new lines and commas', () => {
		expect(splitList('a\n b ,c,,\n')).toEqual(['a', 'b', 'c']);
	});
});
