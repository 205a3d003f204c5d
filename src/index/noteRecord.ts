// What a note is to the index: a contact, a meeting, a dated note or something else, the
// day it is for, the link keys it is evidence of contact for, and what is wrong with it;
// and a contact's list items by section, to parse it. Read from the port's snapshot alone,
// so one changed note is classified on its own.
import { readAliases, sectionOfHeading, sectionOwners, type SectionItem, type SectionName } from '../domain/contact';
import { dayFromValue, parseIsoDay, type Day } from '../domain/day';
import type { DatedNoteMatcher } from '../domain/datedNotes';
import type { InteractionKind } from '../domain/interactions';
import { baseName, linkKey, linkTarget } from '../domain/links';
import { inFolder, isContact, isMeeting } from '../domain/recognition';
import { meetingsFolder } from '../domain/meetingNote';
import { isUnreadBlock } from '../domain/noteProperties';
import type { RapportSettings } from '../domain/settings';
import { parseFollowUp, type FollowUp } from '../domain/tasks';
import { isTemplateId, TEMPLATE_KINDS } from '../domain/templates';
import { LinkKeys, NO_KEY } from './linkKeys';
import type { NoteListItem, NoteSnapshot } from './port';

type NoteKind = 'contact' | 'meeting' | 'dated' | 'other';

export interface NoteRecord {
	path: string;
	kind: NoteKind;
	/**
	 * The day a meeting or dated note is for; for another note, the day its `date` or a name
	 * starting `YYYY-MM-DD` gives it (an event note), which a contact's `met` link to it counts.
	 */
	day?: Day;
	/** Link keys (their numbers, linkKeys.ts) this note is evidence of contact for (meeting `people`, dated-note links). */
	targets: readonly number[];
	kindOfContact?: InteractionKind;
	template?: string;
	/** A meeting note's tasks: follow-ups of everyone in its `people`. */
	tasks?: readonly FollowUp[];
	/** How many of `targets`, from the first, are the meeting's `people` (the rest are body links). */
	peopleCount?: number;
	/** Open tasks with a due date that link someone, in a note that is no contact: follow-ups of whoever they link. */
	linkedTasks?: readonly LinkedTask[];
	problems: readonly string[];
}

/** An open, dated task and the link keys (numbers) on its line. */
export interface LinkedTask {
	followUp: FollowUp;
	keys: readonly number[];
}

const MEETING_DATE_IN_NAME = /^(\d{4}-\d{2}-\d{2})/;
/** No problems: most notes', one shared list. */
export const NO_PROBLEMS: readonly string[] = Object.freeze([]);
/** No link keys: most notes' targets, one shared list. */
export const NO_TARGETS: readonly number[] = Object.freeze([]);

