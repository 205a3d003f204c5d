// A new meeting note: its file name, and its text from a template with the meeting's
// properties (`type: meeting`, `date`, `people`, `template`; the first three by the names
// in settings) that the index reads back, so the meeting counts as contact with everyone
// in it on its day.
import type { Contact } from './contact';
import type { DateFormatter } from './dateFormat';
import { addDays, formatDay, type Day } from './day';
import { contactFileName, yamlScalar } from './newContact';
import { mapLines, trimmedEnd } from './markdownLine';
import { hasValue, setProperty, type YamlParser } from './noteProperties';
import { joinNote, splitNote } from './noteText';
import { readPropertiesByName } from './propertyNames';
import type { RapportSettings } from './settings';
import type { TimelineEntry } from './timeline';
import { TEMPLATE_NAMES, builtInTemplate, namesList, renderTemplate, type TemplateId } from './templates';

export interface MeetingRequest {
	template: TemplateId;
	people: readonly Contact[];
	date: Day;
	/** `HH:mm`, for `{{time}}`. */
	time: string;
	/** How the host's moment writes `{{date:FORMAT}}`. */
	formatDate: DateFormatter;
	/** The user's own name for it ("DevTools Summit"), in place of "<template> with <names>". */
	name?: string;
	/** The user's template from the templates folder, if there is one. */
	templateText?: string;
	/** Each person's frontmatter, for `{{company}}` and other fields. */
	fields?: readonly Record<string, unknown>[];
	/** Each person's timeline from the index, for the prep's last three times in touch. */
	timelines?: readonly (readonly TimelineEntry[])[];
	/** What links to each person, from the index's `linkText`; their names when not given. */
	links?: readonly string[];
}

// File systems refuse names over 255 bytes (ENAMETOOLONG), and the title is also a link
// and a heading: at most a hundred characters, and 200 bytes (a name in Chinese takes
// three a letter), leaves room for " 2.md".
const MAX_TITLE_CHARS = 100;
const MAX_TITLE_BYTES = 200;
const NAMED = 3;

/**
 * "2026-11-21 Coffee chat with Sam Rivera and Jo Park", safe as a file name; with more
 * than three people, "… with Sam Rivera, Jo Park and 4 others"; never over a hundred
 * characters, cut at a word. A name the user gave ("DevTools Summit") takes the place of
 * the template and the people: "2026-11-21 DevTools Summit".
 */
export function meetingTitle(template: TemplateId, names: readonly string[], date: Day, name?: string): string {
	const own = contactFileName(name ?? '');
	if (own) return cutToFit(`${formatDay(date)} ${own}`, '').trim();
	const start = contactFileName(`${formatDay(date)} ${TEMPLATE_NAMES[template]}`);
	const clean = names.map(contactFileName).filter(Boolean);
	const [first] = clean;
	if (first === undefined) return start;
	// Fewer names, and then fewer, until the title fits.
	for (let shown = clean.length <= NAMED ? clean.length : NAMED - 1; shown >= 1; shown--) {
		const title = `${start} with ${namesList([...clean.slice(0, shown), ...othersText(clean.length - shown)])}`;
		if (cutToFit(title, '') === title) return title;
	}
	// Even one name is too long: it is cut at a word, and the others are still counted.
	const tail = othersText(clean.length - 1)
		.map((others) => ` and ${others}`)
		.join('');
	const head = `${start} with `;
	const cut = cutToFit(`${head}${first}`, tail);
	const atWord = cut.length === head.length + first.length || first.charAt(cut.length - head.length) === ' ';
	const space = cut.lastIndexOf(' ');
	return `${atWord || space < head.length ? cut.trim() : cut.slice(0, space)}${tail}`;
}

function othersText(count: number): string[] {
	return count === 0 ? [] : [`${count} ${count === 1 ? 'other' : 'others'}`];
}

