import { describe, expect, it } from 'vitest';
import { compareEntries, sortEntries, type EvidenceVia, type TimelineEntry } from '../../src/domain/timeline';
import { pick, random } from '../randomEdits';

describe('sortEntries', () => {
	it('orders a timeline as a stable sort by compareEntries does, ties in the order they came', () => {
		const rng = random(0x71e5);
		const vias: EvidenceVia[] = ['log', 'meeting', 'dated', 'met', 'frontmatter'];
		for (let run = 0; run < 300; run++) {
			// Short ones (most contacts') and a few past the insertion sort's reach; few days and
			// sources, so ties are common. Each entry is its own object, so order among ties shows.
			const length = run % 30 === 0 ? 65 + Math.floor(rng() * 40) : Math.floor(rng() * 20);
			const timeline: TimelineEntry[] = Array.from({ length }, () => ({
				date: 20_000 + Math.floor(rng() * 6),
				via: pick(rng, vias),
				source: pick(rng, ['Daily/a.md', 'Daily/b.md', 'People/Sam.md']),
			}));
			const expected = [...timeline].sort(compareEntries);
			expect(sortEntries(timeline)).toBe(timeline);
			expect(timeline.every((entry, i) => entry === expected[i])).toBe(true);
		}
	});
});
