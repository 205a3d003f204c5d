// The network review's parts for heading navigation: each target and each goal is a heading
// one level below its part's, as the lists inside the other parts ("Companies", "Tags") are.
import { describe, expect, it } from 'vitest';
import type { NetworkReview } from '../../src/domain/review/review';
import { drawReviewPart, type ReviewContext } from '../../src/ui/reviewSections';

const ctx: ReviewContext = { today: 20_000, told: (name) => name, open: () => undefined, openSettings: () => undefined };

/** The part's headings as a screen reader lists them: level and text. */
function outline(el: HTMLElement): string[] {
	return Array.from(el.querySelectorAll('[role="heading"]')).map((h) => `${h.getAttribute('aria-level')} ${h.textContent}`);
}

describe('review parts for heading navigation', () => {
	it('makes each target a heading under Targets and gaps, a gap included', () => {
		const review = {
			targets: [
				{
					kind: 'company',
					name: 'Acme',
					gap: false,
					people: [{ name: 'Sam Rivera', path: 'People/Sam Rivera.md', tie: 'strong' }],
					introducers: [],
				},
				{ kind: 'tag', name: 'devtools', gap: true, people: [], introducers: [] },
			],
		} as unknown as NetworkReview;
		const el = document.body.createDiv();
		drawReviewPart(el, 'targets', review, ctx);
		expect(outline(el)).toEqual(['3 Targets and gaps', '4 Acme', '4 #devtools']);
	});

	it('makes each goal a heading under Goals', () => {
		const review = {
			goals: [
				{
					goal: { label: 'Coffee chats with new contacts', count: 2, period: 'month' },
					current: { count: 1, done: false },
					previous: [],
				},
			],
		} as unknown as NetworkReview;
		const el = document.body.createDiv();
		drawReviewPart(el, 'goals', review, ctx);
		expect(outline(el)).toEqual(['3 Goals', '4 Coffee chats with new contacts']);
	});
});
