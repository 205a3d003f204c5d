// Snooze as "not before this day", by each row's rule (src/domain/snooze.ts): a cadence
// row (or a contact's path, from the command) gets `next_follow_up` only when that is later
// than they are due now; a follow-up row has its task moved when it is owed before that
// day; the other rows are skipped. One step; the label counts what was done and skipped.
import type { ContactWrite } from '../domain/contactWrites';
import { humanDay, type Day } from '../domain/day';
import { baseName } from '../domain/links';
import { itemsAheadFor, type QueueItem } from '../domain/queue';
import { followUpSnooze, snoozeMove } from '../domain/snooze';
import { Draft } from './changes';
import { planWrites, type Done } from './contactEdits';
import type { ActionContext } from './context';
import type { Plan } from './runner';

/** What a snooze is for: a queue row (by its own rule), or a contact's path (its cadence). */
export type SnoozeTarget = QueueItem | string;

export async function planSnooze(ctx: ActionContext, targets: readonly SnoozeTarget[], until: Day): Promise<Plan<Done[]>> {
	const { index, today } = ctx;
	const writes: { path: string; write: ContactWrite; what: string }[] = [];
	const skipped: string[] = [];
	const seen = new Set<string>();
	for (const target of targets) {
		const item = typeof target === 'string' ? undefined : target;
		const path = item?.path ?? (target as string);
		const name = item?.name ?? index.contact(path)?.name ?? baseName(path);
		const move = item ? snoozeMove(item) : { kind: 'cadence' as const };
		const key = move.kind === 'follow-up' ? `${move.task.path}:${move.task.line}` : `${move.kind}:${path}`;
		if (seen.has(key)) continue;
		seen.add(key);
		if (move.kind === 'none') {
			skipped.push(targets.length === 1 ? move.why : `${name}: ${move.why.charAt(0).toLowerCase()}${move.why.slice(1)}`);
		} else if (move.kind === 'cadence') {
			const due = cadenceDue(ctx, path);
			const status = index.contact(path)?.status;
			// A dormant or archived contact is out of the queue: no day to put off.
			if (status === 'dormant' || status === 'archived') skipped.push(`${name} is ${status}, out of the queue`);
			else if (due !== undefined && due >= until) skipped.push(`${name} is not due until ${humanDay(due, today)}`);
			else writes.push({ path, write: { op: 'snooze', until }, what: name });
		} else {
			const snoozed = followUpSnooze(move.task, until);
			if ('write' in snoozed) writes.push({ path: move.task.path, write: snoozed.write, what: `${name}'s follow-up` });
			else skipped.push(`${name}'s follow-up '${move.task.text}' is not due until ${humanDay(snoozed.owedFrom, today)}`);
		}
	}
	const draft = new Draft(ctx.store);
	if (writes.length === 0) {
		const label = skipped.length === 1 ? `${skipped[0] ?? ''}; nothing to snooze.` : `Nothing to snooze: ${skipped.join('; ')}.`;
		return { ok: true, draft, label, value: [] };
	}
	const label = (done: readonly Done[]): string =>
		writes.length === 1
			? `${writes[0]?.what ?? ''}: ${done[0]?.said ?? ''}`
			: `Snoozed ${done.length} until ${humanDay(until, today)}: ${writes.map((w) => w.what).join(', ')}`;
	const plan = await planWrites(ctx, draft, writes, label);
	if (plan.ok && skipped.length) plan.remark = `Skipped ${skipped.length}: ${skipped.join('; ')}.`;
	return plan;
}

/** The day a contact is due by cadence (or `next_follow_up`, or since they began drifting) now, however far ahead. */
function cadenceDue(ctx: ActionContext, path: string): Day | undefined {
	const contact = ctx.index.contact(path);
	if (!contact) return undefined;
	const items = itemsAheadFor(contact, ctx.index, ctx.today, ctx.settings);
	// Drifting, they are due now (since the drift began), whatever the cadence says.
	return (items.find((item) => item.kind === 'drift') ?? items.find((item) => item.kind === 'cadence'))?.due;
}
