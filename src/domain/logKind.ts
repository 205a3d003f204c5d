// The kind Log interaction starts with. A coffee, call, video, meeting or event owes a
// thank-you the next day, so the form never starts on one: the user picks it when it
// happened. Sending what you promised must not leave a thank-you for a coffee that wasn't.
import type { InteractionKind } from './interactions';
import type { ItemKind } from './queue';

/** What the form starts with when nothing says more: a message implies no meeting. */
export const DEFAULT_LOG_KIND: InteractionKind = 'message';

/** Rows about something you write: the thank-you, the report-back, the nudge on an ask. */
const EMAIL_ROWS: ReadonlySet<ItemKind> = new Set(['thank-you', 'report-back', 'nudge']);

const SAYS_EMAIL = /\b(?:e-?mail|mail|send|sent|intro|introduce|forward)/i;
const SAYS_MESSAGE = /\b(?:message|text|dm|whatsapp|slack|signal|telegram|sms)\b/i;

/**
 * The kind to log from a queue row, in one sentence: a follow-up is an email unless its
 * words say message, text, DM, WhatsApp or Slack (and not email or send); a thank-you,
 * report-back or nudge is an email; any other row (cadence, remember, birthday, let go)
 * is a message.
 */
export function logKindFor(item: { kind: ItemKind; task?: string }): InteractionKind {
	if (item.kind === 'follow-up') {
		const words = item.task ?? '';
		return SAYS_MESSAGE.test(words) && !SAYS_EMAIL.test(words) ? 'message' : 'email';
	}
	return EMAIL_ROWS.has(item.kind) ? 'email' : DEFAULT_LOG_KIND;
}