/** `keys`: the index's link keys, shared by every note it reads; a note classified alone gets its own. */
export function classifyNote(
	snapshot: NoteSnapshot,
	settings: RapportSettings,
	datedNotes: DatedNoteMatcher,
	keys: LinkKeys = new LinkKeys(),
): NoteRecord {
	// A template file is neither a contact nor a meeting, and its unfilled properties
	// (`people:` empty, an unquoted `{{date}}`) are no problem of the user's notes.
	if (inFolder(snapshot.path, settings.templatesFolder))
		return { path: snapshot.path, kind: 'other', targets: NO_TARGETS, problems: NO_PROBLEMS };
	// Most notes have no problem: they share one empty list rather than each making one.
	const recognition = { path: snapshot.path, frontmatter: snapshot.frontmatter, tags: snapshot.tags, headings: snapshot.headings };
	const contact = isContact(recognition, settings);
	// A block never closed, or below blank lines, is no block (Obsidian reads it as text): only
	// a contact's is a problem, one the ports find only in a note known as a contact without
	// its properties.
	const error = isUnreadBlock(snapshot.frontmatterError) && !contact ? undefined : snapshot.frontmatterError;
	const problems: readonly string[] = error ? [frontmatterProblem(error)] : NO_PROBLEMS;
	if (contact) {
		// Often a click on a link to a new name: not someone to reach out to yet.
		if (snapshot.empty)
			return {
				path: snapshot.path,
				kind: 'other',
				targets: [],
				problems: ['empty note in a contacts folder: not a contact until it has something in it'],
			};
		return { path: snapshot.path, kind: 'contact', targets: NO_TARGETS, problems };
	}
	const fm = snapshot.frontmatter;
	const datedDay = datedNotes.dayOf(snapshot.path);
	if (fm && isMeeting(fm, settings)) {
		const nameDate = MEETING_DATE_IN_NAME.exec(baseName(snapshot.path))?.[1];
		// Read by the names the settings give them (`Date`, `attendees` in some vaults).
		const { date: dateKey, people: peopleKey } = settings.meetingKeys;
		const date = fm[dateKey];
		const listed: unknown = fm[peopleKey];
		const day = dayFromValue(date) ?? datedDay ?? (nameDate ? parseIsoDay(nameDate) : undefined);
		const people = namesListed(listed);
		const meetingProblems = [...problems];
		if (day === undefined)
			meetingProblems.push(
				`meeting note without a date: add '${dateKey}: YYYY-MM-DD' so it counts as ` +
					`contact${typeof date === 'string' ? ` (got '${date}')` : ''}`,
			);
		const template = typeof fm.template === 'string' ? fm.template : undefined;
		// `people: [[Jo Park]]` without quotes is, to YAML, a list holding a list: said so, with
		// the line to write, every person on it quoted (those written right as they were).
		const whole = unquotedLink(listed);
		const items: unknown[] = whole !== undefined ? [listed] : Array.isArray(listed) ? listed : [listed];
		if (items.some((item) => unquotedLink(item) !== undefined)) {
			const quoted = items
				.map((item) => {
					const name = unquotedLink(item);
					return name !== undefined ? `[[${name}]]` : typeof item === 'string' && item.trim() !== '' ? item : undefined;
				})
				.filter((link) => link !== undefined);
			meetingProblems.push(
				`meeting note's ${peopleKey} has links without quotes, which YAML reads as lists: write ` +
					`'${peopleKey}: [${quoted.map((link) => JSON.stringify(link)).join(', ')}]' so they count as contact`,
			);
		} else if (people.length === 0 && template !== 'event') {
			// An event's people are found there: "Follow up people met" logs them, not the note.
			meetingProblems.push(`meeting note lists no people: add '${peopleKey}: ["[[Name]]"]' so it counts as contact`);
		}
		const peopleKeys = new Set(people.map((p) => keys.id(linkKey(linkTarget(p)))));
		peopleKeys.delete(NO_KEY);
		// The people first: their tasks are theirs, not those of someone the body mentions.
		const targets = new Set(peopleKeys);
		// A meeting on a daily note still counts its body links, as any dated note.
		if (datedDay !== undefined) for (const key of linkKeysOf(snapshot, keys)) targets.add(key);
		return {
			path: snapshot.path,
			kind: 'meeting',
			day,
			targets: day === undefined ? [] : [...targets],
			template,
			// A meeting note's template says what kind of contact it was.
			kindOfContact: template !== undefined && isTemplateId(template) ? TEMPLATE_KINDS[template] : 'meeting',
			tasks: meetingTasks(snapshot),
			peopleCount: peopleKeys.size,
			...linkedTasksOf(snapshot, keys),
			problems: meetingProblems,
		};
	}
	if (datedDay !== undefined)
		return {
			path: snapshot.path,
			kind: 'dated',
			day: datedDay,
			targets: linkKeysOf(snapshot, keys),
			...linkedTasksOf(snapshot, keys),
			problems,
		};
	// Evidence for nobody, but it may be where someone was met.
	const dated = dayFromValue(fm?.[settings.meetingKeys.date]);
	const day = dated ?? dayOfName(baseName(snapshot.path));
	// Written as a meeting but not marked one: said, since it counts for nobody as it is.
	const unmarked =
		dated !== undefined && inFolder(snapshot.path, meetingsFolder(settings)) && namesListed(fm?.[settings.meetingKeys.people]).length > 0
			? [
					...problems,
					`a note in ${meetingsFolder(settings)} with a date and people, but not marked a meeting: add ` +
						`'${settings.markerKey}: ${settings.meetingMarkerValue}' so it counts as contact with them`,
				]
			: problems;
	return day === undefined
		? { path: snapshot.path, kind: 'other', targets: NO_TARGETS, ...linkedTasksOf(snapshot, keys), problems: unmarked }
		: { path: snapshot.path, kind: 'other', day, targets: NO_TARGETS, ...linkedTasksOf(snapshot, keys), problems: unmarked };
}

