import { defineConfig, globalIgnores } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';
import { DEFAULT_BRANDS } from 'eslint-plugin-obsidianmd/dist/lib/rules/ui/brands.js';
import globals from 'globals';

// The layers (docs/design-notes.md, "Layers held by lint"): each folder of src/ imports only
// the folders under it, and only src/domain … src/actions run without Obsidian. A folder's
// own setting of the rule replaces obsidianmd's (axios, moment …), so those come along.
const OBSIDIANMD_RESTRICTED = obsidianmd.configs.recommended
	.map((config) => config.rules?.['@typescript-eslint/no-restricted-imports'])
	.filter(Array.isArray)
	.at(-1)
	.slice(1);

/** A relative import of one of these folders of src/ (`../ui/queueView`), but not of `except` in it. */
function folders(names, message, except) {
	const tail = except ? `(?!${except}$)` : '';
	return { regex: `^\\.{1,2}/(?:.*/)?(?:${names.join('|')})/${tail}`, message };
}

/** The rule for a layer: the obsidian package as given, these folders out of reach. */
function layer(obsidian, ...patterns) {
	const paths = obsidian ? [...OBSIDIANMD_RESTRICTED, obsidian] : OBSIDIANMD_RESTRICTED;
	return { '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }] };
}

/** The CLI's layer: as any, but moment is its own (it has no Obsidian to lend it one; main.js never bundles it). */
function cliLayer(obsidian, ...patterns) {
	const paths = [...OBSIDIANMD_RESTRICTED.filter((p) => (typeof p === 'string' ? p : p.name) !== 'moment'), obsidian];
	return { '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }] };
}

const TYPES_ONLY = {
	name: 'obsidian',
	allowTypeImports: true,
	message: 'This layer runs in plain node (tests, the CLI): only `import type` from obsidian, which vanishes at compile time.',
};

export default defineConfig([
	globalIgnores(['node_modules/', 'main.js', 'dist/', 'examples/', 'coverage/', 'tests/e2e/screenshots/']),
	...obsidianmd.configs.recommended,
	{
		// Prettier wraps code at 140; this holds comments and strings to it too. A regular
		// expression stays one literal, so the linearity test (tests/domain/linearPatterns) can read it.
		rules: {
			'max-len': ['error', { code: 140, tabWidth: 1, ignoreRegExpLiterals: true }],
			// The recommended setting, with "I" kept a capital ("Who do I know at…" is the design's command)
			// and vCard spelled as its RFC does ("Export contacts as vCard").
			'obsidianmd/ui/sentence-case': ['warn', { enforceCamelCaseLower: true, ignoreWords: ['I'], brands: [...DEFAULT_BRANDS, 'vCard'] }],
		},
	},
	{
		languageOptions: {
			parserOptions: {
				projectService: {
					allowDefaultProject: ['eslint.config.mjs', 'esbuild.config.mjs', 'version-bump.mjs', 'tests/e2e/run.mjs'],
				},
			},
		},
	},
	{
		// The CLI, the benchmark and the tests run in node, never inside Obsidian:
		// Node built-ins and on-disk `.obsidian` paths are what they are for.
		files: ['src/cli/**', 'bench/**', 'tests/**', 'esbuild.config.mjs', 'version-bump.mjs', 'vitest.config.mts'],
		languageOptions: { globals: { ...globals.node } },
		rules: {
			'import/no-nodejs-modules': 'off',
			'obsidianmd/no-nodejs-modules': 'off',
			'obsidianmd/hardcoded-config-path': 'off',
			// No popout windows in node: its timers are the only ones.
			'obsidianmd/prefer-window-timers': 'off',
		},
	},
	{
		// The browser test's runner and the version script report to the terminal; that is their job.
		files: ['tests/e2e/run.mjs', 'version-bump.mjs'],
		languageOptions: { globals: { ...globals.node } },
		rules: { 'obsidianmd/rule-custom-message': 'off', 'no-console': 'off' },
	},
	{
		// js-yaml is gray-matter's own YAML parser; the CLI hands it the core schema so dates
		// stay text as in Obsidian, and the benchmark's baseline is defined in terms of it.
		files: ['package.json'],
		// moment is the CLI's, for `{{date:FORMAT}}` as the plugin writes it with Obsidian's.
		rules: { 'depend/ban-dependencies': ['error', { allowed: ['js-yaml', 'moment'] }] },
	},
	{
		// The index reads the domain; the domain knows nothing of the index.
		files: ['src/domain/**/*.ts'],
		rules: layer(
			TYPES_ONLY,
			folders(
				['index', 'actions', 'obsidian', 'ui', 'cli'],
				'The domain is the bottom layer: the index, the actions, the hosts and the views use it, never the reverse.',
			),
		),
	},
	{
		files: ['src/index/**/*.ts'],
		rules: layer(
			TYPES_ONLY,
			folders(
				['actions', 'obsidian', 'ui', 'cli'],
				'The index is under the actions, the hosts and the views: they read it, never the reverse.',
			),
		),
	},
	{
		files: ['src/actions/**/*.ts'],
		rules: layer(
			TYPES_ONLY,
			folders(
				['ui', 'obsidian', 'cli'],
				'Each action is written once for both hosts: it reaches notes through the NoteStore port, never through a host or a view.',
			),
		),
	},
	{
		files: ['src/obsidian/**/*.ts'],
		rules: layer(
			undefined,
			folders(['ui'], 'The Obsidian adapters reach the views only through src/ui/host.ts; src/main.ts wires the two together.', 'host'),
			folders(['cli'], 'The CLI is the node host; the plugin never loads it.'),
		),
	},
	{
		files: ['src/ui/**/*.ts'],
		rules: layer(
			undefined,
			folders(
				['obsidian', 'cli'],
				'The views are built against src/ui/host.ts, not the adapters or the CLI; src/main.ts wires them together.',
			),
		),
	},
	{
		files: ['src/cli/**/*.ts'],
		rules: cliLayer(
			{ name: 'obsidian', message: 'The CLI runs in node, without Obsidian.' },
			folders(
				['obsidian', 'ui'],
				'The CLI is its own host over the same domain, index and actions; the adapters and views are the plugin’s.',
			),
		),
	},
]);
