// Over generated notes (headings of every level, underlined headings, code blocks closed
// and left open, `%%` comments inline, on many lines and left open, LF, CRLF, lone CR or
// mixed line ends, a BOM), a log lands where the reader finds it: the CLI's reader and the
// index's section rule see the new interaction and follow-up, every other item, heading
// and link as before, and every byte of the note is kept, the new lines added around it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/cli/frontmatter';
import { scanNote } from '../../src/cli/scanNote';
import { parseContact } from '../../src/domain/contact';
import { applyWrite, followUpLine, interactionLine, type LogEntry } from '../../src/domain/contactWrites';
import { formatDay } from '../../src/domain/day';
import { INTERACTION_KINDS, parseInteractionLine } from '../../src/domain/interactions';
import { defaultSettings } from '../../src/domain/settings';
import { parseFollowUp } from '../../src/domain/tasks';
import { sectionItems } from '../../src/index/noteRecord';
import { day } from '../builders';
import { linesOf, type Line } from '../textLines';

const TODAY = day('2026-11-21');
const settings = defaultSettings();

const SECTION_WORDS = ['Interactions', 'Follow-ups', 'Remember', 'Notes', '2025', 'Interaction log', 'follow ups'];

const heading = fc
	.tuple(fc.integer({ min: 1, max: 6 }), fc.constantFrom(...SECTION_WORDS))
	.map(([level, words]) => [`${'#'.repeat(level)} ${words}`]);
const underlined = fc.tuple(fc.constantFrom(...SECTION_WORDS), fc.constantFrom('===', '---')).map(([words, line]) => ['', words, line]);

const BLOCKS: string[][] = [
	// Items of every kind, where a section would read them.
	['- 2026-10-02 coffee: reorg #asked'],
	['- 2026-09-15 email: article #gave', '  - a nested detail'],
	['1. 2026-08-01 call: numbered'],
	['  - 2026-07-01 video: indented'],
	['- [ ] Send the talk 📅 2026-10-09'],
	['* [x] Done thing ✅ 2026-10-01'],
	['- Marathon 📅 2026-09-28'],
	['Intro paragraph with [[Links]] and #tags.'],
	[''],
	['> quoted ## Follow-ups and [[Quoted]]'],
	['***'],
	// Code: closed, closed by a longer fence, left open, indented under an item.
	['```', '## Interactions', '- 2026-01-01 call: fake [[In Code]]', '```'],
	['~~~~', '- [ ] fake task 📅 2026-01-01', '~~~~~'],
	['```js', '# Follow-ups', '- [ ] open code 📅 2026-01-02'],
	['- 2026-05-05 call: with code', '    ```', '    - [ ] code task', '    ```'],
	['Typed `%%` in the editor'],
	// Comments: on many lines, on one, inline, left open, opened on an item or a paragraph.
	['%%', '## Interactions', '- 2026-02-02 call: hidden [[In Comment]]', '%%'],
	['%% one line %%'],
	['Text %%inline [[Hidden]]%% more [[Shown]]'],
	['%%', '- [ ] hidden task 📅 2026-01-01'],
	['Words %%open', '### Follow-ups', 'closed%% after'],
	['- 2026-03-03 call: noted %%why', '- 2026-03-02 call: still hidden', '%%'],
	['- [ ] Ask about the move %%left open'],
];

const ENDINGS = ['\n', '\r\n', '\r'] as const;

