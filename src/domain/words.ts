// How lists of things are said, the same in a Notice and on the command line, and how near
// two words are, for "did you mean …?", and when two names are one person's.

/** `a`, `a and b`, `a, b and c`. */
export function listed(items: readonly string[], last = 'and'): string {
	return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1] ?? ''}`;
}

/**
 * Edits from one word to another (a letter added, dropped, changed, or two swapped: `todya`
 * is one from `today`), or limit + 1 as soon as it must be more than the limit.
 */
export function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let before: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (before[j - 2] ?? 0) + 1);
			current[j] = best;
		}
		// A row's best never drops in the rows after it.
		if (Math.min(...current) > limit) return limit + 1;
		before = previous;
		previous = current;
	}
	return previous[b.length] ?? limit + 1;
}

/** The one of `choices` nearest to `typed` within a typo or two, if any: what "did you mean …?" offers. */
export function nearest(typed: string, choices: readonly string[]): string | undefined {
	const limit = Math.max(1, Math.floor(typed.length / 3));
	let best: { choice: string; distance: number } | undefined;
	for (const choice of choices) {
		const distance = editDistance(typed.toLowerCase(), choice.toLowerCase(), limit);
		if (distance <= limit && (!best || distance < best.distance)) best = { choice, distance };
	}
	return best?.choice;
}

/** A name for comparing: NFC, trimmed, single-spaced, lower case. */
export function foldName(text: string): string {
	return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * A name with accents and the kind of apostrophe aside too: `José O’Neil` is `jose o'neil`.
 * The one rule both hosts use for a name typed loosely: the CLI's look-up when nobody
 * answers to it as typed, people-met and new-contact before they make a second person.
 */
export function looseName(text: string): string {
	return foldName(text)
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[\u2018\u2019\u02bc`´]/g, "'");
}

/** What a look-up that found nothing says of the names close to what was typed: `did you mean A or B?`; empty for none. */
export function didYouMean(close: readonly string[]): string {
	return close.length > 0 ? `did you mean ${listed(close, 'or')}?` : '';
}

/**
 * Up to three names a typo away from `typed` (a typo per four letters, accents, apostrophes
 * and case aside), or with one of their words a typo away from it (`Umbrela` is Umbrella
 * Health's first word misspelt), the closest first: whom a contact's name,
 * and which company, tag or place, "did you mean …?" offers. A choice may be spelt several
 * ways (a contact's aliases); its name is what is offered.
 */
export function closeNames<T extends { name: string }>(
	typed: string,
	choices: Iterable<T>,
	spellings: (choice: T) => readonly string[] = (choice) => [choice.name],
): string[] {
	const key = looseName(typed);
	const limit = Math.max(1, Math.floor(key.length / 4));
	const near: { name: string; distance: number }[] = [];
	for (const choice of choices) {
		const whole = Math.min(...spellings(choice).map((n) => editDistance(looseName(n), key, limit)));
		// A word typed alone is looked for among each name's words too.
		const words = key.includes(' ') ? [] : looseName(choice.name).split(' ');
		const distance = Math.min(whole, ...words.map((word) => editDistance(word, key, limit)));
		if (distance <= limit) near.push({ name: choice.name, distance });
	}
	near.sort((a, b) => a.distance - b.distance);
	return [...new Set(near.map((n) => n.name))].slice(0, CLOSE_SHOWN);
}

/** Names "did you mean …?" offers at most. */
const CLOSE_SHOWN = 3;
