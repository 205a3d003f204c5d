// Display width on a terminal: what keeps the queue's and the contacts' columns straight
// whatever script or emoji a name is written in.
import { describe, expect, it } from 'vitest';
import { columns, shellWord } from '../../src/cli/format';

describe('columns a text takes in a terminal', () => {
	it.each([
		['Sam Rivera', 10],
		['王小明', 6],
		['김민준', 6],
		['\u1112\u1161\u11ab', 2], // 한 as three jamo: one character
		['ｶﾀｶﾅ', 4], // half-width katakana: one column each
		['ＡＢ', 4], // full-width Latin
		['Jose\u0301', 4], // an accent written after its letter takes no column
		['👩‍💻', 2], // a ZWJ sequence is one picture
		['👍🏽', 2], // with a skin tone
		['🇯🇵', 2], // a flag
		['❤️', 2], // asked to be a picture (U+FE0F)
		['❤', 1], // shown as text by default
		['1️⃣', 2], // a keycap
		['🎉 Ana', 6],
		['a\u200bb', 2], // a zero-width space
	])('%j takes %i', (text, width) => {
		expect(columns(text)).toBe(width);
	});
});

describe('shellWord', () => {
	it('gives a vault path as a shell reads it back, so the command printed can be pasted', () => {
		expect(shellWord('/home/sam/Notes')).toBe('/home/sam/Notes');
		expect(shellWord('/home/sam/My Notes')).toBe("'/home/sam/My Notes'");
		expect(shellWord("Sam's vault")).toBe("'Sam'\\''s vault'");
		expect(shellWord('$HOME;rm')).toBe("'$HOME;rm'");
	});
});
