// rapport review and rapport who on a vault on disk: the documented JSON, the text a person
// reads, usage mistakes, and nothing written.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vault } from '../builders';
import { crowdVault, networkVault, TODAY } from '../domain/review/networkVault';
import { cli, filesOf, snapshot, writeVault } from './tempVault';

/** The review tests' network on disk, with its targets and a goal in data.json, and one earlier review note. */
function networkOnDisk(): string {
	const v = networkVault().note(
		'Reviews/Network review 2026-08-01',
		'---\ntype: review\ndate: 2026-08-01\nself_rating: 3\nself_rating_yes: [trust, vibrant, future]\n---\n# Network review\n',
	);
	const root = writeVault(v);
	mkdirSync(join(root, '.obsidian/plugins/rapport'), { recursive: true });
	writeFileSync(
		join(root, '.obsidian/plugins/rapport/data.json'),
		JSON.stringify({
			targetCompanies: ['Stripe', 'societe generale'],
			targetTags: ['fintech'],
			goals: [{ label: 'Coffees with new people', period: 'month', count: 2, rule: 'new-contact-coffees' }],
		}),
	);
	return root;
}

interface ReviewJson {
	composition: { tie: Record<string, number>; status: Record<string, number>; company: { name: string; count: number }[] };
	health: { overdue: number; counted: number };
	reciprocity: { takeOnly: unknown[] };
	targets: { kind: string; name: string; gap: boolean; people: unknown[]; introducers: { name: string }[] }[];
	goals: { label: string; current: { period: string; count: number; done: boolean } }[];
	drift: unknown[];
	selfRating: { latest: { date: string; score: number; verdict: string } | null; history: { date: string }[] };
}

