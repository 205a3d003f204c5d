// A name typed without its accents, or with a straight apostrophe for a curly one, finds the
// contact when nobody answers to it as typed; someone who does answer as typed comes first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vault } from '../builders';
import { cli, writeVault } from './tempVault';

const TODAY = '2026-11-21';

const log = (root: string, name: string): ReturnType<typeof cli> =>
	cli('log', '--vault', root, '--kind', 'call', '--contact', name, '--date', '2026-11-20', '--today', TODAY);
const logged = (root: string, name: string): boolean => readFileSync(join(root, `People/${name}.md`), 'utf8').includes('- 2026-11-20 call');

describe('names typed loosely', () => {
	it('find José Álvarez by "jose alvarez" and Dana O’Neil by "Dana O\'Neil"', async () => {
		const root = writeVault(vault().contact('José Álvarez').contact('Dana O’Neil').contact('Sam Rivera'));
		for (const [typed, note] of [
			['jose alvarez', 'José Álvarez'],
			["Dana O'Neil", 'Dana O’Neil'],
		] as const) {
			const result = await log(root, typed);
			expect(result.err).toBe('');
			expect(result.code).toBe(0);
			expect(logged(root, note)).toBe(true);
		}
		expect(logged(root, 'Sam Rivera')).toBe(false);
	});

	it('take the name as typed first: "Jose" is Jose, not also José', async () => {
		const root = writeVault(vault().contact('Jose').contact('José'));
		expect((await log(root, 'jose')).code).toBe(0);
		expect(logged(root, 'Jose')).toBe(true);
		expect(logged(root, 'José')).toBe(false);
	});

	it('say when a loose name could be two people', async () => {
		const root = writeVault(vault().contact('José').contact('People/Other/Jóse'));
		const result = await log(root, 'jose');
		expect(result.code).toBe(1);
		expect(result.err).toContain("'jose' could be any of People/José.md and People/Other/Jóse.md");
	});

	it('suggest by a first or last name with accents aside: "Jose" and "Alvarez" suggest José Álvarez', async () => {
		const root = writeVault(vault().contact('José Álvarez').contact('Sam Rivera'));
		for (const typed of ['Jose', 'alvarez', 'Jose Alvarz']) {
			const result = await log(root, typed);
			expect(result.code).toBe(1);
			expect(result.err).toContain(`no contact named '${typed}'; did you mean José Álvarez?`);
		}
	});
});
