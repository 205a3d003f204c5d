// Opens a vault folder into a built index: the one path shared by the CLI commands and
// the benchmark, so both measure and run exactly the same work.
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
