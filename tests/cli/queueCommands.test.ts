// snooze, dormant, done and people-met from the command line, checked on the notes a user
// would open afterwards and on the queue the next run prints: the plugin's rules, by name
// and words instead of a row picked, and nothing written when the words find no one thing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vault } from '../builders';
import { cli, filesOf, snapshot, writeVault, type CliResult } from './tempVault';

const TODAY = '2026-11-21';

async function run(command: string, root: string, ...args: string[]): Promise<CliResult> {
	// dormant alone has no use for a day.
	return cli(command, '--vault', root, ...args, ...(command === 'dormant' ? [] : ['--today', TODAY]));
}

function note(root: string, path: string): string {
	return readFileSync(join(root, path), 'utf8');
}

interface QueueJson {
	sections: { id: string; items: { name: string; kind: string; due: string; reason: string }[] }[];
}

/** Each row of the queue on a day: "section kind name due". */
async function rows(root: string, today = TODAY): Promise<string[]> {
	const queue = JSON.parse((await cli('queue', '--vault', root, '--today', today, '--json')).out) as QueueJson;
	return queue.sections.flatMap((s) => s.items.map((i) => `${s.id} ${i.kind} ${i.name} ${i.due}`));
}

const people = (): ReturnType<typeof vault> =>
	vault()
		.contact('Sam Rivera', (c) =>
			c
				.tie('strong')
				.cadence('monthly')
				.interaction('2026-10-02 coffee: reorg')
				.followUp('Send the talk link 📅 2026-11-18')
				.followUp('Send the deck 📅 2026-11-25')
				.followUp('Ask about the offsite'),
		)
		.contact('Jo Park', (c) => c.tie('weak').lastContact('2026-11-18'))
		.contact('Mia Chen', (c) => c.tie('medium').lastContact('2026-06-01'));

