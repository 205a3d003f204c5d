import { describe, expect, it } from 'vitest';
import { parseContact, sectionOfHeading, type Contact, type SectionItem } from '../../src/domain/contact';
import { DEFAULT_KEYS, defaultSettings, type FieldKeys, type RapportSettings } from '../../src/domain/settings';
import { day } from '../builders';

const PATH = 'People/Sam Rivera.md';

function parse(
	frontmatter: Record<string, unknown> | undefined,
	items: SectionItem[] = [],
	change?: (s: RapportSettings) => void,
	tags: string[] = [],
): Contact {
	const settings = defaultSettings();
	change?.(settings);
	return parseContact({ path: PATH, frontmatter, tags, items }, settings);
}

describe('parseContact reads every field', () => {
	it('reads the design example', () => {
		const contact = parse({
			type: 'contact',
			aliases: ['Sam'],
			company: 'Acme',
			role: 'Staff engineer',
			email: 'sam@acme.example',
			linkedin: 'https://www.linkedin.com/in/sam-rivera',
			location: 'Lisbon',
			tie: 'strong',
			cadence: '30d',
			last_contact: '2026-10-02',
			next_follow_up: '2026-11-30',
			status: 'active',
			level: 'senior',
			met: '[[DevTools Summit 2026]]',
			introduced_by: '[[Alex Kim]]',
			birthday: '05-04',
			tags: ['contact', 'devtools'],
		});
		expect(contact).toMatchObject({
			path: PATH,
			name: 'Sam Rivera',
			aliases: ['Sam'],
			company: 'Acme',
			role: 'Staff engineer',
			email: 'sam@acme.example',
			linkedin: 'https://www.linkedin.com/in/sam-rivera',
			location: 'Lisbon',
			tie: 'strong',
			lastContact: day('2026-10-02'),
			nextFollowUp: day('2026-11-30'),
			status: 'active',
			level: 'senior',
			met: 'DevTools Summit 2026',
			introducedBy: 'Alex Kim',
			birthday: { month: 5, day: 4 },
			tags: ['contact', 'devtools'],
			problems: [],
		});
		expect(contact.effectiveCadence.label).toBe('every 30d');
	});

	it('reads a note with no frontmatter as an active contact named after the file', () => {
		const contact = parse(undefined);
		expect(contact.name).toBe('Sam Rivera');
		expect(contact.status).toBe('active');
		expect(contact.problems).toEqual([]);
		expect(contact.aliases).toEqual([]);
	});

	it('reads a js-yaml Date at UTC midnight as the same day', () => {
		const contact = parse({ last_contact: new Date(Date.UTC(2026, 9, 2)) });
		expect(contact.lastContact).toBe(day('2026-10-02'));
		expect(contact.problems).toEqual([]);
	});

	it('reads last_contact linking a daily note as that day, and a link to any dated note by its format', () => {
		expect(parse({ last_contact: '[[2026-11-05]]' }).lastContact).toBe(day('2026-11-05'));
		expect(parse({ last_contact: '[[Daily/2026-11-05|5 Nov]]' }).problems).toEqual([]);
		const dayOfLink = (target: string): number | undefined => (target === 'Daily/05.11.2026' ? day('2026-11-05') : undefined);
		const linked = parseContact(
			{ path: PATH, frontmatter: { last_contact: '[[Daily/05.11.2026]]' }, tags: [], items: [], dayOfLink },
			defaultSettings(),
		);
		expect(linked.lastContact).toBe(day('2026-11-05'));
		expect(linked.problems).toEqual([]);
		// A link to a note that is no day is still a problem, said as before.
		expect(parse({ last_contact: '[[Acme offsite]]' }).problems).toEqual([
			"last_contact: expected a date YYYY-MM-DD, got '[[Acme offsite]]'",
		]);
	});

	it('shows the display text of a linked company and the target of a linked introducer', () => {
		const contact = parse({
			company: '[[Acme Corp|Acme]]',
			introduced_by: '[[People/Alex Kim|Alex]]',
			met: '[[DevTools Summit 2026#Day 2]]',
		});
		expect(contact.company).toBe('Acme');
		expect(contact.introducedBy).toBe('People/Alex Kim');
		expect(contact.met).toBe('DevTools Summit 2026');
	});

	it('reads values in any case', () => {
		const contact = parse({ tie: 'Strong', status: 'Dormant', level: 'PEER' });
		expect(contact.tie).toBe('strong');
		expect(contact.status).toBe('dormant');
		expect(contact.level).toBe('peer');
		expect(contact.problems).toEqual([]);
	});

	it('reads a one-item list where text is expected, as property lists in Obsidian often are', () => {
		const contact = parse({ company: ['[[Acme]]'] });
		expect(contact.company).toBe('Acme');
		expect(contact.problems).toEqual([]);
	});

	it('treats empty values as missing, without a problem', () => {
		const contact = parse({ company: '', tie: null, cadence: '', last_contact: null, birthday: '' });
		expect(contact.company).toBeUndefined();
		expect(contact.tie).toBeUndefined();
		expect(contact.lastContact).toBeUndefined();
		expect(contact.problems).toEqual([]);
	});
});

