// Over generated notes (frontmatter in many styles, comments, CRLF or mixed endings, a
// BOM, sections present or not, code blocks that look like sections), every write's diff
// is exactly the lines it means to change, and the properties it does not own read the same.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyWrite, followUpLine, interactionLine, type ContactWrite } from '../../src/domain/contactWrites';
import { dayFromValue, formatDay } from '../../src/domain/day';
import { INTERACTION_KINDS } from '../../src/domain/interactions';
import { defaultSettings } from '../../src/domain/settings';
import { parseFollowUp } from '../../src/domain/tasks';
import { parseYaml } from '../../src/cli/frontmatter';
import { day } from '../builders';
import { linesOf } from '../textLines';

const TODAY = day('2026-11-21');
const settings = defaultSettings();

// At most one of each group, so keys never repeat.
const PROPERTY_GROUPS: string[][][] = [
	[['type: contact']],
	[['aliases: [Sam, "S. R."]'], ['aliases:', '  - Sam', '  - "S: R"']],
	[['company: Acme   # employer'], ["company: 'Acme: Labs'"]],
	[['tags:', '  - work', '  - devtools'], ['tags: [a, b]'], ['tags: solo'], ['tags: []'], ['tags:', '- flush']],
	[['# a comment line']],
	[
		['notes: |', '  line one', '', '  line two'],
		['notes: >-', '  folded'],
	],
	[['last_contact: 2026-10-02'], ["last_contact: '2026-12-30'"], ['last_contact: last week'], ['last_contact:']],
	[
		['next_follow_up: 2026-11-01'],
		['next_follow_up: 2026-12-24 # after the holidays'],
		['next_follow_up:', '  # nothing yet'],
		['next_follow_up: 2026-11-02', '  # after the offsite'],
	],
	[['status: active'], ['"status": active']],
	[['"quoted key": value']],
	[['cadence: 30d']],
	[['nested:', '  a: 1', '  b: [x, y]']],
];

const BODY_BLOCKS: string[][] = [
	['Intro paragraph.'],
	[''],
	['## Remember', '- Marathon 📅 2026-09-28'],
	[
		'## Interactions',
		'- 2026-11-21 call: same day',
		'- 2026-10-02 coffee: reorg #asked',
		'  - a nested detail',
		'- 2026-09-15 email: article #gave',
	],
	['### Interactions'],
	['## Follow-ups', '- [ ] Send the talk 📅 2026-10-09', '  - nested note', '- [x] Done thing ✅ 2026-10-01'],
	['## Follow-ups', '- [ ] Send the talk 📅 2026-10-16', '* [ ] Intro to Priya [due:: 2026-12-01]', '- [x] Send the talk'],
	['- [ ] A task outside the sections 📅 2026-11-30'],
	['```', '## Interactions', '- 2026-01-01 fake', '```'],
	['## Notes', 'Text with [[Links]] and #tags.'],
	['> quoted ## Follow-ups'],
];

const note = fc
	.record({
		bom: fc.boolean(),
		eol: fc.constantFrom('\n', '\r\n', 'mixed'),
		frontmatter: fc.option(fc.tuple(...PROPERTY_GROUPS.map((group) => fc.option(fc.constantFrom(...group), { nil: undefined }))), {
			nil: undefined,
		}),
		body: fc.array(fc.constantFrom(...BODY_BLOCKS), { maxLength: 6 }),
		finalNewline: fc.boolean(),
		mixedSeed: fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }),
	})
	.map(({ bom, eol, frontmatter, body, finalNewline, mixedSeed }) => {
		const lines: string[] = [];
		if (frontmatter) lines.push('---', ...frontmatter.flatMap((p) => p ?? []), '---');
		lines.push(...body.flat());
		const ending = (i: number): string => (eol === 'mixed' ? (mixedSeed[i % mixedSeed.length] ? '\r\n' : '\n') : eol);
		let text = lines.map((l, i) => l + (i < lines.length - 1 || finalNewline ? ending(i) : '')).join('');
		if (bom) text = `\uFEFF${text}`;
		return text;
	});

