// One interaction per `## Interactions` line: `- 2026-10-02 coffee: summary #asked`.
import { parseIsoDay, type Day } from './day';
import { isSpace } from './markdownLine';

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

export const INTERACTION_MARKS: ReadonlySet<string> = new Set(['gave', 'asked', 'awaiting', 'nudge']);
const MARK = /(?:^|\s)#(gave|asked|awaiting|nudge)\b/gi;

/** Each kind by its word in lower case: the kind read is this one string, not a fresh one per line. */
const KIND_OF_WORD: ReadonlyMap<string, InteractionKind> = new Map(INTERACTION_KINDS.map((kind) => [kind, kind]));

/** `-`, `–` or `—`. */
function isDash(code: number): boolean {
	return code === 45 || code === 0x2013 || code === 0x2014;
}

function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

function isLetter(code: number): boolean {
	return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Where the white space from `at` ends. */
function skipSpaces(text: string, at: number): number {
	while (at < text.length && isSpace(text.charCodeAt(at))) at++;
	return at;
}

/** Whether `YYYY-MM-DD` (ASCII digits) stands at `at`. */
function isoDayAt(text: string, at: number): boolean {
	for (let i = 0; i < 10; i++) {
		const code = text.charCodeAt(at + i);
		if (i === 4 || i === 7 ? code !== 45 : !isDigit(code)) return false;
	}
	return true;
}

/**
 * A line read in one pass over its characters, with no pattern: read for every logged
 * line of every contact when the first queue is made. It reads what these did, and a test
 * holds it to them: the date `^\[{0,2}(\d{4}-\d{2}-\d{2})\]{0,2}\s*(?:[—–-]\s*)?`, then the
 * kind as the first word `^([A-Za-z]+)(?![\w-])\s*(:|[—–-]\s)?\s*`, where a colon or dash
 * may follow it, or straight away the summary or a mark.
 */
export function parseInteractionLine(text: string, line: number): Parsed<Interaction> {
	const trimmed = text.trim();
	const open = trimmed.charCodeAt(0) === 91 ? (trimmed.charCodeAt(1) === 91 ? 2 : 1) : 0;
	if (!isoDayAt(trimmed, open)) return { problem: `line ${line + 1}: an interaction starts with its date (YYYY-MM-DD), got '${trimmed}'` };
	const date = parseIsoDay(trimmed.slice(open, open + 10));
	if (date === undefined) return { problem: `line ${line + 1}: '${trimmed.slice(open, open + 10)}' is not a calendar date` };
	let at = open + 10;
	for (let closed = 0; closed < 2 && trimmed.charCodeAt(at) === 93; closed++) at++;
	at = skipSpaces(trimmed, at);
	if (isDash(trimmed.charCodeAt(at))) at = skipSpaces(trimmed, at + 1);
	// The first word, when it is one (not `Q4-plan`, `v2`): the kind if it names one.
	let kind: InteractionKind = 'other';
	let problem: string | undefined;
	let end = at;
	while (isLetter(trimmed.charCodeAt(end))) end++;
	const next = trimmed.charCodeAt(end);
	if (end > at && !isLetter(next) && !isDigit(next) && next !== 95 && next !== 45) {
		let after = skipSpaces(trimmed, end);
		const colon = trimmed.charCodeAt(after) === 58;
		if (colon) after++;
		else if (isDash(trimmed.charCodeAt(after)) && isSpace(trimmed.charCodeAt(after + 1))) after += 2;
		const word = trimmed.slice(at, end);
		const known = KIND_OF_WORD.get(word.toLowerCase());
		if (known) {
			kind = known;
			at = skipSpaces(trimmed, after);
		} else if (colon) {
			problem = `line ${line + 1}: unknown kind '${word}', read as other (kinds: ${INTERACTION_KINDS.join(', ')})`;
		}
	}
	const rest = trimmed.slice(at);
	// Most lines carry no mark: no `#`, nothing to look for.
	let gave = false;
	let asked = false;
	let awaiting = false;
	let nudge = false;
	// Found by `exec`, not `matchAll`, whose iterator is garbage for every marked line.
	MARK.lastIndex = 0;
	if (rest.includes('#'))
		for (let m = MARK.exec(rest); m; m = MARK.exec(rest)) {
			const mark = (m[1] ?? '').toLowerCase();
			if (mark === 'gave') gave = true;
			else if (mark === 'asked') asked = true;
			else if (mark === 'awaiting') awaiting = true;
			else nudge = true;
		}
	const marked = gave || asked || awaiting || nudge;
	const interaction: Interaction = {
		date,
		kind,
		summary: marked ? rest.replace(MARK, '').trim() : rest.trim(),
		gave,
		asked,
		awaiting,
		nudge,
		line,
	};
	// An unknown kind is worth a word, but the interaction still counts.
	return problem ? { value: interaction, problem } : { value: interaction };
}
