// The loop closes through Rapport's own writes: what Log interaction writes is what the
// queue reads back, so a thank-you, a report-back, a follow-up and an unanswered ask each
// come up on their day and go once the next write settles them.
import { describe, expect, it } from 'vitest';
import { applyWrite, type ContactWrite } from '../../src/domain/contactWrites';
import { computeQueue, type Queue } from '../../src/domain/queue';
import { parseYaml } from '../../src/cli/frontmatter';
import { day, vault } from '../builders';

const SAM = 'People/Sam Rivera.md';
const ALEX = 'People/Alex Kim.md';
const START = '---\ntype: contact\nintroduced_by: "[[Alex Kim]]"\ntie: medium\n---\nMet through Alex.\n';

class Notes {
	readonly files = new Map([
		[SAM, START],
		[ALEX, '---\ntype: contact\ntie: strong\nlast_contact: 2026-11-01\n---\n'],
	]);

	write(path: string, op: ContactWrite, today: string): void {
		const result = applyWrite(this.files.get(path) ?? '', op, vault().settings, day(today), parseYaml);
		if (!result.ok) throw new Error(result.reason);
		this.files.set(path, result.text);
	}

	/** `section kind name` for every item of Sam's and Alex's but cadence ones, on a day. */
	queue(today: string): string[] {
		const v = vault();
		for (const [path, text] of this.files) v.note(path.replace(/\.md$/, ''), text);
		const queue: Queue = computeQueue(v.index(), day(today), v.settings);
		return queue.sections.flatMap((s) => s.items.filter((i) => i.kind !== 'cadence').map((i) => `${s.id} ${i.kind} ${i.name}`));
	}
}

describe('the follow-up loop, through the writer', () => {
	it('owes a thank-you and a report-back after the first coffee, and pays both off', () => {
		const notes = new Notes();
		notes.write(SAM, { op: 'log', entry: { date: day('2026-11-10'), kind: 'coffee', summary: 'first chat' } }, '2026-11-10');
		expect(notes.queue('2026-11-11').sort()).toEqual(['owed report-back Alex Kim', 'owed thank-you Sam Rivera']);
		notes.write(SAM, { op: 'log', entry: { date: day('2026-11-11'), kind: 'email', summary: 'thanks!' } }, '2026-11-11');
		notes.write(ALEX, { op: 'log', entry: { date: day('2026-11-12'), kind: 'message', summary: 'met Sam, thank you' } }, '2026-11-12');
		expect(notes.queue('2026-11-12')).toEqual([]);
	});

	it('brings a follow-up up on its day and clears it once ticked', () => {
		const notes = new Notes();
		notes.write(
			SAM,
			{ op: 'log', entry: { date: day('2026-11-10'), kind: 'email', followUp: { text: 'Send the deck', due: day('2026-11-12') } } },
			'2026-11-10',
		);
		notes.write(ALEX, { op: 'log', entry: { date: day('2026-11-10'), kind: 'message' } }, '2026-11-10');
		expect(notes.queue('2026-11-11')).toEqual(['upcoming follow-up Sam Rivera']);
		expect(notes.queue('2026-11-12')).toEqual(['owed follow-up Sam Rivera']);
		const line = (notes.files.get(SAM) ?? '').split('\n').findIndex((l) => l.includes('Send the deck'));
		notes.write(SAM, { op: 'complete', line, text: 'Send the deck' }, '2026-11-13');
		expect(notes.queue('2026-11-13')).toEqual([]);
	});

	it('nudges once about an unanswered ask, lets it go once, and is quiet after a reply', () => {
		const notes = new Notes();
		notes.write(ALEX, { op: 'log', entry: { date: day('2026-11-01'), kind: 'message' } }, '2026-11-01');
		notes.write(
			SAM,
			{ op: 'log', entry: { date: day('2026-11-02'), kind: 'email', summary: 'a referral?', asked: true, awaiting: true } },
			'2026-11-02',
		);
		notes.write(ALEX, { op: 'log', entry: { date: day('2026-11-03'), kind: 'message', summary: 'reported back' } }, '2026-11-03');
		expect(notes.queue('2026-11-08')).toEqual([]);
		expect(notes.queue('2026-11-09')).toEqual(['awaiting nudge Sam Rivera']);
		expect(notes.queue('2026-11-16')).toEqual(['awaiting let-go Sam Rivera']);
		expect(notes.queue('2026-11-22')).toEqual(['awaiting let-go Sam Rivera']);
		expect(notes.queue('2026-11-23')).toEqual([]);
		notes.write(SAM, { op: 'log', entry: { date: day('2026-11-10'), kind: 'email', summary: 'yes, sent it' } }, '2026-11-10');
		expect(notes.queue('2026-11-16')).toEqual([]);
	});

	it('takes a reply logged the same day as the ask, above it, for the reply', () => {
		const notes = new Notes();
		notes.write(ALEX, { op: 'log', entry: { date: day('2026-11-21'), kind: 'message' } }, '2026-11-21');
		notes.write(
			SAM,
			{ op: 'log', entry: { date: day('2026-11-21'), kind: 'email', summary: 'a referral?', asked: true, awaiting: true } },
			'2026-11-21',
		);
		expect(notes.queue('2026-11-28')).toEqual(['awaiting nudge Sam Rivera']);
		notes.write(SAM, { op: 'log', entry: { date: day('2026-11-21'), kind: 'email', summary: 'She replied' } }, '2026-11-21');
		expect(notes.files.get(SAM)).toMatch(/- 2026-11-21 email: She replied\n- 2026-11-21 email: a referral\? #asked #awaiting\n/);
		expect(notes.queue('2026-11-28')).toEqual([]);
		expect(notes.queue('2026-12-05')).toEqual([]);
	});

	it('takes the nudge you log for your follow-up, not for their reply, and then lets go for a week', () => {
		const notes = new Notes();
		notes.write(ALEX, { op: 'log', entry: { date: day('2026-11-01'), kind: 'message' } }, '2026-11-01');
		notes.write(
			SAM,
			{ op: 'log', entry: { date: day('2026-11-02'), kind: 'email', summary: 'a referral?', asked: true, awaiting: true } },
			'2026-11-02',
		);
		notes.write(ALEX, { op: 'log', entry: { date: day('2026-11-03'), kind: 'message', summary: 'reported back' } }, '2026-11-03');
		expect(notes.queue('2026-11-09')).toEqual(['awaiting nudge Sam Rivera']);
		notes.write(SAM, { op: 'log', entry: { date: day('2026-11-09'), kind: 'email', summary: 'any news?', nudge: true } }, '2026-11-09');
		expect(notes.files.get(SAM)).toContain('\n- 2026-11-09 email: any news? #nudge\n');
		// Nudged: no second nudge, and nothing until a week has passed.
		expect(notes.queue('2026-11-09')).toEqual([]);
		expect(notes.queue('2026-11-15')).toEqual([]);
		expect(notes.queue('2026-11-16')).toEqual(['awaiting let-go Sam Rivera']);
		expect(notes.queue('2026-11-22')).toEqual(['awaiting let-go Sam Rivera']);
		// Never nagged again.
		for (const later of ['2026-11-23', '2026-12-15', '2027-02-01']) expect(notes.queue(later)).toEqual([]);
	});
});
