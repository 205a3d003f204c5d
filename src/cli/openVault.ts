// Opens a vault folder into a built index: the one path shared by the CLI commands and
// the benchmark, so both measure and run exactly the same work.
import { dirname, join, resolve } from 'node:path';
import { datedNoteMatcher, type DatedNoteMatcher } from '../domain/datedNotes';
import { ContactIndex } from '../index/contactIndex';
import { DiskSource } from './diskSource';
import { isFolder } from './noteFiles';
import { loadVaultConfig, type VaultConfig } from './vaultConfig';

export interface OpenVault {
	index: ContactIndex;
	source: DiskSource;
	config: VaultConfig;
	datedNotes: DatedNoteMatcher;
}

/** `onRead` is told after each note the build reads, with how many there are (`readingStatus` words it). */
export function openVault(root: string, configDir = '.obsidian', onRead?: (read: number, of: number) => void): OpenVault {
	const config = loadVaultConfig(root, configDir);
	const source = new DiskSource(root, configDir);
	source.readNamesOf(config.settings);
	const { folder, format, anywhere } = config.datedNotes;
	const datedNotes = datedNoteMatcher(folder, format, anywhere);
	const index = new ContactIndex(config.settings, datedNotes);
	source.onRead = onRead;
	// Frontmatter is parsed only for notes where it can matter (docs/cli.md, "Properties").
	index.build(source.forIndex(config.settings));
	source.onRead = undefined;
	source.stopReadingAhead();
	return { index, source, config, datedNotes };
}

/** How long a read goes unsaid: a vault read in under a second says nothing. */
export const READING_QUIET_MS = 1000;

/**
 * Says on the status line (`Io.status`, a terminal's only) how far the vault's read has got,
 * once it has taken a second, at most ten times a second; `done` clears what was said.
 */
export function readingStatus(
	status: (text: string) => void,
	clock: () => number = Date.now,
): { onRead: (read: number, of: number) => void; done: () => void } {
	const start = clock();
	let said = -Infinity;
	return {
		onRead: (read, of) => {
			const now = clock();
			if (now - start < READING_QUIET_MS || now - said < 100) return;
			said = now;
			status(`Reading the vault: ${read} of ${of} notes`);
		},
		done: () => {
			if (said > -Infinity) status('');
		},
	};
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
