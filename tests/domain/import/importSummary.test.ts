// The import's Notice in words: people counted once, new and updated apart, and who waits in triage.
import { describe, expect, it } from 'vitest';
import { importSummary } from '../../../src/domain/import/importSummary';

describe('importSummary', () => {
	it('counts new and updated people, a changed one once, and says how many wait in triage', () => {
		const done = {
			created: ['People/A.md', 'People/B.md', 'People/C.md'],
			updated: ['People/D.md', 'People/E.md'],
			changed: ['People/E.md', 'People/F.md'],
			untriaged: 3,
		};
		expect(importSummary(done)).toBe('Imported 6 people: 3 new, 3 updated. 3 wait in triage.');
	});

	it('speaks of one person as one, and leaves out what is none', () => {
		expect(importSummary({ created: [], updated: ['People/D.md'], changed: [], untriaged: 0 })).toBe('Imported 1 person: 1 updated.');
		expect(importSummary({ created: ['People/A.md'], updated: [], changed: [], untriaged: 1 })).toBe(
			'Imported 1 person: 1 new. 1 waits in triage.',
		);
	});
});