describe("parseContact reports each problem in the user's words and still reads the rest", () => {
	it('names a misspelt tie', () => {
		const contact = parse({ tie: 'stong', company: 'Acme', last_contact: '2026-10-02', cadence: 'monthly' });
		expect(contact.problems).toEqual(["tie: expected strong, medium or weak, got 'stong'"]);
		expect(contact.tie).toBeUndefined();
		expect(contact.company).toBe('Acme');
		expect(contact.lastContact).toBe(day('2026-10-02'));
		expect(contact.effectiveCadence.label).toBe('monthly');
	});

	it.each([
		['cadence', { cadence: 'sometimes' }, "cadence: expected a cadence like 2w, 30d, 3m, 1y or monthly, got 'sometimes'"],
		['status', { status: 'paused' }, "status: expected active, dormant or archived, got 'paused'"],
		['level', { level: 'boss' }, "level: expected senior, peer or junior, got 'boss'"],
		['birthday', { birthday: '13-45' }, "birthday: expected MM-DD or YYYY-MM-DD, got '13-45'"],
		['last_contact', { last_contact: '2026-13-45' }, "last_contact: expected a date YYYY-MM-DD, got '2026-13-45'"],
		['next_follow_up', { next_follow_up: 'next week' }, "next_follow_up: expected a date YYYY-MM-DD, got 'next week'"],
		['a number for a date', { last_contact: 20261002 }, 'last_contact: expected a date YYYY-MM-DD, got 20261002'],
		['a list for a date', { last_contact: ['2026-10-02'] }, 'last_contact: expected a date YYYY-MM-DD, got ["2026-10-02"]'],
		['a tie that is a number', { tie: 3 }, 'tie: expected strong, medium or weak, got 3'],
		['a nested list for text (unquoted [[Acme]])', { company: [['Acme']] }, 'company: expected text, got [["Acme"]]'],
		['a map for text', { role: { title: 'CTO' } }, 'role: expected text, got {"title":"CTO"}'],
	])('names a bad %s', (_what, frontmatter, problem) => {
		const contact = parse({
			...frontmatter,
			company: (frontmatter as Record<string, unknown>).company ?? 'Acme',
			email: 'sam@acme.example',
		});
		expect(contact.problems).toEqual([problem]);
		expect(contact.email).toBe('sam@acme.example');
		expect(contact.name).toBe('Sam Rivera');
	});

	it('reads a list of several in a text property as its first, and names it, but not a list of emails', () => {
		const contact = parse({ company: ['Acme', 'Globex'], role: ['Analyst'], email: ['sam@acme.example', 'sam@home.example'] });
		expect(contact.company).toBe('Acme');
		expect(contact.role).toBe('Analyst');
		expect(contact.emails).toEqual(['sam@acme.example', 'sam@home.example']);
		expect(contact.problems).toEqual([`company: expected one text, got ["Acme","Globex"]; only the first, 'Acme', is read`]);
	});

	it('reports every bad field at once and reads every good one', () => {
		const contact = parse({
			tie: 'stong',
			cadence: 'sometimes',
			status: 'paused',
			last_contact: 'yesterday',
			company: 'Acme',
			role: 'CTO',
			level: 'senior',
			next_follow_up: '2026-11-30',
		});
		expect(contact.problems).toHaveLength(4);
		expect(contact.problems.join('\n')).toMatch(/^tie: .*'stong'$/m);
		expect(contact.problems.join('\n')).toMatch(/^cadence: .*'sometimes'$/m);
		expect(contact.problems.join('\n')).toMatch(/^status: .*'paused'$/m);
		expect(contact.problems.join('\n')).toMatch(/^last_contact: .*'yesterday'$/m);
		expect(contact).toMatchObject({ company: 'Acme', role: 'CTO', level: 'senior', nextFollowUp: day('2026-11-30'), status: 'active' });
	});

	it('a bad cadence falls back to the one from the tie', () => {
		const contact = parse({ tie: 'weak', cadence: 'sometimes' });
		expect(contact.cadence).toBeUndefined();
		expect(contact.effectiveCadence.label).toBe('every 180d');
	});

	it('names the key as the user mapped it', () => {
		const contact = parse({ strength: 'stong', last_met: '2026-10-02', firm: 'Acme' }, [], (s) => {
			s.keys.tie = 'strength';
			s.keys.lastContact = 'last_met';
			s.keys.company = 'firm';
		});
		expect(contact.problems).toEqual(["strength: expected strong, medium or weak, got 'stong'"]);
		expect(contact.lastContact).toBe(day('2026-10-02'));
		expect(contact.company).toBe('Acme');
	});
});

