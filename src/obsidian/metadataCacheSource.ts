// The index's port over Obsidian's metadata cache. Structure (frontmatter, links,
// tasks, headings, tags) comes from the cache and no file is read for it. The cache
// holds no text, though, and an `## Interactions` line's date and kind, or a task's due
// date, are text: so for contact notes with list items, meeting notes with tasks and notes
// with an open task that links someone (the cache and the settings say which) the line
// text is kept from the `changed` event, which hands over the file's content, or read once
// with cachedRead before the first build. Other daily notes and other notes are never read.
import { TFile, type App, type CachedMetadata, type LinkCache, type ListItemCache, type Pos } from 'obsidian';
import { sectionOfHeading, sectionOwners } from '../domain/contact';
import { shadeLines } from '../domain/noteBody';
import { onlyDated } from '../domain/onlyDated';
import { unreadProperties } from '../domain/noteProperties';
import { withReadNames } from '../domain/propertyNames';
import { isContact, isMeeting } from '../domain/recognition';
import type { RapportSettings } from '../domain/settings';
import { NO_KEY } from '../index/linkKeys';
import { mayBeDated } from '../index/noteRecord';
import type { DatedNoteLinks, LinkContext, NoteListItem, NoteSnapshot, NoteSource } from '../index/port';

const PROPERTIES_UNREAD = 'Obsidian could not read the properties (check the YAML syntax)';

const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[.\][ \t]+)?/;
const QUOTED = /^[ \t]*>/;

const NO_ITEMS: readonly ListItemCache[] = [];
const NO_LINKS: readonly LinkCache[] = [];

/** Whether a line is inside one of these blocks (a quote's, a callout's). */
function within(blocks: readonly Pos[], line: number): boolean {
	for (const block of blocks) if (block.start.line <= line && line <= block.end.line) return true;
	return false;
}

function lineOf(pos: Pos): number {
	return pos.start.line;
}

/**
 * Whether what stands at a position is inside a code block or a `%%` comment, read as
 * nothing. Obsidian's cache leaves code out, and comments too (a block comment is a
 * section of type 'comment'); where the note's text is kept, the CLI's reading of fences
 * and comments (`shadeLines`) is applied as well, so both hosts skip the same lines of a
 * contact's note. The test app's cache knows no comments and runs no fence left open to
 * the end of the note, so there this is what keeps the two ports alike.
 */
function hiddenIn(cache: CachedMetadata, kept: KeptText | undefined): (pos: Pos) => boolean {
	const comments = (cache.sections ?? []).filter((s) => s.type === 'comment').map((s) => s.position);
	const shaded = kept?.shaded;
	if (comments.length === 0 && !shaded) return () => false;
	return (pos) => {
		const line = pos.start.line;
		if (comments.some((c) => c.start.line <= line && line <= c.end.line)) return true;
		const shade = shaded?.get(line);
		if (!shade) return false;
		if (shade.hidden) return true;
		// On a line read up to a `%%`, what the comment blanked out.
		return shade.visible.charAt(pos.start.col) === ' ' && shade.raw.charAt(pos.start.col) !== ' ';
	};
}

/**
 * A note's text as `read` uses it: its list items' lines, and the lines code or a `%%`
 * comment hides, in whole or in part (the CLI's reading of fences and comments). The rest
 * of the text is not kept: at 10,000 contacts whole texts were a fifth of the plugin's heap.
 */
interface KeptText {
	/** List items' lines, in line order, with their texts beside them: a handful, so plain arrays beat a map. */
	lines: number[];
	texts: string[];
	shaded?: Shading;
}

type Shading = Map<number, { hidden: true } | { hidden: false; visible: string; raw: string }>;

/**
 * What is kept while the plugin runs: the list items' lines as one string, `line<TAB>text`
 * joined by newlines (no line of a note holds a newline), with the shading beside it in the
 * rare note that has any. One string per note, not two lists and a string per line: at
 * 10,000 contacts that was 1.3 MB less.
 */
type Kept = string | { packed: string; shaded: Shading };

