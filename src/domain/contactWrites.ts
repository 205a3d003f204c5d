// What Rapport writes into a contact note, as pure functions from the note's text to its
// new text. The plugin runs them inside Vault.process and the CLI on the file, so a log,
// a snooze or a tag lands the same way from either. Each checks the properties before and
// after: a note whose properties do not parse is refused, and an edit that would change
// any other property is refused rather than written.
import { dayFromValue, formatDay, humanDay, parseIsoDay, type Day } from './day';
import type { InteractionKind } from './interactions';
import { baseName, linkTarget } from './links';
import type { RapportSettings, Tie } from './settings';
import { parseInteractionLine } from './interactions';
import { parseFollowUp } from './tasks';
import { showValue, WALK_BUDGET } from './yamlGuard';
import { FIXED_KEYS } from './contact';
import { yamlFieldValue, yamlListItem, yamlScalar } from './newContact';
import { listed } from './words';
import { readPropertiesByName } from './propertyNames';
import { opensComment, shadeLines } from './noteBody';
import { addToListProperty, frontmatterOf, isUnreadBlock, removeProperty, setProperty, type YamlParser } from './noteProperties';
import { ensureSection, insertInSection, sectionItems, type Section } from './noteSections';
import { insertLines, joinNote, splitNote, type Line, type NoteText } from './noteText';

export interface LogEntry {
	date: Day;
	kind: InteractionKind;
	summary?: string;
	gave?: boolean;
	asked?: boolean;
	awaiting?: boolean;
	/** Your one follow-up on an ask that waits for a reply (`#nudge`): not their reply. */
	nudge?: boolean;
	/** A follow-up to add, due on `due`, and owed from `start` (Tasks' `🛫`) when given. */
	followUp?: { text: string; due: Day; start?: Day };
}

export type ContactWrite =
	| { op: 'log'; entry: LogEntry }
	| { op: 'snooze'; until: Day }
	| { op: 'dormant' }
	/** Sets the tie (triage): the cadence follows from it unless one is written. */
	| { op: 'tie'; tie: Tie }
	| { op: 'tag'; tag: string }
	/**
	 * Ticks an open follow-up, found by its words (and due date, when given) as the queue
	 * saw them; `line` is where it was then, which an edit since may have moved.
	 */
	| { op: 'complete'; line: number; text: string; due?: Day }
	/**
	 * Moves an open follow-up to `until` (a snooze: not before that day), found as
	 * `complete` finds it: its Tasks start date and its due date, each only when earlier.
	 */
	| { op: 'reschedule'; line: number; text: string; due?: Day; until: Day }
	/**
	 * An import's fill: each of `set` written where the note has no value (or over one, with
	 * `overwrite`); each item of `add` added to its list (aliases, tags) unless there already.
	 */
	| {
			op: 'fill';
			set: Readonly<Record<string, string | readonly string[]>>;
			add: Readonly<Record<string, readonly string[]>>;
			overwrite: boolean;
	  }
	/**
	 * A new job an import showed: company and role set, the company left kept in
	 * `previous_companies`, and a follow-up to congratulate them, due today.
	 */
	| { op: 'job'; company?: string; role?: string; followUp: string };

export type WriteResult =
	{ ok: true; text: string; /** What changed, for the Notice: "logged coffee on 21 Nov". */ said: string } | { ok: false; reason: string };

/** A tag Obsidian accepts: letters, digits, `_`, `-` and `/`, and not only digits. */
export function isTag(tag: string): boolean {
	return /^[\p{L}\p{N}_/-]+$/u.test(tag) && !/^\d+$/.test(tag);
}

/** One interaction line: `- 2026-11-21 coffee: summary #gave #awaiting`. */
export function interactionLine(entry: LogEntry): string {
	const summary = oneLine(entry.summary ?? '');
	const marks = [entry.gave ? '#gave' : '', entry.asked ? '#asked' : '', entry.nudge ? '#nudge' : '', entry.awaiting ? '#awaiting' : '']
		.filter(Boolean)
		.join(' ');
	const words = [summary, marks].filter(Boolean).join(' ');
	return `- ${formatDay(entry.date)} ${entry.kind}${words ? `: ${words}` : ''}`;
}