describe('parseContact with custom key names', () => {
	it('reads the mapped keys and ignores the default names', () => {
		const contact = parse(
			{ strength: 'weak', tie: 'strong', every: '2w', seen: '2026-10-02', last_contact: '2026-01-01', nicknames: ['Sammy'] },
			[],
			(s) => {
				s.keys.tie = 'strength';
				s.keys.cadence = 'every';
				s.keys.lastContact = 'seen';
				s.keys.aliases = 'nicknames';
			},
		);
		expect(contact.tie).toBe('weak');
		expect(contact.effectiveCadence.label).toBe('every 2w');
		expect(contact.lastContact).toBe(day('2026-10-02'));
		expect(contact.aliases).toEqual(['Sammy']);
		expect(contact.problems).toEqual([]);
	});

	it('reads a name mapped afresh in the same settings, and two keys mapped to one property', () => {
		const settings = defaultSettings();
		const note = { path: PATH, frontmatter: { tie: 'weak', strength: 'strong', firm: 'Acme' }, tags: [], items: [] };
		expect(parseContact(note, settings).tie).toBe('weak');
		settings.keys.tie = 'strength';
		expect(parseContact(note, settings).tie).toBe('strong');
		settings.keys.company = 'firm';
		settings.keys.role = 'firm';
		expect(parseContact(note, settings)).toMatchObject({ tie: 'strong', company: 'Acme', role: 'Acme' });
	});

	it('reads each mapped name afresh when it is changed in place, whichever it is', () => {
		// The parse keeps its reading plan while the mapped names stay the same: every one of them must count.
		for (const key of Object.keys(DEFAULT_KEYS) as (keyof FieldKeys)[]) {
			const settings = defaultSettings();
			const note = { path: PATH, frontmatter: { [`x_${key}`]: { bad: true } }, tags: [], items: [] };
			expect(parseContact(note, settings).problems, key).toEqual([]);
			settings.keys[key] = `x_${key}`;
			expect(parseContact(note, settings).problems, key).toEqual([expect.stringMatching(new RegExp(`^x_${key}: expected `))]);
		}
	});

	it('reads a property named like something every object has as it did', () => {
		const contact = parse({ hasOwnProperty: 'strong' }, [], (s) => {
			s.keys.tie = 'hasOwnProperty';
			s.keys.company = 'constructor';
		});
		expect(contact.tie).toBe('strong');
		expect(contact.problems).toEqual([expect.stringMatching(/^constructor: expected text, got function/)]);
	});
});

