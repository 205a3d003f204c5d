// The network review kept between calls, so that after one edit only the contacts it
// touched are read again. The rule, the queue's: one state per input (an index), kept for
// one day and one settings object. Each contact's part of every figure (its "facts") is
// worked out once; the figures are running totals and sorted lists of those parts. When
// the input says which contacts changed since (`changedSince`), their old parts are taken
// out and their new ones put in; when it cannot (contacts came, went or were renamed) or
// the day or settings differ, everything is worked out afresh. Nothing changed: the same
// figures again. Introducers read across contacts: see keptIntroducers.ts.
import type { Contact, Level, Status } from '../contact';
import { addDays, type Day } from '../day';
import { compareNames } from '../links';
import type { GoalRule, RapportSettings, Tie } from '../settings';
import { CALENDAR_WEEKS, daysInWeeks, weeksUpTo, type CalendarEntry, type CalendarWeek } from './calendar';
import { Groups, personTags, type AddedPerson, type Composition } from './composition';
import { byDrift, driftOf, type DriftingPerson } from './drift';
import { countFor, goalPeriods, progressOf, type Counted, type GoalProgress } from './goals';
import { SILENT_SHOWN, bySilence, cadenceRowOf, silenceOf, type Health, type PersonSilence } from './health';
import type { Period } from './periods';
import {
	balanceQuarters,
	byTaken,
	giveAskOf,
	giveAskShown,
	quarterBalance,
	type GiveAsk,
	type PersonGiveAsk,
	type Reciprocity,
} from './reciprocity';
import { ADDED_WITHIN_DAYS, addedOn, foldKey, lastContactOf, type ReviewInput } from './shared';
import { KeptIntroducers } from './keptIntroducers';
import { Sorted } from './sorted';
import { targetOf, targetQueries, type Target } from './targets';
import { byTieThenRecent, isThere, knownPerson, type KnownPerson, type WhoQuery } from './who';

/** Every figure but the self-ratings, which are read from the review notes on each call. */
export interface ReviewFigures {
	composition: Composition;
	health: Health;
	reciprocity: Reciprocity;
	targets: Target[];
	goals: GoalProgress[];
	drift: DriftingPerson[];
	calendar: CalendarWeek[];
}

/** One contact's part of every figure, for one day and one settings object. */
interface Facts {
	contact: Contact;
	/** Its place in name order: equal rows keep it, as the fresh sorts of contacts in name order do. */
	rank: number;
	/** What the company, tag and place groups read: when it differs, the groups are counted again. */
	groupKey: string;
	added?: AddedPerson;
	/** Active and kept by cadence (not waiting for triage). */
	counted: boolean;
	overdue: boolean;
	/** Active contacts only. */
	silence?: PersonSilence;
	drift?: DriftingPerson;
	giveAsk?: PersonGiveAsk;
	/** Per goal: the period (0 the current one) and key of each thing it counts. */
	goals: { period: number; key: string }[][];
	calendar: { week: number; rank: number; seq: number; entry: CalendarEntry }[];
	/** For each target query, whether they are there (not archived, at the company or with the tag). */
	there: boolean[];
	known?: KnownPerson;
}

/** Sorted by a figure's own order, then by name order, as a stable sort of contacts in name order keeps them. */
function rows(order: (a: Facts, b: Facts) => number): Sorted<Facts> {
	return new Sorted<Facts>((a, b) => order(a, b) || a.rank - b.rank);
}

interface KeptReview {
	today: Day;
	settings: RapportSettings;
	stamp: number;
	facts: Map<string, Facts>;
	queries: WhoQuery[];
	/** The tags that only mark a note as a contact, folded. */
	contactTags: ReadonlySet<string>;
	quarters: Period[];
	goalPeriods: Period[][];
	status: Record<Status, number>;
	tie: Record<Tie | 'unset', number>;
	level: Record<Level | 'unset', number>;
	noCompany: number;
	noLocation: number;
	groups?: Pick<Composition, 'company' | 'tag' | 'location'>;
	added: Sorted<Facts>;
	counted: number;
	overdue: number;
	since: Record<Tie | 'unset', Sorted<number>>;
	never: Sorted<Facts>;
	strong: Sorted<Facts>;
	drift: Sorted<Facts>;
	people: Sorted<Facts>;
	takeOnly: Sorted<Facts>;
	quarterGave: number[];
	quarterAsked: number[];
	/** Per goal and period: how many things count under each key (each key counts once). */
	goalKeys: Map<string, number>[][];
	weeks: { start: Day; days: Sorted<Facts['calendar'][number]> }[];
	there: Sorted<Facts>[];
	/** Only with target queries. */
	introducers?: KeptIntroducers;
	figures?: ReviewFigures;
}

