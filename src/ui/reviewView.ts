// The network review view: composition, health, give and ask, targets and gaps, goals,
// drift, the contact calendar, and the self-rating (five yes/no questions, saved with the
// date in today's review note). "Create review note" writes it all as a dated note. It
// draws again when the index, the day or a saved rating moved, and only while shown.
import { ItemView, Setting, type TAbstractFile, type WorkspaceLeaf } from 'obsidian';
import type { Day } from '../domain/day';
import { inFolder } from '../domain/recognition';
import type { NetworkReview } from '../domain/review/review';
import { RATING_QUESTIONS, selfRating, type RatingQuestion } from '../domain/review/selfRating';
import type { ReviewPart } from '../domain/rapportBlock';
import { INDEX_CHANGED, REVIEW_VIEW_TYPE, type ReviewHost } from './host';
import { drawReviewPart, type ReviewContext } from './reviewSections';

/** The parts, in the order the view shows them (ties are part of the composition). */
const VIEW_PARTS: readonly ReviewPart[] = ['composition', 'health', 'reciprocity', 'targets', 'goals', 'drift', 'calendar'];

// Midnight moves the review with nothing edited: look at the clock now and then.
const DAY_CHECK_MS = 60_000;

/** The Save rating button's class: a redraw finds the new one by it. */
const SAVE_RATING = 'rapport-review-save';

