// The network self-rating: five yes/no questions, scored 5 great shape, 3–4 enhance, 0–2
// makeover. Each rating is kept in the dated review note it was made with, as properties
// (`self_rating: 4`, `self_rating_yes: [trust, challenge, …]`): a note syncs, can be read
// and searched, and outlives the plugin, which data.json does not promise. The history is
// read back from the notes in the review folder.
import { dayFromValue, type Day } from '../day';
import { baseName } from '../links';

export const RATING_QUESTIONS = [
	{ id: 'trust', text: 'People in my network trust me enough to tell me the truth' },
	{ id: 'challenge', text: 'My network challenges me as much as it supports me' },
	{ id: 'vibrant', text: 'My network feels vibrant and dynamic' },
	{ id: 'future', text: 'My network represents my future as much as my past' },
	{ id: 'connected', text: 'The networks connected to mine are strong' },
] as const;
export type RatingQuestion = (typeof RATING_QUESTIONS)[number]['id'];

export type RatingVerdict = 'great shape' | 'enhance' | 'makeover';

export interface SelfRating {
	date: Day;
	/** The questions answered yes (empty when a note gives only its score). */
	yes: RatingQuestion[];
	score: number;
	verdict: RatingVerdict;
	/** The review note it was read from, when it was. */
	path?: string;
}

/** The review note's property names for a rating. */
export const RATING_KEYS = { score: 'self_rating', yes: 'self_rating_yes', date: 'date' } as const;

export function verdictOf(score: number): RatingVerdict {
	return score >= 5 ? 'great shape' : score >= 3 ? 'enhance' : 'makeover';
}

/** A rating from the questions answered yes; an id that is no question is not counted. */
export function selfRating(date: Day, yes: readonly string[]): SelfRating {
	const answered = RATING_QUESTIONS.map((q) => q.id).filter((id) => yes.includes(id));
	return { date, yes: answered, score: answered.length, verdict: verdictOf(answered.length) };
}

/**
 * The rating a review note holds, from its properties: its day from `date` (or a name
 * starting YYYY-MM-DD, or ending with one, as Create review note names them), and the
 * questions answered yes. None when the note holds no rating.
 */
export function ratingOfNote(path: string, frontmatter: Record<string, unknown> | undefined): SelfRating | undefined {
	const yes = frontmatter?.[RATING_KEYS.yes];
	if (!frontmatter || (yes === undefined && frontmatter[RATING_KEYS.score] === undefined)) return undefined;
	const name = baseName(path);
	const date = dayFromValue(frontmatter[RATING_KEYS.date]) ?? dayFromValue(/\d{4}-\d{2}-\d{2}/.exec(name)?.[0] ?? '');
	if (date === undefined) return undefined;
	const score = frontmatter[RATING_KEYS.score];
	// A score typed by hand, with no list of answers, still counts.
	if (yes === undefined && typeof score === 'number' && Number.isInteger(score) && score >= 0 && score <= RATING_QUESTIONS.length)
		return { date, yes: [], score, verdict: verdictOf(score), path };
	const ids = Array.isArray(yes) ? yes.filter((v): v is string => typeof v === 'string') : typeof yes === 'string' ? yes.split(',') : [];
	return {
		...selfRating(
			date,
			ids.map((id) => id.trim().toLowerCase()),
		),
		path,
	};
}

/** A note's number as Create review note gives it, in the order made: 3 for `Network review 2026-11-21 3.md`, else 1. */
function madeNumber(path: string | undefined): number {
	return Number(/ ([1-9]\d*)\.md$/.exec(path ?? '')?.[1] ?? 1);
}

/**
 * The ratings of these notes, newest first, one a day: of one day's notes holding one, the
 * rating of the one made last (the highest number), which a save on that day goes into.
 */
export function ratingHistory(notes: Iterable<{ path: string; frontmatter?: Record<string, unknown> }>): SelfRating[] {
	const ratings: SelfRating[] = [];
	for (const note of notes) {
		const rating = ratingOfNote(note.path, note.frontmatter);
		if (rating) ratings.push(rating);
	}
	ratings.sort((a, b) => b.date - a.date || madeNumber(b.path) - madeNumber(a.path) || ((a.path ?? '') < (b.path ?? '') ? -1 : 1));
	return ratings.filter((rating, i) => i === 0 || ratings[i - 1]?.date !== rating.date);
}
