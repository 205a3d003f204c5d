// The follow-up queue: one answer to "who should I reach out to, and why". Sections,
// their ids and their order are the design's; every item says why it is there.
import { addCadence, cadenceLengthDays, type Cadence } from './cadence';
import type { Contact } from './contact';
import { addDays, dayFromParts, dayParts, humanDay, humanSpan, type Day } from './day';
import type { Interaction, InteractionKind } from './interactions';
import { SHOWN_LINK, WIKILINK, baseName, linkTarget, readableReason } from './links';
import { orderOf, PlacedSection, type KeptFor } from './queuePlacing';
import { driftBegan, driftOf, driftReason } from './review/drift';
import type { RapportSettings, Tie } from './settings';
import { isOpenFollowUp, type FollowUp, type NoteFollowUp, type RememberItem } from './tasks';
import { entryLabel, type TimelineEntry } from './timeline';

export const SECTION_IDS = ['owed', 'awaiting', 'reconnect', 'remember', 'upcoming'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const SECTION_TITLES: Record<SectionId, string> = {
	owed: 'Owed',
	awaiting: 'Awaiting reply',
	reconnect: 'Reconnect',
	remember: 'Remember',
	upcoming: 'Upcoming',
};

export type ItemKind = 'follow-up' | 'thank-you' | 'report-back' | 'nudge' | 'let-go' | 'cadence' | 'drift' | 'remember' | 'birthday';

export interface QueueItem {
	/**
	 * Stable across renders and edits around it: section, kind, note and, for a task or a
	 * Remember item, its words (`:2` on the second with the same words), never its line,
	 * so a row picked stays picked when a log writes above its task.
	 */
	id: string;
	section: SectionId;
	kind: ItemKind;
	name: string;
	path: string;
	due: Day;
	/** Days past due; negative when still ahead. */
	daysOverdue: number;
	reason: string;
	tie?: Tie;
	company?: string;
	role?: string;
	/** The contact's tags, for filtering the queue. */
	tags?: string[];
	/** The line in the note the item is about (a follow-up, a remember item). */
	line?: number;
	/** A follow-up's words, whole: ticking it checks the line still says them. */
	task?: string;
	/** A follow-up's Tasks start date (`🛫`), when it has one: from then it is owed. */
	start?: Day;
	/** The note `line` is in when it is not the contact's own: a meeting note's follow-up, or a task linking them. */
	source?: string;
	/**
	 * Everyone a row is for, when several: a task written once for them all (a meeting's
	 * that names no one, one linking two people) is one row, `name` all their names and
	 * `path` the first's. Logging from it logs on each; ticking or snoozing moves the one task.
	 */
	people?: { name: string; path: string }[];
	/** How overdue relative to the cadence: the reconnect ranking. */
	urgency?: number;
}

export interface QueueSection {
	id: SectionId;
	items: QueueItem[];
}

/** Someone new (no tie, cadence or status): listed for triage instead of queued by cadence. */
export interface UntriagedContact {
	path: string;
	name: string;
	company?: string;
	role?: string;
	/** Where they are from: their `met` link, and when you connected. */
	met?: string;
	connected?: string;
}

export interface Queue {
	today: Day;
	sections: QueueSection[];
	/** The active contacts to triage, in name order; always empty with `triageNewPeople` off. */
	untriaged: UntriagedContact[];
}

/** What the queue needs to know about the vault. */
export interface QueueInput {
	/** In name order: the queue's sorts are stable, so that order breaks their ties. */
	contacts(): Iterable<Contact>;
	timeline(path: string): readonly TimelineEntry[];
	resolve(target: string): Contact | undefined;
	/** Open dated tasks in other notes that link this contact (a daily note's, a project's): their follow-ups. */
	linkedFollowUps?(path: string): readonly NoteFollowUp[];
	/**
	 * Keeps one contact's items for a day until something they were computed from
	 * changes; the index offers it, so a queue after one edit redoes one contact's rules.
	 */
	memo?<T>(path: string, today: Day, compute: () => T): T;
	/** One contact by path, for bringing a kept queue up to date. */
	contact?(path: string): Contact | undefined;
	/** A number that moves whenever a contact's items may change. */
	stamp?(): number;
	/**
	 * The contacts whose items may differ since an earlier stamp; undefined when that is too
	 * long ago to say, or contacts came, went or were renamed (their name order moved).
	 */
	changedSince?(stamp: number): ReadonlySet<string> | undefined;
}

/** A thank-you is owed for meetings of these kinds. */
export const THANK_YOU_KINDS: readonly InteractionKind[] = ['coffee', 'call', 'video', 'meeting', 'event'];
// A thank-you two weeks late is no longer the gesture it was; stop asking for it.
const THANK_YOU_WINDOW_DAYS = 14;
// Reporting back to an introducer stays worth doing for about two months.
const REPORT_BACK_WINDOW_DAYS = 60;
// "Let go" is said once, but a user who skips a day or two must still see it: it stays
// up for a week (or until you are in touch), then never again.
const LET_GO_SHOWN_DAYS = 7;

/** The entries of a newest-first timeline dated today or earlier. */
function upTo(timeline: readonly TimelineEntry[], today: Day): readonly TimelineEntry[] {
	const first = timeline.findIndex((e) => e.date <= today);
	return first <= 0 ? (first === 0 ? timeline : []) : timeline.slice(first);
}

/**
 * Words from a note, cut to fit a one-line reason: at `max` characters as they read (a link
 * counts as the text it shows, `[[People/Sam Rivera|Sam]]` as "Sam"), and never inside a
 * link, so what is kept still links where it did. A link too long to fit is cut off whole,
 * unless it starts the words: then it is kept whole, so the reason still says something.
 */
function clip(text: string, max = 70): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean.length <= max || readableReason(clean).length <= max) return clean;
	// Room for the words before the `…`.
	const room = max - 1;
	let shown = 0;
	let from = 0;
	let cut = -1;
	for (const link of clean.matchAll(SHOWN_LINK)) {
		const at = link.index;
		if (shown + (at - from) >= room) break;
		shown += at - from;
		const width = readableReason(link[0]).length;
		if (shown + width > room) {
			// Cut before it, unless it starts the words: then nothing would be left, so it is kept whole.
			cut = clean.slice(0, at).trim() === '' ? at + link[0].length : at;
			break;
		}
		shown += width;
		from = at + link[0].length;
	}
	if (cut === -1) cut = from + (room - shown);
	return cut >= clean.length ? clean : `${clean.slice(0, cut).trimEnd()}…`;
}

