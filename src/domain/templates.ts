// Meeting-note templates: the six built in, each overridable by a same-named note in the
// templates folder, and their rendering. Rendering is plain text substitution of known
// `{{variables}}`; anything else (an unknown variable, a format or suffix it does not
// know, a Templater `<% … %>` expression) is left exactly as written, for the user or
// Templater to deal with.
import type { Contact } from './contact';
import type { DateFormatter } from './dateFormat';
import { dayFromValue, formatDay, type Day } from './day';
import type { InteractionKind } from './interactions';
import { prepBlock } from './prep';
import type { TimelineEntry } from './timeline';
import { leafValues, WALK_BUDGET } from './yamlGuard';

export const TEMPLATE_IDS = [
	'informational-interview',
	'coffee-chat',
	'event',
	'referral-request',
	'introduction',
	'recruiter-call',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export function isTemplateId(value: string): value is TemplateId {
	return (TEMPLATE_IDS as readonly string[]).includes(value);
}

export const TEMPLATE_NAMES: Readonly<Record<TemplateId, string>> = {
	'informational-interview': 'Informational interview',
	'coffee-chat': 'Coffee chat',
	event: 'Event',
	'referral-request': 'Referral request',
	introduction: 'Introduction',
	'recruiter-call': 'Recruiter call',
};

/** What kind of interaction a meeting from each template is, for the log and the thank-you. */
export const TEMPLATE_KINDS: Readonly<Record<TemplateId, InteractionKind>> = {
	'informational-interview': 'meeting',
	'coffee-chat': 'coffee',
	event: 'event',
	'referral-request': 'meeting',
	introduction: 'intro',
	'recruiter-call': 'call',
};

// The built-in bodies. `{{prep}}` is each person's context (see prepBlock); a line with
// `{{person}}` is written once for each person.
const BUILT_IN: Readonly<Record<TemplateId, string>> = {
	'informational-interview': `# {{title}}

## Why {{contact}}
- 

## What I want to learn
- 

## Background
{{prep}}

## Questions
- How did you get into your role, and what would you do differently?
- What does a typical week look like, and what surprised you about it?
- What separates people who do well here from the rest?
- What is changing in your field that outsiders miss?
- What would you want to know if you were in my position?
- Which skills or experience would make me a strong candidate?
- Who else should I talk to, and may I mention you?

## Notes
- 

## After
- [ ] Send a thank-you within a day
- [ ] Act on the advice: 
- People they suggested: 
- [ ] Report back on what I did with their advice
`,
	'coffee-chat': `# {{title}}

## Catching up
{{prep}}

## What they are working on
- 

## How I can help
- 

## Follow-ups
- [ ] 
`,
	event: `# {{title}}

## Goals for the event
- 

## People to meet
- [[{{person}}]]

## People met
- 

## Follow up within 48 hours
- [ ] Message everyone in People met; run "Follow up people met" to add them as contacts
`,
	'referral-request': `# {{title}}

## The role
- Role: 
- Link: 

## Why I am a fit
- 

## What I will send
- [ ] Resume
- [ ] A three-line blurb they can forward

## Context
{{prep}}

## After
- [ ] Keep {{contact}} posted on how it goes
- [ ] Thank them, whatever the outcome
`,
	introduction: `# {{title}}

## Who and why
- Introducing: {{people}}
- Why each benefits: 

## Double opt-in
- [ ] Asked {{person}}
- [ ] Intro sent
- [ ] Followed up with both

## Context
{{prep}}
`,
	'recruiter-call': `# {{title}}

## Role
- Role: 
- Company: {{company}}
- Compensation range: 

## Process
- 

## Next steps
- [ ] 

## Context
{{prep}}
`,
};

/** Where the vault's own version of a template would be: `<templates folder>/<id>.md`. */
export function templatePath(templatesFolder: string, id: TemplateId): string {
	return templatesFolder ? `${templatesFolder}/${id}.md` : `${id}.md`;
}

/**
 * Every note that overrides a built-in template, the first that exists winning: the id
 * (`Templates/coffee-chat.md`), then the name the picker shows (`Templates/Coffee chat.md`).
 */
export function templatePaths(templatesFolder: string, id: TemplateId): string[] {
	const folder = templatesFolder ? `${templatesFolder}/` : '';
	return [templatePath(templatesFolder, id), `${folder}${TEMPLATE_NAMES[id]}.md`];
}

export function builtInTemplate(id: TemplateId): string {
	return BUILT_IN[id];
}

/** What a rendered template can say about the people in the meeting. */
export interface TemplateContext {
	date: Day;
	/** `HH:mm`, the meeting's time of day. */
	time: string;
	/** How the host's moment writes `{{date:FORMAT}}` and `{{time:FORMAT}}`. */
	formatDate: DateFormatter;
	title: string;
	people: readonly Contact[];
	today: Day;
	/** Each person's frontmatter, for `{{company}}`, `{{role}}` or any other field. */
	fields?: readonly Record<string, unknown>[];
	/** Each person's timeline from the index, newest first, for the prep's last three. */
	timelines?: readonly (readonly TimelineEntry[])[];
	/** What links to each person (the index's `linkText`): their name, or their path when two share it. */
	links?: readonly string[];
}

// The format keeps its trailing spaces (trimmed after): `([^}]*)\s*` traded them back and
// forth. No brace inside, so each `{{` is read up to the next brace only.
const VARIABLE = /\{\{\s*([A-Za-z_][\w-]*)(?:\s*|:([^{}]*))\}\}/g;
// A line with `{{person}}` is written once for each person, with that person's fields.
const PERSON = /\{\{\s*person\s*\}\}/;

/** Fills in the known variables; leaves everything else as written. */
export function renderTemplate(text: string, context: TemplateContext): string {
	return text
		.split('\n')
		.flatMap((line) =>
			PERSON.test(line) ? context.people.map((_, who) => renderLine(line, context, who)) : [renderLine(line, context, 0)],
		)
		.join('\n');
}

/** One line, with the fields of the person at `who` for `{{company}}` and the like. */
function renderLine(line: string, context: TemplateContext, who: number): string {
	return line.replace(
		VARIABLE,
		(whole, name: string, rawFormat: string | undefined) => variable(name, rawFormat?.trim(), context, who) ?? whole,
	);
}

function variable(name: string, format: string | undefined, context: TemplateContext, who: number): string | undefined {
	if (name === 'date' || name === 'time') {
		if (format === undefined) return name === 'date' ? formatDay(context.date) : context.time;
		return format ? context.formatDate(context.date, format, context.time) : undefined;
	}
	// Nothing else takes a format: `{{title:upper}}` is someone else's syntax.
	if (format !== undefined) return undefined;
	const person = context.people[who];
	switch (name) {
		case 'title':
			return context.title;
		case 'contact':
			return namesList(context.people.map((p) => p.name));
		case 'people':
			return context.people.map((p, i) => `[[${context.links?.[i] ?? p.name}]]`).join(', ');
		case 'person':
			return person?.name;
		case 'prep':
			return context.people.map((p, i) => prepBlock(p, context.today, context.timelines?.[i], context.links?.[i])).join('\n\n');
	}
	if (!person) return undefined;
	const schema = CONTACT_FIELDS.get(name);
	if (schema) return fieldText(schema(person)) ?? '';
	const fields = context.fields?.[who] ?? {};
	return Object.prototype.hasOwnProperty.call(fields, name) ? fieldText(fields[name]) : undefined;
}

/** "Sam", "Sam and Jo", "Sam, Jo and Ana". */
export function namesList(names: readonly string[]): string {
	if (names.length <= 1) return names[0] ?? '';
	return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

const pad = (n: number): string => String(n).padStart(2, '0');

// A contact's fields by their names in the schema, as a person would write them: known
// (so empty rather than left as written) even when the note has no value for one.
const CONTACT_FIELDS = new Map<string, (c: Contact) => unknown>([
	['name', (c) => c.name],
	['aliases', (c) => c.aliases],
	['company', (c) => c.company],
	['role', (c) => c.role],
	['email', (c) => c.email],
	['linkedin', (c) => c.linkedin],
	['location', (c) => c.location],
	['tie', (c) => c.tie],
	['level', (c) => c.level],
	['status', (c) => c.status],
	['cadence', (c) => c.cadence?.label],
	['lastContact', (c) => (c.lastContact === undefined ? undefined : formatDay(c.lastContact))],
	['nextFollowUp', (c) => (c.nextFollowUp === undefined ? undefined : formatDay(c.nextFollowUp))],
	['met', (c) => c.met && `[[${c.met}]]`],
	['introducedBy', (c) => c.introducedBy && `[[${c.introducedBy}]]`],
	[
		'birthday',
		(c) => c.birthday && `${c.birthday.year === undefined ? '' : `${c.birthday.year}-`}${pad(c.birthday.month)}-${pad(c.birthday.day)}`,
	],
	['tags', (c) => c.tags],
]);

/** A field's value as text: lists joined with commas, dates as YYYY-MM-DD; undefined for what has no plain text. */
function fieldText(value: unknown): string | undefined {
	if (value === undefined || value === null) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (value instanceof Date) {
		// The calendar day the value means, as everywhere else (a UTC midnight is a date-only value).
		const day = dayFromValue(value);
		return day === undefined ? undefined : formatDay(day);
	}
	if (Array.isArray(value)) {
		// Each nested list once, however often an alias shares it.
		const items = leafValues(value, WALK_BUDGET, false).map(fieldText);
		return items.every((item) => item !== undefined) ? items.filter(Boolean).join(', ') : undefined;
	}
	return undefined;
}
