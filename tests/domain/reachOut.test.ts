import { describe, expect, it } from 'vitest';
import { computeQueue } from '../../src/domain/queue';
import { addReachOut, followUpsMeant, hasReachOut, openFollowUps, reachOutLines, reachOutTasks } from '../../src/domain/reachOut';
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
		const lines = reachOutLines(computeQueue(v.index(), day(TODAY), v.settings), 3, (path) => v.index().linkText(path));
		expect(lines).toEqual([
			'- [ ] [[Sam Rivera]]: Send the talk link (due 2026-11-18) · overdue 3d',
			// Ranked by how overdue against each one's cadence: 3 weeks of 30 days before 8 of 90.
			'- [ ] [[Mia Chen]]: overdue 3w · every 30d · last: contact 1 Oct',
			'- [ ] [[Jo Park]]: overdue 8w · every 90d · last: contact 1 Jul',
		]);
	});

	it('links a person by path when another note has their name, so the tick counts for them', () => {
		const v = vault()
			.contact('Alex Kim', (c) => c.tie('strong').lastContact('2026-11-15'))
			.note('Archive/Old/Alex Kim', '---\ntype: contact\ntie: strong\nlast_contact: 2026-09-01\n---\n');
		const index = v.index();
		expect(reachOutLines(computeQueue(index, day(TODAY), v.settings), 3, (path) => index.linkText(path))).toEqual([
			'- [ ] [[Archive/Old/Alex Kim]]: overdue 7w · every 30d · last: contact 1 Sep',
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

	it('takes a Reach out heading inside code or a comment for text, and adds the block after it', () => {
		const lines = ['- [ ] [[Sam Rivera]]: due'];
		const quoted = '```md\n## Reach out\n```\n%%\n## Reach out\n%%\n';
		expect(hasReachOut(quoted)).toBe(false);
		expect(addReachOut(quoted, lines)).toBe(`${quoted}\n## Reach out\n- [ ] [[Sam Rivera]]: due\n`);
	});

	it('takes a ticked reach-out as contact: the person leaves the queue', () => {
		const v = network();
		const text =
			addReachOut(
				'',
				reachOutLines(computeQueue(v.index(), day(TODAY), v.settings), 5, (path) => v.index().linkText(path)),
			) ?? '';
		const ticked = text.replace('- [ ] [[Jo Park]]', '- [x] [[Jo Park]]');
		const after = network().daily(TODAY, ticked);
		const names = computeQueue(after.index(), day(TODAY), after.settings)
			.sections.find((s) => s.id === 'reconnect')
			?.items.map((i) => i.name);
		expect(names).not.toContain('Jo Park');
		expect(names).toContain('Mia Chen');
	});

	it("reads the block's lines back: who, and for a follow-up its words and due date", () => {
		const text = [
			'# Saturday',
			'- [x] [[Jo Park]]: not in the block',
			'## Reach out',
			'- [ ] [[Sam Rivera]]: Send the talk link (due 2026-11-18) · overdue 3d',
			'- [x] [[People/Mia Chen|Mia]]: Send the deck · due today · from 2026-11-20 Coffee chat with Mia Chen',
			'- [ ] [[Jo Park]]: overdue 8w · every 90d · last: contact 1 Jul',
			'- [ ] [[Ana Ruiz]]: send a thank-you for the coffee on 20 Nov',
			'## Later',
			'- [ ] [[Ana Ruiz]]: not in the block · overdue 1d',
		].join('\n');
		expect(reachOutTasks(text)).toEqual([
			{
				key: '[[Sam Rivera]]: Send the talk link (due 2026-11-18) · overdue 3d',
				checked: false,
				person: 'Sam Rivera',
				followUp: { words: 'Send the talk link', due: day('2026-11-18') },
			},
			{
				key: '[[People/Mia Chen|Mia]]: Send the deck · due today · from 2026-11-20 Coffee chat with Mia Chen',
				checked: true,
				person: 'People/Mia Chen',
				followUp: { words: 'Send the deck', due: undefined },
			},
			{ key: '[[Jo Park]]: overdue 8w · every 90d · last: contact 1 Jul', checked: false, person: 'Jo Park' },
			{ key: '[[Ana Ruiz]]: send a thank-you for the coffee on 20 Nov', checked: false, person: 'Ana Ruiz' },
		]);
		expect(reachOutTasks('# No block\n- [ ] [[Sam Rivera]]: due\n')).toEqual([]);
	});

	it('finds the follow-up a line means by its words, cut or whole, and its due date when it has one', () => {
		const long = 'Send Sam the notes from the platform offsite, the deck and the two articles on team topologies';
		const v = vault().contact('Sam Rivera', (c) =>
			c
				.tie('strong')
				.lastContact('2026-11-01')
				.followUp(`${long} 📅 2026-11-18`)
				.followUp('Call back 📅 2026-11-19')
				.followUp('Call back 📅 2026-11-20'),
		);
		const index = v.index();
		const queue = computeQueue(index, day(TODAY), v.settings);
		const sam = index.contacts()[0];
		if (!sam) throw new Error('no Sam');
		const items = openFollowUps(sam, index.timeline(sam.path));
		const [line] = reachOutLines(queue, 1, (path) => index.linkText(path));
		expect(line).toMatch(/^- \[ \] \[\[Sam Rivera\]\]: Send Sam the notes .*… \(due 2026-11-18\) · overdue 3d$/);
		const [task] = reachOutTasks(`## Reach out\n${line ?? ''}\n`);
		expect(followUpsMeant(task ?? { key: '', checked: true }, items).map((i) => i.text)).toEqual([long]);
		const callBack = (rest: string): string[] =>
			followUpsMeant(reachOutTasks(`## Reach out\n- [x] [[Sam Rivera]]: Call back${rest}\n`)[0] ?? { key: '', checked: true }, items).map(
				(i) => `${i.text} ${i.due}`,
			);
		expect(callBack(' (due 2026-11-20) · overdue 1d')).toEqual([`Call back ${day('2026-11-20')}`]);
		// A line from before lines carried the due date: both are meant, and neither is ticked.
		expect(callBack(' · overdue 1d')).toHaveLength(2);
	});

	it('finds a follow-up written in a daily note that links them, where ticking it writes', () => {
		const v = vault()
			.contact('Sam Rivera', (c) => c.tie('strong').lastContact('2026-11-01'))
			.daily('2026-11-18', '- [ ] Send [[Sam Rivera]] the deck 📅 2026-11-19');
		const index = v.index();
		const sam = index.contacts()[0];
		if (!sam) throw new Error('no Sam');
		const [line] = reachOutLines(computeQueue(index, day(TODAY), v.settings), 1, (path) => index.linkText(path));
		const [task] = reachOutTasks(`## Reach out\n${line ?? ''}\n`);
		const meant = followUpsMeant(
			task ?? { key: '', checked: true },
			openFollowUps(sam, index.timeline(sam.path), index.linkedFollowUps(sam.path)),
		);
		expect(meant).toEqual([{ path: 'Daily/2026-11-18.md', line: 0, text: 'Send [[Sam Rivera]] the deck', due: day('2026-11-19') }]);
	});
});
