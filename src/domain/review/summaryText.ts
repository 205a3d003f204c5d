// The review's figures in words, as the CLI's report and the review note both write them.
import type { GroupCount } from './composition';

/** `25%`; `0%` of nothing. */
export function percent(count: number, of: number): string {
	return of === 0 ? '0%' : `${Math.round((100 * count) / of)}%`;
}

/** `strong 4 (20%), medium 10 (50%) …`, each count with its share of `of`. */
export function counts(record: Record<string, number>, of: number): string {
	return Object.entries(record)
		.map(([name, count]) => `${name} ${count} (${percent(count, of)})`)
		.join(', ');
}

/**
 * Names or groups a review's line or part shows before "and N more": a network of thousands
 * still reads as one line in a terminal (the JSON, and the review in Obsidian, have them all).
 */
export const SHOWN = 8;

/**
 * The one rule for every list the review writes as words: the first `SHOWN` items, then
 * "and N more" followed by `where` (where the whole list is, such as " (all in --json)").
 */
export function firstFew<T>(items: readonly T[], word: (item: T) => string, where = ''): string[] {
	const words = items.slice(0, SHOWN).map(word);
	if (items.length > SHOWN) words.push(`and ${items.length - SHOWN} more${where}`);
	return words;
}

/** The largest groups first, as `firstFew` shows them, then how many have none; `none` when there are none. */
export function groups(list: readonly GroupCount[], where: string, none?: number): string {
	const words = firstFew(list, (g) => `${g.name} ${g.count}`, where);
	if (none) words.push(`${none} with none`);
	return words.length ? words.join(', ') : 'none';
}
