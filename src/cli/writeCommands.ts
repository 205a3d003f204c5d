// The CLI's two commands that write: `log` adds an interaction to the notes of the
// contacts it names, and `new-contact` creates one note. Both write only those notes,
// through the same pure edits as the plugin, and check everything before writing
// anything: a call that fails leaves the vault as it was.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import type { Contact } from '../domain/contact';
import { applyWrite, type LogEntry } from '../domain/contactWrites';
import { formatDay, type Day } from '../domain/day';
import { INTERACTION_KINDS, isInteractionKind } from '../domain/interactions';
import { linkTarget } from '../domain/links';
import { contactFileName, newContactFolder, newContactPath, newContactText, type NewContact } from '../domain/newContact';
import { TIES, type Tie } from '../domain/settings';
import { parseYaml } from './diskSource';
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
	const names = (values.contact ?? []).flatMap((value) => value.split(',')).map((name) => name.trim()).filter(Boolean);
	if (names.length === 0) throw new UsageError('--contact NAME is required');
	if (values.kind === undefined) throw new UsageError(`--kind is required (${INTERACTION_KINDS.join(', ')})`);
	const kind = values.kind.trim().toLowerCase();
	if (!isInteractionKind(kind)) throw new UsageError(`--kind expects ${listed(INTERACTION_KINDS, 'or')}, got '${values.kind}'`);
	if (values.gave && values.asked) throw new UsageError('--gave and --asked do not go together; log the give and the ask as two interactions');
	const followUp = values['follow-up'];
	if (followUp !== undefined && values.due === undefined) throw new UsageError('--follow-up needs --due YYYY-MM-DD');
	if (values.due !== undefined && followUp === undefined) throw new UsageError('--due needs --follow-up TEXT');
	if (followUp !== undefined && !followUp.trim()) throw new UsageError('--follow-up needs the task in words');
	const date = values.date === undefined ? today : dayOption('date', values.date);
	// A log records what happened; a plan for later is a follow-up.
	if (date > today) throw new UsageError(`--date ${formatDay(date)} is after today (${formatDay(today)}); use --follow-up for what is still to come`);
	const entry: LogEntry = { date, kind, summary: values.summary, gave: values.gave === true, asked: values.asked === true, awaiting: values.awaiting === true };
	if (followUp !== undefined && values.due !== undefined) entry.followUp = { text: followUp, due: dayOption('due', values.due) };
	return { names, entry, today, json: values.json === true };
}

interface Edit {
	path: string;
	before: string;
	after: string;
	said: string;
}