/** What to keep of a note's text; undefined when nothing wanted is in it. */
function keptText(content: string, cache: CachedMetadata, wanted: 'all' | 'datedTasks'): Kept | undefined {
	const all = content.split(/\r\n|\r|\n/);
	const parts: string[] = [];
	for (const item of cache.listItems ?? []) {
		const line = lineOf(item.position);
		const text = all[line];
		if (text === undefined) continue;
		if (wanted === 'datedTasks' && (item.task === undefined || item.task === 'x' || item.task === 'X' || !mayBeDated(text))) continue;
		parts.push(`${line}\t${text}`);
	}
	if (parts.length === 0) return undefined;
	// The body starts after the properties, found as the CLI finds them.
	let from = 0;
	if (all[0]?.trimEnd() === '---') from = all.findIndex((l, i) => i > 0 && l.trimEnd() === '---') + 1;
	let shaded: Shading | undefined;
	shadeLines(all, from).forEach((shade, line) => {
		if (shade.hidden) (shaded ??= new Map()).set(line, { hidden: true });
		else if (shade.visible !== undefined)
			(shaded ??= new Map()).set(line, { hidden: false, visible: copy(shade.visible), raw: copy(all[line] ?? '') });
	});
	// Joined, the kept string is a new one of its own: it holds no slice of the whole text alive.
	const packed = parts.length === 1 ? copy(parts[0] ?? '') : parts.join('\n');
	return shaded ? { packed, shaded } : packed;
}

/** The kept text unpacked, for one read. */
function unpack(kept: Kept | undefined): KeptText | undefined {
	if (kept === undefined) return undefined;
	const lines: number[] = [];
	const texts: string[] = [];
	for (const part of (typeof kept === 'string' ? kept : kept.packed).split('\n')) {
		const tab = part.indexOf('\t');
		lines.push(Number(part.slice(0, tab)));
		texts.push(part.slice(tab + 1));
	}
	return typeof kept === 'string' ? { lines, texts } : { lines, texts, shaded: kept.shaded };
}

/** The kept text of one line, when it is a list item's. */
function keptLine(kept: KeptText | undefined, line: number): string | undefined {
	if (!kept) return undefined;
	const at = kept.lines.indexOf(line);
	return at === -1 ? undefined : kept.texts[at];
}

/** A string of its own, not a view into a larger one. */
function copy(text: string): string {
	return (' ' + text).slice(1);
}

/** Whether a link stands on the line of a task that is not done, as the port's `openTask` context reads it. */
function hasOpenTaskLink(cache: CachedMetadata): boolean {
	if (!cache.links?.length) return false;
	let open: Set<number> | undefined;
	for (const item of cache.listItems ?? []) {
		if (item.task === undefined || item.task === 'x' || item.task === 'X') continue;
		(open ??= new Set()).add(lineOf(item.position));
	}
	return open !== undefined && cache.links.some((link) => open.has(lineOf(link.position)));
}

/**
 * Whether a contact note has a list item whose words Rapport reads: a task (a dated one is
 * a follow-up wherever it stands), or any item under a heading that names an interactions,
 * remember or follow-ups section, by the rule the index reads sections with. A note with a
 * comment block is read regardless: a heading inside one is no heading to the index.
 */
function hasItemRead(cache: CachedMetadata): boolean {
	const items = cache.listItems ?? [];
	if (items.some((item) => item.task !== undefined)) return true;
	if ((cache.sections ?? []).some((s) => s.type === 'comment')) return items.length > 0;
	const headings = (cache.headings ?? []).map((h) => ({ line: lineOf(h.position), level: h.level, text: h.heading }));
	headings.sort((a, b) => a.line - b.line);
	const named = headings.map((h) => sectionOfHeading(h.text) !== 'other');
	if (!named.includes(true)) return false;
	const owners = sectionOwners(headings, (_heading, i) => named[i] === true);
	let h = -1;
	for (const line of items.map((item) => lineOf(item.position)).sort((a, b) => a - b)) {
		while (h + 1 < headings.length && (headings[h + 1]?.line ?? Infinity) < line) h++;
		if (h >= 0 && (owners[h] ?? -1) >= 0) return true;
	}
	return false;
}

/** A pause for the app: the next idle moment where the host has them, else the next turn of the event loop. */
function idle(): Promise<void> {
	return new Promise((resolve) => {
		const host = window as Window & { requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number };
		if (typeof host.requestIdleCallback === 'function') host.requestIdleCallback(() => resolve(), { timeout: IDLE_WAIT_MS });
		else window.setTimeout(resolve, 0);
	});
}

// Notes read between pauses at start-up: a few milliseconds of work each, so typing stays smooth.
const READ_BATCH = 250;
// However busy the app, the reading goes on after this long.
const IDLE_WAIT_MS = 50;

export interface UnreadableNote {
	path: string;
	message: string;
}

