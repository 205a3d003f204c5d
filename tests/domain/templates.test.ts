import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/cli/dates';
import { parseYaml } from '../../src/cli/frontmatter';
import { formatDay } from '../../src/domain/day';
import { freePath, meetingNoteText, meetingTitle } from '../../src/domain/meetingNote';
import { namesList, renderTemplate, templatePaths, type TemplateContext } from '../../src/domain/templates';
import { day, vault } from '../builders';

const TODAY = day('2026-11-21');

function people(): TemplateContext['people'] {
	const index = vault()
		.contact('Sam Rivera', (c) =>
			c
				.company('Acme')
				.prop('role', 'Staff engineer')
				.interaction('2026-11-02 coffee: reorg')
				.interaction('2026-10-15 email: article #gave')
				.interaction('2026-09-01 call: intro')
				.interaction('2026-08-01 event: summit')
				.remember('Berlin marathon 📅 2026-09-28')
				.followUp('Send the talk link 📅 2026-11-28'),
		)
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
	return { date: TODAY, time: '09:30', formatDate, title: 'The title', people: people(), today: TODAY, ...extra };
}

describe('template overrides', () => {
	it('are looked for by id, then by the name the picker shows', () => {
		expect(templatePaths('Templates', 'coffee-chat')).toEqual(['Templates/coffee-chat.md', 'Templates/Coffee chat.md']);
		expect(templatePaths('', 'informational-interview')).toEqual(['informational-interview.md', 'Informational interview.md']);
	});
});

