// 100 KB notes shaped to make a backtracking pattern go quadratic or worse: a heading with
// a long run of spaces before its last word, thousands of unclosed `[[`, long runs of
// spaces before a missing terminator. The analyzer test (linearPatterns.test.ts) proves
// each pattern linear; these check the readers still give the right answer on such text
// (before the fix, the first of them ran for hours).
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/cli/frontmatter';
import { formatDate } from '../../src/cli/dates';
import { scanNote } from '../../src/cli/scanNote';
import { parseInteractionLine } from '../../src/domain/interactions';
import { linkTarget } from '../../src/domain/links';
import { blankCodeSpans, headingMatch, headingOf } from '../../src/domain/markdownLine';
import { peopleMet } from '../../src/domain/peopleMet';
import { reachOutTasks } from '../../src/domain/reachOut';
import { trimSlashes } from '../../src/domain/settings';
import { parseFollowUp, parseRememberItem } from '../../src/domain/tasks';
import { addToListProperty, readProperties, setProperty } from '../../src/domain/noteProperties';
import { findSection, sectionItems } from '../../src/domain/noteSections';
import { joinNote, splitNote } from '../../src/domain/noteText';
import { renderTemplate } from '../../src/domain/templates';
import { day } from '../builders';

const K100 = 100_000;
const spaces = (n = K100): string => ' '.repeat(n);

