// New meeting note: the note from its template, new people made contacts first, and the
// meeting logged on everyone once its day has come; one step. An event's people are the
// ones to meet: there may be none, and nobody is logged (Follow up people met logs whoever
// you did meet).
import { parseContact } from '../domain/contact';
import type { Day } from '../domain/day';
import { baseName } from '../domain/links';
import { freePath, meetingNoteText, meetingsFolder, meetingTitle } from '../domain/meetingNote';
import { TEMPLATE_KINDS, TEMPLATE_NAMES, templatePath, templatePaths, type TemplateId } from '../domain/templates';
import { Draft } from './changes';
import { draftWrites } from './contactEdits';
import { insideVault, type ActionContext, type Person } from './context';
import { names, newContacts } from './log';
import { draftPeople } from './newContact';
import type { Plan } from './runner';

export interface MeetingChoice {
	template: TemplateId;
	people: readonly Person[];
	date: Day;
	/** The note's own name ("DevTools Summit"); none: "<template> with <names>". */
	name?: string;
}

export interface MeetingMade {
	/** The meeting note. */
	path: string;
	/** The notes it was logged on. */
	logged: string[];
}

export async function planMeeting(ctx: ActionContext, choice: MeetingChoice): Promise<Plan<MeetingMade>> {
	const { settings, index } = ctx;
	const draft = new Draft(ctx.store);
	const event = choice.template === 'event';
	const people = await draftPeople(ctx, draft, choice.people);
	if (people.problems.length) return { ok: false, problems: people.problems };
	const { paths } = people;
	if (paths.length === 0 && !event) return { ok: false, problems: ['A meeting note needs someone to meet; nothing was written'] };
	// Someone made a moment ago is not indexed yet: they have no history to show.
	const contacts = paths.map((path) => index.contact(path) ?? parseContact({ path, tags: [], items: [] }, settings));
	const folder = meetingsFolder(settings);
	const title = meetingTitle(
		choice.template,
		contacts.map((c) => c.name),
		choice.date,
		choice.name,
	);
	const path = freePath(folder, title, (candidate) => ctx.store.exists(candidate) || draft.makesAs(candidate) !== undefined);
	if (!insideVault(path)) return { ok: false, problems: [`the meetings folder '${folder}' is outside the vault; nothing was written`] };

	// The log links the note made, which is "… 2" when the title was taken.
	const logs = choice.date <= ctx.today && !event;
	const write = {
		op: 'log' as const,
		entry: { date: choice.date, kind: TEMPLATE_KINDS[choice.template], summary: `[[${index.linkText(path)}]]` },
	};
	const drafted = logs
		? await draftWrites(
				draft,
				paths.map((p) => ({ path: p, write })),
				ctx,
			)
		: { done: [], problems: [] };
	if (drafted.problems.length) {
		return { ok: false, problems: drafted.problems, untouched: drafted.done.map((d) => d.path).filter((p) => !draft.creates(p)) };
	}

	const template = await meetingTemplate(ctx, draft, choice.template);
	const fields = paths.map((p) => (draft.creates(p) ? {} : (ctx.properties(p) ?? {})));
	const text = meetingNoteText(
		{
			template: choice.template,
			name: choice.name,
			people: contacts,
			date: choice.date,
			time: ctx.time,
			formatDate: ctx.formatDate,
			templateText: template.text,
			fields,
			timelines: paths.map((p) => index.timeline(p)),
			links: paths.map((p) => index.linkText(p)),
		},
		settings,
		ctx.today,
		ctx.parseYaml,
	);
	draft.create(path, text);

	const made = draft.created().filter((p) => p !== path);
	const newOnes = made.length ? ` (${newContacts(made)})` : '';
	const logged = drafted.done.map((d) => d.path);
	const loggedOn = logged.length ? `; logged on ${logged.length === 1 ? names(logged) : `${logged.length} people`}` : '';
	return {
		ok: true,
		draft,
		label: `Created ${baseName(path)}${newOnes}${loggedOn}`,
		said: drafted.done.map((d) => ({ path: d.path, said: d.said })),
		remark: template.remark,
		value: { path, logged },
	};
}

/** The vault's own template for this kind, if it has one; a remark when the folder can't be used. */
async function meetingTemplate(ctx: ActionContext, draft: Draft, id: TemplateId): Promise<{ text?: string; remark?: string }> {
	const folder = ctx.settings.templatesFolder;
	if (!insideVault(templatePath(folder, id)))
		return { remark: `The templates folder '${folder}' is outside the vault; the built-in ${TEMPLATE_NAMES[id]} template was used.` };
	for (const path of templatePaths(folder, id)) {
		const text = await draft.read(path);
		if (text !== undefined) return { text };
	}
	return {};
}
