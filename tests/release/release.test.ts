// What a release needs: `npm run build` makes the three files Obsidian installs, the
// versions in package.json, manifest.json and versions.json agree, and `npm version`'s
// script moves manifest.json and versions.json along with package.json.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const json = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

describe('a release', () => {
	it('is built as main.js, manifest.json and styles.css, with no Node built-in in main.js', () => {
		execFileSync(process.execPath, ['esbuild.config.mjs', 'production'], { cwd: ROOT });
		for (const file of ['main.js', 'manifest.json', 'styles.css']) expect(statSync(join(ROOT, file)).size).toBeGreaterThan(0);
		const main = readFileSync(join(ROOT, 'main.js'), 'utf8');
		// Loaded on phones too (isDesktopOnly: false): nothing but obsidian is required.
		const required = [...main.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
		expect([...new Set(required)]).toEqual(['obsidian']);
		expect(json(join(ROOT, 'manifest.json')).isDesktopOnly).toBe(false);
	}, 60_000);

	it('has one version in package.json, manifest.json and versions.json, which maps it to minAppVersion', () => {
		const version = json(join(ROOT, 'package.json')).version;
		const manifest = json(join(ROOT, 'manifest.json'));
		const versions = json(join(ROOT, 'versions.json'));
		expect(manifest.version).toBe(version);
		expect(versions[String(version)]).toBe(manifest.minAppVersion);
	});

	it('bumps manifest.json and versions.json to the version npm version sets', () => {
		const dir = mkdtempSync(join(tmpdir(), 'rapport-release-'));
		copyFileSync(join(ROOT, 'manifest.json'), join(dir, 'manifest.json'));
		writeFileSync(join(dir, 'versions.json'), JSON.stringify({ '0.0.9': '1.5.0' }));
		execFileSync(process.execPath, [join(ROOT, 'version-bump.mjs')], { cwd: dir, env: { ...process.env, npm_package_version: '9.8.7' } });
		const manifest = json(join(dir, 'manifest.json'));
		expect(manifest.version).toBe('9.8.7');
		expect(json(join(dir, 'versions.json'))).toEqual({ '0.0.9': '1.5.0', '9.8.7': manifest.minAppVersion });
	});
});
