// Log interaction: one entry on each person's note, new names made contacts first, and
// the follow-up it was opened from ticked, all in one step: everything lands or nothing does.
import type { LogEntry } from '../domain/contactWrites';
import { baseName } from '../domain/links';
import type { FollowUpTask } from '../domain/snooze';
import { Draft } from './changes';
import { draftWrites, writeLabel, type Done, type PathWrite } from './contactEdits';
import type { ActionContext, Person } from './context';
import { draftPeople } from './newContact';
import type { Plan } from './runner';

export interface LogRequest {
	people: readonly Person[];
	entry: LogEntry;
	/** The follow-up the log was opened from, to tick in the same step. */
	done?: FollowUpTask;
}

export async function planLog(ctx: ActionContext, request: LogRequest): Promise<Plan<Done[]>> {
	const draft = new Draft(ctx.store);
	const { done } = request;
	// The tick first: it finds its line where the queue saw it, before the log moves it down.
	const tick: PathWrite[] = done ? [{ path: done.path, write: { op: 'complete', line: done.line, text: done.text, due: done.due } }] : [];
	const people = await draftPeople(ctx, draft, request.people);
	if (people.problems.length) return { ok: false, problems: people.problems };
	if (people.paths.length === 0) return { ok: false, problems: ['Nobody to log for; nothing was written'] };
	const write = { op: 'log' as const, entry: request.entry };
	const drafted = await draftWrites(draft, [...tick, ...people.paths.map((path) => ({ path, write }))], ctx);
	if (drafted.problems.length) {
		const untouched = [...new Set(drafted.done.map((d) => d.path).filter((p) => !draft.creates(p)))];
		return { ok: false, problems: drafted.problems, untouched };
	}
	const logs = drafted.done.filter((d) => d.write === write);
	const ticked = drafted.done.find((d) => d.write !== write);
	const said = [writeLabel(logs), newContacts(draft.created()), ticked ? `${baseName(ticked.path)}: ${ticked.said}` : ''];
	return {
		ok: true,
		draft,
		label: said.filter(Boolean).join('; '),
		said: drafted.done.map((d) => ({ path: d.path, said: d.said })),
		value: drafted.done,
	};
}

/** The contacts an action made, as its Notice says them: "new contacts: Ana Ruiz, Ben Adler"; empty for none. */
export function newContacts(paths: readonly string[]): string {
	return paths.length ? `new ${paths.length === 1 ? 'contact' : 'contacts'}: ${names(paths)}` : '';
}

/** Notes by name, as a Notice says them: "Ana Ruiz, Ben Adler". */
export function names(paths: readonly string[]): string {
	return paths.map(baseName).join(', ');
}
