// The "Reach out" block in a dated note: the day's queue as ticked-off lines, added once.
import { baseName } from '../domain/links';
import { addReachOut, hasReachOut } from '../domain/reachOut';
import { Draft } from './changes';
import type { ActionContext } from './context';
import type { Plan } from './runner';

/** Adds the block to the note; the value says whether it was added. */
export async function planReachOuts(ctx: ActionContext, path: string, lines: readonly string[]): Promise<Plan<boolean>> {
	const draft = new Draft(ctx.store);
	const text = await draft.read(path);
	if (text === undefined) return { ok: false, problems: [`${path} no longer exists; nothing was written`] };
	const name = baseName(path);
	const added = addReachOut(text, lines);
	if (added === undefined)
		return { ok: true, draft, label: hasReachOut(text) ? `${name} has a Reach out block already.` : 'Nothing was added.', value: false };
	draft.write(path, added);
	return { ok: true, draft, label: `Added reach-outs to ${name}`, value: true };
}
