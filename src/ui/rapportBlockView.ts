// A `rapport` code block in any note (a home or weekly note): the queue, a section of it or
// the people with a tag, or one part of the network review. It stays live: drawn again when
// the index moves, and its listeners go with the block (a MarkdownRenderChild, released
// when the note's preview drops it). A mistake shows what the block accepts.
import { MarkdownRenderChild, type App } from 'obsidian';
import { parseRapportBlock, BLOCK_FORMS, type RapportBlock } from '../domain/rapportBlock';
import { SECTION_TITLES, type QueueItem } from '../domain/queue';
import { INDEX_CHANGED, type ReviewHost } from './host';
import { readableReason } from '../domain/links';
import { rowName, type NameLabel } from '../domain/namesakes';
import { rowBadge } from './queueRowPainter';
import { PART_LEVEL, drawReviewPart } from './reviewSections';

/** Queue rows a block shows before "Show all". */
const ROWS_SHOWN = 10;

export class RapportBlockView extends MarkdownRenderChild {
	private readonly block: RapportBlock;
	/** The revision and day last drawn: drawn again only when one moved. */
	private drawnAt = '';

	constructor(
		containerEl: HTMLElement,
		source: string,
		private readonly app: App,
		private readonly host: ReviewHost,
	) {
		super(containerEl);
		this.block = parseRapportBlock(source);
	}

	override onload(): void {
		this.containerEl.addClass('rapport-block');
		this.registerEvent(this.app.workspace.on(INDEX_CHANGED, () => this.draw()));
		this.draw();
	}

	draw(): void {
		const at = `${this.host.ready()}:${this.host.revision()}:${this.host.today()}`;
		if (at === this.drawnAt && this.block.kind !== 'invalid') return;
		this.drawnAt = at;
		const el = this.containerEl;
		el.empty();
		const block = this.block;
		if (block.kind === 'invalid') {
			const message = el.createDiv({ cls: 'rapport-block-error' });
			message.createDiv({ text: `Rapport: ${block.problem}. A rapport block holds one of:` });
			const forms = message.createEl('ul');
			for (const form of BLOCK_FORMS) forms.createEl('li').createEl('code', { text: form });
			return;
		}
		if (!this.host.ready()) {
			el.createDiv({ cls: 'rapport-review-empty', text: 'Indexing your vault…' });
			return;
		}
		if (block.kind === 'review') {
			const review = this.host.review();
			if (review)
				drawReviewPart(el, block.part, review, {
					today: this.host.today(),
					told: this.host.nameLabel(),
					open: (path, line, newTab) => void this.host.openNote(path, line, newTab),
					openSettings: () => this.host.openSettings(),
				});
			return;
		}
		this.drawQueue(el, block);
	}

	private drawQueue(el: HTMLElement, block: Extract<RapportBlock, { kind: 'queue' }>): void {
		const wanted = block.tag?.toLowerCase();
		const hasTag = (item: QueueItem): boolean =>
			wanted === undefined || (item.tags ?? []).some((t) => t.toLowerCase() === wanted || t.toLowerCase().startsWith(`${wanted}/`));
		const sections = this.host
			.queue()
			.sections.filter((s) => block.section === undefined || s.id === block.section)
			.map((s) => ({ ...s, items: s.items.filter(hasTag) }))
			.filter((s) => s.items.length > 0);
		const title = block.section ? SECTION_TITLES[block.section] : block.tag ? `Queue · #${block.tag}` : 'Queue';
		el.createDiv({ cls: 'rapport-review-heading', text: title, attr: { role: 'heading', 'aria-level': String(PART_LEVEL) } });
		if (sections.length === 0) {
			el.createDiv({ cls: 'rapport-review-empty', text: 'Nobody to reach out to here today.' });
			return;
		}
		const told = this.host.nameLabel();
		for (const section of sections) {
			if (!block.section) el.createDiv({ cls: 'rapport-review-sub', text: `${SECTION_TITLES[section.id]} · ${section.items.length}` });
			const list = el.createEl('ul', { cls: 'rapport-review-list' });
			const drawFrom = (from: number, to: number): void => {
				for (const item of section.items.slice(from, to)) this.drawRow(list.createEl('li', { cls: 'rapport-block-row' }), item, told);
			};
			drawFrom(0, ROWS_SHOWN);
			if (section.items.length <= ROWS_SHOWN) continue;
			const more = el.createEl('button', { cls: 'rapport-review-more', text: `Show all ${section.items.length}` });
			more.addEventListener('click', () => {
				more.remove();
				drawFrom(ROWS_SHOWN, section.items.length);
			});
		}
	}

	private drawRow(li: HTMLElement, item: QueueItem, told: NameLabel): void {
		const link = li.createEl('button', { cls: 'rapport-review-link', text: rowName(item, told) });
		link.addEventListener('click', (evt) => void this.host.openNote(item.source ?? item.path, item.line, evt.metaKey || evt.ctrlKey));
		const badge = rowBadge(item);
		li.createSpan({ cls: `rapport-queue-badge is-${badge.tone}`, text: badge.text });
		li.createSpan({ cls: 'rapport-review-meta', text: readableReason(item.reason) });
	}
}
