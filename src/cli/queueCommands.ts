// What the queue's rows offer, from the CLI: `snooze` (a contact's cadence, or one of their
// follow-ups, not before a day), `dormant`, and `done` (tick one open follow-up). Each is
// the plugin's action (src/actions), found by name and words instead of by a row picked:
// a follow-up is one of the person's open ones, wherever it is written, matched by its words.
import { addDays, addMonthsToDay, formatDay, formatTime, type Day } from '../domain/day';
import { baseName, readableReason, typedTarget } from '../domain/links';
import { itemsAheadFor, type QueueItem } from '../domain/queue';
import { openFollowUps, type OpenFollowUp } from '../domain/reachOut';
import { foldName as fold, listed } from '../domain/words';
import { cliActions, reportOutcome } from './cliActions';
import { findContacts, namesOption } from './findContacts';
import type { Io } from './io';
import type { OpenVault } from './openVault';
import { dayOption, UsageError, type Values } from './usage';

interface Request {
	names: string[];
	today: Day;
	/** `HH:mm`, for the actions' context. */
	time: string;
	json: boolean;
}

/** Which follow-up: some of its words, and its due day or its note when two say the same. */
interface FollowUpWords {
	words: string;
	due?: Day;
	/** The note it is in, by path or name (`Meetings/2026-11-19 Sync`). */
	note?: string;
}

function contactsOption(values: Values): string[] {
	const names = namesOption(values.contact);
	if (names.length === 0) throw new UsageError('--contact NAME is required');
	return names;
}

/** `--follow-up TEXT [--due YYYY-MM-DD] [--note NOTE]` as picking words; undefined when not given. */
function followUpOption(values: Values): FollowUpWords | undefined {
	const words = values['follow-up'];
	const note = values.note?.trim();
	if (words === undefined) {
		if (values.due !== undefined) throw new UsageError('--due needs --follow-up TEXT: it tells apart two follow-ups with the same words');
		if (note !== undefined) throw new UsageError('--note needs --follow-up TEXT: it tells apart two follow-ups with the same words');
		return undefined;
	}
	if (!words.trim()) throw new UsageError('--follow-up needs some of the follow-up’s words');
	if (note === '') throw new UsageError('--note needs the note the follow-up is in, by its path or name');
	return {
		words: words.trim(),
		...(values.due === undefined ? {} : { due: dayOption('due', values.due) }),
		...(note === undefined ? {} : { note }),
	};
}

/** Whether a note is the one meant: its path or its name, with or without `.md`, or a `[[link]]` to it, case aside. */
function isNote(path: string, meant: string): boolean {
	const bare = (text: string): string => fold(text.replace(/\.md$/i, ''));
	const wanted = bare(typedTarget(meant));
	return wanted === bare(path) || wanted === bare(baseName(path));
}

export interface SnoozeRequest extends Request {
	until: Day;
	followUp?: FollowUpWords;
}

// `3d`, `1w`, `2 weeks`, `1m`, `1 month`, `1y`: the spans a cadence takes.
const SPAN = /^(\d{1,4}) ?(d|days?|w|weeks?|m|months?|y|years?)$/i;

export function snoozeRequest(values: Values, today: Day, now: Date): SnoozeRequest {
	const names = contactsOption(values);
	if ((values.until === undefined) === (values.for === undefined))
		throw new UsageError(
			values.until === undefined ? 'snooze needs --until YYYY-MM-DD or --for SPAN (1w, 1m)' : 'give --until or --for, not both',
		);
	let until: Day;
	if (values.for !== undefined) {
		const span = SPAN.exec(values.for.trim());
		const count = Number(span?.[1] ?? 0);
		if (!span || count === 0) throw new UsageError(`--for expects a span such as 3d, 1w, 2w, 1m or 1y, got '${values.for}'`);
		const unit = (span[2] ?? 'd').charAt(0).toLowerCase();
		const months = unit === 'y' ? 12 * count : unit === 'm' ? count : 0;
		until = months > 0 ? addMonthsToDay(today, months) : addDays(today, unit === 'w' ? 7 * count : count);
	} else {
		until = dayOption('until', values.until ?? '');
		if (until <= today)
			throw new UsageError(`--until ${formatDay(until)} is not after today (${formatDay(today)}); snooze means not before that day`);
	}
	const followUp = followUpOption(values);
	if (followUp && names.length > 1) throw new UsageError('--follow-up picks a follow-up of one contact; give one --contact');
	return { names, until, followUp, today, time: formatTime(now), json: values.json === true };
}

export async function runSnooze(request: SnoozeRequest, vault: OpenVault, io: Io): Promise<number> {
	const paths = findContacts(request.names, vault, io);
	if (!paths) return 1;
	const [path] = paths;
	let targets: (string | QueueItem)[] = paths;
	if (request.followUp && path !== undefined) {
		const picked = pickFollowUp(vault, path, request.followUp, io);
		if (!picked) return 1;
		const contact = vault.index.contact(path);
		// The queue's row for it, however far ahead: what the plugin's Snooze is given.
		const row = contact
			? itemsAheadFor(contact, vault.index, request.today, vault.config.settings).find(
					(item) => item.kind === 'follow-up' && (item.source ?? item.path) === picked.path && item.line === picked.line,
				)
			: undefined;
		if (!row) {
			io.err(
				picked.due === undefined
					? `rapport: '${readableReason(picked.text)}' has no due date, so the queue never shows it and there is nothing ` +
							`to snooze; give it one in ${picked.path}`
					: `rapport: '${readableReason(picked.text)}' is not in ${contact?.name ?? baseName(path)}'s queue, so there is nothing to snooze`,
			);
			return 1;
		}
		targets = [row];
	}
	const outcome = await cliActions(vault, request.today, request.time).snooze(targets, request.until);
	return reportOutcome(outcome, io, request.json);
}

