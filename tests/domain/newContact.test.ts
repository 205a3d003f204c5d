import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/cli/dates';
import { contactFileName, newContactPath, newContactText, personNoteName, yamlScalar, type NewContact } from '../../src/domain/newContact';
import { defaultSettings } from '../../src/domain/settings';
import { parseYaml } from '../../src/cli/frontmatter';
import { day, vault } from '../builders';

const MOMENT = { today: day('2026-11-21'), time: '09:30', formatDate };

/** The note's text, failing the test when it is refused. */
function text(input: NewContact, template?: string): string {
	const note = newContactText(input, defaultSettings(), MOMENT, parseYaml, template);
	if (!note.ok) throw new Error(note.reason);
	return note.text;
}

// The demo vault's template, as a user would write one for Obsidian's core Templates.
const PERSON = [
	'---',
	'type: contact',
	'aliases: []',
	'company: "{{company}}"',
	'role: "{{role}}"',
	'email:',
	'tie: medium',
	'last_contact: "{{date}}"',
	'location: {{location}}',
	'created: {{date}} {{time}}',
	'tags: [contact, {{company}}]',
	'---',
	'# {{title}}',
	'Works as {{role}} at {{company}}. Met {{where}}.',
	'',
	'## Interactions',
	'',
].join('\n');

