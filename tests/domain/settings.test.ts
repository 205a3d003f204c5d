import { describe, expect, it } from 'vitest';
import {
	DEFAULT_KEYS,
	SETTINGS_VERSION,
	defaultSettings,
	migrateSettings,
	migrateSettingsReport,
	type MigrationStep,
} from '../../src/domain/settings';

describe('migrateSettings', () => {
	it.each([
		['nothing', undefined],
		['null', null],
		['a string', 'garbage'],
		['a number', 42],
		['a list', [1, 2, 3]],
		['an empty object', {}],
	])('gives the defaults for %s', (_what, raw) => {
		expect(migrateSettings(raw)).toEqual(defaultSettings());
	});

	it('has the defaults the design names', () => {
		const settings = migrateSettings(undefined);
		expect(settings).toMatchObject({
			version: SETTINGS_VERSION,
			contactFolders: ['People'],
			contactTags: ['contact'],
			markerKey: 'type',
			markerValue: 'contact',
			categoryKey: 'categories',
			categoryValue: 'People',
			meetingMarkerValue: 'meeting',
			meetingCategoryValue: 'Meetings',
			cadenceDays: { strong: 30, medium: 90, weak: 180 },
			thankYouAfterMeeting: true,
			nudgeDays: 7,
			upcomingDays: 7,
		});
		expect(settings.keys).toEqual({
			aliases: 'aliases',
			company: 'company',
			role: 'role',
			email: 'email',
			linkedin: 'linkedin',
			location: 'location',
			tie: 'tie',
			cadence: 'cadence',
			lastContact: 'last_contact',
			nextFollowUp: 'next_follow_up',
			status: 'status',
			level: 'level',
			met: 'met',
			introducedBy: 'introduced_by',
			birthday: 'birthday',
		});
	});

	it('keeps what a partial object sets and fills in the rest', () => {
		const settings = migrateSettings({
			nudgeDays: 10,
			contactFolders: ['Contacts'],
			keys: { tie: 'strength' },
			cadenceDays: { weak: 365 },
		});
		expect(settings.nudgeDays).toBe(10);
		expect(settings.contactFolders).toEqual(['Contacts']);
		expect(settings.keys.tie).toBe('strength');
		expect(settings.keys.company).toBe('company');
		expect(settings.cadenceDays).toEqual({ strong: 30, medium: 90, weak: 365 });
		expect(settings.upcomingDays).toBe(7);
		expect(settings.contactTags).toEqual(['contact']);
	});

	it('falls back field by field when values have the wrong type', () => {
		const settings = migrateSettings({
			nudgeDays: 'ten',
			upcomingDays: 14,
			thankYouAfterMeeting: 'no',
			contactFolders: 42,
			contactTags: ['network'],
			markerKey: 7,
			markerValue: 'person',
			cadenceDays: { strong: 14, medium: 'x', weak: -1 },
			keys: { tie: 'strength', company: 5, role: '', email: null },
			templatesFolder: ['Templates'],
			datedNotesFormat: 'DD.MM.YYYY',
		});
		expect(settings.nudgeDays).toBe(7);
		expect(settings.upcomingDays).toBe(14);
		expect(settings.thankYouAfterMeeting).toBe(true);
		expect(settings.contactFolders).toEqual(['People']);
		expect(settings.contactTags).toEqual(['network']);
		expect(settings.markerKey).toBe('type');
		expect(settings.markerValue).toBe('person');
		expect(settings.cadenceDays).toEqual({ strong: 14, medium: 90, weak: 180 });
		expect(settings.keys).toMatchObject({ tie: 'strength', company: 'company', role: 'role', email: 'email' });
		expect(settings.templatesFolder).toBe('Templates');
		expect(settings.datedNotesFormat).toBe('DD.MM.YYYY');
	});

	it.each([[0], [-3], [2.5], [Number.NaN], ['7']])('refuses %j days as a nudge or look-ahead', (value) => {
		const settings = migrateSettings({ nudgeDays: value, upcomingDays: value });
		expect(settings.nudgeDays).toBe(7);
		expect(settings.upcomingDays).toBe(7);
	});

	it('keeps a turned-off thank-you', () => {
		expect(migrateSettings({ thankYouAfterMeeting: false }).thankYouAfterMeeting).toBe(false);
	});

	it('reads folder and tag lists written as text, and cleans them', () => {
		const settings = migrateSettings({ contactFolders: 'People, /CRM/Contacts/ ,', contactTags: '#contact, person' });
		expect(settings.contactFolders).toEqual(['People', 'CRM/Contacts']);
		expect(settings.contactTags).toEqual(['contact', 'person']);
	});

	it('drops list entries that are not text and keeps the rest', () => {
		expect(migrateSettings({ contactFolders: ['People', 3, null, ' Team\\Contacts/ '] }).contactFolders).toEqual([
			'People',
			'Team/Contacts',
		]);
	});

	it('keeps an emptied folder list and an emptied marker key (the rule turned off)', () => {
		const settings = migrateSettings({ contactFolders: [], markerKey: '', categoryKey: '' });
		expect(settings.contactFolders).toEqual([]);
		expect(settings.markerKey).toBe('');
		expect(settings.categoryKey).toBe('');
	});

	it('trims slashes from folders', () => {
		const settings = migrateSettings({ templatesFolder: '/Templates/', datedNotesFolder: 'Journal/Daily/' });
		expect(settings.templatesFolder).toBe('Templates');
		expect(settings.datedNotesFolder).toBe('Journal/Daily');
	});

	it('brings a data.json with no version, from before versions were stored, to the current one, keeping its values', () => {
		const settings = migrateSettings({ contactFolders: ['Contacts'], nudgeDays: 10, keys: { tie: 'strength' } });
		expect(settings).toEqual({
			...defaultSettings(),
			version: SETTINGS_VERSION,
			contactFolders: ['Contacts'],
			nudgeDays: 10,
			keys: { ...DEFAULT_KEYS, tie: 'strength' },
		});
		expect(migrateSettings({ version: 'one', nudgeDays: 10 })).toMatchObject({ version: SETTINGS_VERSION, nudgeDays: 10 });
	});

	describe('with steps', () => {
		// Two made-up releases: version 1 renamed `peopleFolder`, version 2 counts the nudge in days.
		const steps: MigrationStep[] = [
			({ peopleFolder, ...raw }) => ({ ...raw, contactFolders: peopleFolder }),
			({ nudgeWeeks, ...raw }) => ({ ...raw, nudgeDays: typeof nudgeWeeks === 'number' ? nudgeWeeks * 7 : undefined }),
		];

		it('runs each step from the stored version up to the current one', () => {
			expect(migrateSettings({ peopleFolder: ['Contacts'], nudgeWeeks: 2, upcomingDays: 14 }, steps)).toEqual({
				...defaultSettings(),
				version: 2,
				contactFolders: ['Contacts'],
				nudgeDays: 14,
				upcomingDays: 14,
			});
			// Version 1 was renamed already: only the second step runs.
			expect(migrateSettings({ version: 1, contactFolders: ['Clients'], peopleFolder: ['Stale'], nudgeWeeks: 1 }, steps)).toMatchObject({
				version: 2,
				contactFolders: ['Clients'],
				nudgeDays: 7,
			});
			// The current version runs no step; a bad value still falls back on its own.
			expect(migrateSettings({ version: 2, nudgeWeeks: 3, nudgeDays: 'x', contactFolders: ['Clients'] }, steps)).toMatchObject({
				version: 2,
				nudgeDays: 7,
				contactFolders: ['Clients'],
			});
		});
	});

	it('keeps a data.json from a newer version as it is, not downgraded, using the values it can read', () => {
		const raw = {
			version: SETTINGS_VERSION + 1,
			nudgeDays: 10,
			upcomingDays: 'a fortnight',
			cadenceDays: { strong: 20, acquaintance: 400 },
			keys: { tie: 'strength', pronouns: 'pronouns' },
			digest: { weekday: 'monday' },
		};
		const settings = migrateSettings(raw);
		expect(settings).toMatchObject({
			version: SETTINGS_VERSION + 1,
			nudgeDays: 10,
			upcomingDays: 7,
			cadenceDays: { strong: 20, medium: 90, weak: 180, acquaintance: 400 },
			digest: { weekday: 'monday' },
		});
		expect(settings.keys).toEqual({ ...DEFAULT_KEYS, tie: 'strength', pronouns: 'pronouns' });
		// Saved and loaded again (as the plugin does on every change), nothing is lost.
		expect(migrateSettings(JSON.parse(JSON.stringify(settings)))).toEqual(settings);
	});

	it('never mutates the defaults, the input, or an earlier result', () => {
		const first = migrateSettings(undefined);
		first.contactFolders.push('Changed');
		first.contactTags.push('changed');
		first.keys.tie = 'changed';
		first.cadenceDays.strong = 1;
		const partial = migrateSettings({ nudgeDays: 3 });
		partial.keys.company = 'changed';
		partial.cadenceDays.weak = 2;

		const again = migrateSettings(undefined);
		expect(again).toEqual(defaultSettings());
		expect(again.contactFolders).toEqual(['People']);
		expect(again.keys.tie).toBe('tie');
		expect(again.keys.company).toBe('company');
		expect(again.cadenceDays).toEqual({ strong: 30, medium: 90, weak: 180 });
		expect(DEFAULT_KEYS.tie).toBe('tie');
		expect(DEFAULT_KEYS.company).toBe('company');

		const raw = { contactFolders: ['People'], keys: { tie: 'strength' }, cadenceDays: { strong: 20 } };
		const settings = migrateSettings(raw);
		settings.contactFolders.push('More');
		settings.keys.tie = 'other';
		settings.cadenceDays.strong = 5;
		expect(raw).toEqual({ contactFolders: ['People'], keys: { tie: 'strength' }, cadenceDays: { strong: 20 } });
	});
});