function lastLabel(entry: TimelineEntry | undefined, today: Day): string {
	if (entry?.via === 'met') {
		// `2026-11-03 KubeCon` is KubeCon; a daily note is only its day.
		const place = baseName(entry.source)
			.replace(/^\d{4}-\d{2}-\d{2}[\s_-]*/, '')
			.trim();
		return `no contact since you met ${place ? `at ${place}, ` : 'on '}${humanDay(entry.date, today)}`;
	}
	return entry ? `last: ${entryLabel(entry)} ${humanDay(entry.date, today)}` : 'never in touch';
}

/**
 * New to you: no tie, cadence or status written. With triage on they get no cadence row
 * (everything they owe or are owed still comes up) until you pick a tie, or dormant.
 */
export function isUntriaged(contact: Contact, settings: RapportSettings): boolean {
	return settings.triageNewPeople && contact.untriaged;
}

function dueLabel(daysOverdue: number): string {
	if (daysOverdue > 0) return `overdue ${humanSpan(daysOverdue)}`;
	if (daysOverdue === 0) return 'due today';
	return `due in ${humanSpan(-daysOverdue)}`;
}

/** What some items have beside the fields every item has. */
type ItemExtra = Pick<Partial<QueueItem>, 'id' | 'line' | 'task' | 'source' | 'start' | 'urgency'> & {
	/** What tells the item from the contact's others of its kind: a task's or Remember item's words. */
	words?: string;
};

/** Every item one contact brings to the queue today, in no particular order. */
export function itemsFor(contact: Contact, input: QueueInput, today: Day, settings: RapportSettings): QueueItem[] {
	return contactItems(contact, input, today, settings, false);
}

/**
 * One of a contact's items. Every item of every contact is made here: its fields are set
 * one by one, in one order (the extras' after the rest), not spread from two objects.
 * Every item is kept as long as the queue, and so are its texts: its id (and the reason,
 * where most items' is made) is joined, not concatenated, since a joined text is one
 * string, where a concatenation is kept as a string of its pieces, one object each (about
 * three for an id).
 */
