// Opens a vault folder into a built index: the one path shared by the CLI commands and
// the benchmark, so both measure and run exactly the same work.
import { datedNoteMatcher } from '../domain/datedNotes';
import { ContactIndex } from '../index/contactIndex';
import { DiskSource } from './diskSource';
import { loadVaultConfig, type VaultConfig } from './vaultConfig';

export interface OpenVault {
	index: ContactIndex;
	source: DiskSource;
	config: VaultConfig;
}

export function openVault(root: string, configDir = '.obsidian'): OpenVault {
	const config = loadVaultConfig(root, configDir);
	const source = new DiskSource(root, configDir);
	const index = new ContactIndex(config.settings, datedNoteMatcher(config.datedNotesFolder, config.datedNotesFormat));
	index.build(source);
	return { index, source, config };
}
