// Give and ask: how often you gave (`#gave`) and asked (`#asked`) per person, who you only
// take from, and the whole network's balance per quarter.
import type { Day } from '../day';
import { compareNames } from '../links';
import type { Contact } from '../contact';
import { periodsUpTo, type Period } from './periods';

export interface GiveAsk {
	name: string;
	path: string;
	gave: number;
	asked: number;
}

export interface QuarterBalance {
	quarter: string;
	gave: number;
	asked: number;
	/** gave / asked; undefined when nothing was asked. */
	ratio?: number;
}

export interface Reciprocity {
	/** Everyone with a `#gave` or `#asked` line, most taken first (asked minus gave), then by name. */
	people: GiveAsk[];
	/** Active contacts asked at least twice and never given to: give first (share something, introduce, congratulate). */
	takeOnly: GiveAsk[];
	/** The current quarter and the ones before it, newest first. */
	quarters: QuarterBalance[];
}

/** Asked this often with nothing given is taking only. */
const TAKE_ONLY_ASKS = 2;
/** Quarters of give/ask balance shown: the current one and the year and a half before it. */
const QUARTERS_BEFORE = 6;

/** The quarters the balance is shown for, newest first. */
export function balanceQuarters(today: Day): Period[] {
	return periodsUpTo(today, 'quarter', QUARTERS_BEFORE);
}

/** One person's give and ask up to today, and how many of each fell in each of `quarters`. */
export interface PersonGiveAsk extends GiveAsk {
	quarterGave: number[];
	quarterAsked: number[];
	takeOnly: boolean;
}

/** A contact's `#gave` and `#asked` lines, or undefined when they have none. */
export function giveAskOf(contact: Contact, today: Day, quarters: readonly Period[]): PersonGiveAsk | undefined {
	let gave = 0;
	let asked = 0;
	let quarterGave: number[] | undefined;
	let quarterAsked: number[] | undefined;
	for (const interaction of contact.interactions) {
		// An interaction dated ahead has not happened yet.
		if (interaction.date > today || !(interaction.gave || interaction.asked)) continue;
		if (interaction.gave) gave++;
		if (interaction.asked) asked++;
		const at = quarters.findIndex((q) => q.start <= interaction.date && interaction.date <= q.end);
		if (at < 0) continue;
		quarterGave ??= quarters.map(() => 0);
		quarterAsked ??= quarters.map(() => 0);
		if (interaction.gave) quarterGave[at] = (quarterGave[at] ?? 0) + 1;
		if (interaction.asked) quarterAsked[at] = (quarterAsked[at] ?? 0) + 1;
	}
	if (gave + asked === 0) return undefined;
	const takeOnly = contact.status === 'active' && asked >= TAKE_ONLY_ASKS && gave === 0;
	return {
		name: contact.name,
		path: contact.path,
		gave,
		asked,
		quarterGave: quarterGave ?? [],
		quarterAsked: quarterAsked ?? [],
		takeOnly,
	};
}

/** Most taken first (asked minus gave), then by name. */
export function byTaken(a: GiveAsk, b: GiveAsk): number {
	return b.asked - b.gave - (a.asked - a.gave) || compareNames(a.name, b.name);
}

export function quarterBalance(period: Period, gave: number, asked: number): QuarterBalance {
	return asked === 0 ? { quarter: period.label, gave, asked } : { quarter: period.label, gave, asked, ratio: gave / asked };
}

/** The person as the review shows them. */
export function giveAskShown({ name, path, gave, asked }: PersonGiveAsk): GiveAsk {
	return { name, path, gave, asked };
}
