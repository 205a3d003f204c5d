import { describe, expect, it } from 'vitest';
import { parseFollowUp, parseRememberItem } from '../../src/domain/tasks';
import { day } from '../builders';
import { pick, random } from '../randomEdits';

describe('parseFollowUp', () => {
	it('reads an open task due by the 📅 emoji, with the words alone as its text', () => {
		expect(parseFollowUp('Send her the conference talk link 📅 2026-10-09', ' ', 12)).toEqual({
			line: 12,
			text: 'Send her the conference talk link',
			due: day('2026-10-09'),
			done: false,
			cancelled: false,
			doneOn: undefined,
		});
	});

	it('reads a due date written as a Dataview field', () => {
		const followUp = parseFollowUp('Send the deck [due:: 2026-10-09]', ' ', 0);
		expect(followUp.due).toBe(day('2026-10-09'));
		expect(followUp.text).toBe('Send the deck');
	});

	it('reads a due date written as a Dataview field in parentheses', () => {
		expect(parseFollowUp('Send the deck (due:: 2026-10-09)', ' ', 0).due).toBe(day('2026-10-09'));
	});

	it('reads a start date, 🛫 or a Dataview field, leaving the words alone', () => {
		const followUp = parseFollowUp('Follow up from [[Summit]] 🛫 2026-11-20 📅 2026-11-22', ' ', 0);
		expect(followUp).toMatchObject({ text: 'Follow up from [[Summit]]', start: day('2026-11-20'), due: day('2026-11-22') });
		expect(parseFollowUp('Send the deck [start:: 2026-11-20] [due:: 2026-11-22]', ' ', 0).start).toBe(day('2026-11-20'));
		expect(parseFollowUp('Send the deck 📅 2026-11-22', ' ', 0).start).toBeUndefined();
	});

	it('reads a due date in the middle of the words', () => {
		const followUp = parseFollowUp('Send 📅 2026-10-09 the deck', ' ', 0);
		expect(followUp.due).toBe(day('2026-10-09'));
		expect(followUp.text).toBe('Send the deck');
	});

	it('reads a done task with its ✅ completion date', () => {
		const followUp = parseFollowUp('Send the link 📅 2026-10-09 ✅ 2026-10-10', 'x', 0);
		expect(followUp.done).toBe(true);
		expect(followUp.cancelled).toBe(false);
		expect(followUp.due).toBe(day('2026-10-09'));
		expect(followUp.doneOn).toBe(day('2026-10-10'));
		expect(followUp.text).toBe('Send the link');
	});

	it('reads an upper-case X as done', () => {
		expect(parseFollowUp('Send the link', 'X', 0).done).toBe(true);
	});

	it('reads a cancelled task as neither open nor done', () => {
		const followUp = parseFollowUp('Send the link 📅 2026-10-09', '-', 0);
		expect(followUp.cancelled).toBe(true);
		expect(followUp.done).toBe(false);
	});

	it.each([[' '], ['/'], ['>']])('reads the status %j as open', (status) => {
		const followUp = parseFollowUp('Send the link 📅 2026-10-09', status, 0);
		expect(followUp.done).toBe(false);
		expect(followUp.cancelled).toBe(false);
	});

	it('reads a task without a date as having no due date', () => {
		const followUp = parseFollowUp('Send the link someday', ' ', 0);
		expect(followUp.due).toBeUndefined();
		expect(followUp.text).toBe('Send the link someday');
	});

	it('does not take a bare date in the words as the due date', () => {
		expect(parseFollowUp('Ask about the 2026-10-09 offsite', ' ', 0).due).toBeUndefined();
	});

	it('refuses a due date that is not a calendar date', () => {
		expect(parseFollowUp('Send it 📅 2026-02-30', ' ', 0).due).toBeUndefined();
	});

	it('strips the other Tasks emoji from the text: priority, scheduled, start, created, recurrence', () => {
		const followUp = parseFollowUp('Send the deck ⏫ 🔁 every week ⏳ 2026-10-05 🛫 2026-10-01 ➕ 2026-09-30 📅 2026-10-09', ' ', 0);
		expect(followUp.text).toBe('Send the deck');
		expect(followUp.due).toBe(day('2026-10-09'));
	});
});