function itemOf(contact: Contact, today: Day, section: SectionId, kind: ItemKind, due: Day, reason: string, extra?: ItemExtra): QueueItem {
	const words = extra?.words;
	const item: QueueItem = {
		id: extra?.id ?? (words === undefined ? [section, kind, contact.path] : [section, kind, contact.path, words]).join(':'),
		section,
		kind,
		name: contact.name,
		path: contact.path,
		tie: contact.tie,
		company: contact.company,
		role: contact.role,
		tags: contact.tags,
		due,
		daysOverdue: today - due,
		reason,
	};
	if (extra) {
		if (extra.line !== undefined) item.line = extra.line;
		if (extra.task !== undefined) item.task = extra.task;
		if (extra.source !== undefined) item.source = extra.source;
		if (extra.start !== undefined) item.start = extra.start;
		if (extra.urgency !== undefined) item.urgency = extra.urgency;
	}
	return item;
}

/**
 * A cadence row's reason: how due, then "follow-up date …", the cadence and the last
 * contact, each said when there is one. Joined, like the other reasons made for most
 * contacts, not concatenated (see `itemOf`).
 */
function cadenceReason(overdue: number, snoozed: boolean, due: Day, today: Day, cadence: Cadence, last: TimelineEntry | undefined): string {
	const parts = [dueLabel(overdue), snoozed ? `follow-up date ${humanDay(due, today)}` : '', cadence.label, lastLabel(last, today)];
	return parts.filter(Boolean).join(' · ');
}

/** A linked or meeting note's follow-ups, for a contact with none. */
const NO_NOTE_FOLLOW_UPS: readonly NoteFollowUp[] = Object.freeze([]);

/**
 * What a contact's `last_contact` (property `key`) written after today says, wherever they
 * are shown: "last_contact 1 Mar 2027 is after today". It is no contact yet (the queue
 * counts none), so a "never in touch" beside it would otherwise contradict the note.
 * Undefined when it is not after today. `show` writes the day (the CLI's table: 2027-03-01).
 */
export function lastContactAhead(
	contact: Pick<Contact, 'lastContact'>,
	today: Day,
	key: string,
	show: (day: Day) => string = (day) => humanDay(day, today),
): string | undefined {
	const written = contact.lastContact;
	return written !== undefined && written > today ? `${key} ${show(written)} is after today` : undefined;
}

/**
 * `ahead`: with no window, for what is coming up however far ahead; the cadence's row is
 * kept then even for someone drifting, since it says when they are due by cadence.
 * Run for every contact on the first queue, most of it before the engine has compiled it:
 * no closure is made for each contact, and its lists are walked by index, not by iterators.
 */
