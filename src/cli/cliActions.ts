// The actions (src/actions) as the CLI runs them: over the vault folder's atomic note store,
// with the index the command built, and their outcomes said on stdout and stderr.
import { Actions } from '../actions/actions';
import { ActionRunner, type Outcome } from '../actions/runner';
import type { Day } from '../domain/day';
import { listed } from '../domain/words';
import { formatDate } from './dates';
import { DiskNoteStore } from './diskNoteStore';
import { parseYaml } from './diskSource';
import type { Io } from './io';
import type { OpenVault } from './openVault';

export function cliActions(vault: OpenVault, today: Day, time: string): Actions {
	const store = new DiskNoteStore(vault.source.root);
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
