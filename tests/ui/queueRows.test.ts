import { describe, expect, it } from 'vitest';
import { SECTION_IDS, type QueueItem, type SectionId } from '../../src/domain/queue';
import { HEIGHTS, queueItem as item } from './queueItems';
import { QueueRows, headerKey, type Row } from '../../src/ui/queueRows';
import { seededRandom } from '../../bench/synthetic';

type Sections = { id: SectionId; items: QueueItem[] }[];

/** The obvious model the arithmetic must agree with: every row in an array, with its top. */
function reference(sections: Sections): { rows: Row[]; tops: number[] } {
	const rows: Row[] = [];
	const tops: number[] = [];
	let top = 0;
	for (const { id, items } of sections) {
		if (items.length === 0) continue;
		rows.push({ kind: 'header', key: headerKey(id), section: id, count: items.length });
		tops.push(top);
		top += HEIGHTS.header;
		for (const it of items) {
			rows.push({ kind: 'item', key: it.id, item: it });
			tops.push(top);
			top += HEIGHTS.item;
		}
	}
	tops.push(top);
	return { rows, tops };
}

function randomSections(rng: () => number): Sections {
	return SECTION_IDS.map((id) => {
		const size = rng() < 0.3 ? 0 : Math.floor(rng() * 40);
		return { id, items: Array.from({ length: size }, (_, n) => item(id, n)) };
	});
}

describe('QueueRows', () => {
	it('agrees with a plain array of rows on every index, position and key', () => {
		const rng = seededRandom(7);
		for (let run = 0; run < 40; run++) {
			const sections = randomSections(rng);
			const rows = new QueueRows(sections, HEIGHTS);
			const want = reference(sections);
			expect(rows.count).toBe(want.rows.length);
			expect(rows.height).toBe(want.tops[want.rows.length]);
			want.rows.forEach((row, i) => {
				expect(rows.row(i)).toEqual(row);
				expect(rows.top(i)).toBe(want.tops[i]);
				expect(rows.isItem(i)).toBe(row.kind === 'item');
				// Found from any starting guess, near or far.
				expect(rows.indexOf(row.key, i)).toBe(i);
				expect(rows.indexOf(row.key, Math.floor(rng() * want.rows.length))).toBe(i);
				// Every pixel of a row maps back to it.
				const top = want.tops[i] ?? 0;
				const bottom = want.tops[i + 1] ?? top;
				expect(rows.at(top)).toBe(i);
				expect(rows.at(bottom - 1)).toBe(i);
			});
			expect(rows.row(want.rows.length)).toBeUndefined();
			expect(rows.row(-1)).toBeUndefined();
			expect(rows.indexOf('reconnect:missing', 3)).toBeUndefined();
		}
	});

	it('clamps positions past either end to the first and last row', () => {
		const rows = new QueueRows([{ id: 'owed', items: [item('owed', 0), item('owed', 1)] }], HEIGHTS);
		expect(rows.at(-50)).toBe(0);
		expect(rows.at(10_000)).toBe(2);
		expect(rows.top(3)).toBe(32 + 2 * 56);
	});

	it('skips empty sections, headers included', () => {
		const rows = new QueueRows(
			[
				{ id: 'owed', items: [] },
				{ id: 'reconnect', items: [item('reconnect', 0)] },
			],
			HEIGHTS,
		);
		expect(rows.count).toBe(2);
		expect(rows.row(0)).toMatchObject({ kind: 'header', section: 'reconnect', count: 1 });
		expect(rows.indexOf(headerKey('owed'))).toBeUndefined();
	});

	it('finds the item row nearest a header, looking forward first', () => {
		const rows = new QueueRows(
			[
				{ id: 'owed', items: [item('owed', 0)] },
				{ id: 'reconnect', items: [item('reconnect', 0)] },
			],
			HEIGHTS,
		);
		// Rows: 0 header, 1 owed:0, 2 header, 3 reconnect:0.
		expect(rows.itemNear(0)).toBe(1);
		expect(rows.itemNear(2)).toBe(3);
		expect(rows.itemNear(9)).toBe(3);
		expect(QueueRows.empty.itemNear(0)).toBeUndefined();
		expect(QueueRows.empty.at(100)).toBe(0);
	});
});
