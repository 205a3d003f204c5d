// What a `rapport` code block asks for: the queue (all of it, one section, or the people
// with a tag) or one part of the network review. One line; blank lines and `#`-less
// comments aside, anything else is a mistake the block explains, listing what it accepts.
import { SECTION_IDS, type SectionId } from './queue';

export const REVIEW_PARTS = ['ties', 'composition', 'health', 'reciprocity', 'targets', 'goals', 'drift', 'calendar', 'rating'] as const;
export type ReviewPart = (typeof REVIEW_PARTS)[number];

export type RapportBlock =
	{ kind: 'queue'; section?: SectionId; tag?: string } | { kind: 'review'; part: ReviewPart } | { kind: 'invalid'; problem: string };

/** Every form a block accepts, for the message a mistake shows. */
export const BLOCK_FORMS: readonly string[] = [
	'queue',
	...SECTION_IDS.map((id) => `queue: ${id}`),
	'queue: #tag',
	...REVIEW_PARTS.map((part) => `review: ${part}`),
];

export function parseRapportBlock(source: string): RapportBlock {
	const lines = source
		.split(/\r\n|\r|\n/)
		.map((line) => line.trim())
		.filter((line) => line !== '' && !line.startsWith('//'));
	if (lines.length === 0) return { kind: 'invalid', problem: 'The block is empty' };
	if (lines.length > 1) return { kind: 'invalid', problem: `One line only; this block has ${lines.length}` };
	const line = lines[0] ?? '';
	const colon = line.indexOf(':');
	const what = (colon === -1 ? line : line.slice(0, colon)).trim().toLowerCase();
	const arg = colon === -1 ? '' : line.slice(colon + 1).trim();
	if (what !== 'queue' && what !== 'review') return { kind: 'invalid', problem: `'${line}' is not something the block shows` };
	if (what === 'queue') {
		if (!arg) return { kind: 'queue' };
		if (arg.startsWith('#')) {
			const tag = arg.slice(1).trim();
			return tag && !/\s/.test(tag) ? { kind: 'queue', tag } : { kind: 'invalid', problem: `'${arg}' is not a tag` };
		}
		const section = SECTION_IDS.find((id) => id === arg.toLowerCase());
		return section ? { kind: 'queue', section } : { kind: 'invalid', problem: `The queue has no section '${arg}'` };
	}
	if (!arg) return { kind: 'invalid', problem: 'Say which part of the review: review: goals, for one' };
	const part = REVIEW_PARTS.find((p) => p === arg.toLowerCase());
	return part ? { kind: 'review', part } : { kind: 'invalid', problem: `The review has no part '${arg}'` };
}