describe('rapport snooze', () => {
	it("a contact's cadence: next_follow_up a week on, and they leave the queue until then", async () => {
		const root = writeVault(people());
		expect(await rows(root)).toContain('reconnect cadence Sam Rivera 2026-11-02');
		expect(await run('snooze', root, '--contact', 'Sam Rivera', '--for', '1w')).toEqual({
			code: 0,
			out: 'People/Sam Rivera.md: snoozed until 28 Nov',
			err: '',
		});
		expect(note(root, 'People/Sam Rivera.md')).toContain('\nnext_follow_up: 2026-11-28\n---\n');
		// Back among the upcoming, due on the day picked.
		expect((await rows(root)).filter((r) => r.includes('cadence Sam'))).toEqual(['upcoming cadence Sam Rivera 2026-11-28']);
		expect(await rows(root, '2026-11-28')).toContain('reconnect cadence Sam Rivera 2026-11-28');
	});

	it.each([
		[['--for', '1m'], '2026-12-21'],
		[['--for', '2 weeks'], '2026-12-05'],
		[['--for', '10d'], '2026-12-01'],
		[['--for', '1y'], '2027-11-21'],
		[['--for', '2 years'], '2028-11-21'],
		[['--until', '2027-01-04'], '2027-01-04'],
	])('%j snoozes until %s', async (args, until) => {
		const root = writeVault(people());
		expect((await run('snooze', root, '--contact', 'Mia Chen', ...args)).code).toBe(0);
		expect(note(root, 'People/Mia Chen.md')).toContain(`\nnext_follow_up: ${until}\n`);
	});

	it('is "not before this day": someone not due before it is left as they are, and said so', async () => {
		const root = writeVault(people());
		const before = snapshot(root);
		// Jo was in touch three days ago and is due every 180 days.
		expect(await run('snooze', root, '--contact', 'Jo Park', '--for', '1w')).toEqual({
			code: 0,
			out: 'Jo Park is not due until 17 May 2027; nothing to snooze.',
			err: '',
		});
		expect(snapshot(root)).toEqual(before);
		const both = await run('snooze', root, '--contact', 'Sam Rivera, Jo Park', '--for', '1w');
		expect(both).toEqual({
			code: 0,
			out: 'People/Sam Rivera.md: snoozed until 28 Nov',
			err: 'Skipped 1: Jo Park is not due until 17 May 2027.',
		});
	});

	it('says a dormant or archived contact is out of the queue, and writes nothing', async () => {
		const root = writeVault(
			people()
				.contact('Ana Ruiz', (c) => c.tie('weak').status('dormant'))
				.contact('Bo Li', (c) => c.tie('weak').status('archived')),
		);
		const before = snapshot(root);
		expect(await run('snooze', root, '--contact', 'Ana Ruiz', '--for', '1w')).toEqual({
			code: 0,
			out: 'Ana Ruiz is dormant, out of the queue; nothing to snooze.',
			err: '',
		});
		expect((await run('snooze', root, '--contact', 'Sam Rivera, Bo Li', '--for', '1w')).err).toBe(
			'Skipped 1: Bo Li is archived, out of the queue.',
		);
		expect(snapshot(root)['People/Ana Ruiz.md']).toBe(before['People/Ana Ruiz.md']);
		expect(snapshot(root)['People/Bo Li.md']).toBe(before['People/Bo Li.md']);
	});

	it('--follow-up moves that follow-up, found by some of its words, and not the cadence', async () => {
		const root = writeVault(people());
		const result = await run('snooze', root, '--contact', 'Sam Rivera', '--follow-up', 'talk link', '--for', '1w');
		expect(result).toEqual({ code: 0, out: "People/Sam Rivera.md: 'Send the talk link' moved to 28 Nov", err: '' });
		const text = note(root, 'People/Sam Rivera.md');
		expect(text).toContain('- [ ] Send the talk link 📅 2026-11-28\n');
		expect(text).not.toContain('next_follow_up');
		expect((await rows(root)).filter((r) => r.startsWith('owed'))).toEqual([]);
	});

	it("--follow-up moves a meeting note's follow-up in the meeting note", async () => {
		const root = writeVault(
			people().meeting('2026-11-10 Coffee chat with Sam Rivera', '2026-11-10', ['Sam Rivera'], '- [ ] Intro Sam to Ana 📅 2026-11-15'),
		);
		const result = await run('snooze', root, '--contact', 'Sam Rivera', '--follow-up', 'intro sam', '--until', '2026-12-01');
		expect(result.out).toBe("Meetings/2026-11-10 Coffee chat with Sam Rivera.md: 'Intro Sam to Ana' moved to 1 Dec");
		expect(note(root, 'Meetings/2026-11-10 Coffee chat with Sam Rivera.md')).toContain('- [ ] Intro Sam to Ana 📅 2026-12-01\n');
	});

	it('refuses a follow-up with no due date: the queue never shows it', async () => {
		const root = writeVault(people());
		const before = snapshot(root);
		const result = await run('snooze', root, '--contact', 'Sam Rivera', '--follow-up', 'offsite', '--for', '1w');
		expect(result.code).toBe(1);
		expect(result.err).toBe(
			"rapport: 'Ask about the offsite' has no due date, so the queue never shows it and there is nothing to snooze; " +
				'give it one in People/Sam Rivera.md',
		);
		expect(snapshot(root)).toEqual(before);
	});

	it.each([
		[['--contact', 'Sam Rivera'], /snooze needs --until YYYY-MM-DD or --for SPAN/],
		[['--contact', 'Sam Rivera', '--for', '1w', '--until', '2026-12-01'], /give --until or --for, not both/],
		[['--contact', 'Sam Rivera', '--until', '2026-11-21'], /--until 2026-11-21 is not after today \(2026-11-21\)/],
		[['--contact', 'Sam Rivera', '--for', 'soon'], /--for expects a span such as 3d, 1w, 2w, 1m or 1y, got 'soon'/],
		[['--contact', 'Sam Rivera', '--for', '0d'], /--for expects a span/],
		[['--for', '1w'], /--contact NAME is required/],
		[
			['--contact', 'Sam Rivera', '--contact', 'Jo Park', '--follow-up', 'x', '--for', '1w'],
			/--follow-up picks a follow-up of one contact/,
		],
		[['--contact', 'Sam Rivera', '--due', '2026-11-18', '--for', '1w'], /--due needs --follow-up TEXT/],
		[['--contact', 'Sam Rivera', '--for', '1w', '--kind', 'call'], /--kind only applies to log/],
	])('%j is a usage error, exit 2, nothing written', async (args, message) => {
		const root = writeVault(people());
		const before = snapshot(root);
		const result = await run('snooze', root, ...args);
		expect(result.code).toBe(2);
		expect(result.err).toMatch(message);
		expect(snapshot(root)).toEqual(before);
	});

	it('prints JSON for scripts: what was written, and what was skipped', async () => {
		const root = writeVault(people());
		const result = await run('snooze', root, '--contact', 'Sam Rivera', '--contact', 'Jo Park', '--for', '1w', '--json');
		expect(JSON.parse(result.out)).toEqual({
			message: 'Sam Rivera: snoozed until 28 Nov',
			written: [{ path: 'People/Sam Rivera.md', said: 'snoozed until 28 Nov' }],
			unchanged: [],
			created: [],
			remark: 'Skipped 1: Jo Park is not due until 17 May 2027.',
		});
	});
});

