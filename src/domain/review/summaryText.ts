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

/** The largest groups first, `shown` of them, then "and N more" and how many have none; `none` when there are none. */
export function groups(list: readonly GroupCount[], shown: number, none?: number): string {
	const words = list.slice(0, shown).map((g) => `${g.name} ${g.count}`);
	if (list.length > shown) words.push(`and ${list.length - shown} more`);
	if (none) words.push(`${none} with none`);
	return words.length ? words.join(', ') : 'none';
}