describe('parseRememberItem', () => {
	it('reads a date given with 📅', () => {
		const item = parseRememberItem('Training for the Berlin marathon 📅 2026-09-28', undefined, 3);
		expect(item).toEqual({ line: 3, text: 'Training for the Berlin marathon', date: day('2026-09-28'), done: false });
	});

	it('reads a bare date in the words', () => {
		expect(parseRememberItem('Berlin marathon on 2026-09-28', undefined, 0).date).toBe(day('2026-09-28'));
		expect(parseRememberItem('Berlin marathon (2026-09-28)', undefined, 0).date).toBe(day('2026-09-28'));
		expect(parseRememberItem('2026-09-28 Berlin marathon', undefined, 0).date).toBe(day('2026-09-28'));
	});

	it('reads a bare date followed by a colon, as dated notes are often written', () => {
		expect(parseRememberItem('2026-09-28: Berlin marathon', undefined, 0).date).toBe(day('2026-09-28'));
	});

	it('prefers the 📅 date to a bare date in the words', () => {
		expect(parseRememberItem('Moving on 2026-12-01, ask 📅 2026-12-15', undefined, 0).date).toBe(day('2026-12-15'));
	});

	it('reads an item without a date as undated', () => {
		expect(parseRememberItem('Two kids, Maya and Leo', undefined, 0).date).toBeUndefined();
	});

	it('refuses a date that is not a calendar date', () => {
		expect(parseRememberItem('Marathon on 2026-02-30', undefined, 0).date).toBeUndefined();
	});

	it('reads a checked item as done, and a plain bullet or open task as not', () => {
		expect(parseRememberItem('Marathon 📅 2026-09-28', 'x', 0).done).toBe(true);
		expect(parseRememberItem('Marathon 📅 2026-09-28', ' ', 0).done).toBe(false);
		expect(parseRememberItem('Marathon 📅 2026-09-28', undefined, 0).done).toBe(false);
	});
});

describe("a task's words without its meta", () => {
	// The pattern the words were read with before the spaces before a meta were found by
	// stepping back from it: what each task's words come to must not have moved.
	const TASK_META =
		/\s+|(?:📅|🗓️?|✅|⏳|🛫|➕|❌)\s*\d{4}-\d{2}-\d{2}|[[(](?:due|completion|scheduled|start|created|cancelled)::[^\])[(]*[\])]|[🔺⏫🔼🔽⏬]|🔁[^📅✅⏳🛫➕❌]*/gu;
	const TASK_META_HERE =
		/(?:📅|🗓️?|✅|⏳|🛫|➕|❌)\s*\d{4}-\d{2}-\d{2}|[[(](?:due|completion|scheduled|start|created|cancelled)::[^\])[(]*[\])]|[🔺⏫🔼🔽⏬]|🔁[^📅✅⏳🛫➕❌]*/uy;
	function byPattern(text: string): string {
		return text
			.replace(TASK_META, (found: string, at: number) => {
				if (!/^\s/u.test(found)) return '';
				TASK_META_HERE.lastIndex = at + found.length;
				return TASK_META_HERE.test(text) ? '' : found;
			})
			.trim();
	}

	it('are what the pattern they were read with gave, on seeded tasks', () => {
		const rng = random(0x7a5c);
		const pieces = [
			'Send',
			'the',
			'deck',
			' ',
			'  ',
			'\t',
			'\u00a0',
			'\u2028',
			'📅',
			'🗓️',
			'🗓',
			'✅',
			'⏳',
			'🛫',
			'➕',
			'❌',
			'🔺',
			'⏫',
			'🔽',
			'🔁',
			'every week',
			' 2026-10-09',
			'2026-10-09',
			'[due:: 2026-10-09]',
			'(start:: 2026-10-07)',
			'[completion::',
			']',
			')',
			'(',
			'[',
			'x',
		];
		for (let i = 0; i < 4000; i++) {
			let text = '';
			const count = Math.floor(rng() * 10);
			for (let p = 0; p < count; p++) text += pick(rng, pieces);
			expect(parseFollowUp(text, ' ', 0).text, JSON.stringify(text)).toBe(byPattern(text));
			expect(parseRememberItem(text, undefined, 0).text, JSON.stringify(text)).toBe(byPattern(text));
		}
	});
});
