// The synthetic vault as files, for the CLI and the read-and-parse baseline. Writing
// 30,000 files takes seconds, so a folder left by an earlier run with the same content
// is reused; the marker is written last, so a run cut short leaves no false marker.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DAILY_FOLDER, DAILY_FORMAT, GENERATOR_VERSION, type SyntheticVault } from './synthetic';

const MARKER = '.rapport-bench.json';

export interface DiskVault {
	root: string;
	reused: boolean;
}

export function contentHash(vault: SyntheticVault, dailyNotesJson: string): string {
	const hash = createHash('sha256');
	hash.update(dailyNotesJson);
	for (const note of vault.notes) hash.update(`\0${note.path}\0${note.text}`);
	return hash.digest('hex');
}

export function ensureDiskVault(vault: SyntheticVault, root = join(tmpdir(), 'rapport-bench-vault')): DiskVault {
	const dailyNotesJson = JSON.stringify({ folder: DAILY_FOLDER, format: DAILY_FORMAT });
	const marker = JSON.stringify({ generator: GENERATOR_VERSION, hash: contentHash(vault, dailyNotesJson) });
	const markerPath = join(root, MARKER);
	if (existsSync(markerPath) && readFileSync(markerPath, 'utf8') === marker) return { root, reused: true };

	// Only ever this benchmark's own folder: stale notes from another version must go.
	rmSync(root, { recursive: true, force: true });
	mkdirSync(join(root, '.obsidian'), { recursive: true });
	writeFileSync(join(root, '.obsidian', 'daily-notes.json'), dailyNotesJson);
	const made = new Set<string>();
	for (const note of vault.notes) {
		const file = join(root, note.path);
		const folder = dirname(file);
		if (!made.has(folder)) {
			mkdirSync(folder, { recursive: true });
			made.add(folder);
		}
		writeFileSync(file, note.text);
	}
	writeFileSync(markerPath, marker);
	return { root, reused: false };
}
