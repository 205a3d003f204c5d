// `rapport triage`: the new people (no tie, cadence or status) who wait to be given a tie,
// listed; or, with --tie, given one (or let go as dormant), all in one step, by the
// plugin's triage action. An import of 500 connections is triaged with --all.
import { computeQueue, type UntriagedContact } from '../domain/queue';
import { formatTime, type Day } from '../domain/day';
import { TIES, type Tie } from '../domain/settings';
import { listed } from '../domain/words';
import { propertiesUnread } from '../index/noteRecord';
import { cliActions, reportOutcome } from './cliActions';
import { findContacts, namesOption } from './findContacts';
import { namesakeLabels, type NameLabel } from '../domain/namesakes';
import { moreLine, nameColumn, pad, shellWord } from './format';
import type { Io } from './io';
import { toJson } from './json';
import type { OpenVault } from './openVault';
import { UsageError, limitOption, type Values } from './usage';

const CHOICES: readonly (Tie | 'dormant')[] = [...TIES, 'dormant'];

export interface TriageRequest {
	/** Who to give the tie: names, or every untriaged person with `all`. */
	names: string[];
	all: boolean;
	tie?: Tie | 'dormant';
	/** How many of the people waiting the list shows (the rest counted). */
	limit: number;
	today: Day;
	time: string;
	json: boolean;
}

export function triageRequest(values: Values, today: Day, now: Date): TriageRequest {
	const names = namesOption(values.contact);
	const all = values.all === true;
	const raw = values.tie?.trim().toLowerCase();
	if (raw !== undefined && !(CHOICES as readonly string[]).includes(raw))
		throw new UsageError(`--tie expects ${listed(CHOICES, 'or')}, got '${values.tie ?? ''}'`);
	const tie = raw as Tie | 'dormant' | undefined;
	if (tie === undefined && (names.length > 0 || all))
		throw new UsageError(`--tie is required with ${all ? '--all' : '--contact'}: ${listed(CHOICES, 'or')}`);
	if (tie !== undefined && names.length === 0 && !all) throw new UsageError('--tie needs --contact NAME, or --all for everyone waiting');
	if (all && names.length > 0) throw new UsageError('give --contact or --all, not both');
	if (tie !== undefined && values.limit !== undefined)
		throw new UsageError('--limit cuts the list of people waiting; with --tie, triage prints every note it writes');
	return { names, all, tie, limit: limitOption(values), today, time: formatTime(now), json: values.json === true };
}

export async function runTriage(request: TriageRequest, vault: OpenVault, io: Io): Promise<number> {
	const waiting = computeQueue(vault.index, request.today, vault.config.settings).untriaged;
	const { tie } = request;
	if (tie === undefined) {
		io.out(
			request.json
				? toJson(waiting)
				: untriagedText(
						waiting,
						vault.config.settings.triageNewPeople,
						namesakeLabels(vault.index.contacts()),
						vault.source.root,
						request.limit,
					),
		);
		return 0;
	}
	const paths = request.all ? waiting.map((p) => p.path) : findContacts(request.names, vault, io);
	if (!paths) return 1;
	// Triage gives new people their first tie; someone set up already is not overwritten by it.
	// One whose properties Rapport could not read is not known to be set up: the write
	// refuses it, and says why (properties that don't parse, or are never closed).
	let settled = paths.filter((path) => !waiting.some((p) => p.path === path));
	if (settled.length > 0) {
		const unread = new Set(vault.index.problems().flatMap((p) => (propertiesUnread(p.message) ? [p.path] : [])));
		settled = settled.filter((path) => !unread.has(path));
	}
	if (settled.length > 0) {
		const names = settled.map((path) => vault.index.contact(path)?.name ?? path);
		io.err(
			`rapport: ${listed(names, 'and')} ${names.length === 1 ? 'is' : 'are'} not waiting to be triaged (a tie, cadence or status is set); ` +
				'nothing was written. To change a tie, edit the `tie` property in the note.',
		);
		return 1;
	}
	if (paths.length === 0) {
		io.out(
			request.json ? toJson({ message: 'Nobody is waiting to be triaged.', written: [], created: [] }) : 'Nobody is waiting to be triaged.',
		);
		return 0;
	}
	return reportOutcome(await cliActions(vault, request.today, request.time).triage(paths.map((path) => ({ path, tie }))), io, request.json);
}

/** The people waiting, a line each, with what to type next. */
function untriagedText(waiting: readonly UntriagedContact[], triaging: boolean, told: NameLabel, vault: string, limit: number): string {
	if (!triaging) return 'Triage is off (triageNewPeople: false): people with no tie use the medium cadence.';
	if (waiting.length === 0) return 'Nobody is waiting to be triaged: every contact has a tie, a cadence or a status.';
	// Namesakes as the queue tells them apart: the label printed is one --contact takes.
	const shown = waiting.slice(0, limit);
	const { labels: names, width } = nameColumn(shown, told);
	const lines = shown.map((p, i) => {
		const where = [p.met ? `met ${p.met}` : '', p.connected ? `connected ${p.connected}` : ''].filter(Boolean).join(' · ');
		const what = [p.role, p.company].filter(Boolean).join(' at ');
		return `  ${pad(names[i] ?? p.name, width)}  ${[what, where].filter(Boolean).join(' · ')}`.trimEnd();
	});
	const count = waiting.length === 1 ? '1 new person waits' : `${waiting.length} new people wait`;
	return [
		`${count} for a tie (no tie, cadence or status; not in the queue until then):`,
		...lines,
		...moreLine(waiting.length, limit),
		'',
		`Give them one: rapport triage --vault ${shellWord(vault)} --contact NAME --tie strong|medium|weak|dormant (or --all for everyone).`,
	].join('\n');
}
