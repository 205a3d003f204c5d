// The CLI's YAML engine calls js-yaml's two steps with options made once, rather than `load`,
// which merges them afresh on every call. It must read every block as `load` does: the
// same value, and for a block `load` refuses, the same error with the same words and line.
// So must the copy in dist/cli.js, bundled with esbuild.config.mjs's options, where js-yaml's
// object-merging helper is swapped for a faster one (jsYamlSpread there).
import { build } from 'esbuild';
import fc from 'fast-check';
import * as yaml from 'js-yaml';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { node } from '../../esbuild.config.mjs';
import { loadOne } from '../../src/cli/frontmatter';

let readBundled: (source: string) => unknown;

beforeAll(async () => {
	const { outputFiles } = await build({
		...node,
		stdin: {
			contents: "const { loadOne } = require('./src/cli/frontmatter'); module.exports = (s) => loadOne(require('js-yaml'), s);",
			resolveDir: process.cwd(),
			loader: 'ts',
		},
		outfile: 'yamlLoad.js',
		write: false,
		logLevel: 'silent',
	});
	const text = outputFiles?.[0]?.text ?? '';
	expect(text).toContain('Object.assign(e, arguments[r])');
	const file = join(mkdtempSync(join(tmpdir(), 'rapport-yaml-')), 'yamlLoad.cjs');
	writeFileSync(file, text);
	readBundled = createRequire(import.meta.url)(file) as typeof readBundled;
}, 60_000);

function both(source: string): { load: unknown; ours: unknown; bundled: unknown } {
	const outcome = (read: () => unknown): unknown => {
		try {
			return { value: read() };
		} catch (error) {
			return { error: String(error), name: (error as Error).name };
		}
	};
	return {
		load: outcome(() => yaml.load(source, { schema: yaml.CORE_SCHEMA })),
		ours: outcome(() => loadOne(yaml, source)),
		bundled: outcome(() => readBundled(source)),
	};
}

describe('the CLI reads a YAML block as js-yaml load does', () => {
	it.each([
		['properties', 'type: contact\ntie: strong\nlast_contact: 2026-13-45\naliases: [Sam, "S. R."]\n'],
		['nothing at all', ''],
		['only a comment', '# nothing here\n'],
		['two documents', 'tie: strong\n---\ntie: weak\n'],
		['an unclosed list', 'tie: [strong\n'],
		['a key twice', 'tie: strong\ntie: weak\n'],
		['an alias', 'a: &x [1, 2]\nb: *x\n'],
		['a bare value', 'just words'],
		['a tab where indentation goes', 'people:\n\t- Sam\n'],
	])('%s', (_, source) => {
		const { load, ours, bundled } = both(source);
		expect(ours).toEqual(load);
		expect(bundled).toEqual(load);
	});

	it('for any block made of property-like lines', () => {
		const word = fc.constantFrom(
			'type',
			'tie',
			'contact',
			'Sam',
			'2026-11-21',
			'[a, b]',
			'"q: x"',
			"'it''s'",
			'&a',
			'*a',
			'- x',
			'{',
			'}',
			':',
			'#',
			'---',
			'...',
			'|',
			'>',
		);
		const line = fc
			.tuple(fc.constantFrom('', '  ', '\t', '- '), fc.array(word, { maxLength: 4 }))
			.map(([indent, words]) => indent + words.join(' '));
		fc.assert(
			fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
				const { load, ours, bundled } = both(lines.join('\n'));
				expect(ours).toEqual(load);
				expect(bundled).toEqual(load);
			}),
			{ numRuns: 2000 },
		);
	});
});
