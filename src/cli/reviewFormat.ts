// The network review and "who" as text for people: a heading per part, a line per figure.
import { formatDay, humanDay, humanSpan, type Day } from '../domain/day';
import { readableReason } from '../domain/links';
import { driftReason } from '../domain/review/drift';
import type { NetworkReview } from '../domain/review/review';
import type { Introducer } from '../domain/review/targets';
import type { KnownPerson, WhoQuery } from '../domain/review/who';
import type { RapportSettings } from '../domain/settings';
import type { NameLabel } from '../domain/namesakes';
import { nameColumn, pad } from './format';
import { didYouMean } from '../domain/words';
import { counts, firstFew, groups as groupsOf, percent } from '../domain/review/summaryText';

/** Where a list cut short is whole. */
const ALL = ' (all in --json)';

function groups(list: Parameters<typeof groupsOf>[0], none?: number): string {
	return groupsOf(list, ALL, none);
}

/** A list as the review's text says it: the first few, then "and N more"; `none` when empty. */
function few<T>(items: readonly T[], word: (item: T) => string, none: string): string {
	return items.length ? firstFew(items, word, ALL).join(', ') : none;
}

/** A span as the whole review says one (drift's "quiet for 7mo" too): 17402 days is 48y. */
const days = (n: number | undefined): string => (n === undefined ? '-' : humanSpan(Math.round(n)));

export function formatReviewText(review: NetworkReview, settings: RapportSettings, told: NameLabel): string {
	const named = (p: { name: string; path: string }): string => told(p.name, p.path);
	const { today, composition: c, health: h, reciprocity: r } = review;
	const on = (d: Day): string => humanDay(d, today);
	const out: string[] = [`Network review for ${formatDay(today)}`];

	out.push('', `Composition (${c.active} active, ${c.status.dormant} dormant, ${c.status.archived} archived)`);
	out.push(`  ties       ${counts(c.tie, c.active)}`);
	out.push(`  levels     ${counts(c.level, c.active)}`);
	out.push(`  companies  ${groups(c.company, c.noCompany)}`);
	out.push(`  tags       ${groups(c.tag)}`);
	out.push(`  locations  ${groups(c.location, c.noLocation)}`);
	out.push(`  added in the last 90 days: ${few(c.added, (p) => `${named(p)} (${on(p.added)})`, 'nobody')}`);

	out.push('', 'Health');
	out.push(`  overdue: ${h.overdue} of ${h.counted} kept by cadence (${percent(h.overdue, h.counted)})`);
	out.push(
		`  median time since last contact: ${Object.entries(h.medianDaysSince)
			.map(([tie, n]) => `${tie} ${days(n)}`)
			.join(', ')}`,
	);
	out.push(`  never in touch: ${few(h.neverContacted, named, 'nobody')}`);
	const silent = few(h.longestSilentStrong, (s) => `${named(s)} (${s.lastContact === undefined ? 'never' : days(s.silenceDays)})`, 'none');
	out.push(`  strong ties out of touch longest: ${silent}`);

	out.push('', 'Reciprocity');
	if (r.takeOnly.length)
		out.push(
			`  take-only (asked twice or more, never gave): ${few(r.takeOnly, (p) => `${named(p)} (asked ${p.asked})`, 'none')}`,
			'  give first: share something, introduce, congratulate',
		);
	else out.push('  no take-only relationships');
	out.push(`  give/ask by quarter: ${r.quarters.map((q) => `${q.quarter} ${q.gave}/${q.asked}`).join(', ')}`);

	out.push('', 'Targets');
	if (review.targets.length === 0) out.push('  none set: Target companies and Target fields in the settings');
	for (const t of review.targets) {
		const what = t.kind === 'tag' ? `#${t.name}` : t.name;
		if (!t.gap) out.push(`  ${what}: ${few(t.people, (p) => `${named(p)} (${p.tie ?? 'no tie'})`, 'nobody')}`);
		else {
			const via = few(t.introducers, (i) => `${named(i)} (${readableReason(i.why)})`, '');
			out.push(`  ${what}: gap: no one${via ? `; might introduce you: ${via}` : ''}`);
		}
	}

	out.push('', 'Goals');
	if (settings.goals.length === 0) out.push('  none set: goals in the settings');
	for (const g of review.goals)
		out.push(
			`  ${g.goal.label}: ${g.current.count} of ${g.goal.count} this ${g.goal.period}${g.current.done ? ' (done)' : ''}; before: ${g.previous
				.map((p) => `${p.period} ${p.count}`)
				.join(', ')}`,
		);

	out.push('', 'Drift');
	if (review.drift.length === 0) out.push('  nobody is drifting from their usual rhythm');
	for (const line of firstFew(review.drift, (d) => `${named(d)}: ${driftReason(d)}`, ALL)) out.push(`  ${line}`);

	out.push('', 'Self-rating');
	const latest = review.selfRatings[0];
	if (!latest) out.push("  not rated yet: rate with --rating y,n,y,y,n (or in Obsidian); each rating is kept in that day's review note");
	for (const s of review.selfRatings) out.push(`  ${formatDay(s.date)}: ${s.score} of 5, ${s.verdict}`);
	return out.join('\n');
}

export function formatWhoText(
	query: WhoQuery,
	people: readonly KnownPerson[],
	today: Day,
	via: readonly Introducer[],
	told: NameLabel,
	close: readonly string[] = [],
): string {
	// A company as the notes write it (`who --company acme` finds Acme), since one is found only by its name.
	const where =
		query.kind === 'company'
			? `at ${people[0]?.company ?? query.name}`
			: query.kind === 'tag'
				? `tagged ${query.name}`
				: `in ${query.name}`;
	if (people.length === 0)
		return [
			close.length ? `Nobody ${where}; ${didYouMean(close)}` : `Nobody ${where}.`,
			...(via.length ? ['Might introduce you:', ...via.map((i) => `  ${told(i.name, i.path)}: ${readableReason(i.why)}`)] : []),
		].join('\n');
	const { labels: names, width: nameWidth } = nameColumn(people, told);
	const lines = people.map((p, i) => {
		const last = p.lastContact === undefined ? 'never' : humanDay(p.lastContact, today);
		// A dormant person is still someone you know there; the JSON has their status.
		const about = [p.role, p.company, p.status === 'dormant' ? 'dormant' : ''].filter(Boolean).join(', ');
		return `  ${pad(names[i] ?? p.name, nameWidth)}  ${pad(p.tie ?? '-', 6)}  ${pad(last, 11)}  ${about}`;
	});
	return [`${people.length === 1 ? '1 person' : `${people.length} people`} ${where}`, ...lines].join('\n');
}
