// Daily notes found anywhere in the vault: two folders may each hold a note for one day.
// Both are evidence, each kept current on its own, and the queue after every edit is the
// one a fresh index over the same notes gives.
import { describe, expect, it } from 'vitest';
import { datedNoteMatcher } from '../../src/domain/datedNotes';
import { computeQueue } from '../../src/domain/queue';
import { ContactIndex } from '../../src/index/contactIndex';
import { day, vault, type VaultBuilder } from '../builders';

const TODAY = day('2026-11-21');

function indexOf(v: VaultBuilder): ContactIndex {
	const index = new ContactIndex(v.settings, datedNoteMatcher('', 'YYYY-MM-DD', true));
	index.build(v.source());
	return index;
}

describe('two daily notes of one day', () => {
	it('each counts as contact, and dropping one leaves the other', () => {
		const v = vault()
			.contact('Sam Rivera', (c) => c.tie('strong'))
			.contact('Jo Park', (c) => c.tie('strong'))
			.note('Daily/2026-11-10', '- Lunch with [[Sam Rivera]]')
			.note('Work/2026-11-10', '- Call with [[Jo Park]]');
		const index = indexOf(v);
		const last = (path: string): string | undefined => {
			const queue = computeQueue(index, TODAY, v.settings);
			expect(queue).toEqual(computeQueue(indexOf(v), TODAY, v.settings));
			return index.timeline(path).find((e) => e.via === 'dated')?.source;
		};
		expect(index.noteCount).toBe(4);
		expect(index.datedNoteCount).toBe(2);
		expect(last('People/Sam Rivera.md')).toBe('Daily/2026-11-10.md');
		expect(last('People/Jo Park.md')).toBe('Work/2026-11-10.md');

		v.note('Daily/2026-11-10', '- Lunch alone');
		index.update(v.source(), 'Daily/2026-11-10.md');
		expect(last('People/Sam Rivera.md')).toBeUndefined();
		expect(last('People/Jo Park.md')).toBe('Work/2026-11-10.md');

		v.delete('Work/2026-11-10');
		index.remove('Work/2026-11-10.md');
		expect(last('People/Jo Park.md')).toBeUndefined();
		expect(index.noteCount).toBe(3);

		v.note('Work/2026-11-10', '- Call with [[Jo Park]] and [[Sam Rivera]]');
		index.update(v.source(), 'Work/2026-11-10.md');
		expect(last('People/Sam Rivera.md')).toBe('Work/2026-11-10.md');
		expect(last('People/Jo Park.md')).toBe('Work/2026-11-10.md');

		v.delete('Daily/2026-11-10');
		index.remove('Daily/2026-11-10.md');
		v.delete('Work/2026-11-10').note('Archive/2026-11-10', '- Call with [[Jo Park]] and [[Sam Rivera]]');
		index.rename(v.source(), 'Work/2026-11-10.md', 'Archive/2026-11-10.md');
		expect(last('People/Jo Park.md')).toBe('Archive/2026-11-10.md');
		expect(index.noteCount).toBe(3);
	});
});
