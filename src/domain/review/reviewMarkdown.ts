// The review as a dated note's Markdown, so reviews can be kept, compared and searched.
// Its properties hold the self-rating, where the next review reads the history from.
import { formatDay, humanDay, humanSpan, type Day } from '../day';
import type { NoteText } from '../noteText';
import type { RapportSettings } from '../settings';
import { driftReason } from './drift';
import type { GoalPeriodProgress } from './goals';
import type { NetworkReview } from './review';
import { RATING_KEYS, RATING_QUESTIONS, verdictOf, type SelfRating } from './selfRating';
import { linkTo, type ReviewInput } from './shared';
import { counts, firstFew, groups as groupsOf, percent } from './summaryText';

/**
 * Where the day's review note goes: `Reviews/Network review 2026-11-21.md`. The name does not
 * start with the date, so a vault whose daily notes are found anywhere by name never takes
 * it for a daily note (whose links would count as contact with everyone it names).
 */
export function reviewNotePath(settings: Pick<RapportSettings, 'reviewFolder'>, today: Day, number = 1): string {
	return `${settings.reviewFolder ? `${settings.reviewFolder}/` : ''}Network review ${formatDay(today)}${number > 1 ? ` ${number}` : ''}.md`;
}

/**
 * The day's newest review note among these paths: the one with the highest number
 * (`Network review 2026-11-21 3.md` over `… 2.md` over `Network review 2026-11-21.md`),
 * which is the one made last, as Create review note numbers a day's notes past the highest.
 */
export function newestReviewNote(
	settings: Pick<RapportSettings, 'reviewFolder'>,
	today: Day,
	paths: Iterable<string>,
): { path: string; number: number } | undefined {
	const first = reviewNotePath(settings, today);
	const stem = first.slice(0, -'.md'.length);
	let newest: { path: string; number: number } | undefined;
	for (const path of paths) {
		const number = path === first ? 1 : path.startsWith(`${stem} `) ? Number(/^ ([1-9]\d*)\.md$/.exec(path.slice(stem.length))?.[1]) : NaN;
		if (number >= 1 && (!newest || number > newest.number)) newest = { path, number };
	}
	return newest;
}

/** Weeks of the calendar the note lists: a quarter. */
const WEEKS_IN_NOTE = 13;
/**
 * Where a list cut short is whole. A note is for reading, so its lists are cut as the CLI's
 * are; the review in Obsidian lists everyone.
 */
const ALL = ' (Open network review lists all)';

function groups(list: Parameters<typeof groupsOf>[0], none?: number): string {
	return groupsOf(list, ALL, none);
}

/** The first few of a list, then "and N more". */
function few<T>(items: readonly T[], word: (item: T) => string): string[] {
	return firstFew(items, word, ALL);
}

/** A span as the whole review says one (drift's "quiet for 7mo" too). */
function days(n: number | undefined): string {
	return n === undefined ? '—' : humanSpan(Math.round(n));
}

function progress(p: GoalPeriodProgress, target: number): string {
	return `${p.period} ${p.count}/${target}${p.done ? ' ✓' : ''}`;
}

/** The rating's answers as a checklist, the questions ticked that were answered yes. */
function ratingLines(rating: SelfRating | undefined): string[] {
	const lines = RATING_QUESTIONS.map((q) => `- [${rating?.yes.includes(q.id) ? 'x' : ' '}] ${q.text}`);
	lines.push('', ratingTail(rating?.score));
	return lines;
}

/** The line that ends the rating's section: its score, or that there is none. */
function ratingTail(score: number | undefined): string {
	return score === undefined ? 'Not rated in this review.' : `Score ${score} of 5: ${verdictOf(score)}.`;
}

/** Every line the section can end with as Rapport writes it, rated or not. */
const RATING_TAILS: ReadonlySet<string> = new Set([undefined, 0, 1, 2, 3, 4, 5].map(ratingTail));

/** Whether a line is the question's as Rapport writes it, ticked or not. */
function isQuestionLine(text: string, question: string): boolean {
	return /^- \[[ xX]\] /.test(text) && text.slice(6) === question;
}

/**
 * Writes `rating` into a review note's self-rating section where the section is still as
 * Rapport writes it (the five questions, a blank line, the score or "Not rated"), so the
 * note's text says what its properties say; a section the user changed is left alone.
 * Whether it was written.
 */
export function rewriteRatingSection(note: NoteText, rating: SelfRating): boolean {
	const wanted = ratingLines(rating);
	const blank = RATING_QUESTIONS.length;
	const text = (at: number): string => note.lines[at]?.text ?? '';
	for (let at = 0; at + wanted.length <= note.lines.length; at++) {
		const asWritten =
			RATING_QUESTIONS.every((q, i) => isQuestionLine(text(at + i), q.text)) &&
			text(at + blank) === '' &&
			RATING_TAILS.has(text(at + blank + 1));
		if (!asWritten) continue;
		wanted.forEach((line, i) => {
			const written = note.lines[at + i];
			if (written) written.text = line;
		});
		return true;
	}
	return false;
}

