// `rapport triage`: the new people waiting for a tie, listed, and given one, one step each call.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vault } from '../builders';
import { cli, snapshot, writeVault } from './tempVault';

const TODAY = '2026-11-21';

const people = (): ReturnType<typeof vault> =>
	vault()
		.contact('Sam Rivera', (c) => c.tie('strong').lastContact('2026-11-01'))
		.contact('Ana Ruiz', (c) => c.without('type').company('Paylark').prop('role', 'DevRel'))
		.contact('Ben Adler', (c) => c.without('type').prop('connected', '2024-01-01'));

const note = (root: string, name: string): string => readFileSync(join(root, `People/${name}.md`), 'utf8');

describe('rapport triage', () => {
	it('lists the people with no tie, cadence or status, and the queue says they wait', async () => {
		const root = writeVault(people());
		const listed = await cli('triage', '--vault', root, '--today', TODAY);
		expect(listed.code).toBe(0);
		expect(listed.out.split('\n')).toEqual([
			'2 new people wait for a tie (no tie, cadence or status; not in the queue until then):',
			'  Ana Ruiz   DevRel at Paylark',
			'  Ben Adler  connected 2024-01-01',
			'',
			`Give them one: rapport triage --vault ${root} --contact NAME --tie strong|medium|weak|dormant (or --all for everyone).`,
		]);
		const json = JSON.parse((await cli('triage', '--vault', root, '--json')).out) as { path: string }[];
		expect(json.map((p) => p.path)).toEqual(['People/Ana Ruiz.md', 'People/Ben Adler.md']);
		expect((await cli('queue', '--vault', root, '--today', TODAY)).out).toContain(
			`Triage 2 new people (no tie yet, so not in the queue): rapport triage --vault ${root}`,
		);
	});

	it('lists the first ones waiting and counts the rest, as many as --limit asks', async () => {
		const root = writeVault(people());
		const listed = await cli('triage', '--vault', root, '--today', TODAY, '--limit', '1');
		expect(listed.out.split('\n').slice(0, 3)).toEqual([
			'2 new people wait for a tie (no tie, cadence or status; not in the queue until then):',
			'  Ana Ruiz  DevRel at Paylark',
			'  … and 1 more (--limit all shows every one)',
		]);
		const writing = await cli('triage', '--vault', root, '--all', '--tie', 'weak', '--limit', '1');
		expect({ code: writing.code, err: writing.err }).toEqual({
			code: 2,
			err:
				'rapport: --limit cuts the list of people waiting; with --tie, triage prints every note it writes. ' +
				"Run 'rapport triage --help' for usage.",
		});
	});

	it('tells namesakes apart as the queue does, and takes the label it prints', async () => {
		const root = writeVault(
			vault()
				.contact('Pat Long', (c) => c.company('Acme'))
				.contact('People/Work/Pat Long', (c) => c.company('Globex')),
		);
		const rows = (await cli('triage', '--vault', root, '--today', TODAY)).out.split('\n').slice(1, 3);
		expect(rows.map((line) => line.trim().split('  ')[0])).toEqual(['Pat Long (Acme)', 'Pat Long (Globex)']);
		const given = await cli('triage', '--vault', root, '--today', TODAY, '--contact', 'Pat Long (Globex)', '--tie', 'weak');
		expect(given.code).toBe(0);
		expect(readFileSync(join(root, 'People/Work/Pat Long.md'), 'utf8')).toContain('tie: weak');
		expect(note(root, 'Pat Long')).not.toContain('tie:');
	});

	it('gives a tie to the people named, and lets everyone else go as dormant with --all, each call one step', async () => {
		const root = writeVault(people());
		expect(await cli('triage', '--vault', root, '--contact', 'Ana Ruiz', '--tie', 'Weak')).toEqual({
			code: 0,
			out: 'People/Ana Ruiz.md: tie: weak',
			err: '',
		});
		expect(note(root, 'Ana Ruiz')).toContain('\ntie: weak\n');
		expect(await cli('triage', '--vault', root, '--all', '--tie', 'dormant')).toMatchObject({
			code: 0,
			out: 'People/Ben Adler.md: marked dormant; it leaves the queue',
		});
		expect(note(root, 'Ben Adler')).toContain('\nstatus: dormant\n');
		expect((await cli('triage', '--vault', root)).out).toBe(
			'Nobody is waiting to be triaged: every contact has a tie, a cadence or a status.',
		);
		expect((await cli('triage', '--vault', root, '--all', '--tie', 'weak')).out).toBe('Nobody is waiting to be triaged.');
	});

	it('refuses someone who is not waiting, whose tie it would overwrite, and writes nothing for anyone named', async () => {
		const root = writeVault(people());
		const before = snapshot(root);
		const result = await cli('triage', '--vault', root, '--contact', 'Ana Ruiz', '--contact', 'Sam Rivera', '--tie', 'weak');
		expect(result).toEqual({
			code: 1,
			out: '',
			err:
				'rapport: Sam Rivera is not waiting to be triaged (a tie, cadence or status is set); nothing was written. ' +
				'To change a tie, edit the `tie` property in the note.',
		});
		expect(snapshot(root)).toEqual(before);
		expect(note(root, 'Sam Rivera')).toContain('\ntie: strong\n');
	});

	it.each([
		[['--tie', 'close'], /--tie expects strong, medium, weak or dormant, got 'close'/],
		[['--tie', 'weak'], /--tie needs --contact NAME, or --all/],
		[['--all'], /--tie is required with --all/],
		[['--all', '--contact', 'Ana Ruiz', '--tie', 'weak'], /give --contact or --all, not both/],
	])('%j is a usage error: exit 2, nothing written', async (args, message) => {
		const root = writeVault(people());
		const before = snapshot(root);
		const result = await cli('triage', '--vault', root, ...args);
		expect(result.code).toBe(2);
		expect(result.err).toMatch(message);
		expect(snapshot(root)).toEqual(before);
	});
});
