// What every figure of the network review reads, and the small rules they share: the
// days someone was in touch, when they joined your network, and how names are matched.
import type { Contact } from '../contact';
import { dayFromValue, type Day } from '../day';
import type { QueueInput } from '../queue';
import type { TimelineEntry } from '../timeline';

/** The vault as the review reads it: the queue's input, and what only some hosts know. */
export interface ReviewInput extends QueueInput {
	/** When a note was made, when the host knows it and trusts it (the CLI does not: a clone resets file dates). */
	created?(path: string): Day | undefined;
	/** What to write inside `[[…]]` to reach a note (its name, or its path when the name is shared). */
	linkText?(path: string): string;
}

/** People count as added in the last this many days. */
export const ADDED_WITHIN_DAYS = 90;

// A vault names the same few companies, places and tags again and again: each is folded once.
const folded = new Map<string, string>();
const FOLDED_KEPT = 20_000;

/** Company, tag and place names compared as people mean them: case, accents and spacing aside ("Société" is "societe"). */
export function foldKey(text: string): string {
	let key = folded.get(text);
	if (key === undefined) {
		key = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
		if (folded.size >= FOLDED_KEPT) folded.clear();
		folded.set(text, key);
	}
	return key;
}

/** The newest day of contact up to today. */
export function lastContactOf(timeline: readonly TimelineEntry[], today: Day): Day | undefined {
	return timeline.find((entry) => entry.date <= today)?.date;
}

/**
 * When someone joined your network: the earliest of their first contact and the day you
 * connected (`connected`, as an import writes it); with neither, the note's creation when
 * the host gives it.
 */
export function addedOn(contact: Contact, timeline: readonly TimelineEntry[], input: ReviewInput): Day | undefined {
	const first = timeline.length > 0 ? timeline[timeline.length - 1]?.date : undefined;
	const connected = contact.connected === undefined ? undefined : dayFromValue(contact.connected);
	const known = [first, connected].filter((d): d is Day => d !== undefined);
	return known.length > 0 ? Math.min(...known) : input.created?.(contact.path);
}

/** A contact's name as a link in a review note. */
export function linkTo(input: ReviewInput, contact: { path: string; name: string }): string {
	const target = input.linkText?.(contact.path) ?? contact.name;
	return target === contact.name ? `[[${target}]]` : `[[${target}|${contact.name}]]`;
}
