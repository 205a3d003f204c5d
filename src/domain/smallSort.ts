// A stable sort in place for the short lists made for every contact at start-up (their
// log, their timeline): by insertion, with no work space, where the built-in sort made
// some for each list (about 20 MB of garbage for the first queue at 10,000 contacts).
// A long list (years of lines) goes to the built-in sort: insertion grows as the square.
const BY_INSERTION_UP_TO = 64;

/** Sorts `list` in place by `compare`, in the order a stable sort gives; returns it. */
export function sortInPlace<T>(list: T[], compare: (a: T, b: T) => number): T[] {
	if (list.length > BY_INSERTION_UP_TO) return list.sort(compare);
	for (let i = 1; i < list.length; i++) {
		const item = list[i] as T;
		let at = i;
		while (at > 0 && compare(list[at - 1] as T, item) > 0) {
			list[at] = list[at - 1] as T;
			at--;
		}
		if (at !== i) list[at] = item;
	}
	return list;
}
