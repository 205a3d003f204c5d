// The meeting-note commands, checked on the files a user would open afterwards: the new
// note, the log on each person, that nothing is ever overwritten, and that a refused
// call leaves every byte as it was.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { vault } from '../builders';
import { cli, snapshot, writeVault, type CliResult } from './tempVault';

const TODAY = '2026-11-21';
const TITLE = '2026-11-21 Coffee chat with Sam Rivera and Jo Park';
const PATH = `Meetings/${TITLE}.md`;
const IDS = ['informational-interview', 'coffee-chat', 'event', 'referral-request', 'introduction', 'recruiter-call'];

/** `rapport meeting --vault root ...args --today 2026-11-21`. */
async function meeting(root: string, ...args: string[]): Promise<CliResult> {
	return cli('meeting', '--vault', root, ...args, '--today', TODAY);
}

function note(root: string, path: string): string {
	return readFileSync(join(root, path), 'utf8');
}

const people = (): ReturnType<typeof vault> =>
	vault()
		.contact('Sam Rivera', (c) =>
			c.tie('strong').cadence('monthly').company('Acme').aliases('Sammy').interaction('2026-10-02 coffee: reorg'),
		)
		.contact('Jo Park', (c) => c.tie('weak').lastContact('2026-04-01'))
		.daily('2026-11-20', '- Quiet day');

const SAM_AND_JO = ['--template', 'coffee-chat', '--with', 'Sam Rivera', '--with', 'Jo Park'];

interface QueueJson {
	sections: { id: string; items: { kind: string; name: string; path: string; reason: string }[] }[];
}

async function owed(root: string, today: string): Promise<QueueJson['sections'][number]['items']> {
	const result = await cli('queue', '--vault', root, '--today', today, '--json');
	expect(result.code).toBe(0);
	return (JSON.parse(result.out) as QueueJson).sections.find((s) => s.id === 'owed')?.items ?? [];
}

describe('rapport templates', () => {
	it('lists the six templates, id and name, one per line, without a vault', async () => {
		const result = await cli('templates');
		expect(result.code).toBe(0);
		expect(result.err).toBe('');
		const lines = result.out.split('\n');
		expect(lines.map((line) => line.split(/\s{2,}/)[0])).toEqual(IDS);
		expect(lines[1]).toMatch(/^coffee-chat {2,}Coffee chat$/);
		expect(lines[0]).toBe('informational-interview  Informational interview');
	});

	it('marks the one the vault has its own note for', async () => {
		const root = writeVault(people().note('Templates/coffee-chat', '# My coffee chat\n'));
		const result = await cli('templates', '--vault', root);
		expect(result.code).toBe(0);
		const lines = result.out.split('\n');
		expect(lines).toHaveLength(6);
		expect(lines[1]).toMatch(/^coffee-chat {2,}Coffee chat {2}\(your template: Templates\/coffee-chat\.md\)$/);
		expect(lines.filter((line) => line.includes('your template'))).toHaveLength(1);
	});

	it('takes a note named as the picker names the template, the id winning when both are there', async () => {
		const root = writeVault(
			people()
				.note('Templates/Coffee chat', '# By name {{contact}}\n')
				.note('Templates/Recruiter call', '# By name\n')
				.note('Templates/recruiter-call', '# By id\n'),
		);
		const listed = JSON.parse((await cli('templates', '--vault', root, '--json')).out) as { id: string; override: string | null }[];
		expect(listed.filter((t) => t.override !== null).map((t) => [t.id, t.override])).toEqual([
			['coffee-chat', 'Templates/Coffee chat.md'],
			['recruiter-call', 'Templates/recruiter-call.md'],
		]);
		expect((await cli('templates', '--vault', root)).out.split('\n')[1]).toMatch(/\(your template: Templates\/Coffee chat\.md\)$/);
		expect((await meeting(root, '--template', 'coffee-chat', '--with', 'Sam Rivera')).code).toBe(0);
		expect(note(root, 'Meetings/2026-11-21 Coffee chat with Sam Rivera.md')).toContain('\n# By name Sam Rivera\n');
		expect((await meeting(root, '--template', 'recruiter-call', '--with', 'Sam Rivera')).code).toBe(0);
		expect(note(root, 'Meetings/2026-11-21 Recruiter call with Sam Rivera.md')).toContain('\n# By id\n');
	});

	it('prints JSON: id, name and the overriding note or null', async () => {
		const root = writeVault(people().note('Templates/coffee-chat', '# My coffee chat\n'));
		const listed = JSON.parse((await cli('templates', '--vault', root, '--json')).out) as unknown[];
		expect(listed).toEqual(
			IDS.map((id) => ({ id, name: expect.any(String) as string, override: id === 'coffee-chat' ? 'Templates/coffee-chat.md' : null })),
		);
		expect(listed[1]).toEqual({ id: 'coffee-chat', name: 'Coffee chat', override: 'Templates/coffee-chat.md' });
		const bare = JSON.parse((await cli('templates', '--json')).out) as { override: unknown }[];
		expect(bare.map((t) => t.override)).toEqual(IDS.map(() => null));
	});

	it("looks in the templates folder set in Rapport's settings", async () => {
		const root = writeVault(people().note('Templates/event', '# not this one\n').note('Meeting templates/event', '# this one\n'));
		mkdirSync(join(root, '.obsidian/plugins/rapport'), { recursive: true });
		writeFileSync(join(root, '.obsidian/plugins/rapport/data.json'), JSON.stringify({ templatesFolder: 'Meeting templates' }));
		const listed = JSON.parse((await cli('templates', '--vault', root, '--json')).out) as { id: string; override: string | null }[];
		expect(listed.filter((t) => t.override !== null)).toEqual([{ id: 'event', name: 'Event', override: 'Meeting templates/event.md' }]);
	});
});

