import { realpathSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// Vite serves modules only from inside the project; a checkout whose node_modules is a
// symlink to another's (a git worktree) has its packages outside it, so allow where they are.
const allow = [process.cwd(), realpathSync('node_modules')];

// Two projects: plain node for the domain, index and CLI (most tests), and one with a
// DOM and the in-memory Obsidian fake for code that imports `obsidian` at runtime (the
// plugin's adapters, and the views in tests/ui).
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'core',
					environment: 'node',
					include: ['tests/**/*.test.ts'],
					exclude: ['tests/obsidian/**', 'tests/ui/**', 'tests/e2e/**', 'node_modules/**'],
				},
			},
			{
				server: { fs: { allow } },
				resolve: {
					// `obsidian` ships type definitions only; tests get the in-memory fake.
					alias: { obsidian: 'obsidian-test-mocks/obsidian' },
				},
				test: {
					name: 'obsidian',
					environment: 'happy-dom',
					include: ['tests/obsidian/**/*.test.ts', 'tests/ui/**/*.test.ts'],
					setupFiles: ['obsidian-test-mocks/vitest-setup'],
				},
			},
		],
	},
});
