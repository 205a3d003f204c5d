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
	/** Where it looks: the folder, the format (`YYYY-MM-DD` when none was given), and whether in every folder. */
	readonly where: { folder: string; format: string; anywhere: boolean };
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

/**
 * Which notes are dated notes: named in `format` (moment tokens) in `folder`, the vault root
 * when empty; `anywhere`, in every folder of the vault (what Rapport takes when no
 * daily-notes settings exist, see datedNotesLocation).
 */
export function datedNoteMatcher(folder: string, format: string, anywhere = false): DatedNoteMatcher {
	const parts: Part[] = [];
	let pattern = '';
	let i = 0;
	const fmt = format.trim() || 'YYYY-MM-DD';
	const where = { folder: anywhere ? '' : folder, format: fmt, anywhere };
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
		return { dayOf: () => undefined, where, problem: `dated-note format '${fmt}' does not name a day` };
	}
	const prefix = folder && !anywhere ? `${escapeRegex(folder)}/` : '';
	const regex = new RegExp(`^${prefix}${pattern}\\.md$`, 'i');
	// Anywhere, the name is matched without the folders above it: as many steps of the path
	// as the format has (`YYYY/MM-DD` has two), so no pattern has to guess where a folder ends.
	const steps = pattern.split('/').length;
	const named = anywhere ? (path: string): string => lastSteps(path, steps) : (path: string): string => path;
	return {
		pattern: regex,
		where,
		dayOf(path: string): Day | undefined {
			const match = regex.exec(named(path));
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

/** The last `steps` steps of a path (`a/b/c.md`, 2: `b/c.md`); the whole path when it has no more. */
function lastSteps(path: string, steps: number): string {
	let at = path.length;
	for (let n = 0; n < steps; n++) {
		at = path.lastIndexOf('/', at - 1);
		if (at < 0) return path;
	}
	return path.slice(at + 1);
}

function record(value: unknown): Record<string, unknown> | undefined {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function text(value: unknown): string {
	return typeof value === 'string' ? value.trim() : '';
}

/** The Periodic Notes plugin's id, as `community-plugins.json` lists it when it is on. */
export const PERIODIC_NOTES_ID = 'periodic-notes';

/** Where the other plugins' settings say daily notes are, as the host read them. */
export interface DailyNotesSettings {
	/** The Periodic Notes plugin's data.json (0.x: `daily`; 1.x: `calendarSets`), undefined when there is none. */
	periodicNotes?: unknown;
	/** Whether the Periodic Notes plugin is turned on: its settings stay on disk when it is off. */
	periodicNotesEnabled: boolean;
	/** The Daily Notes core plugin's `daily-notes.json`, undefined when there is none. */
	dailyNotes?: unknown;
}

export interface DatedNotesLocation {
	folder: string;
	format: string;
	/**
	 * In every folder: no daily-notes settings exist at all, so notes named as a date in
	 * the default format count wherever they are (Obsidian's default folder is the vault
	 * root, and what finds daily notes there looks in the folders below it too).
	 */
	anywhere: boolean;
	/** Whose settings these are. */
	from: 'rapport' | 'periodic-notes' | 'daily-notes' | 'default';
}

/**
 * Periodic Notes' daily settings: 1.x keeps them per calendar set (`calendarSets[].day`,
 * the set named by `activeCalendarSet`, else the first); 0.x under `daily`.
 */
function periodicDaily(data: unknown): Record<string, unknown> | undefined {
	const settings = record(data);
	const sets = settings?.calendarSets;
	if (Array.isArray(sets)) {
		const all = sets.map(record).filter((set) => set !== undefined);
		const active = all.find((set) => set.id === settings?.activeCalendarSet) ?? all[0];
		return record(active?.day);
	}
	return record(settings?.daily);
}

/**
 * Where daily notes are and how they are named: Rapport's own setting first, else the
 * Periodic Notes plugin's daily settings when the plugin and its daily notes are on, else
 * the Daily Notes core plugin's; with none of these, `YYYY-MM-DD` anywhere in the vault.
 */
export function datedNotesLocation(settings: RapportSettings, found: DailyNotesSettings): DatedNotesLocation {
	const periodic = found.periodicNotesEnabled ? periodicDaily(found.periodicNotes) : undefined;
	const daily = record(found.dailyNotes);
	const other = periodic?.enabled === true ? periodic : daily;
	const from =
		settings.datedNotesFolder || settings.datedNotesFormat
			? 'rapport'
			: other === undefined
				? 'default'
				: other === daily
					? 'daily-notes'
					: 'periodic-notes';
	return {
		folder: trimSlashes(settings.datedNotesFolder || text(other?.folder)),
		format: settings.datedNotesFormat || text(other?.format) || 'YYYY-MM-DD',
		anywhere: from === 'default',
		from,
	};
}
