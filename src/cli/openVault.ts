// Opens a vault folder into a built index: the one path shared by the CLI commands and
// the benchmark, so both measure and run exactly the same work.
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { datedNoteMatcher, type DatedNoteMatcher } from '../domain/datedNotes';
import { ContactIndex } from '../index/contactIndex';
import { DiskSource } from './diskSource';
import { loadVaultConfig, type VaultConfig } from './vaultConfig';

export interface OpenVault {
	index: ContactIndex;
	source: DiskSource;
	config: VaultConfig;
	datedNotes: DatedNoteMatcher;
}

export function openVault(root: string, configDir = '.obsidian'): OpenVault {
	const config = loadVaultConfig(root, configDir);
	const source = new DiskSource(root, configDir);
	source.readNamesOf(config.settings);
	const { folder, format, anywhere } = config.datedNotes;
	const datedNotes = datedNoteMatcher(folder, format, anywhere);
	const index = new ContactIndex(config.settings, datedNotes);
	// Frontmatter is parsed only for notes where it can matter (docs/cli.md, "Properties").
	index.build(source.forIndex(config.settings));
	source.stopReadingAhead();
	return { index, source, config, datedNotes };
}

/**
 * The vault a folder is inside of, when it is no vault itself: the nearest folder above it
 * with the config folder. `--vault ~/Vault/People` reads only that folder, missing the
 * links, daily notes and settings of ~/Vault, with a queue that still looks right. None
 * when the folder has a config folder itself, or nothing above it has (a hand-made vault).
 */
export function enclosingVault(root: string, configDir = '.obsidian'): string | undefined {
	let folder = resolve(root);
	if (isFolder(join(folder, configDir))) return undefined;
	for (let up = dirname(folder); up !== folder; folder = up, up = dirname(up)) {
		if (isFolder(join(up, configDir))) return up;
	}
	return undefined;
}

function isFolder(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}
