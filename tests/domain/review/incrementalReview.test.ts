// The review is kept per index and brought up to date from the contacts an edit touched.
// After any series of edits, new days and settings, it must be exactly the review a fresh
// index works out from every contact (the fixed vault of review.test.ts checks each figure).
import { describe, expect, it } from 'vitest';
import { datedNoteMatcher } from '../../../src/domain/datedNotes';
import { addDays } from '../../../src/domain/day';
import { computeReview } from '../../../src/domain/review/review';
import type { ReviewInput } from '../../../src/domain/review/shared';
import type { RapportSettings } from '../../../src/domain/settings';
import { ContactIndex } from '../../../src/index/contactIndex';
import { day, vault, type VaultBuilder } from '../../builders';
import { applyEdit, deleteOrRename, pick, random, type Edit } from '../../randomEdits';

const NAMES = ['Sam Rivera', 'Jo Park', 'Mia Chen', 'Lee Wong', 'Ana Ruiz', 'Kofi Mensah', 'Zoë Adler'];
const KINDS = ['coffee', 'call', 'event', 'email', 'video', 'message'];
const TAGS = ['contact', 'fintech', 'FinTech', 'devtools/rust', 'contact/work', 'climate'];
const COMPANIES = ['Acme', 'ACME', 'Stripe', 'Société Générale', 'Globex'];
const PLACES = ['Lisbon', 'lisbon', 'Paris, France', 'Berlin'];
const TODAY = day('2026-11-21');

/** A day in the last 14 months, so the calendar's year, drift's rhythm and the quarters all move. */
function date(rng: () => number): string {
	return new Date((TODAY - Math.floor(rng() * 420)) * 86_400_000).toISOString().slice(0, 10);
}

function contactNote(v: VaultBuilder, name: string, rng: () => number): void {
	v.contact(name, (c) => {
		if (rng() < 0.7) c.tie(pick(rng, ['strong', 'medium', 'weak']));
		// Archived people at a company leave it a gap, and links to them find introducers.
		if (rng() < 0.5) c.status(pick(rng, ['active', 'dormant', 'archived', 'archived']));
		if (rng() < 0.6) c.company(pick(rng, COMPANIES));
		if (rng() < 0.5) c.prop('location', JSON.stringify(pick(rng, PLACES)));
		if (rng() < 0.6) c.prop('tags', `[${pick(rng, TAGS)}, ${pick(rng, TAGS)}]`);
		if (rng() < 0.3) c.prop('level', pick(rng, ['senior', 'peer', 'junior']));
		if (rng() < 0.2) c.prop('previous_companies', `[${pick(rng, COMPANIES)}]`);
		if (rng() < 0.3) c.prop('connected', date(rng));
		if (rng() < 0.2) c.introducedBy(pick(rng, NAMES));
		if (rng() < 0.2) c.prop('met', `"[[${pick(rng, ['Stripe', 'Summit', date(rng)])}]]"`);
		if (rng() < 0.3) c.aliases(pick(rng, ['Sammy', 'JP', 'Mimi']));
		const lines = Math.floor(rng() * 6);
		for (let i = 0; i < lines; i++) {
			const tag = pick(rng, ['', ' #gave', ' #asked', ' #gave #asked']);
			const link = rng() < 0.5 ? ` with [[${pick(rng, [...NAMES, 'Sammy', 'JP', 'Stripe', 'Globex'])}]]` : '';
			c.interaction(`${date(rng)} ${pick(rng, KINDS)}: talked${link}${tag}`);
		}
		return c;
	});
}

/** One random edit to the vault; returns the paths it changed, removed or renamed. */
function edit(v: VaultBuilder, rng: () => number): Edit {
	const roll = rng();
	if (roll < 0.35) {
		const path = `Daily/${date(rng)}.md`;
		const links = Array.from({ length: 1 + Math.floor(rng() * 3) }, () => `- with [[${pick(rng, [...NAMES, 'Sammy', 'JP'])}]]`);
		v.note(path, links.join('\n'));
		return { changed: [path], removed: [] };
	}
	if (roll < 0.7) {
		const name = pick(rng, NAMES);
		contactNote(v, name, rng);
		return { changed: [`People/${name}.md`], removed: [] };
	}
	if (roll < 0.8) {
		const when = date(rng);
		const path = `Meetings/${when} ${pick(rng, NAMES)}.md`;
		v.meeting(path.slice('Meetings/'.length, -3), when, [pick(rng, NAMES), pick(rng, NAMES)], '', pick(rng, ['coffee-chat', undefined]));
		return { changed: [path], removed: [] };
	}
	const existing = [...v.files.keys()];
	const target = pick(rng, existing);
	return deleteOrRename(v, target, roll < 0.9, NAMES, rng, () => date(rng));
}