describe('default cadence from the tie', () => {
	it.each([
		['strong', 30],
		['medium', 90],
		['weak', 180],
		[undefined, 90],
	])('tie %s gives %i days', (tie, days) => {
		const contact = parse(tie ? { tie } : {});
		expect(contact.effectiveCadence).toMatchObject({ count: days, unit: 'd' });
		expect(contact.cadence).toBeUndefined();
	});

	it('uses the days from settings', () => {
		const contact = parse({ tie: 'strong' }, [], (s) => {
			s.cadenceDays.strong = 14;
		});
		expect(contact.effectiveCadence).toMatchObject({ count: 14, unit: 'd' });
	});

	it('a written cadence beats the tie', () => {
		const contact = parse({ tie: 'weak', cadence: 'monthly' });
		expect(contact.effectiveCadence.label).toBe('monthly');
		expect(contact.cadence?.label).toBe('monthly');
	});
});

describe('aliases', () => {
	it.each([
		['a list', { aliases: ['Sam', 'Sammy'] }, ['Sam', 'Sammy']],
		['a string', { aliases: 'Sam' }, ['Sam']],
		['a comma-separated string', { aliases: 'Sam, Sammy' }, ['Sam', 'Sammy']],
		['the singular key', { alias: 'Sam' }, ['Sam']],
		['links', { aliases: ['[[Sam]]'] }, ['Sam']],
		['a number', { aliases: [2026] }, ['2026']],
	])('reads %s', (_what, frontmatter, aliases) => {
		const contact = parse(frontmatter);
		expect(contact.aliases).toEqual(aliases);
		expect(contact.problems).toEqual([]);
	});

	it('names an alias that is not a name and keeps the others', () => {
		const contact = parse({ aliases: ['Sam', { nick: 'S' }] });
		expect(contact.aliases).toEqual(['Sam']);
		expect(contact.problems).toHaveLength(1);
		expect(contact.problems[0]).toMatch(/^aliases: expected a list of names/);
	});
});

describe('birthday', () => {
	it.each([
		['05-04', { month: 5, day: 4 }],
		['5-4', { month: 5, day: 4 }],
		['1990-05-04', { year: 1990, month: 5, day: 4 }],
		['02-29', { month: 2, day: 29 }],
		['1992-02-29', { year: 1992, month: 2, day: 29 }],
		['--05-04', { month: 5, day: 4 }],
	])('reads %s', (text, birthday) => {
		const contact = parse({ birthday: text });
		expect(contact.birthday).toEqual(birthday);
		expect(contact.problems).toEqual([]);
	});

	it('reads a js-yaml Date', () => {
		expect(parse({ birthday: new Date(Date.UTC(1990, 4, 4)) }).birthday).toEqual({ year: 1990, month: 5, day: 4 });
	});

	it.each([['02-30'], ['1991-02-29'], ['13-01'], ['04-31'], ['May 4'], ['0504']])('names %s as a problem', (text) => {
		const contact = parse({ birthday: text });
		expect(contact.birthday).toBeUndefined();
		expect(contact.problems).toEqual([`birthday: expected MM-DD or YYYY-MM-DD, got '${text}'`]);
	});
});

describe('tags', () => {
	it('merges frontmatter and body tags, without interaction marks', () => {
		const contact = parse({ tags: ['contact', 'devtools'] }, [], undefined, ['devtools', 'mentor', 'gave', 'Asked', 'awaiting', 'nudge']);
		expect(contact.tags).toEqual(['contact', 'devtools', 'mentor']);
	});
});