export class ReviewView extends ItemView {
	/** What was last drawn: the host keeps its review until something moves, so a new one means draw again. */
	private drawn: { ready: boolean; review: NetworkReview | undefined } | undefined = undefined;
	private stale = false;
	private opened = false;
	/** The self-rating's answers as toggled, kept across redraws until saved. */
	private answers: Set<RatingQuestion> | undefined = undefined;
	private answersDay: Day | undefined = undefined;
	/** Whether any question was answered (a toggle moved, or today's rating saved): until then no score shows. */
	private answered = false;
	private readonly bodyEl: HTMLElement;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly host: ReviewHost,
	) {
		super(leaf);
		this.contentEl.addClass('rapport-review-view');
		this.bodyEl = this.contentEl.createDiv({ cls: 'rapport-review-body' });
	}

	getViewType(): string {
		return REVIEW_VIEW_TYPE;
	}

	getDisplayText(): string {
		return 'Network review';
	}

	override getIcon(): string {
		return 'network';
	}

	override async onOpen(): Promise<void> {
		this.opened = true;
		const { workspace, metadataCache, vault } = this.app;
		this.registerEvent(workspace.on(INDEX_CHANGED, () => this.refresh()));
		this.registerEvent(workspace.on('layout-change', () => this.refresh()));
		// A saved rating changes a review note, which is no contact: the index does not move for it.
		const inReviews = (file: TAbstractFile): boolean => inFolder(file.path, this.host.settings().reviewFolder);
		this.registerEvent(metadataCache.on('changed', (file) => inReviews(file) && this.refresh()));
		this.registerEvent(vault.on('delete', (file) => inReviews(file) && this.refresh()));
		this.registerInterval(window.setInterval(() => this.refresh(), DAY_CHECK_MS));
		this.refresh();
		await super.onOpen();
	}

	/** Draws again when the review moved; while hidden, once shown. */
	refresh(): void {
		if (!this.opened) return;
		if (!this.containerEl.isShown()) {
			this.stale = true;
			return;
		}
		const ready = this.host.ready();
		const review = this.host.review();
		if (!this.stale && this.drawn?.ready === ready && this.drawn.review === review) return;
		this.stale = false;
		this.drawn = { ready, review };
		this.draw(review);
	}

	private context(): ReviewContext {
		return {
			today: this.host.today(),
			told: this.host.nameLabel(),
			open: (path, line, newTab) => void this.host.openNote(path, line, newTab),
			openSettings: () => this.host.openSettings(),
		};
	}

	private draw(review: NetworkReview | undefined): void {
		// A redraw keeps the place: the review is long, and an edit elsewhere must not scroll it away.
		const scroll = this.contentEl.scrollTop;
		const body = this.bodyEl;
		// Save rating redraws the review (the rating is in a note now): the keyboard stays on it.
		const active = body.ownerDocument.activeElement;
		const onSave = active instanceof HTMLElement && body.contains(active) && active.hasClass(SAVE_RATING);
		body.empty();
		const header = body.createDiv({ cls: 'rapport-review-header' });
		header.createDiv({ cls: 'rapport-review-title', text: 'Network review', attr: { role: 'heading', 'aria-level': '2' } });
		if (!review) {
			body.createDiv({ cls: 'rapport-review-empty', text: 'Indexing your vault…' });
			return;
		}
		const create = header.createEl('button', { cls: 'mod-cta rapport-review-create', text: 'Create review note' });
		create.addEventListener('click', () => {
			create.disabled = true;
			void this.host.createReviewNote().finally(() => {
				create.disabled = false;
			});
		});
		if (this.host.contactCount() === 0) {
			// A review note of no one would be an empty note: the button waits for a contact, and says why.
			create.disabled = true;
			create.setAttr('aria-label', 'No contacts to review yet');
			body.createDiv({
				cls: 'rapport-review-empty',
				text:
					'No contacts yet: contacts are notes in your contact folders (People/ by default), with a contact tag, or with type: contact. ' +
					'Create review note is off until there is someone to review.',
			});
			return;
		}
		const ctx = this.context();
		for (const part of VIEW_PARTS) drawReviewPart(body, part, review, ctx);
		this.drawRating(body, review);
		this.contentEl.scrollTop = scroll;
		if (onSave) body.querySelector<HTMLElement>(`.${SAVE_RATING}`)?.focus();
	}

	/** The five questions as toggles, the score as they stand, Save, and the ratings so far. */
	private drawRating(body: HTMLElement, review: NetworkReview): void {
		const today = this.host.today();
		const todays = review.selfRatings.find((r) => r.date === today);
		if (!this.answers || this.answersDay !== today) {
			this.answers = new Set(todays?.yes ?? []);
			this.answersDay = today;
			this.answered = false;
		}
		const answers = this.answers;
		const part = drawReviewPart(body, 'rating', review, this.context());
		const form = part.createDiv({ cls: 'rapport-review-rating' });
		form.createDiv({
			cls: 'rapport-review-note',
			text: todays ? 'Rated today; change it and save again.' : 'Answer yes or no, then save.',
		});
		const score = form.createDiv({ cls: 'rapport-review-figure', attr: { 'aria-live': 'polite' } });
		const showScore = (): void => {
			// Untouched switches are no answer yet, not five noes: no verdict before the first one.
			if (!todays && !this.answered) return void score.setText('Not rated yet');
			const rating = selfRating(today, [...answers]);
			score.setText(`Score ${rating.score} of 5: ${rating.verdict}`);
		};
		for (const question of RATING_QUESTIONS) {
			new Setting(form).setName(question.text).addToggle((toggle) =>
				toggle.setValue(answers.has(question.id)).onChange((on) => {
					if (on) answers.add(question.id);
					else answers.delete(question.id);
					this.answered = true;
					showScore();
				}),
			);
		}
		showScore();
		new Setting(form).addButton((button) => {
			button.buttonEl.addClass(SAVE_RATING);
			button
				.setButtonText('Save rating')
				.setCta()
				.onClick(() => {
					// Busy rather than disabled while saving: a disabled button drops the keyboard's focus.
					if (button.buttonEl.getAttr('aria-busy') === 'true') return;
					button.buttonEl.setAttr('aria-busy', 'true');
					// A block body on purpose: a component has a then() method, so returning one from
					// a promise callback would make the promise chase it forever.
					void this.host.saveRating([...answers]).finally(() => {
						button.buttonEl.removeAttribute('aria-busy');
					});
				});
		});
		// The history is above the form, under the part's heading: put the form first.
		part.insertAfter(form, part.firstElementChild);
	}
}
