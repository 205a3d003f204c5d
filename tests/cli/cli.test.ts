import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { vault, type ContactBuilder } from '../builders';
import { cli, writeVault } from './tempVault';

interface QueueJson {
	today: string;
	sections: { id: string; items: { name: string; path: string; due: string; daysOverdue: number; reason: string; kind: string }[] }[];
}

async function queueOf(root: string, today = '2026-11-21'): Promise<QueueJson> {
	const result = await cli('queue', '--vault', root, '--today', today, '--json');
	expect(result.code).toBe(0);
	return JSON.parse(result.out) as QueueJson;
}

function section(queue: QueueJson, id: string): QueueJson['sections'][number]['items'] {
	return queue.sections.find((s) => s.id === id)?.items ?? [];
}

const sample = (): ReturnType<typeof vault> =>
	vault()
		.contact('Sam Rivera', (c) =>
			c.tie('strong').cadence('monthly').interaction('2026-10-02 coffee: reorg').followUp('Send the talk link 📅 2026-11-18'),
		)
		.contact('Jo Park', (c) => c.tie('weak').lastContact('2026-11-18'))
		.contact('Mia Chen', (c) => c.status('dormant'))
		.daily('2026-11-20', '- [ ] Email [[Jo Park]]');

describe('rapport queue', () => {
	it('prints JSON with every section in the design order, and items with name, path, due, daysOverdue and reason', async () => {
		const queue = await queueOf(writeVault(sample()));
		expect(queue.today).toBe('2026-11-21');
		expect(queue.sections.map((s) => s.id)).toEqual(['owed', 'awaiting', 'reconnect', 'remember', 'upcoming']);
		expect(section(queue, 'owed')).toEqual([
			expect.objectContaining({
				name: 'Sam Rivera',
				path: 'People/Sam Rivera.md',
				due: '2026-11-18',
				daysOverdue: 3,
				reason: 'Send the talk link · overdue 3d',
			}),
		]);
		const reconnect = section(queue, 'reconnect');
		expect(reconnect.map((i) => i.name)).toEqual(['Sam Rivera']);
		expect(reconnect[0]).toMatchObject({ due: '2026-11-02', daysOverdue: 19, reason: 'overdue 3w · monthly · last: coffee 2 Oct' });
		// Dormant contacts never appear; Jo was in touch three days ago.
		expect(queue.sections.flatMap((s) => s.items).map((i) => i.name)).not.toContain('Mia Chen');
		expect(queue.sections.flatMap((s) => s.items).map((i) => i.name)).not.toContain('Jo Park');
	});

	it('lists who each row is for: one task for several people is one row, with its note and line', async () => {
		const queue = await queueOf(
			writeVault(
				sample()
					.meeting('2026-11-19 Sync', '2026-11-19', ['Sam Rivera', 'Jo Park'], '- [ ] Share the notes 📅 2026-11-20')
					.daily('2026-11-19', '- [ ] Send [[Jo Park]] the deck 📅 2026-11-21'),
			),
		);
		const owed = section(queue, 'owed').filter((i) => i.kind === 'follow-up');
		expect(owed.map((i) => i.reason)).toEqual([
			'Send the talk link · overdue 3d',
			'Share the notes · overdue 1d · from 2026-11-19 Sync',
			'Send [[Jo Park]] the deck · due today · from 2026-11-19',
		]);
		expect(owed.slice(1)).toEqual([
			expect.objectContaining({
				id: 'owed:follow-up:Meetings/2026-11-19 Sync.md:Share the notes',
				name: 'Jo Park, Sam Rivera',
				path: 'People/Jo Park.md',
				line: 5,
				source: 'Meetings/2026-11-19 Sync.md',
				people: [
					{ name: 'Jo Park', path: 'People/Jo Park.md' },
					{ name: 'Sam Rivera', path: 'People/Sam Rivera.md' },
				],
			}),
			expect.objectContaining({
				name: 'Jo Park',
				line: 0,
				source: 'Daily/2026-11-19.md',
				people: [{ name: 'Jo Park', path: 'People/Jo Park.md' }],
			}),
		]);
		expect(owed[0]).toMatchObject({ source: null, people: [{ name: 'Sam Rivera', path: 'People/Sam Rivera.md' }] });
	});

	it('warns, on stderr, when it finds nobody in a folder with no .obsidian: most likely not the vault', async () => {
		// A hand-made vault: no .obsidian here nor above.
		const root = mkdtempSync(join(tmpdir(), 'rapport-plain-'));
		const people = join(root, 'People');
		// A contact by its folder alone, as most are: from inside the folder it is no contact.
		mkdirSync(people);
		writeFileSync(join(people, 'Sam Rivera.md'), '---\ntie: strong\nlast_contact: 2026-08-01\n---\n');
		const wrong = await cli('queue', '--vault', people, '--today', '2026-11-21');
		expect(wrong.code).toBe(0);
		expect(wrong.out).toContain('Nobody to reach out to today.');
		expect(wrong.err).toBe(
			`rapport: warning: no contacts found, and '${people}' has no .obsidian folder: is it the vault? ` +
				'--vault takes the folder that holds .obsidian',
		);
		// The vault itself: Sam, and no warning.
		const right = await cli('queue', '--vault', root, '--today', '2026-11-21');
		expect({ sam: right.out.includes('Sam Rivera'), err: right.err }).toEqual({ sam: true, err: '' });
		// Nobody yet in a real vault: no warning either.
		expect((await cli('queue', '--vault', writeVault(vault()), '--today', '2026-11-21')).err).toBe('');
	});

	it('warns once, on stderr, when --vault is a folder inside a vault, naming the vault to give instead', async () => {
		const root = writeVault(vault().contact('Sam Rivera', (c) => c.tie('strong').lastContact('2026-08-01')));
		const people = join(root, 'People');
		const deeper = join(people, 'Work');
		mkdirSync(deeper);
		const warning = (folder: string): string =>
			`rapport: warning: '${folder}' is inside the vault ${root} (it has .obsidian); did you mean --vault ${root}?`;
		// Sam is found, so the queue looks right: only the warning tells the folder is not the vault.
		const queue = await cli('queue', '--vault', people, '--today', '2026-11-21');
		expect({ code: queue.code, sam: queue.out.includes('Sam Rivera'), err: queue.err }).toEqual({
			code: 0,
			sam: true,
			err: warning(people),
		});
		// Any depth, any command; with --json, stdout is the JSON alone.
		const json = await cli('contacts', '--vault', deeper, '--json');
		expect({ code: json.code, json: JSON.parse(json.out) as unknown, err: json.err }).toEqual({ code: 0, json: [], err: warning(deeper) });
		expect((await cli('templates', '--vault', people)).err).toBe(warning(people));
		// A command that fails says why in its JSON, not the warning.
		const refused = await cli('log', '--vault', people, '--contact', 'Nobody Here', '--kind', 'call', '--json', '--today', '2026-11-21');
		expect(refused.code).toBe(1);
		expect(refused.err.split('\n')[0]).toBe(warning(people));
		expect((JSON.parse(refused.out) as { error: string }).error).not.toContain('inside the vault');
		// The vault itself, and a hand-made vault with .obsidian nowhere: no such warning.
		expect((await cli('queue', '--vault', root, '--today', '2026-11-21')).err).toBe('');
		const plain = mkdtempSync(join(tmpdir(), 'rapport-plain-'));
		expect((await cli('contacts', '--vault', plain)).err).not.toContain('inside the vault');
	});

	it('prints text grouped by section, with counts, aligned names and reasons', async () => {
		const result = await cli('queue', '--vault', writeVault(sample()), '--today', '2026-11-21');
		expect(result.code).toBe(0);
		expect(result.out).toBe(
			[
				'Follow-up queue for 2026-11-21',
				'',
				'Owed (1)      due',
				'  Sam Rivera  2026-11-18  Send the talk link · overdue 3d',
				'',
				'Reconnect (1) due',
				'  Sam Rivera  2026-11-02  overdue 3w · monthly · last: coffee 2 Oct',
			].join('\n'),
		);
	});

	it('prints the first 20 rows of a section and counts the rest; --limit changes it, and --json gives every row', async () => {
		const many = vault();
		for (let i = 1; i <= 23; i++) many.contact(`Person ${String(i).padStart(2, '0')}`, (c) => c.tie('weak').lastContact('2026-01-01'));
		const root = writeVault(many);
		const lines = async (...more: string[]): Promise<string[]> =>
			(await cli('queue', '--vault', root, '--today', '2026-11-21', ...more)).out.split('\n').slice(2);
		const shown = await lines();
		expect(shown[0]).toMatch(/^Reconnect \(23\)/);
		expect(shown.filter((line) => line.startsWith('  Person'))).toHaveLength(20);
		expect(shown.at(-1)).toBe('  … and 3 more (--limit all shows every one)');
		expect((await lines('--limit', '5')).slice(1)).toEqual([...shown.slice(1, 6), '  … and 18 more (--limit all shows every one)']);
		expect((await lines('--limit', 'all')).filter((line) => line.startsWith('  Person'))).toHaveLength(23);
		expect(section(await queueOf(root), 'reconnect')).toHaveLength(23);
		const wrong = await cli('queue', '--vault', root, '--limit', '0');
		expect({ code: wrong.code, err: wrong.err }).toEqual({
			code: 2,
			err: "rapport: --limit expects a number of rows (1 or more) or all, got '0'. Run 'rapport queue --help' for usage.",
		});
	});

	it('prints links in reasons as they read, as the plugin does; the JSON keeps them as written', async () => {
		const root = writeVault(
			vault()
				.contact('Sam Rivera', (c) =>
					c
						.tie('strong')
						.lastContact('2026-11-20')
						.followUp('Ask [[Sam Rivera|Sam]] about [[Events/Offsite#Agenda|the offsite]] 📅 2026-11-18'),
				)
				.daily(
					'2026-11-20',
					'- [ ] Send [[People/Sam Rivera|Sam]] the deck from [[2026-11-19 DevTools Summit and Conference Week]] 📅 2026-11-20',
				),
		);
		const result = await cli('queue', '--vault', root, '--today', '2026-11-21');
		expect(result.out.split('\n').slice(2)).toEqual([
			'Owed (2)      due',
			'  Sam Rivera  2026-11-18  Ask Sam about the offsite · overdue 3d',
			// Long as written, short as it reads: cut by what it shows, so nothing is cut.
			'  Sam Rivera  2026-11-20  Send Sam the deck from 2026-11-19 DevTools Summit and Conference Week · overdue 1d · from 2026-11-20',
		]);
		expect(section(await queueOf(root), 'owed').map((i) => i.reason)).toEqual([
			'Ask [[Sam Rivera|Sam]] about [[Events/Offsite#Agenda|the offsite]] · overdue 3d',
			'Send [[People/Sam Rivera|Sam]] the deck from [[2026-11-19 DevTools Summit and Conference Week]] · overdue 1d · from 2026-11-20',
		]);
	});

	it('tells namesakes apart: by company when each has their own, else by note path; one person in two rows is no namesake', async () => {
		const root = writeVault(
			vault()
				.contact('Alex Kim', (c) => c.tie('strong').company('Globex').lastContact('2026-09-01'))
				.contact('People/Work/Alex Kim', (c) => c.tie('strong').company('Initech').lastContact('2026-08-15'))
				.contact('Sam Rivera', (c) => c.tie('strong').company('Acme').lastContact('2026-09-01'))
				.contact('People/Old/Sam Rivera', (c) => c.tie('strong').company('ACME').lastContact('2026-09-01'))
				.contact('Jo Park', (c) => c.tie('strong').lastContact('2026-09-01').followUp('Send the deck 📅 2026-11-20')),
		);
		const result = await cli('queue', '--vault', root, '--today', '2026-11-21');
		expect(result.out.split('\n').slice(2)).toEqual([
			'Owed (1)                                 due',
			'  Jo Park                                2026-11-20  Send the deck · overdue 1d',
			'',
			'Reconnect (5)                            due',
			'  Alex Kim (Initech)                     2026-09-14  overdue 2mo · every 30d · last: contact 15 Aug',
			'  Alex Kim (Globex)                      2026-10-01  overdue 7w · every 30d · last: contact 1 Sep',
			'  Jo Park                                2026-10-01  overdue 7w · every 30d · last: contact 1 Sep',
			// Acme and ACME are one company: the paths tell these two apart, past the 28 columns a name is given.
			'  Sam Rivera (People/Old/Sam Rivera.md)  2026-10-01  overdue 7w · every 30d · last: contact 1 Sep',
			'  Sam Rivera (People/Sam Rivera.md)      2026-10-01  overdue 7w · every 30d · last: contact 1 Sep',
		]);
		// Scripts tell them apart by path, as ever.
		expect(section(await queueOf(root), 'reconnect').map((i) => i.name)).toEqual([
			'Alex Kim',
			'Alex Kim',
			'Jo Park',
			'Sam Rivera',
			'Sam Rivera',
		]);
	});

	it('tells namesakes apart in contacts and who by the same rule, and marks a dormant person in who', async () => {
		const root = writeVault(
			vault()
				.contact('Alex Kim', (c) => c.tie('strong').company('Globex').lastContact('2026-09-01'))
				.contact('People/Work/Alex Kim', (c) => c.tie('weak').company('Globex').prop('status', 'dormant').lastContact('2026-08-15')),
		);
		const contacts = (await cli('contacts', '--vault', root)).out.split('\n');
		expect(contacts.slice(1).map((line) => line.split('  ')[0])).toEqual([
			'Alex Kim (People/Alex Kim.md)',
			'Alex Kim (People/Work/Alex Kim.md)',
		]);
		const who = (await cli('who', '--vault', root, '--company', 'Globex', '--today', '2026-11-21')).out.split('\n');
		expect(who.slice(1).map((line) => line.trim().split('  ')[0])).toEqual([
			'Alex Kim (People/Alex Kim.md)',
			'Alex Kim (People/Work/Alex Kim.md)',
		]);
		expect(who[2]).toMatch(/Globex, dormant$/);
	});

	it('tells namesakes apart in a row for several people too, and in the rows of one beside it', async () => {
		const root = writeVault(
			vault()
				.contact('Alex Kim', (c) => c.tie('strong').company('Globex').lastContact('2026-09-01'))
				.contact('People/Work/Alex Kim', (c) => c.tie('strong').company('Initech').lastContact('2026-11-20'))
				.contact('Sam Rivera', (c) => c.tie('strong').company('Acme').lastContact('2026-11-20'))
				.daily('2026-11-19', '- [ ] Send [[People/Work/Alex Kim|Alex]] and [[Sam Rivera|Sam]] the slides 📅 2026-11-20'),
		);
		const result = await cli('queue', '--vault', root, '--today', '2026-11-21');
		expect(result.out.split('\n').slice(2)).toEqual([
			'Owed (1)                          due',
			'  Alex Kim (Initech), Sam Rivera  2026-11-20  Send Alex and Sam the slides · overdue 1d · from 2026-11-19',
			'',
			'Reconnect (1)                     due',
			'  Alex Kim (Globex)               2026-10-01  overdue 7w · every 30d · last: contact 1 Sep',
		]);
	});

	it('tells a namesake apart when only one of them is listed, in the queue and the review', async () => {
		const root = writeVault(
			vault()
				.contact('People/Work/Alex Kim', (c) => c.tie('strong').lastContact('2026-09-01'))
				.contact('People/Old/Alex Kim', (c) => c.tie('strong').lastContact('2026-11-20'))
				.contact('Sam Rivera', (c) => c.tie('strong').lastContact('2026-11-20')),
		);
		const queue = await cli('queue', '--vault', root, '--today', '2026-11-21');
		expect(queue.out.split('\n').slice(2)).toEqual([
			'Reconnect (1)                         due',
			'  Alex Kim (People/Work/Alex Kim.md)  2026-10-01  overdue 7w · every 30d · last: contact 1 Sep',
		]);
		const review = (await cli('review', '--vault', root, '--today', '2026-11-21')).out.split('\n');
		expect(review.find((line) => line.includes('strong ties out of touch longest'))).toBe(
			'  strong ties out of touch longest: Alex Kim (People/Work/Alex Kim.md) (3mo), Alex Kim (People/Old/Alex Kim.md) (1d), Sam Rivera (1d)',
		);
	});

	it('takes a namesake as the queue labels them, by company or note path, for --contact', async () => {
		const root = writeVault(
			vault()
				.contact('Alex Kim', (c) => c.tie('strong').company('Globex'))
				.contact('People/Work/Alex Kim', (c) => c.tie('strong').company('Initech'))
				.contact('Sam Rivera', (c) => c.tie('strong')),
		);
		const log = (name: string): ReturnType<typeof cli> =>
			cli('log', '--vault', root, '--kind', 'call', '--contact', name, '--date', '2026-11-20', '--today', '2026-11-21');
		const calls = (path: string): number => readFileSync(join(root, path), 'utf8').split('- 2026-11-20 call').length - 1;
		expect(await log('Alex Kim (Initech)')).toEqual({ code: 0, out: 'People/Work/Alex Kim.md: logged call on 20 Nov', err: '' });
		expect((await log('alex kim (globex)')).out).toBe('People/Alex Kim.md: logged call on 20 Nov');
		expect((await log('Alex Kim (People/Work/Alex Kim.md), Sam Rivera')).code).toBe(0);
		expect([calls('People/Alex Kim.md'), calls('People/Work/Alex Kim.md'), calls('People/Sam Rivera.md')]).toEqual([1, 2, 1]);
		expect(await log('Alex Kim (Umbrella)')).toEqual({
			code: 1,
			out: '',
			err:
				"rapport: no contact named 'Alex Kim (Umbrella)'; 'Alex Kim' finds Alex Kim (Globex) and Alex Kim (Initech), " +
				"none with the company or note path 'Umbrella'; try --contact 'Alex Kim (Globex)'",
		});
	});

	it('suggests labels as the queue prints them: by note path when the namesakes share a company', async () => {
		const root = writeVault(
			vault()
				.contact('Alex Kim', (c) => c.tie('strong').company('Acme'))
				.contact('People/Work/Alex Kim', (c) => c.tie('strong').company('ACME')),
		);
		const result = await cli('log', '--vault', root, '--kind', 'call', '--contact', 'Alex Kim (Umbrella)', '--today', '2026-11-21');
		expect(result.err).toBe(
			"rapport: no contact named 'Alex Kim (Umbrella)'; 'Alex Kim' finds Alex Kim (People/Alex Kim.md) and " +
				"Alex Kim (People/Work/Alex Kim.md), none with the company or note path 'Umbrella'; try --contact 'Alex Kim (People/Alex Kim.md)'",
		);
		expect(
			(await cli('log', '--vault', root, '--kind', 'call', '--contact', 'Alex Kim (People/Alex Kim.md)', '--today', '2026-11-21')).code,
		).toBe(0);
	});

	it('keeps the due column straight for names in Chinese, with emoji or with accents written apart', async () => {
		const never = (c: ContactBuilder): ContactBuilder => c.tie('weak');
		const names = ['👩‍💻 Developer', 'Jo', 'Jose\u0301 Garcia', '王小明王小明'];
		const root = writeVault(names.reduce((v, name) => v.contact(name, never), vault()));
		const lines = (await cli('queue', '--vault', root, '--today', '2026-11-21')).out.split('\n');
		// Every date starts in column 16, as a terminal counts columns: two for 王 or 👩‍💻, none for the accent.
		expect(lines.slice(2)).toEqual([
			'Reconnect (4)   due',
			'  👩‍💻 Developer  2026-11-21  never in touch · every 180d',
			'  Jo            2026-11-21  never in touch · every 180d',
			'  Jose\u0301 Garcia   2026-11-21  never in touch · every 180d',
			'  王小明王小明  2026-11-21  never in touch · every 180d',
		]);
	});

	it('says so when nobody is due', async () => {
		const result = await cli(
			'queue',
			'--vault',
			writeVault(vault().contact('Jo Park', (c) => c.lastContact('2026-11-20'))),
			'--today',
			'2026-11-21',
		);
		expect(result.out).toContain('Nobody to reach out to today.');
	});

	it('uses today, where the user is, when --today is not given', async () => {
		const root = writeVault(sample());
		const zone = process.env.TZ;
		vi.useFakeTimers({ toFake: ['Date'] });
		try {
			// 23:30 on 20 Nov in Los Angeles is already 21 Nov in UTC.
			process.env.TZ = 'America/Los_Angeles';
			vi.setSystemTime(new Date('2026-11-21T07:30:00Z'));
			expect((JSON.parse((await cli('queue', '--vault', root, '--json')).out) as QueueJson).today).toBe('2026-11-20');
			process.env.TZ = 'Pacific/Auckland';
			expect((JSON.parse((await cli('queue', '--vault', root, '--json')).out) as QueueJson).today).toBe('2026-11-21');
		} finally {
			vi.useRealTimers();
			if (zone === undefined) delete process.env.TZ;
			else process.env.TZ = zone;
		}
	});

	it('reads Rapport settings from the vault', async () => {
		const v = vault().note('Folks/Ana Ruiz', '---\ntie: strong\nlast_contact: 2026-11-01\n---\n');
		const root = writeVault(v);
		expect((await queueOf(root)).sections.flatMap((s) => s.items)).toEqual([]);
		mkdirSync(join(root, '.obsidian/plugins/rapport'), { recursive: true });
		writeFileSync(
			join(root, '.obsidian/plugins/rapport/data.json'),
			JSON.stringify({ contactFolders: ['Folks'], cadenceDays: { strong: 14 } }),
		);
		expect(section(await queueOf(root), 'reconnect')).toEqual([expect.objectContaining({ name: 'Ana Ruiz', due: '2026-11-15' })]);
	});

	it('finds daily notes by the Daily Notes folder and format', async () => {
		const v = vault()
			.contact('Sam Rivera', (c) => c.tie('strong'))
			.note('Journal/2026/11-15', '- Coffee with [[Sam Rivera]]');
		const root = writeVault(v, { folder: 'Journal', format: 'YYYY/MM-DD' });
		expect((await queueOf(root)).sections.flatMap((s) => s.items)).toEqual([]);
		expect(section(await queueOf(root, '2026-12-10'), 'upcoming')).toEqual([
			expect.objectContaining({ name: 'Sam Rivera', due: '2026-12-15' }),
		]);
	});
});

