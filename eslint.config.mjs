import { defineConfig, globalIgnores } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';
import globals from 'globals';

export default defineConfig([
	globalIgnores(['node_modules/', 'main.js', 'dist/', 'examples/', 'coverage/', 'tests/e2e/screenshots/']),
	...obsidianmd.configs.recommended,
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
		// The CLI has no Obsidian to lend it moment: it brings the package (main.js never does).
		files: ['src/cli/dates.ts'],
		rules: { '@typescript-eslint/no-restricted-imports': 'off' },
	},
]);