function contactItems(contact: Contact, input: QueueInput, today: Day, settings: RapportSettings, ahead: boolean): QueueItem[] {
	const items: QueueItem[] = [];
	const horizon = settings.upcomingDays;
	// A note dated ahead (a prepared meeting, a daily note written early) is not contact yet.
	const everything = input.timeline(contact.path);
	const timeline = upTo(everything, today);

	// Reconnect by cadence. An explicit next_follow_up beats the cadence until you are
	// in touch after it (then it is stale and the cadence takes over again).
	const last = timeline[0];
	// Someone new is listed for triage instead: no cadence of theirs is chosen yet.
	const triaged = !isUntriaged(contact, settings);
	const cadence = contact.effectiveCadence;
	const snoozed = contact.nextFollowUp !== undefined && (last === undefined || contact.nextFollowUp > last.date);
	const due = snoozed ? (contact.nextFollowUp ?? today) : last ? addCadence(last.date, cadence) : today;
	const overdue = today - due;
	// Drifting from your own rhythm with them, though not due by cadence: Reconnect, once.
	// A follow-up date you set (a snooze) quiets it until then.
	const drift = triaged && overdue < 0 && !snoozed && settings.driftInQueue ? driftOf(timeline, today) : undefined;
	// A last_contact after today (a typo for this year, most likely) is no contact yet: the row says
	// so, or "never in touch" would contradict the date written in the note.
	const writtenAhead = lastContactAhead(contact, today, settings.keys.lastContact);
	const notYet = writtenAhead === undefined ? '' : ` · ${writtenAhead}`;
	if (triaged && overdue >= 0) {
		const reason = last || snoozed ? cadenceReason(overdue, snoozed, due, today, cadence, last) : `never in touch · ${cadence.label}`;
		items.push(itemOf(contact, today, 'reconnect', 'cadence', due, reason + notYet, { urgency: overdue / cadenceLengthDays(cadence) }));
	} else if (triaged && -overdue <= horizon && (ahead || !drift)) {
		// Someone drifting is in Reconnect already: not in Upcoming as well.
		items.push(itemOf(contact, today, 'upcoming', 'cadence', due, cadenceReason(overdue, snoozed, due, today, cadence, last) + notYet));
	}
	if (drift) {
		const began = driftBegan(drift, today);
		items.push(
			itemOf(contact, today, 'reconnect', 'drift', began, [driftReason(drift), lastLabel(last, today)].join(' · '), {
				urgency: (today - began) / cadenceLengthDays(cadence),
			}),
		);
	}

	// Follow-ups: promises made, due today or earlier (or started), in their note or a meeting's.
	const { followUps } = contact;
	for (let i = 0; i < followUps.length; i++) {
		const followUp = followUps[i] as FollowUp;
		const when = followUpDue(followUp, today, horizon);
		if (when)
			items.push(
				itemOf(contact, today, when.section, 'follow-up', when.due, [clip(followUp.text), dueLabel(today - when.due)].join(' · '), {
					words: followUp.text,
					line: followUp.line,
					task: followUp.text,
					start: followUp.start,
				}),
			);
	}
	// A task in another note (a meeting's, or one linking them) has one row whoever it is for: its id names no contact.
	const linked = input.linkedFollowUps?.(contact.path) ?? NO_NOTE_FOLLOW_UPS;
	const meetings = meetingFollowUps(everything);
	for (let i = 0; i < meetings.length + linked.length; i++) {
		const { source, followUp } = (i < meetings.length ? meetings[i] : linked[i - meetings.length]) as NoteFollowUp;
		const when = followUpDue(followUp, today, horizon);
		if (!when) continue;
		const id = [when.section, 'follow-up', source, followUp.text].join(':');
		const reason = [clip(followUp.text), dueLabel(today - when.due), `from ${baseName(source)}`].join(' · ');
		items.push(
			itemOf(contact, today, when.section, 'follow-up', when.due, reason, {
				id,
				line: followUp.line,
				task: followUp.text,
				source,
				start: followUp.start,
			}),
		);
	}

	if (settings.thankYouAfterMeeting) {
		const thanks = thankYouOwed(timeline, today);
		if (thanks && !thankYouInHand(contact, timeline, thanks, linked)) {
			const reason = `send a thank-you for the ${entryLabel(thanks)} on ${humanDay(thanks.date, today)}`;
			items.push(itemOf(contact, today, 'owed', 'thank-you', addDays(thanks.date, 1), reason));
		}
	}

	const report = reportBackOwed(contact, timeline, input, today);
	if (report) {
		const { introducer, first } = report;
		items.push({
			id: `owed:report-back:${introducer.path}:${contact.path}`,
			section: 'owed',
			kind: 'report-back',
			name: introducer.name,
			path: introducer.path,
			tie: introducer.tie,
			company: introducer.company,
			role: introducer.role,
			due: addDays(first, 1),
			daysOverdue: today - addDays(first, 1),
			reason: `report back: you met ${contact.name} (their intro) on ${humanDay(first, today)}`,
		});
	}

	const waiting = awaitingReply(contact, timeline, today, settings.nudgeDays);
	if (waiting) {
		const asked = humanDay(waiting.ask.date, today);
		const about = waiting.ask.summary ? ` · ${clip(waiting.ask.summary, 50)}` : '';
		const nudge = waiting.state === 'nudge';
		const reason = nudge
			? `no reply since ${asked} (${humanSpan(today - waiting.ask.date)}): one polite follow-up${about}`
			: `no reply to your ${waiting.ask.kind} of ${asked}${waiting.nudged ? ', even after a follow-up' : ''}: let it go${about}`;
		items.push(itemOf(contact, today, 'awaiting', nudge ? 'nudge' : 'let-go', waiting.due, reason, { line: waiting.ask.line }));
	}

	// Remember: dated things to ask about, once the date has passed and you have not
	// been in touch since.
	const { remember } = contact;
	for (let i = 0; i < remember.length; i++) {
		const item = remember[i] as RememberItem;
		if (item.done || item.date === undefined || item.date > today) continue;
		if (last && last.date > item.date) continue;
		const reason = `ask about: ${clip(item.text)} (${humanDay(item.date, today)})`;
		items.push(itemOf(contact, today, 'remember', 'remember', item.date, reason, { words: item.text, line: item.line }));
	}
	const birthday = nextBirthday(contact, today);
	if (birthday !== undefined && birthday - today <= horizon) {
		const age = contact.birthday?.year ? ` (turns ${dayParts(birthday).year - contact.birthday.year})` : '';
		items.push(
			itemOf(
				contact,
				today,
				'remember',
				'birthday',
				birthday,
				`birthday ${birthday === today ? 'today' : humanDay(birthday, today)}${age}`,
			),
		);
	}
	numberRepeats(items);
	return items;
}