describe('rapport contacts', () => {
	it('prints one JSON object per contact with its fields and effective last contact', async () => {
		const root = writeVault(sample().daily('2026-11-05', '- Lunch with [[Sam Rivera]]'));
		const result = await cli('contacts', '--vault', root, '--json');
		expect(result.code).toBe(0);
		const contacts = JSON.parse(result.out) as Record<string, unknown>[];
		expect(contacts.map((c) => c.name)).toEqual(['Jo Park', 'Mia Chen', 'Sam Rivera']);
		expect(contacts[2]).toMatchObject({
			path: 'People/Sam Rivera.md',
			tie: 'strong',
			cadence: '1m',
			effectiveLastContact: '2026-11-05',
			lastInteraction: { date: '2026-11-05', via: 'dated', source: 'Daily/2026-11-05.md' },
			interactions: [{ date: '2026-10-02', kind: 'coffee', summary: 'reorg' }],
			followUps: [{ text: 'Send the talk link', due: '2026-11-18', done: false }],
		});
		expect(contacts[1]).toMatchObject({ status: 'dormant', effectiveCadence: '90d', effectiveLastContact: null, lastInteraction: null });
	});

	it('prints a table for people', async () => {
		const result = await cli('contacts', '--vault', writeVault(sample()));
		expect(result.out.split('\n')).toEqual([
			'3 contacts',
			'Jo Park     2026-11-18  weak · every 180d',
			'Mia Chen    never       every 90d · dormant',
			'Sam Rivera  2026-10-02  strong · monthly',
		]);
	});
});

