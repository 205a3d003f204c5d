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
		rules: { 'depend/ban-dependencies': ['error', { allowed: ['js-yaml'] }] },
	},
]);
