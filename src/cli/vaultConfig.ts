// What the CLI learns from a vault's config folder: Rapport's own settings, and where
// and how daily notes are named (Rapport's setting, else Periodic Notes, else Daily Notes).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrateSettings, trimSlashes, type RapportSettings } from '../domain/settings';

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

function str(value: unknown): string {
	return typeof value === 'string' ? value.trim() : '';
}

export function loadVaultConfig(root: string, configDir = '.obsidian'): VaultConfig {
	const problems: VaultConfig['problems'] = [];
	const settings = migrateSettings(readJson(root, `${configDir}/plugins/rapport/data.json`, problems));
	const periodic = readJson(root, `${configDir}/plugins/periodic-notes/data.json`, problems);
	const periodicDaily = periodic && typeof periodic.daily === 'object' && periodic.daily !== null ? (periodic.daily as Record<string, unknown>) : undefined;
	const usePeriodic = periodicDaily?.enabled === true;
	const daily = readJson(root, `${configDir}/daily-notes.json`, problems);
	const folder = settings.datedNotesFolder || str(usePeriodic ? periodicDaily?.folder : daily?.folder);
	const format = settings.datedNotesFormat || str(usePeriodic ? periodicDaily?.format : daily?.format) || 'YYYY-MM-DD';
	return { settings, datedNotesFolder: trimSlashes(folder), datedNotesFormat: format, problems };
}