describe('a last_contact after today', () => {
	it('is no contact yet in contacts as in the queue, and both say the day written is after today', async () => {
		const root = writeVault(
			vault()
				.contact('Dana Cole', (c) => c.tie('strong').lastContact('2027-03-01'))
				.contact('Sam Rivera', (c) => c.tie('strong').lastContact('2026-11-20'))
				// A meeting note written ahead is no contact yet either, and nothing to remark on.
				.note('Meetings/2026-12-10 Sync', '---\ntype: meeting\ndate: 2026-12-10\npeople: ["[[Sam Rivera]]"]\n---\n'),
		);
		const contacts = await cli('contacts', '--vault', root, '--today', '2026-12-04');
		expect(contacts.out.split('\n')).toEqual([
			'2 contacts',
			'Dana Cole   never       strong · every 30d · last_contact 2027-03-01 is after today',
			'Sam Rivera  2026-11-20  strong · every 30d',
		]);
		const json = JSON.parse((await cli('contacts', '--vault', root, '--today', '2026-12-04', '--json')).out) as Record<string, unknown>[];
		expect(json.map((c) => [c.lastContact, c.effectiveLastContact])).toEqual([
			['2027-03-01', null],
			['2026-11-20', '2026-11-20'],
		]);
		const queue = await cli('queue', '--vault', root, '--today', '2026-12-04');
		expect(queue.out.split('\n').slice(2)).toEqual([
			'Reconnect (1) due',
			'  Dana Cole   2026-12-04  never in touch · every 30d · last_contact 1 Mar 2027 is after today',
		]);
	});
});

