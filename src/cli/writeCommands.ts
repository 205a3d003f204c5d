// The CLI's two commands that write: `log` adds an interaction to the notes of the
// contacts it names, and `new-contact` creates one note. Both are the actions the plugin
// runs (src/actions), over the vault folder's atomic note store: everything is checked
// before anything is written, and a call that fails leaves the vault as it was.
import type { LogEntry } from '../domain/contactWrites';
import { formatDay, formatTime, type Day } from '../domain/day';
import { INTERACTION_KINDS, isInteractionKind } from '../domain/interactions';
import { baseName } from '../domain/links';
import { contactDisplayName, personNoteName, type NewContact } from '../domain/newContact';
import { TIES, type Tie } from '../domain/settings';
import { listed } from '../domain/words';
import { cliActions, reportRefusal } from './cliActions';
import { findContacts, namesOption } from './findContacts';
import type { Io } from './io';
import { toJson } from './json';
import type { OpenVault } from './openVault';
import { dayOption, UsageError, type Values } from './usage';

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
	if (values.gave && values.asked)
		throw new UsageError('--gave and --asked do not go together; log the give and the ask as two interactions');
	if (values.nudge && (values.gave || values.asked))
		throw new UsageError(`--nudge does not go with --${values.gave ? 'gave' : 'asked'}: a nudge follows up on the ask logged before`);
	if (values.nudge && values.awaiting)
		throw new UsageError('--nudge and --awaiting do not go together: the nudge follows up on the ask already awaiting a reply');
	const followUp = values['follow-up'];
	if (followUp !== undefined && values.due === undefined) throw new UsageError('--follow-up needs --due YYYY-MM-DD');
	if (values.due !== undefined && followUp === undefined) throw new UsageError('--due needs --follow-up TEXT');
	if (followUp !== undefined && !followUp.trim()) throw new UsageError('--follow-up needs the task in words');
	const date = values.date === undefined ? today : dayOption('date', values.date);
	// A log records what happened; a plan for later is a follow-up.
	if (date > today)
		throw new UsageError(`--date ${formatDay(date)} is after today (${formatDay(today)}); use --follow-up for what is still to come`);
	const entry: LogEntry = {
		date,
		kind,
		summary: values.summary,
		gave: values.gave === true,
		asked: values.asked === true,
		awaiting: values.awaiting === true,
		nudge: values.nudge === true,
	};
	if (followUp !== undefined && values.due !== undefined) entry.followUp = { text: followUp, due: dayOption('due', values.due) };
	return { names, entry, today, json: values.json === true };
}

export async function runLog(request: LogRequest, vault: OpenVault, io: Io, now: Date): Promise<number> {
	const paths = findContacts(request.names, vault, io);
	if (!paths) return 1;
	const outcome = await cliActions(vault, request.today, formatTime(now)).log({
		people: paths.map((path) => ({ path, name: baseName(path) })),
		entry: request.entry,
	});
	if (!outcome.ok) {
		reportRefusal(outcome, io);
		return 1;
	}
	const written = outcome.said;
	if (written.length > 0 || request.json)
		io.out(request.json ? toJson({ written }) : written.map((w) => `${w.path}: ${w.said}`).join('\n'));
	// Logged all the same, but the queue will not show them: say so rather than leave them to wonder.
	for (const { path } of written) {
		const contact = vault.index.contact(path);
		if (contact && contact.status !== 'active')
			io.err(`${contact.name} is ${contact.status}: logged; ${contact.status} contacts stay out of the queue`);
	}
	return 0;
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
	if (!personNoteName(name)) throw new UsageError(`--name '${values.name}' has nothing left to name a note with`);
	const tie = values.tie?.trim().toLowerCase();
	if (tie !== undefined && !(TIES as readonly string[]).includes(tie))
		throw new UsageError(`--tie expects ${listed(TIES, 'or')}, got '${values.tie ?? ''}'`);
	const input: NewContact = { name };
	if (values.company?.trim()) input.company = values.company.trim();
	if (tie) input.tie = tie as Tie;
	if (values.met?.trim()) input.met = values.met.trim();
	return { input, time: formatTime(now), json: values.json === true };
}

export async function runNewContact(request: NewContactRequest, vault: OpenVault, today: Day, io: Io): Promise<number> {
	const outcome = await cliActions(vault, today, request.time).newContact(request.input);
	const made = outcome.value;
	if (!outcome.ok || !made) {
		reportRefusal(outcome, io);
		return 1;
	}
	// Never overwrite: not the note at that path, nor a contact of that name anywhere else.
	if (made.existing) {
		// The action's words, as the plugin's Notice has them.
		io.err(`rapport: ${outcome.message}; nothing was written`);
		return 1;
	}
	io.out(request.json ? toJson({ created: made.path }) : made.path);
	return 0;
}
