// One person as the person panel shows them: their real name, where they stand against
// their cadence, every interaction from every source, their open follow-ups (their own and
// their meeting notes'), what to remember, and what else the queue holds for them today.
import type { Contact } from './contact';
import type { Day } from './day';
import { contactFileName } from './newContact';
import { itemsAheadFor, lastContactAhead, type QueueInput, type QueueItem } from './queue';
import type { RapportSettings } from './settings';
import { standingOf, type Standing } from './standing';
import { isOpenFollowUp, type FollowUp, type NoteFollowUp, type RememberItem } from './tasks';
import type { TimelineEntry } from './timeline';

export interface PersonEntry {
	entry: TimelineEntry;
	/** The note a click opens: the contact's own for a logged line or the property, else the meeting or dated note. */
	path: string;
	/** The line to open it at: a logged interaction's. */
	line?: number;
	/** Dated after today: a meeting prepared ahead, a daily note written early. Not contact yet. */
	ahead: boolean;
}

export interface OpenFollowUp {
	/** The note the task is in: the contact's, or a meeting note's. */
	path: string;
	followUp: FollowUp;
}

export interface PersonDetails {
	contact: Contact;
	/** The name as the person writes it (see `realName`). */
	name: string;
	standing: Standing;
	/** "last_contact 1 Mar 2027 is after today", when the property is: no contact yet, so the standing does not count it. */
	lastContactAhead?: string;
	/** Newest first. */
	timeline: PersonEntry[];
	/** Open ones, soonest due first, undated last. */
	followUps: OpenFollowUp[];
	/** Not ticked off. */
	remember: RememberItem[];
	/** What the queue holds for them today besides their cadence and follow-ups: a thank-you, a nudge, a report-back, a birthday. */
	queued: QueueItem[];
}

/**
 * The person's name as they write it. A name a file can't hold ("C# Dev", kept in
 * `C Dev.md`) is kept by New contact as an alias: the alias the file name was cleaned from.
 */
export function realName(contact: Pick<Contact, 'name' | 'aliases'>): string {
	return contact.aliases.find((alias) => alias !== contact.name && contactFileName(alias) === contact.name) ?? contact.name;
}

/**
 * Everything the panel shows about a contact. `queued` is today's queue (the panel keeps
 * the rows about this person); the standing comes from their cadence row looked for with
 * no window, so it says when they are due however far ahead.
 */
export function personDetails(
	contact: Contact,
	input: QueueInput,
	today: Day,
	settings: RapportSettings,
	queued: readonly QueueItem[],
): PersonDetails {
	const everything = input.timeline(contact.path);
	const cadenceRow = itemsAheadFor(contact, input, today, settings).find((item) => item.kind === 'cadence');
	const last = everything.find((entry) => entry.date <= today)?.date;
	const untriaged = settings.triageNewPeople && contact.untriaged;
	const standing = standingOf({ status: contact.status, untriaged, due: cadenceRow?.due, last, soonDays: settings.upcomingDays }, today);
	const ahead = lastContactAhead(contact, today, settings.keys.lastContact);
	return {
		contact,
		name: realName(contact),
		standing,
		...(ahead === undefined ? {} : { lastContactAhead: ahead }),
		timeline: timelineOf(everything, today),
		followUps: openFollowUps(contact, everything, input.linkedFollowUps?.(contact.path) ?? []),
		remember: contact.remember.filter((item) => !item.done),
		queued: queued.filter((item) => item.path === contact.path && item.kind !== 'cadence' && item.kind !== 'follow-up'),
	};
}

/**
 * Every entry, each with the note it opens. The `last_contact` property says no more than
 * any other entry of its day (logging writes both): it is shown only on a day of its own.
 */
function timelineOf(timeline: readonly TimelineEntry[], today: Day): PersonEntry[] {
	const days = new Set(timeline.filter((e) => e.via !== 'frontmatter').map((e) => e.date));
	return timeline
		.filter((entry) => entry.via !== 'frontmatter' || !days.has(entry.date))
		.map((entry) => ({
			entry,
			path: entry.source,
			...(entry.interaction ? { line: entry.interaction.line } : {}),
			ahead: entry.date > today,
		}));
}

/**
 * Open follow-ups: every open task of the contact's own, and a meeting note's tasks with a
 * due date (the queue's rule: undated ones there are notes, not promises to them), and the
 * dated tasks of any note that link them.
 */
function openFollowUps(contact: Contact, timeline: readonly TimelineEntry[], linked: readonly NoteFollowUp[]): OpenFollowUp[] {
	const found: OpenFollowUp[] = contact.followUps.filter(isOpenFollowUp).map((followUp) => ({ path: contact.path, followUp }));
	for (const entry of timeline) {
		if (entry.via !== 'meeting' || !entry.tasks) continue;
		for (const followUp of entry.tasks)
			if (isOpenFollowUp(followUp) && followUp.due !== undefined) found.push({ path: entry.source, followUp });
	}
	// Dated tasks that link them from any other note (a daily note's "Send [[Sam]] the deck").
	for (const { source, followUp } of linked) found.push({ path: source, followUp });
	const when = (f: OpenFollowUp): number => f.followUp.due ?? Number.MAX_SAFE_INTEGER;
	return found.sort((a, b) => when(a) - when(b));
}