describe('rapport meeting', () => {
	it('creates the meeting note, prints its path alone, and logs the meeting on each person', async () => {
		const root = writeVault(people());
		const result = await meeting(root, ...SAM_AND_JO, '--time', '10:30');
		expect(result).toEqual({
			code: 0,
			out: PATH,
			err: 'People/Sam Rivera.md: logged coffee on 21 Nov\nPeople/Jo Park.md: logged coffee on 21 Nov',
		});
		const text = note(root, PATH);
		expect(
			text.startsWith(
				[
					'---',
					'type: meeting',
					'date: 2026-11-21',
					'people: ["[[Sam Rivera]]", "[[Jo Park]]"]',
					'template: coffee-chat',
					'---',
					`# ${TITLE}`,
					'',
				].join('\n'),
			),
		).toBe(true);
		// The prep block: who Sam is and what you last talked about.
		expect(text).toContain('### [[Sam Rivera]]\n- Acme\n- Last time:\n  - 2 Oct coffee: reorg\n');
		for (const path of ['People/Sam Rivera.md', 'People/Jo Park.md']) {
			expect(note(root, path)).toContain(`## Interactions\n- 2026-11-21 coffee: [[${TITLE}]]\n`);
			expect(note(root, path)).toContain('last_contact: 2026-11-21\n');
		}
	});

	it('prepares with every time in touch the index knows, a daily note included', async () => {
		const root = writeVault(people().daily('2026-11-10', '- Lunch with [[Sam Rivera]]'));
		expect((await meeting(root, '--template', 'coffee-chat', '--with', 'Sam Rivera')).code).toBe(0);
		expect(note(root, 'Meetings/2026-11-21 Coffee chat with Sam Rivera.md')).toContain(
			'- Last time:\n  - 10 Nov daily note: [[2026-11-10]]\n  - 2 Oct coffee: reorg\n',
		);
	});

	it('links two contacts of one name by their paths, so each link reaches its own note and counts for them', async () => {
		const v = vault()
			.contact('People/Alex Kim', (c) => c.company('Acme'))
			.contact('Archive/Alex Kim', (c) => c.company('Old Co'));
		const root = writeVault(v);
		const result = await meeting(root, '--template', 'coffee-chat', '--with', 'Archive/Alex Kim.md,People/Alex Kim.md');
		const path = 'Meetings/2026-11-21 Coffee chat with Alex Kim and Alex Kim.md';
		expect(result.out).toBe(path);
		const text = note(root, path);
		expect(text).toContain('\npeople: ["[[Archive/Alex Kim]]", "[[People/Alex Kim]]"]\n');
		expect(text).toContain('### [[Archive/Alex Kim]]\n- Old Co\n');
		expect(text).toContain('### [[People/Alex Kim]]\n- Acme\n');
		// The meeting counts for each of them, the archived one included.
		const contacts = JSON.parse((await cli('contacts', '--vault', root, '--json')).out) as { path: string; lastContact?: string }[];
		expect(contacts.map((c) => [c.path, c.lastContact])).toEqual([
			['Archive/Alex Kim.md', '2026-11-21'],
			['People/Alex Kim.md', '2026-11-21'],
		]);
	});

	it('finds people as log does, by alias, link or path, and from a comma-separated --with', async () => {
		const root = writeVault(people());
		const result = await meeting(root, '--template', 'coffee-chat', '--with', 'sammy, [[Jo Park]]');
		expect(result.out).toBe(PATH);
		expect((await meeting(root, '--template', 'recruiter-call', '--with', 'people/jo park.md')).out).toBe(
			'Meetings/2026-11-21 Recruiter call with Jo Park.md',
		);
		expect(note(root, 'People/Jo Park.md')).toContain('- 2026-11-21 call: [[2026-11-21 Recruiter call with Jo Park]]\n');
	});

	it('never overwrites: the same meeting again is "… 2.md", and the first note keeps its bytes', async () => {
		const root = writeVault(people());
		expect((await meeting(root, ...SAM_AND_JO)).code).toBe(0);
		writeFileSync(join(root, PATH), `${note(root, PATH)}- We talked about the reorg\n`);
		const first = readFileSync(join(root, PATH));
		const again = await meeting(root, ...SAM_AND_JO);
		expect(again.code).toBe(0);
		expect(again.out).toBe(`Meetings/${TITLE} 2.md`);
		expect(readFileSync(join(root, PATH)).equals(first)).toBe(true);
		expect(note(root, `Meetings/${TITLE} 2.md`)).toContain('template: coffee-chat\n');
		// Each log links the note it made.
		expect(note(root, 'People/Sam Rivera.md')).toContain(`- 2026-11-21 coffee: [[${TITLE} 2]]\n- 2026-11-21 coffee: [[${TITLE}]]\n`);
	});

	it("uses the vault's own template, leaving Templater code as written", async () => {
		const template = '---\ntags: [meeting]\n---\n# Coffee with {{contact}} at {{time}}\n<% tp.file.cursor() %>\nWorks at {{company}}\n';
		const root = writeVault(people().note('Templates/coffee-chat', template));
		expect((await meeting(root, '--template', 'coffee-chat', '--with', 'Sam Rivera', '--time', '08:15')).code).toBe(0);
		expect(note(root, 'Meetings/2026-11-21 Coffee chat with Sam Rivera.md')).toBe(
			[
				'---',
				'tags: [meeting]',
				'type: meeting',
				'date: 2026-11-21',
				'people: ["[[Sam Rivera]]"]',
				'template: coffee-chat',
				'---',
				'# Coffee with Sam Rivera at 08:15',
				'<% tp.file.cursor() %>',
				'Works at Acme',
				'',
			].join('\n'),
		);
	});

	it('fills {{time}} with the time now when no --time is given', async () => {
		const root = writeVault(people().note('Templates/event', 'At {{time}} on {{date}}\n'));
		const out: string[] = [];
		const code = await run(
			['meeting', '--vault', root, '--template', 'event', '--with', 'Jo Park'],
			{ out: (t) => out.push(t), err: () => undefined },
			new Date(2026, 10, 21, 9, 5),
		);
		expect(code).toBe(0);
		expect(out).toEqual(['Meetings/2026-11-21 Event with Jo Park.md']);
		expect(note(root, out[0] ?? '')).toContain('At 09:05 on 2026-11-21\n');
	});

	it('prepares a meeting on a later day without logging it on anyone, and says so', async () => {
		const root = writeVault(people());
		const before = snapshot(root);
		const result = await meeting(root, ...SAM_AND_JO, '--date', '2026-11-28');
		const path = 'Meetings/2026-11-28 Coffee chat with Sam Rivera and Jo Park.md';
		expect(result.code).toBe(0);
		expect(result.out).toBe(path);
		expect(result.err).toMatch(/^not logged: the meeting is on 28 Nov, after today/);
		expect(note(root, path)).toContain('date: 2026-11-28\n');
		const after = snapshot(root);
		delete after[path];
		expect(after).toEqual(before);
	});

	it('prints JSON for scripts: the note made and what was logged', async () => {
		const root = writeVault(people());
		const result = await meeting(root, ...SAM_AND_JO, '--json');
		expect(result.err).toBe('');
		expect(JSON.parse(result.out)).toEqual({
			created: PATH,
			logged: [
				{ path: 'People/Sam Rivera.md', said: 'logged coffee on 21 Nov' },
				{ path: 'People/Jo Park.md', said: 'logged coffee on 21 Nov' },
			],
			contacts: [],
		});
		const later = JSON.parse((await meeting(root, ...SAM_AND_JO, '--date', '2026-12-01', '--json')).out) as unknown;
		expect(later).toEqual({ created: 'Meetings/2026-12-01 Coffee chat with Sam Rivera and Jo Park.md', logged: [], contacts: [] });
	});

	it("writes nothing, not even the meeting note, when one person's properties do not parse", async () => {
		const root = writeVault(people().note('People/Broken', '---\ntie: "strong\n---\n## Interactions\n'));
		const before = snapshot(root);
		const result = await meeting(root, '--template', 'coffee-chat', '--with', 'Sam Rivera', '--with', 'Broken');
		expect(result.code).toBe(1);
		expect(result.out).toBe('');
		const lines = result.err.split('\n');
		expect(lines[0]).toMatch(/^rapport: People\/Broken\.md: its properties don't parse \(line \d+: [^\n]+\); nothing was written$/);
		expect(lines[1]).toBe('rapport: no meeting note created, and nothing written to People/Sam Rivera.md either');
		expect(snapshot(root)).toEqual(before);
	});

	it('writes nothing when a name finds nobody, or two people', async () => {
		const root = writeVault(
			people()
				.contact('People/Alex Kim', (c) => c.tie('strong'))
				.contact('Archive/Alex Kim', (c) => c.status('archived')),
		);
		const before = snapshot(root);
		expect(await meeting(root, '--template', 'coffee-chat', '--with', 'Sam Rivera,Jo Parc')).toEqual({
			code: 1,
			out: '',
			err: "rapport: no contact named 'Jo Parc'; did you mean Jo Park? (--create makes a new contact named Jo Parc)",
		});
		const ambiguous = await meeting(root, '--template', 'coffee-chat', '--with', 'Alex Kim');
		expect(ambiguous.code).toBe(1);
		expect(ambiguous.err).toBe(
			"rapport: 'Alex Kim' could be any of Archive/Alex Kim.md and People/Alex " +
				"Kim.md; give the note's path instead, as --with 'Archive/Alex Kim.md'",
		);
		expect(snapshot(root)).toEqual(before);
	});

	it('--create makes a contact of a name that finds nobody, logs the meeting on them too, and says so', async () => {
		const root = writeVault(people());
		const result = await meeting(root, '--template', 'coffee-chat', '--with', 'Sam Rivera, Ana Ruiz', '--create');
		const path = 'Meetings/2026-11-21 Coffee chat with Sam Rivera and Ana Ruiz.md';
		expect(result).toEqual({
			code: 0,
			out: path,
			err: [
				'People/Ana Ruiz.md: new contact',
				'People/Sam Rivera.md: logged coffee on 21 Nov',
				'People/Ana Ruiz.md: logged coffee on 21 Nov',
			].join('\n'),
		});
		expect(note(root, path)).toContain('people: ["[[Sam Rivera]]", "[[Ana Ruiz]]"]');
		expect(note(root, 'People/Ana Ruiz.md')).toMatch(/^---\ntype: contact\nlast_contact: 2026-11-21\n---\n/);
		expect(note(root, 'People/Ana Ruiz.md')).toContain(`## Interactions\n- 2026-11-21 coffee: [[${path.slice(9, -3)}]]\n`);
		// A name already a contact is never made twice.
		const again = await meeting(root, '--template', 'coffee-chat', '--with', 'Ana Ruiz', '--create', '--date', '2026-11-20', '--json');
		expect(JSON.parse(again.out)).toMatchObject({ contacts: [], logged: [{ path: 'People/Ana Ruiz.md' }] });
	});

	it('--create names a new contact without their title, as New contact and an import do', async () => {
		const root = writeVault(people());
		const result = await meeting(root, '--template', 'coffee-chat', '--with', 'Prof. Ana Ruiz', '--create', '--json');
		expect(JSON.parse(result.out)).toMatchObject({ contacts: ['People/Ana Ruiz.md'], logged: [{ path: 'People/Ana Ruiz.md' }] });
		expect(note(root, 'People/Ana Ruiz.md')).toContain('aliases: ["Prof. Ana Ruiz"]');
	});

	it('asks after the contact a titled name is without its title, and --create says it logged on them', async () => {
		const root = writeVault(people());
		const before = snapshot(root);
		expect(await meeting(root, '--template', 'coffee-chat', '--with', 'Dr. Sam Rivera')).toEqual({
			code: 1,
			out: '',
			err: "rapport: no contact named 'Dr. Sam Rivera'; did you mean Sam Rivera? (without its title or credentials, the name is theirs)",
		});
		expect(snapshot(root)).toEqual(before);
		const made = await meeting(root, '--template', 'coffee-chat', '--with', 'Dr. Sam Rivera', '--create');
		expect(made.code).toBe(0);
		expect(made.err.split('\n')).toEqual([
			"rapport: 'Dr. Sam Rivera' is taken as Sam Rivera (People/Sam Rivera.md): without its title or credentials, the name is theirs",
			'People/Sam Rivera.md: logged coffee on 21 Nov',
		]);
	});

	it('asks after a titled name as a contact only where --create would find them, in the new-contact folder', async () => {
		const root = writeVault(people().contact('Work/Lee Wu', (c) => c.tie('weak')));
		expect((await meeting(root, '--template', 'coffee-chat', '--with', 'Dr. Lee Wu')).err).toBe(
			"rapport: no contact named 'Dr. Lee Wu'; add --create to make them a new contact",
		);
	});

	it('--create makes a hidden-file name a visible note, found afterwards by the name given', async () => {
		const root = writeVault(people());
		const result = await meeting(root, '--template', 'coffee-chat', '--with', '. .z', '--create', '--json');
		expect(JSON.parse(result.out)).toMatchObject({ contacts: ['People/z.md'], logged: [{ path: 'People/z.md' }] });
		expect(note(root, 'People/z.md')).toContain('\naliases: [". .z"]\n');
		expect((await cli('log', '--vault', root, '--contact', '. .z', '--kind', 'call', '--today', TODAY)).out).toBe(
			'People/z.md: logged call on 21 Nov',
		);
	});

	it('without --create, a new name is refused, offering it; nothing is written', async () => {
		const root = writeVault(people());
		const before = snapshot(root);
		expect(await meeting(root, '--template', 'coffee-chat', '--with', 'Sam Rivera', '--with', 'Ana Ruiz')).toEqual({
			code: 1,
			out: '',
			err: "rapport: no contact named 'Ana Ruiz'; add --create to make them a new contact",
		});
		expect(snapshot(root)).toEqual(before);
	});

	it('a part of a name is no contact: it asks about the close one, and offers --create only as a new contact of that name', async () => {
		const root = writeVault(people().contact('Ana Lima', (c) => c.tie('medium')));
		const before = snapshot(root);
		expect(await meeting(root, '--template', 'coffee-chat', '--with', 'Ana')).toEqual({
			code: 1,
			out: '',
			err: "rapport: no contact named 'Ana'; did you mean Ana Lima? (--create makes a new contact named Ana)",
		});
		expect(snapshot(root)).toEqual(before);
	});

	it('--create never makes a contact over a note that is there and no contact', async () => {
		const root = writeVault(people().note('People/Ana Ruiz', ''));
		const before = snapshot(root);
		const result = await meeting(root, '--template', 'coffee-chat', '--with', 'Ana Ruiz', '--create');
		expect(result.code).toBe(1);
		expect(result.err).toMatch(
			/^rapport: People\/Ana Ruiz\.md is a note but no contact \(.+\), so --create can't make 'Ana Ruiz' a contact there$/,
		);
		expect(snapshot(root)).toEqual(before);
	});

	it.each([
		[
			['--template', 'lunch', '--with', 'Sam Rivera'],
			/--template expects informational-interview, coffee-chat, event, referral-request, introduction or recruiter-call, got 'lunch'/,
		],
		[['--with', 'Sam Rivera'], /--template is required \(informational-interview, coffee-chat, .*recruiter-call\)/],
		[['--template', 'coffee-chat'], /--with NAME is required/],
		[['--template', 'coffee-chat', '--with', ' , '], /--with NAME is required/],
		[['--template', 'coffee-chat', '--with', 'Sam Rivera', '--time', '9:30'], /--time expects a time HH:mm, such as 09:30, got '9:30'/],
		[['--template', 'coffee-chat', '--with', 'Sam Rivera', '--time', '24:00'], /--time expects a time HH:mm/],
		[['--template', 'coffee-chat', '--with', 'Sam Rivera', '--date', '2026-02-30'], /--date 2026-02-30 is not a day in the calendar/],
		[['--template', 'coffee-chat', '--with', 'Sam Rivera', '--kind', 'coffee'], /--kind only applies to log/],
		[['--template', 'coffee-chat', '--contact', 'Sam Rivera'], /--contact only applies to log.* \(meeting takes --with\)/],
		[['--template', 'coffee-chat', '--create'], /--with NAME is required/],
	])('%j is a usage error: exit 2, one line, nothing written', async (args, message) => {
		const root = writeVault(people());
		const before = snapshot(root);
		const result = await meeting(root, ...args);
		expect(result.code).toBe(2);
		expect(result.err).toMatch(message);
		expect(result.err.split('\n')).toHaveLength(1);
		expect(result.out).toBe('');
		expect(snapshot(root)).toEqual(before);
	});

	it('--with and --template mean nothing to log', async () => {
		expect(await cli('log', '--vault', '.', '--contact', 'Sam', '--kind', 'coffee', '--with', 'Jo')).toMatchObject({
			code: 2,
			err: expect.stringMatching(/--with only applies to meeting/) as string,
		});
	});

	it("asks for an informational interview's own thank-you task the next day, once for everyone in it", async () => {
		const root = writeVault(people());
		expect((await meeting(root, '--template', 'informational-interview', '--with', 'Sam Rivera,Jo Park')).code).toBe(0);
		const path = 'Meetings/2026-11-21 Informational interview with Sam Rivera and Jo Park.md';
		expect(note(root, path)).toContain('\n- [ ] Send a thank-you within a day 📅 2026-11-22\n');
		const rows = (await owed(root, '2026-11-22'))
			.filter((i) => i.kind === 'thank-you' || i.kind === 'follow-up')
			.map((i) => `${i.kind} ${i.name}: ${i.reason}`);
		expect(rows).toEqual([
			'follow-up Jo Park, Sam Rivera: Send a thank-you within a day · due today · ' +
				'from 2026-11-21 Informational interview with Sam Rivera and Jo Park',
		]);
	});

	it('makes an event note for the people to meet, or for nobody yet, and logs no one', async () => {
		const root = writeVault(people());
		const before = snapshot(root);
		const result = await meeting(root, '--template', 'event', '--with', 'Sam Rivera');
		expect(result).toEqual({
			code: 0,
			out: 'Meetings/2026-11-21 Event with Sam Rivera.md',
			err:
				'not logged: the people of an event are the ones to meet; afterwards, log whoever you met with ' +
				'rapport people-met --note "Meetings/2026-11-21 Event with Sam Rivera.md" (Follow up people met in Obsidian)',
		});
		const text = note(root, result.out);
		expect(text.startsWith('---\ntype: meeting\ndate: 2026-11-21\npeople: []\ntemplate: event\n---\n')).toBe(true);
		expect(text).toContain('## People to meet\n- [[Sam Rivera]]\n');
		const alone = await meeting(root, '--template', 'event');
		expect(alone).toEqual({ code: 0, out: 'Meetings/2026-11-21 Event.md', err: '' });
		// Only the two notes are new: nobody's note was touched, and no thank-you is owed.
		const after = snapshot(root);
		expect(
			Object.keys(after)
				.filter((p) => !(p in before))
				.sort(),
		).toEqual(['Meetings/2026-11-21 Event with Sam Rivera.md', 'Meetings/2026-11-21 Event.md']);
		for (const [p, bytes] of Object.entries(before)) expect(after[p], p).toBe(bytes);
		expect((await owed(root, '2026-11-22')).filter((i) => i.kind === 'thank-you')).toEqual([]);
	});

	it('names the note as --title says, after its date, cleaned for any file system', async () => {
		const root = writeVault(people());
		const result = await meeting(root, '--template', 'event', '--title', 'DevTools Summit: Day 1');
		expect(result.code).toBe(0);
		expect(result.out).toBe('Meetings/2026-11-21 DevTools Summit Day 1.md');
		expect(note(root, result.out)).toContain('\n# 2026-11-21 DevTools Summit Day 1\n');
		// A blank title is no title: the template and the people name it.
		expect((await meeting(root, ...SAM_AND_JO, '--title', '  ')).out).toBe(PATH);
	});

	it("leaves a thank-you owed in the next day's queue after a coffee chat", async () => {
		const root = writeVault(people());
		expect((await owed(root, '2026-11-22')).filter((i) => i.kind === 'thank-you')).toEqual([]);
		expect((await meeting(root, ...SAM_AND_JO)).code).toBe(0);
		const thanks = (await owed(root, '2026-11-22')).filter((i) => i.kind === 'thank-you');
		expect(thanks.map((i) => i.path).sort()).toEqual(['People/Jo Park.md', 'People/Sam Rivera.md']);
		expect(thanks.find((i) => i.name === 'Sam Rivera')?.reason).toMatch(/^send a thank-you for the coffee on 21 Nov/);
	});
});
