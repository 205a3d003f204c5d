// Writes a built vault to a fresh temporary folder, for tests that read from disk.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { run } from '../../src/cli/run';
import type { VaultBuilder } from '../builders';

export function writeVault(v: VaultBuilder, config: Record<string, unknown> = { folder: v.datedFolder, format: v.datedFormat }): string {
	const root = mkdtempSync(join(tmpdir(), 'rapport-test-'));
	mkdirSync(join(root, '.obsidian'));
	writeFileSync(join(root, '.obsidian/daily-notes.json'), JSON.stringify(config));
	for (const [path, text] of v.files) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

/** Every file in the vault, config folder included, with its exact bytes. */
export function snapshot(root: string, dir = root): Record<string, string> {
	const files: Record<string, string> = {};
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) Object.assign(files, snapshot(root, full));
		else files[relative(root, full)] = readFileSync(full).toString('base64');
	}
	return files;
}

/** The vault's files as text, path → text, leaving out hidden ones (`.obsidian`, locks); only notes when asked. */
export function filesOf(root: string, only?: 'notes', folder = ''): Record<string, string> {
	const files: Record<string, string> = {};
	for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
		if (entry.name.startsWith('.')) continue;
		const path = folder ? `${folder}/${entry.name}` : entry.name;
		if (entry.isDirectory()) Object.assign(files, filesOf(root, only, path));
		else if (!only || entry.name.endsWith('.md')) files[path] = readFileSync(join(root, path), 'utf8');
	}
	return files;
}

export interface CliResult {
	code: number;
	out: string;
	err: string;
}

/** Runs the CLI in-process, as `rapport ...args`. */
export async function cli(...args: string[]): Promise<CliResult> {
	const out: string[] = [];
	const err: string[] = [];
	const code = await run(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
	return { code, out: out.join('\n'), err: err.join('\n') };
}