/** The name in `[[Name]]` written without quotes, which YAML reads as a list in a list. */
function unquotedLink(value: unknown): string | undefined {
	if (!Array.isArray(value) || value.length !== 1) return undefined;
	const inner: unknown = value[0];
	return Array.isArray(inner) && inner.length === 1 && typeof inner[0] === 'string' ? inner[0] : undefined;
}

/** The texts a property's value lists (one text, or a list's texts), blanks left out: a meeting's people. */
function namesListed(value: unknown): string[] {
	return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
}

const NOT_PARSED = 'frontmatter does not parse, so its properties are ignored: ';
const UNREAD_BLOCK_TAIL = ' (until then Obsidian shows them as text, and Rapport reads none of them)';

/** The problem a note whose properties do not parse (or are not read as properties) has. */
export function frontmatterProblem(error: string): string {
	if (isUnreadBlock(error)) return error + UNREAD_BLOCK_TAIL;
	return `${NOT_PARSED}${error}`;
}

/** Whether a problem is one `frontmatterProblem` words: the note's properties were not read. */
export function propertiesUnread(problem: string): boolean {
	return problem.startsWith(NOT_PARSED) || problem.endsWith(UNREAD_BLOCK_TAIL);
}

/** The day a name starting `YYYY-MM-DD` gives: `2026-11-03 KubeCon`. */
export function dayOfName(name: string): Day | undefined {
	const date = MEETING_DATE_IN_NAME.exec(name)?.[1];
	return date === undefined ? undefined : parseIsoDay(date);
}

/** Whether a task's words may hold a due date, `📅`, `🗓` or `[due:: …]`: a cheap look before parsing. */
export function mayBeDated(text: string): boolean {
	return text.includes('📅') || text.includes('🗓') || text.includes('due::');
}

/** The link keys of a note's linked tasks: whose follow-ups it holds. Most notes have none, and share one empty list. */
export function taskKeysOf(record: NoteRecord): readonly number[] {
	if (!record.linkedTasks) return NO_TARGETS;
	const keys: number[] = [];
	for (const task of record.linkedTasks) for (const key of task.keys) if (!keys.includes(key)) keys.push(key);
	return keys;
}

/**
 * Open tasks with a due date that link someone (`- [ ] Send [[Sam Rivera]] the deck 📅
 * 2026-11-28`), anywhere but a contact's note: the linked contacts' follow-ups. Their due
 * date is text: the metadata-cache port reads the text of notes with such a task.
 */
function linkedTasksOf(snapshot: NoteSnapshot, linkKeys: LinkKeys): { linkedTasks?: LinkedTask[] } {
	let linkedTasks: LinkedTask[] | undefined;
	for (const item of snapshot.listItems) {
		// Most tasks have no date ("Call [[Jo]]"), and a daily note has a handful of links:
		// a cheap look at the words first, then the links on the task's line.
		if (item.task === undefined || !mayBeDated(item.text)) continue;
		let keys: number[] | undefined;
		for (const link of snapshot.links) {
			if (link.line !== item.line || link.context !== 'openTask') continue;
			const key = linkKeys.of(link.target, snapshot.path);
			if (key !== NO_KEY && !keys?.includes(key)) (keys ??= []).push(key);
		}
		if (!keys) continue;
		const followUp = parseFollowUp(item.text, item.task, item.line);
		if (!followUp.done && !followUp.cancelled && followUp.due !== undefined) (linkedTasks ??= []).push({ followUp, keys });
	}
	return linkedTasks ? { linkedTasks } : {};
}

