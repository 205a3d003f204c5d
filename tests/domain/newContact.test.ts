import { describe, expect, it } from 'vitest';
import { contactFileName, newContactPath, newContactText, yamlScalar } from '../../src/domain/newContact';
import { defaultSettings } from '../../src/domain/settings';
import { parseYaml } from '../../src/cli/diskSource';
import { day } from '../builders';

const TODAY = day('2026-11-21');

describe('a new contact note', () => {
	it('gets a file name every system accepts, in the first contact folder', () => {
		expect(contactFileName('AC/DC: Angus "Young"?')).toBe('AC DC Angus Young');
		expect(contactFileName('..hidden')).toBe('hidden');
		expect(contactFileName(' / : ')).toBe('');
		expect(newContactPath('Ana Ruiz', defaultSettings())).toBe('People/Ana Ruiz.md');
		expect(newContactPath('Ana Ruiz', { ...defaultSettings(), newContactFolder: 'Network/New' })).toBe('Network/New/Ana Ruiz.md');
		expect(newContactPath('???', defaultSettings())).toBeUndefined();
	});

	it('starts with the marker, the given properties and empty sections', () => {
		expect(newContactText({ name: 'Ana Ruiz', company: 'Paylark: Labs', tie: 'weak' }, defaultSettings(), TODAY, parseYaml)).toBe(
			'---\ntype: contact\ncompany: "Paylark: Labs"\ntie: weak\n---\n## Remember\n\n## Interactions\n\n## Follow-ups\n',
		);
	});

	it("fills a template's placeholders and keeps the properties it sets itself", () => {
		const template = '---\ntype: person\ncompany: {{company}}\ncreated: {{date}}\n---\n# {{contact}}\nMet: {{where}}\n';
		expect(newContactText({ name: 'Ana Ruiz', company: 'Paylark', tie: 'strong' }, defaultSettings(), TODAY, parseYaml, template)).toBe(
			'---\ntype: person\ncompany: Paylark\ncreated: 2026-11-21\ntie: strong\n---\n# Ana Ruiz\nMet: {{where}}\n',
		);
	});

	it('quotes a value only when YAML would read it otherwise', () => {
		expect(yamlScalar('Acme')).toBe('Acme');
		expect(yamlScalar('yes')).toBe('"yes"');
		expect(yamlScalar('2026')).toBe('"2026"');
		expect(yamlScalar('[[DevTools Summit]]')).toBe('"[[DevTools Summit]]"');
		expect(parseYaml(`k: ${yamlScalar('a: b # c')}`)).toEqual({ k: 'a: b # c' });
	});
});
