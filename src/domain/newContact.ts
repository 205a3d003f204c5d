// A new contact note: where it goes, what it is called and what it starts with. The
// plugin and the CLI both make new contacts from this, and neither overwrites a note.
import { parseContact } from './contact';
import type { DateFormatter } from './dateFormat';
import type { Day } from './day';
import { untitledName } from './import/match';
import { linkTarget } from './links';
import { headingOf, mapLines, trimmedEnd } from './markdownLine';
import { addToListProperty, frontmatterOf, hasValue, readProperties, setProperty, type YamlParser } from './noteProperties';
import { ensureSection, insertInSection } from './noteSections';
import { joinNote, splitNote, type NoteText } from './noteText';
import { readPropertiesByName } from './propertyNames';
import { notAContactBecause, type RecognitionInput } from './recognition';
import type { RapportSettings, Tie } from './settings';
import { renderTemplate, type TemplateContext } from './templates';

export interface NewContact {
	name: string;
	company?: string;
	tie?: Tie;
	/** Where you met: a link to an event note, `[[DevTools Summit]]`. */
	met?: string;
	/**
	 * More properties, by their key in the note (an import's email, role, tags …): they fill
	 * the template's `{{field}}`s and win over its own values; a list adds to the template's list.
	 */
	fields?: Readonly<Record<string, string | readonly string[]>>;
	/** Words for the body (an import's notes on the person), under `## Notes` at the end. */
	note?: string;
}

/** The moment the note is made, for `{{date}}` and `{{time}}`. */
export interface NewContactMoment {
	today: Day;
	/** `HH:mm`. */
	time: string;
	/** How the host's moment writes `{{date:FORMAT}}`. */
	formatDate: DateFormatter;
}

export type NewContactNote =
	| { ok: true; text: string; /** The note's properties as parsed to check them. */ properties: Record<string, unknown> | undefined }
	| { ok: false; reason: string };

// Characters a file name cannot hold on some system, or that break links to it.
const UNSAFE = /[\\/:*?"<>|#^[\]]/g;
// Names Windows keeps for devices, whatever the extension after them: `CON.md` can't be made there.
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\.|$)/i;
/** Bytes a file name made from a person's name may take, before a `" 2"` and `.md`: well under every system's 255. */
export const FILE_NAME_BYTES = 120;

// Control characters, C0 and C1: a file name or a property can't hold them.
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

function printable(text: string): string {
	return text.replace(CONTROL, ' ');
}

/** Whole characters from the front of a text, as many as fit in `bytes` of UTF-8. */
function fitBytes(text: string, bytes: number): string {
	const encoder = new TextEncoder();
	if (encoder.encode(text).length <= bytes) return text;
	let kept = '';
	let used = 0;
	for (const ch of text) {
		used += encoder.encode(ch).length;
		if (used > bytes) break;
		kept += ch;
	}
	return kept;
}

/**
 * A name made safe for a file name on every system: unsafe and control characters become
 * spaces, runs of space one, runs of dots one. Dots and spaces in front go, however they mix
 * (`../x`, `. .x`), or the note would be a hidden file Obsidian never shows; a `.md` typed
 * with the name would make `x.md.md`; dots and spaces at the end go (Windows drops them);
 * a device name (`CON`, `COM1`) gets a `_`; and a long name is cut to FILE_NAME_BYTES.
 */
export function contactFileName(name: string): string {
	const clean = printable(name)
		.replace(UNSAFE, ' ')
		.replace(/\s+/g, ' ')
		.replace(/\.{2,}/g, '.');
	// The end by hand: `[\s.]+$` tried again from every space of a long run.
	const trimmed = (text: string): string => {
		const start = text.replace(/^[\s.]+/, '');
		let end = start.length;
		while (end > 0 && /[\s.]/.test(start[end - 1] ?? '')) end--;
		return start.slice(0, end);
	};
	let file = trimmed(trimmed(clean).replace(/\.md$/i, ''));
	const cut = fitBytes(file, FILE_NAME_BYTES);
	// Cut between words where one ends in the second half, rather than inside a word.
	const space = cut.length < file.length ? cut.lastIndexOf(' ') : -1;
	file = trimmed(space > cut.length / 2 ? cut.slice(0, space) : cut);
	return RESERVED.test(file) ? `${file}_` : file;
}

/**
 * What a new contact's note is called, whoever makes it (New contact, a log or meeting with
 * a new name, Follow up people met, an import): the name without a title in front or
 * credentials (`Dr. Jane O'Brien, PMP` is `Jane O'Brien`), made safe by contactFileName;
 * the name as typed when that leaves nothing. Empty when no character is usable.
 */
export function personNoteName(name: string): string {
	return contactFileName(untitledName(name)) || contactFileName(name);
}