/**
 * A follow-up in the Tasks plugin's format: `- [ ] Send the deck 📅 2026-11-28`, with a
 * start date before the due date when given (`🛫 2026-11-20 📅 2026-11-22`), as Tasks writes them.
 */
export function followUpLine(text: string, due: Day, start?: Day): string {
	const starts = start === undefined ? '' : ` 🛫 ${formatDay(start)}`;
	return `- [ ] ${oneLine(text)}${starts} 📅 ${formatDay(due)}`;
}

function oneLine(text: string): string {
	// Each run of spaces whole, once: `\s*[\r\n]+\s*` read a long run again from each space.
	return text.replace(/\s+/g, (space) => (/[\r\n]/.test(space) ? ' ' : space)).trim();
}

/** Applies one write to a note's text; `today` dates a ticked task and judges stale dates. */
export function applyWrite(text: string, write: ContactWrite, settings: RapportSettings, today: Day, parse: YamlParser): WriteResult {
	const note = splitNote(text);
	// By the names Rapport reads: `Status: active` is the status a dormant write replaces.
	const before = readPropertiesByName(note, parse, settings);
	if (before instanceof Error)
		return {
			ok: false,
			reason: isUnreadBlock(before.message)
				? `its ${before.message}; nothing was written`
				: `its properties don't parse (${before.message}); nothing was written`,
		};
	const props = before ?? {};
	const keys = settings.keys;
	// Each property meant to change, and what it must read as afterwards (undefined: gone).
	const changed = new Map<string, (value: unknown) => boolean>();
	const isDay =
		(day: Day) =>
		(value: unknown): boolean =>
			dayFromValue(value) === day;
	const gone = (value: unknown): boolean => value === undefined;
	let said: string;

	switch (write.op) {
		case 'log': {
			const { entry } = write;
			const notes: string[] = [];
			const line = interactionLine(entry);
			const task =
				entry.followUp && oneLine(entry.followUp.text)
					? followUpLine(entry.followUp.text, entry.followUp.due, entry.followUp.start)
					: undefined;
			// An odd `%%` would open an Obsidian comment and hide the rest of the note.
			if ([line, task].some((l) => l !== undefined && opensComment(l)))
				return {
					ok: false,
					reason: 'its words hold a %% that would start an Obsidian comment and hide the rest of the note; nothing was written',
				};
			if (!insertInteraction(note, ensureSection(note, 'interactions', 'Interactions', 'followUps'), line, entry.date))
				return { ok: false, reason: NO_PLACE('Interactions') };
			const last = props[keys.lastContact];
			const lastDay = dayFromValue(last);
			const moveLastContact = (): void => {
				setProperty(note, keys.lastContact, formatDay(entry.date));
				changed.set(keys.lastContact, isDay(entry.date));
			};
			if (last === undefined || last === null || last === '') {
				moveLastContact();
			} else if (typeof last === 'string' && /^\s*!?\[/.test(last)) {
				// A link to a daily note is the user's habit: kept, and the new line is newer anyway.
				const linked = dayFromValue(baseName(linkTarget(last)));
				if (linked === undefined || linked < entry.date) notes.push(`${keys.lastContact} left as it was (${showValue(last)} links a note)`);
				else if (linked > today) notes.push(`${keys.lastContact} left as it was (${showValue(last)} links a note dated after today)`);
			} else if (lastDay === undefined) {
				notes.push(`${keys.lastContact} left as it was (${showValue(last)} is not a date)`);
			} else if (lastDay > today) {
				// A day ahead is no contact yet (a typo, most likely): the day logged is the last contact.
				moveLastContact();
				notes.push(`${keys.lastContact} set to ${humanDay(entry.date, today)} (it said ${formatDay(lastDay)}, after today)`);
			} else if (lastDay < entry.date) {
				moveLastContact();
			}
			const next = dayFromValue(props[keys.nextFollowUp]);
			if (next !== undefined && next <= today) {
				removeProperty(note, keys.nextFollowUp);
				changed.set(keys.nextFollowUp, gone);
				notes.push(`cleared ${keys.nextFollowUp} (${humanDay(next, today)})`);
			}
			if (entry.followUp && task !== undefined) {
				const followUps = ensureSection(note, 'followUps', 'Follow-ups');
				const last = sectionItems(note, followUps).pop();
				if (insertInSection(note, followUps, last ? last.end : followUps.content, [task]) === undefined)
					return { ok: false, reason: NO_PLACE('Follow-ups') };
				// A due day already gone makes it owed at once: said, so a typo'd date is seen.
				const past = entry.followUp.due < today ? ', already past: owed now' : '';
				notes.push(`follow-up due ${humanDay(entry.followUp.due, today)}${past}`);
			}
			said = [`logged ${entry.kind} on ${humanDay(entry.date, today)}`, ...notes].join('; ');
			break;
		}
		case 'snooze':
			setProperty(note, keys.nextFollowUp, formatDay(write.until));
			changed.set(keys.nextFollowUp, isDay(write.until));
			said = `snoozed until ${humanDay(write.until, today)}`;
			break;
		case 'dormant': {
			// Archived is further out of the queue than dormant: left as it is, as is dormant.
			const now = typeof props[keys.status] === 'string' ? (props[keys.status] as string).trim().toLowerCase() : undefined;
			if (now === 'archived' || now === 'dormant') return { ok: true, text, said: `${now} already; left as it is` };
			setProperty(note, keys.status, 'dormant');
			changed.set(keys.status, (value) => value === 'dormant');
			said = 'marked dormant; it leaves the queue';
			break;
		}
		case 'tie':
			setProperty(note, keys.tie, write.tie);
			changed.set(keys.tie, (value) => value === write.tie);
			said = `tie: ${write.tie}`;
			break;
		case 'tag': {
			const tag = write.tag.replace(/^#/, '').trim();
			if (!isTag(tag))
				return { ok: false, reason: `'${write.tag}' is not a tag Obsidian accepts (letters, digits, _ - /, not only digits)` };
			const current = props.tags;
			const list = Array.isArray(current) ? current.map(String) : typeof current === 'string' ? current.split(/[,\s]+/) : [];
			// Obsidian's tags ignore case: #Mentor is #mentor.
			if (list.map((t) => t.replace(/^#/, '').toLowerCase()).includes(tag.toLowerCase()))
				return { ok: true, text, said: `already tagged #${tag}` };
			addToListProperty(note, 'tags', tag);
			changed.set(
				'tags',
				(value) => Array.isArray(value) && value.map(String).join('\u0000') === [...list.filter(Boolean), tag].join('\u0000'),
			);
			said = `tagged #${tag}`;
			break;
		}
		case 'complete': {
			const found = openFollowUp(note, write);
			if (typeof found === 'string') return { ok: false, reason: `${found}; nothing was written` };
			const { line, open } = found;
			// In the task's own format: Dataview's `[completion:: …]` beside its `[due:: …]`, else Tasks' ✅.
			const words = (open[3] ?? '').trimEnd();
			const done = /[[(](?:due|scheduled|start|created)::/.test(words) ? `[completion:: ${formatDay(today)}]` : `✅ ${formatDay(today)}`;
			line.text = `${open[1] ?? ''}x${open[2] ?? ''}${words} ${done}`;
			said = `done: ${write.text.trim()}`;
			break;
		}
		case 'fill': {
			const filled: string[] = [];
			for (const [key, value] of Object.entries(write.set)) {
				// A value typed since the plan was made is kept, as any value is without overwrite.
				if (!write.overwrite && present(props[key])) continue;
				setProperty(note, key, yamlFieldValue(value));
				changed.set(key, (now) => readsAs(now, value));
				filled.push(key);
			}
			for (const [key, items] of Object.entries(write.add)) {
				const had = listValues(props[key]);
				const have = new Set(had.map(foldItem));
				const missing = items.filter((item) => !have.has(foldItem(item)));
				if (!missing.length) continue;
				for (const item of missing) addToListProperty(note, key, yamlListItem(item));
				changed.set(key, (now) => Array.isArray(now) && missing.every((m) => now.map(String).includes(m)));
				filled.push(key);
			}
			said = filled.length ? `filled in ${listed(filled)}` : 'nothing to fill in';
			break;
		}
		case 'job': {
			const task = followUpLine(write.followUp, today);
			if (opensComment(task))
				return {
					ok: false,
					reason: 'its words hold a %% that would start an Obsidian comment and hide the rest of the note; nothing was written',
				};
			const parts: string[] = [];
			if (write.company !== undefined) {
				const company = write.company;
				const old = listValues(props[keys.company])[0];
				setProperty(note, keys.company, yamlScalar(company));
				changed.set(keys.company, (now) => now === company);
				// The company left stays findable: the review still counts who you know there.
				const before = listValues(props[FIXED_KEYS.previousCompanies]);
				if (old && foldItem(old) !== foldItem(company) && !before.some((b) => foldItem(b) === foldItem(old))) {
					addToListProperty(note, FIXED_KEYS.previousCompanies, yamlListItem(old));
					changed.set(FIXED_KEYS.previousCompanies, (now) => Array.isArray(now) && now.map(String).includes(old));
				}
				parts.push(`now at ${company}${old ? ` (was ${old})` : ''}`);
			}
			if (write.role !== undefined) {
				const role = write.role;
				setProperty(note, keys.role, yamlScalar(role));
				changed.set(keys.role, (now) => now === role);
				parts.push(`now ${role}`);
			}
			const followUps = ensureSection(note, 'followUps', 'Follow-ups');
			const items = sectionItems(note, followUps);
			if (!items.some((item) => item.text.includes(write.followUp))) {
				if (
					insertInSection(note, followUps, items.length ? (items[items.length - 1]?.end ?? followUps.content) : followUps.content, [
						task,
					]) === undefined
				)
					return { ok: false, reason: NO_PLACE('Follow-ups') };
				parts.push(`follow-up: ${write.followUp}`);
			}
			said = parts.join('; ');
			break;
		}
		case 'reschedule': {
			const found = openFollowUp(note, write);
			if (typeof found === 'string') return { ok: false, reason: `${found}; nothing was written` };
			found.line.text = movedFollowUp(found.line.text, write.until);
			said = `'${write.text.trim()}' moved to ${humanDay(write.until, today)}`;
			break;
		}
	}

	const result = joinNote(note);
	const problem = checkProperties(before ?? {}, readPropertiesByName(note, parse, settings), changed);
	if (problem) return { ok: false, reason: `${problem}; nothing was written` };
	return { ok: true, text: result, said };
}

function present(value: unknown): boolean {
	return value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
}

/** A property's texts: a list's items, or the one text (a link shown as its display text). */
function listValues(value: unknown): string[] {
	const values: unknown[] = Array.isArray(value) ? value : [value];
	return values
		.filter((v) => typeof v === 'string' || typeof v === 'number')
		.map((v) => String(v).trim())
		.filter(Boolean)
		.map((v) => v.replace(/^\[\[(?:[^\]|]*\|)?([^\]]*)\]\]$/, '$1'));
}

/** Items compared as Obsidian compares tags and aliases: case, a `#` and Unicode forms aside. */
function foldItem(item: string): string {
	return item.replace(/^#/, '').normalize('NFC').toLowerCase();
}

/** Whether a property reads back as the value set: the text (a day may come back as a Date), or the list. */
function readsAs(now: unknown, value: string | readonly string[]): boolean {
	if (typeof value !== 'string') return Array.isArray(now) && now.length === value.length && now.every((v, i) => String(v) === value[i]);
	return now === value || (now instanceof Date && dayFromValue(now) === dayFromValue(value));
}

const OPEN_TASK = /^([ \t]*[-*+][ \t]+\[) (\][ \t]+)([^ \t\n\r\u2028\u2029].*)?$/;

/**
 * The open follow-up a tick is meant for: the one on the line the queue saw, if it still
 * says the same; else the one open task elsewhere that does (a log since moved it down);
 * else why not, when there is none or more than one to choose from.
 */
function openFollowUp(note: NoteText, write: { line: number; text: string; due?: Day }): { line: Line; open: RegExpExecArray } | string {
	const words = write.text.trim();
	const fm = frontmatterOf(note);
	const from = fm ? fm.close + 1 : 0;
	// A task in a code block or a comment is no follow-up: the reader never shows one.
	const shades = shadeLines(
		note.lines.map((l) => l.text),
		from,
	);
	const found: { line: Line; open: RegExpExecArray; at: number }[] = [];
	for (let i = from; i < note.lines.length; i++) {
		const line = note.lines[i];
		const open = line && !shades[i]?.hidden ? OPEN_TASK.exec(line.text) : null;
		if (!line || !open) continue;
		const followUp = parseFollowUp(open[3] ?? '', ' ', i);
		if (followUp.text === words && (write.due === undefined || followUp.due === write.due)) found.push({ line, open, at: i });
	}
	const where = found.find((f) => f.at === write.line) ?? (found.length === 1 ? found[0] : undefined);
	if (where) return where;
	if (found.length === 0)
		return `the follow-up '${words}' is no longer open in the note (ticked, changed or removed since the queue was shown)`;
	return (
		`'${words}' is open on lines ${found.map((f) => f.at + 1).join(', ')}, ` +
		`and the queue cannot tell which it meant: tick it in the note`
	);
}

const DUE_DATE = /((?:📅|🗓️?)\s*|[[(]due::\s*)(\d{4}-\d{2}-\d{2})/u;
const START_DATE = /(🛫\s*|[[(]start::\s*)(\d{4}-\d{2}-\d{2})/u;

/**
 * A task line not owed before `until`: its start date and its due date, each moved there
 * when earlier. From the start date a task is owed, and a snooze means not before the day
 * picked; a due date already later stays, or the snooze would bring it forward.
 */
function movedFollowUp(text: string, until: Day): string {
	const day = formatDay(until);
	const moveIfEarlier = (line: string, pattern: RegExp): string => {
		const found = pattern.exec(line);
		const at = found ? parseIsoDay(found[2] ?? '') : undefined;
		return at !== undefined && at < until ? line.replace(pattern, (_match, lead: string) => `${lead}${day}`) : line;
	};
	return moveIfEarlier(moveIfEarlier(text, DUE_DATE), START_DATE);
}

const NO_PLACE = (heading: string): string =>
	`a %% comment or code block left open to the end of the note would hide ` +
	`a new line under ${heading}; close it, then log again; nothing was written`;

/**
 * Newest first: above the first dated line on or before this day, else after the last;
 * false when there is no place under the heading the reader would see.
 */
function insertInteraction(note: NoteText, section: Section, line: string, date: Day): boolean {
	const items = sectionItems(note, section);
	for (const item of items) {
		const parsed = parseInteractionLine(item.text, item.line).value;
		if (parsed && parsed.date <= date) {
			// Indented as the line it goes above, or that line would be read as a note on it.
			const indent = /^[ \t]*/.exec(note.lines[item.line]?.text ?? '')?.[0] ?? '';
			insertLines(note, item.line, [indent + line]);
			return true;
		}
	}
	const last = items[items.length - 1];
	return insertInSection(note, section, last ? last.end : section.content, [line]) !== undefined;
}

/** Every property but the ones meant to change reads the same after the edit as before. */
function checkProperties(
	before: Record<string, unknown>,
	after: Record<string, unknown> | undefined | Error,
	changed: ReadonlyMap<string, (value: unknown) => boolean>,
): string | undefined {
	if (after instanceof Error) return `the edit would leave the properties unreadable (${after.message})`;
	const now = after ?? {};
	// Another property changed is the cause whenever it happens: the edit hit the wrong lines.
	for (const key of new Set([...Object.keys(before), ...Object.keys(now)])) {
		if (changed.has(key)) continue;
		if (!sameValue(before[key], now[key])) return `the edit would also change the property '${key}'`;
	}
	for (const [key, reads] of changed) {
		if (!reads(now[key])) return `the property '${key}' would not read as intended after the edit`;
	}
	return undefined;
}

/** Whether two property values are the same; past WALK_BUDGET values compared, they are taken not to be. */
function sameValue(a: unknown, b: unknown, budget = { left: WALK_BUDGET }): boolean {
	if (--budget.left < 0) return false;
	if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
	if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i], budget));
	if (a && b && typeof a === 'object' && typeof b === 'object') {
		const ka = Object.keys(a);
		const kb = Object.keys(b);
		return (
			ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], budget))
		);
	}
	return Object.is(a, b);
}
