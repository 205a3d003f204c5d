// Import: the people a file holds, planned against the contacts as the index has them, and
// what the user kept of the plan written as one undo step: new notes from the contact
// template (as New contact makes them), empty fields filled in on existing contacts, and
// the changes of job the user took, each with a follow-up to congratulate them.
import type { ContactWrite } from '../domain/contactWrites';
import { addedListKeys, congratulation, importFolder, importFolderProblem, planImport } from '../domain/import/plan';
import {
	recordName,
	type FieldValue,
	type ImportChoice,
	type ImportOptions,
	type ImportPlan,
	type ParsedImport,
} from '../domain/import/types';
import { newContactText } from '../domain/newContact';
import { hasValue } from '../domain/noteProperties';
import { Draft } from './changes';
import { draftWrites, type PathWrite } from './contactEdits';
import type { ActionContext } from './context';
import { contactTemplate } from './newContact';
import { refuse, type Plan } from './runner';

/** What an import wrote: the notes made, the contacts filled in, those given a new job, and how many new people wait in triage. */
export interface ImportDone {
	created: string[];
	updated: string[];
	changed: string[];
	untriaged: number;
}

/** The plan as the import would make it now: what the modal and `--dry-run` show. */
export function currentImportPlan(ctx: ActionContext, parsed: ParsedImport, options: ImportOptions): ImportPlan {
	const world = {
		contacts: ctx.index.contacts(),
		exists: (path: string) => ctx.store.exists(path),
		unreadable: (path: string) => ctx.store.unreadable?.(path),
	};
	return planImport(parsed, world, ctx.settings, options);
}

/** Plans the import again from the notes as they are, and drafts what the user kept of it. */
export async function planImportContacts(
	ctx: ActionContext,
	parsed: ParsedImport,
	options: ImportOptions,
	choice: ImportChoice,
): Promise<Plan<ImportDone>> {
	const { settings } = ctx;
	const outside = importFolderProblem(importFolder(options, settings));
	if (outside) return refuse(`${outside}; nothing was written`);
	const plan = currentImportPlan(ctx, parsed, options);
	const draft = new Draft(ctx.store);
	const problems: string[] = [];
	const done: ImportDone = { created: [], updated: [], changed: [], untriaged: 0 };

	const creates = plan.create.filter((c) => !choice.leaveOut.has(c.row));
	const template = creates.length ? await contactTemplate(ctx, draft) : undefined;
	if (typeof template === 'object') return refuse(template.problem);
	const moment = { today: ctx.today, time: ctx.time, formatDate: ctx.formatDate };
	const triage = [settings.keys.tie, settings.keys.cadence, settings.keys.status];
	for (const create of creates) {
		const made = newContactText(
			{ name: create.name, fields: create.fields, note: create.note },
			settings,
			moment,
			ctx.parseYaml,
			template,
			create.path,
		);
		if (!made.ok) {
			problems.push(`${recordName(plan.format, create.row)} (${create.name}): ${made.reason}; nothing was written`);
			continue;
		}
		draft.create(create.path, made.text);
		done.created.push(create.path);
		if (!triage.some((key) => hasValue(made.properties, key))) done.untriaged++;
	}

	const lists = addedListKeys(settings);
	const writes: PathWrite[] = [];
	for (const update of plan.update) {
		if (choice.leaveOut.has(update.row)) continue;
		const set: Record<string, FieldValue> = {};
		const add: Record<string, string[]> = {};
		for (const [key, value] of Object.entries(update.fields)) {
			if (lists.has(key)) add[key] = Array.isArray(value) ? value : [value];
			else set[key] = value;
		}
		writes.push({ path: update.path, write: { op: 'fill', set, add, overwrite: options.overwrite } });
		done.updated.push(update.path);
	}
	// A row's changes (company, role or both) are one new job, with one follow-up.
	const jobs = new Map<number, { path: string; company?: string; role?: string }>();
	for (const change of plan.changes) {
		if (!choice.takeChanges.has(change.row)) continue;
		const job = jobs.get(change.row) ?? { path: change.path };
		job[change.field] = change.to;
		jobs.set(change.row, job);
	}
	for (const { path, company, role } of jobs.values()) {
		const name = ctx.index.contact(path)?.name ?? path;
		const write: ContactWrite = { op: 'job', company, role, followUp: congratulation(name, { company, role }) };
		writes.push({ path, write });
		done.changed.push(path);
	}
	const drafted = await draftWrites(draft, writes, ctx);
	problems.push(...drafted.problems);
	if (problems.length) return { ok: false, problems, untouched: [...new Set([...done.created, ...drafted.done.map((d) => d.path)])] };
	// A contact whose fill found every field typed in since the plan is not counted as updated.
	const changed = new Set(draft.changes().map((c) => c.path));
	done.updated = done.updated.filter((path) => changed.has(path));
	return {
		ok: true,
		draft,
		label: importLabel(
			done,
			settings.triageNewPeople,
			plan.ambiguous.length + plan.skipped.length > 0,
			ofRowsImported(plan.kept, choice) > 0,
		),
		remark: leftOut(plan, choice),
		value: done,
	};
}

