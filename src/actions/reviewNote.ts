// Create review note and the self-rating's Save, written once for both hosts: the day's
// review as a dated note in the review folder (never over a note there: a second review on
// one day is "Network review 2026-11-21 2"), and a rating saved as the properties of that
// day's newest review note, which is where the next review reads the history back from.
import { setProperty } from '../domain/noteProperties';
import { joinNote, splitNote } from '../domain/noteText';
import { computeReview } from '../domain/review/review';
import { newestReviewNote, reviewMarkdown, reviewNotePath, rewriteRatingSection } from '../domain/review/reviewMarkdown';
import { readPropertiesByName } from '../domain/propertyNames';
import { RATING_KEYS, type SelfRating } from '../domain/review/selfRating';
import type { ReviewInput } from '../domain/review/shared';
import { formatDay } from '../domain/day';
import { Draft } from './changes';
import { insideVault, type ActionContext } from './context';
import { refuse, type Plan } from './runner';

export interface ReviewNoteRequest {
	/** The self-ratings kept so far (ratingHistory over the review folder's notes), for the history. */
	ratings: readonly SelfRating[];
	/** The paths of the review folder's notes, to find the day's newest review note. */
	reviewNotes: readonly string[];
	/** The index with what only some hosts know (when a note was made, link text); the index itself when not given. */
	input?: ReviewInput;
}

/** Writes the day's review as a new note; its path is the value. */
export async function planReviewNote(ctx: ActionContext, request: ReviewNoteRequest, rating?: SelfRating): Promise<Plan<string>> {
	const draft = new Draft(ctx.store);
	const wanted = reviewNotePath(ctx.settings, ctx.today);
	if (!insideVault(wanted)) return refuse(`the review folder '${ctx.settings.reviewFolder}' is outside the vault; nothing was written`);
	// A review of nobody is an empty note; a self-rating alone is still worth keeping.
	if (!rating && ctx.index.contacts().length === 0) return refuse('there are no contacts to review yet; nothing was written');
	// Numbered past the day's highest, so the highest number is always the note made last.
	let number = (newestReviewNote(ctx.settings, ctx.today, request.reviewNotes)?.number ?? 0) + 1;
	const taken = (p: string): boolean => ctx.store.exists(p) || draft.makesAs(p) !== undefined;
	while (taken(reviewNotePath(ctx.settings, ctx.today, number))) number++;
	const path = reviewNotePath(ctx.settings, ctx.today, number);
	draft.create(path, markdownOf(ctx, request, rating));
	return { ok: true, draft, label: `Created ${path}`, value: path };
}

/**
 * Saves a self-rating with today's date: in the properties of today's newest review note
 * (the highest number) when there is one, and in its self-rating section while that is as
 * Rapport wrote it (nothing else in the note changes), else in a new review note made with it.
 */
export async function planSaveRating(ctx: ActionContext, request: ReviewNoteRequest, rating: SelfRating): Promise<Plan<string>> {
	const path = newestReviewNote(ctx.settings, ctx.today, request.reviewNotes)?.path ?? reviewNotePath(ctx.settings, ctx.today);
	if (!insideVault(path)) return refuse(`the review folder '${ctx.settings.reviewFolder}' is outside the vault; nothing was written`);
	const said = `Saved your self-rating, ${rating.score} of 5 (${rating.verdict}),`;
	if (!ctx.store.exists(path)) {
		const made = await planReviewNote(ctx, request, rating);
		return made.ok ? { ...made, label: `${said} in a new review note, ${made.value ?? path}` } : made;
	}
	const draft = new Draft(ctx.store);
	const text = await draft.read(path);
	if (text === undefined) return refuse(`${path} is not a note; nothing was written`);
	const note = splitNote(text);
	// By the names Rapport reads, as the writes below find their lines: `Self_Rating` is `self_rating`.
	const properties = readPropertiesByName(note, ctx.parseYaml, ctx.settings);
	// Writing into properties that do not parse could lose what the user wrote there.
	if (properties instanceof Error) return refuse(`${path}: ${properties.message}; fix its properties, then save again`);
	setProperty(note, RATING_KEYS.score, String(rating.score));
	setProperty(note, RATING_KEYS.yes, `[${rating.yes.join(', ')}]`);
	if (properties?.[RATING_KEYS.date] === undefined) setProperty(note, RATING_KEYS.date, formatDay(ctx.today));
	const ticked = rewriteRatingSection(note, rating);
	draft.write(path, joinNote(note));
	// A rating saved there before is replaced: say so, with what it was.
	const before = properties?.[RATING_KEYS.score];
	const replaced =
		typeof before === 'number' || typeof before === 'string' ? `, replacing the ${String(before)} of 5 saved there before` : '';
	// A section the user changed is theirs: only the properties say the new rating then.
	const left = ticked ? '' : '; its self-rating section is not as Rapport wrote it, so it was left as it is';
	return { ok: true, draft, label: `${said} in ${path}${replaced}${left}`, value: path };
}

/**
 * A review note's text. A note made on a day rated already (in an earlier note of the day)
 * carries that rating, so the day keeps one rating and the newest note holds it.
 */
function markdownOf(ctx: ActionContext, request: ReviewNoteRequest, given: SelfRating | undefined): string {
	const input = request.input ?? ctx.index;
	const rating = given ?? request.ratings.find((r) => r.date === ctx.today);
	const ratings = rating ? [rating, ...request.ratings.filter((r) => r.date !== rating.date)] : request.ratings;
	return reviewMarkdown(computeReview(input, ctx.today, ctx.settings, ratings), input, rating);
}
