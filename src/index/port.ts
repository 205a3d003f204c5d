// The index's port: what one note looks like to Rapport. Two implementations exist, one
// over Obsidian's metadata cache (src/obsidian) and one over a folder on disk (src/cli);
// both must yield the same snapshot for the same file, so the index cannot tell them apart.

/** Where a link stands, which decides whether it means "we were in touch". */
export type LinkContext =
	| 'text' // an ordinary line or list item: contact
	| 'doneTask' // a checked task `- [x]`: contact (the task was done)
	| 'openTask' // any other task status, `- [ ]`, `- [/]`, `- [-]`: a plan, not contact
	| 'embed' // `![[Sam]]`: a transclusion, not contact
	| 'quote' // a `>` block quote or callout: someone else's words
	| 'code'; // inside code: not a link at all

export interface NoteLink {
	/** The link path as written, without display text: `People/Sam Rivera`, `Sam Rivera#Notes`. */
	target: string;
	/** 0-based line in the file, frontmatter included (as Obsidian counts). */
	line: number;
	context: LinkContext;
}

export interface NoteListItem {
	line: number;
	/** The item's first line after its marker and checkbox: `2026-10-02 coffee: …`. */
	text: string;
	/** The checkbox character for tasks (' ', 'x', '/', …), undefined for plain items. */
	task?: string;
	/** Under another list item: a note on the item above, not an item of its own. */
	nested?: boolean;
}

export interface NoteHeading {
	line: number;
	level: number;
	text: string;
}

export interface NoteSnapshot {
	/** Vault-relative path with extension, `/`-separated. */
	path: string;
	/** Parsed frontmatter, undefined when there is none or it does not parse. */
	frontmatter?: Record<string, unknown>;
	/** Why the frontmatter could not be read, when it could not. */
	frontmatterError?: string;
	/** Inline tags in the body, without `#`, as written. */
	tags: string[];
	links: NoteLink[];
	listItems: NoteListItem[];
	headings: NoteHeading[];
	/** True for a file with nothing in it. */
	empty: boolean;
}

/**
 * What a dated note that is nothing else gives the index: the link keys (numbers) it is
 * evidence of contact for, in the order they first stand, and why its properties could
 * not be read, when they could not. The index copies what it keeps of `targets`, so a port
 * may hand over one list it reuses from note to note.
 */
export interface DatedNoteLinks {
	targets: readonly number[];
	frontmatterError?: string;
}

export interface NoteSource {
	/** Every Markdown note in the vault. */
	paths(): Iterable<string>;
	/** One note, or undefined when it no longer exists or cannot be read. */
	read(path: string): NoteSnapshot | undefined;
	/**
	 * Optional, the lean path for a note the dated-note format names (most of a vault):
	 * its links that mean contact, as key numbers (`keyOf` gives them, for a link in this note), with no snapshot.
	 * Undefined when the note needs the full read: it may be a contact or a meeting, holds
	 * an open task that may be dated, or has anything else a snapshot would be needed for.
	 * The index then calls `read`; both must come to the same record.
	 */
	readDated?(path: string, keyOf: (linkText: string, sourcePath: string) => number): DatedNoteLinks | undefined;
}