/** The person's name as the note's heading and `{{name}}` show it: on one line, as typed. */
export function contactDisplayName(name: string): string {
	return printable(name).replace(/\s+/g, ' ').trim();
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
	const file = personNoteName(name);
	if (!file) return undefined;
	const folder = newContactFolder(settings);
	return `${folder ? `${folder}/` : ''}${file}.md`;
}

const BUILT_IN = ['## Remember', '', '## Interactions', '', '## Follow-ups', ''].join('\n');

/**
 * The new note's text: the template (or the built-in sections) rendered as meeting
 * templates are, with the person's name, `{{date}}`, `{{time}}`, the fields given and
 * every other contact field empty; then the given company, tie and `met` set (they win
 * over the template's own), and the contact marker where the template has none.
 * Refused when the template's properties would not parse once filled in.
 */
export function newContactText(
	input: NewContact,
	settings: RapportSettings,
	moment: NewContactMoment,
	parse: YamlParser,
	template?: string,
	/** Where the note will be, when not in the new-contact folder (an import's folder). */
	at?: string,
): NewContactNote {
	const rendered = renderNewContact(template ?? BUILT_IN, input, settings, moment);
	const note = splitNote(rendered);
	// By the names Rapport reads, as setProperty finds their lines (`Company:` is `company:`).
	const properties = (): ReturnType<typeof readProperties> => readPropertiesByName(note, parse, settings);
	const props = properties();
	if (props instanceof Error)
		return { ok: false, reason: `the new-contact template's properties do not parse once filled in (${props.message})` };
	// Recognised wherever it is moved to, not only in the contacts folder.
	if (settings.markerKey && settings.markerValue && !hasValue(props, settings.markerKey))
		setProperty(note, settings.markerKey, yamlScalar(settings.markerValue));
	const given: [string, string | undefined][] = [
		[settings.keys.company, input.company],
		[settings.keys.tie, input.tie],
		[settings.keys.met, input.met],
	];
	for (const [key, value] of given) {
		if (value && props?.[key] !== value) setProperty(note, key, yamlScalar(value));
	}
	for (const [key, value] of Object.entries(input.fields ?? {})) {
		const had = props?.[key];
		if (typeof value === 'string') {
			if (had !== value) setProperty(note, key, yamlFieldValue(value));
		} else if (Array.isArray(had) && had.length > 0) {
			const have = new Set(had.map((h) => String(h).toLowerCase()));
			for (const item of value) if (!have.has(item.toLowerCase())) addToListProperty(note, key, yamlListItem(item));
		} else if (value.length > 0) {
			setProperty(note, key, yamlFieldValue(value));
		}
	}
	if (input.note?.trim()) addNotes(note, input.note);
	// A name the file does not hold as typed ("C# Dev" in `C Dev.md`, "Dr. Mary O'Brien" in
	// `Mary O'Brien.md`) is kept as an alias,
	// so links, log and the pickers still find the person by it.
	const typed = contactDisplayName(input.name);
	const aliasKey = settings.keys.aliases;
	const filled = input.fields ? properties() : props;
	const now = filled instanceof Error ? undefined : filled;
	let aliased = false;
	if (aliasKey && typed !== personNoteName(input.name) && !readAliasList(now, aliasKey).includes(typed)) {
		if (now && Object.prototype.hasOwnProperty.call(now, aliasKey)) addToListProperty(note, aliasKey, JSON.stringify(typed));
		else setProperty(note, aliasKey, `[${JSON.stringify(typed)}]`);
		aliased = true;
	}
	// Parsed once more only when the alias changed them: an import makes thousands of notes.
	const after = input.fields && !aliased ? filled : properties();
	if (after instanceof Error) return { ok: false, reason: `the new contact's properties would not parse (${after.message})` };
	const text = joinNote(note);
	// Never say a contact was made when the index would not count the note as one.
	const path = at ?? newContactPath(input.name, settings) ?? `${personNoteName(input.name)}.md`;
	if (!text.trim()) return { ok: false, reason: `${path} would be empty, and an empty note is not a contact` };
	const why = notAContactBecause(recognitionOf(path, note, after), settings);
	if (why) return { ok: false, reason: `${path} would not be a contact: ${why}` };
	return { ok: true, text, properties: after };
}

/**
 * The source's notes at the end of the note, under its `## Notes` heading (made if missing):
 * each line as written, save that a line starting with `#` is escaped, so it can't open a
 * section of its own (a stray `## Follow-ups` would be read as one).
 */
