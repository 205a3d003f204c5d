// Meeting notes from the CLI. `templates` lists the six built-in templates and which of
// them the vault overrides; `meeting` creates one meeting note from a template for the
// people it names and, once the meeting's day has come, logs it on each of them. As with
// log, everything is checked before anything is written: a call that fails leaves the
// vault as it was, and the new note never overwrites a file.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Contact } from '../domain/contact';
import { formatDay, formatTime, humanDay, type Day } from '../domain/day';
import { freePath, meetingNoteText, meetingsFolder, meetingTitle } from '../domain/meetingNote';
import type { RapportSettings } from '../domain/settings';
import { isTemplateId, TEMPLATE_IDS, TEMPLATE_KINDS, TEMPLATE_NAMES, templatePath, templatePaths, type TemplateId } from '../domain/templates';
import { parseYaml } from './diskSource';
import { findContacts, namesOption } from './findContacts';
import { toJson } from './json';
import type { OpenVault } from './openVault';
import type { Io } from './run';
import { dayOption, listed, UsageError, type Values } from './usage';
import { errorCode, inVault, planWrites, writeEdits, type Edit } from './writeCommands';


/**
 * The six templates, with the vault's note for each it overrides. Without a vault
 * there are no overrides to find. Reads only; never writes.
 */
export function runTemplates(vault: { root: string; settings: RapportSettings } | undefined, json: boolean, io: Io): number {
	const outside = vault !== undefined && TEMPLATE_IDS.some((id) => !inVault(vault.root, templatePath(vault.settings.templatesFolder, id)));
	if (vault && outside) io.err(`rapport: the templates folder '${vault.settings.templatesFolder}' is outside the vault; its notes are not used`);
	const rows = TEMPLATE_IDS.map((id) => {
		const override = vault && !outside ? templatePaths(vault.settings.templatesFolder, id).find((path) => isFile(join(vault.root, path))) : undefined;
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
	return { template, names, date, time, title, today, json: values.json === true };
}

// Another process may take the chosen name between the check and the write: try the next free one.
const ATTEMPTS = 5;

export function runMeeting(request: MeetingRequest, vault: OpenVault, io: Io): number {
	const paths = findContacts(request.names, vault, io, '--with');
	if (!paths) return 1;
	const people = paths.map((path) => vault.index.contact(path)).filter((c): c is Contact => c !== undefined);
	const { settings } = vault.config;
	const root = vault.source.root;
	const templateText = readMeetingTemplate(root, settings, request.template, io);
	if (templateText === null) return 1;
	const fields = paths.map((path) => vault.source.read(path)?.frontmatter ?? {});
	const text = meetingNoteText({ template: request.template, name: request.title, people, date: request.date, time: request.time, templateText, fields, timelines: paths.map((path) => vault.index.timeline(path)), links: paths.map((path) => vault.index.linkText(path)) }, settings, request.today, parseYaml);
	const title = meetingTitle(request.template, people.map((p) => p.name), request.date, request.title);
	const folder = meetingsFolder(settings);
	const future = request.date > request.today;
	// An event's people are people to meet, not met: nobody is logged (Follow up people met does that).
	const logs = !future && request.template !== 'event';

	let created: string | undefined;
	let edits: Edit[] = [];
	for (let attempt = 1; created === undefined; attempt++) {
		const path = freePath(folder, title, (p) => existsSync(join(root, p)));
		if (!inVault(root, path)) {
			io.err(`rapport: the meetings folder '${folder}' is outside the vault; nothing written`);
			return 1;
		}
		// Each person's note takes the log before the meeting note is made, or nothing is written.
		if (logs) {
			const entry = { date: request.date, kind: TEMPLATE_KINDS[request.template], summary: `[[${vault.index.linkText(path)}]]` };
			const plan = planWrites(paths, { op: 'log', entry }, vault, request.today, io);
			if (plan.refused) {
				const others = plan.edits.length > 0 ? `, and nothing written to ${listed(plan.edits.map((e) => e.path))} either` : '';
				io.err(`rapport: no meeting note created${others}`);
				return 1;
			}
			edits = plan.edits;
		}
		try {
			mkdirSync(dirname(join(root, path)), { recursive: true });
		} catch (error) {
			io.err(`rapport: the meetings folder '${folder}' can't be made: ${errorCode(error)}; nothing written`);
			return 1;
		}
		try {
			// `wx`: a file that appeared since the check is never overwritten.
			writeFileSync(join(root, path), text, { encoding: 'utf8', flag: 'wx' });
			created = path;
		} catch (error) {
			if (errorCode(error) === 'EEXIST' && attempt < ATTEMPTS) continue;
			io.err(errorCode(error) === 'EEXIST' ? `rapport: ${path} already exists; nothing written` : `rapport: ${path}: can't be written: ${errorCode(error)}; nothing written`);
			return 1;
		}
	}

	const { written, failed } = writeEdits(edits, root, io);
	io.out(request.json ? toJson({ created, logged: written }) : created);
	if (!request.json) for (const w of written) io.err(`${w.path}: ${w.said}`);
	if (request.template === 'event' && paths.length > 0) io.err('not logged: the people of an event are the ones to meet; log whoever you met with Follow up people met in Obsidian');
	else if (future) io.err(`not logged: the meeting is on ${humanDay(request.date, request.today)}, after today (${formatDay(request.today)}); its note counts as contact once the day comes`);
	return failed ? 1 : 0;
}

/** The vault's own template text; undefined when it has none, null (said why) when it cannot be read. */
function readMeetingTemplate(root: string, settings: RapportSettings, id: TemplateId, io: Io): string | undefined | null {
	if (!inVault(root, templatePath(settings.templatesFolder, id))) {
		io.err(`rapport: the templates folder '${settings.templatesFolder}' is outside the vault; using the built-in ${TEMPLATE_NAMES[id]} template`);
		return undefined;
	}
	for (const path of templatePaths(settings.templatesFolder, id)) {
		try {
			return readFileSync(join(root, path), 'utf8');
		} catch (error) {
			const code = errorCode(error);
			if (code === 'ENOENT' || code === 'ENOTDIR') continue;
			io.err(`rapport: the template ${path} can't be read: ${code}; nothing written`);
			return null;
		}
	}
	return undefined;
}
