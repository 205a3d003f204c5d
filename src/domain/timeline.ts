// A contact's history from every source the design names: the `last_contact` property,
// `## Interactions` lines, meeting notes that list them, and dated notes that link them;
// and the day you met, when their `met` links a dated note.
// The effective last contact is the newest entry; nothing here ever moves a date back.
import { sortInPlace } from './smallSort';
import type { Day } from './day';
import type { Interaction, InteractionKind } from './interactions';
import type { FollowUp } from './tasks';

export type EvidenceVia = 'log' | 'meeting' | 'dated' | 'met' | 'frontmatter';

export interface TimelineEntry {
	date: Day;
	via: EvidenceVia;
	/** What kind of contact it was, when the source says. */
	kind?: InteractionKind;
	/** The note it comes from (for `met`, the note their `met` links, which may not exist yet). */
	source: string;
	/** The `## Interactions` line, for logged interactions. */
	interaction?: Interaction;
	/** A meeting note's template id (`coffee-chat`, `informational-interview` …). */
	template?: string;
	/** A meeting note's tasks (its thank-you, what was promised), when it has any. */
	tasks?: readonly FollowUp[];
}

// On one day, a logged line says most (it has a kind and summary), then a meeting note,
// then a daily note, then where you met, then the bare property.
// Compared for every pair a timeline's sort looks at: a few comparisons of interned
// strings, not a look-up by name in a record.
function viaRank(via: EvidenceVia): number {
	return via === 'log' ? 0 : via === 'meeting' ? 1 : via === 'dated' ? 2 : via === 'met' ? 3 : 4;
}

export function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
	// Plain code-unit order for the last tie-break: only stable, and far cheaper than locale order.
	return b.date - a.date || viaRank(a.via) - viaRank(b.via) || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0);
}

/** Sorts a timeline in place by `compareEntries`, as a stable sort does (a dozen entries most often, mostly in order already). */
export function sortEntries(timeline: TimelineEntry[]): TimelineEntry[] {
	return sortInPlace(timeline, compareEntries);
}

/** What a timeline entry reads as in a reason: "coffee", "meeting", "daily note". */
export function entryLabel(entry: TimelineEntry): string {
	if (entry.kind) return entry.kind;
	if (entry.via === 'dated') return 'daily note';
	if (entry.via === 'meeting') return 'meeting';
	if (entry.via === 'met') return 'met';
	return 'contact';
}
