// A queue item for the queue's row tests: the nth of a section, named after both.
import type { QueueItem, SectionId } from '../../src/domain/queue';

/** Row heights for QueueRows, in pixels: any will do, the tests only need them fixed. */
export const HEIGHTS = { header: 32, item: 56 };

export function queueItem(section: SectionId, n: number): QueueItem {
	return {
		id: `${section}:${n}`,
		section,
		kind: 'cadence',
		name: `${section} ${n}`,
		path: `People/${section} ${n}.md`,
		due: 0,
		daysOverdue: 1,
		reason: 'due',
	};
}
