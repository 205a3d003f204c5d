// The import's plan: which rows make notes, fill in contacts, are news, are ambiguous or
// are skipped, and where new notes go.
import { describe, expect, it } from 'vitest';
import { keptText } from '../../../src/domain/import/fields';
import { planImport } from '../../../src/domain/import/plan';
import type { FieldLeftOut } from '../../../src/domain/import/types';
import { defaultSettings } from '../../../src/domain/settings';
import { vault } from '../../builders';
import { KEEP, parsed, person, worldOf } from './importData';

const settings = defaultSettings();

describe('planning an import', () => {
	it('makes a note for someone new, with every field the row has, in the new-contact folder', () => {
		const plan = planImport(
			parsed([
				person(1, 'Jane Doe', {
					emails: ['jane@acme.example'],
					linkedin: 'https://www.linkedin.com/in/jane-doe',
					company: 'Acme',
					role: 'CTO',
					connected: '2024-01-01',
					phones: ['+1 555 0100', '+1 (555) 0100', '+44 20 7946 0000'],
					tags: ['devtools', 'DevTools', 'not a tag'],
					nicknames: ['JD'],
					note: 'Met at the summit',
				}),
			]),
			worldOf(vault()),
			settings,
			KEEP,
		);
		expect(plan.create).toEqual([
			{
				row: 1,
				name: 'Jane Doe',
				path: 'People/Jane Doe.md',
				fields: {
					company: 'Acme',
					role: 'CTO',
					email: 'jane@acme.example',
					phone: ['+1 555 0100', '+44 20 7946 0000'],
					linkedin: 'https://www.linkedin.com/in/jane-doe',
					connected: '2024-01-01',
					aliases: ['JD'],
					tags: ['devtools'],
				},
				note: 'Met at the summit',
			},
		]);
		expect(plan.update).toEqual([]);
	});

	it('matches by email, then LinkedIn, then name (with aliases), and fills only empty fields', () => {
		const v = vault()
			.contact('Jane Doe', (c) => c.prop('email', 'jane@acme.example').company('Acme'))
			.contact('Sam Rivera', (c) => c.prop('linkedin', 'https://www.linkedin.com/in/sam-rivera').prop('role', 'Engineer'))
			.contact('Robert Tables', (c) => c.aliases('Bobby Tables'));
		const plan = planImport(
			parsed([
				person(1, 'J. Doe', { emails: ['JANE@acme.example'], role: 'CTO', company: 'ACME' }),
				person(2, 'Samuel Rivera', { linkedin: 'linkedin.com/in/Sam-Rivera/', role: 'Engineer', emails: ['sam@x.example'] }),
				person(3, 'Tables, Bobby', { company: 'Drop Inc' }),
			]),
			worldOf(v),
			settings,
			KEEP,
		);
		expect(plan.update.map((u) => [u.row, u.path, u.fields])).toEqual([
			[1, 'People/Jane Doe.md', { role: 'CTO' }],
			[2, 'People/Sam Rivera.md', { email: 'sam@x.example' }],
			[3, 'People/Robert Tables.md', { company: 'Drop Inc' }],
		]);
		expect(plan.create).toEqual([]);
		expect(plan.changes).toEqual([]);
	});

	it('keeps values a contact has unless told to overwrite, and never plans a field equal to the one there', () => {
		const v = vault().contact('Jane Doe', (c) =>
			c.prop('email', 'jane@old.example').birthday('1988-09-03').prop('connected', '2024-01-01'),
		);
		const row = person(1, 'Jane Doe', { emails: ['jane@new.example'], birthday: '09-03', connected: '2024-01-01' });
		expect(planImport(parsed([row]), worldOf(v), settings, KEEP).update).toEqual([]);
		const overwrite = planImport(parsed([row]), worldOf(v), settings, { folder: '', overwrite: true });
		expect(overwrite.update.map((u) => u.fields)).toEqual([{ email: 'jane@new.example', birthday: '09-03' }]);
	});

	it('lists each value the file has that differs from the note as kept, unless overwrite takes it', () => {
		const v = vault().contact('Sam Rivera', (c) =>
			c
				.prop('email', 'Sam@Old.example')
				.prop('phone', "'+1 555 010 0100'")
				.prop('linkedin', 'https://www.linkedin.com/in/sam-rivera')
				.birthday('1988-09-03')
				.prop('connected', '2024-01-01')
				.company('Acme')
				.aliases('Sammy')
				.prop('tags', '[friends]'),
		);
		const row = person(3, 'Sam Rivera', {
			emails: ['sam@new.example', 'sam@home.example'],
			phones: ['+1 (555) 010-0100'],
			linkedin: 'linkedin.com/in/Sam-Rivera/',
			birthday: '1990-01-02',
			connected: '2025-07-01',
			company: 'Globex',
			nicknames: ['Sam R'],
			tags: ['climbing'],
		});
		const plan = planImport(parsed([row], [], 'vcard'), worldOf(v), settings, KEEP);
		const path = 'People/Sam Rivera.md';
		expect(plan.kept).toEqual([
			{ row: 3, name: 'Sam Rivera', path, field: 'email', inNote: ['Sam@Old.example'], inFile: ['sam@new.example', 'sam@home.example'] },
			{ row: 3, name: 'Sam Rivera', path, field: 'birthday', inNote: ['1988-09-03'], inFile: ['1990-01-02'] },
			{ row: 3, name: 'Sam Rivera', path, field: 'connected', inNote: ['2024-01-01'], inFile: ['2025-07-01'] },
		]);
		expect(plan.kept.map((item) => keptText(item, plan.format))[0]).toBe(
			'card 3, Sam Rivera: email sam@new.example, sam@home.example in the file; People/Sam Rivera.md keeps Sam@Old.example',
		);
		// Aliases and tags only gain items; the company is a change, offered apart.
		expect(plan.update.map((u) => u.fields)).toEqual([{ aliases: ['Sam R'], tags: ['climbing'] }]);
		expect(plan.changes.map((c) => c.field)).toEqual(['company']);

		// The same values written another way (the email's case, the phone's spacing, the profile's URL) are not listed.
		const same = person(3, 'Sam Rivera', {
			emails: ['sam@old.EXAMPLE'],
			phones: ['+15550100100'],
			linkedin: 'https://linkedin.com/in/sam-rivera',
			birthday: '1988-09-03',
		});
		expect(planImport(parsed([same]), worldOf(v), settings, KEEP).kept).toEqual([]);

		// With overwrite they are taken: fill-ins, none kept.
		const taken = planImport(parsed([row]), worldOf(v), settings, { folder: '', overwrite: true });
		expect(taken.kept).toEqual([]);
		expect(taken.update.map((u) => Object.keys(u.fields))).toEqual([['email', 'birthday', 'connected', 'aliases', 'tags']]);
	});

	it('lists a different company or role as a change, never a fill, even with overwrite', () => {
		const v = vault().contact('Raj Patel', (c) => c.company('Acme Inc.').prop('role', 'Engineer'));
		for (const overwrite of [false, true]) {
			const plan = planImport(
				parsed([person(1, 'Raj Patel', { company: 'Stripe', role: 'Engineer' }), person(2, 'Ana Ruiz', { company: 'Acme' })]),
				worldOf(v),
				settings,
				{ folder: '', overwrite },
			);
			expect(plan.changes).toEqual([
				{ row: 1, name: 'Raj Patel', path: 'People/Raj Patel.md', field: 'company', from: 'Acme Inc.', to: 'Stripe' },
			]);
			expect(plan.update).toEqual([]);
		}
		// The same company written another way is no news.
		expect(planImport(parsed([person(1, 'Raj Patel', { company: 'ACME' })]), worldOf(v), settings, KEEP).changes).toEqual([]);
	});

	it('reports a row two contacts could be as ambiguous, with both', () => {
		const v = vault().contact('Alex Kim').contact('Archive/Alex Kim');
		const plan = planImport(parsed([person(4, 'Alex Kim', { company: 'Acme' })]), worldOf(v), settings, KEEP);
		expect(plan.ambiguous).toEqual([{ row: 4, name: 'Alex Kim', candidates: ['Archive/Alex Kim.md', 'People/Alex Kim.md'] }]);
		expect(plan.create).toEqual([]);
		expect(plan.update).toEqual([]);
	});

	it('skips a later row that is the same person as an earlier one, and passes the reader’s skipped rows through, by row', () => {
		const plan = planImport(
			parsed(
				[
					person(5, 'Jane Doe', { emails: ['jane@acme.example'] }),
					person(1, 'Jane Doe', {}),
					person(2, 'Doe, Jane'),
					person(3, 'J. D.', { emails: ['Jane@Acme.example'] }),
					person(6, 'John Smith', { linkedin: 'linkedin.com/in/john-smith' }),
					person(7, 'John Smith', { linkedin: 'linkedin.com/in/john-smith-2' }),
				],
				[{ row: 4, reason: 'no name' }],
			),
			worldOf(vault()),
			settings,
			KEEP,
		);
		expect(plan.create.map((c) => [c.row, c.path])).toEqual([
			[1, 'People/Jane Doe.md'],
			[3, 'People/J. D.md'],
			[6, 'People/John Smith.md'],
			[7, 'People/John Smith 2.md'],
		]);
		expect(plan.skipped).toEqual([
			{ row: 2, reason: 'a duplicate of row 1' },
			{ row: 4, reason: 'no name' },
			{ row: 5, reason: 'a duplicate of row 3' },
		]);
	});

	it('says which fields it leaves out of the people it imports, and none of those it skips or cannot place', () => {
		const v = vault().contact('Alex Kim').contact('Archive/Alex Kim');
		const notADate = (row: number, name: string): FieldLeftOut => ({
			row,
			name,
			field: 'Connected On',
			value: '3/12/2024',
			reason: 'is not a date Rapport reads',
		});
		const plan = planImport(
			parsed(
				[person(3, 'Sam Rivera', { company: 'Acme' }), person(1, 'Alex Kim'), person(2, 'Sam Rivera', { company: 'Acme' })],
				[],
				'linkedin',
				[notADate(3, 'Sam Rivera'), notADate(1, 'Alex Kim'), notADate(2, 'Sam Rivera')],
			),
			worldOf(v),
			settings,
			KEEP,
		);
		expect(plan.create.map((c) => [c.row, c.fields])).toEqual([[2, { company: 'Acme' }]]);
		expect(plan.skipped).toEqual([{ row: 3, reason: 'a duplicate of row 2' }]);
		expect(plan.leftOut).toEqual([notADate(2, 'Sam Rivera')]);
	});

	it('takes two rows of one name for two people when their emails, profiles or companies differ', () => {
		const plan = planImport(
			parsed([
				person(1, 'John Smith', { emails: ['john@plumber.example'], company: 'Plumbing Ltd' }),
				person(2, 'John Smith', { emails: ['jsmith@bank.example'] }),
				person(3, 'Alex Kim', { company: 'Initech' }),
				person(4, 'Alex Kim', { company: 'Hooli' }),
				// Nothing tells these apart from row 3: the same company written another way, or none.
				person(5, 'Alex Kim', { company: 'INITECH, Inc.' }),
				person(6, 'Kim, Alex', { emails: ['alex@initech.example'] }),
			]),
			worldOf(vault()),
			settings,
			KEEP,
		);
		expect(plan.create.map((c) => [c.row, c.path])).toEqual([
			[1, 'People/John Smith.md'],
			[2, 'People/John Smith 2.md'],
			[3, 'People/Alex Kim.md'],
			[4, 'People/Alex Kim 2.md'],
		]);
		expect(plan.skipped).toEqual([
			{ row: 5, reason: 'a duplicate of row 3' },
			{ row: 6, reason: 'a duplicate of row 3' },
		]);
	});

	it('makes file names safe and unique, never over a note there, and keeps the name as typed in aliases', () => {
		// A contact in another case, and something that is no contact (a folder) where CON would go.
		const v = vault().contact('People/jane doe', (c) => c.prop('linkedin', 'linkedin.com/in/jane'));
		const long = 'Ω'.repeat(300);
		const plan = planImport(
			parsed([
				person(1, 'Jane Doe', { emails: ['someone@else.example'], linkedin: 'linkedin.com/in/other' }),
				person(2, '../../etc/passwd'),
				person(3, 'CON'),
				person(4, '.hidden'),
				person(5, long),
				person(6, 'nul.txt'),
				person(7, 'Trailing dots...  '),
				person(8, 'Tab\tand\u0007bell'),
				person(9, '/:*?'),
			]),
			{ ...worldOf(v), exists: (path) => v.files.has(path) || path === 'People/CON_.md' },
			settings,
			KEEP,
		);
		const paths = plan.create.map((c) => c.path);
		expect(paths.slice(0, 4)).toEqual(['People/Jane Doe 2.md', 'People/etc passwd.md', 'People/CON_ 2.md', 'People/hidden.md']);
		expect(paths[5]).toBe('People/nul.txt_.md');
		expect(paths[6]).toBe('People/Trailing dots.md');
		expect(paths[7]).toBe('People/Tab and bell.md');
		expect(new TextEncoder().encode(paths[4]?.slice('People/'.length, -3)).length).toBeLessThanOrEqual(120);
		expect(plan.create[0]?.fields.aliases).toEqual(['Jane Doe']);
		expect(plan.create[1]?.fields.aliases).toEqual(['../../etc/passwd']);
		expect(plan.skipped).toEqual([{ row: 9, reason: 'no name' }]);
		for (const path of paths) expect(path).toMatch(/^People\/[^/]+\.md$/);
	});

	it('names a new note by the person, without a title or credentials, and keeps the whole name as an alias', () => {
		const plan = planImport(
			parsed([
				person(1, "Siobhan O'Brien, PMP"),
				person(2, 'Dr. Jane Doe (she/her)'),
				person(3, 'Raj Patel MBA'),
				person(4, 'Smith, Anna'),
				person(5, 'Yun Ma'),
				person(6, 'Prof. Ana Ruiz (Paylark)'),
			]),
			worldOf(vault()),
			settings,
			KEEP,
		);
		expect(plan.create.map((c) => c.path)).toEqual([
			"People/Siobhan O'Brien.md",
			'People/Jane Doe.md',
			'People/Raj Patel.md',
			'People/Smith, Anna.md',
			'People/Yun Ma.md',
			// As New contact names one: only pronouns in brackets go.
			'People/Ana Ruiz (Paylark).md',
		]);
		expect(plan.create.map((c) => c.fields.aliases)).toEqual([
			["Siobhan O'Brien, PMP"],
			['Dr. Jane Doe (she/her)'],
			['Raj Patel MBA'],
			undefined,
			undefined,
			['Prof. Ana Ruiz (Paylark)'],
		]);
	});

	it('puts new notes in the folder asked for, and none when that folder is outside the vault', () => {
		const rows = parsed([person(1, 'Jane Doe')]);
		expect(planImport(rows, worldOf(vault()), settings, { folder: '/Imports/LinkedIn/', overwrite: false }).create[0]?.path).toBe(
			'Imports/LinkedIn/Jane Doe.md',
		);
		const outside = planImport(rows, worldOf(vault()), settings, { folder: '../elsewhere', overwrite: false });
		expect(outside.create).toEqual([]);
		expect(outside.skipped).toEqual([{ row: 1, reason: "the folder '../elsewhere' is outside the vault; no note can be made there" }]);
	});

	it('fills in from a second source what the first left empty, and adds nicknames and tags to the lists', () => {
		// LinkedIn first (made the note), then the phone's vCard for the same person.
		const v = vault().contact('Jane Doe', (c) =>
			c.prop('linkedin', 'https://www.linkedin.com/in/jane-doe').company('Acme').prop('connected', '2024-01-01').prop('tags', '[contact]'),
		);
		const plan = planImport(
			parsed(
				[
					person(1, 'Jane Doe', {
						emails: ['jane@home.example'],
						phones: ['+1 555 0100'],
						company: 'Acme',
						nicknames: ['Janie'],
						tags: ['Contact', 'family'],
					}),
				],
				[],
				'vcard',
			),
			worldOf(v),
			settings,
			KEEP,
		);
		expect(plan.create).toEqual([]);
		expect(plan.update.map((u) => u.fields)).toEqual([
			{ email: 'jane@home.example', phone: '+1 555 0100', aliases: ['Janie'], tags: ['family'] },
		]);
	});
});