describe('rendering a template', () => {
	const render = (text: string, extra: Partial<TemplateContext> = {}): string => renderTemplate(text, context(extra));

	it('fills {{date}} with the meeting day, and {{date:FORMAT}} with Moment tokens, time of day included', () => {
		expect(render('{{date}}|{{ date:dddd, MMMM Do YYYY }}|{{date:YY-M-D d}}')).toBe('2026-11-21|Saturday, November 21st 2026|26-11-21 6');
		expect(render('{{date:YYYY-MM-DD HH:mm}}|{{date:[at] h:mm a}}', { time: '14:05' })).toBe('2026-11-21 14:05|at 2:05 pm');
	});

	it('fills {{time}} with the meeting time, and {{time:FORMAT}} with Moment tokens', () => {
		expect(render('{{time}}|{{time:h:mm A}}|{{time:hh:mm a}}|{{time:H[h]m}}', { time: '14:05' })).toBe('14:05|2:05 PM|02:05 pm|14h5');
		expect(render('{{time:h A}}|{{time:h a}}|{{time:HH}}', { time: '00:30' })).toBe('12 AM|12 am|00');
		expect(render('{{time:h:mm A}}', { time: '12:00' })).toBe('12:00 PM');
	});

	it(
		'fills a date or time with any moment token (ISO week, day of ' + 'the year, seconds, quarter), and leaves an empty format as written',
		() => {
			const text = '{{date:W}} {{date:YYYY-[W]WW}} {{date:DDDD}} {{time:HH:mm:ss}} {{date:YYYY Q}} {{date:}} {{time:}}';
			expect(render(text)).toBe('47 2026-W47 325 09:30:00 2026 4 {{date:}} {{time:}}');
		},
	);

	it('fills {{title}}, {{contact}} as names and {{people}} as links', () => {
		expect(render('{{title}}|{{contact}}|{{people}}')).toBe('The title|Sam Rivera and Jo Park|[[Sam Rivera]], [[Jo Park]]');
		expect(render('{{contact}}|{{people}}', { people: people().slice(0, 1) })).toBe('Sam Rivera|[[Sam Rivera]]');
	});

	it('leaves a variable with a suffix it does not take as written', () => {
		const text = '{{title:x}} {{contact:first}} {{people:links}} {{prep:short}} {{person:x}} {{company:upper}}';
		expect(render(text)).toBe(text);
	});

	it("writes a line with {{person}} once for each person, with that person's fields", () => {
		expect(render('## Who\n- [ ] Ask {{person}} ({{company}})\n- done', { fields: [{}, {}] })).toBe(
			'## Who\n- [ ] Ask Sam Rivera (Acme)\n- [ ] Ask Jo Park ()\n- done',
		);
	});

	it("fills {{prep}} with each person's context, one after the other", () => {
		const rendered = render('{{prep}}');
		expect(rendered).toMatch(/^### \[\[Sam Rivera\]\]\n- Staff engineer at Acme\n[^]*\n\n### \[\[Jo Park\]\]\n- First conversation$/);
	});

	it("fills any field of the first person's contact: text as written, dates as YYYY-MM-DD, lists joined with commas", () => {
		const index = vault()
			.contact('Sam Rivera', (c) =>
				c
					.company('"[[Acme|Acme Corp]]"')
					.prop('role', 'Staff engineer')
					.prop('location', 'Berlin')
					.prop('email', 'sam@acme.test')
					.prop('linkedin', 'https://www.linkedin.com/in/samrivera')
					.tie('strong')
					.prop('level', 'senior')
					.cadence('monthly')
					.lastContact('2026-10-02')
					.nextFollowUp('2026-12-01')
					.birthday('--03-14')
					.prop('met', '"[[DevTools Summit]]"')
					.introducedBy('Ana Ruiz')
					.aliases('Sammy', 'S. Rivera')
					.prop('tags', '[climbing, rust]'),
			)
			.index();
		const sam = index.contact('People/Sam Rivera.md');
		if (!sam) throw new Error('no Sam');
		const text =
			'{{name}}|{{company}}|{{role}}|{{location}}|{{email}}|{{linkedin}}|{{tie}}|{{level}}|{{status}}|{{cadence}}|' +
			'{{lastContact}}|{{nextFollowUp}}|{{birthday}}|{{met}}|{{introducedBy}}|{{aliases}}|{{tags}}';
		expect(renderTemplate(text, context({ people: [sam] }))).toBe(
			[
				'Sam Rivera',
				'Acme Corp',
				'Staff engineer',
				'Berlin',
				'sam@acme.test',
				'https://www.linkedin.com/in/samrivera',
				'strong',
				'senior',
				'active',
				'monthly',
				'2026-10-02',
				'2026-12-01',
				'03-14',
				'[[DevTools Summit]]',
				'[[Ana Ruiz]]',
				'Sammy, S. Rivera',
				'climbing, rust',
			].join('|'),
		);
	});

	it('fills a contact field the note leaves empty with nothing, since it is a field it knows', () => {
		const [, jo] = people();
		if (!jo) throw new Error('no Jo');
		expect(render('Company: {{company}}|{{role}}|{{lastContact}}|{{tags}}', { people: [jo] })).toBe('Company: |||');
	});

	it("fills any other property of the person's note: lists joined, dates as YYYY-MM-DD, empty as nothing", () => {
		const fields = [
			{
				pronouns: 'she/her',
				projects: ['Atlas', 'Orbit'],
				since: new Date(Date.UTC(2019, 4, 1)),
				team: null,
				score: 3,
				last_contact: '2026-10-02',
			},
		];
		expect(render('{{pronouns}}|{{projects}}|{{since}}|{{team}}|{{score}}|{{last_contact}}', { fields })).toBe(
			'she/her|Atlas, Orbit|2019-05-01||3|2026-10-02',
		);
	});

	it('leaves what it does not know as written: unknown names, values without plain text, Templater, other braces', () => {
		const fields = [{ address: { city: 'Berlin' }, links: [{ url: 'x' }] }];
		const text = '{{unknown}} {{address}} {{links}} {{constructor}} {{toString}} <% tp.date.now() %> {{ }} {single} {{date';
		expect(render(text, { fields })).toBe(text);
	});
});

describe('names in a sentence', () => {
	it('lists names as people say them', () => {
		expect([namesList([]), namesList(['A']), namesList(['A', 'B']), namesList(['A', 'B', 'C'])]).toEqual([
			'',
			'A',
			'A and B',
			'A, B and C',
		]);
	});
});

describe('a new meeting note', () => {
	it('is named by day, template and people, cleaned for any file system, and never takes a used path', () => {
		expect(meetingTitle('coffee-chat', ['Sam Rivera', 'AC/DC: Angus'], TODAY)).toBe(
			'2026-11-21 Coffee chat with Sam Rivera and AC DC Angus',
		);
		const taken = new Set(['Meetings/X.md', 'Meetings/X 2.md']);
		expect(freePath('Meetings', 'X', (p) => taken.has(p))).toBe('Meetings/X 3.md');
		expect(freePath('', 'Y', () => false)).toBe('Y.md');
	});

	it('names up to three people, then two and how many others', () => {
		const names = ['Ana Ruiz', 'Ben Adler', 'Chen Wei', 'Dana Fox', 'Eli Stone', 'Fay Moss'];
		expect(meetingTitle('event', names.slice(0, 3), TODAY)).toBe('2026-11-21 Event with Ana Ruiz, Ben Adler and Chen Wei');
		expect(meetingTitle('event', names.slice(0, 4), TODAY)).toBe('2026-11-21 Event with Ana Ruiz, Ben Adler and 2 others');
		expect(meetingTitle('event', names, TODAY)).toBe('2026-11-21 Event with Ana Ruiz, Ben Adler and 4 others');
		expect(meetingTitle('coffee-chat', [], TODAY)).toBe('2026-11-21 Coffee chat');
	});

	it('takes a name the user gave in place of the template and the people', () => {
		expect(meetingTitle('event', ['Sam Rivera'], TODAY, 'DevTools Summit')).toBe('2026-11-21 DevTools Summit');
		expect(meetingTitle('event', [], TODAY, '  AC/DC: live ')).toBe('2026-11-21 AC DC live');
		expect(meetingTitle('coffee-chat', ['Sam Rivera'], TODAY, ' / ')).toBe('2026-11-21 Coffee chat with Sam Rivera');
		expect(meetingTitle('event', [], TODAY, 'x'.repeat(300))).toHaveLength(100);
	});

	it('keeps a name short enough for any file system, with fewer names first, then cut at a word', () => {
		const long = ['Maximiliana Alexandrovna Konstantinopolskaya-Vanderbilt', 'Bartholomew Fitzgerald Montgomery-Ashworth III', 'Jo Park'];
		const three = meetingTitle('informational-interview', long, TODAY);
		expect(three).toBe('2026-11-21 Informational interview with Maximiliana Alexandrovna and 2 others');
		expect(three.length).toBeLessThanOrEqual(100);

		const one = meetingTitle(
			'informational-interview',
			['Maximiliana Alexandrovna Konstantinopolskaya-Vanderbilt of the Northern Provinces and Territories'],
			TODAY,
		);
		expect(one).toBe('2026-11-21 Informational interview with Maximiliana Alexandrovna Konstantinopolskaya-Vanderbilt of');
		expect(one.length).toBeLessThanOrEqual(100);

		// Three bytes a letter: under a hundred letters can be more bytes than a file name may take.
		const a = '欧'.repeat(22);
		const b = '司'.repeat(22);
		const c = '诸'.repeat(22);
		expect(`2026-11-21 Event with ${a}, ${b} and ${c}`.length).toBeLessThanOrEqual(100);
		const chinese = meetingTitle('event', [a, b, c], TODAY);
		expect(chinese).toBe(`2026-11-21 Event with ${a}, ${b} and 1 other`);
		expect(new TextEncoder().encode(`${chinese} 99.md`).length).toBeLessThanOrEqual(255);
	});

	it('carries the properties the index reads, and counts as contact with everyone in it', () => {
		const text = meetingNoteText(
			{ template: 'coffee-chat', people: people(), date: day('2026-11-20'), time: '10:00', formatDate },
			vault().settings,
			TODAY,
			parseYaml,
		);
		expect(
			text.startsWith(
				'---\ntype: meeting\ndate: 2026-11-20\npeople: ["[[Sam Rivera]]", "[[Jo Park]]"]\n' +
					'template: coffee-chat\n---\n# 2026-11-20 Coffee chat with Sam Rivera and Jo Park\n',
			),
		).toBe(true);
		const index = vault().contact('Sam Rivera').contact('Jo Park').note('Meetings/2026-11-20 Coffee chat', text).index();
		for (const path of ['People/Sam Rivera.md', 'People/Jo Park.md']) {
			expect(index.timeline(path)[0]).toMatchObject({ date: day('2026-11-20'), kind: 'coffee' });
		}
	});

	it("fills a user template's empty people and date", () => {
		const text = meetingNoteText(
			{
				template: 'recruiter-call',
				people: people().slice(0, 1),
				date: TODAY,
				time: '14:00',
				formatDate,
				templateText: '---\ntype: meeting\npeople:\ndate: \n---\nBody\n',
			},
			vault().settings,
			TODAY,
			parseYaml,
		);
		expect(text).toBe(`---\ntype: meeting\npeople: ["[[Sam Rivera]]"]\ndate: ${formatDay(TODAY)}\ntemplate: recruiter-call\n---\nBody\n`);
	});

	it("sets date, people and template over a user template's own, keeping every other line as written", () => {
		const templateText = [
			'---',
			'type: meeting',
			'date: <% tp.date.now() %>  # when',
			'people: ["[[{{contact}}]]"]',
			'topic: "{{title}}"',
			'template: mine',
			'---',
			'Body',
			'',
		].join('\n');
		const text = meetingNoteText(
			{ template: 'coffee-chat', people: people(), date: day('2026-11-20'), time: '10:00', formatDate, templateText },
			vault().settings,
			TODAY,
			parseYaml,
		);
		expect(text).toBe(
			[
				'---',
				'type: meeting',
				'date: 2026-11-20  # when',
				'people: ["[[Sam Rivera]]", "[[Jo Park]]"]',
				'topic: "2026-11-20 Coffee chat with Sam Rivera and Jo Park"',
				'template: coffee-chat',
				'---',
				'Body',
				'',
			].join('\n'),
		);
		const literal = meetingNoteText(
			{
				template: 'coffee-chat',
				people: people().slice(0, 1),
				date: day('2026-11-20'),
				time: '10:00',
				formatDate,
				templateText: '---\ndate: 2026-01-01\npeople:\n  - "[[Nobody]]"\n---\n',
			},
			vault().settings,
			TODAY,
			parseYaml,
		);
		expect(literal).toBe('---\ndate: 2026-11-20\npeople: ["[[Sam Rivera]]"]\ntype: meeting\ntemplate: coffee-chat\n---\n');
		const index = vault().contact('Sam Rivera').contact('Jo Park').note('Meetings/2026-11-20 Coffee chat', text).index();
		expect(index.timeline('People/Jo Park.md')[0]).toMatchObject({ date: day('2026-11-20'), kind: 'coffee' });
		expect(index.problems()).toEqual([]);
	});

	it("keeps a user template's own properties and fills in only what it lacks", () => {
		const templateText = '---\ntype: 1on1   # my own kind\ntags: [meeting]\n---\n# {{title}} at {{time}}\n<% tp.file.cursor() %>\n';
		const text = meetingNoteText(
			{ template: 'recruiter-call', people: people().slice(0, 1), date: TODAY, time: '14:00', formatDate, templateText },
			vault().settings,
			TODAY,
			parseYaml,
		);
		expect(text).toBe(
			`---\ntype: 1on1   # my own kind\ntags: [meeting]\ndate: ${formatDay(TODAY)}\npeople: ["[[Sam Rivera]]"]\n` +
				`template: recruiter-call\n---\n# 2026-11-21 Recruiter call with Sam Rivera at 14:00\n<% tp.file.cursor() %>\n`,
		);
	});
});
