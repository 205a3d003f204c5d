// Triage: new people (no tie, cadence or status) get a tie, or are let go as dormant, many
// at once as one undo step, so going through an import of 500 is one thing to take back.
import type { ContactWrite } from '../domain/contactWrites';
import { baseName } from '../domain/links';
import type { Tie } from '../domain/settings';
import { Draft } from './changes';
import { planWrites, type Done } from './contactEdits';
import type { ActionContext } from './context';
import type { Plan } from './runner';

/** One person's triage: a tie (`tie:` written), or dormant (`status: dormant`). */
export interface TriageChoice {
	path: string;
	tie: Tie | 'dormant';
}

const ORDER: readonly TriageChoice['tie'][] = ['strong', 'medium', 'weak', 'dormant'];

export async function planTriage(ctx: ActionContext, choices: readonly TriageChoice[]): Promise<Plan<Done[]>> {
	// The last choice for a person stands.
	const chosen = new Map<string, TriageChoice['tie']>();
	for (const choice of choices) chosen.set(choice.path, choice.tie);
	const draft = new Draft(ctx.store);
	if (chosen.size === 0) return { ok: true, draft, label: 'Nothing to triage.', value: [] };
	const writes = [...chosen].map(([path, tie]): { path: string; write: ContactWrite } => ({
		path,
		write: tie === 'dormant' ? { op: 'dormant' } : { op: 'tie', tie },
	}));
	return planWrites(ctx, draft, writes, (done) => triageLabel(done, chosen));
}

/** "Sam Rivera: tie strong", or "Triaged 3 people: 1 strong, 2 dormant". */
function triageLabel(done: readonly Done[], chosen: ReadonlyMap<string, TriageChoice['tie']>): string {
	const [first] = done;
	if (done.length === 1 && first) return `${baseName(first.path)}: ${first.write.op === 'tie' ? `tie ${first.write.tie}` : 'dormant'}`;
	const counts = ORDER.map((tie) => [tie, done.filter((d) => chosen.get(d.path) === tie).length] as const)
		.filter(([, n]) => n > 0)
		.map(([tie, n]) => `${n} ${tie}`);
	return `Triaged ${done.length} people: ${counts.join(', ')}`;
}
