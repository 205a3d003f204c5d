// The CLI's two commands that write: `log` adds an interaction to the notes of the
// contacts it names, and `new-contact` creates one note. Both write only those notes,
// through the same pure edits as the plugin, and check everything before writing
// anything: a call that fails leaves the vault as it was.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { applyWrite, type ContactWrite, type LogEntry } from '../domain/contactWrites';
import { formatDay, formatTime, type Day } from '../domain/day';
import { INTERACTION_KINDS, isInteractionKind } from '../domain/interactions';
import { contactDisplayName, contactFileName, newContactFolder, newContactPath, newContactTemplatePath, newContactText, type NewContact } from '../domain/newContact';
import { TIES, type Tie } from '../domain/settings';
import { parseYaml } from './diskSource';
import { findContacts, fold, namesOption } from './findContacts';
import { toJson } from './json';
import type { OpenVault } from './openVault';
import type { Io } from './run';
import { dayOption, listed, UsageError, type Values } from './usage';

export interface LogRequest {
	names: string[];
	entry: LogEntry;
	today: Day;
	json: boolean;
}

/** Reads `log`'s options; every mistake in them is a usage error before the vault is opened. */
export function logRequest(values: Values, today: Day): LogRequest {
	// `--contact A --contact B` and `--contact A,B` both log one interaction with each.
	const names = namesOption(values.contact);
	if (names.length === 0) throw new UsageError('--contact NAME is required');
	if (values.kind === undefined) throw new UsageError(`--kind is required (${INTERACTION_KINDS.join(', ')})`);
	const kind = values.kind.trim().toLowerCase();
	if (!isInteractionKind(kind)) throw new UsageError(`--kind expects ${listed(INTERACTION_KINDS, 'or')}, got '${values.kind}'`);
	if (values.gave && values.asked) throw new UsageError('--gave and --asked do not go together; log the give and the ask as two interactions');
	if (values.nudge && (values.gave || values.asked)) throw new UsageError(`--nudge does not go with --${values.gave ? 'gave' : 'asked'}: a nudge follows up on the ask logged before`);
	if (values.nudge && values.awaiting) throw new UsageError('--nudge and --awaiting do not go together: the nudge follows up on the ask already awaiting a reply');
	const followUp = values['follow-up'];
	if (followUp !== undefined && values.due === undefined) throw new UsageError('--follow-up needs --due YYYY-MM-DD');
	if (values.due !== undefined && followUp === undefined) throw new UsageError('--due needs --follow-up TEXT');
	if (followUp !== undefined && !followUp.trim()) throw new UsageError('--follow-up needs the task in words');
	const date = values.date === undefined ? today : dayOption('date', values.date);
	// A log records what happened; a plan for later is a follow-up.
	if (date > today) throw new UsageError(`--date ${formatDay(date)} is after today (${formatDay(today)}); use --follow-up for what is still to come`);
	const entry: LogEntry = { date, kind, summary: values.summary, gave: values.gave === true, asked: values.asked === true, awaiting: values.awaiting === true, nudge: values.nudge === true };
	if (followUp !== undefined && values.due !== undefined) entry.followUp = { text: followUp, due: dayOption('due', values.due) };
	return { names, entry, today, json: values.json === true };
}

/** One note's edit, worked out in memory before anything is written. */
export interface Edit {
	path: string;
	before: string;
	after: string;
	said: string;
}

export function runLog(request: LogRequest, vault: OpenVault, io: Io): number {
	const paths = findContacts(request.names, vault, io);
	if (!paths) return 1;
	const { edits, refused } = planWrites(paths, { op: 'log', entry: request.entry }, vault, request.today, io);
	if (refused) {
		if (edits.length > 0) io.err(`rapport: nothing written to ${listed(edits.map((e) => e.path))} either`);
		return 1;
	}
	const { written, failed } = writeEdits(edits, vault.source.root, io);
	if (written.length > 0 || request.json) io.out(request.json ? toJson({ written }) : written.map((w) => `${w.path}: ${w.said}`).join('\n'));
	// Logged all the same, but the queue will not show them: say so rather than leave them to wonder.
	for (const { path } of written) {
		const contact = vault.index.contact(path);
		if (contact && contact.status !== 'active') io.err(`${contact.name} is ${contact.status}: logged; ${contact.status} contacts stay out of the queue`);
	}
	return failed ? 1 : 0;
}

/**
 * Every note read and edited in memory, so one that cannot take the write stops them all.
 * `refused` is true (each reason said) when any note cannot be read or refuses the write;
 * `edits` then holds the ones that would have been written, to name them.
 */
export function planWrites(paths: readonly string[], write: ContactWrite, vault: OpenVault, today: Day, io: Io): { edits: Edit[]; refused: boolean } {
	const root = vault.source.root;
	const edits: Edit[] = [];
	let refused = false;
	for (const path of paths) {
		const before = readNote(root, path, io);
		const result = before === undefined ? undefined : applyWrite(before, write, vault.config.settings, today, parseYaml);
		if (before !== undefined && result?.ok) edits.push({ path, before, after: result.text, said: result.said });
		else {
			if (result && !result.ok) io.err(`rapport: ${path}: ${result.reason}`);
			refused = true;
		}
	}
	return { edits, refused };
}