describe('meeting property names', () => {
	it('are date and people unless data.json names others, one at a time', () => {
		expect(migrateSettings(undefined).meetingKeys).toEqual({ date: 'date', people: 'people' });
		// A data.json saved before meeting names existed gets the defaults with no step.
		expect(migrateSettings({ version: SETTINGS_VERSION, nudgeDays: 10 }).meetingKeys).toEqual({ date: 'date', people: 'people' });
		expect(migrateSettings({ meetingKeys: { date: ' Date ', people: 'attendees' } }).meetingKeys).toEqual({
			date: 'Date',
			people: 'attendees',
		});
		expect(migrateSettings({ meetingKeys: { people: 'participants', date: '' } }).meetingKeys).toEqual({
			date: 'date',
			people: 'participants',
		});
		expect(migrateSettings({ meetingKeys: { date: 3 } }).meetingKeys).toEqual({ date: 'date', people: 'people' });
	});
});

describe('migrateSettingsReport', () => {
	it('names each value it could not use, by its key, and why', () => {
		const { settings, problems } = migrateSettingsReport({
			cadenceDays: { strong: 'often', medium: 60 },
			nudgeDays: 0,
			thankYouAfterMeeting: 'yes',
			contactFolders: ['People', 3],
			keys: { tie: 'strength', company: 5 },
			meetingKeys: 'Date',
			templatesFolder: ['Templates'],
		});
		expect(settings.cadenceDays).toEqual({ strong: 30, medium: 60, weak: 180 });
		expect(settings.contactFolders).toEqual(['People']);
		expect(problems).toEqual([
			{ key: 'contactFolders[1]', message: 'expected text, got 3; it is left out' },
			{ key: 'templatesFolder', message: 'expected text, got ["Templates"]; the default, "Templates", is used' },
			{ key: 'cadenceDays.strong', message: 'expected a whole number, 1 or more, got "often"; the default, 30, is used' },
			{ key: 'keys.company', message: 'expected text, got 5; the default, "company", is used' },
			{
				key: 'meetingKeys',
				message: 'expected an object, got "Date"; the defaults, {"date":"date","people":"people"}, are used',
			},
			{ key: 'thankYouAfterMeeting', message: 'expected true or false, got "yes"; the default, true, is used' },
			{ key: 'nudgeDays', message: 'expected a whole number, 1 or more, got 0; the default, 7, is used' },
		]);
	});

	it('finds nothing wrong with no data.json, its defaults, lists written as text, or emptied names', () => {
		for (const raw of [undefined, null, {}, defaultSettings(), { contactFolders: 'People, Clients', keys: { tie: '' } }])
			expect(migrateSettingsReport(raw).problems).toEqual([]);
		// Saved by this release and read back: never a problem.
		const saved = JSON.parse(JSON.stringify(migrateSettings({ nudgeDays: 3, meetingKeys: { date: 'Date' } }))) as unknown;
		expect(migrateSettingsReport(saved).problems).toEqual([]);
	});

	it('says so when data.json holds no settings object at all, or a version that is no number', () => {
		expect(migrateSettingsReport([1, 2]).problems).toEqual([
			{ key: '', message: 'expected an object of settings, got [1,2]; the defaults are used' },
		]);
		expect(migrateSettingsReport({ version: 'one' }).problems).toEqual([
			{ key: 'version', message: 'expected a whole number, got "one"; read as a file from before versions were stored' },
		]);
	});

	it('leaves alone settings it does not know, from a newer release, and checks the ones it does', () => {
		const { problems } = migrateSettingsReport({
			version: SETTINGS_VERSION + 1,
			digest: { weekday: 3 },
			keys: { pronouns: 7 },
			upcomingDays: 'a fortnight',
		});
		expect(problems.map((p) => p.key)).toEqual(['upcomingDays']);
	});

	it('cuts a long value short in its message', () => {
		const [problem] = migrateSettingsReport({ markerKey: { a: 'x'.repeat(100) } }).problems;
		expect(problem?.message).toBe(`expected text, got {"a":"${'x'.repeat(33)}…; the default, "type", is used`);
	});
});