describe('rapport dormant', () => {
	it('marks each contact dormant, and they leave the queue', async () => {
		const root = writeVault(people());
		expect(await run('dormant', root, '--contact', 'Sam Rivera', '--contact', 'Mia Chen')).toEqual({
			code: 0,
			out: ['People/Sam Rivera.md: marked dormant; it leaves the queue', 'People/Mia Chen.md: marked dormant; it leaves the queue'].join(
				'\n',
			),
			err: '',
		});
		expect(note(root, 'People/Mia Chen.md')).toContain('\nstatus: dormant\n');
		expect(await rows(root)).toEqual([]);
	});

	it('writes nothing when one name finds nobody', async () => {
		const root = writeVault(people());
		const before = snapshot(root);
		const result = await run('dormant', root, '--contact', 'Sam Rivera', '--contact', 'Mia Chn');
		expect(result).toEqual({ code: 1, out: '', err: "rapport: no contact named 'Mia Chn'; did you mean Mia Chen?" });
		expect(snapshot(root)).toEqual(before);
	});

	it('prints JSON for scripts', async () => {
		const root = writeVault(people());
		expect(JSON.parse((await run('dormant', root, '--contact', 'Jo Park', '--json')).out)).toEqual({
			message: 'Jo Park: marked dormant; it leaves the queue',
			written: [{ path: 'People/Jo Park.md', said: 'marked dormant; it leaves the queue' }],
			unchanged: [],
			created: [],
			remark: null,
		});
	});

	it('lists a note its write left as it was under unchanged, not written', async () => {
		const root = writeVault(people().contact('Ana Ruiz', (c) => c.tie('weak').status('archived')));
		const before = snapshot(root);
		expect(JSON.parse((await run('dormant', root, '--contact', 'Ana Ruiz', '--contact', 'Jo Park', '--json')).out)).toMatchObject({
			written: [{ path: 'People/Jo Park.md', said: 'marked dormant; it leaves the queue' }],
			unchanged: [{ path: 'People/Ana Ruiz.md', said: 'archived already; left as it is' }],
		});
		expect(snapshot(root)['People/Ana Ruiz.md']).toBe(before['People/Ana Ruiz.md']);
	});
});

