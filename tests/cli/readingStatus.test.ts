// On a terminal, a vault that takes more than a second to read says how far it has got, on
// one status line that the answer then replaces; a quick read, and a pipe, say nothing.
import { describe, expect, it } from 'vitest';
import { openVault, readingStatus } from '../../src/cli/openVault';
import { vault } from '../builders';
import { writeVault } from './tempVault';

describe('reading the vault', () => {
	it('tells the reader after each note, with how many the vault has', () => {
		const root = writeVault(vault().contact('Sam Rivera').contact('Jo Park').daily('2026-11-20', '- Lunch with [[Sam Rivera]]'));
		const told: [number, number][] = [];
		openVault(root, '.obsidian', (read, of) => told.push([read, of]));
		expect(told.at(-1)).toEqual([3, 3]);
		expect(told.map(([read]) => read)).toEqual([1, 2, 3]);
	});

	it('says nothing for the first second, then at most ten times a second, and clears the line when done', () => {
		let now = 0;
		const said: string[] = [];
		const status = readingStatus(
			(text) => said.push(text),
			() => now,
		);
		status.onRead(1, 30_000);
		now = 999;
		status.onRead(2, 30_000);
		expect(said).toEqual([]);
		now = 1000;
		status.onRead(3, 30_000);
		now = 1050;
		status.onRead(4, 30_000);
		now = 1100;
		status.onRead(5, 30_000);
		status.done();
		expect(said).toEqual(['Reading the vault: 3 of 30000 notes', 'Reading the vault: 5 of 30000 notes', '']);
	});

	it('clears nothing when nothing was said', () => {
		const said: string[] = [];
		readingStatus(
			(text) => said.push(text),
			() => 0,
		).done();
		expect(said).toEqual([]);
	});
});