describe('a new contact note', () => {
	it('gets a file name every system accepts, in the first contact folder', () => {
		expect(contactFileName('AC/DC: Angus "Young"?')).toBe('AC DC Angus Young');
		expect(contactFileName('..hidden')).toBe('hidden');
		// Never a hidden file, however the dots and spaces in front mix; `.md` is not typed twice.
		for (const name of ['../x', '.x', '. .x', ' . ./.x', '.. ..x', 'x.md', 'x.MD']) expect(contactFileName(name)).toBe('x');
		expect(contactFileName('.NET fan')).toBe('NET fan');
		expect(contactFileName(' / : ')).toBe('');
		expect(newContactPath('Ana Ruiz', defaultSettings())).toBe('People/Ana Ruiz.md');
		expect(newContactPath('Ana Ruiz', { ...defaultSettings(), newContactFolder: 'Network/New' })).toBe('Network/New/Ana Ruiz.md');
		expect(newContactPath('???', defaultSettings())).toBeUndefined();
	});

	it('is named by the person without a title, pronouns or credentials, as an import names one, the whole name an alias', () => {
		const names: [string, string][] = [
			["Dr. Mary O'Brien", "Mary O'Brien"],
			['Prof. Ana Ruiz', 'Ana Ruiz'],
			['Mr Sam Rivera', 'Sam Rivera'],
			['Ms. Jo Park, PMP', 'Jo Park'],
			['Raj Patel MBA', 'Raj Patel'],
			['Martin King Jr.', 'Martin King'],
			['Jane Doe (she/her)', 'Jane Doe'],
			// What tells two people apart stays, and so does a name that is all title.
			['Jose Alvarez (Initech)', 'Jose Alvarez (Initech)'],
			['Smith, Anna', 'Smith, Anna'],
			['Yun Ma', 'Yun Ma'],
			['Dr.', 'Dr'],
			['Dr. C# Dev', 'C Dev'],
		];
		for (const [name, file] of names) expect(personNoteName(name)).toBe(file);
		expect(newContactPath("Dr. Mary O'Brien", defaultSettings())).toBe("People/Mary O'Brien.md");
		expect(text({ name: "Dr. Mary O'Brien" })).toBe(
			'---\ntype: contact\naliases: ["Dr. Mary O\'Brien"]\n---\n## Remember\n\n## Interactions\n\n## Follow-ups\n',
		);
	});

	it('starts with the marker, the given properties and empty sections', () => {
		expect(text({ name: 'Ana Ruiz', company: 'Paylark: Labs', tie: 'weak' })).toBe(
			'---\ntype: contact\ncompany: "Paylark: Labs"\ntie: weak\n---\n## Remember\n\n## Interactions\n\n## Follow-ups\n',
		);
	});

	it("fills a template's placeholders and keeps the properties it sets itself", () => {
		const template = '---\ntype: person\ncompany: {{company}}\ncreated: {{date}}\n---\n# {{contact}}\nMet: {{where}}\n';
		expect(text({ name: 'Ana Ruiz', company: 'Paylark', tie: 'strong' }, template)).toBe(
			'---\ntype: person\ncompany: Paylark\ncreated: 2026-11-21\ntie: strong\n---\n# Ana Ruiz\nMet: {{where}}\n',
		);
	});

	it('renders every variable a meeting template has, leaves unknown contact fields empty, and quotes what YAML needs quoted', () => {
		expect(text({ name: 'Ada: Lovelace', company: 'Analytical Engines: Ltd', tie: 'strong' }, PERSON)).toBe(
			[
				'---',
				'type: contact',
				// The file is `Ada Lovelace.md`: the name as typed is an alias.
				'aliases: ["Ada: Lovelace"]',
				'company: "Analytical Engines: Ltd"',
				'role: ""',
				'email:',
				// Given explicitly, the tie wins over the template's.
				'tie: strong',
				'last_contact: "2026-11-21"',
				'location: ""',
				'created: 2026-11-21 09:30',
				'tags: [contact, "Analytical Engines: Ltd"]',
				'---',
				'# Ada: Lovelace',
				// The body is text: an unknown variable there is left for the user.
				'Works as  at Analytical Engines: Ltd. Met {{where}}.',
				'',
				'## Interactions',
				'',
			].join('\n'),
		);
	});

	it('is a contact the moment it is made, whatever the template left unfilled', () => {
		const made = text(
			{ name: 'Ada Lovelace', company: 'Analytical Engines: Ltd', tie: 'strong' },
			`${PERSON.replace('# {{title}}', '# {{title}} ({{nickname}})')}`,
		);
		const index = vault().note('People/Ada Lovelace', made).index();
		const ada = index.contact('People/Ada Lovelace.md');
		expect(ada).toMatchObject({ name: 'Ada Lovelace', company: 'Analytical Engines: Ltd', tie: 'strong' });
		expect(ada?.problems).toEqual([]);
		expect(made).toContain('\n# Ada Lovelace ()\n');
	});

	it('keeps the name as typed as an alias when the file name had to leave characters out', () => {
		expect(text({ name: 'C# Dev' })).toBe(
			'---\ntype: contact\naliases: ["C# Dev"]\n---\n## Remember\n\n## Interactions\n\n## Follow-ups\n',
		);
		expect(text({ name: 'AC/DC' }, '---\naliases:\n  - Acca\n---\n')).toBe('---\naliases:\n  - Acca\n  - "AC/DC"\ntype: contact\n---\n');
		expect(text({ name: 'Q&A: Bot' }, '---\naliases: ["{{name}}"]\n---\n')).toBe('---\naliases: ["Q&A: Bot"]\ntype: contact\n---\n');
		expect(text({ name: 'Ana Ruiz' }, '---\naliases: []\n---\n')).toBe('---\naliases: []\ntype: contact\n---\n');
	});

	it('escapes values inside a quoted template value, double or single', () => {
		const template = '---\nabout: "Works at {{company}}"\nnote: \'Met {{contact}} at {{company}}\'\n---\n';
		const made = text({ name: "Ana 'Ace' Ruiz", company: 'Acme "Labs"' }, template);
		expect(made).toBe(
			'---\nabout: "Works at Acme \\"Labs\\""\nnote: \'Met Ana \'\'Ace\'\' Ruiz at Acme "Labs"\'\ntype: contact\ncompany: Acme "Labs"\n---\n',
		);
		expect(parseYaml(made.split('---\n')[1] ?? '')).toMatchObject({
			about: 'Works at Acme "Labs"',
			note: 'Met Ana \'Ace\' Ruiz at Acme "Labs"',
		});
	});

	it('refuses a template whose properties do not parse', () => {
		const note = newContactText({ name: 'Ana Ruiz' }, defaultSettings(), MOMENT, parseYaml, '---\ntags: [a\n---\n');
		expect(note).toMatchObject({
			ok: false,
			reason: expect.stringMatching(/^the new-contact template's properties do not parse once filled in \(.+\)$/) as unknown,
		});
	});

	it('quotes a value only when YAML would read it otherwise', () => {
		expect(yamlScalar('Acme')).toBe('Acme');
		expect(yamlScalar('yes')).toBe('"yes"');
		expect(yamlScalar('2026')).toBe('"2026"');
		expect(yamlScalar('[[DevTools Summit]]')).toBe('"[[DevTools Summit]]"');
		expect(parseYaml(`k: ${yamlScalar('a: b # c')}`)).toEqual({ k: 'a: b # c' });
	});
});

describe('a template whose properties are spelled in capitals', () => {
	it('gets its values on its own lines, and keeps the aliases it holds', () => {
		const template = '---\nType: contact\nCompany: {{company}}\nAliases: [Sammy]\n---\n# {{title}}\n';
		const made = newContactText({ name: 'C# Dev', company: 'Acme', tie: 'weak' }, defaultSettings(), MOMENT, parseYaml, template);
		if (!made.ok) throw new Error(made.reason);
		expect(made.text).toMatch(/^---\nType: contact\nCompany: Acme\nAliases: \[Sammy, "C# Dev"\]\ntie: weak\n---\n/);
	});
});
