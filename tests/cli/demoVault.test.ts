// The bundled demo vault, through the CLI as a user runs it. Each contact was written
// to land in one section on 21 Nov 2026; these tests hold the queue to that intent.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from './tempVault';

const DEMO = join(__dirname, '../../examples/demo-vault');

interface Item {
	name: string;
	kind: string;
	due: string;
	daysOverdue: number;
	reason: string;
}

interface Queue {
	today: string;
	sections: { id: string; items: Item[] }[];
	untriaged: { name: string; met: string | null; connected: string | null }[];
}

async function queue(): Promise<Queue> {
	const result = await cli('queue', '--vault', DEMO, '--today', '2026-11-21', '--json');
	expect(result.code).toBe(0);
	const parsed = JSON.parse(result.out) as Queue;
	expect(parsed.today).toBe('2026-11-21');
	return parsed;
}

describe('the demo vault on 21 Nov 2026', () => {
	let sections: Record<string, Item[]> = {};
	let untriaged: Queue['untriaged'] = [];
	beforeAll(async () => {
		const parsed = await queue();
		sections = Object.fromEntries(parsed.sections.map((s) => [s.id, s.items]));
		untriaged = parsed.untriaged;
	});
	const names = (id: string): string[] => (sections[id] ?? []).map((i) => i.name);

	it('owes a report-back, follow-ups and a thank-you, oldest first', async () => {
		expect(names('owed')).toEqual(['Marcus Bell', 'Ben Adler', 'Sam Rivera', 'Priya Nair', 'Jordan Lee']);
		expect(sections.owed?.map((i) => i.kind)).toEqual(['report-back', 'follow-up', 'follow-up', 'thank-you', 'follow-up']);
		expect(sections.owed?.[3]?.reason).toBe('send a thank-you for the coffee on 19 Nov');
		expect(sections.owed?.[4]).toMatchObject({ due: '2026-11-21', daysOverdue: 0 });
	});

	it('nudges one unanswered ask and lets another go', async () => {
		expect(sections.awaiting?.map((i) => [i.name, i.kind])).toEqual([
			['Elena Petrova', 'nudge'],
			['Raj Malhotra', 'let-go'],
		]);
		// Raj never got a logged nudge, so the reason must not claim one.
		expect(sections.awaiting?.[1]?.reason).toMatch(/^no reply to your email of 7 Nov: let it go/);
	});

	it('ranks reconnects by how overdue they are against their own cadence', async () => {
		expect(names('reconnect')).toEqual([
			'Mia Chen',
			'Grace Whitfield',
			'Alex Kim',
			'Tomás Herrera',
			'Kofi Mensah',
			'Ben Adler',
			'Farah Haddad',
		]);
		expect(sections.reconnect?.[0]?.reason).toBe('overdue 2w · every 2w · last: daily note 22 Oct');
		expect(sections.reconnect?.[6]?.reason).toBe('never in touch · every 180d');
	});

	it('lists the people with no tie, cadence or status for triage, not to reconnect with', async () => {
		// Isabel (a tagged note with no properties) was queued by the medium cadence before triage.
		expect(untriaged.map((p) => [p.name, p.met, p.connected])).toEqual([
			['Isabel Ruiz', null, null],
			['Marta Sousa', 'DevTools Summit 2026', '2026-10-15'],
			['Yusuf Demir', null, '2024-03-18'],
		]);
		const everyone = Object.values(sections)
			.flat()
			.map((i) => i.name);
		for (const { name } of untriaged) expect(everyone).not.toContain(name);
	});

	it('remembers a passed date and two birthdays', async () => {
		expect(names('remember')).toEqual(['Noah Williams', 'Ngozi Okafor', '李伟']);
		expect(sections.remember?.[2]?.reason).toBe('birthday 27 Nov (turns 38)');
	});

	it('shows what is coming up this week', async () => {
		expect(names('upcoming')).toEqual(['Sam Rivera', 'Daniel Okoye', 'Oliver Grant', 'Lena Fischer']);
	});

	it('never shows dormant, archived, snoozed or empty notes', async () => {
		const everyone = Object.values(sections)
			.flat()
			.map((i) => i.name);
		for (const name of ['Victor Lang', 'Keisha Moore', 'Derek Olsen', 'Owen Brooks', 'Sofia Marino', 'Empty'])
			expect(everyone).not.toContain(name);
	});

	it('prints the same queue as text, by section with counts', async () => {
		const text = (await cli('queue', '--vault', DEMO, '--today', '2026-11-21')).out.split('\n');
		expect(text[0]).toBe('Follow-up queue for 2026-11-21');
		expect(text.filter((line) => /^\S/.test(line)).slice(1)).toEqual([
			'Owed (5)                      due',
			'Awaiting reply (2)            due',
			'Reconnect (7)                 due',
			'Remember (3)                  due',
			'Upcoming (4)                  due',
			`Triage 3 new people (no tie yet, so not in the queue): rapport triage --vault ${DEMO}`,
		]);
		// The archived Alex Kim is not in the queue, but shares the name: each is told by company.
		expect(text).toContain('  Alex Kim (Umbrella Health)  2026-10-30  overdue 3w · monthly · last: coffee 30 Sep');
		expect(text).toContain('  Mia Chen                    2026-11-05  overdue 2w · every 2w · last: daily note 22 Oct');
		// Wide characters take two columns, so the dates still line up.
		expect(text).toContain('  李伟                        2026-11-27  birthday 27 Nov (turns 38)');
	});

	it('lists the deliberately broken notes as problems', async () => {
		const problems = JSON.parse((await cli('problems', '--vault', DEMO, '--json')).out) as { path: string }[];
		expect([...new Set(problems.map((p) => p.path))]).toEqual([
			'Archive/Alex Kim.md',
			'People/Alex Kim.md',
			'People/Broken Yaml.md',
			'People/Empty.md',
			'People/Typo Tie.md',
		]);
	});

	it('recognises contacts by folder, tag and category, and not templates', async () => {
		const contacts = JSON.parse((await cli('contacts', '--vault', DEMO, '--json')).out) as { path: string }[];
		const paths = contacts.map((c) => c.path);
		expect(paths).toEqual(
			expect.arrayContaining(['Network/Kofi Mensah.md', 'Network/Isabel Ruiz.md', 'Network/Oliver Grant.md', 'Archive/Alex Kim.md']),
		);
		expect(paths.some((p) => p.startsWith('Templates/') || p.startsWith('Companies/'))).toBe(false);
		expect(contacts.length).toBe(32);
	});
});
