// The network review's parts as plain DOM, drawn from a NetworkReview: the review view
// draws them all, a `rapport` code block one. Long lists show their first few with a
// "Show all" button; an empty part says why it is empty and what to do.
import { humanDay, humanSpan, type Day } from '../domain/day';
import { driftReason } from '../domain/review/drift';
import type { GroupCount } from '../domain/review/composition';
import type { NetworkReview } from '../domain/review/review';
import type { ReviewPart } from '../domain/rapportBlock';
import { drawCalendar } from './contactCalendar';
import { readableReason } from '../domain/links';
import type { NameLabel } from '../domain/namesakes';

export interface ReviewContext {
	today: Day;
	/** How a person is named, namesakes told apart (src/domain/namesakes.ts). */
	told: NameLabel;
	/** Opens a note, at a line when given; in a new tab when asked. */
	open(path: string, line: number | undefined, newTab: boolean): void;
	/** Opens Rapport's settings, where targets and goals are set. */
	openSettings(): void;
}

/** Rows a list shows before "Show all". */
const LIST_SHOWN = 8;

export const PART_TITLES: Record<ReviewPart, string> = {
	ties: 'Ties and levels',
	composition: 'Composition',
	health: 'Health',
	reciprocity: 'Give and ask',
	targets: 'Targets and gaps',
	goals: 'Goals',
	drift: 'Drift',
	calendar: 'Contact calendar',
	rating: 'Self-rating',
};

type Drawer = (el: HTMLElement, review: NetworkReview, ctx: ReviewContext) => void;

const DRAWERS: Record<ReviewPart, Drawer> = {
	ties: drawTies,
	composition: drawComposition,
	health: drawHealth,
	reciprocity: drawReciprocity,
	targets: drawTargets,
	goals: drawGoals,
	drift: drawDrift,
	calendar: (el, review, ctx) => drawCalendar(el, review.calendar, ctx),
	rating: drawRatingHistory,
};

/**
 * A part's heading level: under the review's title (level 2) in the view, and the same in a
 * note's `rapport` block, whose title is drawn at this level too.
 */
export const PART_LEVEL = 3;

/** A list's or a row's title inside a part ("Companies", a target, a goal): a heading one level below the part's. */
function subHeading(parent: HTMLElement, cls: string, text: string): HTMLElement {
	return parent.createDiv({ cls, text, attr: { role: 'heading', 'aria-level': String(PART_LEVEL + 1) } });
}

/** One part under its heading. */
export function drawReviewPart(el: HTMLElement, part: ReviewPart, review: NetworkReview, ctx: ReviewContext): HTMLElement {
	const section = el.createDiv({ cls: `rapport-review-part is-${part}` });
	section.createDiv({
		cls: 'rapport-review-heading',
		text: PART_TITLES[part],
		attr: { role: 'heading', 'aria-level': String(PART_LEVEL) },
	});
	DRAWERS[part](section, review, ctx);
	return section;
}

function percent(count: number, of: number): string {
	return of === 0 ? '0%' : `${Math.round((100 * count) / of)}%`;
}

/** A button that reads as a link and opens a contact's note. */
function personLink(parent: HTMLElement, person: { name: string; path: string }, ctx: ReviewContext): HTMLButtonElement {
	const button = parent.createEl('button', { cls: 'rapport-review-link', text: ctx.told(person.name, person.path) });
	button.addEventListener('click', (evt) => ctx.open(person.path, undefined, evt.metaKey || evt.ctrlKey));
	return button;
}

/** The first few items (LIST_SHOWN, as the CLI's review and the review note show), then a button for the rest. */
function cappedList<T>(parent: HTMLElement, items: readonly T[], draw: (li: HTMLElement, item: T) => void): void {
	const shown = LIST_SHOWN;
	const list = parent.createEl('ul', { cls: 'rapport-review-list' });
	const drawFrom = (from: number, to: number): void => {
		for (const item of items.slice(from, to)) draw(list.createEl('li'), item);
	};
	drawFrom(0, shown);
	if (items.length <= shown) return;
	const more = parent.createEl('button', { cls: 'rapport-review-more', text: `Show all ${items.length}` });
	more.addEventListener('click', () => {
		more.remove();
		drawFrom(shown, items.length);
		// The button is gone: the keyboard goes on from the first row it brought, not from the top of the page.
		const next = list.children[shown];
		if (next instanceof HTMLElement) {
			next.tabIndex = -1;
			next.focus();
		}
	});
}

function empty(el: HTMLElement, text: string): HTMLElement {
	return el.createDiv({ cls: 'rapport-review-empty', text });
}

/** Counts as bars: the name, a bar as long as its share, the count and share. */
function bars(el: HTMLElement, counts: readonly { name: string; count: number }[], of: number): void {
	const table = el.createDiv({ cls: 'rapport-review-bars' });
	for (const { name, count } of counts) {
		const row = table.createDiv({ cls: 'rapport-review-bar-row' });
		row.createSpan({ cls: 'rapport-review-bar-name', text: name });
		const bar = row.createDiv({ cls: 'rapport-review-bar', attr: { 'aria-hidden': 'true' } });
		bar.createDiv({ cls: 'rapport-review-bar-fill' }).setCssProps({ '--rapport-share': percent(count, of) });
		row.createSpan({ cls: 'rapport-review-bar-count', text: `${count} · ${percent(count, of)}` });
	}
}

