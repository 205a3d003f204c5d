import { describe, expect, it } from 'vitest';
import { attendeesNamed, hasWord } from '../../src/domain/taskPeople';

describe('a name in a task', () => {
	it('counts as a whole word only, in any script', () => {
		expect(hasWord("Send Jo's deck", 'Jo')).toBe(true);
		expect(hasWord('Ask Jones', 'Jo')).toBe(false);
		expect(hasWord('Ask JoJo', 'Jo')).toBe(false);
		expect(hasWord('Thank Zoë.', 'Zoë')).toBe(true);
		expect(hasWord('Thank Zoëlle', 'Zoë')).toBe(false);
		expect(hasWord('感谢王伟的介绍', '王伟')).toBe(false);
		expect(hasWord('感谢 王伟 的介绍', '王伟')).toBe(true);
	});

	it('names an attendee by name, first name, alias or a link to them', () => {
		const sam = { path: 'People/Sam Rivera.md', name: 'Sam Rivera', aliases: ['Sammy'] };
		const jo = { path: 'People/Jo Park.md', name: 'Jo Park', aliases: [] };
		const named = (text: string, linked: string[] = []): string[] => attendeesNamed(text, [sam, jo], new Set(linked)).map((p) => p.name);
		expect(named('Send Sam Rivera the deck')).toEqual(['Sam Rivera']);
		expect(named('Send Sam the deck')).toEqual(['Sam Rivera']);
		expect(named('Send Sammy the deck')).toEqual(['Sam Rivera']);
		expect(named('Send [[People/Jo Park|her]] the deck', [jo.path])).toEqual(['Jo Park']);
		expect(named('Send the deck')).toEqual([]);
		expect(named('Send sam the deck')).toEqual([]);
	});
});