/** The longest start of `text` that, with `tail` after it, is within the characters and bytes a title may take. */
function cutToFit(text: string, tail: string): string {
	let chars = 0;
	let bytes = 0;
	const count = (ch: string): void => {
		const code = ch.codePointAt(0) ?? 0;
		chars++;
		bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
	};
	for (const ch of tail) count(ch);
	let end = 0;
	for (const ch of text) {
		count(ch);
		if (chars > MAX_TITLE_CHARS || bytes > MAX_TITLE_BYTES) break;
		end += ch.length;
	}
	return text.slice(0, end);
}

/** The folder meeting notes go to: the setting, else Meetings. */
export function meetingsFolder(settings: RapportSettings): string {
	return settings.meetingsFolder || 'Meetings';
}

/** The first free path among "Title.md", "Title 2.md", "Title 3.md" … */
export function freePath(folder: string, title: string, exists: (path: string) => boolean): string {
	const base = `${folder ? `${folder}/` : ''}${title}`;
	for (let n = 1; ; n++) {
		const path = `${base}${n === 1 ? '' : ` ${n}`}.md`;
		if (!exists(path)) return path;
	}
}

const OPEN_TASK = /^[ \t]*[-*+] \[ \] /;
const THANK_YOU = /\bthank-you\b/iu;

/**
 * A built-in template's thank-you task, due the day after the meeting in the Tasks
 * format, so the queue asks for it then as a follow-up of everyone in the note. A user's
 * own template is left as written.
 */
function withThankYouDue(text: string, date: Day): string {
	// Each line's words without its trailing spaces, then the date.
	return mapLines(text, (line) =>
		!OPEN_TASK.test(line) || !THANK_YOU.test(line) || /📅|due::/u.test(line)
			? line
			: `${line.slice(0, trimmedEnd(line))} 📅 ${formatDay(addDays(date, 1))}`,
	);
}

/**
 * The note's text: the rendered template, with the meeting's properties. `date`, `people`
 * and `template` are Rapport's and always set (a template's own line for them is replaced,
 * every other line kept as it is), since the index reads the meeting back from them: a
 * template's `people: ["[[{{contact}}]]"]` would link one person called "Sam and Jo", its
 * `date: <% tp.date.now() %>` would leave a note with no day. The marker is added only when
 * the template has none.
 */
export function meetingNoteText(request: MeetingRequest, settings: RapportSettings, today: Day, parse: YamlParser): string {
	const names = request.people.map((p) => p.name);
	const title = meetingTitle(request.template, names, request.date, request.name);
	const template = request.templateText ?? withThankYouDue(builtInTemplate(request.template), request.date);
	const rendered = renderTemplate(template, {
		date: request.date,
		time: request.time,
		formatDate: request.formatDate,
		title,
		people: request.people,
		today,
		fields: request.fields,
		timelines: request.timelines,
		links: request.links,
	});
	const note = splitNote(rendered);
	// By the names Rapport reads, as setProperty finds their lines (`Type:` is `type:`).
	const props = readPropertiesByName(note, parse, settings);
	const mark = (key: string, value: string): void => {
		if (key && !hasValue(props, key)) setProperty(note, key, value);
	};
	if (settings.markerKey) mark(settings.markerKey, yamlScalar(settings.meetingMarkerValue));
	else if (settings.categoryKey) mark(settings.categoryKey, `[${JSON.stringify(`[[${settings.meetingCategoryValue}]]`)}]`);
	// By the names the settings give them, which the index reads back.
	setProperty(note, settings.meetingKeys.date, formatDay(request.date));
	// An event's people are the ones to meet, listed in its body: the note is no contact
	// with them. "Follow up people met" logs whoever you did meet.
	setProperty(
		note,
		settings.meetingKeys.people,
		request.template === 'event' ? '[]' : `[${names.map((n, i) => JSON.stringify(`[[${request.links?.[i] ?? n}]]`)).join(', ')}]`,
	);
	setProperty(note, 'template', request.template);
	return joinNote(note);
}