/**
 * "Imported 42 people: 30 new, 12 updated; 30 wait in triage", the one wording of what an
 * import did: the CLI's first line and the plugin's Notice. `leftOut`: rows were ambiguous
 * or skipped, `kept`: notes kept values the file has others for (the remark says which).
 */
function importLabel(done: ImportDone, triage: boolean, leftOut: boolean, kept: boolean): string {
	const people = new Set([...done.created, ...done.updated, ...done.changed]).size;
	if (people === 0 && leftOut) return 'Nothing imported.';
	if (people === 0 && kept) return 'Nothing to import: everyone is already there.';
	if (people === 0) return 'Nothing to import: everyone is already there as the file has them.';
	const parts = [
		done.created.length ? `${done.created.length} new` : '',
		done.updated.length ? `${done.updated.length} updated` : '',
		done.changed.length ? `${done.changed.length} with a new job` : '',
	].filter(Boolean);
	const waiting = triage && done.untriaged ? `; ${done.untriaged} wait${done.untriaged === 1 ? 's' : ''} in triage` : '';
	return `Imported ${people} ${people === 1 ? 'person' : 'people'}: ${parts.join(', ')}${waiting}`;
}

/** How many of these (fields left out, values kept) are of rows imported: a row left out goes unsaid. */
function ofRowsImported(items: readonly { row: number }[], choice: ImportChoice): number {
	return items.filter((item) => !choice.leaveOut.has(item.row)).length;
}

/**
 * What was left out, said with the label: rows ambiguous or skipped, changes not taken, and
 * fields left out of the rows imported or kept as their notes have them.
 */
function leftOut(plan: ImportPlan, choice: ImportChoice): string | undefined {
	const parts = [
		plan.ambiguous.length ? `${plan.ambiguous.length} ambiguous (more than one contact fits)` : '',
		plan.skipped.length ? `${plan.skipped.length} skipped` : '',
	].filter(Boolean);
	const values = ofRowsImported(plan.leftOut, choice);
	// Counted as the plan counts them (a new company and a new role are two), as the window and the CLI show it.
	const untaken = plan.changes.filter((change) => !choice.takeChanges.has(change.row)).length;
	const kept = ofRowsImported(plan.kept, choice);
	const sentences = [
		parts.length ? `Not imported: ${parts.join(', ')}.` : '',
		untaken ? `${untaken} ${untaken === 1 ? 'change' : 'changes'} not taken.` : '',
		values ? `${values} ${values === 1 ? 'field' : 'fields'} left out: ${values === 1 ? 'a value' : 'values'} Rapport can't read.` : '',
		kept ? `${kept} ${kept === 1 ? 'value' : 'values'} kept as the notes have them: the file has others.` : '',
	].filter(Boolean);
	return sentences.length ? sentences.join(' ') : undefined;
}
