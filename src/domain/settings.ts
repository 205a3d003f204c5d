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
		thankYouAfterMeeting: true,
		nudgeDays: 7,
		upcomingDays: 7,
		reachOutInDailyNote: false,
		reachOutCount: 5,
		triageNewPeople: true,
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
	const current = migrations.length;
	if (!isRecord(raw)) return { ...defaultSettings(), version: current };
	const stored = storedVersion(raw);
	if (stored > current) {
		const read = readSettings(raw);
		const keep = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {});
		return {
			...raw,
			...read,
			keys: { ...keep(raw.keys), ...read.keys },
			cadenceDays: { ...keep(raw.cadenceDays), ...read.cadenceDays },
			version: stored,
		};
	}
	let data = raw;
	for (const step of migrations.slice(stored)) data = step(data);
	return { ...readSettings(data), version: current };
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
		thankYouAfterMeeting: typeof raw.thankYouAfterMeeting === 'boolean' ? raw.thankYouAfterMeeting : defaults.thankYouAfterMeeting,
		nudgeDays: positiveInt(raw.nudgeDays, defaults.nudgeDays),
		upcomingDays: positiveInt(raw.upcomingDays, defaults.upcomingDays),
		reachOutInDailyNote: typeof raw.reachOutInDailyNote === 'boolean' ? raw.reachOutInDailyNote : defaults.reachOutInDailyNote,
		reachOutCount: positiveInt(raw.reachOutCount, defaults.reachOutCount),
		triageNewPeople: typeof raw.triageNewPeople === 'boolean' ? raw.triageNewPeople : defaults.triageNewPeople,
	};
}

export function trimSlashes(path: string): string {
	const slashed = path.replace(/\\/g, '/');
	let start = 0;
	let end = slashed.length;
	while (start < end && slashed[start] === '/') start++;
	while (end > start && slashed[end - 1] === '/') end--;
	return slashed.slice(start, end);
}
