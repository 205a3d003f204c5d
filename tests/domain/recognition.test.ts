import { describe, expect, it } from 'vitest';
import { frontmatterTags, isContact, isMeeting, isTemplate, type RecognitionInput } from '../../src/domain/recognition';
import { defaultSettings, type RapportSettings } from '../../src/domain/settings';

function note(path: string, frontmatter?: Record<string, unknown>, tags: string[] = [], headings: string[] = []): RecognitionInput {
	return { path, frontmatter, tags, headings: headings.map((text) => ({ text })) };
}

function contact(input: RecognitionInput, change?: (s: RapportSettings) => void): boolean {
	const settings = defaultSettings();
	change?.(settings);
	return isContact(input, settings);
}

describe('isContact by folder', () => {
	it('claims notes in the contacts folder and its subfolders', () => {
		expect(contact(note('People/Sam Rivera.md'))).toBe(true);
		expect(contact(note('People/Work/Acme/Sam Rivera.md'))).toBe(true);
	});

	it('does not claim notes in a folder that only starts like it, or elsewhere', () => {
		expect(contact(note('Peoples/Sam Rivera.md'))).toBe(false);
		expect(contact(note('People.md'))).toBe(false);
		expect(contact(note('Projects/People/Sam Rivera.md'))).toBe(false);
		expect(contact(note('Sam Rivera.md'))).toBe(false);
	});

	it('uses every configured folder, and none when the list is empty', () => {
		const folders = (s: RapportSettings): void => {
			s.contactFolders = ['People', 'CRM/Contacts'];
		};
		expect(contact(note('CRM/Contacts/Sam.md'), folders)).toBe(true);
		expect(contact(note('People/Sam.md'), folders)).toBe(true);
		expect(
			contact(note('People/Sam.md'), (s) => {
				s.contactFolders = [];
			}),
		).toBe(false);
	});
});

describe('isContact by tag', () => {
	it('claims a note with #contact in its body', () => {
		expect(contact(note('Notes/Sam.md', undefined, ['contact']))).toBe(true);
	});

	it('claims nested tags under #contact but not a longer tag', () => {
		expect(contact(note('Notes/Sam.md', undefined, ['contact/work']))).toBe(true);
		expect(contact(note('Notes/Sam.md', undefined, ['contacts']))).toBe(false);
		expect(contact(note('Notes/Sam.md', undefined, ['contacted']))).toBe(false);
		expect(contact(note('Notes/Sam.md', undefined, ['work/contact']))).toBe(false);
	});

	it('matches tags regardless of case, as Obsidian does', () => {
		expect(contact(note('Notes/Sam.md', undefined, ['Contact']))).toBe(true);
		expect(contact(note('Notes/Sam.md', { tags: ['CONTACT/Work'] }))).toBe(true);
	});

	it.each([
		['a list', { tags: ['devtools', 'contact'] }],
		['a list with #', { tags: ['#contact'] }],
		['a string', { tags: 'contact' }],
		['a comma-separated string', { tags: 'devtools, contact' }],
		['a space-separated string', { tags: 'devtools contact/work' }],
		['the singular key', { tag: 'contact' }],
	])('claims frontmatter tags written as %s', (_what, frontmatter) => {
		expect(contact(note('Notes/Sam.md', frontmatter))).toBe(true);
	});

	it('does not claim frontmatter tags that are not the contact tag', () => {
		expect(contact(note('Notes/Sam.md', { tags: ['contacts', 'people'] }))).toBe(false);
		expect(contact(note('Notes/Sam.md', { tags: 'contactless' }))).toBe(false);
	});

	it('survives tags that are not text', () => {
		expect(contact(note('Notes/Sam.md', { tags: [null, 42, { a: 1 }, 'contact'] }))).toBe(true);
		expect(contact(note('Notes/Sam.md', { tags: 42 }))).toBe(false);
	});
});

