// `rapport import` and `rapport export vcard` on temporary vaults: the plan as JSON, what is
// written, the second run that writes nothing, the exit codes, and the vault-level round trip.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openVault } from '../../src/cli/openVault';
import { vault } from '../builders';
import { cli, filesOf, snapshot, writeVault } from './tempVault';

const CONNECTIONS = [
	'Notes:',
	'"When exporting your connection data, you may notice that some of the email addresses are missing."',
	'',
	'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
	'Priya,Raman,https://www.linkedin.com/in/priya-raman,,Stripe,Staff Software Engineer,12 Mar 2024',
	'Raj,Patel,https://www.linkedin.com/in/raj-patel,raj@acme.example,Stripe,Engineer,01-Jul-25',
	'Seán,"O\'Brien, PMP",https://www.linkedin.com/in/sean-obrien,,"Acme, Inc.",Director,01 Jan 2024',
	'Alex,Kim,https://www.linkedin.com/in/alex-kim,,Initech,PM,02 Feb 2024',
	',,https://www.linkedin.com/in/nobody,,,,03 Mar 2024',
	'Priya,Raman,https://www.linkedin.com/in/priya-raman,,Stripe,Staff Software Engineer,12 Mar 2024',
	'',
].join('\n');

function setup(): { root: string; file: string } {
	const v = vault()
		.contact('Raj Patel', (c) => c.tie('strong').prop('email', 'raj@acme.example').company('Acme').prop('role', 'Engineer'))
		.contact('Alex Kim')
		.contact('Archive/Alex Kim');
	const root = writeVault(v);
	const file = join(mkdtempSync(join(tmpdir(), 'rapport-import-')), 'Connections.csv');
	writeFileSync(file, CONNECTIONS);
	return { root, file };
}