describe('rapport review', () => {
	it('prints the documented JSON, reading targets, goals and past ratings from the vault', async () => {
		const root = networkOnDisk();
		const before = snapshot(root);
		const result = await cli('review', '--vault', root, '--today', TODAY, '--json');
		expect(result.code).toBe(0);
		const review = JSON.parse(result.out) as ReviewJson;
		expect(review.composition.tie).toEqual({ strong: 3, medium: 1, weak: 1, unset: 1 });
		expect(review.composition.status).toEqual({ active: 6, dormant: 1, archived: 1 });
		expect(review.composition.company[0]).toEqual({ name: 'Acme', count: 2 });
		expect(review.health).toMatchObject({ overdue: 1, counted: 5 });
		expect(review.reciprocity.takeOnly).toEqual([{ name: 'Ben', path: 'People/Ben.md', asked: 2, gave: 0 }]);
		expect(review.targets.map((t) => [t.kind, t.name, t.gap])).toEqual([
			['company', 'Stripe', true],
			['company', 'societe generale', false],
			['tag', 'fintech', false],
		]);
		expect(review.targets[0]?.introducers.map((i) => i.name)).toEqual(['Cleo', 'Gus']);
		// Scripts get the reason as written, links and all; the text reads it.
		expect(review.targets[0]?.introducers[1]).toEqual({ name: 'Gus', path: 'People/Gus.md', why: 'introduced by [[Finn]]' });
		expect(review.targets[1]?.people).toEqual([{ name: 'Ana', path: 'People/Ana.md', tie: 'strong', lastContact: '2026-11-15' }]);
		expect(review.goals).toHaveLength(1);
		expect(review.goals[0]).toMatchObject({ label: 'Coffees with new people', current: { period: '2026-11', count: 2, done: true } });
		expect(review.drift).toEqual([{ name: 'Ben', path: 'People/Ben.md', silenceDays: 81, usualGapDays: 7 }]);
		expect(review.selfRating.latest).toMatchObject({ date: '2026-08-01', score: 3, verdict: 'enhance' });
		expect(snapshot(root)).toEqual(before);
	});

	it('prints a report a person reads, links as they read', async () => {
		const result = await cli('review', '--vault', networkOnDisk(), '--today', TODAY);
		expect(result.code).toBe(0);
		expect(result.out).toContain('Composition (6 active, 1 dormant, 1 archived)');
		expect(result.out).toContain('  overdue: 1 of 5 kept by cadence (20%)');
		expect(result.out).toContain('  Stripe: gap: no one; might introduce you: Cleo (used to work at Stripe), Gus (introduced by Finn)');
		expect(result.out).toContain('  Ben: quiet for 3mo; you usually talk every 7d');
		expect(result.out).toContain('  2026-08-01: 3 of 5, enhance');
	});

	it('names the first eight of a long list and how many more, every name still in the JSON', async () => {
		const root = writeVault(crowdVault());
		const text = await cli('review', '--vault', root, '--today', TODAY);
		const line = (start: string): string => text.out.split('\n').find((l) => l.startsWith(start)) ?? '';
		const persons = Array.from({ length: 8 }, (_, i) => `Person 0${i + 1}`).join(', ');
		expect(line('  never in touch: ')).toBe(`  never in touch: ${persons}, and 12 more (all in --json)`);
		const takers = Array.from({ length: 8 }, (_, i) => `Taker 0${i + 1} (asked 2)`).join(', ');
		expect(line('  take-only')).toBe(`  take-only (asked twice or more, never gave): ${takers}, and 4 more (all in --json)`);
		const json = JSON.parse((await cli('review', '--vault', root, '--today', TODAY, '--json')).out) as {
			health: { neverContacted: unknown[] };
			reciprocity: { takeOnly: unknown[] };
		};
		expect(json.health.neverContacted).toHaveLength(20);
		expect(json.reciprocity.takeOnly).toHaveLength(12);
	});

	it('says a long silence in years, as drift says its silences, not in raw days', async () => {
		const root = writeVault(vault().contact('Maya Larsen', (c) => c.tie('strong').interaction('1979-03-01 call: The last word')));
		const result = await cli('review', '--vault', root, '--today', TODAY);
		expect(result.out).toContain('  strong ties out of touch longest: Maya Larsen (48y)');
		expect(result.out).toContain('  median time since last contact: strong 48y, medium -, weak -, unset -');
		const json = JSON.parse((await cli('review', '--vault', root, '--today', TODAY, '--json')).out) as {
			health: { longestSilentStrong: { silenceDays: number }[] };
		};
		expect(json.health.longestSilentStrong[0]?.silenceDays).toBe(17432);
	});

	it('names a goal in data.json it cannot use, and reviews with the rest', async () => {
		const root = writeVault(networkVault());
		mkdirSync(join(root, '.obsidian/plugins/rapport'), { recursive: true });
		writeFileSync(join(root, '.obsidian/plugins/rapport/data.json'), JSON.stringify({ goals: [{ rule: 'lunches', count: 2 }] }));
		const result = await cli('review', '--vault', root, '--today', TODAY, '--json');
		expect(result.code).toBe(0);
		expect(result.err).toContain('.obsidian/plugins/rapport/data.json: goals[0]: rule: expected new-contact-coffees');
		expect((JSON.parse(result.out) as ReviewJson).goals).toEqual([]);
	});
});

