// A contact named "Doe, Jane" (the "Last, First" habit) is found by name, path and link,
// and `--contact` splits on commas only where the whole text names no contact.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vault } from '../builders';
import { cli, writeVault } from './tempVault';

const TODAY = '2026-11-21';

function people(): string {
	return writeVault(
		vault()
			.contact('Doe, Jane', (c) => c.tie('strong').cadence('monthly').lastContact('2026-09-01'))
			.contact('Sam Rivera', (c) => c.tie('strong').lastContact('2026-09-01'))
			.contact('Jo Park', (c) => c.tie('weak').lastContact('2026-04-01'))
			.daily('2026-11-10', '- Lunch with [[Doe, Jane]]'),
	);
}

const log = (root: string, ...args: string[]): ReturnType<typeof cli> =>
	cli('log', '--vault', root, '--kind', 'call', ...args, '--today', TODAY);
const interactions = (root: string, name: string): string =>
	readFileSync(join(root, `People/${name}.md`), 'utf8').split('## Interactions')[1] ?? '';

describe('a contact named "Doe, Jane"', () => {
	it('is logged on by its name, its path and a link, as one person', async () => {
		for (const name of ['Doe, Jane', 'People/Doe, Jane', '[[Doe, Jane]]', 'doe,  jane']) {
			const root = people();
			const result = await log(root, '--contact', name, '--date', '2026-11-20');
			expect(result.err).toBe('');
			expect(result.code).toBe(0);
			expect(interactions(root, 'Doe, Jane')).toContain('- 2026-11-20 call');
			expect(interactions(root, 'Sam Rivera')).not.toContain('2026-11-20');
		}
	});

	it('has the daily note that links [[Doe, Jane]] as her last contact', async () => {
		const result = await cli('contacts', '--vault', people(), '--json');
		expect(result.code).toBe(0);
		const jane = (JSON.parse(result.out) as { name: string; effectiveLastContact: string }[]).find((c) => c.name === 'Doe, Jane');
		expect(jane?.effectiveLastContact).toBe('2026-11-10');
	});

	it('does not stop a comma from naming two people', async () => {
		const root = people();
		const result = await log(root, '--contact', 'Sam Rivera, Jo Park', '--date', '2026-11-20');
		expect(result.code).toBe(0);
		expect(interactions(root, 'Sam Rivera')).toContain('- 2026-11-20 call');
		expect(interactions(root, 'Jo Park')).toContain('- 2026-11-20 call');
		expect(interactions(root, 'Doe, Jane')).not.toContain('2026-11-20');
	});

	it('can be named with others, in one text or several', async () => {
		const root = people();
		expect((await log(root, '--contact', 'Doe, Jane', '--contact', 'Jo Park', '--date', '2026-11-19')).code).toBe(0);
		expect((await log(root, '--contact', 'Jo Park, Sam Rivera', '--contact', '[[Doe, Jane]]', '--date', '2026-11-20')).code).toBe(0);
		expect(interactions(root, 'Doe, Jane')).toMatch(/2026-11-19[\s\S]*2026-11-20|2026-11-20[\s\S]*2026-11-19/);
		expect(interactions(root, 'Jo Park')).toMatch(/2026-11-20/);
	});

	it('is read whole inside a list of names, wherever it stands in it', async () => {
		for (const list of ['Sam Rivera, Doe, Jane', 'Doe, Jane, Sam Rivera', 'Jo Park, Doe, Jane, Sam Rivera']) {
			const root = people();
			const result = await log(root, '--contact', list, '--date', '2026-11-20');
			expect({ list, code: result.code, err: result.err }).toEqual({ list, code: 0, err: '' });
			expect(interactions(root, 'Doe, Jane')).toContain('- 2026-11-20 call');
			expect(interactions(root, 'Sam Rivera')).toContain('- 2026-11-20 call');
		}
	});

	it('is suggested when a typo names nobody, whole or in parts', async () => {
		const result = await log(people(), '--contact', 'Doe, Jnae', '--date', '2026-11-20');
		expect(result.code).not.toBe(0);
		expect(result.err).toContain("no contact named 'Doe, Jnae'; did you mean Doe, Jane?");
		const half = await log(people(), '--contact', 'Sam Rivera, Nobody', '--date', '2026-11-20');
		expect(half.code).not.toBe(0);
		expect(half.err).toContain("no contact named 'Nobody'");
	});

	it('is a meeting guest by the same rule', async () => {
		const root = people();
		const result = await cli(
			'meeting',
			'--vault',
			root,
			'--template',
			'coffee-chat',
			'--with',
			'Doe, Jane',
			'--date',
			'2026-11-20',
			'--today',
			TODAY,
			'--json',
		);
		expect(result.err).toBe('');
		expect(result.code).toBe(0);
		expect(interactions(root, 'Doe, Jane')).toContain('2026-11-20');
	});
});