describe('rapport import', () => {
	it('prints the plan with --dry-run --json, in the shape the issue gives, and writes nothing', async () => {
		const { root, file } = setup();
		const before = snapshot(root);
		const result = await cli('import', 'linkedin', file, '--vault', root, '--dry-run', '--json');
		expect(result.code).toBe(0);
		expect(JSON.parse(result.out)).toEqual({
			create: [
				{
					row: 1,
					name: 'Priya Raman',
					path: 'People/Priya Raman.md',
					fields: {
						company: 'Stripe',
						role: 'Staff Software Engineer',
						linkedin: 'https://www.linkedin.com/in/priya-raman',
						connected: '2024-03-12',
					},
				},
				{
					row: 3,
					name: "Seán O'Brien, PMP",
					path: "People/Seán O'Brien.md",
					fields: {
						company: 'Acme, Inc.',
						role: 'Director',
						linkedin: 'https://www.linkedin.com/in/sean-obrien',
						connected: '2024-01-01',
						aliases: ["Seán O'Brien, PMP"],
					},
				},
			],
			update: [
				{
					row: 2,
					name: 'Raj Patel',
					path: 'People/Raj Patel.md',
					fields: { linkedin: 'https://www.linkedin.com/in/raj-patel', connected: '2025-07-01' },
				},
			],
			ambiguous: [{ row: 4, name: 'Alex Kim', candidates: ['Archive/Alex Kim.md', 'People/Alex Kim.md'] }],
			skipped: [
				{ row: 5, reason: expect.stringMatching(/name/) as string },
				{ row: 6, reason: 'a duplicate of row 1' },
			],
			changes: [{ row: 2, name: 'Raj Patel', path: 'People/Raj Patel.md', field: 'company', from: 'Acme', to: 'Stripe' }],
			leftOut: [],
			kept: [],
			encoding: 'utf-8',
		});
		expect(snapshot(root)).toEqual(before);
	});

	it('imports a person whose Connected On it cannot read without it, and says so the same in the dry run and the real one', async () => {
		const root = writeVault(vault().contact('Raj Patel'));
		const file = join(mkdtempSync(join(tmpdir(), 'rapport-import-')), 'Connections.csv');
		writeFileSync(
			file,
			[
				'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
				'Priya,Raman,https://www.linkedin.com/in/priya-raman,,Stripe,Engineer,12 Mar 2024',
				'Sam,Rivera,https://www.linkedin.com/in/sam-rivera,sam@acme.example,Acme,CTO,3/12/2024',
				'',
			].join('\n'),
		);
		const said = [
			`Fields left out of ${file} (1):`,
			"  row 2, Sam Rivera: 'Connected On' 3/12/2024 is not a date Rapport reads; imported without it",
		].join('\n');
		const dry = await cli('import', 'linkedin', file, '--vault', root, '--dry-run');
		expect(dry.code).toBe(0);
		expect(dry.out).toContain('to create 2 · to update 0 · changes 0 · ambiguous 0 · skipped 0 · fields left out 1');
		expect(dry.out).toContain(said);
		const real = await cli('import', 'linkedin', file, '--vault', root);
		expect(real.code).toBe(0);
		expect(real.out).toContain('created 2 · updated 0 · changes 0 · ambiguous 0 · skipped 0 · fields left out 1');
		expect(real.out).toContain(said);
		const sam = filesOf(root, 'notes')['People/Sam Rivera.md'];
		expect(sam).toContain('email: sam@acme.example');
		expect(sam).toContain('company: Acme');
		expect(sam).toContain('role: CTO');
		expect(sam).toContain('linkedin: "https://www.linkedin.com/in/sam-rivera"');
		expect(sam).not.toContain('connected');
	});

	it('says which values of the file it keeps as the notes have them, in the dry run, JSON and import; --overwrite takes them', async () => {
		const root = writeVault(
			vault().contact('Sam Rivera', (c) =>
				c.tie('weak').prop('email', 'sam@old.example').prop('phone', "'+1 555 010 0100'").birthday('1988-09-03'),
			),
		);
		const file = join(mkdtempSync(join(tmpdir(), 'rapport-import-')), 'contacts.vcf');
		const card = [
			'BEGIN:VCARD',
			'VERSION:3.0',
			'FN:Sam Rivera',
			'EMAIL:sam@new.example',
			'TEL:+1 (555) 010-0100',
			'BDAY:1990-01-02',
			'END:VCARD',
		];
		writeFileSync(file, [...card, ''].join('\r\n'));
		const before = snapshot(root);
		const said = [
			"Kept as the notes have them (--overwrite takes the file's) (2):",
			'  card 1, Sam Rivera: email sam@new.example in the file; People/Sam Rivera.md keeps sam@old.example',
			'  card 1, Sam Rivera: birthday 1990-01-02 in the file; People/Sam Rivera.md keeps 1988-09-03',
		].join('\n');
		const dry = await cli('import', 'vcard', file, '--vault', root, '--dry-run');
		expect(dry.code).toBe(0);
		expect(dry.out).toContain('to create 0 · to update 0 · changes 0 · ambiguous 0 · skipped 0 · values kept 2');
		expect(dry.out).toContain(said);
		const json = await cli('import', 'vcard', file, '--vault', root, '--dry-run', '--json');
		const path = 'People/Sam Rivera.md';
		expect((JSON.parse(json.out) as { kept: unknown }).kept).toEqual([
			{ row: 1, name: 'Sam Rivera', path, field: 'email', inNote: ['sam@old.example'], inFile: ['sam@new.example'] },
			{ row: 1, name: 'Sam Rivera', path, field: 'birthday', inNote: ['1988-09-03'], inFile: ['1990-01-02'] },
		]);
		const real = await cli('import', 'vcard', file, '--vault', root);
		expect(real.code).toBe(0);
		expect(real.out).toContain('values kept 2');
		expect(real.out).toContain(said);
		expect(snapshot(root)).toEqual(before);
		const realJson = await cli('import', 'vcard', file, '--vault', root, '--json');
		expect((JSON.parse(realJson.out) as { kept: unknown[] }).kept).toHaveLength(2);

		const overwrite = await cli('import', 'vcard', file, '--vault', root, '--dry-run', '--overwrite', '--json');
		const taken = JSON.parse(overwrite.out) as { kept: unknown[]; update: { fields: unknown }[] };
		expect(taken.kept).toEqual([]);
		expect(taken.update.map((u) => u.fields)).toEqual([{ email: 'sam@new.example', birthday: '1990-01-02' }]);
	});

	it('writes the plan, says what it did, and changes nothing the second time', async () => {
		const { root, file } = setup();
		const first = await cli('import', 'linkedin', file, '--vault', root);
		expect(first.code).toBe(0);
		expect(first.out.split('\n')[0]).toBe('Imported 3 people: 2 new, 1 updated; 2 wait in triage');
		expect(first.out).toContain('created 2 · updated 1 · changes 1 · ambiguous 1 · skipped 2');
		expect(first.out).toContain('Changes are taken only with --take-changes.');
		const notes = filesOf(root, 'notes');
		expect(notes['People/Priya Raman.md']).toContain('connected: 2024-03-12');
		expect(notes['People/Raj Patel.md']).toContain('company: Acme');
		const after = snapshot(root);
		const second = await cli('import', 'linkedin', file, '--vault', root);
		expect(second.code).toBe(0);
		expect(second.out.split('\n')[0]).toBe('Nothing imported.');
		expect(snapshot(root)).toEqual(after);
	});

	it('lists the first rows of each group and counts the rest, as many as --limit asks', async () => {
		const { root, file } = setup();
		const group = (out: string, title: string): string[] => {
			const lines = out.split('\n');
			const at = lines.findIndex((line) => line.startsWith(`${title} (`));
			const end = lines.indexOf('', at);
			return lines.slice(at, end === -1 ? undefined : end);
		};
		const one = await cli('import', 'linkedin', file, '--vault', root, '--dry-run', '--limit', '1');
		expect(group(one.out, 'Create')).toEqual([
			'Create (2):',
			expect.stringMatching(/^ {2}row \d+: People\/\S.*\.md$/),
			'  … and 1 more (--limit all shows every one)',
		]);
		const all = await cli('import', 'linkedin', file, '--vault', root, '--dry-run');
		expect(group(all.out, 'Create')).toHaveLength(3);
		expect(group(all.out, 'Create')[1]).toBe(group(one.out, 'Create')[1]);
	});

	it('says in the dry run that a read-only note it would fill in refuses the import, as the import then does', async () => {
		const { root, file } = setup();
		chmodSync(join(root, 'People/Raj Patel.md'), 0o444);
		const before = snapshot(root);
		const said = 'rapport: People/Raj Patel.md is read-only, so the import would be refused and write nothing; make it writable first.';
		const dry = await cli('import', 'linkedin', file, '--vault', root, '--dry-run');
		expect(dry).toMatchObject({ code: 1, err: said });
		expect(dry.out).toContain('Update (1):');
		const json = await cli('import', 'linkedin', file, '--vault', root, '--dry-run', '--json');
		expect((JSON.parse(json.out) as { readOnly?: string[] }).readOnly).toEqual(['People/Raj Patel.md']);
		const real = await cli('import', 'linkedin', file, '--vault', root);
		expect(real.code).toBe(1);
		expect(real.err).toContain('People/Raj Patel.md is read-only; nothing was written');
		expect(snapshot(root)).toEqual(before);
		chmodSync(join(root, 'People/Raj Patel.md'), 0o644);
		expect(await cli('import', 'linkedin', file, '--vault', root, '--dry-run')).toMatchObject({ code: 0, err: '' });
	});

	it('makes no second note beside a note by the same name it cannot read, and says why', async () => {
		const root = writeVault(vault().contact('Raj Patel'));
		// Saved by another program in Windows-1252: é is the byte 0xE9.
		writeFileSync(join(root, 'People/Wes Latin.md'), Buffer.from('---\ncompany: Soci\xe9t\xe9\n---\n', 'latin1'));
		const file = join(mkdtempSync(join(tmpdir(), 'rapport-import-')), 'Connections.csv');
		writeFileSync(file, 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nWes,Latin,,,Acme,CTO,\nAna,Ruiz,,,Beta,,\n');
		const before = snapshot(root);
		const result = await cli('import', 'linkedin', file, '--vault', root);
		expect(result.code).toBe(0);
		expect(result.out).toContain('row 1: People/Wes Latin.md is there but is not UTF-8 text');
		const made = Object.keys(filesOf(root, 'notes')).filter((path) => !(path in before));
		expect(made).toEqual(['People/Ana Ruiz.md']);
		expect(snapshot(root)['People/Wes Latin.md']).toBe(before['People/Wes Latin.md']);
	});

	it('takes the changes with --take-changes, with a follow-up to congratulate', async () => {
		const { root, file } = setup();
		const result = await cli('import', 'linkedin', file, '--vault', root, '--take-changes', '--today', '2026-11-21');
		expect(result.code).toBe(0);
		const raj = filesOf(root, 'notes')['People/Raj Patel.md'];
		expect(raj).toContain('company: Stripe');
		expect(raj).toContain('previous_companies:\n  - Acme');
		expect(raj).toContain('- [ ] Congratulate Raj on the new role at Stripe 📅 2026-11-21');
	});

	it('puts new notes in --folder', async () => {
		const { root, file } = setup();
		expect((await cli('import', 'linkedin', file, '--vault', root, '--folder', 'Imported/LinkedIn')).code).toBe(0);
		expect(Object.keys(filesOf(root, 'notes')).filter((p) => p.startsWith('Imported/'))).toEqual([
			'Imported/LinkedIn/Priya Raman.md',
			"Imported/LinkedIn/Seán O'Brien.md",
		]);
	});

	it('exits 1 naming the file when it cannot read it, and 2 on a bad format or flag', async () => {
		const { root, file } = setup();
		const cases: [string[], number, RegExp][] = [
			[['import', 'linkedin', '/no/such/file.csv'], 1, /^rapport: \/no\/such\/file\.csv: no such file$/],
			[['import', 'linkedin', root], 1, /: is a folder, not a file$/],
			[['import', 'vcard', file], 1, /Connections\.csv: this looks like a LinkedIn connections export, not a vCard file; /],
			[['import', 'outlook', file], 2, /import reads linkedin, vcard or google, not 'outlook'/],
			[['import', 'linkedin'], 2, /name the file to import/],
			[['import', 'linkedin', file, '--folder', '../out'], 2, /--folder: the folder '..\/out' is outside the vault/],
			[['import', 'linkedin', file, '--overwrit'], 2, /did you mean --overwrite\?/],
			[['queue', 'extra'], 2, /Unexpected argument 'extra'/],
		];
		for (const [args, code, message] of cases) {
			const result = await cli(...args, '--vault', root);
			expect([args.join(' '), result.code]).toEqual([args.join(' '), code]);
			expect(result.err.split('\n')).toHaveLength(1);
			expect(result.err).toMatch(message);
		}
	});
});

describe('rapport import of a file that is not UTF-8', () => {
	const latin = (...parts: (string | number[])[]): Buffer =>
		Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));
	const saidFor = (file: string): string =>
		`${file} is not UTF-8: read as Windows-1252 (Western European); check accented letters before you import.`;

	it('reads an old vCard 2.1 with a raw Latin-1 byte as Windows-1252, quoted-printable ones by their CHARSET, and says so', async () => {
		const root = writeVault(vault().contact('Raj Patel'));
		const file = join(mkdtempSync(join(tmpdir(), 'rapport-import-')), 'nokia.vcf');
		// Outlook and old Nokias: no CHARSET on ORG, the byte é is 0xE9; one name quoted-printable in ISO-8859-1.
		writeFileSync(
			file,
			latin(
				'BEGIN:VCARD\r\nVERSION:2.1\r\nN:Dubois;Claire\r\nFN:Claire Dubois\r\nORG:Soci',
				[0xe9],
				't',
				[0xe9],
				' G',
				[0xe9],
				'n',
				[0xe9],
				'rale\r\nTITLE:Directrice ',
				[0x96],
				' ventes\r\nEND:VCARD\r\n',
				'BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen\r\n',
				'FN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:J=FCrgen M=FCller\r\nORG:Stra',
				[0xdf],
				'e AG\r\nEND:VCARD\r\n',
			),
		);
		const dry = await cli('import', 'vcard', file, '--vault', root, '--dry-run');
		expect(dry.code).toBe(0);
		expect(dry.out.split('\n').slice(0, 2)).toEqual([
			'Import plan (nothing written); new notes go to People/: to create 2 · to update 0 · changes 0 · ambiguous 0 · skipped 0',
			saidFor(file),
		]);
		expect(dry.out).not.toContain('\ufffd');
		const json = await cli('import', 'vcard', file, '--vault', root, '--dry-run', '--json');
		expect(JSON.parse(json.out)).toMatchObject({ encoding: 'windows-1252', encodingNote: saidFor(file) });

		const real = await cli('import', 'vcard', file, '--vault', root);
		expect(real.code).toBe(0);
		expect(real.out.split('\n').slice(0, 3)).toEqual([
			'Imported 2 people: 2 new; 2 wait in triage',
			'created 2 · updated 0 · changes 0 · ambiguous 0 · skipped 0',
			saidFor(file),
		]);
		const notes = filesOf(root, 'notes');
		expect(notes['People/Claire Dubois.md']).toContain('company: Société Générale');
		expect(notes['People/Claire Dubois.md']).toContain('role: Directrice – ventes');
		expect(notes['People/Jürgen Müller.md']).toContain('company: Straße AG');
	});

	it('reads a LinkedIn CSV saved by Excel on Windows as Windows-1252, and says so in the dry run, the real one and --json', async () => {
		const root = writeVault(vault().contact('Raj Patel'));
		const file = join(mkdtempSync(join(tmpdir(), 'rapport-import-')), 'Connections.csv');
		writeFileSync(
			file,
			latin(
				'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n',
				'Ren',
				[0xe9],
				'e,Lef',
				[0xe8],
				'vre,,,Soci',
				[0xe9],
				't',
				[0xe9],
				',',
				[0x93],
				'Head',
				[0x94],
				' of ',
				[0x80],
				' desk,12 Mar 2024\r\n',
			),
		);
		const dry = await cli('import', 'linkedin', file, '--vault', root, '--dry-run');
		expect(dry.code).toBe(0);
		expect(dry.out).toContain(`to create 1 · to update 0 · changes 0 · ambiguous 0 · skipped 0\n${saidFor(file)}\n`);
		expect(dry.out).toContain('People/Renée Lefèvre.md');
		const real = await cli('import', 'linkedin', file, '--vault', root, '--json');
		expect(real.code).toBe(0);
		expect(JSON.parse(real.out)).toMatchObject({
			created: ['People/Renée Lefèvre.md'],
			encoding: 'windows-1252',
			encodingNote: saidFor(file),
		});
		const note = filesOf(root, 'notes')['People/Renée Lefèvre.md'];
		expect(note).toContain('company: Société');
		expect(note).toContain('role: “Head” of € desk');
	});
});