function addNotes(note: NoteText, words: string): void {
	const lines = words
		.replace(/\r\n?/g, '\n')
		.trim()
		.split('\n')
		.map((line) => (/^\s{0,3}#/.test(line) ? line.replace('#', '\\#') : line));
	const section = ensureSection(note, (heading) => heading.trim().toLowerCase() === 'notes', 'Notes');
	insertInSection(note, section, section.end, lines);
}

function readAliasList(props: Record<string, unknown> | undefined, key: string): unknown[] {
	const value = props?.[key];
	return Array.isArray(value) ? value : [value];
}

const INLINE_TAG = /(?:^|\s)#([\p{L}\p{N}_/-]+)/gu;

/** What recognition reads of the note about to be made, as the index would read it. */
function recognitionOf(path: string, note: NoteText, frontmatter: Record<string, unknown> | undefined): RecognitionInput {
	const fm = frontmatterOf(note);
	const body = note.lines.slice(fm ? fm.close + 1 : 0).map((l) => l.text);
	const headings: { text: string }[] = [];
	const tags: string[] = [];
	for (const line of body) {
		const heading = headingOf(line);
		if (heading) headings.push({ text: heading.text });
		else for (const match of line.matchAll(INLINE_TAG)) tags.push(match[1] ?? '');
	}
	return { path, frontmatter, tags, headings };
}

// What is left of a `{{variable}}` nobody filled in: in a property or a heading it would
// keep the note from being a contact, so it goes there.
const LEFT_OVER = /\{\{[^{}]*\}\}/g;

/**
 * Renders with the meeting templates' renderer: once as plain text for the body, and per
 * property value with the values escaped for how the template quotes them, so a company
 * called "Engines: Ltd" still leaves the properties readable.
 */
function renderNewContact(template: string, input: NewContact, settings: RapportSettings, moment: NewContactMoment): string {
	const name = contactDisplayName(input.name);
	// Every contact field, by its name and its property key, is empty unless given.
	const fields: Record<string, string> = {};
	for (const field of Object.keys(settings.keys) as (keyof RapportSettings['keys'])[]) {
		const key = settings.keys[field];
		fields[field] = '';
		fields[key] = '';
	}
	const given: [keyof RapportSettings['keys'], string | undefined][] = [
		['company', input.company],
		['tie', input.tie],
		['met', input.met],
	];
	for (const [field, value] of given) {
		if (!value) continue;
		fields[field] = value;
		fields[settings.keys[field]] = value;
	}
	// More fields given by their key: `{{email}}` and `{{role}}` are filled as `{{company}}` is.
	for (const field of Object.keys(settings.keys) as (keyof RapportSettings['keys'])[]) {
		const value = input.fields?.[settings.keys[field]];
		if (typeof value === 'string' && value && !fields[field]) {
			fields[field] = value;
			fields[settings.keys[field]] = value;
		}
	}
	const person = parseContact({ path: `${name}.md`, tags: [], items: [] }, settings);
	// A field given as text, by its name in the schema: the company, or one of the extra fields.
	const text = (field: 'company' | 'role' | 'email' | 'linkedin'): string | undefined => {
		const value = field === 'company' ? (input.company ?? input.fields?.[settings.keys.company]) : input.fields?.[settings.keys[field]];
		return typeof value === 'string' && value ? value : undefined;
	};
	const met = input.met && linkTarget(input.met.replace(/^\[\[|\]\]$/g, ''));
	const contextFor = (escape: (text: string) => string): TemplateContext => ({
		date: moment.today,
		time: moment.time,
		formatDate: moment.formatDate,
		title: escape(name),
		today: moment.today,
		// The schema's fields are read from the person: the ones given are theirs already.
		people: [
			{
				...person,
				name: escape(name),
				company: text('company') && escape(text('company') ?? ''),
				role: text('role') && escape(text('role') ?? ''),
				email: text('email') && escape(text('email') ?? ''),
				linkedin: text('linkedin') && escape(text('linkedin') ?? ''),
				tie: input.tie,
				met: met && escape(met),
			},
		],
		fields: [Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, escape(v)]))],
	});
	const render = (text: string): string =>
		renderTemplate(
			text,
			contextFor((v) => v),
		);
	const fill = {
		plain: (text: string): string =>
			renderTemplate(
				text,
				contextFor((v) => v),
			).replace(LEFT_OVER, ''),
		double: (text: string): string =>
			renderTemplate(
				text,
				contextFor((v) => JSON.stringify(v).slice(1, -1)),
			).replace(LEFT_OVER, ''),
		single: (text: string): string =>
			renderTemplate(
				text,
				contextFor((v) => v.replace(/'/g, "''")),
			).replace(LEFT_OVER, ''),
	};

	const note = splitNote(template);
	const fm = frontmatterOf(note);
	const bodyStart = fm ? fm.close + 1 : 0;
	let blockIndent: number | undefined;
	for (let i = (fm?.open ?? 0) + 1; fm && i < fm.close; i++) {
		const line = note.lines[i];
		if (!line) continue;
		const indent = /^[ \t]*/.exec(line.text)?.[0].length ?? 0;
		// A `|` or `>` block's lines are text: anything goes in them.
		if (blockIndent !== undefined && (line.text.trim() === '' || indent > blockIndent)) {
			line.text = fill.plain(line.text);
			continue;
		}
		blockIndent = undefined;
		const entry = PROPERTY_LINE.exec(line.text);
		const prefix = entry?.[1] ?? '';
		const value = entry?.[2] ?? line.text;
		if (/^[|>]/.test(value)) blockIndent = indent;
		else if (value.includes('{{')) line.text = prefix + renderValue(value, fill);
	}
	const head = joinNote({ bom: note.bom, lines: note.lines.slice(0, bodyStart) });
	const body = note.lines
		.slice(bodyStart)
		.map((l) => l.text + l.eol)
		.join('');
	// Headings read as recognitionOf reads them.
	return head + mapLines(render(body), (line) => (headingOf(line) ? line.replace(LEFT_OVER, '') : line));
}

// A property line: its indentation, a `- ` list dash and a `key:`, then the value. The
// value starts after every space (never trading them with the spaces before it), and a
// plain key runs to the first colon, spaces included: each part has one way to match.
const PROPERTY_LINE =
	/^([ \t]*(?:-[ \t]+)?(?:(?:"(?:[^"\\]|\\.)*"[ \t]*|'(?:[^']|'')*'[ \t]*|[^\s#'"{[\]},&*!|>%@`-][^:#]*):(?:[ \t]+|$))?)((?:[^ \t\n\r\u2028\u2029].*)?)$/;
// After the quotes, anything to the end: `''` is an escaped quote or a close and an open,
// and `.*$` failing at a stray line break sent every such split back.
const QUOTED = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')([^]*)$/;

interface Fill {
	plain(text: string): string;
	double(text: string): string;
	single(text: string): string;
}

/** One property value filled in: quoted as the template quotes it, or quoted where YAML needs it. */
function renderValue(value: string, fill: Fill, flow = false): string {
	const quoted = QUOTED.exec(value);
	if (quoted) {
		const text = quoted[1] ?? '';
		return (text.startsWith('"') ? fill.double(text) : fill.single(text)) + (quoted[2] ?? '');
	}
	const list = /^\[(.*)\]([ \t]*(?:#[^]*)?)$/.exec(value);
	if (list && !flow) {
		const items = (list[1] ?? '').match(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,]+/g) ?? [];
		const filled = items.map((item) => renderValue(item.trim(), fill, true)).filter((item, i) => item !== '' || items[i]?.trim() === '');
		return `[${filled.join(', ')}]${list[2] ?? ''}`;
	}
	// A comment: the first `#` after a space, with the spaces before it.
	const hash = /[ \t]#/.exec(value);
	const comment = hash ? value.slice(trimmedEnd(value, hash.index + 1)) : '';
	const text = fill.plain(value.slice(0, value.length - comment.length)).trim();
	if (flow) return text === '' ? '' : plainSafe(text, true) ? text : JSON.stringify(text);
	return (plainSafe(text, false) ? text : yamlScalar(text)) + comment;
}

/** Whether a filled-in text reads back as itself, unquoted (a date or a number may stay as written). */
function plainSafe(text: string, flow: boolean): boolean {
	return (
		text !== '' &&
		text === text.trim() &&
		!/[\r\n]/.test(text) &&
		!/^(?:[-?:](?:[ \t]|$)|[,[\]{}#&*!|>'"%@`])/.test(text) &&
		!/:[ \t]|:$|[ \t]#/.test(text) &&
		!(flow && /[,[\]{}]/.test(text))
	);
}

/** A string as a one-line YAML value, quoted only when it has to be. */
export function yamlScalar(value: string): string {
	const plain =
		/^[^\s\-?:,[\]{}#&*!|>'"%@`][^:#\r\n]*$/.test(value) &&
		!/\s$/.test(value) &&
		!/^(true|false|yes|no|null|~|on|off|[-+]?\d[\d_.:eE+-]*)$/i.test(value);
	return plain ? value : JSON.stringify(value);
}

/**
 * A property value an import sets, on one line: a list as `[a, b]`; a day (`2024-01-01`,
 * `05-04`) plain, as people write them and both hosts' parsers keep them as text; any other
 * text as yamlScalar writes it.
 */
export function yamlFieldValue(value: string | readonly string[]): string {
	if (typeof value !== 'string') return `[${value.map(yamlListItem).join(', ')}]`;
	return /^(?:\d{4}-)?\d{2}-\d{2}$/.test(value) ? value : yamlScalar(value);
}

/** One item of a `[a, b]` list: quoted also when a comma or bracket would end it. */
export function yamlListItem(value: string): string {
	const scalar = yamlScalar(value);
	return scalar.startsWith('"') || !/[,[\]{}]/.test(scalar) ? scalar : JSON.stringify(value);
}
