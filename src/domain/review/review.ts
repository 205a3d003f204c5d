// The network review: every figure, worked out for one day.
import type { Day } from '../day';
import type { RapportSettings } from '../settings';
import { networkCalendar, type CalendarWeek } from './calendar';
import { composition, type Composition } from './composition';
import { drifting, type DriftingPerson } from './drift';
import { goalProgress, type GoalProgress } from './goals';
import { health, type Health } from './health';
import { reciprocity, type Reciprocity } from './reciprocity';
import type { SelfRating } from './selfRating';
import type { ReviewInput } from './shared';
import { targets, type Target } from './targets';

export interface NetworkReview {
	today: Day;
	composition: Composition;
	health: Health;
	reciprocity: Reciprocity;
	targets: Target[];
	goals: GoalProgress[];
	drift: DriftingPerson[];
	calendar: CalendarWeek[];
	/** Newest first: the latest rating is the first. */
	selfRatings: SelfRating[];
}

/** `ratings` are the self-ratings kept so far (ratingHistory over the review folder's notes). */
export function computeReview(
	input: ReviewInput,
	today: Day,
	settings: RapportSettings,
	ratings: readonly SelfRating[] = [],
): NetworkReview {
	return {
		today,
		composition: composition(input, today, settings),
		health: health(input, today, settings),
		reciprocity: reciprocity(input, today),
		targets: targets(input, today, settings),
		goals: goalProgress(input, settings.goals, today),
		drift: drifting(input, today),
		calendar: networkCalendar(input, today),
		selfRatings: [...ratings].sort((a, b) => b.date - a.date),
	};
}
