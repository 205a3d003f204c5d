// Rapport's settings: the defaults, and a migration that turns whatever data.json holds
// (an older version, a newer one, hand edits, nothing at all) into settings that are safe
// to use: one step per version from the stored one up, then each value read safely.

export type Tie = 'strong' | 'medium' | 'weak';
export const TIES: readonly Tie[] = ['strong', 'medium', 'weak'];

/** Frontmatter key names; users with other conventions map them here. */
export interface FieldKeys {
	aliases: string;
	company: string;
	role: string;
	email: string;
	linkedin: string;
	location: string;
	tie: string;
	cadence: string;
	lastContact: string;
	nextFollowUp: string;
	status: string;
	level: string;
	met: string;
	introducedBy: string;
	birthday: string;
}

/** What a goal counts (src/domain/review/goals.ts says how). */
export const GOAL_RULES = ['new-contact-coffees', 'events', 'weak-tie-reach-outs', 'gave'] as const;
export type GoalRule = (typeof GOAL_RULES)[number];
export const GOAL_PERIODS = ['month', 'quarter'] as const;
export type GoalPeriod = (typeof GOAL_PERIODS)[number];

/** A goal of the network review: "2 coffee chats with new contacts per month". */
export interface Goal {
	label: string;
	period: GoalPeriod;
	count: number;
	rule: GoalRule;
}

/** Meeting notes' property names: the day of the meeting and who was in it (`Date:`, `attendees:` in some vaults). */
export interface MeetingKeys {
	date: string;
	people: string;
}

/** A value data.json held that could not be used, and why; its default took its place. */
export interface SettingProblem {
	/** Where in data.json: `nudgeDays`, `cadenceDays.strong`, `contactFolders[2]`; empty for the whole file. */
	key: string;
	message: string;
}

export interface RapportSettings {
	version: number;
	/** Notes in these folders (and below) are contacts. */
	contactFolders: string[];
	/** Notes with these tags are contacts; `contact` also claims `contact/work`. */
	contactTags: string[];
	/** A frontmatter marker, `type: contact` by default. Empty key: off. */
	markerKey: string;
	markerValue: string;
	/** A list property containing a link, `categories: [[People]]` by default. Empty key: off. */
	categoryKey: string;
	categoryValue: string;
	/** Meeting notes: `type: meeting` or `categories: [[Meetings]]`. */
	meetingMarkerValue: string;
	meetingCategoryValue: string;
	/** Files here are templates, never contacts. */
	templatesFolder: string;
	/** Where New meeting note puts notes. Empty: Meetings. */
	meetingsFolder: string;
	/** Where New contact puts notes. Empty: the first contact folder. */
	newContactFolder: string;
	/** A note whose text new contacts start from. Empty: the built-in one. */
	newContactTemplate: string;
	/** Default cadence per tie, in days. */
	cadenceDays: Record<Tie, number>;
	/** Dated notes (daily notes). Empty: take the Daily Notes settings. */
	datedNotesFolder: string;
	datedNotesFormat: string;
	keys: FieldKeys;
	meetingKeys: MeetingKeys;
	/** A thank-you is owed the day after a meeting of one of the kinds in `THANK_YOU_KINDS` (queue.ts). */
	thankYouAfterMeeting: boolean;
	/** Days without a reply before the one nudge, and again before letting go. */
	nudgeDays: number;
	/** How far ahead the "upcoming" section looks. */
	upcomingDays: number;
	/** Add a "Reach out" block to today's daily note when it is created. */
	reachOutInDailyNote: boolean;
	/** How many people that block lists. */
	reachOutCount: number;
	/**
	 * A contact with no tie, cadence or status is new (untriaged): listed for triage, with no
	 * cadence row. Off: they use the medium cadence like everyone else.
	 */
	triageNewPeople: boolean;
	/** The network review's targets: companies and fields (tags) you are heading toward. */
	targetCompanies: string[];
	targetTags: string[];
	/** The network review's goals, each counted per month or quarter. */
	goals: Goal[];
	/** Drifting people come up in the queue's Reconnect section too. */
	driftInQueue: boolean;
	/** Where Create review note puts the dated review notes, and where their self-ratings are read back from. */
	reviewFolder: string;
}

/** Turns one version's data.json into the next version's. */
export type MigrationStep = (raw: Record<string, unknown>) => Record<string, unknown>;

/**
 * `MIGRATIONS[n]` turns version n into version n + 1; the current version is the
 * number of steps. A step moves, renames or converts what changed shape; reading each
 * value safely (and falling back to its default) is left to `readSettings`, for every
 * version. Version 0 is a data.json with no version: written with version 1's fields
 * before the version was stored, so its step has nothing to change.
 */