describe('rapport review --note and --rating', () => {
	const NOTE = 'Reviews/Network review 2026-11-21.md';

	it("writes the day's review note, as Create review note does, and prints its path; a second one beside it", async () => {
		const root = networkOnDisk();
		const first = await cli('review', '--vault', root, '--today', TODAY, '--note');
		expect(first).toMatchObject({ code: 0, out: NOTE });
		const text = filesOf(root)[NOTE] ?? '';
		expect(text).toMatch(/^---\ntype: review\n/);
		expect(text).toContain('[[Cleo]] (used to work at Stripe)');
		expect(text).toContain('## Self-rating');
		const second = await cli('review', '--vault', root, '--today', TODAY, '--note', '--json');
		expect(JSON.parse(second.out)).toEqual({ written: 'Reviews/Network review 2026-11-21 2.md', created: true });
		expect(filesOf(root)[NOTE]).toBe(text);
	});

	it('writes no review note for a vault with no contacts, and says why; a self-rating is still saved', async () => {
		const root = writeVault(vault().note('Notes/Ideas', '# Ideas\n'));
		expect(await cli('review', '--vault', root, '--today', TODAY, '--note')).toEqual({
			code: 1,
			out: '',
			err: 'rapport: there are no contacts to review yet; nothing was written',
		});
		expect(Object.keys(filesOf(root))).toEqual(['Notes/Ideas.md']);
		expect((await cli('review', '--vault', root, '--today', TODAY, '--rating', 'y,n,y,n,n')).code).toBe(0);
		expect(filesOf(root)[NOTE]).toContain('self_rating: 2\n');
	});

	it("saves a self-rating in today's review note, and it is in the next review's history", async () => {
		const root = networkOnDisk();
		await cli('review', '--vault', root, '--today', TODAY, '--note');
		const saved = await cli('review', '--vault', root, '--today', TODAY, '--rating', 'y,n,Y,yes,n');
		expect(saved).toMatchObject({ code: 0, out: NOTE });
		expect(saved.err).toContain('3 of 5 (enhance)');
		expect(saved.err).not.toContain('replacing');
		expect(filesOf(root)[NOTE]).toContain('self_rating: 3\nself_rating_yes: [trust, vibrant, future]\n');
		// A second rating that day replaces the first, and says so.
		const again = await cli('review', '--vault', root, '--today', TODAY, '--rating', 'y,y,y,y,y');
		expect(again.err).toContain(`Saved your self-rating, 5 of 5 (great shape), in ${NOTE}, replacing the 3 of 5 saved there before`);
		expect(filesOf(root)[NOTE]).toContain('self_rating: 5\n');
		await cli('review', '--vault', root, '--today', TODAY, '--rating', 'y,n,Y,yes,n');
		const review = JSON.parse((await cli('review', '--vault', root, '--today', TODAY, '--json')).out) as ReviewJson;
		expect(review.selfRating.latest).toMatchObject({ date: TODAY, score: 3, verdict: 'enhance' });
	});

	it('keeps one rating a day: a second review note carries it, a save replaces it there, and the history has it once', async () => {
		const root = networkOnDisk();
		const SECOND = 'Reviews/Network review 2026-11-21 2.md';
		await cli('review', '--vault', root, '--today', TODAY, '--note', '--rating', 'y,n,n,n,n');
		expect((await cli('review', '--vault', root, '--today', TODAY, '--note')).out).toBe(SECOND);
		// Made on a day rated already, the note holds the day's rating, not under "Before".
		expect(filesOf(root)[SECOND]).toContain('self_rating: 1\n');
		expect(filesOf(root)[SECOND]).not.toContain(`- ${TODAY}: 1 (makeover)`);
		const first = filesOf(root)[NOTE];
		const saved = await cli('review', '--vault', root, '--today', TODAY, '--rating', 'y,y,y,n,n');
		expect(saved).toMatchObject({ code: 0, out: SECOND });
		expect(saved.err).toBe(`Saved your self-rating, 3 of 5 (enhance), in ${SECOND}, replacing the 1 of 5 saved there before`);
		expect(filesOf(root)[SECOND]).toContain('self_rating: 3\n');
		expect(filesOf(root)[NOTE]).toBe(first);
		const review = JSON.parse((await cli('review', '--vault', root, '--today', TODAY, '--json')).out) as ReviewJson;
		expect(review.selfRating.latest).toMatchObject({ date: TODAY, score: 3 });
		expect(review.selfRating.history.filter((r) => r.date === TODAY)).toHaveLength(1);
	});

	it('reads and replaces a rating whose properties are spelled in capitals, and keeps the note’s Date', async () => {
		const root = networkOnDisk();
		mkdirSync(join(root, dirname(NOTE)), { recursive: true });
		writeFileSync(
			join(root, NOTE),
			'---\ntype: review\nDate: 2026-11-01\nSelf_Rating: 2\nSelf_Rating_Yes: [trust, future]\n---\n# Review\n',
		);
		const before = JSON.parse((await cli('review', '--vault', root, '--today', TODAY, '--json')).out) as ReviewJson;
		expect(before.selfRating.latest).toMatchObject({ score: 2 });
		const saved = await cli('review', '--vault', root, '--today', TODAY, '--rating', 'y,y,y,y,n');
		expect(saved.err).toContain('replacing the 2 of 5 saved there before');
		expect(filesOf(root)[NOTE]).toMatch(
			/^---\ntype: review\nDate: 2026-11-01\nSelf_Rating: 4\nSelf_Rating_Yes: \[trust, challenge, vibrant, future\]\n---\n/,
		);
		const after = JSON.parse((await cli('review', '--vault', root, '--today', TODAY, '--json')).out) as ReviewJson;
		expect(after.selfRating.latest).toMatchObject({ score: 4 });
	});

	it('refuses a rating that is not five answers, and writes nothing', async () => {
		const root = networkOnDisk();
		const before = snapshot(root);
		const result = await cli('review', '--vault', root, '--today', TODAY, '--rating', 'y,n,maybe');
		expect(result.code).toBe(2);
		expect(result.err).toContain(
			'--rating expects 5 answers, y or n, separated by commas, one for each of trust, challenge, vibrant, future and connected ' +
				"(such as y,n,y,y,n); got 'y,n,maybe'",
		);
		expect(snapshot(root)).toEqual(before);
	});

	it('refuses a review folder outside the vault, naming it', async () => {
		const root = networkOnDisk();
		writeFileSync(join(root, '.obsidian/plugins/rapport/data.json'), JSON.stringify({ reviewFolder: '../Elsewhere' }));
		const before = snapshot(root);
		const result = await cli('review', '--vault', root, '--today', TODAY, '--note');
		expect(result.code).toBe(1);
		expect(result.err).toContain("rapport: the review folder '../Elsewhere' is outside the vault; nothing was written");
		expect(snapshot(root)).toEqual(before);
	});
});