describe('rapport import of a file of another kind', () => {
	it('refuses it, naming the file and the command that reads it, and writes nothing', async () => {
		const { root, file } = setup();
		const before = snapshot(root);
		const result = await cli('import', 'google', file, '--vault', root, '--dry-run');
		expect([result.code, result.out, result.err]).toEqual([
			1,
			'',
			`rapport: ${file}: this looks like a LinkedIn connections export, not a Google Contacts CSV; ` +
				'use `rapport import linkedin`. Nothing was imported.',
		]);
		const unknown = join(root, '..', 'people.csv');
		writeFileSync(unknown, 'First Name,Last Name\nAna,Ruiz\n');
		const plain = await cli('import', 'google', unknown, '--vault', root);
		expect(plain.code).toBe(1);
		expect(plain.err).toMatch(/^rapport: .*people\.csv: No Google Contacts header in the file: .* Nothing was imported\.$/);
		expect(snapshot(root)).toEqual(before);
	});
});

describe('rapport export vcard', () => {
	it('gives back the same contacts and fields when its file is imported into an empty vault', async () => {
		const v = vault()
			.contact('Sam Rivera', (c) =>
				c
					.tie('strong')
					.aliases('Sam', 'Sammy')
					.company('Acme')
					.prop('role', 'Staff engineer')
					.prop('email', '[sam@acme.example, sam@home.example]')
					.prop('phone', '"+1 555 0100"')
					.prop('linkedin', 'https://www.linkedin.com/in/sam-rivera')
					.birthday('1988-09-03')
					.prop('tags', '[contact, devtools]')
					.body('## Notes\nLikes; commas, and\n\\# a hash, escaped when imported'),
			)
			.contact('Jo Park', (c) => c.status('dormant').birthday('04-17').company('Initech'))
			.contact('Archive/Old Friend', (c) => c.status('archived'))
			// Two people of one name, told apart by their companies alone.
			.contact('Work/Alex Kim', (c) => c.company('Initech'))
			.contact('Friends/Alex Kim', (c) => c.company('Hooli'));
		const root = writeVault(v);
		const out = join(root, '..', 'contacts.vcf');
		const exported = await cli('export', 'vcard', '--vault', root, '--out', out);
		expect(exported.code).toBe(0);
		expect(exported.err).toBe(`Exported 4 contacts to ${out}`);

		const empty = mkdtempSync(join(tmpdir(), 'rapport-empty-'));
		mkdirSync(join(empty, '.obsidian'));
		const imported = await cli('import', 'vcard', out, '--vault', empty);
		expect(imported.code).toBe(0);
		const fields = (root: string): unknown =>
			openVault(root)
				.index.contacts()
				.map((c) => ({
					name: c.name,
					aliases: c.aliases,
					company: c.company,
					role: c.role,
					emails: c.emails,
					phones: c.phones,
					linkedin: c.linkedin,
					birthday: c.birthday,
					tags: c.tags.filter((t) => t !== 'contact'),
				}));
		const expected = fields(root) as { name: string; company?: string }[];
		const namesake = (c: { name: string }): boolean => c.name.startsWith('Alex Kim');
		const back = fields(empty) as typeof expected;
		expect(back.filter((c) => !namesake(c))).toEqual(expected.filter((c) => c.name !== 'Old Friend' && !namesake(c)));
		// Both come back: the second note takes the next free name, with the name as written among its aliases.
		expect(back.filter(namesake).map((c) => c.name)).toEqual(['Alex Kim', 'Alex Kim 2']);
		expect(
			back
				.filter(namesake)
				.map((c) => c.company)
				.sort(),
		).toEqual(['Hooli', 'Initech']);
		expect(filesOf(empty, 'notes')['People/Sam Rivera.md']).toContain('## Notes\nLikes; commas, and\n\\# a hash, escaped when imported\n');
	});

	it('prints the cards when no --out is given', async () => {
		const root = writeVault(vault().contact('Sam Rivera', (c) => c.company('Acme')));
		const result = await cli('export', 'vcard', '--vault', root);
		expect(result.code).toBe(0);
		// As stdout has it: the CLI ends each text it prints with a line break.
		const printed = `${result.out}\n`;
		expect(printed).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n[\s\S]*FN:Sam Rivera\r\n[\s\S]*ORG:Acme\r\n[\s\S]*END:VCARD\r\n$/);
		// Every line ends CRLF, the last too: the same bytes as --out writes.
		const out = join(root, '..', 'printed.vcf');
		await cli('export', 'vcard', '--vault', root, '--out', out);
		expect(printed).toBe(readFileSync(out, 'utf8'));
	});

	it('replaces only a file of vCards: a note, or any other file, is left as it was', async () => {
		const root = writeVault(vault().contact('Sam Rivera', (c) => c.company('Acme')));
		const note = join(root, 'People/Sam Rivera.md');
		const before = readFileSync(note, 'utf8');
		expect(await cli('export', 'vcard', '--vault', root, '--out', note)).toEqual({
			code: 1,
			out: '',
			err: `rapport: ${note}: is not a vCard file, so export leaves it as it is; nothing was written (give --out a new file)`,
		});
		expect(readFileSync(note, 'utf8')).toBe(before);
		// An export made before (a BOM and a blank line first too), or an empty file, is replaced.
		const cards = join(root, '..', 'cards.vcf');
		for (const old of ['\uFEFF\r\nbegin:vcard\r\nFN:Old\r\nEND:VCARD\r\n', '']) {
			writeFileSync(cards, old);
			expect((await cli('export', 'vcard', '--vault', root, '--out', cards)).code).toBe(0);
			expect(readFileSync(cards, 'utf8')).toContain('FN:Sam Rivera');
		}
	});

	it('keeps the mode of the --out file it replaces, and leaves a read-only one as it was', async () => {
		const root = writeVault(vault().contact('Sam Rivera', (c) => c.company('Acme')));
		const out = join(root, '..', 'kept.vcf');
		writeFileSync(out, 'BEGIN:VCARD\r\nFN:Old\r\nEND:VCARD\r\n');
		chmodSync(out, 0o600);
		expect((await cli('export', 'vcard', '--vault', root, '--out', out)).code).toBe(0);
		expect(readFileSync(out, 'utf8')).toContain('FN:Sam Rivera');
		expect(statSync(out).mode & 0o777).toBe(0o600);
		writeFileSync(out, 'old cards');
		chmodSync(out, 0o444);
		expect(await cli('export', 'vcard', '--vault', root, '--out', out)).toEqual({
			code: 1,
			out: '',
			err: `rapport: ${out}: is read-only; nothing was written`,
		});
		expect(readFileSync(out, 'utf8')).toBe('old cards');
		expect(statSync(out).mode & 0o777).toBe(0o444);
	});

	it('names the folder, not a file of its own, when the --out folder is not there', async () => {
		const root = writeVault(vault().contact('Sam Rivera'));
		const out = join(root, 'no such folder', 'cards.vcf');
		expect(await cli('export', 'vcard', '--vault', root, '--out', out)).toEqual({
			code: 1,
			out: '',
			err: `rapport: ${out}: can't be written (no folder ${join(root, 'no such folder')})`,
		});
	});

	it('says what it exported as JSON with --json: the count, and the file or the cards', async () => {
		const root = writeVault(vault().contact('Sam Rivera', (c) => c.company('Acme')));
		const printed = await cli('export', 'vcard', '--vault', root, '--json');
		const cards = (await cli('export', 'vcard', '--vault', root)).out;
		expect(JSON.parse(printed.out)).toEqual({ exported: 1, vcard: `${cards}\n` });
		const out = join(root, '..', 'sam.vcf');
		const written = await cli('export', 'vcard', '--vault', root, '--out', out, '--json');
		expect({ code: written.code, out: JSON.parse(written.out) as unknown, err: written.err }).toEqual({
			code: 0,
			out: { exported: 1, out },
			err: '',
		});
	});
});