export class MetadataCacheSource implements NoteSource {
	/** What is kept of the text of the notes whose list-item text is needed. */
	private readonly lines = new Map<string, Kept>();
	/** The files `paths` last listed, and the next one a build will read: see `fileAt`. */
	private listed?: TFile[];
	private cursor = 0;
	/** The lean path's list of keys, reused from note to note. */
	private readonly scratch: number[] = [];
	/**
	 * Notes with a block meant as properties that Obsidian does not read as properties (never
	 * closed, or below blank lines), and why. The cache has no `frontmatterPosition` for them,
	 * and nothing else that tells them from a note starting with a horizontal rule, so the
	 * text says, where it is read (`setContent`).
	 */
	private readonly unreadBlocks = new Map<string, string>();
	/** Notes whose text could not be read; the rest of the vault is indexed regardless. */
	readonly unreadable: UnreadableNote[] = [];

	constructor(
		private readonly app: App,
		private settings: RapportSettings,
	) {}

	/** New recognition rules: which notes are contacts, so which need their text. */
	reconfigure(settings: RapportSettings): void {
		this.settings = settings;
		this.lines.clear();
	}

	/**
	 * Only a contact's list items (interactions, follow-ups, remember), a meeting note's
	 * tasks (its thank-you and follow-ups, for the queue) and open tasks that link someone
	 * (their follow-ups, in any note) are read as text.
	 */
	private needsLineText(path: string, cache: CachedMetadata | null): boolean {
		return this.lineTextWanted(path, cache) !== undefined;
	}