export const MIGRATIONS: readonly MigrationStep[] = [(raw) => raw];

export const SETTINGS_VERSION = MIGRATIONS.length;

export const DEFAULT_KEYS: Readonly<FieldKeys> = Object.freeze({
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

/** A goal's name in the rule's own words: the example goals', and a new goal's in the settings tab. */
export const GOAL_RULE_LABELS: Readonly<Record<GoalRule, string>> = Object.freeze({
	'new-contact-coffees': 'Coffee chats with new contacts',
	events: 'Events',
	'weak-tie-reach-outs': 'Reach out to weak ties',
	gave: 'Give before you ask',
});

/** The design's example goals: a review has something to show before any are set. */
const DEFAULT_GOALS: readonly Goal[] = [
	{ label: GOAL_RULE_LABELS['new-contact-coffees'], period: 'month', count: 2, rule: 'new-contact-coffees' },
	{ label: GOAL_RULE_LABELS.events, period: 'quarter', count: 1, rule: 'events' },
	{ label: GOAL_RULE_LABELS['weak-tie-reach-outs'], period: 'month', count: 5, rule: 'weak-tie-reach-outs' },
	{ label: GOAL_RULE_LABELS.gave, period: 'month', count: 4, rule: 'gave' },
];

export const DEFAULT_MEETING_KEYS: Readonly<MeetingKeys> = Object.freeze({ date: 'date', people: 'people' });

/** A fresh copy each call: the defaults are never mutated by accident. */
export function defaultSettings(): RapportSettings {
	return {
		version: SETTINGS_VERSION,
		contactFolders: ['People'],
		contactTags: ['contact'],
		markerKey: 'type',
		markerValue: 'contact',
		categoryKey: 'categories',
		categoryValue: 'People',
		meetingMarkerValue: 'meeting',
		meetingCategoryValue: 'Meetings',
		templatesFolder: 'Templates',
		meetingsFolder: 'Meetings',
		newContactFolder: '',
		newContactTemplate: '',
		cadenceDays: { strong: 30, medium: 90, weak: 180 },
		datedNotesFolder: '',
		datedNotesFormat: '',
		keys: { ...DEFAULT_KEYS },
		meetingKeys: { ...DEFAULT_MEETING_KEYS },
		thankYouAfterMeeting: true,
		nudgeDays: 7,
		upcomingDays: 7,
		reachOutInDailyNote: false,
		reachOutCount: 5,
		triageNewPeople: true,
		targetCompanies: [],
		targetTags: [],
		goals: DEFAULT_GOALS.map((goal) => ({ ...goal })),
		driftInQueue: true,
		reviewFolder: 'Reviews',
	};
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, fallback: string[]): string[] {
	if (typeof value === 'string')
		return value
			.split(',')
			.map((s) => s.trim())
			.filter(Boolean);
	if (!Array.isArray(value)) return fallback;
	return value
		.filter((v): v is string => typeof v === 'string')
		.map((s) => s.trim())
		.filter(Boolean);
}

function text(value: unknown, fallback: string): string {
	return typeof value === 'string' ? value.trim() : fallback;
}

function positiveInt(value: unknown, fallback: number): number {
	return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : fallback;
}

/** The version data.json says it is; none (or nonsense) is version 0, from before versions. */
function storedVersion(raw: Record<string, unknown>): number {
	const { version } = raw;
	return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : 0;
}

/**
 * Settings from anything data.json may hold. An older version is brought up one step at
 * a time from its own version; then unknown or mistyped values fall back to the defaults
 * one by one, so one bad value never throws the rest away.
 *
 * A data.json from a newer Rapport (synced from a device with a later release, or left
 * by a downgrade) is not turned back: nothing here knows how, and saving it as this
 * version would have the newer release migrate it again. It keeps its version and the
 * settings this version does not know, so saving writes them back as they were; the
 * values this version can read are used as they are, and one it cannot read is replaced
 * by its default, as for any version.
 */
export function migrateSettings(raw: unknown, migrations: readonly MigrationStep[] = MIGRATIONS): RapportSettings {
	return migrateSettingsReport(raw, migrations).settings;
}

/**
 * migrateSettings, and what it dropped and why: each value that was there but could not be
 * used (`cadenceDays.strong: expected a whole number, 1 or more, got "often"; …`), for the
 * CLI's problems and the settings tab. Nothing at all (no data.json) is no problem, nor is
 * a value missing: that is how a new setting arrives.
 */
export function migrateSettingsReport(
	raw: unknown,
	migrations: readonly MigrationStep[] = MIGRATIONS,
): { settings: RapportSettings; problems: SettingProblem[] } {
	const current = migrations.length;
	if (!isRecord(raw)) {
		const problems = raw === undefined || raw === null ? [] : [wrong('', raw, 'an object of settings', 'the defaults are used')];
		return { settings: { ...defaultSettings(), version: current }, problems };
	}
	const stored = storedVersion(raw);
	const problems = versionProblems(raw);
	if (stored > current) {
		const read = readSettings(raw);
		const keep = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {});
		const settings = {
			...raw,
			...read,
			keys: { ...keep(raw.keys), ...read.keys },
			meetingKeys: { ...keep(raw.meetingKeys), ...read.meetingKeys },
			cadenceDays: { ...keep(raw.cadenceDays), ...read.cadenceDays },
			version: stored,
		};
		return { settings, problems: [...problems, ...unusable(raw, defaultSettings())] };
	}
	let data = raw;
	for (const step of migrations.slice(stored)) data = step(data);
	return { settings: { ...readSettings(data), version: current }, problems: [...problems, ...unusable(data, defaultSettings())] };
}

/** Each value of one version's data.json, or its default where it is missing or mistyped. */
function readSettings(raw: Record<string, unknown>): Omit<RapportSettings, 'version'> {
	const defaults = defaultSettings();
	const keysRaw = isRecord(raw.keys) ? raw.keys : {};
	const keys = { ...defaults.keys };
	for (const name of Object.keys(keys) as (keyof FieldKeys)[]) {
		const value = text(keysRaw[name], keys[name]);
		if (value) keys[name] = value;
	}
	const cadenceRaw = isRecord(raw.cadenceDays) ? raw.cadenceDays : {};
	return {
		contactFolders: stringList(raw.contactFolders, defaults.contactFolders).map(trimSlashes),
		contactTags: stringList(raw.contactTags, defaults.contactTags).map((t) => t.replace(/^#/, '')),
		markerKey: text(raw.markerKey, defaults.markerKey),
		markerValue: text(raw.markerValue, defaults.markerValue),
		categoryKey: text(raw.categoryKey, defaults.categoryKey),
		categoryValue: text(raw.categoryValue, defaults.categoryValue),
		meetingMarkerValue: text(raw.meetingMarkerValue, defaults.meetingMarkerValue),
		meetingCategoryValue: text(raw.meetingCategoryValue, defaults.meetingCategoryValue),
		templatesFolder: trimSlashes(text(raw.templatesFolder, defaults.templatesFolder)),
		meetingsFolder: trimSlashes(text(raw.meetingsFolder, defaults.meetingsFolder)),
		newContactFolder: trimSlashes(text(raw.newContactFolder, defaults.newContactFolder)),
		newContactTemplate: trimSlashes(text(raw.newContactTemplate, defaults.newContactTemplate)),
		cadenceDays: {
			strong: positiveInt(cadenceRaw.strong, defaults.cadenceDays.strong),
			medium: positiveInt(cadenceRaw.medium, defaults.cadenceDays.medium),
			weak: positiveInt(cadenceRaw.weak, defaults.cadenceDays.weak),
		},
		datedNotesFolder: trimSlashes(text(raw.datedNotesFolder, defaults.datedNotesFolder)),
		datedNotesFormat: text(raw.datedNotesFormat, defaults.datedNotesFormat),
		keys,
		meetingKeys: propertyNames(raw.meetingKeys, DEFAULT_MEETING_KEYS),
		thankYouAfterMeeting: typeof raw.thankYouAfterMeeting === 'boolean' ? raw.thankYouAfterMeeting : defaults.thankYouAfterMeeting,
		nudgeDays: positiveInt(raw.nudgeDays, defaults.nudgeDays),
		upcomingDays: positiveInt(raw.upcomingDays, defaults.upcomingDays),
		reachOutInDailyNote: typeof raw.reachOutInDailyNote === 'boolean' ? raw.reachOutInDailyNote : defaults.reachOutInDailyNote,
		reachOutCount: positiveInt(raw.reachOutCount, defaults.reachOutCount),
		triageNewPeople: typeof raw.triageNewPeople === 'boolean' ? raw.triageNewPeople : defaults.triageNewPeople,
		targetCompanies: stringList(raw.targetCompanies, defaults.targetCompanies),
		targetTags: stringList(raw.targetTags, defaults.targetTags).map((t) => t.replace(/^#/, '')),
		goals: Array.isArray(raw.goals) ? raw.goals.flatMap((goal) => readGoal(goal).goal ?? []) : defaults.goals,
		driftInQueue: typeof raw.driftInQueue === 'boolean' ? raw.driftInQueue : defaults.driftInQueue,
		reviewFolder: trimSlashes(text(raw.reviewFolder, defaults.reviewFolder)) || defaults.reviewFolder,
	};
}

/**
 * One goal from data.json, or why it can't be used: it needs a rule Rapport counts, a period
 * (month or quarter) and a count of 1 or more; the label defaults to the rule's words.
 */
function readGoal(raw: unknown): { goal?: Goal; problem?: string } {
	if (!isRecord(raw)) return { problem: `expected a goal like {"label", "period", "count", "rule"}, got ${shown(raw)}` };
	const rule = GOAL_RULES.find((r) => r === raw.rule);
	if (!rule) return { problem: `rule: expected ${GOAL_RULES.join(', ')}, got ${shown(raw.rule)}; the goal is left out` };
	const period = raw.period === undefined ? 'month' : GOAL_PERIODS.find((p) => p === raw.period);
	if (!period) return { problem: `period: expected month or quarter, got ${shown(raw.period)}; the goal is left out` };
	const count = positiveInt(raw.count, 0);
	if (count === 0) return { problem: `count: expected a whole number, 1 or more, got ${shown(raw.count)}; the goal is left out` };
	const label = typeof raw.label === 'string' && raw.label.trim() ? raw.label.trim() : GOAL_RULE_LABELS[rule];
	return { goal: { label, period, count, rule } };
}

/** Property names, each its default where missing, mistyped or empty (the settings tab's "empty: the default"). */
function propertyNames(raw: unknown, defaults: Readonly<MeetingKeys>): MeetingKeys {
	const given = isRecord(raw) ? raw : {};
	return { date: text(given.date, '') || defaults.date, people: text(given.people, '') || defaults.people };
}

/** A value as data.json has it, short enough for a message. */
function shown(value: unknown): string {
	const json = JSON.stringify(value) ?? String(value);
	return json.length > 40 ? `${json.slice(0, 39)}…` : json;
}

function wrong(key: string, value: unknown, expected: string, instead: string): SettingProblem {
	return { key, message: `expected ${expected}, got ${shown(value)}; ${instead}` };
}

function versionProblems(raw: Record<string, unknown>): SettingProblem[] {
	const { version } = raw;
	if (version === undefined || storedVersion(raw) === version) return [];
	return [wrong('version', version, 'a whole number', 'read as a file from before versions were stored')];
}

/**
 * The values of data.json readSettings could not use, found by the type of each default,
 * which is how readSettings reads them (text, a whole number of 1 or more, true or false, a
 * list of text or one text with commas, an object of these), so a setting added later is
 * checked with no more code. Settings this version does not know are not looked at.
 */
function unusable(raw: Record<string, unknown>, defaults: object, prefix = ''): SettingProblem[] {
	const problems: SettingProblem[] = [];
	for (const [name, fallback] of Object.entries(defaults)) {
		const value = raw[name];
		const key = `${prefix}${name}`;
		if (value === undefined || name === 'version') continue;
		if (name === 'goals' && prefix === '') {
			if (!Array.isArray(value)) problems.push(wrong(key, value, 'a list of goals', 'the default goals are used'));
			else
				(value as unknown[]).forEach((goal, i) => {
					const { problem } = readGoal(goal);
					if (problem) problems.push({ key: `${key}[${i}]`, message: problem });
				});
			continue;
		}
		const instead = `the default, ${shown(fallback)}, is used`;
		if (Array.isArray(fallback)) {
			if (typeof value === 'string') continue;
			if (!Array.isArray(value)) problems.push(wrong(key, value, 'a list of text', instead));
			else
				(value as unknown[]).forEach((entry, i) => {
					if (typeof entry !== 'string') problems.push(wrong(`${key}[${i}]`, entry, 'text', 'it is left out'));
				});
		} else if (isRecord(fallback)) {
			if (isRecord(value)) problems.push(...unusable(value, fallback, `${key}.`));
			else problems.push(wrong(key, value, 'an object', `the defaults, ${shown(fallback)}, are used`));
		} else if (typeof fallback === 'number') {
			if (positiveInt(value, 0) === 0) problems.push(wrong(key, value, 'a whole number, 1 or more', instead));
		} else if (typeof value !== typeof fallback) {
			problems.push(wrong(key, value, typeof fallback === 'boolean' ? 'true or false' : 'text', instead));
		}
	}
	return problems;
}

export function trimSlashes(path: string): string {
	const slashed = path.replace(/\\/g, '/');
	let start = 0;
	let end = slashed.length;
	while (start < end && slashed[start] === '/') start++;
	while (end > start && slashed[end - 1] === '/') end--;
	return slashed.slice(start, end);
}
