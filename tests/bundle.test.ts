// main.js carries Rapport's own code and nothing else: dates are written with the moment
// Obsidian exports, never a copy of the package (the CLI's bundle has one), and the only
// module it asks the app for is `obsidian`. Bundled with esbuild.config.mjs's own options.
import { build } from 'esbuild';
import { expect, it } from 'vitest';
import { plugin } from '../esbuild.config.mjs';

it('bundles no package into main.js, moment included, and requires only obsidian', async () => {
	const { metafile } = await build({ ...plugin, write: false, metafile: true, logLevel: 'silent' });
	expect(Object.keys(metafile.inputs).filter((path) => !path.startsWith('src/'))).toEqual([]);
	const imports = Object.values(metafile.outputs).flatMap((output) => output.imports.map((i) => i.path));
	expect([...new Set(imports)]).toEqual(['obsidian']);
}, 60_000);
