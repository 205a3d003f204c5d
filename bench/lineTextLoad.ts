// What the plugin's start-up read of line text costs when it comes from storage: the notes
// the metadata-cache port reads (a contact with a list item under a heading Rapport reads or
// a task, a meeting note with tasks, a note with an open task linking someone), read from the
// vault on disk in the port's batches with a pause between, as `loadLineText` does.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isContact, isMeeting } from '../src/domain/recognition';
import type { RapportSettings } from '../src/domain/settings';
import { sectionItems } from '../src/index/noteRecord';
import type { NoteSnapshot } from '../src/index/port';

// The port's own batch size (src/obsidian/metadataCacheSource.ts).
const READ_BATCH = 250;

function wanted(snapshot: NoteSnapshot, settings: RapportSettings): boolean {
	if (snapshot.listItems.length === 0) return false;
	if (isContact(snapshot, settings))
		return snapshot.listItems.some((item) => item.task !== undefined) || sectionItems(snapshot).some((item) => item.section !== 'other');
	if (snapshot.frontmatter && isMeeting(snapshot.frontmatter, settings)) return snapshot.listItems.some((item) => item.task !== undefined);
	const open = new Set(snapshot.listItems.filter((i) => i.task !== undefined && i.task !== 'x' && i.task !== 'X').map((i) => i.line));
	return snapshot.links.some((link) => open.has(link.line));
}

/** Milliseconds to read every wanted note from `root`, and how many there were. */
export async function lineTextLoad(
	root: string,
	snapshots: Iterable<NoteSnapshot>,
	settings: RapportSettings,
): Promise<{ ms: number; notes: number }> {
	const paths = [...snapshots].filter((s) => wanted(s, settings)).map((s) => s.path);
	const start = performance.now();
	for (let from = 0; from < paths.length; from += READ_BATCH) {
		if (from > 0) await new Promise((resolve) => setImmediate(resolve));
		await Promise.all(paths.slice(from, from + READ_BATCH).map((path) => readFile(join(root, path), 'utf8')));
	}
	return { ms: performance.now() - start, notes: paths.length };
}
