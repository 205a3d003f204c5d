// `rapport import linkedin|vcard|google FILE` and `rapport export vcard`: a file read by the
// format's reader, planned against the vault's contacts, and written by the plugin's import
// action (or, with --dry-run, only shown); and the vault's contacts written as vCards.
import { closeSync, fchmodSync, fsyncSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { formatTime, type Day } from '../domain/day';
import { exported, personToExport } from '../domain/import/exportPeople';
import { decodeImportFile, encodingNote, type ImportEncoding } from '../domain/import/fileText';
import { keptText, leftOutText } from '../domain/import/fields';
import { importFolder, importFolderProblem } from '../domain/import/plan';
import { IMPORT_FORMATS, recordName, type ImportFormat, type ImportOptions, type ImportPlan } from '../domain/import/types';
import { FORMAT_KINDS } from '../domain/import/guessFormat';
import { parsedImport, readImport } from '../domain/import/readImport';
import { writeVcards } from '../domain/import/vcardWrite';
import { listed } from '../domain/words';
import { cliActions, reportRefusal } from './cliActions';
import type { Io } from './io';
import { toJson } from './json';
import type { OpenVault } from './openVault';
import { codeOf, fsProblem, READ_ONLY, readNoteText, readOnly } from './noteFiles';
import { limited } from './format';
import { UsageError, limitOption, type Values } from './usage';

/** Past this many records a file's import says how far it has got, on stderr. */
export const PROGRESS_FROM = 1000;

export interface ImportRequest {
	format: ImportFormat;
	file: string;
	options: ImportOptions;
	dryRun: boolean;
	takeChanges: boolean;
	/** How many rows each of the plan's lists shows (the rest counted). */
	limit: number;
	today: Day;
	time: string;
	json: boolean;
}

export function importRequest(values: Values, positionals: readonly string[], today: Day, now: Date): ImportRequest {
	const [format, file, ...more] = positionals;
	if (format === undefined) throw new UsageError(`name the file's format: rapport import ${IMPORT_FORMATS.join('|')} FILE`);
	if (!(IMPORT_FORMATS as readonly string[]).includes(format))
		throw new UsageError(`import reads ${listed(IMPORT_FORMATS, 'or')}, not '${format}'`);
	if (file === undefined) throw new UsageError(`name the file to import: rapport import ${format} FILE`);
	if (more.length) throw new UsageError(`import takes one file; '${more.join(' ')}' is more`);
	const folder = values.folder ?? '';
	const outside = importFolderProblem(folder.trim());
	if (outside) throw new UsageError(`--folder: ${outside}`);
	if (values['take-changes'] && values['dry-run']) throw new UsageError('--take-changes writes; --dry-run writes nothing: give one');
	return {
		format: format as ImportFormat,
		file,
		options: { folder, overwrite: values.overwrite === true },
		dryRun: values['dry-run'] === true,
		takeChanges: values['take-changes'] === true,
		limit: limitOption(values),
		today,
		time: formatTime(now),
		json: values.json === true,
	};
}

/** The file's text, read as the import reads every file (UTF-8, else Windows-1252), or why it can't be had, in a few words. */
function readText(file: string): { text: string; encoding: ImportEncoding; note?: string } | { problem: string } {
	let bytes: Buffer;
	try {
		if (statSync(file).isDirectory()) return { problem: 'is a folder, not a file' };
		bytes = readFileSync(file);
	} catch (error) {
		const code = codeOf(error);
		if (code === 'ENOENT') return { problem: 'no such file' };
		if (code === 'EACCES' || code === 'EPERM') return { problem: 'not allowed to read it' };
		return { problem: `can't be read (${fsProblem(error)})` };
	}
	const read = decodeImportFile(bytes);
	const note = encodingNote(file, read);
	return note ? { ...read, note } : read;
}

export async function runImport(request: ImportRequest, vault: OpenVault, io: Io): Promise<number> {
	const read = readText(request.file);
	if ('problem' in read) {
		io.err(`rapport: ${request.file}: ${read.problem}`);
		return 1;
	}
	const outcome = readImport(request.format, read.text);
	if (!outcome.ok) {
		const { looksLike } = outcome;
		const why = looksLike
			? `this looks like ${FORMAT_KINDS[looksLike]}, not ${FORMAT_KINDS[request.format]}; use \`rapport import ${looksLike}\`.`
			: outcome.reason;
		io.err(`rapport: ${request.file}: ${why} Nothing was imported.`);
		return 1;
	}
	const parsed = parsedImport(outcome);
	// Thousands of new notes: each is not flushed on its own (see DiskStoreOptions.flushNewNotes).
	const actions = cliActions(vault, request.today, request.time, { flushNewNotes: false });
	const plan = actions.importPlan(parsed, request.options);
	if (request.dryRun) {
		// The import writes all or none: a note it would write that is read-only refuses it
		// all. The dry run says so, and ends as the import would.
		const writes = [...plan.update.map((u) => u.path), ...(request.takeChanges ? plan.changes.map((c) => c.path) : [])];
		const readOnlyNotes = [...new Set(writes)].filter((path) => readOnly(join(vault.source.root, path)) === READ_ONLY).sort();
		io.out(
			request.json
				? toJson({ ...(planJson(plan, read) as object), ...(readOnlyNotes.length ? { readOnly: readOnlyNotes } : {}) })
				: planText(plan, request, importFolder(request.options, vault.config.settings), read.note),
		);
		if (readOnlyNotes.length === 0) return 0;
		const them = readOnlyNotes.length === 1 ? 'it' : 'them';
		io.err(
			`rapport: ${listed(readOnlyNotes)} ${readOnlyNotes.length === 1 ? 'is' : 'are'} read-only, so the import would ` +
				`be refused and write nothing; make ${them} writable first.`,
		);
		return 1;
	}
	const large = parsed.records > PROGRESS_FROM;
	const step = Math.max(1, Math.ceil(PROGRESS_FROM / 2));
	const progress = large
		? (done: number, total: number): void => {
				if (done % step === 0 || done === total) io.err(`Writing notes: ${done} of ${total}`);
			}
		: undefined;
	const takeChanges = new Set(request.takeChanges ? plan.changes.map((c) => c.row) : []);
	const result = await actions.importContacts(parsed, request.options, { leaveOut: new Set(), takeChanges }, progress);
	if (!result.ok || !result.value) {
		reportRefusal(result, io);
		return 1;
	}
	const done = result.value;
	if (request.json) {
		io.out(
			toJson({
				message: result.message,
				created: done.created,
				updated: done.updated,
				changed: done.changed,
				untriaged: done.untriaged,
				changes: plan.changes,
				ambiguous: plan.ambiguous,
				skipped: plan.skipped,
				leftOut: plan.leftOut,
				kept: plan.kept,
				...encodingJson(read),
			}),
		);
	} else {
		const written: ImportPlan = {
			...plan,
			create: plan.create.filter((c) => done.created.includes(c.path)),
			update: plan.update.filter((u) => done.updated.includes(u.path)),
		};
		io.out(`${result.message}\n${planText(written, request, '', read.note, takeChanges)}`);
	}
	return 0;
}

/** How the file was read, for --json: `encoding` always, and the note when it was not UTF-8. */
function encodingJson(read: { encoding: ImportEncoding; note?: string }): { encoding: ImportEncoding; encodingNote?: string } {
	return read.note ? { encoding: read.encoding, encodingNote: read.note } : { encoding: read.encoding };
}

/** The plan as `--dry-run --json` prints it: each entry as the issue gives it, in row order, then how the file was read. */
export function planJson(plan: ImportPlan, read: { encoding: ImportEncoding; note?: string }): unknown {
	return {
		create: plan.create.map(({ row, name, path, fields }) => ({ row, name, path, fields })),
		update: plan.update.map(({ row, name, path, fields }) => ({ row, name, path, fields })),
		ambiguous: plan.ambiguous.map(({ row, name, candidates }) => ({ row, name, candidates })),
		skipped: plan.skipped.map(({ row, reason }) => ({ row, reason })),
		changes: plan.changes.map(({ row, name, path, field, from, to }) => ({ row, name, path, field, from, to })),
		leftOut: plan.leftOut.map(({ row, name, field, value, reason }) => ({ row, name, field, value, reason })),
		kept: plan.kept.map(({ row, name, path, field, inNote, inFile }) => ({ row, name, path, field, inNote, inFile })),
		...encodingJson(read),
	};
}

function fieldsText(fields: Record<string, string | string[]>): string {
	return Object.entries(fields)
		.map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : value}`)
		.join('; ');
}

/** The plan, or what was written of it, for people: counts first (and how the file was read, when not UTF-8), then a list per group. */
function planText(
	plan: ImportPlan,
	{ file, dryRun, limit }: Pick<ImportRequest, 'file' | 'dryRun' | 'limit'>,
	folder: string,
	note: string | undefined,
	taken: ReadonlySet<number> = new Set(),
): string {
	const counts = [
		`${dryRun ? 'to create' : 'created'} ${plan.create.length}`,
		`${dryRun ? 'to update' : 'updated'} ${plan.update.length}`,
		`changes ${plan.changes.length}`,
		`ambiguous ${plan.ambiguous.length}`,
		`skipped ${plan.skipped.length}`,
		plan.leftOut.length ? `fields left out ${plan.leftOut.length}` : '',
		plan.kept.length ? `values kept ${plan.kept.length}` : '',
	]
		.filter(Boolean)
		.join(' · ');
	const lines = [dryRun ? `Import plan (nothing written)${folder ? `; new notes go to ${folder}/` : ''}: ${counts}` : counts];
	if (note) lines.push(note);
	const group = (title: string, items: string[]): void => {
		if (items.length)
			lines.push(
				'',
				`${title} (${items.length}):`,
				...limited(
					items.map((item) => `  ${item}`),
					limit,
				),
			);
	};
	group(
		dryRun ? 'Create' : 'Created',
		plan.create.map((c) => `${recordName(plan.format, c.row)}: ${c.path}`),
	);
	group(
		dryRun ? 'Update' : 'Updated',
		plan.update.map((u) => `${recordName(plan.format, u.row)}: ${u.path}: ${fieldsText(u.fields)}`),
	);
	group(
		'Changes of job',
		plan.changes.map((c) => {
			const state = taken.has(c.row) ? ' (taken)' : dryRun ? '' : ' (not taken)';
			return `${recordName(plan.format, c.row)}: ${c.path}: ${c.field} ${c.from} → ${c.to}${state}`;
		}),
	);
	group(
		'Ambiguous, not imported',
		plan.ambiguous.map((a) => `${recordName(plan.format, a.row)}: ${a.name}: could be ${listed(a.candidates, 'or')}`),
	);
	group(
		'Skipped',
		plan.skipped.map((s) => `${recordName(plan.format, s.row)}: ${s.reason}`),
	);
	group(
		`Fields left out of ${file}`,
		plan.leftOut.map((item) => leftOutText(item, plan.format)),
	);
	group(
		"Kept as the notes have them (--overwrite takes the file's)",
		plan.kept.map((item) => keptText(item, plan.format)),
	);
	if (plan.changes.some((c) => !taken.has(c.row))) lines.push('', 'Changes are taken only with --take-changes.');
	return lines.join('\n');
}

export interface ExportRequest {
	out?: string;
	/** Say what was exported as JSON: `{"exported", "out"}`, or `{"exported", "vcard"}` with the cards when no --out. */
	json: boolean;
}

export function exportRequest(values: Values, positionals: readonly string[]): ExportRequest {
	const [format, ...more] = positionals;
	if (format !== 'vcard')
		throw new UsageError(format === undefined ? 'name the format: rapport export vcard' : `export writes vcard, not '${format}'`);
	if (more.length) throw new UsageError(`export takes no more words; '${more.join(' ')}' is more`);
	if (values.out !== undefined && !values.out.trim()) throw new UsageError('--out needs a file name');
	return { out: values.out, json: values.json === true };
}

export function runExport(request: ExportRequest, vault: OpenVault, io: Io): number {
	const people = vault.index
		.contacts()
		.filter(exported)
		.map((contact) => {
			// Read as the vault was: strict UTF-8, links judged, nothing but a regular file opened.
			const read = readNoteText(vault.source.root, contact.path);
			return personToExport(contact, vault.config.settings, read && 'text' in read ? read.text : undefined);
		});
	const cards = writeVcards(people);
	if (request.out === undefined) {
		// The line break `out` adds ends the last card's CRLF: stdout gets the cards byte for byte, as --out writes them.
		io.out(request.json ? toJson({ exported: people.length, vcard: cards }) : cards.replace(/\n$/, ''));
		return 0;
	}
	const problem = writeWhole(resolve(request.out), cards);
	if (problem) {
		io.err(`rapport: ${request.out}: ${problem}`);
		return 1;
	}
	if (request.json) io.out(toJson({ exported: people.length, out: request.out }));
	else io.err(`Exported ${people.length} ${people.length === 1 ? 'contact' : 'contacts'} to ${request.out}`);
	return 0;
}

/** Whether a file starts as a vCard file does: `BEGIN:VCARD`, after a BOM and blank lines. */
function startsAsVcard(full: string): boolean {
	const head = Buffer.alloc(1024);
	let fd: number | undefined;
	try {
		fd = openSync(full, 'r');
		const read = readSync(fd, head, 0, head.length, 0);
		return /^(?:\uFEFF)?\s*BEGIN:VCARD/i.test(head.subarray(0, read).toString('utf8'));
	} catch {
		return false;
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}

/**
 * Writes a file whole or not at all: a temporary file beside it, flushed, then renamed over
 * it. A file there already keeps its mode; one that is read-only, or holds anything but
 * vCards (a note, a typo'd path), is left as it was.
 */
function writeWhole(full: string, text: string): string | undefined {
	let mode: number | undefined;
	try {
		const stats = statSync(full);
		const problem = stats.isFile() ? readOnly(full, stats) : undefined;
		if (problem) return `${problem}; nothing was written`;
		if (stats.isFile() && stats.size > 0 && !startsAsVcard(full))
			return 'is not a vCard file, so export leaves it as it is; nothing was written (give --out a new file)';
		if (stats.isFile()) mode = stats.mode & 0o7777;
	} catch {
		// Nothing there yet: the file is made, with the mode the umask gives.
	}
	const temp = join(dirname(full), `.${basename(full)}.rapport-${process.pid}.tmp`);
	let fd: number | undefined;
	try {
		fd = openSync(temp, 'w', mode ?? 0o666);
		// The mode asked for is cut by the umask: set again, it is the file's own.
		if (mode !== undefined) fchmodSync(fd, mode);
		const bytes = Buffer.from(text, 'utf8');
		for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
		fsyncSync(fd);
		closeSync(fd);
		fd = undefined;
		renameSync(temp, full);
		return undefined;
	} catch (error) {
		// In the user's words, naming no temporary file: theirs is the one named already.
		if (codeOf(error) === 'ENOENT') return `can't be written (no folder ${dirname(full)})`;
		return `can't be written (${fsProblem(error)})`;
	} finally {
		if (fd !== undefined) closeSync(fd);
		rmSync(temp, { force: true });
	}
}
