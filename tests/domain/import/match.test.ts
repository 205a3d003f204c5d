// The keys an imported row is matched on, and the order they are tried in.
import { describe, expect, it } from 'vitest';
import { emailKey, firstName, linkedinKey, nameKey, PeopleByKey } from '../../../src/domain/import/match';

describe('match keys', () => {
	it('folds an email to its address in lower case', () => {
		expect(emailKey('  Jane.Doe@Example.COM ')).toBe('jane.doe@example.com');
		expect(emailKey('mailto:jane@example.com')).toBe('jane@example.com');
		expect(emailKey('not an address')).toBeUndefined();
	});

	it('folds a LinkedIn address to its profile, whatever the scheme, subdomain, query or case', () => {
		const same = [
			'https://www.linkedin.com/in/jane-doe',
			'http://linkedin.com/in/Jane-Doe/',
			'linkedin.com/in/jane-doe?trk=public_profile',
			'https://uk.linkedin.com/in/jane-doe#about',
			'www.linkedin.com/in/jane-doe/en/',
			'HTTPS://WWW.LINKEDIN.COM/IN/JANE-DOE///',
		];
		for (const url of same) expect(linkedinKey(url)).toBe('linkedin.com/in/jane-doe');
		expect(linkedinKey('https://www.linkedin.com/in/j%C3%A9r%C3%B4me')).toBe('linkedin.com/in/jérôme');
		expect(linkedinKey('https://www.linkedin.com/in/john-doe')).not.toBe(linkedinKey('https://www.linkedin.com/in/jane-doe'));
	});

	it('folds accents, case, punctuation, titles, credentials and word order out of a name', () => {
		const jane = nameKey('Jane Doe');
		for (const name of [
			'jane doe',
			'Doe Jane',
			'Doe, Jane',
			'Dr. Jane Doe',
			'Jane Doe, PMP',
			'Jane Doe, MBA, PhD',
			'Jane Doe PhD',
			'Jane Doe (she/her)',
			'Jáne Dôe',
		])
			expect(nameKey(name)).toBe(jane);
		expect(nameKey("Jane O'Brien, PMP")).toBe(nameKey('jane obrien'));
		expect(nameKey('John Smith Jr.')).toBe(nameKey('John Smith'));
		expect(nameKey('Henry Ford III')).toBe(nameKey('Henry Ford'));
		expect(nameKey('Zoë Łukasz')).toBe(nameKey('Zoe Lukasz'));
		expect(nameKey('Prof. Ana Ruiz-Soto')).toBe(nameKey('Ana Ruiz Soto'));
	});

	it('keeps what could be a name: a surname like Ma, a lone title, a different person', () => {
		expect(nameKey('Yun Ma')).not.toBe(nameKey('Yun'));
		expect(nameKey('Dr')).toBe('dr');
		expect(nameKey('Jane Doe')).not.toBe(nameKey('Jane Roe'));
		expect(nameKey('  ,. ')).toBeUndefined();
	});

	it('greets by the first name after any title', () => {
		expect(firstName('Raj Patel')).toBe('Raj');
		expect(firstName('Dr. Raj Patel')).toBe('Raj');
		expect(firstName('Cher')).toBe('Cher');
	});
});

describe('people by key', () => {
	const people = new PeopleByKey<string>();
	people.add('jane', { emails: ['jane@acme.example'], linkedin: 'linkedin.com/in/jane-doe', names: ['doe jane'] });
	people.add('other jane', { emails: ['jd@home.example'], names: ['doe jane'] });
	people.add('john', { emails: [], linkedin: 'linkedin.com/in/john-smith', names: ['john smith'] });

	it('tries email first, and the first key that finds anyone decides', () => {
		expect(people.find({ emails: ['jd@home.example'], names: ['doe jane'] })).toEqual({ kind: 'one', id: 'other jane', by: 'email' });
		expect(people.find({ emails: [], linkedin: 'linkedin.com/in/jane-doe', names: ['doe jane'] })).toEqual({
			kind: 'one',
			id: 'jane',
			by: 'linkedin',
		});
	});

	it('calls a name two contacts have ambiguous', () => {
		expect(people.find({ emails: ['nobody@x.example'], names: ['doe jane'] })).toEqual({
			kind: 'ambiguous',
			ids: ['jane', 'other jane'],
			by: 'name',
		});
	});

	it('never matches by name someone whose LinkedIn profile is a different one', () => {
		expect(people.find({ emails: [], linkedin: 'linkedin.com/in/john-smith-2', names: ['john smith'] })).toEqual({ kind: 'none' });
		expect(people.find({ emails: [], linkedin: 'linkedin.com/in/jane-d', names: ['doe jane'] })).toEqual({
			kind: 'one',
			id: 'other jane',
			by: 'name',
		});
	});
});
