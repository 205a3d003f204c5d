// Meeting notes from the CLI. `templates` lists the six built-in templates and which of
// them the vault overrides; `meeting` creates one meeting note from a template for the
// people it names and, once the meeting's day has come, logs it on each of them. As with
// log, everything is checked before anything is written: a call that fails leaves the
// vault as it was, and the new note never overwrites a file. `people-met` follows up
// everyone an event note lists under "People met".
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { insideVault } from '../actions/context';
import { formatDay, formatTime, humanDay, type Day } from '../domain/day';
import { baseName, typedTarget } from '../domain/links';
import type { RapportSettings } from '../domain/settings';
import { isTemplateId, TEMPLATE_IDS, TEMPLATE_NAMES, templatePath, templatePaths, type TemplateId } from '../domain/templates';
import { foldName as fold, listed } from '../domain/words';
import { cliActions, reportOutcome, reportRefusal } from './cliActions';
import { findPeople, namesOption } from './findContacts';
import type { Io } from './io';
import { toJson } from './json';
import type { OpenVault } from './openVault';
import { dayOption, UsageError, type Values } from './usage';

/**
 * The six templates, with the vault's note for each it overrides. Without a vault
 * there are no overrides to find. Reads only; never writes.
 */
export function runTemplates(vault: { root: string; settings: RapportSettings } | undefined, json: boolean, io: Io): number {
	const outside = vault !== undefined && TEMPLATE_IDS.some((id) => !insideVault(templatePath(vault.settings.templatesFolder, id)));
	if (vault && outside)
		io.err(`rapport: the templates folder '${vault.settings.templatesFolder}' is outside the vault; its notes are not used`);
	const rows = TEMPLATE_IDS.map((id) => {
		const override =
			vault && !outside ? templatePaths(vault.settings.templatesFolder, id).find((path) => isFile(join(vault.root, path))) : undefined;
		return { id, name: TEMPLATE_NAMES[id], override };
	});
	if (json) {
		io.out(toJson(rows));
		return 0;
	}
	const width = Math.max(...TEMPLATE_IDS.map((id) => id.length));
	io.out(rows.map((r) => `${r.id.padEnd(width)}  ${r.name}${r.override ? `  (your template: ${r.override})` : ''}`).join('\n'));
	return 0;
}

function isFile(full: string): boolean {
	try {
		return statSync(full).isFile();
	} catch {
		return false;
	}
}

export interface MeetingRequest {
	template: TemplateId;
	names: string[];
	date: Day;
	/** `HH:mm`. */
	time: string;
	/** The note's own name, in place of "<template> with <names>". */
	title?: string;
	/** Names that find nobody become contacts (`--create`), as the plugin's New meeting note makes them. */
	create: boolean;
	today: Day;
	json: boolean;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Reads `meeting`'s options; every mistake in them is a usage error before the vault is opened. */
export function meetingRequest(values: Values, today: Day, now: Date): MeetingRequest {
	if (values.template === undefined) throw new UsageError(`--template is required (${TEMPLATE_IDS.join(', ')})`);
	const template = values.template.trim().toLowerCase();
	if (!isTemplateId(template)) throw new UsageError(`--template expects ${listed(TEMPLATE_IDS, 'or')}, got '${values.template}'`);
	const names = namesOption(values.with);
	// An event's people are the ones you hope to meet: there may be none yet.
	if (names.length === 0 && template !== 'event') throw new UsageError('--with NAME is required');
	// A later day is a meeting being prepared: the note is made now, nothing is logged.
	const date = values.date === undefined ? today : dayOption('date', values.date);
	const time = values.time?.trim() ?? formatTime(now);
	if (!TIME.test(time)) throw new UsageError(`--time expects a time HH:mm, such as 09:30, got '${values.time ?? ''}'`);
	const title = values.title?.trim() || undefined;
	if (values.create && names.length === 0) throw new UsageError('--create makes contacts of the --with names; give one');
	return { template, names, date, time, title, create: values.create === true, today, json: values.json === true };
}

export async function runMeeting(request: MeetingRequest, vault: OpenVault, io: Io): Promise<number> {
	const people = findPeople(request.names, vault, io, request.create);
	if (!people) return 1;
	const outcome = await cliActions(vault, request.today, request.time).meeting({
		template: request.template,
		people,
		date: request.date,
		name: request.title,
	});
	const made = outcome.value;
	if (!outcome.ok || !made) {
		reportRefusal(outcome, io, 'no meeting note created');
		return 1;
	}
	if (outcome.remark) io.err(`rapport: ${outcome.remark}`);
	const contacts = outcome.created.filter((path) => path !== made.path);
	io.out(request.json ? toJson({ created: made.path, logged: outcome.said, contacts }) : made.path);
	for (const path of contacts) io.err(`${path}: new contact`);
	if (!request.json) for (const w of outcome.said) io.err(`${w.path}: ${w.said}`);
	const future = request.date > request.today;
	if (request.template === 'event' && people.length > 0)
		io.err(
			'not logged: the people of an event are the ones to meet; afterwards, log whoever you met with ' +
				`rapport people-met --note "${made.path}" (Follow up people met in Obsidian)`,
		);
	else if (future)
		io.err(
			`not logged: the meeting is on ${humanDay(request.date, request.today)}, after ` +
				`today (${formatDay(request.today)}); its note counts as contact once the day comes`,
		);
	return 0;
}

export interface PeopleMetRequest {
	/** The event note as typed: a path in the vault, or a note's name. */
	note: string;
	today: Day;
	time: string;
	json: boolean;
}

export function peopleMetRequest(values: Values, today: Day, now: Date): PeopleMetRequest {
	const note = values.note?.trim();
	if (!note) throw new UsageError('--note PATH is required: the event note with a "People met" list');
	return { note, today, time: formatTime(now), json: values.json === true };
}

/** As Follow up people met: everyone under "People met" in the note followed up, new names made contacts; one step. */
export async function runPeopleMet(request: PeopleMetRequest, vault: OpenVault, io: Io): Promise<number> {
	const path = eventNote(vault, request.note, io);
	if (!path) return 1;
	const outcome = await cliActions(vault, request.today, request.time).followUpPeopleMet(path);
	return reportOutcome(outcome, io, request.json);
}

/**
 * The note `--note` names: a path in the vault (`.md` optional, `[[…]]` allowed), else
 * the one note of that name anywhere. Said why not when there is none, or several.
 */
function eventNote(vault: OpenVault, typed: string, io: Io): string | undefined {
	const target = typedTarget(typed);
	const path = /\.md$/i.test(target) ? target : `${target}.md`;
	if (!insideVault(path)) {
		io.err(`rapport: --note '${typed}' is outside the vault`);
		return undefined;
	}
	if (isFile(join(vault.source.root, path))) return path;
	const named = [...vault.source.paths()].filter((p) => fold(baseName(p)) === fold(baseName(path)));
	const [one] = named;
	if (one && named.length === 1) return one;
	io.err(
		named.length > 1
			? `rapport: '${typed}' could be any of ${listed(named)}; give the note's path`
			: `rapport: no note '${typed}' in the vault (--note takes a path such as 'Events/DevTools Summit.md', or a note's name)`,
	);
	return undefined;
}
