// A note whose properties are an alias bomb is one problem, named in one short line; the
// rest of the vault and every command keep working.
import { describe, expect, it } from 'vitest';
import { vault } from '../builders';
import { bomb } from '../yamlBomb';
import { cli, writeVault } from './tempVault';

function bombed(): string {
	return writeVault(
		vault()
			.contact('Sam Rivera', (c) => c.tie('strong').lastContact('2026-09-01'))
			.contact('Jo Park', (c) => c.tie('weak').lastContact('2026-01-01'))
			.note('People/Bomb', `---\n${bomb()}\n---\n## Interactions\n- 2026-11-01 call: still counts\n`),
	);
}

describe('a note with an alias bomb in its properties', () => {
	it('is listed by problems in one short message', async () => {
		const result = await cli('problems', '--vault', bombed(), '--json');
		expect(result.code).toBe(0);
		expect(result.out.length).toBeLessThan(1_000);
		const problems = JSON.parse(result.out) as { path: string; message: string }[];
		expect(problems).toEqual([
			{
				path: 'People/Bomb.md',
				message: expect.stringMatching(/^frontmatter does not parse.*aliases \(\*\w\) expand past 1,000,000 characters/) as unknown,
			},
		]);
		expect(problems[0]?.message.length).toBeLessThan(200);
	});

	it('leaves the queue to the others', async () => {
		const result = await cli('queue', '--vault', bombed(), '--today', '2026-11-21', '--json');
		expect(result.code).toBe(0);
		const queue = JSON.parse(result.out) as { sections: { id: string; items: { name: string }[] }[] };
		const names = queue.sections.flatMap((s) => s.items.map((i) => i.name));
		expect(names).toEqual(expect.arrayContaining(['Sam Rivera', 'Jo Park']));
	});

	it('is refused by log with a short reason, and left as it was', async () => {
		const root = bombed();
		const result = await cli(
			'log',
			'--vault',
			root,
			'--contact',
			'Bomb',
			'--kind',
			'call',
			'--date',
			'2026-11-20',
			'--today',
			'2026-11-21',
		);
		expect(result.code).not.toBe(0);
		expect(result.err).toMatch(/expand past 1,000,000 characters/);
		expect(result.err.length).toBeLessThan(400);
	});
});