function recordBars(record: Record<string, number>): { name: string; count: number }[] {
	return Object.entries(record).map(([name, count]) => ({ name, count }));
}

function drawTies(el: HTMLElement, { composition: c }: NetworkReview): void {
	if (c.active === 0) {
		empty(el, 'No active contacts yet: contacts are notes in your contact folders, with a contact tag, or with type: contact.');
		return;
	}
	subHeading(el, 'rapport-review-sub', `Tie · ${c.active} active`);
	bars(el, recordBars(c.tie), c.active);
	subHeading(el, 'rapport-review-sub', 'Level');
	bars(el, recordBars(c.level), c.active);
}

function groups(el: HTMLElement, title: string, list: readonly GroupCount[], of: number, none?: number): void {
	subHeading(el, 'rapport-review-sub', title);
	if (list.length === 0) {
		empty(el, 'None set.');
		return;
	}
	cappedList(el, list, (li, g) => li.setText(`${g.name} · ${g.count} (${percent(g.count, of)})`));
	if (none) el.createDiv({ cls: 'rapport-review-note', text: `${none} with none` });
}

function drawComposition(el: HTMLElement, review: NetworkReview, ctx: ReviewContext): void {
	const c = review.composition;
	el.createDiv({
		cls: 'rapport-review-figure',
		text: `${c.active} active · ${c.status.dormant} dormant · ${c.status.archived} archived`,
	});
	drawTies(el, review);
	if (c.active === 0) return;
	groups(el, 'Companies', c.company, c.active, c.noCompany);
	groups(el, 'Tags', c.tag, c.active);
	groups(el, 'Locations', c.location, c.active, c.noLocation);
	subHeading(el, 'rapport-review-sub', `Added in the last 90 days · ${c.added.length}`);
	if (c.added.length === 0) empty(el, 'Nobody new: a coffee with someone new counts toward your goals.');
	else
		cappedList(el, c.added, (li, p) => {
			personLink(li, p, ctx);
			li.createSpan({ cls: 'rapport-review-meta', text: ` · ${humanDay(p.added, ctx.today)}` });
		});
}

/** A span as the whole review says one (drift's "quiet for 7mo" too). */
function days(n: number | undefined): string {
	return n === undefined ? '—' : humanSpan(Math.round(n));
}

function drawHealth(el: HTMLElement, { health: h }: NetworkReview, ctx: ReviewContext): void {
	el.createDiv({
		cls: 'rapport-review-figure',
		text: `${percent(h.overdue, h.counted)} overdue · ${h.overdue} of ${h.counted} kept by cadence`,
	});
	subHeading(el, 'rapport-review-sub', 'Median time since last contact');
	const since = el.createDiv({ cls: 'rapport-review-pairs' });
	for (const [tie, value] of Object.entries(h.medianDaysSince)) {
		since.createSpan({ cls: 'rapport-review-pair-name', text: tie });
		since.createSpan({ text: days(value) });
	}
	subHeading(el, 'rapport-review-sub', 'Strong ties out of touch longest');
	if (h.longestSilentStrong.length === 0) empty(el, 'No strong ties yet: give your inner circle tie: strong.');
	else
		cappedList(el, h.longestSilentStrong, (li, s) => {
			personLink(li, s, ctx);
			const when = s.lastContact === undefined ? 'never in touch' : `${days(s.silenceDays)}, since ${humanDay(s.lastContact, ctx.today)}`;
			li.createSpan({ cls: 'rapport-review-meta', text: ` · ${when}` });
		});
	subHeading(el, 'rapport-review-sub', `Never in touch · ${h.neverContacted.length}`);
	if (h.neverContacted.length === 0) empty(el, 'Everyone active has been in touch at least once.');
	else cappedList(el, h.neverContacted, (li, s) => personLink(li, s, ctx));
}

function drawReciprocity(el: HTMLElement, { reciprocity: r }: NetworkReview, ctx: ReviewContext): void {
	subHeading(el, 'rapport-review-sub', `Take-only · ${r.takeOnly.length}`);
	if (r.takeOnly.length === 0) empty(el, 'Nobody you only ask of. Mark what you log with #gave and #asked to keep this honest.');
	else {
		el.createDiv({
			cls: 'rapport-review-note',
			text: 'Asked at least twice, never gave: give first (share something, introduce, congratulate).',
		});
		cappedList(el, r.takeOnly, (li, p) => {
			personLink(li, p, ctx);
			li.createSpan({ cls: 'rapport-review-meta', text: ` · asked ${p.asked}, gave ${p.gave}` });
		});
	}
	subHeading(el, 'rapport-review-sub', 'Gave and asked per quarter');
	const table = el.createDiv({ cls: 'rapport-review-quarters' });
	for (const q of r.quarters) {
		const cell = table.createDiv({ cls: 'rapport-review-quarter' });
		cell.createDiv({ cls: 'rapport-review-meta', text: q.quarter });
		cell.createDiv({ text: `${q.gave} / ${q.asked}`, attr: { 'aria-label': `${q.quarter}: gave ${q.gave}, asked ${q.asked}` } });
	}
}

