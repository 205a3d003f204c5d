// Alias bombs ("billion laughs") in properties are a problem for their note, measured
// without expanding them; values shared or cyclic through aliases are walked boundedly,
// and a value shown in a message is short. These tests count work, never time it.
import { describe, expect, it, vi } from 'vitest';
import { parseYaml } from '../../src/cli/frontmatter';
import { formatDate } from '../../src/cli/dates';
import { parseContact } from '../../src/domain/contact';
import { applyWrite } from '../../src/domain/contactWrites';
import { readProperties } from '../../src/domain/noteProperties';
import { splitNote } from '../../src/domain/noteText';
import { isContact } from '../../src/domain/recognition';
import { defaultSettings } from '../../src/domain/settings';
import { renderTemplate } from '../../src/domain/templates';
import { leafValues, MAX_ALIASES, showValue, yamlExpansionProblem } from '../../src/domain/yamlGuard';
import { day } from '../builders';
import { bomb } from '../yamlBomb';

/** A value shared the way a parser shares an alias: `levels` lists of nine of the one below. */
function sharedBomb(levels = 9): unknown {
	let value: unknown = 'lol';
	for (let i = 0; i < levels; i++) value = Array<unknown>(9).fill(value);
	return value;
}

describe('the YAML guard', () => {
	it('finds a billion laughs in one pass, and says so in one short sentence', () => {
		const problem = yamlExpansionProblem(bomb());
		expect(problem).toMatch(/aliases \(\*\w\) expand past 1,000,000 characters, so they are not read/);
		expect(problem?.length).toBeLessThan(120);
		// In block style too, and with the collections spread over lines.
		const nine = (line: string): string[] => Array.from({ length: 9 }, () => line);
		const block = [
			'a: &a',
			...nine('  - lol'),
			...'bcdefgh'.split('').flatMap((n, i) => [`${n}: &${n}`, ...nine(`  - *${'abcdefgh'[i] ?? ''}`)]),
		].join('\n');
		expect(yamlExpansionProblem(block)).toMatch(/expand past/);
		const flow = `a: &a [\n  lol, lol, lol, lol, lol, lol, lol, lol, lol\n]\n${'bcdefgh'
			.split('')
			.map((n, i) => `${n}: &${n} {${Array.from({ length: 9 }, (_, k) => `k${k}: *${'abcdefgh'[i] ?? ''}`).join(', ')}}`)
			.join('\n')}`;
		expect(yamlExpansionProblem(flow)).toMatch(/expand past/);
	});

	it('counts aliases: more than the limit is a problem even when each is small', () => {
		const many = `a: &a x\nlist: [${Array(MAX_ALIASES + 1)
			.fill('*a')
			.join(', ')}]`;
		expect(yamlExpansionProblem(many)).toMatch(/more than 1000 aliases/);
		expect(yamlExpansionProblem(`a: &a x\nlist: [${Array(MAX_ALIASES).fill('*a').join(', ')}]`)).toBeUndefined();
	});

	it('lets ordinary properties through: anchors, merges, stars and ampersands in text', () => {
		const ordinary = [
			'base: &base {tie: strong, cadence: 30d}',
			'work:',
			'  <<: *base',
			'  company: "AT&T *star*"',
			"quote: 'it''s *not* an alias'",
			'math: 2 * 3 & 4',
			'# *comment',
			'tags: [a, b*c, &anchor d, *anchor]',
		].join('\n');
		expect(yamlExpansionProblem(ordinary)).toBeUndefined();
		expect(yamlExpansionProblem('a: &a\n  - [x, y]\n  - z\nb: [*a, *a, *a]\nc: *a')).toBeUndefined();
		expect(parseYaml(ordinary)).toMatchObject({ work: { company: 'AT&T *star*' }, math: '2 * 3 & 4' });
	});

	it('is checked before the parser runs: the CLI reader and the writer never parse a bomb', () => {
		expect(() => parseYaml(bomb())).toThrow(/expand past/);
		const parse = vi.fn(parseYaml);
		const props = readProperties(splitNote(`---\n${bomb()}\n---\n# Bomb\n`), parse);
		expect(props).toBeInstanceOf(Error);
		expect((props as Error).message.length).toBeLessThan(120);
		expect(parse).not.toHaveBeenCalled();
	});

	it('makes the writer refuse the note with a short reason, and nothing written', () => {
		const parse = vi.fn(parseYaml);
		const text = `---\n${bomb()}\n---\n## Interactions\n`;
		const result = applyWrite(text, { op: 'dormant' }, defaultSettings(), day('2026-11-21'), parse);
		expect(result.ok).toBe(false);
		const reason = result.ok ? '' : result.reason;
		expect(reason).toMatch(/expand past 1,000,000 characters.*nothing was written/);
		expect(reason.length).toBeLessThan(200);
		expect(parse).not.toHaveBeenCalled();
	});
});

describe('a property value shared or cyclic through aliases', () => {
	it('is shown in at most 80 characters, writing no more than it shows', () => {
		const shown = showValue(sharedBomb());
		expect(shown.length).toBeLessThanOrEqual(81);
		expect(shown.startsWith('[[[[[[[[["lol","lol"')).toBe(true);
		const cyclic: unknown[] = ['x'];
		cyclic.push(cyclic);
		expect(showValue(cyclic)).toBe('["x",[…]]');
		expect(showValue({ title: 'CTO' })).toBe('{"title":"CTO"}');
		expect(showValue('x'.repeat(10_000))).toHaveLength(81);
	});

	it('is walked once per list, within a budget of values', () => {
		const leaves = leafValues(sharedBomb());
		// Nine levels of lists, each opened once: the shared string is reached nine times in all.
		expect(leaves).toEqual(Array(9).fill('lol'));
		const cyclic: unknown[] = ['x'];
		cyclic.push(cyclic, { y: cyclic });
		expect(leafValues(cyclic)).toEqual(['x']);
		expect(leafValues(Array.from({ length: 50_000 }, (_, i) => i))).toHaveLength(9_999);
	});

	it('gives a contact a short problem, recognition and templates a quick answer', () => {
		const settings = defaultSettings();
		const frontmatter = {
			type: 'contact',
			tie: sharedBomb(),
			aliases: [sharedBomb()],
			company: sharedBomb(),
			tags: sharedBomb(),
			categories: sharedBomb(),
		};
		const contact = parseContact({ path: 'People/Bomb.md', frontmatter, tags: [], items: [] }, settings);
		expect(contact.problems.length).toBeGreaterThan(0);
		for (const problem of contact.problems) expect(problem.length).toBeLessThan(160);
		expect(isContact({ path: 'People/Bomb.md', frontmatter, tags: [], headings: [] }, settings)).toBe(true);
		const rendered = renderTemplate('{{company}}', {
			date: day('2026-11-21'),
			time: '09:00',
			formatDate,
			title: 'T',
			people: [contact],
			today: day('2026-11-21'),
			fields: [{ company: sharedBomb() }],
		});
		expect(rendered.length).toBeLessThan(200);
	});
});