/** The link keys a note about to be added will touch: what it links, whose tasks it holds, and its aliases. */
export function keysOf(snapshot: NoteSnapshot | undefined, record: NoteRecord, settings: RapportSettings, linkKeys: LinkKeys): number[] {
	const keys = [...record.targets, ...taskKeysOf(record)];
	if (record.kind === 'contact' && snapshot)
		for (const alias of readAliases(snapshot.frontmatter ?? {}, settings.keys.aliases)) keys.push(linkKeys.id(alias.toLowerCase()));
	return keys;
}

/**
 * A meeting note's tasks, read from their text: the metadata-cache port reads the text of
 * meeting notes with tasks for this (docs/design-notes.md, "The metadata cache has no line text").
 */
function meetingTasks(snapshot: NoteSnapshot): readonly FollowUp[] | undefined {
	const tasks: FollowUp[] = [];
	for (const item of snapshot.listItems) if (item.task !== undefined) tasks.push(parseFollowUp(item.text, item.task, item.line));
	return tasks.length > 0 ? tasks : undefined;
}

/** Links in a note's body that mean you were in touch: not in open tasks, embeds, quotes or code. */
function linkKeysOf(snapshot: NoteSnapshot, linkKeys: LinkKeys): readonly number[] {
	const keys: number[] = [];
	for (const link of snapshot.links) {
		if (link.context !== 'text' && link.context !== 'doneTask') continue;
		const key = linkKeys.of(link.target, snapshot.path);
		// A note has a handful of links: a linear check beats a set.
		if (key !== NO_KEY && !keys.includes(key)) keys.push(key);
	}
	// A copy of exactly its length: an array grown by push keeps room for 16 more, and
	// there is one of these per dated note.
	return keys.length === 0 ? NO_TARGETS : keys.slice();
}

/** A list by line, as it is when it is so already. */
function inLineOrder<T extends { line: number }>(list: readonly T[]): readonly T[] {
	for (let i = 1; i < list.length; i++)
		if ((list[i]?.line ?? 0) < (list[i - 1]?.line ?? 0)) return [...list].sort((a, b) => a.line - b.line);
	return list;
}

/**
 * List items with the section they stand under, by the rule `sectionOwners` states, which the
 * writer follows too. `onlyRead`: only the items a contact's parse reads (`parseContact`),
 * not a note under an interaction, nor an item outside `## Remember` that is no task: the
 * index's first queue makes this list for every contact, and drops it after the parse.
 */
export function sectionItems(snapshot: NoteSnapshot, onlyRead = false): SectionItem[] {
	if (snapshot.listItems.length === 0) return [];
	// Both come in line order from either port: copied and sorted only when they do not.
	const headings = inLineOrder(snapshot.headings);
	const named = headings.map((h) => sectionOfHeading(h.text));
	const owners = sectionOwners(headings, (_heading, i) => named[i] !== 'other');
	const items = inLineOrder(snapshot.listItems);
	// Made at its greatest length and cut to what it holds: a list grown by push is made
	// with room for 17, and the first queue makes one of these for every contact.
	const result = new Array<SectionItem>(items.length);
	let kept = 0;
	let h = 0;
	let section: SectionName = 'other';
	for (let i = 0; i < items.length; i++) {
		const item = items[i] as NoteListItem;
		while (h < headings.length && (headings[h]?.line ?? Infinity) < item.line) {
			const owner = owners[h++] ?? -1;
			section = owner < 0 ? 'other' : (named[owner] ?? 'other');
		}
		if (onlyRead && (section === 'interactions' ? item.nested : section !== 'remember' && item.task === undefined)) continue;
		result[kept++] = { section, line: item.line, text: item.text, task: item.task, nested: item.nested };
	}
	result.length = kept;
	return result;
}
