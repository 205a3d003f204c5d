// A contact note read into a Contact: every field of the schema, each with its own
// problem when it can't be read, so one typo never hides the rest of the note.
import { cadenceOfDays, parseCadence, type Cadence } from './cadence';
import { dayFromParts, dayFromValue, formatDay, type Day } from './day';
import { INTERACTION_MARKS, parseInteractionLine, type Interaction } from './interactions';
import { baseName, linkDisplay, linkTarget } from './links';
import { tagsOfValues } from './recognition';
import { DEFAULT_KEYS, TIES, type FieldKeys, type RapportSettings, type Tie } from './settings';
import { sortInPlace } from './smallSort';
import { parseFollowUp, parseRememberItem, type FollowUp, type RememberItem } from './tasks';
import { SHOWN_CHARS, showValue } from './yamlGuard';

export type Status = 'active' | 'dormant' | 'archived';
export type Level = 'senior' | 'peer' | 'junior';
const STATUSES: readonly Status[] = ['active', 'dormant', 'archived'];
const LEVELS: readonly Level[] = ['senior', 'peer', 'junior'];

/**
 * Properties Rapport reads and an import writes under fixed names, not mapped in settings:
 * the day you connected, phone numbers, tags (Obsidian's own), and the companies a
 * contact has left (kept when an import shows a new one, so the review still finds them).
 */
export const FIXED_KEYS = Object.freeze({
	connected: 'connected',
	phone: 'phone',
	tags: 'tags',
	previousCompanies: 'previous_companies',
});

export interface Birthday {
	month: number;
	day: number;
	year?: number;
}

export interface Contact {
	path: string;
	/** The note's base name. */
	name: string;
	aliases: string[];
	company?: string;
	role?: string;
	email?: string;
	/** Every address in the email property (a list, or one text): `email` is the first. */
	emails: string[];
	/** `phone`: a list, or one text. */
	phones: string[];
	linkedin?: string;
	location?: string;
	tie?: Tie;
	/** The cadence as written; see `effectiveCadence` for the one in force. */
	cadence?: Cadence;
	effectiveCadence: Cadence;
	/** `last_contact` as written in the frontmatter. */
	lastContact?: Day;
	nextFollowUp?: Day;
	status: Status;
	/** No tie, cadence or status written: new to you (an import, a name clicked into being), to triage. */
	untriaged: boolean;
	level?: Level;
	/** Link targets, as names or paths. */
	met?: string;
	introducedBy?: string;
	/** When you connected (`connected`, as an import writes it), as written: where the triage list says they are from. */
	connected?: string;
	birthday?: Birthday;
	/** Where they used to work: `previous_companies` (or `companies`), a list or text with commas; the review's introducers. */
	previousCompanies: string[];
	tags: string[];
	interactions: Interaction[];
	followUps: FollowUp[];
	remember: RememberItem[];
	problems: string[];
}

/** Which section a list item stands under (see `sectionOwners`). */
export type SectionName = 'interactions' | 'remember' | 'followUps' | 'other';

export interface SectionItem {
	section: SectionName;
	line: number;
	text: string;
	task?: string;
	/** Under another list item. */
	nested?: boolean;
}

export interface ContactInput {
	path: string;
	frontmatter?: Record<string, unknown>;
	/** The properties are there but do not parse: whether they give a tie is not known. */
	unreadable?: boolean;
	/** Inline tags from the body, without `#`. */
	tags: readonly string[];
	items: readonly SectionItem[];
	/** The day a link names when it is a dated note's (`[[Daily/05.11.2026]]`): the index's dated-note matcher. */
	dayOfLink?: (target: string) => Day | undefined;
}

const SECTION_NAMES = new Map<string, SectionName>(
	Object.entries({
		interactions: 'interactions',
		'interaction log': 'interactions',
		log: 'interactions',
		remember: 'remember',
		'to remember': 'remember',
		'follow-ups': 'followUps',
		'follow ups': 'followUps',
		followups: 'followUps',
		'follow-up': 'followUps',
	} satisfies Record<string, SectionName>),
);

