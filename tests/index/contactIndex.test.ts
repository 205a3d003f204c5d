import { describe, expect, it } from 'vitest';
import { day, vault } from '../builders';

describe('effective last contact comes from every source', () => {
	it('takes the newest of property, interaction line, meeting note and daily note', () => {
		const v = vault()
			.contact('Sam Rivera', (c) => c.lastContact('2026-09-01').interaction('2026-09-10 coffee: reorg'))
			.meeting('2026-09-20 Coffee with Sam', '2026-09-20', ['Sam Rivera'])
			.daily('2026-10-05', '- Lunch with [[Sam Rivera]]');
		const index = v.index();
		const timeline = index.timeline('People/Sam Rivera.md');
		expect(timeline.map((e) => [e.via, e.date])).toEqual([
			['dated', day('2026-10-05')],
			['meeting', day('2026-09-20')],
			['log', day('2026-09-10')],
			['frontmatter', day('2026-09-01')],
		]);
	});
});
