// The CLI reads a plain block of properties without YAML (src/cli/plainProperties.ts).
// Whenever it does, what it reads must be exactly what gray-matter reads from the same
// block: the same keys in the same order, the same values of the same types. Over blocks
// built from tricky pieces (words the core schema reads as numbers, null or booleans,
// quotes, escapes, comments, colons, brackets, tabs, repeated keys, nested lines) and from
// random characters, it either declines or agrees.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grayMatterYaml, parseYaml } from '../../src/cli/diskSource';
import { plainProperties } from '../../src/cli/plainProperties';

// Keys that can be read without YAML, and keys that must not be.
const KEYS = ['type', 'tags', 'company', 'role', 'email', 'tie', 'a', 'b', 'k_1', 'ke-y', 'K', 'Type', 'constructor', 'toString'];
const ODD_KEYS = ['null', 'Null', 'TRUE', 'false', 'y', '__proto__', 'k k', '-k', '#k', '"k"', 'É', ''];
const ODD_SEPARATORS = [':', ':  ', ' : ', ':\t', ': \t', '::', ': :'];
const VALUES = [
	'contact',
	'Data scientist',
	'aaron390@shopify.example',
	'null',
	'Null',
	'NULL',
	'nuLL',
	'~',
	'true',
	'True',
	'tRUE',
	'FALSE',
	'yes',
	'No',
	'on',
	'3m',
	'1y',
	'12d',
	'1e',
	'1E',
	'1x',
	'1o',
	'1b',
	'1e3',
	'0x1f',
	'0o17',
	'007',
	'+1',
	'-1',
	'1.5',
	'.5',
	'1_000',
	'.inf',
	'.NaN',
	'Infinity',
	'NaN',
	'2025-09-22',
	'2025-9-22',
	'12-03',
	'1-2',
	'1-',
	'-12-03',
	'12-03-',
	'1--2',
	'1234-5678-9012',
	'2026-11-21T10:00',
	'12:30',
	'a: b',
	'a:',
	'a:b',
	'a #b',
	'a#b',
	'C#',
	'a [b]',
	'a {b}',
	'a, b',
	'a]',
	'"[[Wei Perez]]"',
	'"a\\"b"',
	'"a\\nb"',
	'"a: b # c"',
	'"a"b"',
	'"a" b',
	'"',
	"'it''s'",
	"'a'",
	"'a # b'",
	"'",
	"''",
	'""',
	'[contact]',
	'[Aaron A.]',
	'[a, b]',
	'[ a , b ]',
	'[a,]',
	'[a,,]',
	'[,]',
	'[ ]',
	'[]',
	'[a: b]',
	'[a:b]',
	'[a #b]',
	'[a] b',
	'[a]]',
	'["a"]',
	"[Andrea O'.]",
	'[a"b, c\'d]',
	"['a', b]",
	"[a', b]",
	'[[a]]',
	'[null]',
	'[True, 3m]',
	'[1, 2]',
	'[2025-09-22]',
	'{a: b}',
	'{}',
	'&x a',
	'*x',
	'!str a',
	'!!int 3',
	'|',
	'>',
	'- a',
	'-',
	'? a',
	'%a',
	'@a',
	'`a',
	'Tomás',
	'über',
	'É',
	'a\u00a0',
	'\u00a0a',
	'a\u2028b',
	'a\u0085b',
	'a\ufeffb',
	'😀',
	'a  b',
	'Tom\\',
	'a ?',
	'a - b',
	'a | b',
	'',
	' ',
];
const ODD_LINES = [
	'',
	' ',
	'  - a',
	'  x: 1',
	'  x: y',
	' tie: weak',
	'- a',
	'# comment',
	'---',
	'...',
	'--- a',
	'\t',
	'k',
	'? k',
	'<<: *x',
	'&a k: v',
];
// Characters for values made at random: each means something to YAML, or nothing.
const CHARS = [
	'a',
	'Z',
	'é',
	' ',
	':',
	'#',
	'[',
	']',
	'{',
	'}',
	',',
	'"',
	"'",
	'\\',
	'-',
	'0',
	'1',
	'e',
	'x',
	'.',
	'~',
	'*',
	'&',
	'!',
	'|',
	'>',
	'?',
	'%',
	'@',
	'`',
	'\t',
	'_',
];

