// `rapport review` and `rapport who`: the network review and "who do I know at …", read
// from the built index with nothing written; `review --note` and `--rating` write the
// review note and the self-rating through the plugin's own actions. The JSON shapes are
// documented in docs/cli.md and kept stable for scripts.
import { formatDay, formatTime, type Day } from '../domain/day';
import { inFolder } from '../domain/recognition';
import { computeReview, type NetworkReview } from '../domain/review/review';
import { RATING_QUESTIONS, ratingHistory, selfRating, type SelfRating } from '../domain/review/selfRating';
import { listed } from '../domain/words';
import { cliActions, reportRefusal } from './cliActions';
import { introducers } from '../domain/review/targets';
import { closePlaces, whoIsThere, type KnownPerson, type WhoQuery } from '../domain/review/who';
import { namesakeLabels } from '../domain/namesakes';
import { formatReviewText, formatWhoText } from './reviewFormat';
import type { Io } from './io';
import { toJson } from './json';
import type { OpenVault } from './openVault';
import { noteSwitch, UsageError, type Values } from './usage';

export interface ReviewRequest {
	today: Day;
	json: boolean;
	/** Write the review as a dated note in the review folder. */
	note: boolean;
	/** Save this self-rating (in today's review note, or the one --note writes). */
	rating?: SelfRating;
}

export interface WhoRequest {
	query: WhoQuery;
	today: Day;
	json: boolean;
	/** The JSON as `{"people", "introducers"}`: the bare list of people stays the default, for scripts that read it. */
	introducers: boolean;
}

export function reviewRequest(values: Values, today: Day): ReviewRequest {
	const request: ReviewRequest = { today, json: values.json === true, note: noteSwitch(values) };
	if (values.rating !== undefined) request.rating = selfRating(today, ratingAnswers(values.rating));
	return request;
}

/** `--rating y,n,y,y,n`: the questions answered yes, read from five answers in the questions' order. */
function ratingAnswers(text: string): string[] {
	const answers = text.split(',').map((a) => a.trim().toLowerCase());
	const ids = RATING_QUESTIONS.map((q) => q.id);
	if (answers.length !== ids.length || answers.some((a) => !YES.has(a) && !NO.has(a)))
		throw new UsageError(
			`--rating expects ${ids.length} answers, y or n, separated by commas, one for each of ${listed(ids)} (such as y,n,y,y,n); got '${text}'`,
		);
	return ids.filter((_, i) => YES.has(answers[i] ?? ''));
}

const YES = new Set(['y', 'yes']);
const NO = new Set(['n', 'no']);

