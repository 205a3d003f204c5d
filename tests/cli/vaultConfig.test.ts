// What the CLI takes from a vault's config folder: daily notes named as a date anywhere when
// no daily-notes settings exist, Periodic Notes only while it is on, meeting property names,
// and a data.json that isn't JSON or holds a value of the wrong kind, reported with the file
// and the key while the defaults stand in.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vault } from '../builders';
import { cli, writeVault } from './tempVault';

const DATA = '.obsidian/plugins/rapport/data.json';

function write(root: string, path: string, text: string): void {
	mkdirSync(join(root, path, '..'), { recursive: true });
	writeFileSync(join(root, path), text);
}

interface ContactJson {
	name: string;
	effectiveLastContact: string | null;
	lastInteraction: { source: string } | null;
}

async function lastContacts(root: string): Promise<Record<string, string | null>> {
	const result = await cli('contacts', '--vault', root, '--json');
	expect(result.code).toBe(0);
	return Object.fromEntries((JSON.parse(result.out) as ContactJson[]).map((c) => [c.name, c.lastInteraction?.source ?? null]));
}

const sam = (): ReturnType<typeof vault> => vault().contact('Sam Rivera', (c) => c.tie('strong'));

describe('daily notes with no daily-notes settings', () => {
	it('are notes named YYYY-MM-DD anywhere in the vault', async () => {
		const root = writeVault(
			sam()
				.note('2026-11-01', '- Call with [[Sam Rivera]]')
				.note('Journal/2026/2026-11-05', '- Lunch with [[Sam Rivera]]')
				.note('Meetings/2026-11-09 Retro', '- [[Sam Rivera]] presented'),
		);
		rmSync(join(root, '.obsidian/daily-notes.json'));
		expect(await lastContacts(root)).toEqual({ 'Sam Rivera': 'Journal/2026/2026-11-05.md' });
	});

	it('are where the Daily Notes settings say once there are some, even with no folder (the vault root)', async () => {
		const root = writeVault(sam().note('Journal/2026-11-05', '- Lunch with [[Sam Rivera]]'), {});
		expect(await lastContacts(root)).toEqual({ 'Sam Rivera': null });
	});
});

describe('Periodic Notes in the CLI', () => {
	const periodic = JSON.stringify({ daily: { enabled: true, folder: 'Journal', format: 'DD-MM-YYYY' } });

	it('is read only when community-plugins.json lists it', async () => {
		const v = sam().note('Journal/05-11-2026', '- Lunch with [[Sam Rivera]]').daily('2026-11-02', '- Call with [[Sam Rivera]]');
		const root = writeVault(v);
		write(root, '.obsidian/plugins/periodic-notes/data.json', periodic);
		expect(await lastContacts(root)).toEqual({ 'Sam Rivera': 'Daily/2026-11-02.md' });
		write(root, '.obsidian/community-plugins.json', JSON.stringify(['periodic-notes']));
		expect(await lastContacts(root)).toEqual({ 'Sam Rivera': 'Journal/05-11-2026.md' });
	});
});

describe('a data.json Rapport cannot use', () => {
	it('that is not JSON is reported by problems and on stderr, and the defaults are used', async () => {
		const root = writeVault(sam());
		write(root, DATA, '{ "contactFolders": ["Folks"], }');
		const problems = await cli('problems', '--vault', root, '--json');
		expect(problems.code).toBe(0);
		const listed = JSON.parse(problems.out) as { path: string; message: string }[];
		expect(listed.map((p) => p.path)).toEqual([DATA]);
		expect(listed[0]?.message).toMatch(/^is not JSON, so the defaults are used instead: /);
		expect(problems.err).toBe('');

		const queue = await cli('queue', '--vault', root, '--json');
		expect(queue.code).toBe(0);
		expect(queue.err).toMatch(new RegExp(`^rapport: ${DATA}: is not JSON, so the defaults are used instead: `));
		expect(queue.out).toContain('"name": "Sam Rivera"');
	});

	it('with a value of the wrong kind names the key, and that value alone falls back', async () => {
		const root = writeVault(vault().note('Folks/Ana Ruiz', '---\ntie: strong\nlast_contact: 2026-11-01\n---\n'));
		write(root, DATA, JSON.stringify({ contactFolders: ['Folks'], cadenceDays: { strong: 'often' } }));
		const message = 'cadenceDays.strong: expected a whole number, 1 or more, got "often"; the default, 30, is used';
		const problems = await cli('problems', '--vault', root);
		expect(problems.out).toContain(DATA);
		expect(problems.out).toContain(message);

		const queue = await cli('queue', '--vault', root, '--today', '2026-12-05', '--json');
		expect(queue.err).toBe(`rapport: ${DATA}: ${message}`);
		// The contact folder was used; the cadence is the default: due 30 days after 1 November.
		expect(queue.out).toContain('"due": "2026-12-01"');
		for (const command of [['contacts'], ['templates']])
			expect((await cli(...command, '--vault', root)).err).toBe(`rapport: ${DATA}: ${message}`);
	});
});

describe('meeting property names in data.json', () => {
	it('name the properties `meeting` writes and the queue reads', async () => {
		const v = sam().note('Meetings/Roadmap', '---\ntype: meeting\nDate: 2026-11-02\nattendees: ["[[Sam Rivera]]"]\n---\n');
		const root = writeVault(v);
		expect(await lastContacts(root)).toEqual({ 'Sam Rivera': null });
		write(root, DATA, JSON.stringify({ meetingKeys: { date: 'Date', people: 'attendees' } }));
		expect(await lastContacts(root)).toEqual({ 'Sam Rivera': 'Meetings/Roadmap.md' });

		const made = await cli('meeting', '--vault', root, '--template', 'coffee-chat', '--with', 'Sam Rivera', '--today', '2026-11-21');
		expect(made.code).toBe(0);
		expect(readFileSync(join(root, made.out.trim()), 'utf8')).toMatch(
			/^---\ntype: meeting\nDate: 2026-11-21\nattendees: \["\[\[Sam Rivera\]\]"\]\n/,
		);
	});
});