/**
 * Two of a contact's items with one id (a note with the same task twice) are told apart by
 * order: the second is `…:2`, the third `…:3`, or the next number no other item has (a task
 * may say `Ping:2`). Tasks come in line order, so a task's id changes only when one with
 * the same words is added or removed above it.
 */
function numberRepeats(items: QueueItem[]): void {
	if (!hasRepeat(items)) return;
	const taken = new Set(items.map((item) => item.id));
	const given = new Set<string>();
	for (const item of items) {
		const base = item.id;
		let id = base;
		for (let n = 2; given.has(id) || (id !== base && taken.has(id)); n++) id = `${base}:${n}`;
		given.add(id);
		item.id = id;
	}
}

/** Whether two items share an id: asked for every contact on the first queue, so it makes nothing. */
function hasRepeat(items: readonly QueueItem[]): boolean {
	for (let i = 1; i < items.length; i++)
		for (let j = 0; j < i; j++) if ((items[j] as QueueItem).id === (items[i] as QueueItem).id) return true;
	return false;
}

/**
 * Every item one contact brings today with no upcoming window: what is coming up however
 * far ahead ("not due until …", "Next: … on …").
 */
export function itemsAheadFor(contact: Contact, input: QueueInput, today: Day, settings: RapportSettings): QueueItem[] {
	return contactItems(contact, input, today, { ...settings, upcomingDays: Number.MAX_SAFE_INTEGER }, true);
}

export function computeQueue(input: QueueInput, today: Day, settings: RapportSettings): Queue {
	const placed = keptSections(input, today, settings);
	const sections: Record<SectionId, QueueItem[]> = {
		owed: oneRowPerTask(placed.sections.owed.items),
		awaiting: placed.sections.awaiting.items.slice(),
		reconnect: placed.sections.reconnect.items.slice(),
		remember: placed.sections.remember.items.slice(),
		upcoming: oneRowPerTask(placed.sections.upcoming.items),
	};
	return { today, sections: SECTION_IDS.map((id) => ({ id, items: sections[id] })), untriaged: placed.untriaged.slice() };
}

/** What a contact has in a kept queue, when anything. */
interface KeptContact {
	items: readonly QueueItem[];
	untriaged?: UntriagedContact;
}

/** Nothing, for a contact with nothing in the queue and nothing to triage (most contacts on most days). */
function keptOf(items: readonly QueueItem[], untriaged: UntriagedContact | undefined): KeptContact | undefined {
	return items.length === 0 && !untriaged ? undefined : { items, untriaged };
}

interface KeptQueue extends KeptFor {
	/** Contact paths in name order: a contact's place here is its rank. */
	ranked: string[];
	/** What each contact has in the queue, by rank. */
	held: (KeptContact | undefined)[];
	/**
	 * Rank by path, made the first time the queue is brought up to date: the first queue,
	 * at start-up, has no need of it, and at 10,000 contacts it was a few milliseconds.
	 */
	rankOf?: Map<string, number>;
	sections: Record<SectionId, PlacedSection<QueueItem>>;
	untriaged: UntriagedContact[];
}

function ranksOf(state: KeptQueue): Map<string, number> {
	if (!state.rankOf) {
		state.rankOf = new Map();
		for (let rank = 0; rank < state.ranked.length; rank++) state.rankOf.set(state.ranked[rank] ?? '', rank);
	}
	return state.rankOf;
}

/**
 * A contact's queue items today, kept in the input's memo when it has one (the index's),
 * so the queue and the review's health figures share one working-out; none unless active.
 */
export function keptItemsFor(contact: Contact, input: QueueInput, today: Day, settings: RapportSettings): readonly QueueItem[] {
	if (contact.status !== 'active') return NO_ITEMS;
	const compute = (): QueueItem[] => itemsFor(contact, input, today, settings);
	return input.memo ? input.memo(contact.path, today, compute) : compute();
}

// One kept queue per input (an index), dropped with it.
const kept = new WeakMap<QueueInput, KeptQueue>();

