// Give and ask: how often you gave (`#gave`) and asked (`#asked`) per person, who you only
// take from, and the whole network's balance per quarter.
import type { Day } from '../day';
import { compareNames } from '../links';
import { periodsUpTo } from './periods';
import type { ReviewInput } from './shared';

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

export function reciprocity(input: ReviewInput, today: Day): Reciprocity {
	const people: GiveAsk[] = [];
	const takeOnly: GiveAsk[] = [];
	const quarters = periodsUpTo(today, 'quarter', QUARTERS_BEFORE).map((period) => ({ period, gave: 0, asked: 0 }));
	for (const contact of input.contacts()) {
		let gave = 0;
		let asked = 0;
		for (const interaction of contact.interactions) {
			// An interaction dated ahead has not happened yet.
			if (interaction.date > today || !(interaction.gave || interaction.asked)) continue;
			if (interaction.gave) gave++;
			if (interaction.asked) asked++;
			const quarter = quarters.find((q) => q.period.start <= interaction.date && interaction.date <= q.period.end);
			if (quarter && interaction.gave) quarter.gave++;
			if (quarter && interaction.asked) quarter.asked++;
		}
		if (gave + asked === 0) continue;
		const person = { name: contact.name, path: contact.path, gave, asked };
		people.push(person);
		if (contact.status === 'active' && asked >= TAKE_ONLY_ASKS && gave === 0) takeOnly.push(person);
	}
	const taken = (a: GiveAsk, b: GiveAsk): number => b.asked - b.gave - (a.asked - a.gave) || compareNames(a.name, b.name);
	return {
		people: people.sort(taken),
		takeOnly: takeOnly.sort(taken),
		quarters: quarters.map(({ period, gave, asked }) =>
			asked === 0 ? { quarter: period.label, gave, asked } : { quarter: period.label, gave, asked, ratio: gave / asked },
		),
	};
}
