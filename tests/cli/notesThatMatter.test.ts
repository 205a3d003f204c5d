// The CLI parses a note's frontmatter only where it can matter: in a contacts folder, with
// a contact tag in its text, or naming a property Rapport reads. A broken block is
// reported for those notes, with the note's path; other notes' blocks are not read.
import { describe, expect, it } from 'vitest';
import { namesAProperty } from '../../src/cli/notesThatMatter';
import { vault } from '../builders';
import { cli, writeVault } from './tempVault';

interface Problem {
	path: string;
	message: string;
}

function mixed(): string {
	return writeVault(
		vault()
			.contact('Sam Rivera', (c) => c.tie('strong').lastContact('2026-11-01'))
			.contact('Jo Park', (c) => c.tie('weak'))
			.note('People/Broken', '---\ncompany: "Acme\n---\n')
			// A daily note whose block holds nothing Rapport reads: not parsed, not listed.
			.daily('2026-11-02', '---\nmood: [good\n---\n- Lunch with [[Jo Park]]\n')
			// A daily note naming a property Rapport reads: parsed, so its problem is listed.
			.daily('2026-11-03', '---\ndate: [2026-11-03\n---\n- Call with [[Sam Rivera]]\n')
			// Tags that mention no contact tag: not parsed.
			.daily('2026-11-04', '---\ntags: [daily\n---\n- Call with [[Sam Rivera]]\n')
			// Tags that mention one: parsed.
			.note('Notes/Tagged', '---\ntags: [contact\n---\n')
			// Tagged as a contact in its text, outside the contacts folder.
			.note('Friends/Ana Lima', '---\ncompany: Initech\ntie: weak\nlast_contact: 2026-10-01\n---\n#contact\n')
			.note('Friends/Bad Tag', '---\ncompany: [Initech\n---\n#contact\n')
			// A meeting outside any folder Rapport knows, found by its marker.
			.note('Meetings/Kickoff', '---\ntype: meeting\ndate: 2026-11-10\npeople: ["[[Sam Rivera]]"]\n---\n')
			// Templates are never read for problems.
			.note('Templates/Contact', '---\ntype: contact\ncompany: "{{company\n---\n'),
	);
}

describe('whose frontmatter the CLI reads', () => {
	const root = mixed();

	it('lists broken blocks in notes that can matter, with their paths, and no others', async () => {
		const result = await cli('problems', '--vault', root, '--json');
		const paths = (JSON.parse(result.out) as Problem[])
			.filter((p) => p.message.startsWith('frontmatter does not parse'))
			.map((p) => p.path);
		expect(paths.sort()).toEqual(['Daily/2026-11-03.md', 'Friends/Bad Tag.md', 'Notes/Tagged.md', 'People/Broken.md']);
	});

	it('reads the properties of a contact tagged in its text, and of a meeting found by its marker', async () => {
		const result = await cli('contacts', '--vault', root, '--json');
		const contacts = JSON.parse(result.out) as { path: string; company: string | null; effectiveLastContact: string | null }[];
		expect(contacts.find((c) => c.path === 'Friends/Ana Lima.md')).toMatchObject({
			company: 'Initech',
			effectiveLastContact: '2026-10-01',
		});
		expect(contacts.find((c) => c.path === 'People/Sam Rivera.md')?.effectiveLastContact).toBe('2026-11-10');
	});

	it('still counts the links of a daily note whose block it did not read', async () => {
		const result = await cli('contacts', '--vault', root, '--json');
		const contacts = JSON.parse(result.out) as { path: string; effectiveLastContact: string | null }[];
		expect(contacts.find((c) => c.path === 'People/Jo Park.md')?.effectiveLastContact).toBe('2026-11-02');
	});
});

describe('namesAProperty', () => {
	const names = ['type', 'categories', 'date'];

	it('finds a top-level key, quoted or spaced before its colon', () => {
		expect(namesAProperty('mood: ok\ntype: meeting', names)).toBe(true);
		expect(namesAProperty('"categories" : [a]', names)).toBe(true);
		expect(namesAProperty("'date': 2026-11-01", names)).toBe(true);
	});

	it('finds a key written in another case, as the properties are read', () => {
		expect(namesAProperty('Mood: ok\nType: Contact', names)).toBe(true);
		expect(namesAProperty('"DATE": 2026-11-01', names)).toBe(true);
		expect(namesAProperty('Tags: [a]\nTypes: 1', names)).toBe(false);
	});

	it('takes a block whose keys could be hidden (flow mapping, merge, anchor, explicit key) as naming one', () => {
		for (const yaml of ['{type: contact}', '<<: *base', '&a x: 1', '? type\n: contact']) expect(namesAProperty(yaml, names)).toBe(true);
	});

	it('passes over other keys, longer names, nested keys and values', () => {
		expect(namesAProperty('mood: good\ntypes: 1\ntags: [a]\n  type: nested\nnote: "type: no"', names)).toBe(false);
		expect(namesAProperty('', names)).toBe(false);
	});
});
