// The CLI's scanner finds wikilinks with `indexOf` rather than the shared pattern
// (WIKILINK, src/domain/links.ts), for speed. Over lines made of brackets, bangs, bars,
// backslashes, spaces and line breaks, it finds the same links as the pattern, in the same
// order, embeds and aliases read alike.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WIKILINK } from '../../src/domain/links';
import { linksIn } from '../../src/cli/scanNote';

/** The links as the pattern finds them, each target read as the scanner reads it. */
function byPattern(line: string): [string, boolean][] {
	const found: [string, boolean][] = [];
	for (const match of line.matchAll(WIKILINK)) {
		const inner = match[2] ?? '';
		const bar = inner.indexOf('|');
		const target = (bar === -1 ? inner : inner.slice(0, inner.charCodeAt(bar - 1) === 92 ? bar - 1 : bar)).trim();
		if (target) found.push([target, match[1] === '!']);
	}
	return found;
}

function byScanner(line: string): [string, boolean][] {
	const found: [string, boolean][] = [];
	linksIn(line, (target, embed) => found.push([target, embed]));
	return found;
}

const CHARS = ['[', '[', ']', ']', '!', 'a', 'b', '|', '\\', '\n', ' ', '#'];

describe('the scanner’s wikilinks', () => {
	it('finds what the pattern finds in lines that look like links', () => {
		for (const line of [
			'- Lunch with [[Ana Kumar]] and ![[Chart.png]]',
			'| [[Ann\\|Annie]] | [[People/Bo Li|Bo]] |',
			'[[a [[b]] [[[c]]] ![[d]]]] [[]] [[ ]] [[e\nf]] !![[g]]',
		])
			expect(byScanner(line), line).toEqual(byPattern(line));
		expect(byScanner('[[a [[b]] ![[c]]')).toEqual([
			['b', false],
			['c', true],
		]);
	});

	it('finds what the pattern finds, over generated lines', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 40 }), (line) => {
				expect(byScanner(line), JSON.stringify(line)).toEqual(byPattern(line));
			}),
			{ numRuns: 5000, seed: 20261204 },
		);
	});
});
