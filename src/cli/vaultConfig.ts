// What the CLI learns from a vault's config folder: Rapport's own settings, and where
// and how daily notes are named (Rapport's setting, else Periodic Notes when it is on, else
// Daily Notes, else `YYYY-MM-DD` anywhere). What can't be used is reported with its file and key.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PERIODIC_NOTES_ID, datedNotesLocation, type DatedNotesLocation } from '../domain/datedNotes';
import { migrateSettingsReport, type RapportSettings } from '../domain/settings';
import type { Io } from './io';

export interface VaultConfig {
	settings: RapportSettings;
	datedNotesFolder: string;
	datedNotesFormat: string;
	/** Where dated notes are, and whose settings said so. */
	datedNotes: DatedNotesLocation;
	/** Config files that could not be read, and settings that could not be used: defaults stand in. */
	problems: { path: string; message: string }[];
}

/** A config file's JSON; undefined when there is no such file, or (reported) when it isn't JSON. */
function readJson(root: string, path: string, problems: VaultConfig['problems']): unknown {
	const full = join(root, path);
	if (!existsSync(full)) return undefined;
	try {
		return JSON.parse(readFileSync(full, 'utf8')) as unknown;
	} catch (error) {
		problems.push({ path, message: `is not JSON, so the defaults are used instead: ${(error as Error).message}` });
		return undefined;
	}
}

/** Another plugin's settings: an object, else (reported) nothing. */
function readSettingsJson(root: string, path: string, problems: VaultConfig['problems']): Record<string, unknown> | undefined {
	const data = readJson(root, path, problems);
	if (data === undefined || data === null) return undefined;
	if (typeof data === 'object' && !Array.isArray(data)) return data as Record<string, unknown>;
	problems.push({ path, message: 'holds no settings object, so it is not used' });
	return undefined;
}

export function loadVaultConfig(root: string, configDir = '.obsidian'): VaultConfig {
	const problems: VaultConfig['problems'] = [];
	const dataPath = `${configDir}/plugins/rapport/data.json`;
	const read = migrateSettingsReport(readJson(root, dataPath, problems));
	for (const problem of read.problems)
		problems.push({ path: dataPath, message: problem.key ? `${problem.key}: ${problem.message}` : problem.message });
	const { settings } = read;
	const enabled = readJson(root, `${configDir}/community-plugins.json`, problems);
	const datedNotes = datedNotesLocation(settings, {
		periodicNotes: readSettingsJson(root, `${configDir}/plugins/${PERIODIC_NOTES_ID}/data.json`, problems),
		periodicNotesEnabled: Array.isArray(enabled) && enabled.includes(PERIODIC_NOTES_ID),
		dailyNotes: readSettingsJson(root, `${configDir}/daily-notes.json`, problems),
	});
	return { settings, datedNotesFolder: datedNotes.folder, datedNotesFormat: datedNotes.format, datedNotes, problems };
}

/** One stderr line per config problem, for the commands that don't list problems: the defaults stood in. */
export function warnConfigProblems(config: VaultConfig, io: Io): void {
	for (const problem of config.problems) io.err(`rapport: ${problem.path}: ${problem.message}`);
}