// One kept review per input (an index), dropped with it.
const kept = new WeakMap<ReviewInput, KeptReview>();
const NO_CHANGES: ReadonlySet<string> = new Set();

/** The review's figures for the day: brought up to date from the last ones of this input when it can say what changed. */
export function keptFigures(input: ReviewInput, today: Day, settings: RapportSettings): ReviewFigures {
	const previous = kept.get(input);
	const stamp = input.stamp?.();
	if (previous?.figures && stamp !== undefined && previous.today === today && previous.settings === settings && input.contact) {
		const changed = previous.stamp === stamp ? NO_CHANGES : input.changedSince?.(previous.stamp);
		if (changed && changed.size === 0) {
			previous.stamp = stamp;
			return previous.figures;
		}
		if (changed && bringUpToDate(previous, input, changed)) {
			previous.stamp = stamp;
			previous.figures = figuresOf(previous);
			return previous.figures;
		}
		kept.delete(input);
	}
	const state = afresh(input, today, settings, stamp ?? 0);
	// Kept only where the input can say what changed since; a plain input is worked out each time.
	if (stamp !== undefined) kept.set(input, state);
	return state.figures ?? figuresOf(state);
}

function afresh(input: ReviewInput, today: Day, settings: RapportSettings, stamp: number): KeptReview {
	const quarters = balanceQuarters(today);
	const periods = settings.goals.map((goal) => goalPeriods(goal, today));
	const queries = targetQueries(settings);
	const calendar = weeksUpTo(today, CALENDAR_WEEKS);
	const state: KeptReview = {
		today,
		settings,
		stamp,
		facts: new Map(),
		queries,
		contactTags: new Set(settings.contactTags.map(foldKey)),
		quarters,
		goalPeriods: periods,
		status: { active: 0, dormant: 0, archived: 0 },
		tie: { strong: 0, medium: 0, weak: 0, unset: 0 },
		level: { senior: 0, peer: 0, junior: 0, unset: 0 },
		noCompany: 0,
		noLocation: 0,
		added: rows((a, b) => (b.added?.added ?? 0) - (a.added?.added ?? 0) || compareNames(a.contact.name, b.contact.name)),
		counted: 0,
		overdue: 0,
		since: { strong: numbers(), medium: numbers(), weak: numbers(), unset: numbers() },
		never: rows(() => 0),
		strong: rows((a, b) => bySilence(a.silence as PersonSilence, b.silence as PersonSilence)),
		drift: rows((a, b) => byDrift(a.drift as DriftingPerson, b.drift as DriftingPerson)),
		people: rows((a, b) => byTaken(a.giveAsk as PersonGiveAsk, b.giveAsk as PersonGiveAsk)),
		takeOnly: rows((a, b) => byTaken(a.giveAsk as PersonGiveAsk, b.giveAsk as PersonGiveAsk)),
		quarterGave: quarters.map(() => 0),
		quarterAsked: quarters.map(() => 0),
		goalKeys: periods.map((list) => list.map(() => new Map<string, number>())),
		weeks: calendar.map((week) => ({ start: week.start, days: new Sorted((a, b) => a.rank - b.rank || a.seq - b.seq) })),
		there: queries.map(() => rows((a, b) => byTieThenRecent(a.known as KnownPerson, b.known as KnownPerson))),
		introducers: queries.length > 0 ? new KeptIntroducers(input, queries) : undefined,
	};
	let rank = 0;
	for (const contact of input.contacts()) {
		const facts = factsOf(state, input, contact, rank++);
		state.facts.set(contact.path, facts);
		apply(state, facts, true);
	}
	for (const list of allLists(state)) list.settle();
	state.introducers?.fill(state.facts.values());
	state.groups = groupsOf(state);
	state.figures = figuresOf(state);
	return state;
}

function numbers(): Sorted<number> {
	return new Sorted<number>((a, b) => a - b);
}