describe('rapport problems', () => {
	it('lists each problem with the note it is in, as JSON', async () => {
		const root = writeVault(
			vault()
				.contact('Jo Park', (c) => c.tie('stong'))
				.note('People/Broken', '---\ntie: "strong\n---\n'),
		);
		const result = await cli('problems', '--vault', root, '--json');
		expect(result.code).toBe(0);
		const problems = JSON.parse(result.out) as { path: string; message: string }[];
		expect(problems).toEqual([
			{ path: 'People/Broken.md', message: expect.stringMatching(/^frontmatter does not parse/) as unknown },
			{ path: 'People/Jo Park.md', message: "tie: expected strong, medium or weak, got 'stong'" },
		]);
	});

	it('names a contact whose properties are never closed, and no other note that starts with ---', async () => {
		const root = writeVault(
			vault()
				.contact('Jo Park', (c) => c.tie('strong'))
				.note('People/No Close', '---\ntie: strong\ncompany: NoClose\n')
				.note('Projects/Rule', '---\n\nA horizontal rule, then prose.\n'),
		);
		const result = await cli('problems', '--vault', root);
		expect(result.out.split('\n')).toEqual([
			'1 problem',
			'People/No Close.md: properties are never closed: add a line `---` after them ' +
				'(until then Obsidian shows them as text, and Rapport reads none of them)',
		]);
		// Not read as a new person with no tie: its tie is there, unread.
		expect((await cli('triage', '--vault', root, '--today', '2026-12-04')).out).not.toContain('No Close');
	});

	it('names a contact whose properties start below a blank line, and no other note that opens that way', async () => {
		const root = writeVault(
			vault()
				.contact('Jo Park', (c) => c.tie('strong'))
				.note('People/Below', '\n---\ntie: strong\ncompany: Below\n---\n# Below\n')
				.note('Projects/Blank First', '\n---\ntype: project\n---\nA project note, not a contact.\n')
				.note('People/Rule', '\n---\n\nA rule, then prose #contact.\n'),
		);
		const result = await cli('problems', '--vault', root);
		expect(result.out.split('\n')).toEqual([
			'1 problem',
			'People/Below.md: properties start below a blank line: remove the blank lines above the first `---` ' +
				'(until then Obsidian shows them as text, and Rapport reads none of them)',
		]);
		expect((await cli('triage', '--vault', root, '--today', '2026-12-04')).out).not.toContain('Below');
	});

	it('says so when there are none', async () => {
		expect((await cli('problems', '--vault', writeVault(sample()))).out).toBe('No problems found.');
	});
});

