// What the CLI learns from a vault's config folder: Rapport's own settings, and where
// and how daily notes are named (Rapport's setting, else Periodic Notes, else Daily Notes).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { datedNotesLocation } from '../domain/datedNotes';
import { migrateSettings, type RapportSettings } from '../domain/settings';

export interface VaultConfig {
	settings: RapportSettings;
	datedNotesFolder: string;
	datedNotesFormat: string;
	/** Config files that exist but could not be read. */
	problems: { path: string; message: string }[];
}

function readJson(root: string, path: string, problems: VaultConfig['problems']): Record<string, unknown> | undefined {
	const full = join(root, path);
	if (!existsSync(full)) return undefined;
	try {
		const data: unknown = JSON.parse(readFileSync(full, 'utf8'));
		return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : undefined;
	} catch (error) {
		problems.push({ path, message: `can't be read, defaults used instead: ${(error as Error).message}` });
		return undefined;
	}
}

export function loadVaultConfig(root: string, configDir = '.obsidian'): VaultConfig {
	const problems: VaultConfig['problems'] = [];
	const settings = migrateSettings(readJson(root, `${configDir}/plugins/rapport/data.json`, problems));
	const { folder, format } = datedNotesLocation(
		settings,
		readJson(root, `${configDir}/plugins/periodic-notes/data.json`, problems),
		readJson(root, `${configDir}/daily-notes.json`, problems),
	);
	return { settings, datedNotesFolder: folder, datedNotesFormat: format, problems };
}
