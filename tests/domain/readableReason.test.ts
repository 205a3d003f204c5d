// Links in a reason as a person reads them, in the plugin's rows and the CLI's text.
import { describe, expect, it } from 'vitest';
import { readableReason, withoutEmphasis } from '../../src/domain/links';

describe('a reason as it reads', () => {
	it('shows an alias, else the note name without folders or heading', () => {
		expect(readableReason('See [[Sam Rivera|Sam]] and [[People/Jo Park]] about [[Events/Offsite#Agenda]]')).toBe(
			'See Sam and Jo Park about Offsite',
		);
	});

	it('shows a heading of the same note by its words, and an empty alias as no alias', () => {
		expect(readableReason('Check [[#Local heading]] and [[Offsite#Agenda|]] and [[Board notes#^b1c2]]')).toBe(
			'Check Local heading and Offsite and Board notes',
		);
		expect(readableReason('Read [[#^quote-1]] first')).toBe('Read quote-1 first');
	});

	it('shows an embed by its name, with no bang', () => {
		expect(readableReason('Bring ![[Events/Offsite]] and ![[deck.pdf|the deck]]')).toBe('Bring Offsite and the deck');
	});

	it('reads a link cut short, and leaves text with no link as it is', () => {
		expect(readableReason('Thank them for [[Meetings/2026-11-19 DevTo…')).toBe('Thank them for 2026-11-19 DevTo…');
		expect(readableReason('Send the deck [not a link]')).toBe('Send the deck [not a link]');
	});

	it('shows a markdown link by its text', () => {
		expect(readableReason('Read [the article](https://example.com/a/b) and [[Sam Rivera|Sam]]')).toBe('Read the article and Sam');
		expect(readableReason('See ![chart](chart.png) [] (x)')).toBe('See chart [] (x)');
	});
});

describe('withoutEmphasis', () => {
	it('reads emphasis, strikes, highlights and code as their words, and leaves marks inside words alone', () => {
		expect(withoutEmphasis('read *Team Topologies*')).toBe('read Team Topologies');
		expect(withoutEmphasis('**Acme** and __Globex__, _soon_, ~~old~~ ==new== `npm test`')).toBe('Acme and Globex, soon, old new npm test');
		expect(withoutEmphasis('snake_case_name, 2*3*4, a * b')).toBe('snake_case_name, 2*3*4, a * b');
	});
});
