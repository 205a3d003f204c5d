// The index's port over Obsidian's metadata cache. Structure (frontmatter, links,
// tasks, headings, tags) comes from the cache and no file is read for it. The cache
// holds no text, though, and an `## Interactions` line's date and kind are text: so for
// the few notes that have such a section (the cache says which) the line text is kept
// from the `changed` event, which hands over the file's content, or read once with
// cachedRead before the first build. Daily notes and other notes are never read.
import { TFile, type App, type CachedMetadata, type Pos } from 'obsidian';
import { sectionOfHeading } from '../domain/contact';
import type { LinkContext, NoteLink, NoteListItem, NoteSnapshot, NoteSource } from '../index/port';

const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[.\][ \t]+)?/;

function lineOf(pos: Pos): number {
	return pos.start.line;
}

/** Does this note have a section whose list items Rapport reads as text? */
export function needsLineText(cache: CachedMetadata | null): boolean {
	if (!cache?.listItems?.length || !cache.headings) return false;
	return cache.headings.some((h) => sectionOfHeading(h.heading) !== 'other');
}

export class MetadataCacheSource implements NoteSource {
	/** Lines of the notes whose list-item text is needed. */
	private readonly lines = new Map<string, string[]>();

	constructor(private readonly app: App) {}

	paths(): Iterable<string> {
		return this.app.vault.getMarkdownFiles().map((file) => file.path);
	}

	/** Reads, once, the text of every note that needs it. Run before the first build. */
	async loadLineText(): Promise<void> {
		const { vault, metadataCache } = this.app;
		const wanted = vault.getMarkdownFiles().filter((file) => !this.lines.has(file.path) && needsLineText(metadataCache.getFileCache(file)));
		await Promise.all(wanted.map(async (file) => this.setContent(file.path, await vault.cachedRead(file))));
	}

	/** Keeps the content the `changed` event hands over, when the note needs it. */
	setContent(path: string, content: string): void {
		const file = this.app.vault.getFileByPath(path);
		if (file && needsLineText(this.app.metadataCache.getFileCache(file))) this.lines.set(path, content.split(/\r\n|\r|\n/));
		else this.lines.delete(path);
	}

	forget(path: string): void {
		this.lines.delete(path);
	}

	read(path: string): NoteSnapshot | undefined {
		const file = this.app.vault.getFileByPath(path);
		if (!(file instanceof TFile)) return undefined;
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

		snapshot.headings = (cache.headings ?? []).map((h) => ({ line: lineOf(h.position), level: h.level, text: h.heading }));
		snapshot.tags = (cache.tags ?? []).map((t) => t.tag.replace(/^#/, ''));

		const lines = this.lines.get(path);
		const tasks = new Map<number, string | undefined>();
		snapshot.listItems = (cache.listItems ?? []).map((item): NoteListItem => {
			const line = lineOf(item.position);
			tasks.set(line, item.task);
			const text = lines?.[line]?.replace(LIST_MARKER, '') ?? '';
			return item.task === undefined ? { line, text } : { line, text, task: item.task };
		});

		const quoted = (cache.sections ?? []).filter((s) => s.type === 'blockquote' || s.type === 'callout');
		const contextOf = (line: number): LinkContext => {
			if (quoted.some((s) => s.position.start.line <= line && line <= s.position.end.line)) return 'quote';
			if (!tasks.has(line)) return 'text';
			const task = tasks.get(line);
			if (task === undefined) return 'text';
			return task === 'x' || task === 'X' ? 'doneTask' : 'openTask';
		};
		const links: NoteLink[] = [];
		for (const link of cache.links ?? []) links.push({ target: link.link, line: lineOf(link.position), context: contextOf(lineOf(link.position)) });
		for (const embed of cache.embeds ?? []) links.push({ target: embed.link, line: lineOf(embed.position), context: 'embed' });
		snapshot.links = links.sort((a, b) => a.line - b.line);
		return snapshot;
	}
}
