import { describe, expect, it } from 'vitest';
import { computeQueue } from '../../src/domain/queue';
import { addReachOut, hasReachOut, reachOutLines } from '../../src/domain/reachOut';
import { day, vault, type VaultBuilder } from '../builders';

const TODAY = '2026-11-21';

function network(): VaultBuilder {
	return vault()
		.contact('Sam Rivera', (c) => c.tie('strong').lastContact('2026-09-01').followUp('Send the talk link 📅 2026-11-18'))
		.contact('Jo Park', (c) => c.tie('medium').lastContact('2026-07-01'))
		.contact('Mia Chen', (c) => c.tie('strong').lastContact('2026-10-01'))
		.contact('Ana Ruiz', (c) => c.tie('strong').lastContact('2026-11-15'));
}

describe('the reach-out block', () => {
	it('lists the owed first, then the most overdue, each person once, up to the count', () => {
		const v = network();
		const lines = reachOutLines(computeQueue(v.index(), day(TODAY), v.settings), 3);
		expect(lines).toEqual([
			'- [ ] [[Sam Rivera]]: Send the talk link · overdue 3d',
			// Ranked by how overdue against each one's cadence: 3 weeks of 30 days before 8 of 90.
			'- [ ] [[Mia Chen]]: overdue 3w · every 30d · last: contact 1 Oct',
			'- [ ] [[Jo Park]]: overdue 8w · every 90d · last: contact 1 Jul',
		]);
	});

	it('goes at the end of the note, once, keeping its line endings', () => {
		const lines = ['- [ ] [[Sam Rivera]]: due'];
		expect(addReachOut('# Saturday\nPlans.\n', lines)).toBe('# Saturday\nPlans.\n\n## Reach out\n- [ ] [[Sam Rivera]]: due\n');
		expect(addReachOut('# Saturday\r\nPlans.', lines)).toBe('# Saturday\r\nPlans.\r\n\r\n## Reach out\r\n- [ ] [[Sam Rivera]]: due\r\n');
		expect(addReachOut('', lines)).toBe('## Reach out\n- [ ] [[Sam Rivera]]: due\n');
		const once = addReachOut('Plans.\n', lines) ?? '';
		expect(hasReachOut(once)).toBe(true);
		expect(addReachOut(once, lines)).toBeUndefined();
		expect(addReachOut('### reach out\n', lines)).toBeUndefined();
		expect(addReachOut('Plans.\n', [])).toBeUndefined();
	});

	it('takes a ticked reach-out as contact: the person leaves the queue', () => {
		const v = network();
		const text = addReachOut('', reachOutLines(computeQueue(v.index(), day(TODAY), v.settings), 5)) ?? '';
		const ticked = text.replace('- [ ] [[Jo Park]]', '- [x] [[Jo Park]]');
		const after = network().daily(TODAY, ticked);
		const names = computeQueue(after.index(), day(TODAY), after.settings).sections.find((s) => s.id === 'reconnect')?.items.map((i) => i.name);
		expect(names).not.toContain('Jo Park');
		expect(names).toContain('Mia Chen');
	});
});
