import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/cli/dates';
import { prepBlock } from '../../src/domain/prep';
import { renderTemplate } from '../../src/domain/templates';
import { day, vault, type VaultBuilder } from '../builders';

const TODAY = day('2026-11-21');

function prepOf(v: VaultBuilder, path = 'People/Sam Rivera.md'): string {
	const index = v.index();
	const contact = index.contact(path);
	if (!contact) throw new Error(`no ${path}`);
	return prepBlock(contact, TODAY, index.timeline(path));
}

describe("a person's prep", () => {
	it('says who they are, the last three interactions, what to remember and what is open', () => {
		const index = vault()
			.contact('Sam Rivera', (c) =>
				c
					.company('Acme')
					.prop('role', 'Staff engineer')
					.interaction('2026-11-02 coffee: reorg')
					.interaction('2026-10-15 email: article #gave')
					.interaction('2026-09-01 call: intro')
					.interaction('2026-08-01 event: summit')
					.remember('Berlin marathon 📅 2026-09-28')
					.remember('[x] Asked about the move')
					.followUp('Send the talk link 📅 2026-11-28')
					.followUp('- [x] Sent the deck'),
			)
			.index();
		const sam = index.contact('People/Sam Rivera.md');
		if (!sam) throw new Error('no Sam');
		// Without the index's timeline, the note's own lines stand in.
		expect(prepBlock(sam, TODAY)).toBe(
			[
				'### [[Sam Rivera]]',
				'- Staff engineer at Acme',
				'- Last time:',
				'  - 2 Nov coffee: reorg',
				'  - 15 Oct email: article',
				'  - 1 Sep call: intro',
				'- Remember:',
				'  - Berlin marathon',
				'- Still open:',
				'  - Send the talk link (due 28 Nov)',
			].join('\n'),
		);
	});

	it('leaves out empty items, as a template leaves them, so no bare bullet is listed', () => {
		const prep = prepOf(
			vault().contact('Sam Rivera', (c) =>
				c.interaction('2026-11-02 coffee: reorg').remember('').followUp('').followUp('Send the talk link'),
			),
		);
		expect(prep).not.toContain('Remember:');
		expect(prep.split('\n').filter((line) => /^\s*- *$/.test(line))).toEqual([]);
		expect(prep).toContain(['- Still open:', '  - Send the talk link'].join('\n'));
	});

	it('counts every time in touch the index knows: daily notes and meeting notes as well as logged lines', () => {
		const prep = prepOf(
			vault()
				.contact('Sam Rivera', (c) =>
					c.lastContact('2026-08-01').interaction('2026-10-02 coffee: [[2026-10-02 Coffee chat with Sam Rivera]]'),
				)
				.meeting('2026-10-02 Coffee chat with Sam Rivera', '2026-10-02', ['Sam Rivera'], '', 'coffee-chat')
				.daily('2026-10-02', '- Coffee with [[Sam Rivera]]')
				.daily('2026-10-23', '- Lunch with [[Sam Rivera]]')
				.meeting('2026-09-15 Call with Sam', '2026-09-15', ['Sam Rivera'], '', 'recruiter-call'),
		);
		// One line a day unless several were logged: the logged coffee is the meeting and the daily note of 2 Oct.
		expect(prep).toBe(
			[
				'### [[Sam Rivera]]',
				'- Last time:',
				'  - 23 Oct daily note: [[2026-10-23]]',
				'  - 2 Oct coffee: [[2026-10-02 Coffee chat with Sam Rivera]]',
				'  - 15 Sep call: [[2026-09-15 Call with Sam]]',
			].join('\n'),
		);
	});

	it('keeps every interaction logged on one day, and falls back on last_contact', () => {
		expect(prepOf(vault().contact('Sam Rivera', (c) => c.lastContact('2025-08-01')))).toBe(
			'### [[Sam Rivera]]\n- Last time:\n  - 1 Aug 2025 last contact',
		);
		expect(
			prepOf(vault().contact('Sam Rivera', (c) => c.interaction('2026-10-02 coffee: reorg').interaction('2026-10-02 email: the deck'))),
		).toContain('- Last time:\n  - 2 Oct coffee: reorg\n  - 2 Oct email: the deck');
		expect(prepOf(vault().contact('Sam Rivera'))).toBe('### [[Sam Rivera]]\n- First conversation');
	});

	it('carries where they are, how you know them and how to reach them, when the note says', () => {
		const prep = prepOf(
			vault().contact('Sam Rivera', (c) =>
				c
					.company('Acme')
					.prop('location', 'Berlin')
					.prop('level', 'senior')
					.tie('strong')
					.prop('met', '"[[DevTools Summit]]"')
					.introducedBy('Ana Ruiz')
					.prop('email', 'sam@acme.test')
					.prop('linkedin', 'https://www.linkedin.com/in/samrivera')
					.remember('Training for Berlin'),
			),
		);
		expect(prep).toBe(
			[
				'### [[Sam Rivera]]',
				'- Acme, Berlin',
				'- First conversation',
				'- Remember:',
				'  - Training for Berlin',
				'- Met at [[DevTools Summit]], introduced by [[Ana Ruiz]]',
				'- Senior, strong tie',
				'- sam@acme.test · https://www.linkedin.com/in/samrivera',
			].join('\n'),
		);
		expect(prepOf(vault().contact('Sam Rivera', (c) => c.prop('location', 'Berlin').tie('weak')))).toBe(
			'### [[Sam Rivera]]\n- Berlin\n- First conversation\n- Weak tie',
		);
	});

	it("is what {{prep}} shows, each person's from their own timeline", () => {
		const v = vault().contact('Sam Rivera').contact('Jo Park').daily('2026-10-23', '- Lunch with [[Sam Rivera]]');
		const index = v.index();
		const paths = ['People/Sam Rivera.md', 'People/Jo Park.md'];
		const people = paths.map((p) => index.contact(p)).filter((c) => c !== undefined);
		const rendered = renderTemplate('{{prep}}', {
			date: TODAY,
			time: '09:30',
			formatDate,
			title: 'T',
			people,
			today: TODAY,
			timelines: paths.map((p) => index.timeline(p)),
		});
		expect(rendered).toBe(
			'### [[Sam Rivera]]\n- Last time:\n  - 23 Oct daily note: [[2026-10-23]]\n\n### [[Jo Park]]\n- First conversation',
		);
	});
});
