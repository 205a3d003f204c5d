// How often to be in touch with someone. Counts in months and years use calendar
// arithmetic, so "monthly" from 31 Jan lands on 28 Feb, not 3 Mar.
import { addDays, addMonthsToDay, type Day } from './day';

export type CadenceUnit = 'd' | 'w' | 'm' | 'y';

export interface Cadence {
	count: number;
	unit: CadenceUnit;
	/** How the cadence reads in a reason: "monthly", "every 6w". */
	label: string;
}

/** The cadences written as a word (`monthly`); the contacts base reads them the same way. */
export const NAMED_CADENCES: ReadonlyMap<string, Cadence> = new Map<string, Cadence>(
	Object.entries({
		daily: { count: 1, unit: 'd', label: 'daily' },
		weekly: { count: 1, unit: 'w', label: 'weekly' },
		biweekly: { count: 2, unit: 'w', label: 'biweekly' },
		fortnightly: { count: 2, unit: 'w', label: 'fortnightly' },
		monthly: { count: 1, unit: 'm', label: 'monthly' },
		bimonthly: { count: 2, unit: 'm', label: 'bimonthly' },
		quarterly: { count: 3, unit: 'm', label: 'quarterly' },
		biannually: { count: 6, unit: 'm', label: 'twice a year' },
		yearly: { count: 1, unit: 'y', label: 'yearly' },
		annually: { count: 1, unit: 'y', label: 'yearly' },
	} satisfies Record<string, Cadence>),
);

/** The words a counted cadence's unit is written with (`6 weeks`, `3mo`). */
export const CADENCE_UNIT_WORDS: ReadonlyMap<string, CadenceUnit> = new Map<string, CadenceUnit>(
	Object.entries({
		d: 'd',
		day: 'd',
		days: 'd',
		w: 'w',
		wk: 'w',
		wks: 'w',
		week: 'w',
		weeks: 'w',
		m: 'm',
		mo: 'm',
		mos: 'm',
		month: 'm',
		months: 'm',
		y: 'y',
		yr: 'y',
		yrs: 'y',
		year: 'y',
		years: 'y',
	} satisfies Record<string, CadenceUnit>),
);

const COUNTED = /^(\d+)\s*([a-z]+)$/;

// One cadence per number of days, shared: every contact without a cadence of their own
// gets their tie's, and 10,000 copies of three objects were half a megabyte.
const BY_DAYS = new Map<number, Cadence>();

export function cadenceOfDays(days: number): Cadence {
	let cadence = BY_DAYS.get(days);
	if (!cadence) {
		cadence = { count: days, unit: 'd', label: `every ${days}d` };
		BY_DAYS.set(days, cadence);
	}
	return cadence;
}

/** Reads `2w`, `30d`, `6 weeks`, `3m`, `1y`, `monthly` …; undefined when it can't. */
export function parseCadence(raw: unknown): Cadence | undefined {
	if (typeof raw === 'number' && Number.isInteger(raw) && raw > 0) return cadenceOfDays(raw);
	if (typeof raw !== 'string') return undefined;
	const text = raw.trim().toLowerCase();
	const named = NAMED_CADENCES.get(text);
	if (named) return named;
	const match = COUNTED.exec(text);
	if (!match) return undefined;
	const count = Number(match[1]);
	const unit = CADENCE_UNIT_WORDS.get(match[2] ?? '');
	if (!unit || count <= 0 || count > 1000) return undefined;
	return { count, unit, label: `every ${count}${unit}` };
}

export function addCadence(day: Day, cadence: Cadence): Day {
	switch (cadence.unit) {
		case 'd':
			return addDays(day, cadence.count);
		case 'w':
			return addDays(day, cadence.count * 7);
		case 'm':
			return addMonthsToDay(day, cadence.count);
		case 'y':
			return addMonthsToDay(day, cadence.count * 12);
	}
}

/** The cadence's length in days, for comparing how overdue people are. */
export function cadenceLengthDays(cadence: Cadence): number {
	const perUnit = { d: 1, w: 7, m: 30.44, y: 365.25 }[cadence.unit];
	return cadence.count * perUnit;
}
