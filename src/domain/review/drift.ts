// Drift: someone quiet for much longer than your own rhythm with them, whatever their
// cadence says. The rule in one sentence: drifting is a silence at least twice your usual
// gap (the median of your last six gaps, counted as at least a week) and at least three
// weeks, but under a year, with someone you were in touch with on four days or more.
// The floor keeps a daily contact from drifting after three quiet days; the ceiling lets a
// relationship that ended long ago rest. `driftOf` is what the queue's Reconnect section calls.
import { humanSpan, type Day } from '../day';
import { compareNames } from '../links';
import type { TimelineEntry } from '../timeline';

export interface Drift {
	silenceDays: number;
	/** The median of the recent gaps, before the one-week floor. */
	usualGapDays: number;
}

export interface DriftingPerson extends Drift {
	name: string;
	path: string;
}

/** Gaps between the last this many + 1 days in touch make the usual rhythm. */
const RECENT_GAPS = 6;
/** Fewer days in touch than this make no rhythm to drift from. */
const MIN_DAYS_IN_TOUCH = 4;
const DRIFT_FACTOR = 2;
/** A usual gap shorter than a week counts as a week. */
const GAP_FLOOR_DAYS = 7;
const MIN_SILENCE_DAYS = 21;
/** Silent a year or more: it ended, and is not nagged. */
const MAX_SILENCE_DAYS = 365;

/** How far someone has drifted from their usual rhythm today, or undefined when they have not. */
export function driftOf(timeline: readonly TimelineEntry[], today: Day): Drift | undefined {
	// The days in touch up to today, each once, newest first (every source of the timeline
	// counts). Asked of most contacts on the first queue: only the newest are read, so only
	// they are gathered, with their gaps, in two short lists this function reuses (their
	// length is never set back, which would free their room), the gaps sorted by insertion.
	let count = 0;
	for (let i = 0; i < timeline.length && count <= RECENT_GAPS; i++) {
		const date = (timeline[i] as TimelineEntry).date;
		if (date <= today && (count === 0 || newestDays[count - 1] !== date)) newestDays[count++] = date;
	}
	if (count < MIN_DAYS_IN_TOUCH) return undefined;
	const last = newestDays[0] ?? 0;
	const gaps = count - 1;
	for (let i = 0; i < gaps; i++) {
		const gap = (newestDays[i] ?? 0) - (newestDays[i + 1] ?? 0);
		let at = i;
		for (; at > 0 && (recentGaps[at - 1] ?? 0) > gap; at--) recentGaps[at] = recentGaps[at - 1] ?? 0;
		recentGaps[at] = gap;
	}
	const mid = gaps >> 1;
	const usualGapDays = gaps % 2 === 1 ? (recentGaps[mid] ?? 0) : ((recentGaps[mid - 1] ?? 0) + (recentGaps[mid] ?? 0)) / 2;
	const silenceDays = today - last;
	const drifting =
		silenceDays >= DRIFT_FACTOR * Math.max(usualGapDays, GAP_FLOOR_DAYS) &&
		silenceDays >= MIN_SILENCE_DAYS &&
		silenceDays < MAX_SILENCE_DAYS;
	return drifting ? { silenceDays, usualGapDays } : undefined;
}

/** The newest days in touch, newest first, and the gaps between them, sorted: reused by each `driftOf`, which keeps neither. */
const newestDays: Day[] = new Array<Day>(RECENT_GAPS + 1).fill(0);
const recentGaps: number[] = new Array<number>(RECENT_GAPS).fill(0);

/**
 * The day a drift began: the last contact plus the silence that makes one. The queue's
 * Reconnect row is due from it, and ranks by how long ago that was against the cadence.
 */
export function driftBegan(drift: Drift, today: Day): Day {
	const threshold = Math.max(DRIFT_FACTOR * Math.max(drift.usualGapDays, GAP_FLOOR_DAYS), MIN_SILENCE_DAYS);
	return today - drift.silenceDays + Math.ceil(threshold);
}

/** The reason a queue row gives: "quiet for 10w; you usually talk every 3w". */
export function driftReason(drift: Drift): string {
	return `quiet for ${humanSpan(drift.silenceDays)}; you usually talk every ${humanSpan(Math.round(drift.usualGapDays))}`;
}

/** How far from their rhythm: the silence over the usual gap (floored at a week). */
function driftRatio(d: Drift): number {
	return d.silenceDays / Math.max(d.usualGapDays, GAP_FLOOR_DAYS);
}

/** The drifting list's order: furthest from their rhythm first, then by name. */
export function byDrift(a: DriftingPerson, b: DriftingPerson): number {
	return driftRatio(b) - driftRatio(a) || compareNames(a.name, b.name);
}