const note = fc
	.record({
		bom: fc.boolean(),
		eol: fc.constantFrom('\n', '\r\n', '\r', 'mixed'),
		frontmatter: fc.option(
			fc.constantFrom([], ['type: contact'], ['tie: strong', 'company: Acme   # employer'], ['aliases: [Sam]', 'tags:', '  - work']),
			{ nil: undefined },
		),
		body: fc.array(
			fc.oneof(
				{ weight: 6, arbitrary: fc.constantFrom(...BLOCKS) },
				{ weight: 2, arbitrary: heading },
				{ weight: 1, arbitrary: underlined },
			),
			{ maxLength: 10 },
		),
		finalNewline: fc.boolean(),
		mixed: fc.array(fc.constantFrom(...ENDINGS), { minLength: 40, maxLength: 40 }),
	})
	.map(({ bom, eol, frontmatter, body, finalNewline, mixed }) => {
		const lines: string[] = [];
		if (frontmatter) lines.push('---', ...frontmatter, '---');
		lines.push(...body.flat());
		const ending = (i: number): string => (eol === 'mixed' ? (mixed[i % mixed.length] ?? '\n') : eol);
		const text = lines.map((l, i) => l + (i < lines.length - 1 || finalNewline ? ending(i) : '')).join('');
		return bom ? `\uFEFF${text}` : text;
	});

const someDay = fc.integer({ min: 0, max: 400 }).map((n) => TODAY - n);
const entry: fc.Arbitrary<LogEntry> = fc.record({
	date: someDay,
	kind: fc.constantFrom(...INTERACTION_KINDS),
	summary: fc.constantFrom('', 'Roadmap chat', 'talked: about #hiring', 'a %%private%% note', 'ünïcödé — ok'),
	gave: fc.boolean(),
	asked: fc.boolean(),
	awaiting: fc.boolean(),
	followUp: fc.option(
		fc.record(
			{
				text: fc.constantFrom('Send the deck', 'Intro to Priya'),
				due: someDay.map((d) => d + 30),
				start: fc.option(someDay, { nil: undefined }),
			},
			{ requiredKeys: ['text', 'due'] },
		),
		{ nil: undefined },
	),
});

/** The ending new lines get: the note's most common, LF when it has none. */
function commonEnding(lines: readonly Line[]): string {
	const counts = new Map<string, number>([
		['\n', 0],
		['\r\n', 0],
		['\r', 0],
	]);
	for (const l of lines) if (counts.has(l.eol)) counts.set(l.eol, (counts.get(l.eol) ?? 0) + 1);
	const [lf, crlf, cr] = [counts.get('\n') ?? 0, counts.get('\r\n') ?? 0, counts.get('\r') ?? 0];
	if (cr > lf && cr > crlf) return '\r';
	return crlf > lf ? '\r\n' : '\n';
}

/** What the index sees of a contact note: every item with its section, headings, links, and the parsed contact. */
function reader(text: string) {
	const snapshot = scanNote('People/Sam Rivera.md', text, parseYaml);
	const items = sectionItems(snapshot);
	return {
		items: items.map((i) => `${i.section}|${i.task ?? '-'}|${i.nested ? 'nested' : 'top'}|${i.text}`),
		headings: snapshot.headings.map((h) => `${h.level}|${h.text}`),
		links: snapshot.links.map((l) => `${l.context}|${l.target}`),
		contact: parseContact({ path: snapshot.path, frontmatter: snapshot.frontmatter, tags: snapshot.tags, items }, settings),
	};
}

/** `before` with `added` taken out equals `after`, as multisets. */
function withAdded(before: readonly string[], added: readonly string[]): string[] {
	return [...before, ...added].sort();
}

