// The settings tab as a user meets it: sections in order, edits that save a new settings
// object, bad day counts refused with a message, and placeholders taken from Daily Notes.
import { describe, expect, it } from 'vitest';
import { App, Plugin, type SettingTab as FakeSettingTab } from 'obsidian-test-mocks/obsidian';
import { wireComponentsToDom } from './wireComponents';
import { defaultSettings, type RapportSettings } from '../../src/domain/settings';
import type { RapportHost } from '../../src/ui/host';
import { FolderSuggest, parseDays, splitList } from '../../src/ui/settingInputs';
import { RapportSettingTab } from '../../src/ui/settingsTab';

wireComponentsToDom();

interface FakeHost {
	host: RapportHost;
	saved: RapportSettings[];
	initial: RapportSettings;
}

function fakeHost(folders: string[] = ['People', 'Clients', 'Clients/Acme', 'Journal']): FakeHost {
	const initial = defaultSettings();
	let settings = initial;
	const saved: RapportSettings[] = [];
	const unused = (): never => {
		throw new Error('not used by the settings tab');
	};
	const host: RapportHost = {
		today: unused,
		queue: unused,
		nextDue: unused,
		revision: () => 0,
		ready: () => true,
		contactCount: () => 0,
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
			snooze: unused,
			markDormant: unused,
			tag: unused,
			complete: unused,
		},
	};
	return { host, saved, initial };
}

class FakePlugin extends Plugin {}

function shown(fake: FakeHost): RapportSettingTab {
	const app = App.createConfigured__();
	const plugin = new FakePlugin(app, {
		id: 'rapport',
		name: 'Rapport',
		version: '0.1.0',
		minAppVersion: '1.7.2',
		description: '',
		author: '',
	});
	const tab = new RapportSettingTab(app.asOriginalType__(), plugin.asOriginalType2__(), fake.host);
	// What Obsidian before 1.13 calls; the fake's type has no deprecation note on it.
	(tab as unknown as FakeSettingTab).display();
	return tab;
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
		expect(headings).toEqual(['Contacts', 'Meeting notes', 'Cadence', 'Daily notes', 'Follow-ups', 'Property names']);
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
		expect(row(tab, 'Date format').textContent).toContain('Empty: use the Daily Notes / Periodic Notes settings.');
	});

	it('offers the same sections and rows to Obsidian 1.13+ settings search', () => {
		const fake = fakeHost();
		const tab = shown(fake);
		const imperative = rows(tab).map(nameOf);

		const fakeTab = tab as unknown as FakeSettingTab;
		fakeTab.update();
		fakeTab.renderTab__();
		const groups = tab.getSettingDefinitions();
		const declarative = groups.flatMap((group) =>
			'heading' in group && 'items' in group ? [group.heading ?? '', ...(group.items ?? []).map((item) => item.name)] : [],
		);
		expect(declarative).toEqual(imperative);
		expect(fakeTab.getRenderedRows__()).toHaveLength(imperative.length - groups.length);
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
