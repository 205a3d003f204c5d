// What an import did, in one sentence for its Notice: how many people, how many new and how
// many filled in, and how many of them wait in triage (imported people have no tie yet).
/** What the import action says it did (src/actions/importContacts.ts). */
export interface ImportCounts {
	created: readonly string[];
	updated: readonly string[];
	changed: readonly string[];
	untriaged: number;
}

function people(count: number): string {
	return count === 1 ? '1 person' : `${count} people`;
}

/** "Imported 42 people: 30 new, 12 updated. 30 wait in triage." */
export function importSummary(done: ImportCounts): string {
	const created = new Set(done.created);
	// A note whose company moved is updated too, and counted once.
	const updated = new Set([...done.updated, ...done.changed].filter((path) => !created.has(path)));
	const total = created.size + updated.size;
	if (total === 0) return 'Imported nobody: every note was left out or already up to date.';
	const parts = [created.size ? `${created.size} new` : '', updated.size ? `${updated.size} updated` : ''].filter(Boolean);
	const waiting = done.untriaged === 0 ? '' : ` ${done.untriaged} ${done.untriaged === 1 ? 'waits' : 'wait'} in triage.`;
	return `Imported ${people(total)}: ${parts.join(', ')}.${waiting}`;
}