const someDay = fc.integer({ min: 0, max: 90 }).map((n) => TODAY - n);
const words = fc.constantFrom('', 'Roadmap chat', 'talked: about #hiring', 'line one\nline two', '  spaced  ', 'ünïcödé — ok');

const write: fc.Arbitrary<ContactWrite> = fc.oneof(
	fc.record({
		op: fc.constant('log' as const),
		entry: fc.record({
			date: someDay,
			kind: fc.constantFrom(...INTERACTION_KINDS),
			summary: words,
			gave: fc.boolean(),
			asked: fc.boolean(),
			awaiting: fc.boolean(),
			nudge: fc.boolean(),
			followUp: fc.option(fc.record({ text: fc.constantFrom('Send the deck', 'Intro to Priya'), due: someDay.map((d) => d + 30) }), {
				nil: undefined,
			}),
		}),
	}),
	fc.record({ op: fc.constant('snooze' as const), until: someDay.map((d) => d + 60) }),
	fc.constant({ op: 'dormant' as const }),
	fc.record({ op: fc.constant('tie' as const), tie: fc.constantFrom('strong' as const, 'medium' as const, 'weak' as const) }),
	fc.record({ op: fc.constant('tag' as const), tag: fc.constantFrom('client', 'devtools', 'work') }),
);

/**
 * A tick of one of the note's open tasks, picked once the note is known; `stale` lines it
 * up as a queue shown before a line was added above it would.
 */
const tick = fc.record({ pick: fc.nat(), stale: fc.boolean() });

const OPEN_TASK = /^[ \t]*[-*+][ \t]+\[ \][ \t]+(.*)$/;