/**
 * The sections of the headings read lately, by their text: read for every heading of every
 * contact at start-up, where a vault's contacts mostly share a few headings, and each was
 * a lower-cased copy made and dropped. Emptied when it holds this many; a long heading is
 * not kept (no section's name is long).
 */
const headingSections = new Map<string, SectionName>();
const HEADINGS_KEPT = 256;
const HEADING_KEPT_CHARS = 64;

/** The section a heading opens, by its words: `## Follow-ups`, `## Interactions`. */
export function sectionOfHeading(text: string): SectionName {
	const known = headingSections.get(text);
	if (known !== undefined) return known;
	// A comment in the heading is no part of its words: `## Interactions %%since 2019%%`.
	// Read for every heading of every contact: most have nothing to take out.
	const marked = /[%#*_`]/.test(text);
	const words = (marked ? text.replace(/%%.*?%%/g, '').replace(/[#*_`]/g, '') : text).trim().toLowerCase();
	const section = SECTION_NAMES.get(words) ?? 'other';
	if (text.length > HEADING_KEPT_CHARS) return section;
	if (headingSections.size >= HEADINGS_KEPT) headingSections.clear();
	headingSections.set(text, section);
	return section;
}

/** A heading as the section rule reads it. */
export interface HeadingLine {
	line: number;
	level: number;
	text: string;
}

/**
 * The one rule for which section a line is in, shared by the reader (the index) and the
 * writer (a log): a heading's part of the note runs to the next heading of its level or a
 * higher one, as Obsidian folds it, and a line is in the section named by the innermost
 * part around it whose heading names one. So `### 2025` under `# Interactions` stays in
 * Interactions, and `### Follow-ups` under `## Interactions` is Follow-ups until the next
 * `###` or `##`. For each heading (sorted by line), the index of the heading that names the
 * section of the lines under it, or -1 when none does; `names` says which headings name one.
 */
export function sectionOwners<H extends HeadingLine>(
	headings: readonly H[],
	names: (heading: H, index: number) => boolean = (h) => sectionOfHeading(h.text) !== 'other',
): number[] {
	// The headings whose parts are open, outermost first (at most one per level), the first
	// `depth` of them. Both lists are made at their length: this runs for every contact at
	// start-up, and a list grown by push is made with room for 17.
	const open = new Array<number>(headings.length);
	let depth = 0;
	const owners = new Array<number>(headings.length);
	for (let index = 0; index < headings.length; index++) {
		const heading = headings[index] as H;
		while (depth > 0 && (headings[open[depth - 1] ?? 0]?.level ?? 0) >= heading.level) depth--;
		open[depth++] = index;
		let owner = -1;
		for (let i = depth - 1; i >= 0 && owner < 0; i--) {
			const at = open[i] ?? -1;
			const candidate = headings[at];
			if (candidate && names(candidate, at)) owner = at;
		}
		owners[index] = owner;
	}
	return owners;
}

// Every contact is kept parsed while the index lives, each with seven lists: most are
// empty (one shared, frozen list for all of them) and the rest are cut to their length (an
// array grown by push keeps room for 16 more). Nothing changes a parsed contact's lists.
const NONE: readonly never[] = Object.freeze([]);

function fitted<T>(list: T[]): T[] {
	return list.length === 0 ? (NONE as never[]) : list.slice();
}

function present(value: unknown): boolean {
	return value !== undefined && value !== null && value !== '';
}

/** A value in a problem's words: short, whatever the value (a long text, a huge or shared list). */
function show(value: unknown): string {
	if (typeof value === 'string') return `'${value.length > SHOWN_CHARS ? `${value.slice(0, SHOWN_CHARS)}…` : value}'`;
	return showValue(value);
}

function scalarText(value: unknown): string | undefined {
	if (typeof value === 'string') return value.trim() || undefined;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return undefined;
}

/** Each text of a list property, or the one text it holds: a list of exactly its length, the shared empty one for none. */
function texts(value: unknown): string[] {
	if (value === undefined) return NONE as never[];
	if (!Array.isArray(value)) {
		const text = scalarText(value);
		return text === undefined ? (NONE as never[]) : [text];
	}
	const found: string[] = [];
	for (let i = 0; i < value.length; i++) {
		const text = scalarText(value[i]);
		if (text !== undefined) found.push(text);
	}
	return fitted(found);
}

function first(value: unknown): unknown {
	return Array.isArray(value) ? value[0] : value;
}

const BIRTHDAY = /^(?:(\d{4})-|--)?(\d{1,2})-(\d{1,2})$/;

function parseBirthday(value: unknown): Birthday | undefined {
	if (value instanceof Date) {
		const day = dayFromValue(value);
		if (day === undefined) return undefined;
		const d = new Date(day * 86_400_000);
		return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
	}
	const text = scalarText(value);
	const match = text ? BIRTHDAY.exec(text) : null;
	if (!match) return undefined;
	const year = match[1] ? Number(match[1]) : undefined;
	const month = Number(match[2]);
	const dayOfMonth = Number(match[3]);
	// 29 Feb is a real birthday; check against a leap year when the year is unknown.
	if (dayFromParts(year ?? 2000, month, dayOfMonth) === undefined) return undefined;
	return year === undefined ? { month, day: dayOfMonth } : { year, month, day: dayOfMonth };
}

/** A `connected` date as a day when it is one (a YAML date included), else its text. */
function connectedOf(value: unknown): string | undefined {
	const day = dayFromValue(first(value));
	return day === undefined ? scalarText(first(value)) : formatDay(day);
}

/**
 * The day a link to a dated note stands for: `"[[2026-11-05]]"` (a habit of people who link
 * their daily notes; any note named by the date), or a link to any note the dated-note
 * format names.
 */
function linkedDay(raw: unknown, dayOfLink: ((target: string) => Day | undefined) | undefined): Day | undefined {
	if (typeof raw !== 'string' || !/^\s*!?\[/.test(raw)) return undefined;
	const target = linkTarget(raw);
	return dayFromValue(baseName(target)) ?? dayOfLink?.(target);
}

/** A list of companies as written: a list, or one text with commas; links read as their names. */
function companiesOf(value: unknown): string[] {
	if (value === undefined) return NONE as never[];
	const values: unknown[] = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
	return values.flatMap((v) => {
		const text = scalarText(v);
		return text ? [linkDisplay(text)] : [];
	});
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
	const text = scalarText(value)?.toLowerCase();
	return allowed.find((a) => a === text);
}

/**
 * A contact's aliases, as a list or a comma-separated text; Obsidian also reads the
 * singular `alias`. The index reads these before the rest of the note, to resolve links.
 */
export function readAliases(fm: Record<string, unknown>, key: string, onBadValue: () => void = () => undefined): string[] {
	const aliases: string[] = [];
	let bad = aliasesIn(fm[key], aliases);
	if (key === 'aliases') bad += aliasesIn(fm.alias, aliases);
	for (; bad > 0; bad--) onBadValue();
	return aliases;
}

/** Adds the aliases a value holds; returns how many of its values are no name. */
function aliasesIn(raw: unknown, aliases: string[]): number {
	if (!present(raw)) return 0;
	if (!Array.isArray(raw) && typeof raw !== 'string') return scalarAlias(raw, aliases);
	const values: unknown[] = Array.isArray(raw) ? raw : raw.split(',');
	let bad = 0;
	for (let i = 0; i < values.length; i++) bad += scalarAlias(values[i], aliases);
	return bad;
}

function scalarAlias(value: unknown, aliases: string[]): number {
	const text = scalarText(value);
	if (text) aliases.push(linkDisplay(text));
	else if (present(value)) return 1;
	return 0;
}

/** A problem with a property: what was expected, and what is there. */
function expected(problems: string[], key: string, raw: unknown, what: string): void {
	problems.push(`${key}: expected ${what}, got ${show(raw)}`);
}

/**
 * A text property (its first value, if a list); a value that is no text is a problem, and
 * undefined. A list of several is read as its first, and named as a problem, since the
 * rest would go unseen (`company: [Acme, Globex]`); not for one that may hold several
 * (`many`: the emails, each read as well).
 */
function textField(value: unknown, key: string, problems: string[], display = false, many = false): string | undefined {
	const raw = first(value);
	if (!present(raw)) return undefined;
	const text = scalarText(raw);
	if (text === undefined) {
		expected(problems, key, value, 'text');
		return undefined;
	}
	if (!many && Array.isArray(value) && value.length > 1)
		problems.push(`${key}: expected one text, got ${show(value)}; only the first, ${show(raw)}, is read`);
	return display ? linkDisplay(text) : text;
}

/** A property read by `parse`; a value it can't read is a problem, and undefined. */
function field<T>(raw: unknown, key: string, parse: (raw: unknown) => T | undefined, what: string, problems: string[]): T | undefined {
	if (!present(raw)) return undefined;
	const value = parse(raw);
	if (value === undefined) expected(problems, key, raw, what);
	return value;
}

function linkField(raw: unknown, key: string, problems: string[]): string | undefined {
	const text = textField(raw, key, problems);
	return text ? linkTarget(text) || undefined : undefined;
}

// The readers of the properties with a fixed set of values: one function each, not one
// made per contact.
const tieOf = (raw: unknown): Tie | undefined => oneOf(raw, TIES);
const statusOf = (raw: unknown): Status | undefined => oneOf(raw, STATUSES);
const levelOf = (raw: unknown): Level | undefined => oneOf(raw, LEVELS);
const DATE = 'a date YYYY-MM-DD';

/** Every property a contact's parse reads: the mapped ones, and those read under fixed names. */
type Read = keyof FieldKeys | 'alias' | 'phone' | 'connected' | 'previousCompanies' | 'companies' | 'tags' | 'tag';

/**
 * Where each property read stands in one list of values, for one set of mapped names: a
 * note's properties are walked once, each own name looked up here, rather than twenty-odd
 * names looked up in each note, most of them absent (a slow look-up on objects of many shapes).
 */
interface ReadPlan {
	keys: FieldKeys;
	slots: Record<Read, number>;
	slotOf: Map<string, number>;
	/** Names read that every object has from its prototype (`constructor`): read from the note directly, as before. */
	inherited: [string, number][];
	size: number;
	/** Each name read, by its lower case: another spelling of it is a second property. */
	folded: Map<string, string>;
}

let lastPlan: ReadPlan | undefined;
/** The values of one note's properties by slot, reused from note to note (nothing keeps the list). */
let values: unknown[] = [];

/** The names of the mapped keys: what a plan is made from. */
const KEY_NAMES = Object.keys(DEFAULT_KEYS) as readonly (keyof FieldKeys)[];

// Each name by itself: a look-up by a name that varies is a slow one, and this runs per note.
function samePlanKeys(a: FieldKeys, b: FieldKeys): boolean {
	return (
		a.aliases === b.aliases &&
		a.company === b.company &&
		a.role === b.role &&
		a.email === b.email &&
		a.linkedin === b.linkedin &&
		a.location === b.location &&
		a.tie === b.tie &&
		a.cadence === b.cadence &&
		a.lastContact === b.lastContact &&
		a.nextFollowUp === b.nextFollowUp &&
		a.status === b.status &&
		a.level === b.level &&
		a.met === b.met &&
		a.introducedBy === b.introducedBy &&
		a.birthday === b.birthday
	);
}

function readPlan(keys: FieldKeys): ReadPlan {
	// The mapped names are compared, not the object: settings may be changed in place.
	if (lastPlan && samePlanKeys(lastPlan.keys, keys)) return lastPlan;
	const mapped = {} as FieldKeys;
	for (const name of KEY_NAMES) mapped[name] = keys[name];
	const names: Record<Read, string> = {
		...mapped,
		alias: 'alias',
		phone: FIXED_KEYS.phone,
		connected: FIXED_KEYS.connected,
		previousCompanies: FIXED_KEYS.previousCompanies,
		companies: 'companies',
		tags: 'tags',
		tag: 'tag',
	};
	const slotOf = new Map<string, number>();
	const slots = {} as Record<Read, number>;
	for (const read of Object.keys(names) as Read[]) {
		const name = names[read];
		let slot = slotOf.get(name);
		if (slot === undefined) slotOf.set(name, (slot = slotOf.size));
		slots[read] = slot;
	}
	const inherited = [...slotOf].filter(([name]) => name in Object.prototype);
	const folded = new Map([...slotOf.keys()].map((name) => [name.toLowerCase(), name]));
	lastPlan = { keys: mapped, slots, slotOf, inherited, size: slotOf.size, folded };
	return lastPlan;
}

/** Interactions newest first, those of one day in the order written. */
function byNewest(a: Interaction, b: Interaction): number {
	return b.date - a.date;
}

const MARK_LENGTHS: ReadonlySet<number> = new Set([...INTERACTION_MARKS].map((mark) => mark.length));

/**
 * Whether a tag is one of the interaction marks, in any case: only a tag of a mark's
 * length is lower-cased to see (a tag that lower-cases to a mark's letters has its length).
 */
function isMark(tag: string): boolean {
	return MARK_LENGTHS.has(tag.length) && INTERACTION_MARKS.has(tag.toLowerCase());
}

/** Each tag of a list not in `tags` yet, and no mark. */
function addTags(list: readonly string[], tags: string[]): void {
	for (let i = 0; i < list.length; i++) {
		const tag = list[i] as string;
		if (!tags.includes(tag) && !isMark(tag)) tags.push(tag);
	}
}

// Read once per contact at start-up, 10,000 times before the first queue: the properties'
// readers are functions of the module, not closures made for each note.
export function parseContact(input: ContactInput, settings: RapportSettings): Contact {
	const fm = input.frontmatter ?? {};
	const keys = settings.keys;
	const plan = readPlan(keys);
	if (values.length !== plan.size) values = new Array<unknown>(plan.size);
	values.fill(undefined);
	// Another spelling beside the one read (`TIE` beside `tie`: the ports give each property the
	// name read, so a second is left as written; src/domain/propertyNames.ts).
	let spellings: string[] | undefined;
	for (const name in fm) {
		const slot = plan.slotOf.get(name);
		if (slot !== undefined) values[slot] = fm[name];
		else {
			const same = plan.folded.get(name.toLowerCase());
			if (same !== undefined && Object.prototype.hasOwnProperty.call(fm, same))
				(spellings ??= []).push(`${name} is another spelling of ${same}, which is the one read: keep one of them`);
		}
	}
	for (let i = 0; i < plan.inherited.length; i++) {
		const [name, slot] = plan.inherited[i] as [string, number];
		values[slot] = fm[name];
	}
	// Each value read straight from its slot, not gathered into an object of twenty-odd fields first.
	const { slots } = plan;
	const rawAliases = values[slots.aliases];
	const rawTie = values[slots.tie];
	const rawCadence = values[slots.cadence];
	const rawStatus = values[slots.status];
	const rawLastContact = values[slots.lastContact];
	const rawEmail = values[slots.email];
	const rawNextFollowUp = values[slots.nextFollowUp];
	const rawMet = values[slots.met];
	const rawIntroducedBy = values[slots.introducedBy];
	const problems: string[] = spellings ?? [];

	const aliases: string[] = [];
	let badAliases = aliasesIn(rawAliases, aliases);
	if (keys.aliases === 'aliases') badAliases += aliasesIn(values[slots.alias], aliases);
	for (; badAliases > 0; badAliases--) expected(problems, keys.aliases, rawAliases, 'a list of names');

	const tie = field(rawTie, keys.tie, tieOf, 'strong, medium or weak', problems);
	const cadence = field(rawCadence, keys.cadence, parseCadence, 'a cadence like 2w, 30d, 3m, 1y or monthly', problems);
	const status = field(rawStatus, keys.status, statusOf, 'active, dormant or archived', problems) ?? 'active';
	const level = field(values[slots.level], keys.level, levelOf, 'senior, peer or junior', problems);
	const birthday = field(values[slots.birthday], keys.birthday, parseBirthday, 'MM-DD or YYYY-MM-DD', problems);

	const interactions: Interaction[] = [];
	const followUps: FollowUp[] = [];
	const remember: RememberItem[] = [];
	// The lists are walked by index: an iterator is garbage until the engine compiles this,
	// which is most of the first queue.
	const { items } = input;
	for (let i = 0; i < items.length; i++) {
		const item = items[i] as SectionItem;
		// A task is never an interaction line: under Interactions too it is a task, a follow-up
		// when it has a due date, as anywhere outside Follow-ups.
		if (item.section === 'interactions' && item.task === undefined) {
			// Indented lines under an interaction are notes on it, not interactions.
			if (item.nested) continue;
			const parsed = parseInteractionLine(item.text, item.line);
			if (parsed.value) interactions.push(parsed.value);
			if (parsed.problem) problems.push(`Interactions ${parsed.problem}`);
		} else if (item.section === 'remember') {
			remember.push(parseRememberItem(item.text, item.task, item.line));
		} else if (item.task !== undefined) {
			const followUp = parseFollowUp(item.text, item.task, item.line);
			// Under `## Follow-ups` every task is one; elsewhere only tasks with a due date.
			if (item.section === 'followUps' || followUp.due !== undefined) followUps.push(followUp);
		}
	}
	sortInPlace(interactions, byNewest);

	const effectiveCadence = cadence ?? cadenceOfDays(settings.cadenceDays[tie ?? 'medium']);
	// `#gave`, `#asked` … on interaction lines are marks on one line, not the person's tags.
	// A handful each: a linear check beats a set.
	const tags: string[] = [];
	if (input.frontmatter) addTags(tagsOfValues(values[slots.tags], values[slots.tag]), tags);
	addTags(input.tags, tags);

	// In this order, for the order of the problems they find.
	const company = textField(values[slots.company], keys.company, problems, true);
	const role = textField(values[slots.role], keys.role, problems, true);
	const email = textField(rawEmail, keys.email, problems, false, true);
	const linkedin = textField(values[slots.linkedin], keys.linkedin, problems);
	const location = textField(values[slots.location], keys.location, problems, true);
	const phones = texts(values[slots.phone]);
	const connected = connectedOf(values[slots.connected]);
	const previousCompanies = fitted(companiesOf(values[slots.previousCompanies] ?? values[slots.companies]));
	let lastContact: Day | undefined;
	if (present(rawLastContact)) {
		lastContact = dayFromValue(rawLastContact) ?? linkedDay(rawLastContact, input.dayOfLink);
		if (lastContact === undefined) expected(problems, keys.lastContact, rawLastContact, DATE);
	}
	const nextFollowUp = field(rawNextFollowUp, keys.nextFollowUp, dayFromValue, DATE, problems);
	const met = linkField(rawMet, keys.met, problems);
	const introducedBy = linkField(rawIntroducedBy, keys.introducedBy, problems);

	return {
		path: input.path,
		name: baseName(input.path),
		aliases: fitted(aliases),
		company,
		role,
		email,
		emails: texts(rawEmail),
		phones,
		linkedin,
		location,
		tie,
		cadence,
		effectiveCadence,
		lastContact,
		nextFollowUp,
		status,
		untriaged: !input.unreadable && !present(rawTie) && !present(rawCadence) && !present(rawStatus),
		level,
		met,
		introducedBy,
		connected,
		birthday,
		previousCompanies,
		tags: fitted(tags),
		interactions: fitted(interactions),
		followUps: fitted(followUps),
		remember: fitted(remember),
		problems: fitted(problems),
	};
}
