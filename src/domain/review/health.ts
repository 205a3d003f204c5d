// How the network is kept: the share of active contacts overdue by the queue's own due rule,
// how long it has been per tie, who you were never in touch with, and the strong ties
// silent longest.
import type { Contact } from '../contact';
import type { Day } from '../day';
import { keptItemsFor, type QueueItem } from '../queue';
import type { RapportSettings, Tie } from '../settings';
import type { ReviewInput } from './shared';

export interface PersonSilence {
	name: string;
	path: string;
	/** Undefined: never in touch. */
	lastContact?: Day;
	silenceDays?: number;
}

export interface Health {
	/** Active contacts the queue keeps by cadence: new people waiting for a tie have no due day, and are not counted. */
	counted: number;
	/** Of those, how many are past their due day (the queue's Reconnect rows due before today). */
	overdue: number;
	/** overdue / counted; 0 when nobody is counted. */
	overdueShare: number;
	/** Median days since the last contact of the active contacts in touch at least once, per tie. */
	medianDaysSince: Record<Tie | 'unset', number | undefined>;
	/** Active contacts with no contact at all up to today, in name order. */
	neverContacted: PersonSilence[];
	/** The five active strong ties longest out of touch, never-in-touch first. */
	longestSilentStrong: PersonSilence[];
}

export const SILENT_SHOWN = 5;

/**
 * The contact's cadence row as the queue makes it today: the queue's own items (kept in the
 * index's memo, so a review after the queue works nothing out again), so the review never
 * disagrees with it.
 */
export function cadenceRowOf(contact: Contact, input: ReviewInput, today: Day, settings: RapportSettings): QueueItem | undefined {
	return keptItemsFor(contact, input, today, settings).find((item) => item.kind === 'cadence');
}

/** Never in touch is the longest silence of all; then the oldest last contact. */
export function bySilence(a: PersonSilence, b: PersonSilence): number {
	const longest = (s: PersonSilence): number => s.silenceDays ?? Number.MAX_SAFE_INTEGER;
	return longest(b) - longest(a);
}

/** A contact's silence today: when they were last in touch and how long ago. */
export function silenceOf(contact: Contact, last: Day | undefined, today: Day): PersonSilence {
	return last === undefined
		? { name: contact.name, path: contact.path }
		: { name: contact.name, path: contact.path, lastContact: last, silenceDays: today - last };
}