/** The open tasks of a note, outside its properties and code: their line and what a queue would send. */
function openTasks(text: string): { line: number; text: string; due?: number; raw: string }[] {
	const lines = linesOf(text).map((l) => l.text);
	const start = lines[0] === '---' ? lines.indexOf('---', 1) + 1 : 0;
	const tasks: { line: number; text: string; due?: number; raw: string }[] = [];
	let fence = false;
	lines.forEach((raw, line) => {
		if (line < start) return;
		if (/^[ \t]*```/.test(raw)) fence = !fence;
		const open = OPEN_TASK.exec(raw);
		if (fence || !open) return;
		const followUp = parseFollowUp(open[1] ?? '', ' ', line);
		tasks.push({ line, text: followUp.text, due: followUp.due, raw });
	});
	return tasks;
}

/** How many headings, outside code, name this section ("## Interactions", "### Interactions"). */
function headings(text: string, name: string): number {
	let fence = false;
	let count = 0;
	for (const { text: line } of linesOf(text)) {
		if (/^[ \t]*```/.test(line)) fence = !fence;
		else if (!fence && new RegExp(`^\\s{0,3}#{1,6}[ \\t]+${name}[ \\t]*$`, 'i').test(line)) count++;
	}
	return count;
}

/** A longest-common-subsequence diff: the old lines dropped and the new lines added. */
function diff(a: string[], b: string[]): { removed: string[]; added: string[] } {
	const n = a.length;
	const m = b.length;
	const table = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
	for (let i = n - 1; i >= 0; i--) {
		for (let j = m - 1; j >= 0; j--) {
			table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
		}
	}
	const removed: string[] = [];
	const added: string[] = [];
	let i = 0;
	let j = 0;
	while (i < n && j < m) {
		if (a[i] === b[j]) {
			i++;
			j++;
		} else if (table[i + 1]![j]! >= table[i]![j + 1]!) removed.push(a[i++]!);
		else added.push(b[j++]!);
	}
	while (i < n) removed.push(a[i++]!);
	while (j < m) added.push(b[j++]!);
	return { removed, added };
}

function properties(text: string): Record<string, unknown> {
	const lines = linesOf(text).map((l) => l.text);
	if (lines[0] !== '---') return {};
	const close = lines.indexOf('---', 1);
	return (parseYaml(lines.slice(1, close).join('\n')) ?? {}) as Record<string, unknown>;
}

/** The property keys a write may change, and the lines it may add. */
function intended(w: ContactWrite, before: Record<string, unknown>): { keys: string[]; lines: (line: string) => boolean } {
	if (w.op === 'complete' || w.op === 'reschedule' || w.op === 'fill' || w.op === 'job') throw new Error('not generated');
	const date = (d: number): string => formatDay(d);
	const structural = (line: string): boolean => line === '' || line === '---';
	switch (w.op) {
		case 'log': {
			// A value replaced keeps the quotes it was written in.
			const day = date(w.entry.date);
			const added = new Set([
				interactionLine(w.entry),
				'## Interactions',
				'## Follow-ups',
				...[day, `'${day}'`, `"${day}"`].map((d) => `last_contact: ${d}`),
			]);
			if (w.entry.followUp) added.add(followUpLine(w.entry.followUp.text, w.entry.followUp.due, w.entry.followUp.start));
			return { keys: ['last_contact', 'next_follow_up'], lines: (l) => added.has(l) || structural(l) };
		}
		case 'snooze':
			return { keys: ['next_follow_up'], lines: (l) => /^"?next_follow_up"?: /.test(l) || structural(l) };
		case 'dormant':
			return { keys: ['status'], lines: (l) => /^"?status"?: (dormant|'dormant'|"dormant")$/.test(l) || structural(l) };
		case 'tie':
			return { keys: ['tie'], lines: (l) => new RegExp(`^"?tie"?: (${w.tie}|'${w.tie}'|"${w.tie}")$`).test(l) || structural(l) };
		case 'tag':
			// A new list, an item added to one, or a one-value property become a list.
			return {
				keys: ['tags'],
				lines: (l) => (l.includes(w.tag) && /^("?tags"?:|\s*- )/.test(l)) || (l === 'tags:' && !('tags' in before)) || structural(l),
			};
	}
}

describe('every write changes only its own lines', () => {
	it('ticks the open follow-up it was sent, wherever a write since moved it, and nothing else', () => {
		fc.assert(
			fc.property(note, tick, (text, { pick, stale }) => {
				const tasks = openTasks(text);
				const task = tasks[pick % Math.max(tasks.length, 1)];
				if (!task) {
					expect(applyWrite(text, { op: 'complete', line: 0, text: 'Send the talk' }, settings, TODAY, parseYaml).ok).toBe(false);
					return;
				}
				const hint = stale ? task.line - 1 : task.line;
				const alike = tasks.filter((t) => t.text === task.text && t.due === task.due);
				const result = applyWrite(text, { op: 'complete', line: hint, text: task.text, due: task.due }, settings, TODAY, parseYaml);
				// Where the queue saw it, or the one open task with its words: else it is no guess.
				const meant = alike.find((t) => t.line === hint) ?? (alike.length === 1 ? alike[0] : undefined);
				expect(result.ok).toBe(meant !== undefined);
				if (!result.ok || !meant) return;
				const old = linesOf(text);
				const now = linesOf(result.text);
				expect(now.length).toBe(old.length);
				const changed = now.flatMap((l, i) => (l.text === old[i]?.text && l.eol === old[i]?.eol ? [] : [i]));
				expect(changed).toEqual([meant.line]);
				// Dated with Dataview's field beside a Dataview due date, else with Tasks' ✅.
				const done = meant.raw.includes('[due::') ? `[completion:: ${formatDay(TODAY)}]` : `✅ ${formatDay(TODAY)}`;
				expect(now[meant.line]?.text).toBe(`${meant.raw.replace('[ ]', '[x]').trimEnd()} ${done}`);
				expect(result.text.startsWith('\uFEFF')).toBe(text.startsWith('\uFEFF'));
			}),
			{ numRuns: 300, seed: 20261123 },
		);
	});

	it('over generated notes and writes', () => {
		fc.assert(
			fc.property(note, write, (text, w) => {
				const result = applyWrite(text, w, settings, TODAY, parseYaml);
				expect(result.ok, result.ok ? '' : result.reason).toBe(true);
				if (!result.ok) return;
				const after = result.text;
				expect(after.startsWith('\uFEFF')).toBe(text.startsWith('\uFEFF'));

				const old = linesOf(text);
				const now = linesOf(after);
				const before = properties(text);
				const { keys, lines } = intended(w, before);

				// Lines compare with their endings, except the old last line, which may gain one.
				// An old last line without an ending may gain one, when lines are added after it.
				const lastOld = old[old.length - 1];
				const regained = lastOld && lastOld.text !== '' ? now.map((l) => l.text).lastIndexOf(lastOld.text) : -1;
				const { removed, added } = diff(
					old.map((l) => l.text + l.eol),
					now.map((l, i) => (i === regained ? l.text : l.text + l.eol)),
				);
				const bare = (s: string): string => s.replace(/\r?\n$/, '');
				// The only old lines that go are the changed properties' own lines.
				for (const line of removed) {
					const own =
						keys.some((k) => new RegExp(`^"?${k}"?:`).test(bare(line))) ||
						// A cleared property takes the comments indented under it along.
						(/^\s+#/.test(line) && keys.some((k) => k in before && !(k in properties(after))));
					// An empty note's one empty line gives way to what is written.
					if (line === '' && text.replace(/^\uFEFF/, '') === '') continue;
					expect(own, `removed ${JSON.stringify(line)}`).toBe(true);
				}
				for (const line of added) expect(lines(bare(line)), `added ${JSON.stringify(line)}`).toBe(true);
				// A comment on a rewritten property's line stays on it.
				for (const line of removed) {
					const comment = / #[^#]*$/.exec(bare(line))?.[0];
					const cleared = keys.some((k) => k in before && !(k in properties(after)));
					if (comment && !/^\s*#/.test(line) && !cleared)
						expect(
							added.some((a) => bare(a).endsWith(comment)),
							`comment of ${JSON.stringify(line)}`,
						).toBe(true);
				}
				// New lines end like the rest of the note: no LF in a CRLF note, no CRLF in an LF one.
				const ending = (t: string): { lf: boolean; crlf: boolean } => ({ lf: /(^|[^\r])\n/.test(t), crlf: t.includes('\r\n') });
				if (!ending(text).crlf) expect(ending(after).crlf).toBe(false);
				if (!ending(text).lf && ending(text).crlf) expect(ending(after).lf).toBe(false);
				// A text that ended with a newline still does, and one that did not still does not.
				if (text.replace(/^\uFEFF/, '') !== '') expect(/\n$/.test(after)).toBe(/\n$/.test(text));

				// Properties the write does not own read the same.
				const props = properties(after);
				for (const k of new Set([...Object.keys(before), ...Object.keys(props)])) {
					if (keys.includes(k)) continue;
					expect(props[k], `property ${k}`).toEqual(before[k]);
				}
				if (w.op === 'log') expect(linesOf(after).some((l) => l.text === interactionLine(w.entry))).toBe(true);

				// A section is made only when the note has none: never a second heading.
				const madeFollowUp = w.op === 'log' && w.entry.followUp !== undefined;
				for (const [name, made] of [
					['interactions', w.op === 'log'],
					['follow-ups', madeFollowUp],
				] as const) {
					const had = headings(text, name);
					expect(headings(after, name), `${name} headings`).toBe(made ? Math.max(had, 1) : had);
				}
				// last_contact only ever moves forward, and a log moves it to its day when that is later;
				// one after today is no contact yet, and a log puts its own day there instead.
				const lastBefore = dayFromValue(before.last_contact);
				const lastAfter = dayFromValue(props.last_contact);
				if (lastBefore !== undefined)
					expect(lastAfter, 'last_contact').toBe(
						w.op !== 'log' ? lastBefore : lastBefore > TODAY ? w.entry.date : Math.max(lastBefore, w.entry.date),
					);
				else if (w.op === 'log' && (before.last_contact === undefined || before.last_contact === null || before.last_contact === ''))
					expect(lastAfter).toBe(w.entry.date);
			}),
			{ numRuns: 400, seed: 20261122 },
		);
	});
});
