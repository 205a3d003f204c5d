// The network review: every figure, worked out for one day.
import type { Day } from '../day';
import type { RapportSettings } from '../settings';
import { networkCalendar } from './calendar';
import { composition } from './composition';
import { drifting } from './drift';
import { goalProgress } from './goals';
import { health } from './health';
import { keptFigures, type ReviewFigures } from './keptReview';
import { reciprocity } from './reciprocity';
import type { SelfRating } from './selfRating';
import type { ReviewInput } from './shared';
import { targets } from './targets';

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

/** Every figure worked out from every contact's timeline, figure by figure: what the kept figures must equal. */
export function freshFigures(input: ReviewInput, today: Day, settings: RapportSettings): ReviewFigures {
	return {
		composition: composition(input, today, settings),
		health: health(input, today, settings),
		reciprocity: reciprocity(input, today),
		targets: targets(input, today, settings),
		goals: goalProgress(input, settings.goals, today),
		drift: drifting(input, today),
		calendar: networkCalendar(input, today),
	};
}