/**
 * The sections, each sorted: brought up to date from the last queue of this input when it
 * can say which contacts changed since, else worked out afresh. Items arrive in name order
 * and ties keep it, which at 10,000 contacts saves comparing names.
 */
function keptSections(input: QueueInput, today: Day, settings: RapportSettings): KeptQueue {
	const itemsOf = (contact: Contact): readonly QueueItem[] => keptItemsFor(contact, input, today, settings);
	const untriagedIf = (contact: Contact): UntriagedContact | undefined =>
		contact.status === 'active' && isUntriaged(contact, settings) ? untriagedOf(contact) : undefined;

	const previous = kept.get(input);
	const stamp = input.stamp?.();
	if (previous && stamp !== undefined && previous.today === today && previous.settings === settings && input.contact) {
		const changed = previous.stamp === stamp ? NO_CHANGES : input.changedSince?.(previous.stamp);
		if (changed) {
			let untriagedMoved = false;
			const ranks = ranksOf(previous);
			for (const path of changed) {
				const rank = ranks.get(path);
				const contact = input.contact(path);
				// Not to be: a contact gone while the order stood. Worked out afresh below.
				if (rank === undefined || !contact) {
					kept.delete(input);
					return keptSections(input, today, settings);
				}
				const was = previous.held[rank];
				was?.items.forEach((item, i) => previous.sections[item.section].remove(item, orderOf(rank, i)));
				const items = itemsOf(contact);
				items.forEach((item, i) => previous.sections[item.section].insert(item, orderOf(rank, i)));
				const untriaged = untriagedIf(contact);
				if (untriaged || was?.untriaged) untriagedMoved = true;
				previous.held[rank] = keptOf(items, untriaged);
			}
			if (untriagedMoved) previous.untriaged = untriagedIn(previous);
			previous.stamp = stamp;
			return previous;
		}
	}

	const state: KeptQueue = {
		today,
		settings,
		stamp: stamp ?? 0,
		ranked: [],
		held: [],
		sections: {
			owed: new PlacedSection(false),
			awaiting: new PlacedSection(false),
			reconnect: new PlacedSection(true),
			remember: new PlacedSection(false),
			upcoming: new PlacedSection(false),
		},
		untriaged: [],
	};
	const entries: Record<SectionId, { item: QueueItem; order: number }[]> = {
		owed: [],
		awaiting: [],
		reconnect: [],
		remember: [],
		upcoming: [],
	};
	for (const contact of input.contacts()) {
		const rank = state.ranked.length;
		state.ranked.push(contact.path);
		const items = itemsOf(contact);
		items.forEach((item, i) => entries[item.section].push({ item, order: orderOf(rank, i) }));
		state.held.push(keptOf(items, untriagedIf(contact)));
	}
	for (const id of SECTION_IDS) state.sections[id].fill(entries[id]);
	state.untriaged = untriagedIn(state);
	// Kept only where the input can say what changed since; a plain input is worked out each time.
	if (stamp !== undefined) kept.set(input, state);
	return state;
}

const NO_ITEMS: readonly QueueItem[] = Object.freeze([]);
const NO_CHANGES: ReadonlySet<string> = new Set();

/** The active contacts to triage, in name order. */
function untriagedIn(state: KeptQueue): UntriagedContact[] {
	const list: UntriagedContact[] = [];
	for (const held of state.held) if (held?.untriaged) list.push(held.untriaged);
	return list;
}

function untriagedOf(contact: Contact): UntriagedContact {
	const { path, name, company, role, met, connected } = contact;
	return { path, name, company, role, met, connected };
}

/**
 * A task written once for several people (a meeting's that names no one, one that links
 * two) comes from each of them with one id: it is one row naming them all, in name order
 * (the order items arrive in). The memoised items are left as they are.
 */
function oneRowPerTask(items: QueueItem[]): QueueItem[] {
	let first: Map<string, number> | undefined;
	const rows: QueueItem[] = [];
	for (const item of items) {
		if (item.source === undefined) {
			rows.push(item);
			continue;
		}
		first ??= new Map();
		const at = first.get(item.id);
		const row = at === undefined ? undefined : rows[at];
		if (at === undefined || !row) {
			first.set(item.id, rows.length);
			rows.push(item);
			continue;
		}
		const people = [...(row.people ?? [{ name: row.name, path: row.path }]), { name: item.name, path: item.path }];
		const tags = [...new Set([...(row.tags ?? []), ...(item.tags ?? [])])];
		rows[at] = { ...row, name: people.map((p) => p.name).join(', '), people, tags };
	}
	return rows;
}

