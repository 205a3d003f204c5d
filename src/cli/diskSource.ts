// The index's port over a vault folder on disk, for the CLI. Frontmatter is read with
// gray-matter (src/cli/frontmatter.ts); everything else with the same scanner as every note.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { NoteSnapshot, NoteSource } from '../index/port';
import type { RapportSettings } from '../domain/settings';
import { parseYaml, parseYamlFor } from './frontmatter';
import { decodeNote, readNoteText, realRoot } from './noteFiles';
import { blockMayMatter, propertiesMatter, type PropertiesMatter } from './notesThatMatter';
import { ReadAhead, readAheadFrom as readAheadDefault } from './readAhead';
import { datedReader } from './scanDated';
import { scanNote } from './scanNote';

export interface UnreadableNote {
	path: string;
	message: string;
}

export class DiskSource implements NoteSource {
	private readonly problems = new Map<string, string>();
	/** Notes the walk saw as regular files (no link, pipe or folder), not yet read. */
	private readonly plainFiles = new Set<string>();
	private readonly real: string;
	/** The vault folder as the start of a note's file path: a walk's path appended is its file. */
	private readonly prefix: string;
	/**
	 * The text the lean read of a dated note read and handed on to the full read (or found
	 * unreadable: undefined), so the note is read from disk once, not twice.
	 */
	private held?: { path: string; text: string | undefined };
	/** The notes' texts on their way from a second thread, for the build's reads. */
	private ahead?: ReadAhead;
	/** How a note's properties are read: by the names the settings read, once `readNamesOf` is called. */
	private parse: (yaml: string) => unknown = parseYaml;
	/** Told after each note the build reads, with how many of the walk's notes that makes. */
	onRead?: (read: number, of: number) => void;
	private walked = 0;
	private readSoFar = 0;

	constructor(
		readonly root: string,
		private readonly configDir = '.obsidian',
		/** From how many notes a build reads ahead on a second thread (src/cli/readAhead.ts). */
		private readonly readAheadFrom = readAheadDefault(),
	) {
		this.real = realRoot(root);
		// `join` with a one-letter name, less that letter: `vault/`, or nothing for `.`.
		this.prefix = join(root, '_').slice(0, -1);
	}

	/** Notes and folders that could not be read, each once, however often it was tried. */
	get unreadable(): UnreadableNote[] {
		return [...this.problems].map(([path, message]) => ({ path, message }));
	}

	/** The vault's notes, in name order, found by one walk of its folders now. */
	paths(): string[] {
		const found: string[] = [];
		this.walk('', found);
		return found;
	}

	/** `readingAhead`: start the thread as soon as the walk has seen enough notes to want it. */
	private walk(folder: string, found: string[], readingAhead = false): void {
		let entries;
		try {
			entries = readdirSync(join(this.root, folder), { withFileTypes: true });
		} catch (error) {
			this.problems.set(folder || '.', `folder can't be read: ${(error as Error).message}`);
			return;
		}
		entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		for (const entry of entries) {
			// Obsidian ignores dot-folders: its config, .trash, .git.
			if (entry.name.startsWith('.') || entry.name === this.configDir) continue;
			const path = folder ? `${folder}/${entry.name}` : entry.name;
			if (entry.isDirectory()) this.walk(path, found, readingAhead);
			else if (entry.name.toLowerCase().endsWith('.md')) {
				if (entry.isFile()) {
					this.plainFiles.add(path);
					if (readingAhead && !this.ahead && this.plainFiles.size >= this.readAheadFrom) this.ahead = ReadAhead.start();
				}
				found.push(path);
			}
		}
	}

	/**
	 * The notes as the index reads them: frontmatter parsed only where it can matter
	 * (src/cli/notesThatMatter.ts), and a note that is only a dated note read by the lean
	 * path (src/cli/scanDated.ts). A note asked for by path (`read`) is always parsed whole.
	 */
	forIndex(settings: RapportSettings): NoteSource {
		const matters = propertiesMatter(settings);
		const dated = datedReader(settings, blockMayMatter(settings));
		return {
			paths: () => {
				this.stopReadingAhead();
				const found: string[] = [];
				this.walk('', found, true);
				this.readAhead(found);
				this.walked = found.length;
				this.readSoFar = 0;
				return found;
			},
			read: (path) => this.load(path, matters),
			readDated: (path, keyOf) => {
				const text = this.text(path);
				const lean = text === undefined ? undefined : dated(path, text, keyOf);
				// The full read that follows takes the text from here.
				if (!lean) this.held = { path, text };
				return lean;
			},
		};
	}

	/** Settles when the read-ahead's thread has read every note it was given; undefined with none. */
	get readAheadEnded(): Promise<void> | undefined {
		return this.ahead?.ended;
	}

	/** The build has read what it needs: no more reading ahead. */
	stopReadingAhead(): void {
		this.ahead?.stop();
		this.ahead = undefined;
	}

	/**
	 * From here on, every note's properties are read with each name Rapport reads spelled
	 * the settings' way (`Tie` as `tie`; src/domain/propertyNames.ts), as the plugin's port
	 * reads them.
	 */
	readNamesOf(settings: RapportSettings): void {
		this.parse = parseYamlFor(settings);
	}

	/** Hands the walk's regular files to the thread the walk started, if it started one. */
	private readAhead(paths: readonly string[]): void {
		if (!this.ahead) return;
		const files: string[] = [];
		for (const path of paths) if (this.plainFiles.has(path)) files.push(this.prefix + path);
		this.ahead.read(files);
	}

	/**
	 * One note, read only when it is a regular file (a FIFO named `x.md` would block the
	 * read forever) of UTF-8 text; anything else is listed as unreadable, once.
	 */
	read(path: string): NoteSnapshot | undefined {
		return this.load(path);
	}

	private load(path: string, matters?: PropertiesMatter): NoteSnapshot | undefined {
		const held = this.held;
		this.held = undefined;
		const text = held?.path === path ? held.text : this.text(path);
		return text === undefined ? undefined : scanNote(path, text, this.parse, matters);
	}

	/** A note's text, or undefined when it is gone or unreadable (then listed, once). */
	private text(path: string): string | undefined {
		// The walk's look at a regular file stands for the build's read that follows it; any
		// later read (after a write), or one that fails (the note went since), looks again.
		const full = this.prefix + path;
		if (this.onRead) this.onRead(++this.readSoFar, this.walked);
		let found = this.plainFiles.delete(path) ? decodeNote(full, this.ahead?.take(full)) : undefined;
		if (found === undefined || 'problem' in found) found = readNoteText(this.root, path, this.real);
		if (found === undefined) return undefined;
		if ('problem' in found) {
			this.problems.set(path, found.problem);
			return undefined;
		}
		this.problems.delete(path);
		return found.text;
	}
}