describe('a log lands where the reader finds it, and keeps every other byte', () => {
	it('over generated notes', () => {
		let refused = 0;
		const runs = Number(process.env.RUNS ?? 800);
		fc.assert(
			fc.property(note, entry, (text, logged) => {
				const result = applyWrite(text, { op: 'log', entry: logged }, settings, TODAY, parseYaml);
				if (!result.ok) {
					// Only a note that leaves a comment open from a list item, with no heading
					// above it, has no place a new section would not take that item from.
					expect(result.reason).toMatch(/left open to the end of the note/);
					expect(linesOf(text).some((l) => /^[ \t]*([-*+]|\d+[.)]) .*%%/.test(l.text))).toBe(true);
					refused++;
					return;
				}
				const after = result.text;
				expect(after.startsWith('\uFEFF')).toBe(text.startsWith('\uFEFF'));

				// The reader sees the new interaction and follow-up, in their sections, and
				// every other item, heading and link as it was.
				const was = reader(text);
				const now = reader(after);
				const line = interactionLine(logged);
				const task = logged.followUp ? followUpLine(logged.followUp.text, logged.followUp.due, logged.followUp.start) : undefined;
				const newItems = [`interactions|-|top|${line.slice(2)}`, ...(task ? [`followUps| |top|${task.slice(6)}`] : [])];
				expect(now.items.slice().sort()).toEqual(withAdded(was.items, newItems));
				expect(now.links.slice().sort()).toEqual([...was.links].sort());
				const newHeadings = now.headings.filter((h) => !was.headings.includes(h));
				for (const h of newHeadings) expect(h).toMatch(/^\d\|(Interactions|Follow-ups)$/);
				const interaction = parseInteractionLine(line.slice(2), 0).value;
				expect(
					now.contact.interactions.filter((i) => i.date === logged.date && i.kind === logged.kind && i.summary === interaction?.summary),
				).toHaveLength(
					was.contact.interactions.filter((i) => i.date === logged.date && i.kind === logged.kind && i.summary === interaction?.summary)
						.length + 1,
				);
				if (task && logged.followUp) {
					const followUp = parseFollowUp(task.slice(6), ' ', 0);
					const same = (f: { text: string; due?: number; start?: number }): boolean =>
						f.text === followUp.text && f.due === followUp.due && f.start === followUp.start;
					expect(now.contact.followUps.filter(same)).toHaveLength(was.contact.followUps.filter(same).length + 1);
				}
				expect(now.contact.lastContact).toBe(logged.date);

				// Every byte kept: the old lines, each with its ending, are the new ones with
				// the added lines taken out. One ending may change: an old last line without
				// one gains the note's when lines are added after it (insertLines' rule).
				const old = linesOf(text);
				const lines = linesOf(after);
				const eol = commonEnding(old);
				const allowed = new Set([line, task, '', '---', `last_contact: ${formatDay(logged.date)}`]);
				const isAdded = (l: Line, i: number): boolean => {
					const lastLine = i === lines.length - 1;
					const ending = l.eol === eol || l.eol === '\r\n' || (lastLine && l.eol === '');
					return ending && (allowed.has(l.text) || allowed.has(l.text.trimStart()) || /^#{1,6} (Interactions|Follow-ups)$/.test(l.text));
				};
				if (text.replace(/^\uFEFF/, '') === '') {
					lines.forEach((l, i) => expect(isAdded(l, i), JSON.stringify(l)).toBe(true));
					return;
				}
				let j = 0;
				const added: Line[] = [];
				for (const [i, o] of old.entries()) {
					const lastOld = i === old.length - 1;
					const same = (l: Line): boolean => l.text === o.text && (l.eol === o.eol || (lastOld && o.eol === '' && l.eol === eol));
					while (j < lines.length && !same(lines[j] as Line)) {
						expect(isAdded(lines[j] as Line, j), `line ${j} ${JSON.stringify(lines[j])} is neither the note's nor a new one`).toBe(true);
						added.push(lines[j] as Line);
						j++;
					}
					expect(j < lines.length, `old line ${i} ${JSON.stringify(o)} was lost`).toBe(true);
					j++;
				}
				for (; j < lines.length; j++) {
					expect(isAdded(lines[j] as Line, j), JSON.stringify(lines[j])).toBe(true);
					added.push(lines[j] as Line);
				}
				expect(added.filter((l) => l.text.trimStart() === line)).toHaveLength(1);
				if (task) expect(added.filter((l) => l.text === task)).toHaveLength(1);
				// No ending the note did not have: an old Mac note gets no LF, an LF note no CR.
				if (/\r(?!\n)/.test(text) && !text.includes('\n')) expect(after).not.toContain('\n');
				if (!text.includes('\r')) expect(after).not.toContain('\r');
			}),
			{ numRuns: runs, seed: Number(process.env.SEED ?? 20261201) },
		);
		// A refusal is the rare case, not a way to pass.
		expect(refused).toBeLessThan(runs / 10);
	}, 60_000);
});
