// main.js carries Rapport's own code and the two parsers the import reads files with
// (papaparse, ical.js: pure JavaScript, no Node built-in), nothing else: dates are written
// with the moment Obsidian exports, never a copy of the package (the CLI's bundle has one),
// and the only module it asks the app for is `obsidian`. Bundled with esbuild.config.mjs's
// own options.
import { build, type Metafile } from 'esbuild';
import { expect, it } from 'vitest';
import { plugin } from '../esbuild.config.mjs';

const ALLOWED_PACKAGES = ['papaparse', 'ical.js'];

/** The package a bundled file came from (`papaparse` for `…/node_modules/papaparse/papaparse.min.js`); undefined for src/. */
function packageOf(path: string): string | undefined {
	const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
	return match ? match[1] : path.startsWith('src/') ? undefined : path;
}

function requires(metafile: Metafile): string[] {
	return [...new Set(Object.values(metafile.outputs).flatMap((output) => output.imports.map((i) => i.path)))];
}

it('bundles no package into main.js but the import’s parsers, moment included, and requires only obsidian', async () => {
	const { metafile } = await build({ ...plugin, write: false, metafile: true, logLevel: 'silent' });
	const packages = Object.keys(metafile.inputs).flatMap((path) => packageOf(path) ?? []);
	expect(packages.filter((name) => !ALLOWED_PACKAGES.includes(name))).toEqual([]);
	expect(requires(metafile)).toEqual(['obsidian']);
}, 60_000);

it('bundles the import’s readers and the vCard writer for the plugin without any Node built-in', async () => {
	// As main.js will once the import modal calls them: papaparse's `browser` build, which has
	// no Node stream reader in it, and ical.js, which needs nothing.
	const { metafile, outputFiles } = await build({
		...plugin,
		entryPoints: undefined,
		stdin: {
			contents: ['linkedinCsv', 'googleCsv', 'vcard', 'vcardWrite']
				.map((file) => `export * from './src/domain/import/${file}';`)
				.join('\n'),
			resolveDir: process.cwd(),
			loader: 'ts',
		},
		outfile: 'readers.js',
		write: false,
		metafile: true,
		logLevel: 'silent',
	});
	const packages = new Set(Object.keys(metafile.inputs).flatMap((path) => packageOf(path) ?? []));
	expect([...packages].sort()).toEqual(['<stdin>', ...ALLOWED_PACKAGES].sort());
	expect(requires(metafile)).toEqual([]);
	expect(outputFiles.map((file) => file.text).join('')).not.toMatch(/require\(["'](?:node:)?stream["']\)/);
}, 60_000);
