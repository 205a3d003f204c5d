// One interaction per `## Interactions` line: `- 2026-10-02 coffee: summary #asked`.
import { parseIsoDay, type Day } from './day';

export const INTERACTION_KINDS = ['coffee', 'call', 'video', 'email', 'message', 'meeting', 'event', 'intro', 'referral', 'other'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export function isInteractionKind(value: string): value is InteractionKind {
	return (INTERACTION_KINDS as readonly string[]).includes(value);
}

export interface Interaction {
	date: Day;
	kind: InteractionKind;
	summary: string;
	/** `#gave`: you gave something (an article, an intro, a referral). */
	gave: boolean;
	/** `#asked`: you asked for something. */
	asked: boolean;
	/** `#awaiting`: the ask waits for a reply. */
	awaiting: boolean;
	/** `#nudge`: your one polite follow-up on an unanswered ask. */
	nudge: boolean;
	line: number;
}

/** A value, a problem, or both (the value was read, with something worth saying). */
export interface Parsed<T> {
	value?: T;
	problem?: string;
}

// The rest is `[^]*`, which always reaches the end: `.*$` stopped at a stray line break
// (U+2028) and sent every split of the spaces before it back through `\s*`.
const LINE = /^\[{0,2}(\d{4}-\d{2}-\d{2})\]{0,2}\s*(?:[—–-]\s*)?([^]*)$/;
// The kind is the first word; a colon or dash may follow it, or straight away the summary or a mark.
const KIND = /^([A-Za-z]+)(?![\w-])\s*(:|[—–-]\s)?\s*([^]*)$/;
export const INTERACTION_MARKS: ReadonlySet<string> = new Set(['gave', 'asked', 'awaiting', 'nudge']);
const MARK = /(?:^|\s)#(gave|asked|awaiting|nudge)\b/gi;

export function parseInteractionLine(text: string, line: number): Parsed<Interaction> {
	const match = LINE.exec(text.trim());
	if (!match) return { problem: `line ${line + 1}: an interaction starts with its date (YYYY-MM-DD), got '${text.trim()}'` };
	const date = parseIsoDay(match[1] ?? '');
	if (date === undefined) return { problem: `line ${line + 1}: '${match[1] ?? ''}' is not a calendar date` };
	let rest = (match[2] ?? '').trim();
	let kind: InteractionKind = 'other';
	const kindMatch = KIND.exec(rest);
	let problem: string | undefined;
	if (kindMatch) {
		const word = (kindMatch[1] ?? '').toLowerCase();
		if (isInteractionKind(word)) {
			kind = word;
			rest = kindMatch[3] ?? '';
		} else if (kindMatch[2] === ':') {
			problem = `line ${line + 1}: unknown kind '${kindMatch[1] ?? ''}', read as other (kinds: ${INTERACTION_KINDS.join(', ')})`;
		}
	}
	// Most lines carry no mark: no `#`, nothing to look for.
	const marks = new Set<string>();
	if (rest.includes('#')) for (const m of rest.matchAll(MARK)) marks.add((m[1] ?? '').toLowerCase());
	const summary = marks.size === 0 ? rest.trim() : rest.replace(MARK, '').trim();
	const interaction: Interaction = {
		date,
		kind,
		summary,
		gave: marks.has('gave'),
		asked: marks.has('asked'),
		awaiting: marks.has('awaiting'),
		nudge: marks.has('nudge'),
		line,
	};
	// An unknown kind is worth a word, but the interaction still counts.
	return problem ? { value: interaction, problem } : { value: interaction };
}