/**
 * Where an open follow-up with a due date stands today: owed once it is due, or once its
 * Tasks start date (`🛫`) has come, so "within 48 hours" is owed from the first day;
 * upcoming when due within the horizon.
 */
function followUpDue(followUp: FollowUp, today: Day, horizon: number): { section: SectionId; due: Day } | undefined {
	const due = followUp.due;
	// An empty task (`- [ ] 📅 2026-12-01`) promises nothing yet: no row with no words.
	if (!isOpenFollowUp(followUp) || due === undefined) return undefined;
	if (due <= today || (followUp.start !== undefined && followUp.start <= today)) return { section: 'owed', due };
	return due - today <= horizon ? { section: 'upcoming', due } : undefined;
}

/** A meeting note's tasks with a due date are follow-ups of everyone in it. */
function meetingFollowUps(timeline: readonly TimelineEntry[]): { source: string; followUp: FollowUp }[] {
	const found: { source: string; followUp: FollowUp }[] = [];
	// Walked for every contact, by index: an iterator is garbage until the engine compiles this.
	for (let i = 0; i < timeline.length; i++) {
		const entry = timeline[i] as TimelineEntry;
		if (entry.via !== 'meeting' || !entry.tasks) continue;
		for (const followUp of entry.tasks) if (followUp.due !== undefined) found.push({ source: entry.source, followUp });
	}
	return found;
}

const THANK_YOU_TASK = /\bthank/i;
function linkedNames(text: string): string[] {
	// An embed of the note counts as linking it.
	return [...text.matchAll(WIKILINK)].map((m) => baseName(linkTarget(m[2] ?? '')).toLowerCase());
}

/**
 * The newest meeting-like contact in the window with nothing after it: a thank-you is
 * owed for it unless it is in hand already (see `thankYouInHand`).
 */
function thankYouOwed(timeline: readonly TimelineEntry[], today: Day): TimelineEntry | undefined {
	const newest = timeline[0];
	if (!newest || newest.date >= today || today - newest.date > THANK_YOU_WINDOW_DAYS) return undefined;
	// Only entries on the newest day can be the meeting: anything later would have cleared it.
	return timeline.find((e) => e.date === newest.date && e.kind !== undefined && THANK_YOU_KINDS.includes(e.kind));
}

/**
 * The thank-you for a meeting is in hand, so not asked for again, when:
 * - an email or message on the meeting's day was it;
 * - a follow-up, theirs or a meeting note's that lists them, was ticked since the meeting
 *   (see `tickedSince`);
 * - a follow-up stands for it, open or ticked: it says "thank" or links the meeting's note
 *   (as "Follow up people met" writes for an event), and is due on or after the meeting
 *   day. Open, it comes up as a follow-up on its day, so asking too would be two rows for
 *   one; a snooze that moved it later keeps it the thank-you, and so does ticking it then;
 * - a meeting note of that day has its own thank-you task (ticked or cancelled: done with;
 *   open with a due date: in the queue as a follow-up already). An open one with no date
 *   stays out of the queue, so the thank-you is still asked for.
 */
function thankYouInHand(
	contact: Contact,
	timeline: readonly TimelineEntry[],
	meeting: TimelineEntry,
	linked: readonly NoteFollowUp[],
): boolean {
	if (timeline.some((e) => e.date === meeting.date && (e.kind === 'email' || e.kind === 'message'))) return true;
	const followUps = [
		...contact.followUps,
		...timeline.flatMap((e) => (e.via === 'meeting' ? (e.tasks ?? []) : [])),
		...linked.map((l) => l.followUp),
	];
	if (followUps.some((f) => tickedSince(f, meeting.date))) return true;
	const notes = new Set<string>();
	for (const entry of timeline) {
		if (entry.date !== meeting.date) continue;
		if (entry.via === 'meeting') {
			notes.add(baseName(entry.source).toLowerCase());
			if (entry.tasks?.some((t) => THANK_YOU_TASK.test(t.text) && (t.done || t.cancelled || t.due !== undefined))) return true;
		} else if (entry.interaction) {
			for (const name of linkedNames(entry.interaction.summary)) notes.add(name);
		}
	}
	return followUps.some(
		(f) =>
			!f.cancelled &&
			f.due !== undefined &&
			f.due >= meeting.date &&
			(THANK_YOU_TASK.test(f.text) || linkedNames(f.text).some((name) => notes.has(name))),
	);
}