describe('rapport review on the demo vault', () => {
	const DEMO = join(__dirname, '../../examples/demo-vault');

	it('agrees with the queue on who is overdue, and with contacts on how many there are', async () => {
		const review = JSON.parse((await cli('review', '--vault', DEMO, '--today', TODAY, '--json')).out) as ReviewJson;
		const queue = JSON.parse((await cli('queue', '--vault', DEMO, '--today', TODAY, '--json')).out) as {
			sections: { id: string; items: { kind: string; daysOverdue: number }[] }[];
		};
		const contacts = JSON.parse((await cli('contacts', '--vault', DEMO, '--json')).out) as unknown[];
		const reconnect = queue.sections.find((s) => s.id === 'reconnect')?.items ?? [];
		expect(review.health.overdue).toBe(reconnect.filter((i) => i.kind === 'cadence' && i.daysOverdue > 0).length);
		expect(review.health.overdue).toBeGreaterThan(0);
		expect(Object.values(review.composition.status).reduce((a, b) => a + b, 0)).toBe(contacts.length);
	});
});

describe('rapport who', () => {
	it('lists the people at a company, strongest first, case and accents aside', async () => {
		const root = networkOnDisk();
		const result = await cli('who', '--vault', root, '--company', 'ACME', '--today', TODAY, '--json');
		expect(result.code).toBe(0);
		expect(JSON.parse(result.out)).toEqual([
			{ name: 'Ben', path: 'People/Ben.md', tie: 'strong', role: null, company: 'Acme', status: 'active', lastContact: '2026-09-01' },
			{ name: 'Cleo', path: 'People/Cleo.md', tie: 'weak', role: null, company: 'acme', status: 'active', lastContact: '2026-11-15' },
		]);
		const text = await cli('who', '--vault', root, '--company', 'Societe Generale', '--today', TODAY);
		// The company as the notes write it, not as typed.
		expect(text.out.split('\n')[0]).toBe('1 person at Société Générale');
		expect((await cli('who', '--vault', root, '--company', 'ACME', '--today', TODAY)).out.split('\n')[0]).toBe('2 people at Acme');
		expect(text.out).toMatch(/^ {2}Ana +strong +15 Nov +Société Générale$/m);
		expect((await cli('who', '--vault', root, '--location', 'Reykjavik')).out).toBe('Nobody in Reykjavik.');
	});

	it('offers the companies, tags and places close to one that finds nobody, as a name look-up does', async () => {
		const root = writeVault(
			crowdVault()
				.contact('Lea', (c) => c.company('Globex').prop('location', '"Lisbon, Portugal"').prop('tags', '[contact, devtools]'))
				.contact('Max', (c) => c.company('Umbrella Health')),
		);
		const first = async (...args: string[]): Promise<string> =>
			(await cli('who', '--vault', root, '--today', TODAY, ...args)).out.split('\n')[0] ?? '';
		expect(await first('--company', 'Strip')).toBe('Nobody at Strip; did you mean Stripe?');
		expect(await first('--company', 'glbex')).toBe('Nobody at glbex; did you mean Globex?');
		expect(await first('--tag', '#devtool')).toBe('Nobody tagged #devtool; did you mean devtools?');
		expect(await first('--location', 'Lisbn')).toBe('Nobody in Lisbn; did you mean Lisbon?');
		// A typo in one word of a longer name.
		expect(await first('--company', 'Umbrela')).toBe('Nobody at Umbrela; did you mean Umbrella Health?');
		expect(await first('--company', 'Initech')).toBe('Nobody at Initech.');
	});

	it('says who might introduce you where you know nobody, as the review does for a target, links as they read', async () => {
		const root = networkOnDisk();
		const text = await cli('who', '--vault', root, '--company', 'Stripe', '--today', TODAY);
		expect(text.out.split('\n')).toEqual([
			'Nobody at Stripe.',
			'Might introduce you:',
			'  Cleo: used to work at Stripe',
			'  Gus: introduced by Finn',
		]);
		expect(JSON.parse((await cli('who', '--vault', root, '--company', 'Stripe', '--json')).out)).toEqual([]);
		// Asked in other letters, the former employer is named as the contact's note spells it.
		const folded = await cli('who', '--vault', root, '--company', 'stripe', '--today', TODAY);
		expect(folded.out.split('\n').slice(0, 3)).toEqual(['Nobody at stripe.', 'Might introduce you:', '  Cleo: used to work at Stripe']);
	});

	it('with --json --introducers, prints who might introduce you beside the people; --json alone is the list, as before', async () => {
		const root = networkOnDisk();
		const nobody = await cli('who', '--vault', root, '--company', 'Stripe', '--today', TODAY, '--json', '--introducers');
		expect(nobody.code).toBe(0);
		// The reason as written, links and all, as the review's JSON gives it for a target.
		expect(JSON.parse(nobody.out)).toEqual({
			people: [],
			introducers: [
				{ name: 'Cleo', path: 'People/Cleo.md', why: 'used to work at Stripe' },
				{ name: 'Gus', path: 'People/Gus.md', why: 'introduced by [[Finn]]' },
			],
		});
		// Where someone is, the people are the list --json prints, and nobody is needed to introduce you.
		const list = JSON.parse((await cli('who', '--vault', root, '--company', 'Acme', '--today', TODAY, '--json')).out) as unknown[];
		expect(list).toHaveLength(2);
		const some = await cli('who', '--vault', root, '--company', 'Acme', '--today', TODAY, '--json', '--introducers');
		expect(JSON.parse(some.out)).toEqual({ people: list, introducers: [] });
		const text = await cli('who', '--vault', root, '--company', 'Stripe', '--introducers');
		expect(text.code).toBe(2);
		expect(text.err).toMatch(/^rapport: --introducers shapes the JSON: give it with --json/);
		expect((await cli('review', '--vault', root, '--introducers')).err).toContain('--introducers only applies to who');
	});

	it('wants exactly one of --company, --tag or --location', async () => {
		const root = networkOnDisk();
		for (const args of [[], ['--company', 'Acme', '--tag', 'fintech'], ['--tag', '#']]) {
			const result = await cli('who', '--vault', root, ...args);
			expect(result.code).toBe(2);
			expect(result.err).toMatch(
				/^rapport: (give one of --company NAME, --tag TAG or --location PLACE|--tag needs a name)\. Run 'rapport who --help'/,
			);
		}
		expect((await cli('review', '--vault', root, '--tag', 'x')).err).toContain('--tag only applies to who');
	});
});
