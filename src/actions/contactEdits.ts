// Edits of contact notes through the domain's pure writes (src/domain/contactWrites.ts),
// drafted note by note so one that refuses stops them all: dormant, tag, tick a follow-up,
// snooze, and the log every other action builds on.
import { applyWrite, type ContactWrite } from '../domain/contactWrites';
import { baseName } from '../domain/links';
import { NoteError } from './noteStore';
import type { Draft } from './changes';
import type { ActionContext } from './context';
import type { Plan } from './runner';

/** One write to one note. */
export interface PathWrite {
	path: string;
	write: ContactWrite;
}

/** A write drafted, and what it said it did. */
export interface Done extends PathWrite {
	said: string;
}

/**
 * Drafts each write on its note (two on one note, the second on the text the first
 * leaves); the ones that refuse, each named with why. Nothing is written here.
 */
export async function draftWrites(
	draft: Draft,
	writes: readonly PathWrite[],
	ctx: ActionContext,
): Promise<{ done: Done[]; problems: string[] }> {
	const done: Done[] = [];
	const problems: string[] = [];
	for (const { path, write } of writes) {
		let text: string | undefined;
		try {
			text = await draft.read(path);
		} catch (error) {
			problems.push(`${error instanceof NoteError ? error.message : String(error)}; nothing was written`);
			continue;
		}
		if (text === undefined) {
			problems.push(`${path} no longer exists; nothing was written`);
			continue;
		}
		const result = applyWrite(text, write, ctx.settings, ctx.today, ctx.parseYaml);
		if (!result.ok) {
			problems.push(`${path}: ${result.reason}`);
			continue;
		}
		draft.write(path, result.text);
		done.push({ path, write, said: result.said });
	}
	return { done, problems };
}

/**
 * The same write on each note (or one write per note), as one step named by `label`, or by
 * what the writes said: "Sam Rivera: marked dormant; it leaves the queue", "Snoozed 3 …".
 */
export async function planWrites(
	ctx: ActionContext,
	draft: Draft,
	writes: readonly PathWrite[],
	label?: string | ((done: readonly Done[]) => string),
): Promise<Plan<Done[]>> {
	const { done, problems } = await draftWrites(draft, writes, ctx);
	if (problems.length) return { ok: false, problems, untouched: [...new Set(done.map((d) => d.path))] };
	const named = typeof label === 'function' ? label(done) : (label ?? writeLabel(done));
	return { ok: true, draft, label: named, said: done.map((d) => ({ path: d.path, said: d.said })), value: done };
}

/**
 * What writes of one kind did: what it said for one note, "Sam Rivera: logged call on 21
 * Nov", or "Logged call for 2 contacts: Sam Rivera, Jo Park".
 */
export function writeLabel(done: readonly Done[]): string {
	const first = done[0];
	if (!first) return 'Nothing changed.';
	if (done.length === 1) return `${baseName(first.path)}: ${first.said}`;
	return `${describe(first.write)} for ${done.length} contacts: ${done.map((d) => baseName(d.path)).join(', ')}`;
}

function describe(write: ContactWrite): string {
	switch (write.op) {
		case 'log':
			return `Logged ${write.entry.kind}`;
		case 'snooze':
			return 'Snoozed';
		case 'dormant':
			return 'Marked dormant';
		case 'tie':
			return `Set tie ${write.tie}`;
		case 'tag':
			return `Tagged #${write.tag.replace(/^#/, '')}`;
		case 'complete':
			return 'Done';
		case 'reschedule':
			return 'Moved';
		case 'fill':
			return 'Filled in';
		case 'job':
			return 'New job';
	}
}
