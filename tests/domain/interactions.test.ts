import { describe, expect, it } from 'vitest';
import { INTERACTION_KINDS, parseInteractionLine, type Interaction } from '../../src/domain/interactions';
import { parseIsoDay } from '../../src/domain/day';
import { day } from '../builders';
import { pick, random } from '../randomEdits';

/** The interaction a line reads as, failing when it reads as none. */
function read(text: string, line = 4): Interaction {
	const parsed = parseInteractionLine(text, line);
	if (!parsed.value) throw new Error(`no interaction: ${parsed.problem ?? ''}`);
	return parsed.value;
}

describe('parseInteractionLine', () => {
	it('reads date, kind, summary and marks', () => {
		const parsed = parseInteractionLine('2026-10-02 coffee: Platform team reorg #asked', 7);
		expect(parsed.problem).toBeUndefined();
		expect(parsed.value).toEqual({
			date: day('2026-10-02'),
			kind: 'coffee',
			summary: 'Platform team reorg',
			gave: false,
			asked: true,
			awaiting: false,
			nudge: false,
			line: 7,
		});
	});

	it('reads a line with no summary', () => {
		const parsed = parseInteractionLine('2026-10-02 call', 0);
		expect(parsed.problem).toBeUndefined();
		expect(parsed.value?.kind).toBe('call');
		expect(parsed.value?.summary).toBe('');
	});

	it('reads a kind followed by a colon and nothing else', () => {
		expect(read('2026-10-02 video:').kind).toBe('video');
		expect(read('2026-10-02 video:').summary).toBe('');
	});

	it.each(INTERACTION_KINDS.map((kind) => [kind]))('reads the kind %s', (kind) => {
		const parsed = parseInteractionLine(`2026-10-02 ${kind}: talked`, 0);
		expect(parsed.problem).toBeUndefined();
		expect(parsed.value?.kind).toBe(kind);
		expect(parsed.value?.summary).toBe('talked');
	});

	it('reads a kind in any case', () => {
		expect(read('2026-10-02 Coffee: reorg').kind).toBe('coffee');
		expect(read('2026-10-02 EMAIL: sent the deck').kind).toBe('email');
	});

	it('reads a kind followed by a dash instead of a colon', () => {
		const interaction = read('2026-10-02 call — quick catch-up');
		expect(interaction.kind).toBe('call');
		expect(interaction.summary).toBe('quick catch-up');
	});

	it('reads a date written as a link to the daily note', () => {
		const interaction = read('[[2026-10-02]] coffee: reorg');
		expect(interaction.date).toBe(day('2026-10-02'));
		expect(interaction.kind).toBe('coffee');
	});

	it.each([
		['#gave', { gave: true, asked: false, awaiting: false, nudge: false }],
		['#asked', { gave: false, asked: true, awaiting: false, nudge: false }],
		['#awaiting', { gave: false, asked: false, awaiting: true, nudge: false }],
		['#nudge', { gave: false, asked: false, awaiting: false, nudge: true }],
		['#asked #awaiting', { gave: false, asked: true, awaiting: true, nudge: false }],
		['#gave #asked #awaiting #nudge', { gave: true, asked: true, awaiting: true, nudge: true }],
	])('reads the marks %s and strips them from the summary', (marks, flags) => {
		const interaction = read(`2026-10-02 email: Sent the article ${marks}`);
		expect(interaction).toMatchObject(flags);
		expect(interaction.summary).toBe('Sent the article');
	});

	it.each([
		['2026-11-20 coffee #asked', 'coffee', { asked: true }],
		['2026-11-20 call #asked #awaiting', 'call', { asked: true, awaiting: true }],
		['2026-11-20 email #gave', 'email', { gave: true }],
	])('reads the kind of a line with marks but no summary: %s', (text, kind, flags) => {
		const parsed = parseInteractionLine(text, 0);
		expect(parsed.problem).toBeUndefined();
		expect(parsed.value).toMatchObject({ kind, summary: '', ...flags });
	});

	it('strips a mark in the middle of the summary and reads it in any case', () => {
		const interaction = read('2026-10-02 email: Sent #Gave the article');
		expect(interaction.gave).toBe(true);
		expect(interaction.summary).toBe('Sent the article');
	});

	it('keeps other hashtags and words that only start like a mark', () => {
		const interaction = read('2026-10-02 email: Sent #devtools notes #askedabout');
		expect(interaction.asked).toBe(false);
		expect(interaction.summary).toBe('Sent #devtools notes #askedabout');
	});

	it('reads an unknown kind followed by a colon as other and names the line', () => {
		const parsed = parseInteractionLine('2026-10-02 lunch: tacos with the team', 11);
		expect(parsed.value?.kind).toBe('other');
		expect(parsed.value?.date).toBe(day('2026-10-02'));
		// The user's words are kept.
		expect(parsed.value?.summary).toContain('tacos with the team');
		expect(parsed.problem).toContain('line 12');
		expect(parsed.problem).toContain("'lunch'");
	});

	it('reads free text after the date as an interaction of kind other without a problem', () => {
		const parsed = parseInteractionLine('2026-10-02 Bumped into Sam at the gym', 3);
		expect(parsed.problem).toBeUndefined();
		expect(parsed.value?.kind).toBe('other');
		expect(parsed.value?.summary).toBe('Bumped into Sam at the gym');
	});

	it('gives a problem naming the line when the date is missing', () => {
		const parsed = parseInteractionLine('coffee: no date here', 11);
		expect(parsed.value).toBeUndefined();
		expect(parsed.problem).toContain('line 12');
		expect(parsed.problem).toContain('coffee: no date here');
	});

	it.each([
		['2026-13-45 coffee: reorg', '2026-13-45'],
		['2026-02-30 call', '2026-02-30'],
	])('gives a problem naming the line when the date is not a calendar date: %s', (text, date) => {
		const parsed = parseInteractionLine(text, 11);
		expect(parsed.value).toBeUndefined();
		expect(parsed.problem).toContain('line 12');
		expect(parsed.problem).toContain(date);
	});

	it('gives a problem for a day-first date instead of guessing', () => {
		const parsed = parseInteractionLine('02.10.2026 coffee', 0);
		expect(parsed.value).toBeUndefined();
		expect(parsed.problem).toContain('line 1');
	});

	// The patterns the line was read with before it was read character by character: what
	// each line gives must not have moved.
	const LINE = /^\[{0,2}(\d{4}-\d{2}-\d{2})\]{0,2}\s*(?:[—–-]\s*)?([^]*)$/;
	const KIND = /^([A-Za-z]+)(?![\w-])\s*(:|[—–-]\s)?\s*([^]*)$/;
	const MARK = /(?:^|\s)#(gave|asked|awaiting|nudge)\b/gi;
	function byPatterns(text: string, line: number): { value?: Interaction; problem?: string } {
		const match = LINE.exec(text.trim());
		if (!match) return { problem: `line ${line + 1}: an interaction starts with its date (YYYY-MM-DD), got '${text.trim()}'` };
		const date = parseIsoDay(match[1] ?? '');
		if (date === undefined) return { problem: `line ${line + 1}: '${match[1] ?? ''}' is not a calendar date` };
		let rest = (match[2] ?? '').trim();
		let kind: Interaction['kind'] = 'other';
		const kindMatch = KIND.exec(rest);
		let problem: string | undefined;
		if (kindMatch) {
			const word = (kindMatch[1] ?? '').toLowerCase();
			if ((INTERACTION_KINDS as readonly string[]).includes(word)) {
				kind = word as Interaction['kind'];
				rest = kindMatch[3] ?? '';
			} else if (kindMatch[2] === ':') {
				problem = `line ${line + 1}: unknown kind '${kindMatch[1] ?? ''}', read as other (kinds: ${INTERACTION_KINDS.join(', ')})`;
			}
		}
		const marks = new Set<string>();
		if (rest.includes('#')) for (const m of rest.matchAll(MARK)) marks.add((m[1] ?? '').toLowerCase());
		const summary = marks.size === 0 ? rest.trim() : rest.replace(MARK, '').trim();
		const value = {
			date,
			kind,
			summary,
			gave: marks.has('gave'),
			asked: marks.has('asked'),
			awaiting: marks.has('awaiting'),
			nudge: marks.has('nudge'),
			line,
		};
		return problem ? { value, problem } : { value };
	}

	it('reads every line as the patterns it was written with did', () => {
		const rng = random(0x1a7e);
		const pieces = [
			'2026-10-02',
			'2026-02-30',
			'2026-1-02',
			'[[',
			'[',
			']]',
			']',
			' ',
			'  ',
			'\t',
			'\u00a0',
			'\u2028',
			'\u3000',
			'-',
			'–',
			'—',
			'coffee',
			'Coffee',
			'CALL',
			'email',
			'coffees',
			'Q4',
			'v2',
			'gym',
			'x_y',
			':',
			': ',
			'#asked',
			'#awaiting',
			'#Nudge',
			'#gave',
			'#gaveaway',
			'#',
			'reorg',
			'é',
			'9',
			'_',
		];
		for (let i = 0; i < 4000; i++) {
			let text = rng() < 0.8 ? pick(rng, ['2026-10-02', '[[2026-10-02]]', ' 2026-11-20', '2026-02-30']) : '';
			const count = Math.floor(rng() * 8);
			for (let p = 0; p < count; p++) text += pick(rng, pieces);
			expect(parseInteractionLine(text, i), JSON.stringify(text)).toEqual(byPatterns(text, i));
		}
	});
});