function allLists(state: KeptReview): Sorted<unknown>[] {
	return [
		state.added,
		...Object.values(state.since),
		state.never,
		state.strong,
		state.drift,
		state.people,
		state.takeOnly,
		...state.weeks.map((w) => w.days),
		...state.there,
	] as Sorted<unknown>[];
}

/** Takes out each changed contact's old part and puts in its new one; false when one came or went (worked out afresh). */
function bringUpToDate(state: KeptReview, input: ReviewInput, changed: ReadonlySet<string>): boolean {
	let groupsMoved = false;
	const updated: Facts[] = [];
	for (const path of changed) {
		const was = state.facts.get(path);
		const contact = input.contact?.(path);
		if (!was || !contact) return false;
		const now = factsOf(state, input, contact, was.rank);
		apply(state, was, false);
		apply(state, now, true);
		state.facts.set(path, now);
		updated.push(now);
		if (now.groupKey !== was.groupKey) groupsMoved = true;
	}
	if (groupsMoved) state.groups = groupsOf(state);
	state.introducers?.update(updated);
	return true;
}

function factsOf(state: KeptReview, input: ReviewInput, contact: Contact, rank: number): Facts {
	const { today, settings } = state;
	const timeline = input.timeline(contact.path);
	const active = contact.status === 'active';
	const archived = contact.status === 'archived';
	const joined = addedOn(contact, timeline, input);
	const last = lastContactOf(timeline, today);
	const counted = active && !(settings.triageNewPeople && contact.untriaged);
	const drift = active ? driftOf(timeline, today) : undefined;
	const rules = new Map<GoalRule, Counted[]>(settings.goals.map((goal) => [goal.rule, []]));
	countFor(contact, timeline, joined, today, rules);
	const calendar = daysInWeeks(state.weeks, contact, timeline, today).map(({ week, entry }, seq) => ({ week, rank, seq, entry }));
	const there = state.queries.map((query) => !archived && isThere(contact, query));
	return {
		contact,
		rank,
		groupKey: active ? groupKeyOf(contact, state.contactTags) : '',
		added:
			joined !== undefined && joined > addDays(today, -ADDED_WITHIN_DAYS) && joined <= today
				? { name: contact.name, path: contact.path, added: joined }
				: undefined,
		counted,
		overdue: counted && (cadenceRowOf(contact, input, today, settings)?.daysOverdue ?? 0) > 0,
		silence: active ? silenceOf(contact, last, today) : undefined,
		drift: drift && { name: contact.name, path: contact.path, ...drift },
		giveAsk: giveAskOf(contact, today, state.quarters),
		goals: settings.goals.map((goal, g) => periodKeys(rules.get(goal.rule) ?? [], state.goalPeriods[g] ?? [])),
		calendar,
		there,
		known: there.includes(true) ? knownPerson(contact, last) : undefined,
	};
}

/** Each thing counted with the period it fell in; those in none are left out. */
function periodKeys(items: readonly Counted[], periods: readonly Period[]): { period: number; key: string }[] {
	const found: { period: number; key: string }[] = [];
	for (const item of items) {
		const period = periods.findIndex((p) => item.day >= p.start && item.day <= p.end);
		if (period >= 0) found.push({ period, key: item.key });
	}
	return found;
}

function groupKeyOf(contact: Contact, contactTags: ReadonlySet<string>): string {
	const tags = personTags(contact, contactTags);
	return [contact.company ?? '', contact.location ?? '', ...tags].join('\n');
}

