// Contacts as the vCard export takes them: who goes out, what of each note, and the file's name.
import { describe, expect, it } from 'vitest';
import { exported, exportFileName, personToExport } from '../../../src/domain/import/exportPeople';
import { readVcards } from '../../../src/domain/import/vcard';
import { writeVcards } from '../../../src/domain/import/vcardWrite';
import { defaultSettings } from '../../../src/domain/settings';
import { day, vault } from '../../builders';

const settings = defaultSettings();

describe('contacts to export', () => {
	const v = vault()
		.contact("Siobhan O'Brien, PMP", (c) =>
			c.prop('email', '[sob@x.ie, siobhan@home.example]').prop('company', '"Foo, Inc."').prop('tags', '[contact, devtools]'),
		)
		.contact('Doe, Jane', (c) => c.prop('aliases', '[JD]').prop('birthday', '--04-17'))
		.contact('Old Friend', (c) => c.prop('status', 'archived'))
		.contact('Quiet One', (c) => c.prop('status', 'dormant'));
	const contacts = v.index().contacts();
	const byName = (name: string) => contacts.find((c) => c.name === name)!;

	it('leaves archived contacts out and keeps dormant ones', () => {
		expect(
			contacts
				.filter(exported)
				.map((c) => c.name)
				.sort(),
		).toEqual(['Doe, Jane', "Siobhan O'Brien, PMP", 'Quiet One'].sort());
	});

	it('splits the name for N without credentials, reading "Family, Given" the way it is written', () => {
		expect(personToExport(byName("Siobhan O'Brien, PMP"), settings)).toMatchObject({
			name: "Siobhan O'Brien, PMP",
			given: 'Siobhan',
			family: "O'Brien",
		});
		expect(personToExport(byName('Doe, Jane'), settings)).toMatchObject({ given: 'Jane', family: 'Doe', nicknames: ['JD'] });
	});

	it("gives a namesake's numbered note the person's name, when the plain name is its alias", () => {
		const twins = vault()
			.contact('Raj Malhotra', (c) => c.prop('company', 'Acme'))
			.contact('Raj Malhotra 2', (c) => c.prop('aliases', '[Raj Malhotra]').prop('company', 'Globex'))
			.contact('Agent 47', (c) => c.prop('aliases', '[Hitman]'));
		const people = twins
			.index()
			.contacts()
			.map((c) => personToExport(c, settings));
		expect(people.map((p) => [p.name, p.given, p.family, p.nicknames])).toEqual([
			['Agent 47', 'Agent', '47', ['Hitman']],
			['Raj Malhotra', 'Raj', 'Malhotra', []],
			['Raj Malhotra', 'Raj', 'Malhotra', []],
		]);
	});

	it('carries every email, the company and tags (not the contact tag), and reads back the same from its card', () => {
		const person = personToExport(byName("Siobhan O'Brien, PMP"), settings);
		expect(person).toMatchObject({ emails: ['sob@x.ie', 'siobhan@home.example'], company: 'Foo, Inc.', tags: ['devtools'] });
		const back = readVcards(writeVcards([person]));
		expect(back.ok && back.people[0]).toMatchObject({ name: person.name, given: 'Siobhan', family: "O'Brien", emails: person.emails });
	});
});

describe('exportFileName', () => {
	it("is today's name in the vault root, or the next free number when that is taken", () => {
		const taken = new Set(['Rapport contacts 2026-12-03.vcf', 'Rapport contacts 2026-12-03 2.vcf']);
		expect(exportFileName(day('2026-12-04'), (p) => taken.has(p))).toBe('Rapport contacts 2026-12-04.vcf');
		expect(exportFileName(day('2026-12-03'), (p) => taken.has(p))).toBe('Rapport contacts 2026-12-03 3.vcf');
	});
});
