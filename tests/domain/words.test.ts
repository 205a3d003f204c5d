// How near two words are, for "did you mean …?" in the CLI.
import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from '../../src/domain/words';

describe('edit distance', () => {
	it('counts a letter added, dropped or changed, and two swapped, as one edit each', () => {
		expect(editDistance('contact', 'contat', 3)).toBe(1);
		expect(editDistance('today', 'todya', 3)).toBe(1);
		expect(editDistance('queue', 'qeue', 3)).toBe(1);
		expect(editDistance('snooze', 'snoze', 3)).toBe(1);
		expect(editDistance('kitten', 'sitting', 5)).toBe(3);
		expect(editDistance('abc', 'xyzabc', 1)).toBe(2);
	});
});

describe('nearest', () => {
	it('offers the nearest choice within a typo or two for the length, or none', () => {
		expect(nearest('contat', ['company', 'contact', 'create'])).toBe('contact');
		expect(nearest('QEUE', ['queue', 'done'])).toBe('queue');
		expect(nearest('frobnicate', ['queue', 'done'])).toBeUndefined();
		expect(nearest('x', ['for', 'due'])).toBeUndefined();
	});
});