/** Puts a contact's part into every figure (`add`), or takes it out. */
function apply(state: KeptReview, facts: Facts, add: boolean): void {
	const by = add ? 1 : -1;
	const put = <T>(list: Sorted<T>, item: T): void => (add ? list.add(item) : list.remove(item));
	const { contact } = facts;
	state.status[contact.status] += by;
	if (facts.added) put(state.added, facts);
	if (contact.status === 'active') {
		state.tie[contact.tie ?? 'unset'] += by;
		state.level[contact.level ?? 'unset'] += by;
		if (!contact.company) state.noCompany += by;
		if (!contact.location) state.noLocation += by;
		if (facts.counted) state.counted += by;
		if (facts.overdue) state.overdue += by;
		const silence = facts.silence;
		if (silence?.silenceDays === undefined) put(state.never, facts);
		else put(state.since[contact.tie ?? 'unset'], silence.silenceDays);
		if (contact.tie === 'strong') put(state.strong, facts);
		if (facts.drift) put(state.drift, facts);
	}
	const giveAsk = facts.giveAsk;
	if (giveAsk) {
		put(state.people, facts);
		if (giveAsk.takeOnly) put(state.takeOnly, facts);
		giveAsk.quarterGave.forEach((n, i) => (state.quarterGave[i] = (state.quarterGave[i] ?? 0) + by * n));
		giveAsk.quarterAsked.forEach((n, i) => (state.quarterAsked[i] = (state.quarterAsked[i] ?? 0) + by * n));
	}
	facts.goals.forEach((items, g) => {
		for (const { period, key } of items) {
			const keys = state.goalKeys[g]?.[period];
			if (!keys) continue;
			const count = (keys.get(key) ?? 0) + by;
			if (count > 0) keys.set(key, count);
			else keys.delete(key);
		}
	});
	for (const day of facts.calendar) {
		const week = state.weeks[day.week];
		if (week) put(week.days, day);
	}
	facts.there.forEach((there, q) => {
		const list = state.there[q];
		if (there && list) put(list, facts);
	});
}

/** The company, tag and place groups, counted over every active contact in name order (the first spelling names a group). */
function groupsOf(state: KeptReview): Pick<Composition, 'company' | 'tag' | 'location'> {
	const companies = new Groups();
	const tags = new Groups();
	const locations = new Groups();
	for (const { contact } of state.facts.values()) {
		if (contact.status !== 'active') continue;
		if (contact.company) companies.add(contact.company);
		if (contact.location) locations.add(contact.location);
		for (const tag of personTags(contact, state.contactTags)) tags.add(tag);
	}
	return { company: companies.sorted(), tag: tags.sorted(), location: locations.sorted() };
}

/** The figures from the kept totals and lists: new arrays each time, so earlier figures stay as they were. */
function figuresOf(state: KeptReview): ReviewFigures {
	const groups = state.groups ?? groupsOf(state);
	const silences = (list: Sorted<Facts>): PersonSilence[] => list.shownAs((f) => f.silence as PersonSilence);
	const giveAsks = (list: Sorted<Facts>): GiveAsk[] => list.shownAs((f) => giveAskShown(f.giveAsk as PersonGiveAsk));
	return {
		composition: {
			active: state.status.active,
			tie: { ...state.tie },
			level: { ...state.level },
			status: { ...state.status },
			...groups,
			noCompany: state.noCompany,
			noLocation: state.noLocation,
			added: state.added.shownAs((f) => f.added as AddedPerson),
		},
		health: {
			counted: state.counted,
			overdue: state.overdue,
			overdueShare: state.counted === 0 ? 0 : state.overdue / state.counted,
			medianDaysSince: {
				strong: middle(state.since.strong.items),
				medium: middle(state.since.medium.items),
				weak: middle(state.since.weak.items),
				unset: middle(state.since.unset.items),
			},
			neverContacted: silences(state.never),
			longestSilentStrong: silences(state.strong).slice(0, SILENT_SHOWN),
		},
		reciprocity: {
			people: giveAsks(state.people),
			takeOnly: giveAsks(state.takeOnly),
			quarters: state.quarters.map((period, i) => quarterBalance(period, state.quarterGave[i] ?? 0, state.quarterAsked[i] ?? 0)),
		},
		targets: state.queries.map((query, q) =>
			targetOf(query, state.there[q]?.shownAs((f) => f.known as KnownPerson) ?? [], () => state.introducers?.of(q) ?? []),
		),
		goals: state.settings.goals.map((goal, g) => {
			const [current, ...previous] = (state.goalPeriods[g] ?? []).map((period, p) =>
				progressOf(period, goal, state.goalKeys[g]?.[p]?.size ?? 0),
			);
			return { goal, current: current as GoalProgress['current'], previous };
		}),
		drift: state.drift.shownAs((f) => f.drift as DriftingPerson),
		calendar: state.weeks.map((week) => ({
			start: week.start,
			count: week.days.items.length,
			entries: week.days.shownAs((day) => day.entry),
		})),
	};
}

/** The middle of sorted values (the mean of the two middle ones for an even count), as `median` gives. */
function middle(sorted: readonly number[]): number | undefined {
	if (sorted.length === 0) return undefined;
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