describe('sections', () => {
	const items: SectionItem[] = [
		{ section: 'remember', line: 8, text: 'Training for the Berlin marathon 📅 2026-09-28' },
		{ section: 'remember', line: 9, text: 'Two kids' },
		{ section: 'interactions', line: 11, text: '2026-09-15 email: Sent the observability article. #gave' },
		{ section: 'interactions', line: 12, text: '2026-10-02 coffee: Platform team reorg. #asked' },
		{ section: 'interactions', line: 13, text: '2026-10-05 lunch: tacos' },
		{ section: 'interactions', line: 14, text: 'sometime in spring: met at a meetup' },
		{ section: 'followUps', line: 16, text: 'Send her the conference talk link 📅 2026-10-09', task: ' ' },
		{ section: 'followUps', line: 17, text: 'Intro her to Jo', task: ' ' },
		{ section: 'followUps', line: 18, text: 'Not a task, just a note' },
		{ section: 'other', line: 20, text: 'Ask about the offsite 📅 2026-10-20', task: ' ' },
		{ section: 'other', line: 21, text: 'Read her blog', task: ' ' },
		{ section: 'other', line: 22, text: 'Likes climbing 📅 2026-10-20' },
	];

	it('reads interactions newest first, with their lines', () => {
		const contact = parse({}, items);
		expect(contact.interactions.map((i) => [i.line, i.kind])).toEqual([
			[13, 'other'],
			[12, 'coffee'],
			[11, 'email'],
		]);
		expect(contact.interactions[1]?.asked).toBe(true);
		expect(contact.interactions[2]?.gave).toBe(true);
	});

	it('keeps the lines of one day in the order written, in a short log and a long one', () => {
		for (const count of [6, 200]) {
			// Days going back and forth, each written on several lines.
			const lines: SectionItem[] = Array.from({ length: count }, (_, i) => ({
				section: 'interactions',
				line: i,
				text: `2026-10-${String(10 + ((i * 7) % 5)).padStart(2, '0')} call: line ${i}`,
			}));
			const read = parse({}, lines).interactions.map((i) => [i.date, i.line]);
			const expected = lines
				.map((l) => [day(l.text.slice(0, 10)), l.line] as const)
				.sort((a, b) => b[0] - a[0] || a[1] - b[1])
				.map(([d, l]) => [d, l]);
			expect(read).toEqual(expected);
		}
	});

	it('names interaction lines it can not read, and the unknown kind it read as other', () => {
		const contact = parse({}, items);
		expect(contact.problems).toHaveLength(2);
		expect(contact.problems.find((p) => p.includes('line 14'))).toContain("'lunch'");
		expect(contact.problems.find((p) => p.includes('line 15'))).toContain('sometime in spring');
		expect(contact.problems.every((p) => p.startsWith('Interactions '))).toBe(true);
	});

	it('reads remember items, dated or not', () => {
		const contact = parse({}, items);
		expect(contact.remember).toEqual([
			{ line: 8, text: 'Training for the Berlin marathon', date: day('2026-09-28'), done: false },
			{ line: 9, text: 'Two kids', date: undefined, done: false },
		]);
	});

	it('reads every task under Follow-ups, and elsewhere only tasks with a due date', () => {
		const contact = parse({}, items);
		expect(contact.followUps.map((f) => [f.line, f.text, f.due])).toEqual([
			[16, 'Send her the conference talk link', day('2026-10-09')],
			[17, 'Intro her to Jo', undefined],
			[20, 'Ask about the offsite', day('2026-10-20')],
		]);
	});
});

describe('a task under Interactions', () => {
	it('is a task, not an interaction line: a follow-up when it has a due date, and no problem', () => {
		const contact = parse({}, [
			{ section: 'interactions', line: 4, text: '2026-11-01 call' },
			{ section: 'interactions', line: 5, text: 'Send Bruce the JD 📅 2026-12-03', task: ' ' },
			{ section: 'interactions', line: 6, text: 'Pick a date for lunch', task: ' ', nested: true },
			{ section: 'interactions', line: 7, text: 'Ask for the deck [due:: 2026-12-09]', task: ' ', nested: true },
		]);
		expect(contact.interactions.map((i) => [i.line, i.kind])).toEqual([[4, 'call']]);
		expect(contact.followUps.map((f) => [f.line, f.text, f.due])).toEqual([
			[5, 'Send Bruce the JD', day('2026-12-03')],
			[7, 'Ask for the deck', day('2026-12-09')],
		]);
		expect(contact.problems).toEqual([]);
	});
});

describe('sectionOfHeading', () => {
	it.each([
		['Interactions', 'interactions'],
		['interaction log', 'interactions'],
		['**Log**', 'interactions'],
		['Remember', 'remember'],
		['To remember', 'remember'],
		['Follow-ups', 'followUps'],
		['Follow ups', 'followUps'],
		['Followups', 'followUps'],
		['Notes', 'other'],
		['Interactions with Sam', 'other'],
	])('%s opens %s', (heading, section) => {
		expect(sectionOfHeading(heading)).toBe(section);
	});
});