/** Settings the review reads, changed now and then: each change is a new settings object. */
function reviewSettings(base: RapportSettings, rng: () => number): RapportSettings {
	return {
		...base,
		targetCompanies: rng() < 0.8 ? [pick(rng, COMPANIES), pick(rng, COMPANIES), 'Initech'] : [],
		targetTags: rng() < 0.7 ? [pick(rng, ['fintech', 'devtools', 'climate'])] : [],
		triageNewPeople: rng() < 0.5,
		goals: base.goals.filter(() => rng() < 0.8),
	};
}

describe('the kept review', () => {
	it.each([1, 2, 3, 4, 5, 6])('equals a fresh one after 60 random edits, new days and settings (seed %i)', (seed) => {
		const rng = random(seed);
		const v = vault();
		for (const name of NAMES.slice(0, 5)) contactNote(v, name, rng);
		const index = new ContactIndex(v.settings, datedNoteMatcher('Daily', 'YYYY-MM-DD'));
		index.build(v.source());
		let settings = reviewSettings(v.settings, rng);
		for (let step = 0; step < 60; step++) {
			const today = addDays(TODAY, Math.floor(step / 15));
			if (step % 20 === 19) settings = reviewSettings(v.settings, rng);
			// Ask before the edit too, so there is a kept review to bring up to date.
			computeReview(index, today, settings);
			const fresh = applyEdit(index, v, edit(v, rng));
			expect(computeReview(index, today, settings), `seed ${seed}, step ${step}`).toEqual(computeReview(fresh, today, settings));
		}
	});

	it('finds introducers again when the person a link reaches moves, or a name starts to reach them', () => {
		const v = vault()
			.with((s) => (s.targetCompanies = ['Stripe']))
			.contact('Sam Rivera', (c) => c.status('archived').company('Acme'))
			.contact('Jo Park', (c) => c.interaction('2026-11-02 coffee: with [[Sam Rivera]]'))
			.contact('Mia Chen', (c) => c.interaction('2026-11-03 call: news from [[Sammy]]'));
		const index = v.index();
		const introducers = (): string[] => computeReview(index, TODAY, v.settings).targets[0]?.introducers.map((i) => i.why) ?? [];
		expect(introducers()).toEqual([]);
		// Sam's note alone changes: Jo's link now reaches someone at Stripe.
		v.contact('Sam Rivera', (c) => c.status('archived').company('Stripe'));
		index.update(v.source(), 'People/Sam Rivera.md');
		expect(introducers()).toEqual(['mentioned [[Sam Rivera]] on a coffee']);
		// Sam takes the alias Mia's link names.
		v.contact('Sam Rivera', (c) => c.status('archived').company('Stripe').aliases('Sammy'));
		index.update(v.source(), 'People/Sam Rivera.md');
		expect(introducers()).toEqual(['mentioned [[Sam Rivera]] on a coffee', 'mentioned [[Sammy]] on a call']);
	});

	it('reads again only the contacts an edit touched', () => {
		const v = vault();
		for (const name of NAMES) v.contact(name, (c) => c.tie('strong').interaction('2026-11-02 coffee'));
		const index = v.index();
		const read: string[] = [];
		const counting: ReviewInput = {
			contacts: () => index.contacts(),
			timeline: (path) => (read.push(path), index.timeline(path)),
			resolve: (target) => index.resolve(target),
			contact: (path) => index.contact(path),
			stamp: () => index.stamp(),
			changedSince: (stamp) => index.changedSince(stamp),
		};
		computeReview(counting, TODAY, v.settings);
		expect(read.length).toBeGreaterThanOrEqual(NAMES.length);
		read.length = 0;
		const before = computeReview(counting, TODAY, v.settings);
		expect(read).toEqual([]);
		v.daily('2026-11-20', '- Lunch with [[Jo Park]]');
		index.update(v.source(), 'Daily/2026-11-20.md');
		const after = computeReview(counting, TODAY, v.settings);
		expect([...new Set(read)]).toEqual(['People/Jo Park.md']);
		// The earlier review is left as it was.
		expect(before.health.longestSilentStrong.map((s) => s.name)).toContain('Jo Park');
		expect(after.health.longestSilentStrong.map((s) => s.name)).not.toContain('Jo Park');
	});
});
