// Dated notes (daily notes) are recognised by folder and file-name format, the way the
// Daily Notes and Periodic Notes plugins name them. Formats use moment.js tokens; only
// the tokens that can name a day are read (week- and quarter-based names are not days).
import { dayFromParts, MONTH_NAMES, type Day } from './day';
import { trimSlashes, type RapportSettings } from './settings';

const MONTHS_LOWER = MONTH_NAMES.map((name) => name.toLowerCase());

type Part = 'year' | 'year2' | 'month' | 'monthName' | 'day' | 'ignore';

// Names are bounded (20 letters): `([A-Za-z]+)` twice in a row (`MMMMdddd`) split a long
// name every possible way before failing, once per note.
const TOKENS: [string, string, Part][] = [
	['YYYY', '(\\d{4})', 'year'],
	['YY', '(\\d{2})', 'year2'],
	['MMMM', '([A-Za-z]{3,20})', 'monthName'],
	['MMM', '([A-Za-z]{3})', 'monthName'],
	['MM', '(\\d{2})', 'month'],
	['M', '(\\d{1,2})', 'month'],
	['Do', '(\\d{1,2})(?:st|nd|rd|th)', 'day'],
	['DD', '(\\d{2})', 'day'],
	['D', '(\\d{1,2})', 'day'],
	['dddd', '([A-Za-z]{1,20})', 'ignore'],
	['ddd', '([A-Za-z]{3})', 'ignore'],
	['dd', '([A-Za-z]{2})', 'ignore'],
	['d', '(\\d)', 'ignore'],
	['E', '(\\d)', 'ignore'],
	['e', '(\\d)', 'ignore'],
];

export interface DatedNoteMatcher {
	/** The day a note is for, or undefined when it is not a dated note. */
	dayOf(path: string): Day | undefined;
	/**
	 * The day a link to a dated note names: `[[Daily/05.11.2026]]` by its path, or
	 * `[[05.11.2026]]` by its name in the dated-notes folder (as Obsidian resolves a name).
	 */
	dayOfLink?(target: string): Day | undefined;
	/** Why the format can't name days, when it can't. */
	problem?: string;
	/** The pattern paths are matched with (a test checks it runs in linear time). */
	pattern?: RegExp;
}

function escapeRegex(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function datedNoteMatcher(folder: string, format: string): DatedNoteMatcher {
	const parts: Part[] = [];
	let pattern = '';
	let i = 0;
	const fmt = format.trim() || 'YYYY-MM-DD';
	while (i < fmt.length) {
		if (fmt[i] === '[') {
			const end = fmt.indexOf(']', i);
			const literal = end === -1 ? fmt.slice(i + 1) : fmt.slice(i + 1, end);
			pattern += escapeRegex(literal);
			i = end === -1 ? fmt.length : end + 1;
			continue;
		}
		const token = TOKENS.find(([t]) => fmt.startsWith(t, i));
		if (token) {
			pattern += token[1];
			parts.push(token[2]);
			i += token[0].length;
		} else {
			pattern += escapeRegex(fmt[i] ?? '');
			i += 1;
		}
	}
	const hasYear = parts.includes('year') || parts.includes('year2');
	const hasMonth = parts.includes('month') || parts.includes('monthName');
	if (!hasYear || !hasMonth || !parts.includes('day')) {
		return { dayOf: () => undefined, problem: `dated-note format '${fmt}' does not name a day` };
	}
	const prefix = folder ? `${escapeRegex(folder)}/` : '';
	const regex = new RegExp(`^${prefix}${pattern}\\.md$`, 'i');
	return {
		pattern: regex,
		dayOf(path: string): Day | undefined {
			const match = regex.exec(path);
			if (!match) return undefined;
			let year = 0;
			let month = 0;
			let dayOfMonth = 0;
			parts.forEach((part, index) => {
				const value = match[index + 1] ?? '';
				if (part === 'year') year = Number(value);
				else if (part === 'year2') year = 2000 + Number(value);
				else if (part === 'month') month = Number(value);
				else if (part === 'monthName') month = MONTHS_LOWER.findIndex((m) => m.startsWith(value.toLowerCase()) && value.length >= 3) + 1;
				else if (part === 'day') dayOfMonth = Number(value);
			});
			return dayFromParts(year, month, dayOfMonth);
		},
		dayOfLink(target: string): Day | undefined {
			return this.dayOf(`${target}.md`) ?? (folder && !target.includes('/') ? this.dayOf(`${folder}/${target}.md`) : undefined);
		},
	};
}

function record(value: unknown): Record<string, unknown> | undefined {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function text(value: unknown): string {
	return typeof value === 'string' ? value.trim() : '';
}

/**
 * Where daily notes are and how they are named: Rapport's own setting first, else the
 * Periodic Notes plugin's daily settings when it is on, else the Daily Notes core
 * plugin's. `periodicNotes` and `dailyNotes` are those plugins' saved data as read.
 */
export function datedNotesLocation(
	settings: RapportSettings,
	periodicNotes: unknown,
	dailyNotes: unknown,
): { folder: string; format: string } {
	const periodicDaily = record(record(periodicNotes)?.daily);
	const other = periodicDaily?.enabled === true ? periodicDaily : record(dailyNotes);
	return {
		folder: trimSlashes(settings.datedNotesFolder || text(other?.folder)),
		format: settings.datedNotesFormat || text(other?.format) || 'YYYY-MM-DD',
	};
}