export function whoRequest(values: Values, today: Day): WhoRequest {
	const given = (['company', 'tag', 'location'] as const).filter((kind) => values[kind] !== undefined);
	const [kind] = given;
	if (kind === undefined || given.length > 1) throw new UsageError('give one of --company NAME, --tag TAG or --location PLACE');
	const name = values[kind]?.trim() ?? '';
	if (!name.replace(/^#/, '')) throw new UsageError(`--${kind} needs a name`);
	const json = values.json === true;
	const withIntroducers = values.introducers === true;
	if (withIntroducers && !json)
		throw new UsageError('--introducers shapes the JSON: give it with --json (the text lists who might introduce you anyway)');
	return { query: { kind, name }, today, json, introducers: withIntroducers };
}

/** The paths of the review folder's notes. */
function reviewNotesIn({ source, config }: OpenVault): string[] {
	return [...source.paths()].filter((path) => inFolder(path, config.settings.reviewFolder));
}

/** The self-ratings kept in the review folder's notes. */
function ratingsIn(vault: OpenVault): SelfRating[] {
	return ratingHistory(reviewNotesIn(vault).map((path) => ({ path, frontmatter: vault.source.read(path)?.frontmatter })));
}

export async function runReview(request: ReviewRequest, vault: OpenVault, io: Io, now: Date): Promise<number> {
	if (request.note || request.rating) return writeReview(request, vault, io, now);
	const review = computeReview(vault.index, request.today, vault.config.settings, ratingsIn(vault));
	io.out(
		request.json ? toJson(reviewJson(review)) : formatReviewText(review, vault.config.settings, namesakeLabels(vault.index.contacts())),
	);
	return unreadable(vault, io);
}

export function runWho(request: WhoRequest, vault: OpenVault, io: Io): number {
	const people = whoIsThere(vault.index, request.query, request.today);
	// Nobody there: who might introduce you, as the review says for a target. The plain JSON is
	// the list of people, as scripts have read it; --introducers asks for the object that adds them.
	const via = people.length === 0 && (!request.json || request.introducers) ? introducers(vault.index, request.query) : [];
	if (!request.json) {
		// Nobody there may be a typo: offer the names close to it, as a contact's name that finds nobody does.
		const close = people.length === 0 ? closePlaces(vault.index, request.query, vault.config.settings.contactTags) : [];
		io.out(formatWhoText(request.query, people, request.today, via, namesakeLabels(vault.index.contacts()), close));
	} else if (!request.introducers) io.out(toJson(people.map(personJson)));
	else io.out(toJson({ people: people.map(personJson), introducers: via.map(({ name, path, why }) => ({ name, path, why })) }));
	return unreadable(vault, io);
}

/**
 * `--note`, `--rating` or both, as Create review note and the self-rating's Save do: the
 * path written on stdout (JSON `{"written"}`), what was done on stderr.
 */
async function writeReview(request: ReviewRequest, vault: OpenVault, io: Io, now: Date): Promise<number> {
	const actions = cliActions(vault, request.today, formatTime(now));
	const asked = { ratings: ratingsIn(vault), reviewNotes: reviewNotesIn(vault) };
	const outcome =
		request.note || !request.rating ? await actions.reviewNote(asked, request.rating) : await actions.saveRating(asked, request.rating);
	if (!outcome.ok || outcome.value === undefined) {
		reportRefusal(outcome, io);
		return 1;
	}
	io.out(request.json ? toJson({ written: outcome.value, created: outcome.created.length > 0 }) : outcome.value);
	if (request.rating) io.err(outcome.message);
	return unreadable(vault, io);
}

/** Notes that could not be read are left out of the answer: say so, and fail, as queue does. */
function unreadable({ source }: OpenVault, io: Io): number {
	for (const note of source.unreadable) io.err(`rapport: ${note.path}: ${note.message}`);
	return source.unreadable.length > 0 ? 1 : 0;
}

const day = (d: Day | undefined): string | undefined => (d === undefined ? undefined : formatDay(d));

function personJson(p: KnownPerson): unknown {
	return { name: p.name, path: p.path, tie: p.tie, role: p.role, company: p.company, status: p.status, lastContact: day(p.lastContact) };
}

function ratingJson(r: SelfRating): unknown {
	return { date: formatDay(r.date), score: r.score, verdict: r.verdict, yes: r.yes, path: r.path };
}

export function reviewJson(review: NetworkReview): unknown {
	const { composition: c, health: h, reciprocity: r } = review;
	const named = (p: { name: string; path: string }): { name: string; path: string } => ({ name: p.name, path: p.path });
	return {
		today: formatDay(review.today),
		composition: {
			active: c.active,
			tie: c.tie,
			level: c.level,
			status: c.status,
			company: c.company,
			tag: c.tag,
			location: c.location,
			noCompany: c.noCompany,
			noLocation: c.noLocation,
			added: c.added.map((p) => ({ ...named(p), added: formatDay(p.added) })),
		},
		health: {
			counted: h.counted,
			overdue: h.overdue,
			overdueShare: h.overdueShare,
			medianDaysSince: h.medianDaysSince,
			neverContacted: h.neverContacted.map(named),
			longestSilentStrong: h.longestSilentStrong.map((s) => ({ ...named(s), lastContact: day(s.lastContact), silenceDays: s.silenceDays })),
		},
		reciprocity: {
			people: r.people,
			takeOnly: r.takeOnly,
			quarters: r.quarters.map((q) => ({ quarter: q.quarter, gave: q.gave, asked: q.asked, ratio: q.ratio })),
		},
		targets: review.targets.map((t) => ({
			kind: t.kind,
			name: t.name,
			gap: t.gap,
			people: t.people.map((p) => ({ name: p.name, path: p.path, tie: p.tie, lastContact: day(p.lastContact) })),
			introducers: t.introducers,
		})),
		goals: review.goals.map(({ goal, current, previous }) => {
			const period = (p: typeof current): unknown => ({
				period: p.period,
				start: formatDay(p.start),
				end: formatDay(p.end),
				count: p.count,
				done: p.done,
			});
			return { ...goal, current: period(current), previous: previous.map(period) };
		}),
		drift: review.drift.map((d) => ({ ...named(d), silenceDays: d.silenceDays, usualGapDays: d.usualGapDays })),
		calendar: review.calendar.map((w) => ({ week: formatDay(w.start), count: w.count })),
		selfRating: {
			questions: RATING_QUESTIONS,
			latest: review.selfRatings[0] ? ratingJson(review.selfRatings[0]) : undefined,
			history: review.selfRatings.map(ratingJson),
		},
	};
}