export type DormantRequest = Request;

export function dormantRequest(values: Values, today: Day, now: Date): DormantRequest {
	return { names: contactsOption(values), today, time: formatTime(now), json: values.json === true };
}

export async function runDormant(request: DormantRequest, vault: OpenVault, io: Io): Promise<number> {
	const paths = findContacts(request.names, vault, io);
	if (!paths) return 1;
	return reportOutcome(await cliActions(vault, request.today, request.time).markDormant(paths), io, request.json);
}

export interface DoneRequest extends Request {
	followUp: FollowUpWords;
}

export function doneRequest(values: Values, today: Day, now: Date): DoneRequest {
	const names = contactsOption(values);
	if (names.length > 1) throw new UsageError('done ticks a follow-up of one contact; give one --contact');
	const followUp = followUpOption(values);
	if (!followUp) throw new UsageError('--follow-up TEXT is required: some words of the follow-up to tick');
	return { names, followUp, today, time: formatTime(now), json: values.json === true };
}

export async function runDone(request: DoneRequest, vault: OpenVault, io: Io): Promise<number> {
	const paths = findContacts(request.names, vault, io);
	if (!paths) return 1;
	if (paths.length > 1) {
		io.err(`rapport: '${request.names.join(', ')}' names ${listed(paths)}; done ticks a follow-up of one contact`);
		return 1;
	}
	const [path] = paths;
	const picked = path === undefined ? undefined : pickFollowUp(vault, path, request.followUp, io);
	if (!picked) return 1;
	const outcome = await cliActions(vault, request.today, request.time).completeFollowUp(
		picked,
		`Ticked '${picked.text}' in ${baseName(picked.path)}`,
	);
	return reportOutcome(outcome, io, request.json);
}

/**
 * The one open follow-up of a contact the words mean: their own or a meeting note's, the
 * same words before some of them, the due day telling apart two alike. The words may be
 * copied from the queue's text, its links as they read ("Sam"), or from the note, as
 * written (`[[Sam Rivera|Sam]]`). None or several is said, with what there is to choose from.
 */
function pickFollowUp(vault: OpenVault, path: string, wanted: FollowUpWords, io: Io): OpenFollowUp | undefined {
	const contact = vault.index.contact(path);
	const name = contact?.name ?? baseName(path);
	const open = contact ? openFollowUps(contact, vault.index.timeline(path), vault.index.linkedFollowUps(path)) : [];
	// Words copied from a reason the queue cut short end in `…`: what is before it is what counts.
	const words = fold(withoutEllipsis(wanted.words));
	const says = (f: OpenFollowUp): string[] => [fold(f.text), fold(readableReason(f.text))];
	const same = open.filter((f) => says(f).includes(words));
	const some = same.length > 0 ? same : open.filter((f) => says(f).some((text) => text.includes(words)));
	const { due, note } = wanted;
	const found = some.filter((f) => (due === undefined || f.due === due) && (note === undefined || isNote(f.path, note)));
	const [one] = found;
	if (one && found.length === 1) return one;
	const shown = (list: readonly OpenFollowUp[]): string =>
		listed(list.slice(0, 5).map(describe)) + (list.length > 5 ? ` and ${list.length - 5} more` : '');
	if (found.length > 1) io.err(`rapport: '${wanted.words}' could be any of ${name}'s follow-ups ${shown(found)}; ${howToPick(found)}`);
	else if (open.length === 0) io.err(`rapport: ${name} has no open follow-ups`);
	else {
		const where = [due === undefined ? '' : ` due ${formatDay(due)}`, note === undefined ? '' : ` in ${note}`].join('');
		io.err(`rapport: ${name} has no open follow-up saying '${wanted.words}'${where}; theirs: ${shown(open)}`);
	}
	return undefined;
}

/** What tells apart follow-ups the words fit: more words, their due day, or the note each is in. */
function howToPick(found: readonly OpenFollowUp[]): string {
	const differ = (of: (f: OpenFollowUp) => unknown): boolean => new Set(found.map(of)).size > 1;
	if (differ((f) => fold(f.text))) return 'give more of its words';
	const options = [differ((f) => f.due) ? '--due YYYY-MM-DD' : '', differ((f) => f.path) ? '--note NOTE (the note it is in)' : ''];
	const ways = options.filter(Boolean);
	return ways.length > 0 ? `give ${ways.join(' or ')} to pick one` : 'they read the same in one note, due the same day: tick one there';
}

/** Words less a trailing `…` (or `...`), as a reason cut short ends. */
function withoutEllipsis(words: string): string {
	const trimmed = words.trimEnd();
	const end = trimmed.endsWith('…') ? 1 : trimmed.endsWith('...') ? 3 : 0;
	return trimmed.slice(0, trimmed.length - end);
}

function describe(followUp: OpenFollowUp): string {
	const due = followUp.due === undefined ? 'no date' : `due ${formatDay(followUp.due)}`;
	return `'${readableReason(followUp.text)}' (${due}, ${followUp.path})`;
}