describe('isContact by marker and category', () => {
	it.each([
		['type: contact', { type: 'contact' }],
		['type: Contact', { type: 'Contact' }],
		['type as a list', { type: ['contact'] }],
		['categories with [[People]]', { categories: ['[[People]]'] }],
		['categories with [[People]] among others', { categories: ['[[Notes]]', '[[People]]'] }],
		['categories as a single link', { categories: '[[People]]' }],
		['categories with a plain name', { categories: ['People'] }],
	])('claims a note anywhere with %s', (_what, frontmatter) => {
		expect(contact(note('Inbox/Sam Rivera.md', frontmatter))).toBe(true);
	});

	it.each([
		['type: meeting', { type: 'meeting' }],
		['type: contacts', { type: 'contacts' }],
		['categories with [[Meetings]]', { categories: ['[[Meetings]]'] }],
		['categories with [[People Ops]]', { categories: ['[[People Ops]]'] }],
		['no frontmatter', undefined],
	])('does not claim a note with %s', (_what, frontmatter) => {
		expect(contact(note('Inbox/Sam Rivera.md', frontmatter))).toBe(false);
	});

	it('turns the marker off when its key is empty', () => {
		expect(
			contact(note('Inbox/Sam.md', { type: 'contact' }), (s) => {
				s.markerKey = '';
			}),
		).toBe(false);
		expect(
			contact(note('Inbox/Sam.md', { categories: ['[[People]]'] }), (s) => {
				s.categoryKey = '';
			}),
		).toBe(false);
	});

	it('uses a custom marker', () => {
		const custom = (s: RapportSettings): void => {
			s.markerKey = 'kind';
			s.markerValue = 'person';
		};
		expect(contact(note('Inbox/Sam.md', { kind: 'person' }), custom)).toBe(true);
		expect(contact(note('Inbox/Sam.md', { type: 'contact' }), custom)).toBe(false);
	});
});

describe('templates are never contacts', () => {
	it('does not claim notes in the templates folder, whatever they say', () => {
		const input = note('Templates/Contact.md', { type: 'contact', tags: ['contact'] }, ['contact']);
		expect(contact(input)).toBe(false);
		expect(isTemplate(input, defaultSettings())).toBe(true);
	});

	it('does not claim a templates folder inside the contacts folder', () => {
		expect(
			contact(note('People/Templates/Person.md'), (s) => {
				s.templatesFolder = 'People/Templates';
			}),
		).toBe(false);
	});

	it.each([
		['a {{placeholder}} in the path', note('People/{{title}}.md')],
		['a {{placeholder}} in a property', note('People/New person.md', { company: '{{company}}' })],
		['a {{placeholder}} in a list property', note('Inbox/New.md', { type: 'contact', aliases: ['{{alias}}'] })],
		['a {{placeholder}} in a heading', note('People/New person.md', {}, [], ['Notes on {{contact}}'])],
	])('does not claim a note with %s', (_what, input) => {
		expect(contact(input)).toBe(false);
	});

	it('claims a contact whose template left Templater code for Templater to run', () => {
		expect(contact(note('People/New person.md', { created: '<% tp.date.now() %>' }))).toBe(true);
		expect(contact(note('People/New person.md', {}, [], ['<% tp.file.title %>']))).toBe(true);
		expect(contact(note('Templates/Contact.md', { type: 'contact', created: '<% tp.date.now() %>' }))).toBe(false);
	});

	it('claims a note whose braces are not a placeholder', () => {
		expect(contact(note('People/Sam.md', { company: 'Acme {Labs}' }, [], ['Notes']))).toBe(true);
	});
});

describe('isMeeting', () => {
	it('recognises meeting notes by type or category', () => {
		const settings = defaultSettings();
		expect(isMeeting({ type: 'meeting' }, settings)).toBe(true);
		expect(isMeeting({ type: 'Meeting' }, settings)).toBe(true);
		expect(isMeeting({ categories: ['[[Meetings]]'] }, settings)).toBe(true);
	});

	it('does not take other notes for meetings', () => {
		const settings = defaultSettings();
		expect(isMeeting({ type: 'contact' }, settings)).toBe(false);
		expect(isMeeting({ categories: ['[[People]]'] }, settings)).toBe(false);
		expect(isMeeting({ title: 'meeting' }, settings)).toBe(false);
		expect(isMeeting(undefined, settings)).toBe(false);
	});
});

describe('frontmatterTags', () => {
	it('reads lists, strings and the singular key, without #', () => {
		expect(frontmatterTags({ tags: ['#a', 'b'], tag: 'c, d' })).toEqual(['a', 'b', 'c', 'd']);
		expect(frontmatterTags(undefined)).toEqual([]);
		expect(frontmatterTags({ tags: null })).toEqual([]);
	});
});
