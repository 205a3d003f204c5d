// The plugin writes `{{date:FORMAT}}` with the moment Obsidian exports, so month and
// weekday names follow the language the user set for the app. The test fake
// (obsidian-test-mocks) exports the moment package as Obsidian's `moment`.
import { moment } from 'obsidian';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/obsidian/dates';
import { day } from '../builders';

afterEach(() => {
	moment.locale('en');
});

describe("the plugin's date formatter", () => {
	it("writes moment's tokens with Obsidian's moment", () => {
		expect(formatDate(day('2026-11-21'), 'dddd Do MMMM YYYY, [week] W, [day] DDDD, Q', '14:05')).toBe(
			'Saturday 21st November 2026, week 47, day 325, 4',
		);
	});

	it('names months and weekdays in the language Obsidian set on its moment', () => {
		// As Obsidian does at start-up for a user whose app is in French (the test fake loads no locale files).
		moment.defineLocale('fr-test', {
			months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
			weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
		});
		moment.locale('fr-test');
		expect(formatDate(day('2026-11-21'), 'dddd D MMMM YYYY')).toBe('samedi 21 novembre 2026');
	});
});