const pick = <T>(usual: readonly T[], odd: fc.Arbitrary<T>): fc.Arbitrary<T> =>
	fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...usual) }, { weight: 1, arbitrary: odd });
const keyLine = fc
	.tuple(
		pick(KEYS, fc.constantFrom(...ODD_KEYS)),
		pick([': '], fc.constantFrom(...ODD_SEPARATORS)),
		pick(VALUES, fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 12 })),
		fc.constantFrom('', '', ' ', '  '),
	)
	.map(([key, separator, value, trailing]) => `${key}${separator}${value}${trailing}`);
const block = fc
	.array(fc.oneof({ weight: 8, arbitrary: keyLine }, { weight: 1, arbitrary: fc.constantFrom(...ODD_LINES) }), {
		minLength: 1,
		maxLength: 5,
	})
	.map((lines) => lines.join('\n'));

/** gray-matter's reading, or the error it throws. */
function slow(yaml: string): { data: unknown } | { error: string } {
	try {
		return { data: grayMatterYaml(yaml) };
	} catch (error) {
		return { error: (error as Error).message };
	}
}

/** A value as a plain tree: every key in order, every value's type and text, every prototype. */
function shape(value: unknown): unknown {
	if (value === null || typeof value !== 'object') return [typeof value, String(value)];
	const record = value as Record<string | symbol, unknown>;
	return {
		prototype:
			Object.getPrototypeOf(value) === Array.prototype ? 'array' : Object.getPrototypeOf(value) === Object.prototype ? 'object' : 'other',
		entries: Reflect.ownKeys(record).map((key) => [String(key), shape(record[key])]),
	};
}

function expectSame(yaml: string): boolean {
	const quick = plainProperties(yaml);
	if (quick === undefined) return false;
	const full = slow(yaml);
	expect(full, yaml).toHaveProperty('data');
	if (!('data' in full)) return true;
	// Keys in order, each value's type and text, and every object's prototype.
	expect(shape(quick), yaml).toEqual(shape(full.data));
	return true;
}

describe('properties read without YAML', () => {
	it('reads a contact block as gray-matter does', () => {
		const blocks = [
			[
				'type: contact',
				'aliases: [Aaron A.]',
				'company: Shopify',
				'role: Data scientist',
				'email: aaron390@shopify.example',
				'tie: weak',
				'last_contact: 2025-09-22',
				'level: peer',
				'tags: [contact]',
			].join('\n'),
			'type: contact\ncompany: Acme\ncadence: 3m\nintroduced_by: "[[Wei Perez]]"\nnext_follow_up: 2027-01-09\ntags: [contact, work]',
			"type: contact\nemail:\nnote: 'it is: fine # here'\nbirthday: 1980-02-29\n\ntags: []  ",
			'type: contact\ncompany: Initech\ncadence: 30d\nbirthday: 11-21\ntags: [contact]',
			'type: contact\nname: Tomás Ñúñez\nnickname: C#\nsite: https://example.com/a?b=c#d\nwords: a, b [c] {d}',
		];
		for (const yaml of blocks) expect(expectSame(yaml), yaml).toBe(true);
		expect(parseYaml(blocks[0] ?? '')).toMatchObject({ tie: 'weak', last_contact: '2025-09-22', aliases: ['Aaron A.'] });
	});

	it('leaves to gray-matter every block with a value that is not plainly text, a comment, a nested line or a repeated key', () => {
		for (const yaml of [
			'tie: null',
			'tie: ~',
			'energy: 3',
			'count: 0x1f',
			'met: 2026-11-21T10:00',
			'tie: weak # for now',
			'tie: "a\\nb"',
			'# a comment\ntie: weak',
			'tags:\n  - contact',
			'tie: weak\ntie: strong',
			'null: weak',
			'tie: weak\n---\nrole: x',
			'tie:\tweak',
			'tie: [a, [b]]',
			'tie: *x',
		])
			expect(plainProperties(yaml), yaml).toBeUndefined();
	});

	it('agrees with gray-matter on every block it reads, over blocks made of tricky pieces', () => {
		let read = 0;
		fc.assert(
			fc.property(block, (yaml) => {
				if (expectSame(yaml)) read++;
			}),
			{ numRuns: 4000, seed: 20261204 },
		);
		// Not only declines: a fair share of the blocks is read without YAML.
		expect(read).toBeGreaterThan(200);
	});
});