export function runLog(request: LogRequest, vault: OpenVault, io: Io): number {
	const paths = findContacts(request.names, vault, io);
	if (!paths) return 1;
	const root = vault.source.root;
	// Every note is read and edited in memory first, so one that cannot take the entry stops them all.
	const edits: Edit[] = [];
	const refused: string[] = [];
	for (const path of paths) {
		const before = readNote(root, path, io);
		const result = before === undefined ? undefined : applyWrite(before, { op: 'log', entry: request.entry }, vault.config.settings, request.today, parseYaml);
		if (before !== undefined && result?.ok) edits.push({ path, before, after: result.text, said: result.said });
		else {
			if (result && !result.ok) io.err(`rapport: ${path}: ${result.reason}`);
			refused.push(path);
		}
	}
	if (refused.length > 0) {
		if (edits.length > 0) io.err(`rapport: nothing written to ${listed(edits.map((e) => e.path))} either`);
		return 1;
	}
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
	if (written.length > 0 || request.json) io.out(request.json ? toJson({ written }) : written.map((w) => `${w.path}: ${w.said}`).join('\n'));
	return failed ? 1 : 0;
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

/** The note of each name, or undefined (each problem said) if any name finds none or several. */
function findContacts(names: readonly string[], vault: OpenVault, io: Io): string[] | undefined {
	const contacts = vault.index.contacts();
	const paths: string[] = [];
	let missing = false;
	for (const name of names) {
		const found = findContact(contacts, name);
		if (typeof found === 'string') {
			io.err(`rapport: ${found}`);
			missing = true;
		} else if (!paths.includes(found.path)) paths.push(found.path);
	}
	const unreadable = vault.source.unreadable.length;
	if (missing && unreadable > 0) io.err(`rapport: ${unreadable} ${unreadable === 1 ? 'note' : 'notes'} could not be read; 'rapport problems' lists them`);
	return missing ? undefined : paths;
}

/**
 * The contact a name means, as a link would pick it: a note path over a note's name
 * over an alias, case-insensitive. Two matches of the same strength are refused rather
 * than guessed at. A string is what to tell the user instead.
 */
function findContact(contacts: readonly Contact[], name: string): Contact | string {
	const key = nameKey(name);
	const matches = [
		contacts.filter((c) => fold(c.path) === `${key}.md`),
		contacts.filter((c) => fold(c.name) === key),
		contacts.filter((c) => c.aliases.some((alias) => fold(alias) === key)),
	].find((tier) => tier.length > 0);
	if (matches?.length === 1 && matches[0]) return matches[0];
	if (matches) return `'${name}' could be any of ${listed(matches.map((c) => c.path))}; give the note's path instead, as --contact '${matches[0]?.path ?? ''}'`;
	const close = closeNames(contacts, key);
	return `no contact named '${name}'${close.length > 0 ? ` (did you mean ${listed(close, 'or')}?)` : ''}`;
}

/** A name as typed, `[[Sam Rivera]]` or `Sam Rivera.md` included, for comparing. */
function nameKey(name: string): string {
	const target = /^\[\[.*\]\]$/.test(name.trim()) ? linkTarget(name) : name;
	return fold(target).replace(/\.md$/, '');
}

function fold(text: string): string {
	return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Up to three contacts whose name or alias is a typo away from the key, or who have it as one word of their name. */
function closeNames(contacts: readonly Contact[], key: string): string[] {
	const limit = Math.max(1, Math.floor(key.length / 4));
	const near: { name: string; distance: number }[] = [];
	for (const contact of contacts) {
		const distance = Math.min(...[contact.name, ...contact.aliases].map((n) => editDistance(fold(n), key, limit)));
		if (distance <= limit || fold(contact.name).split(' ').includes(key)) near.push({ name: contact.name, distance });
	}
	near.sort((a, b) => a.distance - b.distance);
	return [...new Set(near.map((n) => n.name))].slice(0, 3);
}

/** Levenshtein distance, or limit + 1 as soon as it must be more than the limit. */
function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		if (Math.min(...current) > limit) return limit + 1;
		previous = current;
	}
	return previous[b.length] ?? limit + 1;
}

export interface NewContactRequest {
	input: NewContact;
	json: boolean;
}

export function newContactRequest(values: Values): NewContactRequest {
	if (values.name === undefined) throw new UsageError('--name NAME is required');
	// The note's name is the contact's name, so {{name}} in a template reads as its title does.
	const name = contactFileName(values.name);
	if (!name) throw new UsageError(`--name '${values.name}' has nothing left to name a note with`);
	const tie = values.tie?.trim().toLowerCase();
	if (tie !== undefined && !(TIES as readonly string[]).includes(tie)) throw new UsageError(`--tie expects ${listed(TIES, 'or')}, got '${values.tie ?? ''}'`);
	const input: NewContact = { name };
	if (values.company?.trim()) input.company = values.company.trim();
	if (tie) input.tie = tie as Tie;
	if (values.met?.trim()) input.met = values.met.trim();
	return { input, json: values.json === true };
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
	const key = fold(request.input.name);
	const existing = vault.index.contacts().find((c) => fold(c.name) === key || c.aliases.some((alias) => fold(alias) === key));
	if (existing) {
		io.err(`rapport: '${request.input.name}' is already a contact, ${existing.path}; nothing written`);
		return 1;
	}
	const template = readTemplate(root, settings.newContactTemplate, io);
	if (template === null) return 1;
	const text = newContactText(request.input, settings, today, parseYaml, template);
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
	if (!setting) return undefined;
	const path = /\.md$/i.test(setting) ? setting : `${setting}.md`;
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
function inVault(root: string, path: string): boolean {
	const inside = relative(root, join(root, path));
	return inside !== '' && !isAbsolute(inside) && inside.split(sep)[0] !== '..';
}

function errorCode(error: unknown): string {
	return (error as { code?: string }).code ?? (error as Error).message;
}
