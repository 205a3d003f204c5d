// Snooze from a queue row, as the plugin runs it: which write a row gets, and what the
// note and the queue read afterwards.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/cli/frontmatter';
import { applyWrite } from '../../src/domain/contactWrites';
import { computeQueue, type QueueItem, type SectionId } from '../../src/domain/queue';
import { followUpSnooze, snoozeMove } from '../../src/domain/snooze';
import { day, vault, type VaultBuilder } from '../builders';

const ANA = 'People/Ana Ruiz.md';
const TODAY = day('2026-11-21');

function items(v: VaultBuilder, id: SectionId, today = TODAY): QueueItem[] {
	return computeQueue(v.index(), today, v.settings).sections.find((s) => s.id === id)?.items ?? [];
}

/** Ana, met at the Summit, with one follow-up. */
function ana(followUp: string): VaultBuilder {
	return vault().contact('Ana Ruiz', (c) => c.lastContact('2026-11-20').followUp(followUp));
}

/** Snoozes the row as the plugin does; the write made, or the day it is owed from when none. */
function snooze(v: VaultBuilder, item: QueueItem | undefined, until: string): string | undefined {
	const move = item ? snoozeMove(item) : undefined;
	if (move?.kind !== 'follow-up') throw new Error('not a follow-up row');
	const snoozed = followUpSnooze(move.task, day(until));
	if (!('write' in snoozed)) return `owed from ${snoozed.owedFrom - TODAY}d`;
	const result = applyWrite(v.files.get(move.task.path) ?? '', snoozed.write, v.settings, TODAY, parseYaml);
	if (!result.ok) throw new Error(result.reason);
	v.note(move.task.path, result.text);
	return undefined;
}

describe('snoozing a follow-up', () => {
	it('owed from its start date, to a day before it is due: the start date moves, the due date stays', () => {
		const v = ana('- [ ] Follow up from [[Summit]] 🛫 2026-11-20 📅 2026-11-30');
		const row = items(v, 'owed').find((i) => i.kind === 'follow-up');
		expect(snooze(v, row, '2026-11-28')).toBeUndefined();
		expect(v.files.get(ANA)).toContain('- [ ] Follow up from [[Summit]] 🛫 2026-11-28 📅 2026-11-30\n');
		expect(items(v, 'owed').filter((i) => i.kind === 'follow-up')).toEqual([]);
		expect(
			items(v, 'owed', day('2026-11-28'))
				.filter((i) => i.kind === 'follow-up')
				.map((i) => i.reason),
		).toEqual(['Follow up from [[Summit]] · due in 2d']);
	});

	it('to a day after it is due: both dates move there', () => {
		const v = ana('- [ ] Follow up from [[Summit]] 🛫 2026-11-20 📅 2026-11-30');
		expect(
			snooze(
				v,
				items(v, 'owed').find((i) => i.kind === 'follow-up'),
				'2026-12-05',
			),
		).toBeUndefined();
		expect(v.files.get(ANA)).toContain('- [ ] Follow up from [[Summit]] 🛫 2026-12-05 📅 2026-12-05\n');
	});

	it('not owed before the day picked anyway: nothing is written', () => {
		const v = ana('- [ ] Send the deck 🛫 2026-11-25 📅 2026-11-27');
		expect(
			snooze(
				v,
				items(v, 'upcoming').find((i) => i.kind === 'follow-up'),
				'2026-11-24',
			),
		).toBe('owed from 4d');
		const plain = ana('- [ ] Send the deck 📅 2026-11-27');
		expect(
			snooze(
				plain,
				items(plain, 'upcoming').find((i) => i.kind === 'follow-up'),
				'2026-11-26',
			),
		).toBe('owed from 6d');
	});
});
