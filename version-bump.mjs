// `npm version patch|minor|major` runs this after bumping package.json: manifest.json takes
// the new version, and versions.json maps it to the Obsidian version it needs, so the three
// always agree. Run from the folder holding them (npm runs scripts from the package root).
import { readFileSync, writeFileSync } from 'node:fs';

const version = process.env.npm_package_version;
if (!version) {
	console.error('version-bump: run through `npm version`, which sets npm_package_version');
	process.exit(1);
}

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
manifest.version = version;
writeFileSync('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);

const versions = JSON.parse(readFileSync('versions.json', 'utf8'));
versions[version] = manifest.minAppVersion;
writeFileSync('versions.json', `${JSON.stringify(versions, null, 2)}\n`);
