// Builds the plugin (main.js, CommonJS, `obsidian` external, no Node built-ins),
// the CLI (dist/cli.js) and the benchmark (dist/bench.js) for node.
import esbuild from 'esbuild';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';

const production = process.argv[2] === 'production';

/**
 * main.js; tests/bundle.test.ts checks what goes into it with these options. papaparse
 * needs no `stream` alias here: for the browser platform esbuild takes its `browser`
 * build, which leaves out the Node-only stream reader that requires `stream` (were that
 * ever bundled, the build would fail on `stream` rather than ship it).
 */
export const plugin = {
	entryPoints: ['src/main.ts'],
	bundle: true,
	format: 'cjs',
	platform: 'browser',
	target: 'es2021',
	external: ['obsidian', 'electron', '@codemirror/*', '@lezer/*'],
	outfile: 'main.js',
	sourcemap: production ? false : 'inline',
	minify: production,
	treeShaking: true,
	logLevel: 'warning',
};

const node = {
	bundle: true,
	format: 'cjs',
	platform: 'node',
	target: 'node20',
	external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
	sourcemap: false,
	logLevel: 'warning',
};

// Built when run (`npm run build`), not when a test imports the options.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
	await Promise.all([
		esbuild.build(plugin),
		esbuild.build({ ...node, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
		esbuild.build({
			...node,
			entryPoints: ['bench/bench.ts'],
			outfile: 'dist/bench.js',
			external: [...node.external, 'esbuild', 'playwright-core'],
		}),
	]);
}
