// A new meeting note: its file name, and its text from a template with the meeting's
// properties (`type: meeting`, `date`, `people`, `template`) that the index reads back, so
// the meeting counts as contact with everyone in it on its day.
import type { Contact } from './contact';
import { addDays, formatDay, type Day } from './day';
import { contactFileName, yamlScalar } from './newContact';
import { hasValue, joinNote, readProperties, setProperty, splitNote, type YamlParser } from './noteText';
import type { RapportSettings } from './settings';
import { TEMPLATE_NAMES, builtInTemplate, namesList, renderTemplate, type TemplateId } from './templates';

export interface MeetingRequest {
	template: TemplateId;
	people: readonly Contact[];
	date: Day;
	/** `HH:mm`, for `{{time}}`. */
	time: string;
	/** The user's template from the templates folder, if there is one. */
	templateText?: string;
	/** Each person's frontmatter, for `{{company}}` and other fields. */
	fields?: readonly Record<string, unknown>[];
}

/** "2026-11-21 Coffee chat with Sam Rivera and Jo Park", safe as a file name. */
export function meetingTitle(template: TemplateId, names: readonly string[], date: Day): string {
	const who = names.length ? ` with ${namesList(names)}` : '';
	return contactFileName(`${formatDay(date)} ${TEMPLATE_NAMES[template]}${who}`);
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

const OPEN_THANK_YOU = /^([ \t]*[-*+] \[ \] .*\bthank-you\b.*?)[ \t]*$/gimu;

/**
 * A built-in template's thank-you task, due the day after the meeting in the Tasks
 * format, so the queue asks for it then as a follow-up of everyone in the note. A user's
 * own template is left as written.
 */
function withThankYouDue(text: string, date: Day): string {
	return text.replace(OPEN_THANK_YOU, (line, task: string) => (/📅|due::/u.test(task) ? line : `${task} 📅 ${formatDay(addDays(date, 1))}`));
}

/** The note's text: the rendered template, with the meeting's properties where it has none. */
export function meetingNoteText(request: MeetingRequest, settings: RapportSettings, today: Day, parse: YamlParser): string {
	const names = request.people.map((p) => p.name);
	const title = meetingTitle(request.template, names, request.date);
	const template = request.templateText ?? withThankYouDue(builtInTemplate(request.template), request.date);
	const rendered = renderTemplate(template, {
		date: request.date,
		time: request.time,
		title,
		people: request.people,
		today,
		fields: request.fields,
	});
	const note = splitNote(rendered);
	const props = readProperties(note, parse);
	// A template's empty `people:` or `date:` is a blank to fill, not a value to keep.
	const set = (key: string, value: string): void => {
		if (key && !hasValue(props, key)) setProperty(note, key, value);
	};
	if (settings.markerKey) set(settings.markerKey, yamlScalar(settings.meetingMarkerValue));
	else if (settings.categoryKey) set(settings.categoryKey, `[${JSON.stringify(`[[${settings.meetingCategoryValue}]]`)}]`);
	set('date', formatDay(request.date));
	// An event's people are the ones to meet, listed in its body: the note is no contact
	// with them. "Follow up people met" logs whoever you did meet.
	set('people', request.template === 'event' ? '[]' : `[${names.map((n) => JSON.stringify(`[[${n}]]`)).join(', ')}]`);
	set('template', request.template);
	return joinNote(note);
}
