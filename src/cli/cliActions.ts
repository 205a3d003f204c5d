// The actions (src/actions) as the CLI runs them: over the vault folder's atomic note store,
// with the index the command built, and their outcomes said on stdout and stderr.
import { Actions } from '../actions/actions';
import { ActionRunner, type Outcome } from '../actions/runner';
import type { Day } from '../domain/day';
import { listed } from '../domain/words';
import { formatDate } from './dates';
import { DiskNoteStore, type DiskStoreOptions } from './diskNoteStore';
import { parseYaml } from './frontmatter';
import type { Io } from './io';
import { toJson } from './json';
import type { OpenVault } from './openVault';

export function cliActions(vault: OpenVault, today: Day, time: string, options: DiskStoreOptions = {}): Actions {
	const store = new DiskNoteStore(vault.source.root, options);
	return new Actions(new ActionRunner(store), () => ({
		store,
		index: vault.index,
		settings: vault.config.settings,
		today,
		time,
		formatDate,
		parseYaml,
		properties: (path) => vault.source.read(path)?.frontmatter,
		datedNotes: vault.datedNotes,
	}));
}

/**
 * Says why nothing was written: each problem on its own line, then the notes that would
 * have taken the change (`then`, what else was not made: "no meeting note created").
 */
export function reportRefusal(outcome: Outcome<unknown>, io: Io, then?: string): void {
	for (const problem of outcome.problems) io.err(`rapport: ${problem}`);
	const either = outcome.untouched.length ? `nothing written to ${listed(outcome.untouched)} either` : '';
	const rest = [then, either].filter(Boolean).join(', and ');
	if (rest) io.err(`rapport: ${rest}`);
}

/**
 * What a write command did, and its exit code: on stdout each note written and what was
 * done to it (or, when nothing was, why), as JSON when asked; what was left out on stderr.
 * Nothing to do is no failure: the action did what it could, and said why.
 */
export function reportOutcome(outcome: Outcome<unknown>, io: Io, json: boolean): number {
	if (!outcome.ok) {
		reportRefusal(outcome, io);
		return 1;
	}
	if (json) {
		// A note whose write changed nothing ("archived already; left as it is") was not written.
		const words = ({ path, said }: { path: string; said: string }): { path: string; said: string } => ({ path, said });
		io.out(
			toJson({
				message: outcome.message,
				written: outcome.said.filter((s) => !s.unchanged).map(words),
				unchanged: outcome.said.filter((s) => s.unchanged).map(words),
				created: outcome.created,
				remark: outcome.remark,
			}),
		);
	} else {
		// A note made and written to is one line: "People/Ana Ruiz.md: created; logged event on 3 Nov".
		const created = new Set(outcome.created);
		const lines = outcome.said.map(({ path, said }) => `${path}: ${created.has(path) ? 'created; ' : ''}${said}`);
		for (const path of outcome.created) if (!outcome.said.some((w) => w.path === path)) lines.push(`${path}: created`);
		io.out(lines.length > 0 ? lines.join('\n') : outcome.message);
	}
	if (outcome.remark) io.err(outcome.remark);
	return 0;
}