/**
 * A follow-up ticked on or after the meeting day. Obsidian's own checkbox writes no done
 * date (the Tasks plugin does): then only a due date in the thank-you window after the
 * meeting (its day to 14 days after) says it was for after it. An undated tick, or one due
 * months away and ticked early, says nothing about when it was done, so it never stands
 * for a new thank-you.
 */
function tickedSince(followUp: FollowUp, meeting: Day): boolean {
	if (!followUp.done) return false;
	if (followUp.doneOn !== undefined) return followUp.doneOn >= meeting;
	return followUp.due !== undefined && followUp.due >= meeting && followUp.due <= addDays(meeting, THANK_YOU_WINDOW_DAYS);
}

function reportBackOwed(
	contact: Contact,
	timeline: readonly TimelineEntry[],
	input: QueueInput,
	today: Day,
): { introducer: Contact; first: Day } | undefined {
	if (!contact.introducedBy) return undefined;
	// The first real conversation: the intro itself is not it.
	let first: Day | undefined;
	for (const entry of timeline) if (entry.via !== 'frontmatter' && entry.kind !== 'intro') first = entry.date;
	if (first === undefined || first >= today || today - first > REPORT_BACK_WINDOW_DAYS) return undefined;
	const introducer = input.resolve(contact.introducedBy);
	if (!introducer || introducer.status !== 'active' || introducer.path === contact.path) return undefined;
	const reported = upTo(input.timeline(introducer.path), today).some(
		(e) => e.date >= (first ?? 0) && e.kind !== 'intro' && e.via !== 'frontmatter',
	);
	return reported ? undefined : { introducer, first };
}

/**
 * One nudge after a quiet week, then let go: an ask marked `#awaiting` with no reply
 * gets one nudge item; a week after the nudge (sent or not) it is let go, shown from
 * that day for a week, and never again.
 */
function awaitingReply(
	contact: Contact,
	timeline: readonly TimelineEntry[],
	today: Day,
	nudgeDays: number,
): { ask: Interaction; state: 'nudge' | 'let-go'; due: Day; nudged: boolean } | undefined {
	const open = unansweredAsk(contact, timeline);
	if (!open) return undefined;
	const { ask, nudges } = open;
	const nudge = nudges[nudges.length - 1];
	const nudgeDue = addDays(ask.date, nudgeDays);
	const letGo = addDays(nudge ? nudge.date : nudgeDue, nudgeDays);
	if (today >= letGo && today < addDays(letGo, LET_GO_SHOWN_DAYS)) return { ask, state: 'let-go', due: letGo, nudged: nudge !== undefined };
	if (!nudge && today >= nudgeDue && today < letGo) return { ask, state: 'nudge', due: nudgeDue, nudged: false };
	return undefined;
}

/**
 * The newest ask marked `#awaiting` that this timeline holds no reply to, and the nudges
 * sent on it. A nudge is a follow-up on the ask, never a new ask of its own, nor a reply.
 */
export function unansweredAsk(
	contact: Contact,
	timeline: readonly TimelineEntry[],
): { ask: Interaction; nudges: Interaction[] } | undefined {
	const ask = contact.interactions.find((i) => i.awaiting && !i.nudge);
	if (!ask) return undefined;
	const nudges = contact.interactions.filter((i) => i.nudge && i.date >= ask.date && i !== ask);
	const nudgeDates = new Set(nudges.map((n) => n.date));
	// Anything on a nudge's day (the line, last_contact moved by logging it, a daily note
	// saying "nudged Sam") is the nudge itself, not their reply.
	// Within the ask's own day, `## Interactions` is newest first: a line above the ask is later.
	const repliedThatDay = contact.interactions.slice(0, contact.interactions.indexOf(ask)).some((i) => i.date === ask.date && !i.nudge);
	const replied = repliedThatDay || timeline.some((e) => e.date > ask.date && !nudgeDates.has(e.date));
	return replied ? undefined : { ask, nudges };
}

function nextBirthday(contact: Contact, today: Day): Day | undefined {
	const birthday = contact.birthday;
	if (!birthday) return undefined;
	const { year } = dayParts(today);
	for (const y of [year, year + 1]) {
		// 29 Feb is celebrated on 28 Feb in other years.
		const day = dayFromParts(y, birthday.month, birthday.day) ?? dayFromParts(y, birthday.month, birthday.day - 1);
		if (day !== undefined && day >= today) return day;
	}
	return undefined;
}
