// Log interaction: one entry on each person's note, new names made contacts first, and
// the follow-up it was opened from ticked, all in one step: everything lands or nothing does.
import type { LogEntry } from '../domain/contactWrites';
import { baseName } from '../domain/links';
import { unansweredAsk } from '../domain/queue';
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
	const unasked = nudgeRefusals(ctx.index, people.paths, request.entry);
	if (unasked.length)
		return {
			ok: false,
			problems: unasked.map((r) => r.problem),
			untouched: people.paths.filter((p) => !unasked.some((r) => r.path === p)),
		};
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

/**
 * A nudge follows up on an ask awaiting a reply: for each person with none on the nudge's
 * day (a new name has none), why it is refused. The Log form asks this before it closes,
 * so what was typed stays; the log refuses the same way in both hosts.
 */
export function nudgeRefusals(
	index: ActionContext['index'],
	paths: readonly string[],
	entry: Pick<LogEntry, 'nudge' | 'date'>,
): { path: string; problem: string }[] {
	if (!entry.nudge) return [];
	const refused: { path: string; problem: string }[] = [];
	for (const path of paths) {
		const contact = index.contact(path);
		const open =
			contact &&
			unansweredAsk(
				contact,
				index.timeline(path).filter((e) => e.date <= entry.date),
			);
		if (open && open.ask.date <= entry.date) continue;
		refused.push({ path, problem: `${contact?.name ?? baseName(path)} has no ask awaiting a reply to nudge; log it without the nudge` });
	}
	return refused;
}

/** The contacts an action made, as its Notice says them: "new contacts: Ana Ruiz, Ben Adler"; empty for none. */
export function newContacts(paths: readonly string[]): string {
	return paths.length ? `new ${paths.length === 1 ? 'contact' : 'contacts'}: ${names(paths)}` : '';
}

/** Notes by name, as a Notice says them: "Ana Ruiz, Ben Adler". */
export function names(paths: readonly string[]): string {
	return paths.map(baseName).join(', ');
}
