// Meeting-note templates: the six built in, each overridable by a same-named note in the
// templates folder, and their rendering. Rendering is plain text substitution of known
// `{{variables}}`; anything else (an unknown variable, a Templater `<% … %>` expression)
// is left exactly as written, for the user or Templater to deal with.
import type { Contact } from './contact';
import { dayParts, formatDay, humanDay, type Day } from './day';
import type { InteractionKind } from './interactions';

export const TEMPLATE_IDS = ['informational-interview', 'coffee-chat', 'event', 'referral-request', 'introduction', 'recruiter-call'] as const;
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

// The built-in bodies. `{{prep}}` is each person's context (see prepBlock).
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
- {{people}}

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
- [ ] Asked the first person
- [ ] Asked the second person
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

export function builtInTemplate(id: TemplateId): string {
	return BUILT_IN[id];
}

/** What a rendered template can say about the people in the meeting. */
export interface TemplateContext {
	date: Day;
	/** `HH:mm`. */
	time: string;
	title: string;
	people: readonly Contact[];
	today: Day;
	/** Each person's frontmatter, for `{{company}}`, `{{role}}` or any other field. */
	fields?: readonly Record<string, unknown>[];
}

const VARIABLE = /\{\{\s*([A-Za-z_][\w-]*)(?::([^}]*))?\s*\}\}/g;

/** Fills in the known variables; leaves everything else as written. */
export function renderTemplate(text: string, context: TemplateContext): string {
	const first = context.people[0];
	const firstFields = context.fields?.[0] ?? {};
	return text.replace(VARIABLE, (whole, name: string, format: string | undefined) => {
		switch (name) {
			case 'date':
				return format === undefined ? formatDay(context.date) : formatMoment(context.date, format.trim());
			case 'time':
				return context.time;
			case 'title':
				return context.title;
			case 'contact':
				return namesList(context.people.map((p) => p.name));
			case 'people':
				return context.people.map((p) => `[[${p.name}]]`).join(', ');
			case 'prep':
				return context.people.map((p) => prepBlock(p, context.today)).join('\n\n');
			default: {
				if (format !== undefined) return whole;
				const known = contactField(first, name) ?? scalar(firstFields[name]);
				return known ?? whole;
			}
		}
	});
}

/** "Sam", "Sam and Jo", "Sam, Jo and Ana". */
export function namesList(names: readonly string[]): string {
	if (names.length <= 1) return names[0] ?? '';
	return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

function contactField(contact: Contact | undefined, name: string): string | undefined {
	if (!contact) return undefined;
	const value: unknown = (contact as unknown as Record<string, unknown>)[name];
	return scalar(value);
}

function scalar(value: unknown): string | undefined {
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return undefined;
}

/**
 * One person's context for the conversation: who they are, the last three interactions,
 * what to remember and what is still open, so there is something concrete to say.
 */
export function prepBlock(contact: Contact, today: Day): string {
	const lines = [`### [[${contact.name}]]`];
	const who = [contact.role, contact.company].filter(Boolean).join(' at ');
	if (who) lines.push(`- ${who}`);
	const recent = [...contact.interactions].sort((a, b) => b.date - a.date).slice(0, 3);
	if (recent.length) {
		lines.push('- Last time:');
		for (const i of recent) lines.push(`  - ${humanDay(i.date, today)} ${i.kind}${i.summary ? `: ${i.summary}` : ''}`);
	} else {
		lines.push('- First conversation');
	}
	const remember = contact.remember.filter((r) => !r.done);
	if (remember.length) {
		lines.push('- Remember:');
		for (const r of remember) lines.push(`  - ${r.text}`);
	}
	const open = contact.followUps.filter((f) => !f.done && !f.cancelled);
	if (open.length) {
		lines.push('- Still open:');
		for (const f of open) lines.push(`  - ${f.text}${f.due === undefined ? '' : ` (due ${humanDay(f.due, today)})`}`);
	}
	return lines.join('\n');
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const FORMAT_TOKEN = /\[([^\]]*)\]|YYYY|YY|MMMM|MMM|MM|M|Do|DD|D|dddd|ddd|dd/g;

/** A day in a Moment.js format (the day tokens, and `[literal]` text). */
export function formatMoment(day: Day, format: string): string {
	const { year, month, day: dayOfMonth } = dayParts(day);
	// 1970-01-01 was a Thursday.
	const weekday = WEEKDAY_NAMES[(((day + 4) % 7) + 7) % 7] ?? '';
	const pad = (n: number): string => String(n).padStart(2, '0');
	return format.replace(FORMAT_TOKEN, (token, literal: string | undefined) => {
		if (literal !== undefined) return literal;
		switch (token) {
			case 'YYYY':
				return String(year).padStart(4, '0');
			case 'YY':
				return pad(year % 100);
			case 'MMMM':
				return MONTH_NAMES[month - 1] ?? '';
			case 'MMM':
				return (MONTH_NAMES[month - 1] ?? '').slice(0, 3);
			case 'MM':
				return pad(month);
			case 'M':
				return String(month);
			case 'Do':
				return ordinal(dayOfMonth);
			case 'DD':
				return pad(dayOfMonth);
			case 'D':
				return String(dayOfMonth);
			case 'dddd':
				return weekday;
			case 'ddd':
				return weekday.slice(0, 3);
			case 'dd':
				return weekday.slice(0, 2);
			default:
				return token;
		}
	});
}

function ordinal(n: number): string {
	const tens = n % 100;
	if (tens >= 11 && tens <= 13) return `${n}th`;
	return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
