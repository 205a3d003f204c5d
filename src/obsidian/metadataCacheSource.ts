// The index's port over Obsidian's metadata cache. Structure (frontmatter, links,
// tasks, headings, tags) comes from the cache and no file is read for it. The cache
// holds no text, though, and an `## Interactions` line's date and kind, or a task's due
// date, are text: so for contact notes with list items, meeting notes with tasks and notes
// with an open task that links someone (the cache and the settings say which) the line
// text is kept from the `changed` event, which hands over the file's content, or read once
// with cachedRead before the first build. Other daily notes and other notes are never read.
import { TFile, type App, type CachedMetadata, type Pos } from 'obsidian';
import { shadeLines, type LineShade } from '../domain/noteBody';
import { isContact, isMeeting } from '../domain/recognition';
import type { RapportSettings } from '../domain/settings';
import type { LinkContext, NoteLink, NoteListItem, NoteSnapshot, NoteSource } from '../index/port';

const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[.\][ \t]+)?/;
const QUOTED = /^[ \t]*>/;

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
function hiddenIn(cache: CachedMetadata, lines: readonly string[] | undefined): (pos: Pos) => boolean {
	const comments = (cache.sections ?? []).filter((s) => s.type === 'comment').map((s) => s.position);
	let shades: LineShade[] | undefined;
	if (lines) {
		// The body starts after the properties, found as the CLI finds them.
		let from = 0;
		if (lines[0]?.trimEnd() === '---') from = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---') + 1;
		shades = shadeLines(lines, from);
	}
	if (comments.length === 0 && !shades?.some((s) => s.hidden || s.visible !== undefined)) return () => false;
	return (pos) => {
		const line = pos.start.line;
		if (comments.some((c) => c.start.line <= line && line <= c.end.line)) return true;
		const shade = shades?.[line];
		if (!shade) return false;
		if (shade.hidden) return true;
		// On a line read up to a `%%`, what the comment blanked out.
		const raw = lines?.[line] ?? '';
		return shade.visible !== undefined && shade.visible.charAt(pos.start.col) === ' ' && raw.charAt(pos.start.col) !== ' ';
	};
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

export interface UnreadableNote {
	path: string;
	message: string;
}

export class MetadataCacheSource implements NoteSource {
	/** Lines of the notes whose list-item text is needed. */
	private readonly lines = new Map<string, string[]>();
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
		if (!cache?.listItems?.length) return false;
		const tags = (cache.tags ?? []).map((t) => t.tag.replace(/^#/, ''));
		const headings = (cache.headings ?? []).map((h) => ({ text: h.heading }));
		if (isContact({ path, frontmatter: cache.frontmatter, tags, headings }, this.settings)) return true;
		// A daily note may be a meeting too: read only when it has tasks to show.
		if (isMeeting(cache.frontmatter, this.settings) && cache.listItems.some((item) => item.task !== undefined)) return true;
		// An open task that links someone is their follow-up: its due date is text. A daily
		// note without one is not read.
		return hasOpenTaskLink(cache);
	}

	paths(): Iterable<string> {
		return this.app.vault.getMarkdownFiles().map((file) => file.path);
	}

	/** Reads, once, the text of every note that needs it. Run before the first build. */
	async loadLineText(): Promise<void> {
		const { vault, metadataCache } = this.app;
		this.unreadable.length = 0;
		const wanted = vault
			.getMarkdownFiles()
			.filter((file) => !this.lines.has(file.path) && this.needsLineText(file.path, metadataCache.getFileCache(file)));
		await Promise.all(
			wanted.map(async (file) => {
				try {
					this.setContent(file.path, await vault.cachedRead(file));
				} catch (error) {
					// Deleted while we read, or a sync placeholder: index the rest, and say which.
					this.unreadable.push({ path: file.path, message: `can't be read: ${error instanceof Error ? error.message : String(error)}` });
				}
			}),
		);
	}

	/** Keeps the content the `changed` event hands over, when the note needs it. */
	setContent(path: string, content: string): void {
		const file = this.app.vault.getFileByPath(path);
		if (file && this.needsLineText(path, this.app.metadataCache.getFileCache(file))) this.lines.set(path, content.split(/\r\n|\r|\n/));
		else this.lines.delete(path);
	}

	/** A renamed note keeps its text: Obsidian fires no `changed` for a rename. */
	moved(oldPath: string, newPath: string): void {
		const lines = this.lines.get(oldPath);
		this.lines.delete(oldPath);
		if (lines) this.lines.set(newPath, lines);
	}

	forget(path: string): void {
		this.lines.delete(path);
	}

	read(path: string): NoteSnapshot | undefined {
		const file = this.app.vault.getFileByPath(path);
		if (!(file instanceof TFile) || file.extension !== 'md') return undefined;
		const cache = this.app.metadataCache.getFileCache(file);
		const snapshot: NoteSnapshot = { path, tags: [], links: [], listItems: [], headings: [], empty: file.stat.size === 0 };
		if (!cache) return snapshot;
		// A note with only whitespace has no blocks at all.
		snapshot.empty = !cache.sections?.length && !cache.frontmatterPosition;

		if (cache.frontmatter) {
			// Older Obsidian versions keep the block's position inside the frontmatter.
			const { position: _position, ...frontmatter } = cache.frontmatter as Record<string, unknown>;
			snapshot.frontmatter = frontmatter;
		} else if (cache.frontmatterPosition) {
			const { start, end } = cache.frontmatterPosition;
			if (end.line - start.line > 1) snapshot.frontmatterError = 'Obsidian could not read the properties (check the YAML syntax)';
			else snapshot.frontmatter = {};
		}

		const lines = this.lines.get(path);
		const hidden = hiddenIn(cache, lines);
		snapshot.headings = (cache.headings ?? [])
			.filter((h) => !hidden(h.position))
			.map((h) => ({ line: lineOf(h.position), level: h.level, text: h.heading }));
		snapshot.tags = (cache.tags ?? []).filter((t) => !hidden(t.position)).map((t) => t.tag.replace(/^#/, ''));

		const tasks = new Map<number, string | undefined>();
		const listItems: NoteListItem[] = [];
		for (const item of cache.listItems ?? []) {
			if (hidden(item.position)) continue;
			const line = lineOf(item.position);
			const raw = lines?.[line];
			// List items inside a quote are someone else's words; the scanner skips them too.
			if (raw !== undefined && QUOTED.test(raw)) continue;
			tasks.set(line, item.task);
			const listItem: NoteListItem = { line, text: raw?.replace(LIST_MARKER, '') ?? '' };
			if (item.task !== undefined) listItem.task = item.task;
			// A negative parent is the list's own start: a top-level item.
			if (item.parent >= 0) listItem.nested = true;
			listItems.push(listItem);
		}
		snapshot.listItems = listItems;

		const quoted = (cache.sections ?? []).filter((s) => s.type === 'blockquote' || s.type === 'callout');
		const contextOf = (line: number): LinkContext => {
			if (quoted.some((s) => s.position.start.line <= line && line <= s.position.end.line)) return 'quote';
			if (!tasks.has(line)) return 'text';
			const task = tasks.get(line);
			if (task === undefined) return 'text';
			return task === 'x' || task === 'X' ? 'doneTask' : 'openTask';
		};
		const links: NoteLink[] = [];
		for (const link of cache.links ?? [])
			if (!hidden(link.position)) links.push({ target: link.link, line: lineOf(link.position), context: contextOf(lineOf(link.position)) });
		for (const embed of cache.embeds ?? [])
			if (!hidden(embed.position)) links.push({ target: embed.link, line: lineOf(embed.position), context: 'embed' });
		snapshot.links = links.sort((a, b) => a.line - b.line);
		return snapshot;
	}
}
