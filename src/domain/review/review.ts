// The network review: every figure, worked out for one day.
import type { Day } from '../day';
import type { RapportSettings } from '../settings';
import { keptFigures, type ReviewFigures } from './keptReview';
import type { SelfRating } from './selfRating';
import type { ReviewInput } from './shared';

export interface NetworkReview extends ReviewFigures {
	today: Day;
	/** Newest first: the latest rating is the first. */
	selfRatings: SelfRating[];
}

/**
 * `ratings` are the self-ratings kept so far (ratingHistory over the review folder's notes).
 * The figures are kept per input and brought up to date after an edit (see keptReview.ts):
 * treat them as read-only, since a later call with nothing changed returns the same ones.
 */
export function computeReview(
	input: ReviewInput,
	today: Day,
	settings: RapportSettings,
	ratings: readonly SelfRating[] = [],
): NetworkReview {
	return { today, ...keptFigures(input, today, settings), selfRatings: [...ratings].sort((a, b) => b.date - a.date) };
}