/**
 * The review note: `rating` is the self-rating made with it, if any; it goes in the note's
 * properties, and is the history's newest entry from then on.
 */
export function reviewMarkdown(review: NetworkReview, input: ReviewInput, rating?: SelfRating): string {
	const { today, composition: c, health: h, reciprocity: r } = review;
	const link = (person: { name: string; path: string }): string => linkTo(input, person);
	const on = (day: Day): string => humanDay(day, today);
	const properties = ['---', 'type: review', `${RATING_KEYS.date}: ${formatDay(today)}`];
	if (rating) properties.push(`${RATING_KEYS.score}: ${rating.score}`, `${RATING_KEYS.yes}: [${rating.yes.join(', ')}]`);
	properties.push('---');
	const out: string[] = [...properties, `# Network review ${formatDay(today)}`, ''];

	out.push('## Composition', '');
	out.push(`Active contacts: ${c.active} (dormant ${c.status.dormant}, archived ${c.status.archived}).`, '');
	out.push(`- Ties: ${counts(c.tie, c.active)}`);
	out.push(`- Levels: ${counts(c.level, c.active)}`);
	out.push(`- Companies: ${groups(c.company, c.noCompany)}`);
	out.push(`- Tags: ${groups(c.tag)}`);
	out.push(`- Locations: ${groups(c.location, c.noLocation)}`);
	const added = few(c.added, (p) => `${link(p)} (${on(p.added)})`);
	out.push(`- Added in the last 90 days: ${c.added.length}${added.length ? `: ${added.join(', ')}` : ''}`);

	out.push('', '## Health', '');
	out.push(`- Overdue: ${h.overdue} of ${h.counted} (${percent(h.overdue, h.counted)})`);
	out.push(
		`- Median time since last contact: ${Object.entries(h.medianDaysSince)
			.map(([tie, n]) => `${tie} ${days(n)}`)
			.join(', ')}`,
	);
	out.push(`- Never in touch: ${h.neverContacted.length ? few(h.neverContacted, link).join(', ') : 'nobody'}`);
	const silent = few(
		h.longestSilentStrong,
		(s) => `${link(s)} (${s.lastContact === undefined ? 'never' : `${days(s.silenceDays)}, since ${on(s.lastContact)}`})`,
	);
	out.push(`- Strong ties out of touch longest: ${silent.length ? silent.join(', ') : 'none'}`);

	out.push('', '## Reciprocity', '');
	if (r.takeOnly.length) {
		out.push('Asked at least twice, never gave: give first (share something, introduce, congratulate).', '');
		for (const line of few(r.takeOnly, (p) => `${link(p)}: asked ${p.asked}, gave ${p.gave}`)) out.push(`- ${line}`);
	} else out.push('No take-only relationships.');
	out.push('', `Give/ask by quarter: ${r.quarters.map((q) => `${q.quarter} gave ${q.gave}, asked ${q.asked}`).join('; ')}.`);

	out.push('', '## Targets', '');
	if (review.targets.length === 0) out.push('No target companies or fields set.');
	for (const t of review.targets) {
		// No `#` before a tag: it would tag the review note itself (with `contact`, make it a contact).
		const what = t.kind === 'tag' ? `tag ${t.name}` : t.name;
		if (!t.gap) {
			const people = few(
				t.people,
				(p) => `${link(p)} (${p.tie ?? 'no tie'}, ${p.lastContact === undefined ? 'never' : on(p.lastContact)})`,
			);
			out.push(`- ${what}: ${people.join(', ')}`);
		} else {
			const via = few(t.introducers, (i) => `${link(i)} (${i.why})`);
			out.push(`- ${what}: gap: no one${via.length ? `. Might introduce you: ${via.join(', ')}` : ''}`);
		}
	}

	out.push('', '## Goals', '');
	if (review.goals.length === 0) out.push('No goals set.');
	for (const g of review.goals) {
		const target = g.goal.count;
		out.push(
			`- ${g.goal.label}: ${g.current.count} of ${target} this ${g.goal.period}${g.current.done ? ' ✓' : ''} (before: ${g.previous
				.map((p) => progress(p, target))
				.join(', ')})`,
		);
	}

	out.push('', '## Drift', '');
	if (review.drift.length === 0) out.push('Nobody is drifting from their usual rhythm.');
	for (const line of few(review.drift, (d) => `${link(d)}: ${driftReason(d)}`)) out.push(`- ${line}`);

	out.push('', '## Weeks in touch', '');
	for (const week of review.calendar.slice(-WEEKS_IN_NOTE)) out.push(`- Week of ${on(week.start)}: ${week.count}`);

	out.push('', '## Self-rating', '', ...ratingLines(rating));
	const history = review.selfRatings.filter((s) => s.date !== today || !rating);
	if (history.length) {
		out.push('', 'Before:');
		for (const s of history) out.push(`- ${formatDay(s.date)}: ${s.score} (${s.verdict})`);
	}
	return `${out.join('\n')}\n`;
}
