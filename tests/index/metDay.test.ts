// The day a contact was met comes from the note their `met` links, kept current one note at
// a time: that note made, dated, re-dated, renamed or deleted moves the contact's queue row,
// with nothing else re-read, exactly as a fresh index over the same notes would have it.
import { describe, expect, it } from 'vitest';
import { computeQueue } from '../../src/domain/queue';
import { day, vault } from '../builders';

const TODAY = day('2026-11-21');
const MARTA = 'People/Marta Sousa.md';

describe('the met day, kept current', () => {
	it('follows the event note as it is made, dated, re-dated, renamed and deleted', () => {
		const v = vault().contact('Marta Sousa', (c) => c.tie('strong').prop('met', '"[[KubeCon]]"'));
		const index = v.index();
		const reason = (): string | undefined => {
			const queue = computeQueue(index, TODAY, v.settings);
			// Each step ends where a fresh index over the same notes is.
			expect(queue).toEqual(computeQueue(v.index(), TODAY, v.settings));
			return queue.sections.flatMap((s) => s.items).find((i) => i.path === MARTA)?.reason;
		};
		expect(reason()).toBe('never in touch · every 30d');

		v.note('Events/KubeCon', 'Notes to come.');
		index.update(v.source(), 'Events/KubeCon.md');
		expect(reason()).toBe('never in touch · every 30d');

		v.note('Events/KubeCon', '---\ndate: 2026-10-14\n---\n');
		index.update(v.source(), 'Events/KubeCon.md');
		expect(reason()).toBe('overdue 8d · every 30d · no contact since you met at KubeCon, 14 Oct');

		v.note('Events/KubeCon', '---\ndate: 2026-10-01\n---\n');
		index.update(v.source(), 'Events/KubeCon.md');
		expect(reason()).toBe('overdue 3w · every 30d · no contact since you met at KubeCon, 1 Oct');

		// Renamed away (the link left behind), then back.
		v.delete('Events/KubeCon').note('Events/KubeCon 2026', '---\ndate: 2026-10-01\n---\n');
		index.rename(v.source(), 'Events/KubeCon.md', 'Events/KubeCon 2026.md');
		expect(reason()).toBe('never in touch · every 30d');
		v.delete('Events/KubeCon 2026').note('Archive/KubeCon', '---\ndate: 2026-10-01\n---\n');
		index.rename(v.source(), 'Events/KubeCon 2026.md', 'Archive/KubeCon.md');
		expect(reason()).toBe('overdue 3w · every 30d · no contact since you met at KubeCon, 1 Oct');

		v.delete('Archive/KubeCon');
		index.remove('Archive/KubeCon.md');
		expect(reason()).toBe('never in touch · every 30d');
	});

	it('follows the contact’s own `met` changing, to a daily note made later', () => {
		const v = vault().contact('Marta Sousa', (c) => c.tie('strong').prop('met', '"[[Summit]]"'));
		const index = v.index();
		const reason = (): string | undefined =>
			computeQueue(index, TODAY, v.settings)
				.sections.flatMap((s) => s.items)
				.find((i) => i.path === MARTA)?.reason;
		expect(reason()).toBe('never in touch · every 30d');
		v.contact('Marta Sousa', (c) => c.tie('strong').prop('met', '"[[2026-10-25]]"'));
		index.update(v.source(), MARTA);
		// A daily note not made yet is named by its day.
		expect(reason()).toBe('due in 3d · every 30d · no contact since you met on 25 Oct');
		v.daily('2026-10-25', '- Meetup at the [[Summit]]');
		index.update(v.source(), 'Daily/2026-10-25.md');
		expect(reason()).toBe('due in 3d · every 30d · no contact since you met on 25 Oct');
		expect(index.timeline(MARTA)).toEqual([{ date: day('2026-10-25'), via: 'met', source: 'Daily/2026-10-25.md' }]);
	});

	it('reads only the note that changed', () => {
		const v = vault()
			.contact('Marta Sousa', (c) => c.tie('strong').prop('met', '"[[KubeCon]]"'))
			.contact('Jo Park', (c) => c.tie('weak'));
		const index = v.index();
		computeQueue(index, TODAY, v.settings);
		const source = v.note('Events/KubeCon', '---\ndate: 2026-10-14\n---\n').source();
		index.update(source, 'Events/KubeCon.md');
		expect(source.reads).toEqual(['Events/KubeCon.md']);
	});
});