function drawTargets(el: HTMLElement, { targets }: NetworkReview, ctx: ReviewContext): void {
	if (targets.length === 0) {
		const note = empty(
			el,
			"No targets set: add the companies and fields (tags) you are heading toward under Network review in Rapport's settings, " +
				'and the review shows who you know there, or who might introduce you.',
		);
		note.createEl('button', { cls: 'rapport-review-action', text: 'Open settings' }).addEventListener('click', () => ctx.openSettings());
		return;
	}
	for (const t of targets) {
		const row = el.createDiv({ cls: `rapport-review-target${t.gap ? ' is-gap' : ''}` });
		subHeading(row, 'rapport-review-target-name', t.kind === 'tag' ? `#${t.name}` : t.name);
		if (!t.gap) {
			cappedList(row, t.people, (li, p) => {
				personLink(li, p, ctx);
				const last = p.lastContact === undefined ? 'never in touch' : humanDay(p.lastContact, ctx.today);
				li.createSpan({ cls: 'rapport-review-meta', text: ` · ${p.tie ?? 'no tie'} · ${last}` });
			});
			continue;
		}
		row.createDiv({ cls: 'rapport-review-gap', text: 'Gap: no one' });
		if (t.introducers.length === 0) {
			empty(row, 'Nobody who might introduce you yet.');
			continue;
		}
		row.createDiv({ cls: 'rapport-review-note', text: 'Might introduce you:' });
		cappedList(row, t.introducers, (li, i) => {
			personLink(li, i, ctx);
			li.createSpan({ cls: 'rapport-review-meta', text: ` · ${readableReason(i.why)}` });
		});
	}
}

function drawGoals(el: HTMLElement, { goals }: NetworkReview, ctx: ReviewContext): void {
	if (goals.length === 0) {
		const note = empty(
			el,
			"No goals set: add them under Network review in Rapport's settings, such as two coffee chats with new contacts a month, " +
				'and the review shows how far you are.',
		);
		note.createEl('button', { cls: 'rapport-review-action', text: 'Open settings' }).addEventListener('click', () => ctx.openSettings());
		return;
	}
	for (const { goal, current, previous } of goals) {
		const row = el.createDiv({ cls: `rapport-review-goal${current.done ? ' is-done' : ''}` });
		subHeading(row, 'rapport-review-goal-name', goal.label);
		const share = Math.min(1, goal.count === 0 ? 1 : current.count / goal.count);
		const bar = row.createDiv({
			cls: 'rapport-review-bar',
			attr: {
				role: 'progressbar',
				'aria-label': `${goal.label}: ${current.count} of ${goal.count} this ${goal.period}`,
				'aria-valuemin': '0',
				'aria-valuemax': String(goal.count),
				'aria-valuenow': String(current.count),
			},
		});
		bar.createDiv({ cls: 'rapport-review-bar-fill' }).setCssProps({ '--rapport-share': `${Math.round(share * 100)}%` });
		row.createDiv({ cls: 'rapport-review-meta', text: `${current.count} of ${goal.count} this ${goal.period}${current.done ? ' ✓' : ''}` });
		const history = row.createDiv({ cls: 'rapport-review-history' });
		for (const p of previous)
			history.createSpan({
				cls: `rapport-review-chip${p.done ? ' is-done' : ''}`,
				text: `${p.period}: ${p.count}`,
				attr: { 'aria-label': `${p.period}: ${p.count} of ${goal.count}${p.done ? ', reached' : ''}` },
			});
	}
}

function drawDrift(el: HTMLElement, { drift }: NetworkReview, ctx: ReviewContext): void {
	if (drift.length === 0) {
		empty(el, 'Nobody is drifting from their usual rhythm.');
		return;
	}
	cappedList(el, drift, (li, d) => {
		personLink(li, d, ctx);
		li.createSpan({ cls: 'rapport-review-meta', text: ` · ${driftReason(d)}` });
	});
}

function drawRatingHistory(el: HTMLElement, { selfRatings }: NetworkReview, ctx: ReviewContext): void {
	if (selfRatings.length === 0) {
		empty(el, "No self-ratings saved yet. Each one saved is kept in that day's review note and listed here.");
		return;
	}
	cappedList(el, selfRatings, (li, r) => {
		li.createSpan({ text: `${humanDay(r.date, ctx.today)}: ${r.score} of 5 · ${r.verdict}` });
		if (r.path) {
			const path = r.path;
			li.createSpan({ text: ' · ' });
			li.createEl('button', { cls: 'rapport-review-link', text: 'Open note' }).addEventListener('click', (evt) =>
				ctx.open(path, undefined, evt.metaKey || evt.ctrlKey),
			);
		}
	});
}
