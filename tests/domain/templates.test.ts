import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/cli/diskSource';
import { formatDay } from '../../src/domain/day';
import { freePath, meetingNoteText, meetingTitle } from '../../src/domain/meetingNote';
import { TEMPLATE_IDS, TEMPLATE_NAMES, builtInTemplate, formatMoment, namesList, prepBlock, renderTemplate, type TemplateContext } from '../../src/domain/templates';
import { day, vault } from '../builders';

const TODAY = day('2026-11-21');

function people(): TemplateContext['people'] {
	const index = vault()
		.contact('Sam Rivera', (c) => c.company('Acme').prop('role', 'Staff engineer')
			.interaction('2026-11-02 coffee: reorg').interaction('2026-10-15 email: article #gave').interaction('2026-09-01 call: intro').interaction('2026-08-01 event: summit')
			.remember('Berlin marathon 📅 2026-09-28').followUp('Send the talk link 📅 2026-11-28'))
		.contact('Jo Park')
		.index();
	// Sam first: the first person is whose fields {{company}} and {{role}} show.
	return ['People/Sam Rivera.md', 'People/Jo Park.md'].map((path) => {
		const contact = index.contact(path);
		if (!contact) throw new Error(`no ${path}`);
		return contact;
	});
}

function context(extra: Partial<TemplateContext> = {}): TemplateContext {
	return { date: TODAY, time: '09:30', title: 'The title', people: people(), today: TODAY, ...extra };
}

describe('rendering a template', () => {
	it('fills each variable it knows', () => {
		const rendered = renderTemplate('{{date}}|{{ date:dddd, MMMM Do YYYY }}|{{time}}|{{title}}|{{contact}}|{{people}}|{{company}}|{{role}}|{{pronouns}}', {
			...context(),
			fields: [{ pronouns: 'she/her' }],
		});
		expect(rendered).toBe('2026-11-21|Saturday, November 21st 2026|09:30|The title|Sam Rivera and Jo Park|[[Sam Rivera]], [[Jo Park]]|Acme|Staff engineer|she/her');
	});

	it('leaves what it does not know as written: unknown variables, Templater, other braces', () => {
		const text = '{{unknown}} {{company:upper}} <% tp.date.now() %> {{ }} {single} {{date';
		expect(renderTemplate(text, context())).toBe(text);
	});

	it('gives each person their context: who, the last three interactions, what to remember, what is open', () => {
		const [sam] = people();
		if (!sam) throw new Error('no Sam');
		expect(prepBlock(sam, TODAY)).toBe([
			'### [[Sam Rivera]]',
			'- Staff engineer at Acme',
			'- Last time:',
			'  - 2 Nov coffee: reorg',
			'  - 15 Oct email: article',
			'  - 1 Sep call: intro',
			'- Remember:',
			'  - Berlin marathon',
			'- Still open:',
			'  - Send the talk link (due 28 Nov)',
		].join('\n'));
	});

	it('renders every built-in template with no known variable left over', () => {
		for (const id of TEMPLATE_IDS) {
			const rendered = renderTemplate(builtInTemplate(id), context({ title: `${TEMPLATE_NAMES[id]} title` }));
			expect(rendered, id).toContain(`# ${TEMPLATE_NAMES[id]} title`);
			expect(rendered, id).not.toMatch(/\{\{\s*(date|time|title|contact|people|prep|company|role)\b/);
		}
		expect(renderTemplate(builtInTemplate('informational-interview'), context())).toMatch(/## Questions\n(- .+\?\n){5,8}/);
		expect(renderTemplate(builtInTemplate('coffee-chat'), context())).toContain('## Catching up\n### [[Sam Rivera]]\n- Staff engineer at Acme');
		expect(renderTemplate(builtInTemplate('event'), context())).toContain('## People to meet\n- [[Sam Rivera]], [[Jo Park]]');
		expect(renderTemplate(builtInTemplate('recruiter-call'), context())).toContain('- Company: Acme');
	});

	it('formats days with Moment tokens and [literal] text', () => {
		expect(formatMoment(day('2026-01-05'), 'YY-M-D ddd dd [week of] MMM')).toBe('26-1-5 Mon Mo week of Jan');
		expect(['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-22'].map((d) => formatMoment(day(d), 'Do')))
			.toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '22nd']);
	});

	it('lists names as people say them', () => {
		expect([namesList([]), namesList(['A']), namesList(['A', 'B']), namesList(['A', 'B', 'C'])]).toEqual(['', 'A', 'A and B', 'A, B and C']);
	});
});

describe('a new meeting note', () => {
	it('is named by day, template and people, cleaned for any file system, and never takes a used path', () => {
		expect(meetingTitle('coffee-chat', ['Sam Rivera', 'AC/DC: Angus'], TODAY)).toBe('2026-11-21 Coffee chat with Sam Rivera and AC DC Angus');
		const taken = new Set(['Meetings/X.md', 'Meetings/X 2.md']);
		expect(freePath('Meetings', 'X', (p) => taken.has(p))).toBe('Meetings/X 3.md');
		expect(freePath('', 'Y', () => false)).toBe('Y.md');
	});

	it('carries the properties the index reads, and counts as contact with everyone in it', () => {
		const text = meetingNoteText({ template: 'coffee-chat', people: people(), date: day('2026-11-20'), time: '10:00' }, vault().settings, TODAY, parseYaml);
		expect(text.startsWith('---\ntype: meeting\ndate: 2026-11-20\npeople: ["[[Sam Rivera]]", "[[Jo Park]]"]\ntemplate: coffee-chat\n---\n# 2026-11-20 Coffee chat with Sam Rivera and Jo Park\n')).toBe(true);
		const index = vault().contact('Sam Rivera').contact('Jo Park').note('Meetings/2026-11-20 Coffee chat', text).index();
		for (const path of ['People/Sam Rivera.md', 'People/Jo Park.md']) {
			expect(index.timeline(path)[0]).toMatchObject({ date: day('2026-11-20'), kind: 'coffee' });
		}
	});

	it("fills a user template's empty people and date", () => {
		const text = meetingNoteText({ template: 'recruiter-call', people: people().slice(0, 1), date: TODAY, time: '14:00', templateText: '---\ntype: meeting\npeople:\ndate: \n---\nBody\n' }, vault().settings, TODAY, parseYaml);
		expect(text).toBe(`---\ntype: meeting\npeople: ["[[Sam Rivera]]"]\ndate: ${formatDay(TODAY)}\ntemplate: recruiter-call\n---\nBody\n`);
	});

	it("keeps a user template's own properties and fills in only what it lacks", () => {
		const templateText = '---\ntype: 1on1   # my own kind\ntags: [meeting]\n---\n# {{title}} at {{time}}\n<% tp.file.cursor() %>\n';
		const text = meetingNoteText({ template: 'recruiter-call', people: people().slice(0, 1), date: TODAY, time: '14:00', templateText }, vault().settings, TODAY, parseYaml);
		expect(text).toBe(`---\ntype: 1on1   # my own kind\ntags: [meeting]\ndate: ${formatDay(TODAY)}\npeople: ["[[Sam Rivera]]"]\ntemplate: recruiter-call\n---\n# 2026-11-21 Recruiter call with Sam Rivera at 14:00\n<% tp.file.cursor() %>\n`);
	});
});
