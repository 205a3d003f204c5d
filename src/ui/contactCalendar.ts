// The contact calendar: a heat map of weeks in touch, as SVG, coloured from the theme (CSS
// variables in styles.css), with a legend. Weeks run in rows of a quarter, so it fits a
// phone. One cell is in the tab order at a time; the arrow keys, Home and End move between
// them. Picking a cell (click, Enter, Space) lists that week's interactions under the map,
// each opening its note. Used by the review for the network, and by the person panel.
import { addDays, humanDay, MONTH_NAMES, dayParts, type Day } from '../domain/day';
import type { CalendarEntry, CalendarWeek } from '../domain/review/calendar';
import { entryLabel } from '../domain/timeline';

export interface CalendarContext {
	today: Day;
	/** Opens a note, at a line when given; in a new tab when asked. */
	open(path: string, line: number | undefined, newTab: boolean): void;
	/** Whose calendar: the network's names each person in the week's list; one person's does not. */
	onePerson?: boolean;
}

/** Weeks per row: a quarter. */
const ROW_WEEKS = 13;
const CELL = 14;
const GAP = 3;
/** Room for the month names on the left. */
const LABEL_WIDTH = 30;
const LEVELS = 4;

/** "Week of 3 Nov: 4 interactions". */
export function weekLabel(week: CalendarWeek, today: Day): string {
	const count = week.count === 0 ? 'no interactions' : week.count === 1 ? '1 interaction' : `${week.count} interactions`;
	return `Week of ${humanDay(week.start, today)}: ${count}`;
}

/** 0 for none, else 1 to 4 by its share of the busiest week. */
export function levelOf(count: number, busiest: number): number {
	return count === 0 || busiest === 0 ? 0 : Math.max(1, Math.ceil((LEVELS * count) / busiest));
}

export function drawCalendar(el: HTMLElement, weeks: readonly CalendarWeek[], ctx: CalendarContext): void {
	const part = el.createDiv({ cls: 'rapport-calendar' });
	const busiest = Math.max(0, ...weeks.map((w) => w.count));
	const rows = Math.ceil(weeks.length / ROW_WEEKS);
	const width = LABEL_WIDTH + ROW_WEEKS * (CELL + GAP);
	const height = rows * (CELL + GAP);
	const svg = part.createSvg('svg', {
		cls: 'rapport-calendar-map',
		attr: { viewBox: `0 0 ${width} ${height}`, width, height, role: 'grid', 'aria-label': 'Weeks in touch, a row per quarter' },
	});
	const cells: SVGRectElement[] = [];
	// Under the legend, drawn below: made now so a cell can fill it.
	const list = createDiv({ cls: 'rapport-calendar-week', attr: { 'aria-live': 'polite' } });
	let chosen = -1;

	const choose = (i: number): void => {
		const week = weeks[i];
		if (!week) return;
		cells[chosen]?.removeClass('is-chosen');
		chosen = i;
		cells[i]?.addClass('is-chosen');
		drawWeek(list, week, ctx);
	};
	const focus = (i: number): void => {
		const target = cells[Math.max(0, Math.min(cells.length - 1, i))];
		if (!target) return;
		for (const cell of cells) cell.setAttr('tabindex', cell === target ? '0' : '-1');
		target.focus();
	};

	for (let r = 0; r < rows; r++) {
		const row = svg.createSvg('g', { attr: { role: 'row' } });
		const first = weeks[r * ROW_WEEKS];
		if (first) {
			const label = row.createSvg('text', {
				cls: 'rapport-calendar-month',
				attr: { x: 0, y: r * (CELL + GAP) + CELL - 3, 'aria-hidden': 'true' },
			});
			label.textContent = (MONTH_NAMES[dayParts(addDays(first.start, 3)).month - 1] ?? '').slice(0, 3);
		}
		for (let c = 0; c < ROW_WEEKS; c++) {
			const i = r * ROW_WEEKS + c;
			const week = weeks[i];
			if (!week) break;
			const cell = row.createSvg('rect', {
				cls: `rapport-calendar-cell is-level-${levelOf(week.count, busiest)}`,
				attr: {
					x: LABEL_WIDTH + c * (CELL + GAP),
					y: r * (CELL + GAP),
					width: CELL,
					height: CELL,
					rx: 3,
					role: 'gridcell',
					tabindex: i === weeks.length - 1 ? '0' : '-1',
					'aria-label': weekLabel(week, ctx.today),
				},
			});
			cell.createSvg('title').textContent = weekLabel(week, ctx.today);
			cell.addEventListener('click', () => {
				focus(i);
				choose(i);
			});
			cell.addEventListener('keydown', (evt) => {
				const moves: Record<string, number> = {
					ArrowLeft: i - 1,
					ArrowRight: i + 1,
					ArrowUp: i - ROW_WEEKS,
					ArrowDown: i + ROW_WEEKS,
					Home: 0,
					End: weeks.length - 1,
				};
				const to = moves[evt.key];
				if (to !== undefined) {
					evt.preventDefault();
					focus(to);
				} else if (evt.key === 'Enter' || evt.key === ' ') {
					evt.preventDefault();
					choose(i);
				}
			});
			cells.push(cell);
		}
	}

	const legend = part.createDiv({ cls: 'rapport-calendar-legend', attr: { 'aria-hidden': 'true' } });
	legend.createSpan({ text: 'Less' });
	for (let level = 0; level <= LEVELS; level++) {
		const swatch = legend.createSvg('svg', {
			cls: 'rapport-calendar-swatch',
			attr: { width: CELL, height: CELL, viewBox: `0 0 ${CELL} ${CELL}` },
		});
		swatch.createSvg('rect', { cls: `rapport-calendar-cell is-level-${level}`, attr: { width: CELL, height: CELL, rx: 3 } });
	}
	legend.createSpan({ text: 'More' });
	part.appendChild(list);
	list.createDiv({ cls: 'rapport-calendar-hint', text: 'Pick a week to see who you were in touch with.' });
}

/** The note an entry opens: where it was written; the contact's own for `met` (a note that may not exist) and the property. */
function noteOf({ path, entry }: CalendarEntry): { path: string; line?: number } {
	if (entry.via === 'met' || entry.via === 'frontmatter') return { path };
	return entry.interaction ? { path: entry.source, line: entry.interaction.line } : { path: entry.source };
}

function drawWeek(list: HTMLElement, week: CalendarWeek, ctx: CalendarContext): void {
	list.empty();
	list.createDiv({ cls: 'rapport-calendar-week-title', text: weekLabel(week, ctx.today) });
	if (week.entries.length === 0) return;
	const items = list.createEl('ul', { cls: 'rapport-calendar-entries' });
	const sorted = [...week.entries].sort((a, b) => a.entry.date - b.entry.date);
	for (const item of sorted) {
		const li = items.createEl('li');
		const button = li.createEl('button', { cls: 'rapport-review-link' });
		const words = item.entry.interaction?.summary;
		const who = ctx.onePerson ? '' : `${item.name} · `;
		button.setText(`${humanDay(item.entry.date, ctx.today)} · ${who}${entryLabel(item.entry)}${words ? `: ${words}` : ''}`);
		const { path, line } = noteOf(item);
		button.addEventListener('click', (evt) => ctx.open(path, line, evt.metaKey || evt.ctrlKey));
	}
}
