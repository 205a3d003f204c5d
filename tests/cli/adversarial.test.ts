// Real vaults are messy. Each odd note is either read correctly or listed as a problem
// naming the note, and everything else keeps working.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vault } from '../builders';
import { cli, writeVault } from './tempVault';

interface Problem {
	path: string;
	message: string;
}

function messy(): string {
	const v = vault()
		.contact('Sam Rivera', (c) => c.tie('strong').lastContact('2026-11-01'))
		.note('People/Broken Yaml', '---\ncompany: Acme\n\ttie: strong\nrole: "Staff\n---\n## Interactions\n- 2026-10-01 call: still counts\n')
		.note(
			'People/Typo Tie',
			'---\ntie: stong\ncadence: sometimes\nlast_contact: 2026-13-45\nbirthday: 31-02\ncompany: Globex\nstatus: [active]\n---\n',
		)
		.note(
			'People/Wrong Types',
			// A tie, so it is queued, not listed for triage.
			'---\ntie: weak\ncompany: [Acme, Initech]\nrole: {title: CTO}\n' +
				'last_contact: 20261002\nnext_follow_up: true\naliases: {first: Al}\n---\n',
		)
		.note('People/Empty', '')
		.note('People/Only Spaces', '   \n\n')
		.note('People/李伟', '---\ntie: weak\nlast_contact: 2026-06-01\n---\n')
		.note('People/Zoë Ångström', '---\ntie: medium\n---\n')
		.note('People/Alex Kim', '---\ntie: strong\n---\n')
		.note('Archive/Alex Kim', '---\ntype: contact\nstatus: archived\n---\n')
		.note('People/Unknown Kind', '---\ntie: weak\n---\n## Interactions\n- 2026-11-02 lunch: tacos\n- yesterday call\n')
		.daily('2026-11-10', '- Tea with [[李伟]] and [[Zoë Ångström]]\n- [[Alex Kim]] shared a job post');
	const root = writeVault(v);
	writeFileSync(
		join(root, 'People/Ngozi Okafor.md'),
		'\uFEFF---\r\ntype: contact\r\ntie: strong\r\nlast_contact: 2026-10-20\r\n' +
			'---\r\n## Interactions\r\n- 2026-11-05 video: portfolio review #gave\r\n',
	);
	writeFileSync(join(root, 'Daily/2026-11-12.md'), '\uFEFF- Lunch with [[Ngozi Okafor]]\r\n- [ ] Email [[Sam Rivera]]\r\n');
	return root;
}

async function problems(root: string): Promise<Problem[]> {
	const result = await cli('problems', '--vault', root, '--json');
	expect(result.code).toBe(0);
	return JSON.parse(result.out) as Problem[];
}

async function contacts(root: string): Promise<Record<string, Record<string, unknown>>> {
	const list = JSON.parse((await cli('contacts', '--vault', root, '--json')).out) as Record<string, unknown>[];
	return Object.fromEntries(list.map((c) => [String(c.path), c]));
}

