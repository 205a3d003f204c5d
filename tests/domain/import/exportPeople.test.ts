// Who an export writes: each contact as the vCard writer takes them, from what the index read
// and the note's own properties (every email, phone numbers), whatever the property names.
import { describe, expect, it } from 'vitest';
import { exportFileName, exportPeople } from '../../../src/domain/import/exportPeople';
import { day, vault, type VaultBuilder } from '../../builders';

function exported(v: VaultBuilder): ReturnType<typeof exportPeople> {
	const source = v.source();
	const contacts = v.index().contacts();
	return exportPeople(contacts, (path) => source.read(path)?.frontmatter, v.settings.keys);
}

describe('exportPeople', () => {
	it('takes name, company, role, every email and phone, LinkedIn, birthday, aliases as nicknames, and tags', () => {
		const v = vault().contact('Sam Rivera', (c) =>
			c
				.company('Acme')
				.prop('role', 'Staff engineer')
				.prop('email', '[sam@acme.example, sam@home.example]')
				.prop('phone', '["+351 912 345 678", 4155550100]')
				.prop('linkedin', 'https://www.linkedin.com/in/sam-rivera')
				.birthday('1988-09-03')
				.aliases('Sam', 'Sammy')
				.prop('tags', '[contact, devtools]')
				.tie('strong')
				.prop('connected', '2024-01-01'),
		);
		expect(exported(v)).toEqual([
			{
				name: 'Sam Rivera',
				nicknames: ['Sam', 'Sammy'],
				emails: ['sam@acme.example', 'sam@home.example'],
				phones: ['+351 912 345 678', '4155550100'],
				linkedin: 'https://www.linkedin.com/in/sam-rivera',
				company: 'Acme',
				role: 'Staff engineer',
				birthday: '1988-09-03',
				connected: '2024-01-01',
				tags: ['contact', 'devtools'],
				tie: 'strong',
			},
		]);
	});

	it('gives a birthday with no year as MM-DD, and leaves out what a note does not say', () => {
		const v = vault()
			.contact('Mia Chen', (c) => c.birthday('04-17'))
			.contact('Jo Park');
		const [jo, mia] = exported(v).sort((a, b) => a.name.localeCompare(b.name));
		expect(mia?.birthday).toBe('04-17');
		expect(jo).toEqual({ name: 'Jo Park', nicknames: [], emails: [], phones: [], tags: [] });
	});

	it('reads the email by the property name the settings map it to, each address once', () => {
		const v = vault()
			.with((s) => (s.keys.email = 'mail'))
			.contact('Ana Ruiz', (c) => c.prop('mail', '[ana@x.example, ANA@x.example, ana@y.example]').prop('email', 'not@read.example'));
		expect(exported(v)[0]?.emails).toEqual(['ana@x.example', 'ana@y.example']);
	});

	it('leaves out a connected date typed as something that is not a day', () => {
		const v = vault().contact('Lee Wong', (c) => c.prop('connected', 'last spring'));
		expect(exported(v)[0]).not.toHaveProperty('connected');
	});
});

describe('exportFileName', () => {
	it("is today's name in the vault root, or the next free number when that is taken", () => {
		const taken = new Set(['Rapport contacts 2026-12-03.vcf', 'Rapport contacts 2026-12-03 2.vcf']);
		expect(exportFileName(day('2026-12-04'), (p) => taken.has(p))).toBe('Rapport contacts 2026-12-04.vcf');
		expect(exportFileName(day('2026-12-03'), (p) => taken.has(p))).toBe('Rapport contacts 2026-12-03 3.vcf');
	});
});