	/**
	 * Which list items' text is kept: every item of a contact's or a meeting's note, or of
	 * another note only the open tasks whose words may hold a due date (the rest is read for
	 * nothing, and not kept).
	 */
	private lineTextWanted(path: string, cache: CachedMetadata | null): 'all' | 'datedTasks' | undefined {
		if (!cache?.listItems?.length) return undefined;
		const tags = (cache.tags ?? []).map((t) => t.tag.replace(/^#/, ''));
		const headings = (cache.headings ?? []).map((h) => ({ text: h.heading }));
		const frontmatter = cache.frontmatter && withReadNames(cache.frontmatter, this.settings);
		if (isContact({ path, frontmatter, tags, headings }, this.settings)) return hasItemRead(cache) ? 'all' : undefined;
		// A daily note may be a meeting too: read only when it has tasks to show.
		if (isMeeting(frontmatter, this.settings) && cache.listItems.some((item) => item.task !== undefined)) return 'all';
		// An open task that links someone is their follow-up: its due date is text. A daily
		// note without one is not read.
		return hasOpenTaskLink(cache) ? 'datedTasks' : undefined;
	}

	/**
	 * Whether a note may hold a block of properties Obsidian does not read that is a problem:
	 * no block in the cache, a first section that may be its `---`, and a contact without its
	 * properties (by its folder or a tag in its text, as the CLI's reader asks). Such a note's
	 * text is read once.
	 */
	private mayHaveUnreadBlock(path: string, cache: CachedMetadata | null): boolean {
		// Obsidian reads the opening `---` as a rule (`thematicBreak`); the test fake reads it and
		// the lines under it as one paragraph. Only blank lines can be above a note's first
		// section when it has no properties. A note opening with a heading, a list or a
		// callout is never read for this.
		const first = cache?.sections?.[0];
		if (!cache || cache.frontmatterPosition || !first) return false;
		if (first.type !== 'thematicBreak' && first.type !== 'paragraph') return false;
		const tags = (cache.tags ?? []).map((t) => t.tag.replace(/^#/, ''));
		const headings = (cache.headings ?? []).map((h) => ({ text: h.heading }));
		return isContact({ path, frontmatter: undefined, tags, headings }, this.settings);
	}

	paths(): Iterable<string> {
		const files = this.app.vault.getMarkdownFiles();
		this.listed = files;
		this.cursor = 0;
		return files.map((file) => file.path);
	}

	/**
	 * The file at a path. A build reads the notes in the order `paths` gave them, so the
	 * next file listed is the one asked for, with no look-up by path (a build runs in one
	 * go, so nothing is renamed or deleted in between); any other read is looked up.
	 */
	private fileAt(path: string): TFile | null {
		const listed = this.listed;
		if (listed) {
			const next = listed[this.cursor];
			if (next?.path === path) {
				if (++this.cursor >= listed.length) this.listed = undefined;
				return next;
			}
		}
		return this.app.vault.getFileByPath(path);
	}

	/** Reads, once, the text of every note that needs it, in batches over idle time. Run before the first build. */
	async loadLineText(): Promise<void> {
		const { vault, metadataCache } = this.app;
		this.unreadable.length = 0;
		const wanted = vault.getMarkdownFiles().filter((file) => {
			if (this.lines.has(file.path)) return false;
			const cache = metadataCache.getFileCache(file);
			return this.needsLineText(file.path, cache) || this.mayHaveUnreadBlock(file.path, cache);
		});
		// In batches with a pause between, so a large vault's start-up never holds the app up.
		for (let from = 0; from < wanted.length; from += READ_BATCH) {
			if (from > 0) await idle();
			await Promise.all(
				wanted.slice(from, from + READ_BATCH).map(async (file) => {
					try {
						this.setContent(file.path, await vault.cachedRead(file));
					} catch (error) {
						// Deleted while we read, or a sync placeholder: index the rest, and say which.
						this.unreadable.push({ path: file.path, message: `can't be read: ${error instanceof Error ? error.message : String(error)}` });
					}
				}),
			);
		}
	}

	/** Keeps the content the `changed` event hands over, when the note needs it. */
	setContent(path: string, content: string): void {
		const file = this.app.vault.getFileByPath(path);
		const cache = file && this.app.metadataCache.getFileCache(file);
		const wanted = cache ? this.lineTextWanted(path, cache) : undefined;
		const kept = cache && wanted ? keptText(content, cache, wanted) : undefined;
		if (kept) this.lines.set(path, kept);
		else this.lines.delete(path);
		// Only where the cache found no block: a note with properties starts with `---` too.
		const unread = cache && !cache.frontmatterPosition ? unreadProperties(content) : undefined;
		if (unread) this.unreadBlocks.set(path, unread);
		else this.unreadBlocks.delete(path);
	}

	/** A renamed note keeps its text: Obsidian fires no `changed` for a rename. */
	moved(oldPath: string, newPath: string): void {
		const lines = this.lines.get(oldPath);
		this.lines.delete(oldPath);
		if (lines) this.lines.set(newPath, lines);
		const unread = this.unreadBlocks.get(oldPath);
		if (this.unreadBlocks.delete(oldPath) && unread) this.unreadBlocks.set(newPath, unread);
	}

	forget(path: string): void {
		this.lines.delete(path);
		this.unreadBlocks.delete(path);
	}

	/**
	 * A daily note's links that mean contact, straight from the cache: no snapshot, no link
	 * objects, no list items. The same as `read` and the index's classification would give,
	 * for the notes it answers; any note that could be more than a dated note (a contact, a
	 * meeting, a kept task line, a comment, links out of line order) is left to `read`.
	 */
	readDated(path: string, keyOf: (linkText: string, sourcePath: string) => number): DatedNoteLinks | undefined {
		const file = this.fileAt(path);
		if (!(file instanceof TFile) || file.extension !== 'md') return undefined;
		const cache = this.app.metadataCache.getFileCache(file);
		if (!cache) return undefined;
		const frontmatter = cache.frontmatter && withReadNames(cache.frontmatter, this.settings);
		let frontmatterError: string | undefined;
		if (!frontmatter && cache.frontmatterPosition) {
			const { start, end } = cache.frontmatterPosition;
			if (end.line - start.line > 1) frontmatterError = PROPERTIES_UNREAD;
		}
		let quoted: Pos[] | undefined;
		for (const section of cache.sections ?? []) {
			// A comment hides links and tags: the full read works out which.
			if (section.type === 'comment') return undefined;
			if (section.type === 'blockquote' || section.type === 'callout') (quoted ??= []).push(section.position);
		}
		// Every tag as it stands: a contact tag among them, and the full read decides.
		const tags = cache.tags ? cache.tags.map((t) => t.tag.replace(/^#/, '')) : [];
		if (!onlyDated({ path, frontmatter, tags }, this.settings)) return undefined;
		// Text is kept only of a note with a task (or a contact's, turned away above): a
		// dated open task's words are read in full. The items in line order are walked beside
		// the links below; any out of order, and the full read sorts it out.
		const items = cache.listItems ?? NO_ITEMS;
		let hasTask = false;
		for (let i = 0; i < items.length; i++) {
			const item = items[i] as ListItemCache;
			if (item.task !== undefined) hasTask = true;
			if (i > 0 && item.position.start.line < (items[i - 1] as ListItemCache).position.start.line) return undefined;
		}
		if (hasTask && this.lines.has(path)) return undefined;
		const keys = this.scratch;
		keys.length = 0;
		let last = 0;
		let item = 0;
		for (const link of cache.links ?? NO_LINKS) {
			const line = link.position.start.line;
			if (line < last) return undefined;
			last = line;
			if (quoted && within(quoted, line)) continue;
			// A link on an open task's line is a plan, not contact: the first task on its line says which.
			if (hasTask) {
				while (item < items.length && (items[item] as ListItemCache).position.start.line < line) item++;
				let mark: string | undefined;
				for (let i = item; i < items.length && mark === undefined; i++) {
					const on = items[i] as ListItemCache;
					if (on.position.start.line !== line) break;
					mark = on.task;
				}
				if (mark !== undefined && mark !== 'x' && mark !== 'X') continue;
			}
			const key = keyOf(link.link, path);
			// A note has a handful of links: a linear check beats a set.
			if (key !== NO_KEY && !keys.includes(key)) keys.push(key);
		}
		// The one list, reused for the next note: the index copies what it keeps.
		return frontmatterError === undefined ? { targets: keys } : { targets: keys, frontmatterError };
	}

	read(path: string): NoteSnapshot | undefined {
		const file = this.fileAt(path);
		if (!(file instanceof TFile) || file.extension !== 'md') return undefined;
		const cache = this.app.metadataCache.getFileCache(file);
		const snapshot: NoteSnapshot = { path, tags: [], links: [], listItems: [], headings: [], empty: file.stat.size === 0 };
		if (!cache) return snapshot;
		// A note with only whitespace has no blocks at all.
		snapshot.empty = !cache.sections?.length && !cache.frontmatterPosition;

		if (cache.frontmatter) {
			// Older Obsidian versions keep the block's position inside the frontmatter.
			const { position: _position, ...frontmatter } = cache.frontmatter as Record<string, unknown>;
			snapshot.frontmatter = withReadNames(frontmatter, this.settings);
		} else if (cache.frontmatterPosition) {
			const { start, end } = cache.frontmatterPosition;
			if (end.line - start.line > 1) snapshot.frontmatterError = PROPERTIES_UNREAD;
			else snapshot.frontmatter = {};
		} else {
			// A problem only in a contact's note (src/index/noteRecord.ts), as the CLI's reader finds it.
			const unread = this.unreadBlocks.get(path);
			if (unread) snapshot.frontmatterError = unread;
		}

		// Read for every note of the vault at start-up, so in one pass each, with nothing made
		// for what a note does not have: most daily notes have no comment, code or quote.
		const lines = unpack(this.lines.get(path));
		let quoted: Pos[] | undefined;
		let commented = false;
		for (const section of cache.sections ?? []) {
			if (section.type === 'comment') commented = true;
			else if (section.type === 'blockquote' || section.type === 'callout') (quoted ??= []).push(section.position);
		}
		const hidden = commented || lines?.shaded ? hiddenIn(cache, lines) : undefined;
		if (cache.headings)
			for (const h of cache.headings)
				if (!hidden?.(h.position)) snapshot.headings.push({ line: lineOf(h.position), level: h.level, text: h.heading });
		if (cache.tags) for (const t of cache.tags) if (!hidden?.(t.position)) snapshot.tags.push(t.tag.replace(/^#/, ''));

		// The lines of tasks and their checkbox characters: a handful, so plain arrays beat a map.
		const taskLines: number[] = [];
		const taskMarks: string[] = [];
		for (const item of cache.listItems ?? []) {
			if (hidden?.(item.position)) continue;
			const line = lineOf(item.position);
			const raw = keptLine(lines, line);
			// List items inside a quote are someone else's words; the scanner skips them too.
			if (raw !== undefined && QUOTED.test(raw)) continue;
			const listItem: NoteListItem = { line, text: raw === undefined ? '' : raw.replace(LIST_MARKER, '') };
			if (item.task !== undefined) {
				listItem.task = item.task;
				taskLines.push(line);
				taskMarks.push(item.task);
			}
			// A negative parent is the list's own start: a top-level item.
			if (item.parent >= 0) listItem.nested = true;
			snapshot.listItems.push(listItem);
		}

		const contextOf = (line: number): LinkContext => {
			if (quoted?.some((s) => s.start.line <= line && line <= s.end.line)) return 'quote';
			const at = taskLines.indexOf(line);
			if (at === -1) return 'text';
			const task = taskMarks[at];
			return task === 'x' || task === 'X' ? 'doneTask' : 'openTask';
		};
		const links = snapshot.links;
		// The cache lists links in the order they stand: a sort only when embeds go among them.
		let ordered = true;
		for (const link of cache.links ?? []) {
			if (hidden?.(link.position)) continue;
			const line = lineOf(link.position);
			if (line < (links[links.length - 1]?.line ?? 0)) ordered = false;
			links.push({ target: link.link, line, context: contextOf(line) });
		}
		for (const embed of cache.embeds ?? []) {
			if (hidden?.(embed.position)) continue;
			ordered = false;
			links.push({ target: embed.link, line: lineOf(embed.position), context: 'embed' });
		}
		if (!ordered) links.sort((a, b) => a.line - b.line);
		return snapshot;
	}
}
