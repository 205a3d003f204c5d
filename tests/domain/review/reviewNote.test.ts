import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/cli/frontmatter';
import { scanNote } from '../../../src/cli/scanNote';
import { computeReview } from '../../../src/domain/review/review';
import { reviewMarkdown, reviewNotePath } from '../../../src/domain/review/reviewMarkdown';
import { ratingHistory, ratingOfNote, selfRating, verdictOf } from '../../../src/domain/review/selfRating';
import { day, vault } from '../../builders';
import { TODAY, crowdVault, networkVault } from './networkVault';

const today = day(TODAY);

describe('self-rating', () => {
	it('scores the yes answers: 5 great shape, 3 or 4 enhance, 0 to 2 makeover', () => {
		expect([0, 1, 2, 3, 4, 5].map(verdictOf)).toEqual(['makeover', 'makeover', 'makeover', 'enhance', 'enhance', 'great shape']);
		// An answer that is no question, or given twice, is not counted.
		expect(selfRating(today, ['trust', 'future', 'trust', 'luck'])).toMatchObject({
			yes: ['trust', 'future'],
			score: 2,
			verdict: 'makeover',
		});
	});

	it("reads a review note's rating from its properties, and the history newest first", () => {
		const notes = [
			{
				path: 'Reviews/Network review 2026-05-01.md',
				frontmatter: { date: '2026-05-01', self_rating: 2, self_rating_yes: ['trust', 'vibrant'] },
			},
			// A score typed by hand counts; the day comes from the name when there is no date.
			{ path: 'Reviews/Network review 2026-08-01.md', frontmatter: { self_rating: 4 } },
			{ path: 'Reviews/Notes.md', frontmatter: { tags: ['review'] } },
			{ path: 'Reviews/Undated.md', frontmatter: { self_rating_yes: ['trust'] } },
		];
		expect(ratingHistory(notes).map((r) => [r.date, r.score, r.verdict])).toEqual([
			[day('2026-08-01'), 4, 'enhance'],
			[day('2026-05-01'), 2, 'makeover'],
		]);
	});

	it("keeps one rating a day, that of the day's note made last: the highest number", () => {
		const rated = (path: string, score: number): { path: string; frontmatter: Record<string, unknown> } => ({
			path,
			frontmatter: { date: '2026-11-21', self_rating: score },
		});
		const notes = [
			rated('Reviews/Network review 2026-11-21.md', 1),
			rated('Reviews/Network review 2026-11-21 2.md', 2),
			rated('Reviews/Network review 2026-11-21 3.md', 3),
		];
		const dayBefore = { path: 'Reviews/Network review 2026-11-20.md', frontmatter: { date: '2026-11-20', self_rating: 4 } };
		expect(ratingHistory([...notes, dayBefore].reverse()).map((r) => [r.date, r.score])).toEqual([
			[day('2026-11-21'), 3],
			[day('2026-11-20'), 4],
		]);
	});
});

describe('the review note', () => {
	const built = networkVault();
	const index = built.index();
	const rating = selfRating(today, ['trust', 'challenge', 'future', 'connected']);
	const earlier = selfRating(day('2026-08-01'), ['trust']);
	const review = computeReview(index, today, built.settings, [earlier]);
	const markdown = reviewMarkdown(review, index, rating);

	it('keeps its self-rating in properties that read back as the same rating', () => {
		const path = reviewNotePath(built.settings, today);
		expect(path).toBe('Reviews/Network review 2026-11-21.md');
		const note = scanNote(path, markdown, parseYaml);
		expect(ratingOfNote(path, note.frontmatter)).toEqual({ ...rating, path });
		expect(markdown).toContain('- [x] People in my network trust me enough to tell me the truth\n- [x] My network challenges me');
		expect(markdown).toContain('- [ ] My network feels vibrant and dynamic');
		expect(markdown).toContain('Score 4 of 5: enhance.');
		expect(markdown).toContain('Before:\n- 2026-08-01: 1 (makeover)');
	});

	it('says every part of the review, linking the people', () => {
		expect(markdown).toContain('- Ties: strong 3 (50%), medium 1 (17%), weak 1 (17%), unset 1 (17%)');
		expect(markdown).toContain('- Added in the last 90 days: 3: [[Gus]] (20 Nov), [[Cleo]] (1 Nov), [[Ana]] (29 Sep)');
		expect(markdown).toContain('- Overdue: 1 of 5 (20%)');
		expect(markdown).toContain('- [[Ben]]: asked 2, gave 0');
		expect(markdown).toContain(
			'- Stripe: gap: no one. Might introduce you: [[Cleo]] (used to work at Stripe), [[Gus]] (introduced by [[Finn]])',
		);
		expect(markdown).toContain('- societe generale: [[Ana]] (strong, 15 Nov)');
		expect(markdown).toContain('- Coffee chats with new contacts: 2 of 2 this month ✓');
		expect(markdown).toContain('- [[Ben]]: quiet for 3mo; you usually talk every 7d');
		expect(markdown).toContain('- Week of 16 Nov: 1');
	});

	it('changes nothing about anyone when it is in the vault: no tags of its own, no contact counted', () => {
		// A `#fintech` in its text would tag the note; a `#contact` would make it a contact.
		expect(markdown).not.toMatch(/(^|\s)#[^\s#]/m);
		const before = index.contacts().map((c) => [c.path, index.timeline(c.path).length]);
		const withNote = networkVault().note(reviewNotePath(built.settings, today), markdown).index();
		expect(withNote.contacts().map((c) => [c.path, withNote.timeline(c.path).length])).toEqual(before);
	});
});

describe('the review note of an old silence', () => {
	it('says how long in years, as drift says its silences', () => {
		const built = vault().contact('Maya Larsen', (c) => c.tie('strong').interaction('1979-03-01 call: The last word'));
		const index = built.index();
		const markdown = reviewMarkdown(computeReview(index, today, built.settings), index);
		expect(markdown).toContain('- Median time since last contact: strong 48y, medium —, weak —, unset —');
		expect(markdown).toContain('- Strong ties out of touch longest: [[Maya Larsen]] (48y, since 1 Mar 1979)');
	});
});

describe('the review note of a large network', () => {
	const built = crowdVault();
	const index = built.index();
	const markdown = reviewMarkdown(computeReview(index, today, built.settings), index);
	const links = (name: string): string => Array.from({ length: 8 }, (_, i) => `[[${name} 0${i + 1}]]`).join(', ');

	it('names the first eight of a long list, then how many more and where they all are', () => {
		expect(markdown).toContain(`- Never in touch: ${links('Person')}, and 12 more (Open network review lists all)\n`);
		expect(markdown).toContain('- [[Taker 08]]: asked 2, gave 0\n- and 4 more (Open network review lists all)\n');
		expect(markdown).not.toContain('[[Taker 09]]');
		expect(markdown).toMatch(/- Stripe: (\[\[Person \d\d\]\] \(strong, never\), ){8}and 12 more \(Open network review lists all\)\n/);
	});
});
