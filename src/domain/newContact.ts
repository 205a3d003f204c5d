// A new contact note: where it goes, what it is called and what it starts with. The
// plugin and the CLI both make new contacts from this, and neither overwrites a note.
import { formatDay, type Day } from './day';
import { hasValue, joinNote, setProperty, splitNote, readProperties, type YamlParser } from './noteText';
import type { RapportSettings, Tie } from './settings';

export interface NewContact {
	name: string;
	company?: string;
	tie?: Tie;
	/** Where you met: a link to an event note, `[[DevTools Summit]]`. */
	met?: string;
}

// Characters a file name cannot hold on some system, or that break links to it.
const UNSAFE = /[\\/:*?"<>|#^[\]]/g;

/** A name made safe for a file name: unsafe characters become spaces, runs of space one. */
export function contactFileName(name: string): string {
	const printable = Array.from(name, (ch) => (ch.charCodeAt(0) < 0x20 ? ' ' : ch)).join('');
	return printable.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '').trim();
}

/** The new-contact template setting as a note path: `.md` added when it is left off. */
export function newContactTemplatePath(setting: string): string | undefined {
	if (!setting) return undefined;
	return /\.md$/i.test(setting) ? setting : `${setting}.md`;
}

/** The folder new contacts go to: the setting, else the first contact folder, else People. */
export function newContactFolder(settings: RapportSettings): string {
	return settings.newContactFolder || settings.contactFolders.find((f) => f.trim()) || 'People';
}

export function newContactPath(name: string, settings: RapportSettings): string | undefined {
	const file = contactFileName(name);
	if (!file) return undefined;
	const folder = newContactFolder(settings);
	return `${folder ? `${folder}/` : ''}${file}.md`;
}

const BUILT_IN = ['## Remember', '', '## Interactions', '', '## Follow-ups', ''].join('\n');

/**
 * The new note's text: the template (or the built-in sections) with `{{contact}}`,
 * `{{name}}`, `{{company}}`, `{{tie}}` and `{{date}}` filled in, and the given
 * properties set where the template has none of its own.
 */
export function newContactText(input: NewContact, settings: RapportSettings, today: Day, parse: YamlParser, template?: string): string {
	const values: Record<string, string> = {
		contact: input.name,
		name: input.name,
		company: input.company ?? '',
		tie: input.tie ?? '',
		date: formatDay(today),
	};
	const filled = (template ?? BUILT_IN).replace(/\{\{\s*(contact|name|company|tie|date)\s*\}\}/g, (_, key: string) => values[key] ?? '');
	const note = splitNote(filled);
	const props = readProperties(note, parse);
	const set = (key: string, value: string | undefined): void => {
		if (value && !hasValue(props, key)) setProperty(note, key, yamlScalar(value));
	};
	// Recognised wherever it is moved to, not only in the contacts folder.
	if (settings.markerKey && settings.markerValue) set(settings.markerKey, settings.markerValue);
	set(settings.keys.company, input.company);
	set(settings.keys.tie, input.tie);
	set(settings.keys.met, input.met);
	return joinNote(note);
}

/** A string as a one-line YAML value, quoted only when it has to be. */
export function yamlScalar(value: string): string {
	const plain = /^[^\s\-?:,[\]{}#&*!|>'"%@`][^:#]*$/.test(value) && !/\s$/.test(value) && !/^(true|false|yes|no|null|~|on|off|[-+]?\d[\d_.:eE+-]*)$/i.test(value);
	return plain ? value : JSON.stringify(value);
}
