// Log interaction starts on a kind that fits the row it was opened from, and never on one
// that implies a meeting: that would owe a thank-you for a coffee that didn't happen.
import { describe, expect, it } from 'vitest';
import { THANK_YOU_KINDS, type ItemKind } from '../../src/domain/queue';
import { DEFAULT_LOG_KIND, logKindFor } from '../../src/domain/logKind';

describe('the kind a log from a row starts with', () => {
	it.each([
		['Send the deck', 'email'],
		['Email Sam the notes', 'email'],
		['Intro Sam to Ana', 'email'],
		['Book a coffee with Sam', 'email'],
		['Call Jo about the offer', 'email'],
		['Message Jo the link', 'message'],
		['Text Mia happy birthday', 'message'],
		['DM Lee on LinkedIn', 'message'],
		['WhatsApp Kofi the photos', 'message'],
		['Ping Ana on Slack', 'message'],
		// Both: the email wins, since it is what was promised.
		['Send Jo the text of the talk', 'email'],
	])('from a follow-up saying "%s" is %s', (task, kind) => {
		expect(logKindFor({ kind: 'follow-up', task })).toBe(kind);
	});

	it.each([
		['thank-you', 'email'],
		['report-back', 'email'],
		['nudge', 'email'],
		['cadence', 'message'],
		['remember', 'message'],
		['birthday', 'message'],
		['let-go', 'message'],
	] as [ItemKind, string][])('from a %s row is %s', (kind, expected) => {
		expect(logKindFor({ kind })).toBe(expected);
	});

	it('is never a kind that owes a thank-you, from any row', () => {
		const rows: ItemKind[] = ['follow-up', 'thank-you', 'report-back', 'nudge', 'let-go', 'cadence', 'remember', 'birthday'];
		for (const kind of rows) expect(THANK_YOU_KINDS).not.toContain(logKindFor({ kind, task: 'Coffee with Sam, then a call' }));
		expect(THANK_YOU_KINDS).not.toContain(DEFAULT_LOG_KIND);
	});
});
