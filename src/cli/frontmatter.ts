// The CLI's frontmatter reader: gray-matter, with js-yaml on the core schema as its engine,
// as docs/architecture.md gives the CLI's stack. Loaded when a block first needs it.
import { withReadNames } from '../domain/propertyNames';
import type { RapportSettings } from '../domain/settings';
import { yamlExpansionProblem } from '../domain/yamlGuard';

/** gray-matter's reading of a whole `---` block; made the first time a block needs it. */
let grayMatter: ((text: string) => unknown) | undefined;

/**
 * gray-matter and js-yaml are loaded only when a block needs them: setting up gray-matter
 * (with the js-yaml 3 it brings along) is a good part of the CLI's start, and a command
 * over notes with no properties to parse never needs it.
 */
function loadGrayMatter(): (text: string) => unknown {
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- require() loads the package when first needed
	const matter = require('gray-matter') as typeof import('gray-matter');
	// js-yaml's CommonJS build, not its ES module: the bundler takes the ES module for an
	// `import`, and in node 20 that build parses our frontmatter two to three times slower
	// (its parser state is made with object spread; the CommonJS build's helpers give a
	// faster object). The same code and version: only the way it was compiled differs.
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- require() is what picks the CommonJS build
	const yaml = require('js-yaml') as typeof import('js-yaml');
	// Passing options also keeps gray-matter from caching every file it has seen. It hands the
	// engine the text after the opening `---`, newline first: without it, an error's line is
	// counted from the first line of the properties, as in the plugin, which passes just those.
	const engines = { yaml: (text: string): object => loadOne(yaml, text.replace(/^\r?\n/, '')) as object };
	return (text) => matter(text, { engines }).data;
}

// Parsing with js-yaml's defaults, given once: `load` merges its options into fresh objects
// three times on every call, about a seventh of its time on a contact's few lines.
const PARSER = {};

/**
 * js-yaml's `load`, as its two steps: the events, then the value from them, on the core
 * schema (YAML as Obsidian reads it: no timestamp type, so dates stay text; js-yaml's
 * default schema would turn `2026-13-45` into 14 Feb 2027 without a word). One document
 * is the value; none or several fail with `load`'s own words.
 */
export function loadOne(yaml: typeof import('js-yaml'), source: string): unknown {
	const documents = yaml.constructFromEvents(yaml.parseEvents(source, PARSER), { schema: yaml.CORE_SCHEMA, source });
	if (documents.length === 1) return documents[0];
	throw new yaml.YAMLException(
		documents.length === 0 ? 'expected a document, but the input is empty' : 'expected a single document in the stream, but found more',
	);
}

/** Frontmatter YAML (the lines between the `---` fences), read by gray-matter. */
export function parseYaml(yaml: string): unknown {
	// An alias bomb is measured, not parsed: whatever walks its value would hang.
	const bomb = yamlExpansionProblem(yaml);
	if (bomb) throw new Error(bomb);
	grayMatter ??= loadGrayMatter();
	return grayMatter(`---\n${yaml}\n---\n`);
}

/**
 * `parseYaml`, with each property name Rapport reads spelled the settings' way (`Tie` as
 * `tie`; src/domain/propertyNames.ts), as the plugin's port reads Obsidian's properties.
 */
export function parseYamlFor(settings: RapportSettings): (yaml: string) => unknown {
	return (yaml) => {
		const value = parseYaml(yaml);
		const properties = typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
		return properties ? withReadNames(value as Record<string, unknown>, settings) : value;
	};
}