describe('the network review settings', () => {
	it('has defaults: no targets, the example goals, drift in the queue, a Reviews folder', () => {
		const settings = migrateSettings({ nudgeDays: 10 });
		expect(settings).toMatchObject({ targetCompanies: [], targetTags: [], driftInQueue: true, reviewFolder: 'Reviews' });
		expect(settings.goals).toEqual([
			{ label: 'Coffee chats with new contacts', period: 'month', count: 2, rule: 'new-contact-coffees' },
			{ label: 'Events', period: 'quarter', count: 1, rule: 'events' },
			{ label: 'Reach out to weak ties', period: 'month', count: 5, rule: 'weak-tie-reach-outs' },
			{ label: 'Give before you ask', period: 'month', count: 4, rule: 'gave' },
		]);
		// The defaults are a fresh copy each time.
		settings.goals[0]!.count = 9;
		expect(defaultSettings().goals[0]?.count).toBe(2);
	});

	it('reads targets as lists or text with commas, tags without their #', () => {
		const settings = migrateSettings({
			targetCompanies: 'Stripe, Société Générale',
			targetTags: ['#fintech', 'climate', 3],
			driftInQueue: false,
		});
		expect(settings.targetCompanies).toEqual(['Stripe', 'Société Générale']);
		expect(settings.targetTags).toEqual(['fintech', 'climate']);
		expect(settings.driftInQueue).toBe(false);
	});

	it('keeps the goals it can use, names the ones it cannot, and keeps an emptied list', () => {
		const { settings, problems } = migrateSettingsReport({
			goals: [
				{ label: 'Coffees', period: 'month', count: 3, rule: 'new-contact-coffees' },
				{ period: 'quarter', count: 1, rule: 'events' },
				{ label: '  ', count: 2, rule: 'new-contact-coffees' },
				{ label: 'Lunches', period: 'month', count: 2, rule: 'lunches' },
				{ label: 'Weekly', period: 'week', count: 1, rule: 'gave' },
				{ label: 'None', count: 0, rule: 'gave' },
				'two coffees',
			],
			reviewFolder: '/Journal/Reviews/',
		});
		expect(settings.goals).toEqual([
			{ label: 'Coffees', period: 'month', count: 3, rule: 'new-contact-coffees' },
			// A goal with no name is named as the settings tab names its rule.
			{ label: 'Events', period: 'quarter', count: 1, rule: 'events' },
			{ label: 'Coffee chats with new contacts', period: 'month', count: 2, rule: 'new-contact-coffees' },
		]);
		expect(settings.reviewFolder).toBe('Journal/Reviews');
		expect(problems.map((p) => p.key)).toEqual(['goals[3]', 'goals[4]', 'goals[5]', 'goals[6]']);
		expect(problems[0]?.message).toBe(
			'rule: expected new-contact-coffees, events, weak-tie-reach-outs, gave, got "lunches"; the goal is left out',
		);
		expect(migrateSettings({ goals: [] }).goals).toEqual([]);
		expect(migrateSettingsReport({ goals: 'coffee' }).problems).toEqual([
			{ key: 'goals', message: 'expected a list of goals, got "coffee"; the default goals are used' },
		]);
		expect(migrateSettings({ goals: 'coffee' }).goals).toHaveLength(4);
	});
});