describe('bad input to the CLI', () => {
	it.each([
		[['queue'], /--vault DIR is required/],
		[['queue', '--vault', '.', '--bogus'], /unknown option '--bogus'/],
		[['queue', '--vault', '.', '--today', '21/11/2026'], /--today expects a date YYYY-MM-DD, got '21\/11\/2026'/],
		[['problems', '--vault', '.', '--today', '2026-11-21'], /--today only applies to queue, contacts/],
		[['frobnicate'], /unknown command 'frobnicate'/],
	])('%j is a usage error with one line and exit code 2', async (args, message) => {
		const result = await cli(...args);
		expect(result.code).toBe(2);
		expect(result.err).toMatch(message);
		expect(result.err.split('\n')).toHaveLength(1);
		expect(result.out).toBe('');
	});

	it('names a missing vault folder and exits 1', async () => {
		const result = await cli('queue', '--vault', '/no/such/vault');
		expect(result).toEqual({ code: 1, out: '', err: "rapport: no vault folder at '/no/such/vault'" });
	});

	it('names a note it cannot read, answers for the rest, and exits 1', async () => {
		const root = writeVault(sample());
		symlinkSync(join(root, 'nowhere.md'), join(root, 'People/Ghost.md'));
		const result = await cli('queue', '--vault', root, '--today', '2026-11-21');
		expect(result.code).toBe(1);
		expect(result.err).toBe('rapport: People/Ghost.md: is a link to a file that does not exist');
		expect(result.out).toContain('Sam Rivera');
	});

	it('never writes to the vault', async () => {
		const root = writeVault(sample());
		const snapshot = (): string[] => listFiles(root).map((p) => `${p}:${statSync(p).mtimeMs}:${readFileSync(p, 'utf8').length}`);
		const before = snapshot();
		for (const command of ['queue', 'contacts', 'problems']) await cli(command, '--vault', root);
		expect(snapshot()).toEqual(before);
		expect(existsSync(join(root, '.obsidian/plugins'))).toBe(false);
	});
});

function listFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}