describe('rapport done', () => {
	it('ticks the follow-up its words find, in the note it is in, and it leaves the queue', async () => {
		const root = writeVault(people());
		expect(await run('done', root, '--contact', 'Sam Rivera', '--follow-up', 'the talk link')).toEqual({
			code: 0,
			out: 'People/Sam Rivera.md: done: Send the talk link',
			err: '',
		});
		expect(note(root, 'People/Sam Rivera.md')).toContain('- [x] Send the talk link 📅 2026-11-18 ✅ 2026-11-21\n');
		expect((await rows(root)).filter((r) => r.startsWith('owed'))).toEqual([]);
	});

	it("ticks a meeting note's follow-up in the meeting note", async () => {
		const root = writeVault(
			people().meeting('2026-11-10 Coffee chat with Sam Rivera', '2026-11-10', ['Sam Rivera'], '- [ ] Intro Sam to Ana 📅 2026-11-15'),
		);
		const result = await run('done', root, '--contact', 'Sam Rivera', '--follow-up', 'Intro Sam to Ana');
		expect(result.out).toBe('Meetings/2026-11-10 Coffee chat with Sam Rivera.md: done: Intro Sam to Ana');
		expect(note(root, 'Meetings/2026-11-10 Coffee chat with Sam Rivera.md')).toContain(
			'- [x] Intro Sam to Ana 📅 2026-11-15 ✅ 2026-11-21',
		);
	});

	it('ticks a dated task that links them from a daily note, in that note', async () => {
		const root = writeVault(people().daily('2026-11-19', '- [ ] Send [[Sam Rivera]] the board notes 📅 2026-11-20\n'));
		const result = await run('done', root, '--contact', 'Sam Rivera', '--follow-up', 'board notes');
		expect(result).toMatchObject({ code: 0, out: 'Daily/2026-11-19.md: done: Send [[Sam Rivera]] the board notes' });
		expect(note(root, 'Daily/2026-11-19.md')).toBe('- [x] Send [[Sam Rivera]] the board notes 📅 2026-11-20 ✅ 2026-11-21\n');
	});

	it('finds a follow-up by its words as the queue prints them, links as they read, and lists them so', async () => {
		const root = writeVault(
			people().daily('2026-11-19', '- [ ] Send [[Sam Rivera|Sam]] the [[Board/Q4 notes|board notes]] 📅 2026-11-20\n'),
		);
		const none = await run('done', root, '--contact', 'Sam Rivera', '--follow-up', 'book the venue');
		expect(none.err).toContain("'Send Sam the board notes' (due 2026-11-20, Daily/2026-11-19.md)");
		const result = await run('done', root, '--contact', 'Sam Rivera', '--follow-up', 'Send Sam the board notes');
		expect(result.code).toBe(0);
		expect(note(root, 'Daily/2026-11-19.md')).toBe(
			'- [x] Send [[Sam Rivera|Sam]] the [[Board/Q4 notes|board notes]] 📅 2026-11-20 ✅ 2026-11-21\n',
		);
	});

	it('takes words copied from a reason the queue cut short, its … and all', async () => {
		const task = 'Send Sam the very long write-up about the platform reorg, the hiring plan and the budget';
		const root = writeVault(people().contact('Ana Ruiz', (c) => c.followUp(`${task} 📅 2026-11-20`)));
		const queue = await run('queue', root);
		const row = queue.out.split('\n').find((line) => line.includes('Send Sam the very long'));
		const shown = row?.slice(row.indexOf('Send Sam'), row.indexOf(' · ')) ?? '';
		expect(shown.endsWith('…')).toBe(true);
		const result = await run('done', root, '--contact', 'Ana Ruiz', '--follow-up', shown);
		expect(result.code).toBe(0);
		expect(note(root, 'People/Ana Ruiz.md')).toContain(`- [x] ${task} 📅 2026-11-20 ✅ 2026-11-21`);
	});

	it('ticks one without a date too, and prefers the follow-up that says exactly the words', async () => {
		const root = writeVault(people().contact('Ana Ruiz', (c) => c.followUp('Call').followUp('Call back about the role')));
		expect((await run('done', root, '--contact', 'Sam Rivera', '--follow-up', 'offsite')).code).toBe(0);
		expect(note(root, 'People/Sam Rivera.md')).toContain('- [x] Ask about the offsite ✅ 2026-11-21\n');
		expect((await run('done', root, '--contact', 'Ana Ruiz', '--follow-up', 'call')).out).toBe('People/Ana Ruiz.md: done: Call');
	});

	it('refuses words that find none of their open follow-ups, listing them, with nothing written', async () => {
		const root = writeVault(people());
		const before = snapshot(root);
		const result = await run('done', root, '--contact', 'Sam Rivera', '--follow-up', 'book the venue');
		expect(result.code).toBe(1);
		expect(result.err).toBe(
			"rapport: Sam Rivera has no open follow-up saying 'book the venue'; theirs: " +
				"'Send the talk link' (due 2026-11-18, People/Sam Rivera.md), 'Send the deck' (due 2026-11-25, People/Sam Rivera.md) " +
				"and 'Ask about the offsite' (no date, People/Sam Rivera.md)",
		);
		expect((await run('done', root, '--contact', 'Jo Park', '--follow-up', 'x')).err).toBe('rapport: Jo Park has no open follow-ups');
		expect(snapshot(root)).toEqual(before);
	});

	it('leaves out an empty task, as a meeting template leaves one to fill in', async () => {
		const root = writeVault(people().meeting('2026-11-20 Coffee chat with Jo Park', '2026-11-20', ['Jo Park'], '## Follow-ups\n- [ ] \n'));
		expect((await run('done', root, '--contact', 'Jo Park', '--follow-up', 'x')).err).toBe('rapport: Jo Park has no open follow-ups');
	});

	it('refuses words that find several, and --due picks between two that say the same', async () => {
		const root = writeVault(
			people().contact('Ana Ruiz', (c) => c.followUp('Send the deck 📅 2026-11-20').followUp('Send the deck 📅 2026-12-04')),
		);
		const before = snapshot(root);
		const several = await run('done', root, '--contact', 'Sam Rivera', '--follow-up', 'send');
		expect(several.code).toBe(1);
		expect(several.err).toMatch(
			/^rapport: 'send' could be any of Sam Rivera's follow-ups 'Send the talk link' .*; give more of its words$/,
		);
		const alike = await run('done', root, '--contact', 'Ana Ruiz', '--follow-up', 'Send the deck');
		expect(alike.err).toMatch(/could be any of Ana Ruiz's follow-ups .*; give --due YYYY-MM-DD to pick one$/);
		expect(snapshot(root)).toEqual(before);
		expect((await run('done', root, '--contact', 'Ana Ruiz', '--follow-up', 'Send the deck', '--due', '2026-12-04')).code).toBe(0);
		expect(note(root, 'People/Ana Ruiz.md')).toContain(
			'- [ ] Send the deck 📅 2026-11-20\n- [x] Send the deck 📅 2026-12-04 ✅ 2026-11-21\n',
		);
	});

	it('--note picks between two that say the same and are due the same day, in two meeting notes', async () => {
		const task = '## Follow-ups\n- [ ] Send notes 📅 2026-11-20\n';
		const root = writeVault(
			people().meeting('2026-11-18 Sync', '2026-11-18', ['Jo Park'], task).meeting('2026-11-19 Planning', '2026-11-19', ['Jo Park'], task),
		);
		const before = snapshot(root);
		const alike = await run('done', root, '--contact', 'Jo Park', '--follow-up', 'Send notes', '--due', '2026-11-20');
		expect(alike.code).toBe(1);
		expect(alike.err).toMatch(/could be any of Jo Park's follow-ups .*; give --note NOTE \(the note it is in\) to pick one$/);
		expect(snapshot(root)).toEqual(before);
		const picked = await run(
			'done',
			root,
			'--contact',
			'Jo Park',
			'--follow-up',
			'Send notes',
			'--note',
			'[[2026-11-19 Planning|the planning]]',
		);
		expect(picked.code).toBe(0);
		expect(note(root, 'Meetings/2026-11-19 Planning.md')).toContain('- [x] Send notes 📅 2026-11-20 ✅ 2026-11-21');
		expect(note(root, 'Meetings/2026-11-18 Sync.md')).toContain('- [ ] Send notes 📅 2026-11-20\n');
		const nowhere = await run('done', root, '--contact', 'Jo Park', '--follow-up', 'Send notes', '--note', 'Meetings/Elsewhere');
		expect(nowhere.err).toMatch(/^rapport: Jo Park has no open follow-up saying 'Send notes' in Meetings\/Elsewhere; theirs: /);
		const byPath = await run('done', root, '--contact', 'Jo Park', '--follow-up', 'Send notes', '--note', 'meetings/2026-11-18 sync.md');
		expect(byPath.code).toBe(0);
		expect(note(root, 'Meetings/2026-11-18 Sync.md')).toContain('- [x] Send notes 📅 2026-11-20 ✅ 2026-11-21');
	});

	it.each([
		[['--contact', 'Sam Rivera'], /--follow-up TEXT is required/],
		[['--contact', 'Sam Rivera', '--note', 'Meetings/Sync'], /--note needs --follow-up TEXT/],
		[['--follow-up', 'deck'], /--contact NAME is required/],
		[['--contact', 'Sam Rivera', '--contact', 'Jo Park', '--follow-up', 'deck'], /done ticks a follow-up of one contact/],
		[['--contact', 'Sam Rivera', '--follow-up', 'deck', '--until', '2026-12-01'], /--until only applies to snooze/],
	])('%j is a usage error, exit 2', async (args, message) => {
		const result = await run('done', writeVault(people()), ...args);
		expect(result.code).toBe(2);
		expect(result.err).toMatch(message);
	});

	it('prints JSON for scripts', async () => {
		const root = writeVault(people());
		expect(JSON.parse((await run('done', root, '--contact', 'Sam Rivera', '--follow-up', 'deck', '--json')).out)).toEqual({
			message: "Ticked 'Send the deck' in Sam Rivera",
			written: [{ path: 'People/Sam Rivera.md', said: 'done: Send the deck' }],
			unchanged: [],
			created: [],
			remark: null,
		});
	});
});

describe('rapport people-met', () => {
	const event = (date: string): string =>
		`---\ntype: meeting\ndate: ${date}\npeople: []\ntemplate: event\n---\n# DevTools Summit\n` +
		'## People met\n- [[Sam Rivera]] — again\n- Ana Ruiz — DevRel at Paylark\n';

	it('makes new people contacts, logs the event on everyone, and owes each a follow-up; run again, it writes nothing', async () => {
		const root = writeVault(people().note('Events/DevTools Summit', event('2026-11-19')));
		const result = await run('people-met', root, '--note', 'Events/DevTools Summit.md');
		expect(result).toEqual({
			code: 0,
			out: [
				'People/Sam Rivera.md: logged event on 19 Nov; follow-up due 21 Nov',
				'People/Ana Ruiz.md: created; logged event on 19 Nov; follow-up due 21 Nov',
			].join('\n'),
			err: '',
		});
		const followUp = '- [ ] Follow up from [[DevTools Summit]] within 48 hours 🛫 2026-11-19 📅 2026-11-21';
		expect(note(root, 'People/Ana Ruiz.md')).toMatch(/^---\ntype: contact\nmet: "\[\[DevTools Summit\]\]"\nlast_contact: 2026-11-19\n/);
		expect(note(root, 'People/Ana Ruiz.md')).toContain(`## Follow-ups\n${followUp}\n`);
		expect(note(root, 'People/Sam Rivera.md')).toContain(followUp);
		const before = snapshot(root);
		expect(await run('people-met', root, '--note', 'DevTools Summit')).toEqual({
			code: 0,
			out: 'Everyone met at DevTools Summit has been followed up already.',
			err: '',
		});
		expect(snapshot(root)).toEqual(before);
	});

	it('names a new person without their title, as New contact and an import do, and logs on one already a contact', async () => {
		const listed =
			"---\ntype: meeting\ndate: 2026-11-19\npeople: []\ntemplate: event\n---\n## People met\n- Dr. Mary O'Brien\n- Prof. Sam Rivera\n";
		const root = writeVault(people().note('Events/DevTools Summit', listed));
		expect((await run('people-met', root, '--note', 'Events/DevTools Summit.md')).out).toBe(
			[
				"People/Mary O'Brien.md: created; logged event on 19 Nov; follow-up due 21 Nov",
				'People/Sam Rivera.md: logged event on 19 Nov; follow-up due 21 Nov',
			].join('\n'),
		);
		expect(note(root, "People/Mary O'Brien.md")).toContain('aliases: ["Dr. Mary O\'Brien"]');
		expect(existsSync(join(root, "People/Dr. Mary O'Brien.md"))).toBe(false);
	});

	it('takes someone who logged the event by hand, naming it, as followed up already', async () => {
		const root = writeVault(
			people()
				.contact('Ana Ruiz', (c) => c.tie('weak').interaction('2026-11-19 event: Met after her talk at DevTools Summit.'))
				.note('Events/DevTools Summit', event('2026-11-19')),
		);
		const before = note(root, 'People/Ana Ruiz.md');
		expect((await run('people-met', root, '--note', 'Events/DevTools Summit.md')).out).toBe(
			'People/Sam Rivera.md: logged event on 19 Nov; follow-up due 21 Nov',
		);
		expect(note(root, 'People/Ana Ruiz.md')).toBe(before);
	});

	it("takes a line that starts with a contact's whole name, brackets and all, as that contact", async () => {
		const root = writeVault(
			people()
				.contact('Jose Alvarez (Initech)', (c) => c.tie('weak'))
				.note(
					'Events/DevTools Summit',
					'---\ntype: meeting\ndate: 2026-11-19\n---\n## People met\n- Jose Alvarez (Initech) — great chat, call him\n- Lee Wu (Acme)\n',
				),
		);
		expect((await run('people-met', root, '--note', 'Events/DevTools Summit.md')).out.split('\n')).toEqual([
			'People/Jose Alvarez (Initech).md: logged event on 19 Nov; follow-up due 21 Nov',
			'People/Lee Wu.md: created; logged event on 19 Nov; follow-up due 21 Nov',
		]);
		expect(existsSync(join(root, 'People/Jose Alvarez.md'))).toBe(false);
	});

	it('owes the follow-ups of an event followed up weeks later today, not weeks overdue', async () => {
		const root = writeVault(people().note('Events/DevTools Summit', event('2026-10-14')));
		expect((await run('people-met', root, '--note', 'Events/DevTools Summit.md')).out.split('\n')).toEqual([
			`People/Sam Rivera.md: logged event on 14 Oct; follow-up due 21 Nov`,
			`People/Ana Ruiz.md: created; logged event on 14 Oct; follow-up due 21 Nov`,
		]);
		expect(note(root, 'People/Ana Ruiz.md')).toContain(
			`- [ ] Follow up from [[DevTools Summit]] within 48 hours 🛫 2026-10-14 📅 ${TODAY}\n`,
		);
	});

	it('finds the note by its name or a link, and says when there is none or several', async () => {
		const root = writeVault(
			people()
				.note('Events/DevTools Summit', event('2026-11-19'))
				.note('Events/Meetup', event('2026-11-19'))
				.note('Archive/Meetup', '# An older meetup\n'),
		);
		expect((await run('people-met', root, '--note', '[[DevTools Summit]]')).code).toBe(0);
		const none = await run('people-met', root, '--note', 'KubeCon');
		expect(none.code).toBe(1);
		expect(none.err).toMatch(/^rapport: no note 'KubeCon' in the vault/);
		const two = await run('people-met', root, '--note', 'Meetup', '--json');
		expect(two.code).toBe(1);
		expect(JSON.parse(two.out)).toEqual({ error: "'Meetup' could be any of Archive/Meetup.md and Events/Meetup.md; give the note's path" });
	});

	it('takes a name listed without its accents or with a straight apostrophe as the contact who has them; asks when several do', async () => {
		const meetup = "---\ndate: 2026-11-19\n---\n## People met\n- Sean O'Neil\n- jose álvarez\n- [[Jose Alvarez]]\n";
		const root = writeVault(vault().contact('Sean O’Neil').contact('José Álvarez').note('Events/Meetup', meetup));
		expect(await run('people-met', root, '--note', 'Events/Meetup')).toEqual({
			code: 0,
			out: [
				'People/Sean O’Neil.md: logged event on 19 Nov; follow-up due 21 Nov',
				'People/José Álvarez.md: logged event on 19 Nov; follow-up due 21 Nov',
			].join('\n'),
			err: '',
		});
		expect(Object.keys(filesOf(root, 'notes')).filter((p) => p.startsWith('People/'))).toEqual([
			'People/José Álvarez.md',
			'People/Sean O’Neil.md',
		]);

		const two = writeVault(
			vault()
				.contact('José Álvarez')
				.contact('People/Lisbon/Jose Álvarez')
				.note('Events/Meetup', '---\ndate: 2026-11-19\n---\n## People met\n- [[Jose Alvarez]]\n'),
		);
		const before = snapshot(two);
		const asked = await run('people-met', two, '--note', 'Events/Meetup');
		expect(asked.code).toBe(1);
		expect(asked.err).toContain(
			`'Jose Alvarez' under "People met" in Events/Meetup.md could be any of People/José Álvarez.md and People/Lisbon/Jose Álvarez.md`,
		);
		expect(snapshot(two)).toEqual(before);
	});

	it('waits for an event still to come, writing nothing', async () => {
		const root = writeVault(people().note('Events/DevTools Summit', event('2026-12-03')));
		const before = snapshot(root);
		expect((await run('people-met', root, '--note', 'Events/DevTools Summit')).out).toBe(
			'DevTools Summit is on 2026-12-03: follow up once it has happened.',
		);
		expect(snapshot(root)).toEqual(before);
	});

	it('prints JSON for scripts, new contacts included', async () => {
		const root = writeVault(people().note('Events/DevTools Summit', event('2026-11-19')));
		const result = JSON.parse((await run('people-met', root, '--note', 'Events/DevTools Summit', '--json')).out) as Record<string, unknown>;
		expect(result).toMatchObject({
			message: 'Followed up 2 people met at DevTools Summit; new contact: Ana Ruiz',
			created: ['People/Ana Ruiz.md'],
		});
		expect(Object.keys(filesOf(root, 'notes'))).toContain('People/Ana Ruiz.md');
	});
});