/** Writes each edit that changes its note; a note that cannot be written is said and the rest still are. */
export function writeEdits(edits: readonly Edit[], root: string, io: Io): { written: { path: string; said: string }[]; failed: boolean } {
	const written: { path: string; said: string }[] = [];
	let failed = false;
	for (const edit of edits) {
		try {
			if (edit.after !== edit.before) writeFileSync(join(root, edit.path), edit.after, 'utf8');
			written.push({ path: edit.path, said: edit.said });
		} catch (error) {
			io.err(`rapport: ${edit.path}: can't be written: ${errorCode(error)}`);
			failed = true;
		}
	}
	return { written, failed };
}

/** The note's text exactly as it is on disk: a BOM and CRLF line ends stay for the edit to keep. */
function readNote(root: string, path: string, io: Io): string | undefined {
	try {
		return readFileSync(join(root, path), 'utf8');
	} catch (error) {
		io.err(`rapport: ${path}: can't be read: ${errorCode(error)}`);
		return undefined;
	}
}

export interface NewContactRequest {
	input: NewContact;
	/** `HH:mm`, for `{{time}}` in the template. */
	time: string;
	json: boolean;
}

export function newContactRequest(values: Values, now: Date): NewContactRequest {
	if (values.name === undefined) throw new UsageError('--name NAME is required');
	// The file name is cleaned of what a file cannot hold; the note's heading and
	// {{name}} keep the name as typed, as the plugin does.
	const name = contactDisplayName(values.name);
	if (!contactFileName(name)) throw new UsageError(`--name '${values.name}' has nothing left to name a note with`);
	const tie = values.tie?.trim().toLowerCase();
	if (tie !== undefined && !(TIES as readonly string[]).includes(tie)) throw new UsageError(`--tie expects ${listed(TIES, 'or')}, got '${values.tie ?? ''}'`);
	const input: NewContact = { name };
	if (values.company?.trim()) input.company = values.company.trim();
	if (tie) input.tie = tie as Tie;
	if (values.met?.trim()) input.met = values.met.trim();
	return { input, time: formatTime(now), json: values.json === true };
}

export function runNewContact(request: NewContactRequest, vault: OpenVault, today: Day, io: Io): number {
	const { settings } = vault.config;
	const root = vault.source.root;
	const path = newContactPath(request.input.name, settings);
	if (!path || !inVault(root, path)) {
		io.err(`rapport: the new-contact folder '${newContactFolder(settings)}' is outside the vault; nothing written`);
		return 1;
	}
	// Never overwrite: not the note at that path, nor a contact of that name anywhere else.
	if (existsSync(join(root, path))) {
		io.err(`rapport: ${path} already exists; nothing written`);
		return 1;
	}
	// Known by the name as typed, or by the name the note would have.
	const keys = new Set([fold(request.input.name), fold(contactFileName(request.input.name))]);
	const existing = vault.index.contacts().find((c) => keys.has(fold(c.name)) || c.aliases.some((alias) => keys.has(fold(alias))));
	if (existing) {
		io.err(`rapport: '${request.input.name}' is already a contact, ${existing.path}; nothing written`);
		return 1;
	}
	const template = readTemplate(root, settings.newContactTemplate, io);
	if (template === null) return 1;
	const note = newContactText(request.input, settings, { today, time: request.time }, parseYaml, template);
	if (!note.ok) {
		io.err(`rapport: ${note.reason}; nothing written`);
		return 1;
	}
	const text = note.text;
	try {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		// `wx`: should the note appear between the check and now, it is still not overwritten.
		writeFileSync(join(root, path), text, { encoding: 'utf8', flag: 'wx' });
	} catch (error) {
		io.err(errorCode(error) === 'EEXIST' ? `rapport: ${path} already exists; nothing written` : `rapport: ${path}: can't be written: ${errorCode(error)}`);
		return 1;
	}
	io.out(request.json ? toJson({ created: path }) : path);
	return 0;
}

/** The configured template's text; undefined when none is set, null (said why) when it cannot be read. */
function readTemplate(root: string, setting: string, io: Io): string | undefined | null {
	const path = newContactTemplatePath(setting);
	if (path === undefined) return undefined;
	if (!inVault(root, path)) {
		io.err(`rapport: the new-contact template '${path}' is outside the vault; nothing written`);
		return null;
	}
	try {
		return readFileSync(join(root, path), 'utf8');
	} catch (error) {
		const code = errorCode(error);
		io.err(code === 'ENOENT'
			? `rapport: the new-contact template ${path} does not exist; fix the setting or create it; nothing written`
			: `rapport: the new-contact template ${path} can't be read: ${code}; nothing written`);
		return null;
	}
}

/** A path from settings stays inside the vault: `../elsewhere` is never written to. */
export function inVault(root: string, path: string): boolean {
	const inside = relative(root, join(root, path));
	return inside !== '' && !isAbsolute(inside) && inside.split(sep)[0] !== '..';
}

export function errorCode(error: unknown): string {
	return (error as { code?: string }).code ?? (error as Error).message;
}
