// The synthetic vault as the index sees it in the plugin: snapshots already made, so the
// index timings measure the index and not Markdown or YAML parsing.
import { parseYaml } from '../src/cli/frontmatter';
import { scanNote } from '../src/cli/scanNote';
import type { NoteSnapshot, NoteSource } from '../src/index/port';
import type { SyntheticNote } from './synthetic';

export class MemorySource implements NoteSource {
	private readonly notes = new Map<string, NoteSnapshot>();

	constructor(snapshots: Iterable<NoteSnapshot>) {
		for (const snapshot of snapshots) this.notes.set(snapshot.path, snapshot);
	}

	paths(): Iterable<string> {
		return this.notes.keys();
	}

	read(path: string): NoteSnapshot | undefined {
		return this.notes.get(path);
	}

	/** A note changed, as the metadata cache would report it; the path keeps its place. */
	set(snapshot: NoteSnapshot): void {
		this.notes.set(snapshot.path, snapshot);
	}

	snapshots(): Iterable<NoteSnapshot> {
		return this.notes.values();
	}
}

/** The same scanner and YAML reader as the CLI, so both forms hold the same notes. */
export function snapshotOf(note: SyntheticNote): NoteSnapshot {
	return scanNote(note.path, note.text, parseYaml);
}