describe('a line of Markdown', () => {
	it('is a heading with its closing #s dropped, as the old pattern read it', () => {
		expect(headingOf('## Interactions ##  ')).toEqual({ level: 2, text: 'Interactions' });
		expect(headingOf('# C#')).toEqual({ level: 1, text: 'C' });
		expect(headingOf('### a # b')).toEqual({ level: 3, text: 'a # b' });
		expect(headingOf('# #tag')).toEqual({ level: 1, text: '#tag' });
		expect(headingOf('# ##')).toEqual({ level: 1, text: '' });
		expect(headingOf('#')).toBeUndefined();
		expect(headingOf('####### seven')).toBeUndefined();
		expect(headingOf('# a\u2028b')).toBeUndefined();
		expect(headingMatch('   ## Notes')).toEqual(['   ## Notes', '##', 'Notes']);
	});

	it('is read in one pass when a heading has 100 KB of spaces or tabs inside it', () => {
		expect(headingOf(`# a${spaces()}x`)?.text).toBe(`a${spaces()}x`);
		expect(headingOf(`## Interactions${'\t'.repeat(K100)}#${spaces()}`)?.text).toBe('Interactions');
		expect(headingOf(`# a${spaces()}\u2028`)).toBeUndefined();
	});

	it('has its code spans blanked, CommonMark style, even with 100 KB of backticks', () => {
		expect(blankCodeSpans('a `[[b]]` c')).toBe('a         c');
		expect(blankCodeSpans('a ``x ` y`` `z')).toBe('a           `z');
		expect(blankCodeSpans('``a`')).toBe('``a`');
		expect(blankCodeSpans('`'.repeat(K100)) === '`'.repeat(K100)).toBe(true);
		// `a`a`a…: every other backtick closes a span.
		expect(blankCodeSpans('`a'.repeat(K100 / 2)) === `${'   a'.repeat(K100 / 4)}`).toBe(true);
		const runs = Array.from({ length: 400 }, (_, i) => `${'`'.repeat(i + 1)}x`).join('');
		expect(blankCodeSpans(runs)).toBe(runs);
	});
});

describe('a 100 KB note', () => {
	const scan = (text: string): ReturnType<typeof scanNote> => scanNote('Daily/2026-11-21.md', text, parseYaml);

	it('with a heading full of spaces is still read to its end', () => {
		const note = scan(`# Day${spaces()}x\n## Log ##${'\t'.repeat(K100)}\n- [[Sam Rivera]]\n`);
		expect(note.headings.map((h) => [h.level, h.text.length])).toEqual([
			[1, K100 + 4],
			[2, 3],
		]);
		expect(note.links.map((l) => l.target)).toEqual(['Sam Rivera']);
	});

	it('with thousands of unclosed [[ and [ links the one link that closes', () => {
		const note = scan(
			`${'[['.repeat(K100 / 2)} [[Sam Rivera]]\n${'['.repeat(K100)}[Jo](People/Jo%20Park.md)\n${'[x]('.repeat(K100 / 4)}\n`,
		);
		expect(note.links.map((l) => l.target)).toEqual(['Sam Rivera', 'People/Jo Park.md']);
	});

	it('with 100 KB of backticks, list markers and spaces before a stray line break reads the right items', () => {
		const note = scan(`x ${'`'.repeat(K100)} [[Ana]]\n- [ ]${spaces()}\u2028\n- [x]${spaces()}done [[Ben]]\n`);
		expect(note.links.map((l) => [l.target, l.context])).toEqual([
			['Ana', 'text'],
			['Ben', 'doneTask'],
		]);
		// A stray U+2028 ends no line and is no list text, as before: that line is no item.
		expect(note.listItems.map((i) => [i.text, i.task])).toEqual([['done [[Ben]]', 'x']]);
	});

	it('with an Interactions section after a long heading gives its items', () => {
		const note = splitNote(`# Sam${spaces()}.\n## Interactions${spaces()}##\n- 2026-10-02${spaces()}coffee: reorg\n`);
		const section = findSection(note, 'interactions');
		expect(section?.heading).toBe(1);
		const items = section ? sectionItems(note, section) : [];
		expect(items.map((i) => parseInteractionLine(i.text, i.line).value?.kind)).toEqual(['coffee']);
	});
});

describe('a 100 KB line', () => {
	it('of an interaction with spaces before a stray line break still reads', () => {
		const parsed = parseInteractionLine(`2026-10-02 -${spaces()}coffee${'\t'.repeat(K100)}:${spaces()}reorg\u2028`, 3);
		expect(parsed.value?.kind).toBe('coffee');
		expect(parsed.value?.summary).toBe('reorg');
	});

	it('of a follow-up with thousands of unclosed (due:: keeps its words and its date', () => {
		const words = '(due::'.repeat(K100 / 6);
		const followUp = parseFollowUp(`Send it${spaces()}📅 2026-11-28 ${words}`, ' ', 0);
		expect(followUp.due).toBe(day('2026-11-28'));
		expect(followUp.text === `Send it ${words}`).toBe(true);
		expect(parseFollowUp(`Send  it 📅 2026-11-28 ⏫ [due:: 2026-11-29]  now${spaces()}x`, ' ', 0).text).toBe(`Send  it  now${spaces()}x`);
		expect(parseRememberItem(`${spaces()}marathon 2026-09-28`, undefined, 0).date).toBe(day('2026-09-28'));
	});

	it('of backslashes or slashes is trimmed in one pass', () => {
		expect(linkTarget(`[[Sam Rivera${'\\'.repeat(K100)}]]`)).toBe('Sam Rivera');
		expect(trimSlashes(`${'/'.repeat(K100)}People${'/'.repeat(K100)}`)).toBe('People');
		expect(trimSlashes(`${'/'.repeat(K100)}a/b${'/'.repeat(K100)}x`)).toBe(`a/b${'/'.repeat(K100)}x`);
	});

	it('of a reach-out task or a people-met item reads the person', () => {
		const tasks = reachOutTasks(
			`## Reach out${spaces()}\n- [ ]${spaces()}[[Sam Rivera]]:${spaces()}Send ` +
				`the deck (due 2026-11-14) · overdue 7d${' · due in x'.repeat(K100 / 11)}\n`,
		);
		expect(tasks.map((t) => [t.person, t.followUp?.words, t.followUp?.due])).toEqual([['Sam Rivera', 'Send the deck', day('2026-11-14')]]);
		expect(peopleMet(`## People met\n- Ana Ruiz${'\t'.repeat(K100)}— DevRel\n- Ben${spaces()}x\n`)).toEqual([
			'Ana Ruiz',
			`Ben${spaces()}x`,
		]);
	});

	it('of a frontmatter key with no colon, or a flow list with a long comment, is edited right', () => {
		const note = splitNote(`---\na${spaces()}b\ntags: [a, b]${spaces()}# ${'] #'.repeat(K100 / 3)}\n---\n`);
		setProperty(note, 'status', 'active');
		addToListProperty(note, 'tags', 'c');
		const text = joinNote(note);
		expect(text).toContain('tags: [a, b, c]');
		expect(text).toContain('status: active\n---');
		const props = readProperties(splitNote('---\nstatus: active\n---\n'), parseYaml);
		expect(props).toEqual({ status: 'active' });
	});

	it('of a template with thousands of {{x: and spaces is left as written', () => {
		const text = `${'{{A:'.repeat(K100 / 4)}${'\t'.repeat(K100)} {{date}} ${'{{'.repeat(K100 / 2)}`;
		const rendered = renderTemplate(text, {
			date: day('2026-11-21'),
			time: '09:30',
			formatDate,
			title: 'T',
			people: [],
			today: day('2026-11-21'),
		});
		expect(rendered).toBe(text.replace('{{date}}', '2026-11-21'));
	});
});
