// Builds the plugin (main.js, CommonJS, `obsidian` external, no Node built-ins),
// the CLI (dist/cli.js) and the benchmark (dist/bench.js) for node.
import esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';
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

/**
 * js-yaml's CommonJS build (the one the CLI reads frontmatter with) merges objects with a
 * compiler helper, `_objectSpread2`, that adds each key with `Object.defineProperty` or
 * `Object.defineProperties`. Its parser and constructor build their state with it on every
 * block they read, and keys added that way, past a dozen, leave V8 holding the state as a
 * hash table: js-yaml then reads a contact's block about twice as slowly (measured in
 * docs/design-notes.md). `Object.assign` gives the same object when every key copied is a
 * plain value, no getter or setter, onto an object the helper itself made, which is how
 * js-yaml calls it; so the bundle gets the helper written with it. The build fails if
 * js-yaml's helper is no longer the one this replaces, or if its code writes a getter or
 * setter into an object (`get name(…)`: the only way a key it merges could be one), rather
 * than bundling either quietly.
 * tests/cli/yamlLoad.test.ts reads blocks with the bundled copy against js-yaml's `load`.
 */
/* eslint-disable max-len -- js-yaml's own lines, matched as written */
const SLOW_SPREAD = `function _objectSpread2(e) {
	for (var r = 1; r < arguments.length; r++) {
		var t = null != arguments[r] ? arguments[r] : {};
		r % 2 ? ownKeys(Object(t), !0).forEach(function(r) {
			_defineProperty(e, r, t[r]);
		}) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function(r) {
			Object.defineProperty(e, r, Object.getOwnPropertyDescriptor(t, r));
		});
	}
	return e;
}`;
/* eslint-enable max-len -- the rest keeps to the rule */
const FAST_SPREAD = `function _objectSpread2(e) {
	for (var r = 1; r < arguments.length; r++) if (arguments[r] != null) Object.assign(e, arguments[r]);
	return e;
}`;
const ACCESSOR = /(?:^|[{,;\s])(?:get|set)\s+[\w$]+\s*\(/;
export const jsYamlSpread = {
	name: 'js-yaml-spread',
	setup(build) {
		build.onLoad({ filter: /[\\/]js-yaml[\\/]dist[\\/]js-yaml\.cjs\.js$/ }, async (args) => {
			const text = await readFile(args.path, 'utf8');
			if (text.split(SLOW_SPREAD).length !== 2 || ACCESSOR.test(text)) {
				throw new Error(`${args.path}: js-yaml's _objectSpread2 or its use changed; check jsYamlSpread in esbuild.config.mjs`);
			}
			return { contents: text.replace(SLOW_SPREAD, FAST_SPREAD), loader: 'js' };
		});
	},
};

/** dist/cli.js and dist/bench.js; tests/cli/yamlLoad.test.ts bundles with these too. */
export const node = {
	bundle: true,
	format: 'cjs',
	platform: 'node',
	target: 'node20',
	external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
	sourcemap: false,
	logLevel: 'warning',
	plugins: [jsYamlSpread],
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
