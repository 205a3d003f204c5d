// What a `rapport` code block accepts, and the message for what it does not.
import { describe, expect, it } from 'vitest';
import { parseRapportBlock } from '../../src/domain/rapportBlock';
import { knownPlaces } from '../../src/domain/review/who';
import { vault } from '../builders';

describe('a rapport block', () => {
	it('reads the queue, a section of it, a tag, and a part of the review, case and spacing aside', () => {
		expect(parseRapportBlock('queue')).toEqual({ kind: 'queue' });
		expect(parseRapportBlock('  Queue:  Owed \n')).toEqual({ kind: 'queue', section: 'owed' });
		expect(parseRapportBlock('queue: #devtools/rust')).toEqual({ kind: 'queue', tag: 'devtools/rust' });
		expect(parseRapportBlock('\nreview: goals\n\n')).toEqual({ kind: 'review', part: 'goals' });
		expect(parseRapportBlock('review:calendar')).toEqual({ kind: 'review', part: 'calendar' });
	});

	it('says what is wrong with anything else', () => {
		expect(parseRapportBlock('')).toEqual({ kind: 'invalid', problem: 'The block is empty' });
		expect(parseRapportBlock('queue\nreview: ties')).toEqual({ kind: 'invalid', problem: 'One line only; this block has 2' });
		expect(parseRapportBlock('queue: later')).toEqual({ kind: 'invalid', problem: "The queue has no section 'later'" });
		expect(parseRapportBlock('queue: # two words')).toEqual({ kind: 'invalid', problem: "'# two words' is not a tag" });
		expect(parseRapportBlock('review')).toEqual({ kind: 'invalid', problem: 'Say which part of the review: review: goals, for one' });
		expect(parseRapportBlock('reviews: ties')).toEqual({ kind: 'invalid', problem: "'reviews: ties' is not something the block shows" });
	});
});

describe('the places Who do I know at… offers', () => {
	it('are companies, own tags and each part of a location, spelt as first met, most people first, archived people aside', () => {
		const v = vault()
			.contact('Ana Ruiz', (c) => c.company('Société Générale').prop('location', 'Lisbon, Portugal').prop('tags', '[contact, devtools]'))
			.contact('Jo Park', (c) => c.company('SOCIETE GENERALE').prop('location', 'lisbon'))
			.contact('Mia Chen', (c) => c.company('Stripe').status('archived'));
		expect(knownPlaces(v.index(), v.settings.contactTags).map((p) => `${p.kind} ${p.name} ${p.count}`)).toEqual([
			'location Lisbon 2',
			'company Société Générale 2',
			'tag devtools 1',
			'location Portugal 1',
		]);
	});
});