describe('a messy vault', () => {
	const root = messy();

	it('lists broken YAML as a problem, and the note is still a contact with its body', async () => {
		const broken = (await problems(root)).filter((p) => p.path === 'People/Broken Yaml.md');
		expect(broken).toHaveLength(1);
		expect(broken[0]?.message).toMatch(/^frontmatter does not parse, so its properties are ignored: line [2-4]: .+$/);
		expect((await contacts(root))['People/Broken Yaml.md']).toMatchObject({
			name: 'Broken Yaml',
			company: null,
			effectiveLastContact: '2026-10-01',
		});
	});

	it('names each wrong value and its field, and reads the rest of the note', async () => {
		const typo = (await problems(root)).filter((p) => p.path === 'People/Typo Tie.md').map((p) => p.message);
		expect(typo).toEqual([
			"birthday: expected MM-DD or YYYY-MM-DD, got '31-02'",
			"cadence: expected a cadence like 2w, 30d, 3m, 1y or monthly, got 'sometimes'",
			"last_contact: expected a date YYYY-MM-DD, got '2026-13-45'",
			'status: expected active, dormant or archived, got ["active"]',
			"tie: expected strong, medium or weak, got 'stong'",
		]);
		expect((await contacts(root))['People/Typo Tie.md']).toMatchObject({
			company: 'Globex',
			tie: null,
			effectiveCadence: '90d',
			status: 'active',
		});
	});

	it('names wrong types', async () => {
		const wrong = (await problems(root)).filter((p) => p.path === 'People/Wrong Types.md').map((p) => p.message);
		expect(wrong).toEqual([
			'aliases: expected a list of names, got {"first":"Al"}',
			`company: expected one text, got ["Acme","Initech"]; only the first, 'Acme', is read`,
			'last_contact: expected a date YYYY-MM-DD, got 20261002',
			'next_follow_up: expected a date YYYY-MM-DD, got true',
			'role: expected text, got {"title":"CTO"}',
		]);
		// A list where text is expected: the first entry is taken, and the problem says so.
		expect((await contacts(root))['People/Wrong Types.md']).toMatchObject({ company: 'Acme' });
	});

	it('lists empty notes in the contacts folder', async () => {
		const empty = (await problems(root)).filter((p) => p.message.startsWith('empty note')).map((p) => p.path);
		expect(empty).toEqual(['People/Empty.md', 'People/Only Spaces.md']);
		// An empty note is not someone to reach out to.
		expect((await contacts(root))['People/Empty.md']).toBeUndefined();
	});

	it('reads a note with a byte-order mark and CRLF line endings like any other', async () => {
		expect((await problems(root)).filter((p) => p.path === 'People/Ngozi Okafor.md')).toEqual([]);
		expect((await contacts(root))['People/Ngozi Okafor.md']).toMatchObject({
			tie: 'strong',
			lastContact: '2026-10-20',
			effectiveLastContact: '2026-11-12',
			interactions: [{ date: '2026-11-05', kind: 'video', summary: 'portfolio review', gave: true }],
		});
	});

	it('links unicode names', async () => {
		const all = await contacts(root);
		expect(all['People/李伟.md']).toMatchObject({ name: '李伟', effectiveLastContact: '2026-11-10' });
		expect(all['People/Zoë Ångström.md']).toMatchObject({ name: 'Zoë Ångström', effectiveLastContact: '2026-11-10' });
	});

	it('reports two contacts with one name, and counts the link for one of them', async () => {
		const dupes = (await problems(root)).filter((p) => p.message.startsWith('another contact has the same name'));
		expect(dupes.map((p) => p.path)).toEqual(['Archive/Alex Kim.md', 'People/Alex Kim.md']);
		expect(dupes[0]?.message).toBe(
			'another contact has the same name (People/Alex Kim.md); links to [[Alex Kim]] count for People/Alex Kim.md',
		);
		const all = await contacts(root);
		expect(all['People/Alex Kim.md']).toMatchObject({ effectiveLastContact: '2026-11-10' });
		expect(all['Archive/Alex Kim.md']).toMatchObject({ effectiveLastContact: null, status: 'archived' });
	});

	it('names interaction lines it could not fully read, and keeps the ones it could', async () => {
		const lines = (await problems(root)).filter((p) => p.path === 'People/Unknown Kind.md').map((p) => p.message);
		expect(lines).toEqual([
			"Interactions line 5: unknown kind 'lunch', read as other (kinds: coffee, " +
				'call, video, email, message, meeting, event, intro, referral, other)',
			"Interactions line 6: an interaction starts with its date (YYYY-MM-DD), got 'yesterday call'",
		]);
		expect((await contacts(root))['People/Unknown Kind.md']).toMatchObject({
			effectiveLastContact: '2026-11-02',
			interactions: [{ kind: 'other', summary: 'lunch: tacos' }],
		});
	});

	it('still computes the queue for everyone else', async () => {
		const result = await cli('queue', '--vault', root, '--today', '2026-11-21', '--json');
		expect(result.code).toBe(0);
		const names = (JSON.parse(result.out) as { sections: { items: { name: string }[] }[] }).sections.flatMap((s) =>
			s.items.map((i) => i.name),
		);
		expect(names).toContain('Typo Tie');
		expect(names).toContain('Wrong Types');
		expect(names).not.toContain('Sam Rivera');
	});
});
