// Cases a review of real-world notes turned up, each once wrong.
import { describe, expect, it } from 'vitest';
import { computeQueue } from '../../src/domain/queue';
import { day, vault, type VaultBuilder } from '../builders';

const TODAY = day('2026-11-21');
const SAM = 'People/Sam Rivera.md';

function last(v: VaultBuilder, path = SAM): number | undefined {
	return v.index().timeline(path)[0]?.date;
}

function names(v: VaultBuilder, section: string): string[] {
	return (
		computeQueue(v.index(), TODAY, v.settings)
			.sections.find((s) => s.id === section)
			?.items.map((i) => i.name) ?? []
	);
}

describe('notes dated ahead', () => {
	it('a meeting prepared for next week is not contact yet', () => {
		const v = vault()
			.contact('Sam Rivera', (c) => c.tie('strong').lastContact('2026-09-01'))
			.meeting('2026-11-28 Coffee with Sam', '2026-11-28', ['Sam Rivera']);
		expect(names(v, 'reconnect')).toEqual(['Sam Rivera']);
	});

	it('is not a reply to an ask', () => {
		const v = vault()
			.contact('Sam Rivera', (c) => c.interaction('2026-11-12 email: the PM role? #asked #awaiting'))
			.daily('2026-11-25', '- Coffee with [[Sam Rivera]]');
		expect(names(v, 'awaiting')).toEqual(['Sam Rivera']);
	});
});

describe('links as people write them', () => {
	it('an aliased link in a table, with its bar escaped', () => {
		expect(
			last(vault().contact('Sam Rivera').daily('2026-10-02', '| who | what |\n| --- | --- |\n| [[Sam Rivera\\|Sam]] | coffee |')),
		).toBe(day('2026-10-02'));
	});

	it('a relative markdown link', () => {
		expect(last(vault().contact('Sam Rivera').daily('2026-10-02', '- Lunch with [Sam](../People/Sam%20Rivera.md)'))).toBe(
			day('2026-10-02'),
		);
	});

	it('a markdown link with parentheses in the file name', () => {
		const path = 'People/Ivy (Acme).md';
		expect(last(vault().contact('People/Ivy (Acme)').daily('2026-10-02', '- Call with [Ivy](People/Ivy%20(Acme).md)'), path)).toBe(
			day('2026-10-02'),
		);
	});

	it('not inside a fence indented under a list item', () => {
		expect(last(vault().contact('Sam Rivera').daily('2026-10-02', '- notes\n    ```\n    [[Sam Rivera]]\n    ```'))).toBeUndefined();
	});
});

describe('contact notes as people write them', () => {
	it('reads sections under setext headings', () => {
		const v = vault().note('People/Sam Rivera', 'Interactions\n------------\n- 2026-10-02 coffee: reorg\n');
		expect(
			v
				.index()
				.contact(SAM)
				?.interactions.map((i) => i.summary),
		).toEqual(['reorg']);
	});

	it('takes indented lines under an interaction as notes on it', () => {
		const v = vault().contact('Sam Rivera', (c) =>
			c.interaction('2026-11-10 email: asked about the role').section('Interactions', "    - she said she'd check with the team"),
		);
		const index = v.index();
		expect(index.contact(SAM)?.interactions).toHaveLength(1);
		expect(index.problems()).toEqual([]);
	});

	it('reports words that happen to name built-in properties', () => {
		const v = vault().contact('Sam Rivera', (c) => c.cadence('constructor').prop('tie', 'toString'));
		const index = v.index();
		expect(index.problems().map((p) => p.message)).toEqual([
			"cadence: expected a cadence like 2w, 30d, 3m, 1y or monthly, got 'constructor'",
			"tie: expected strong, medium or weak, got 'toString'",
		]);
		expect(names(v, 'reconnect')).toEqual(['Sam Rivera']);
	});

	it('runs frontmatter to its closing ---, not to a `...` inside it, as Obsidian does', () => {
		const v = vault().note('People/Sam Rivera', '---\ntie: strong\n...\n## Interactions\n- 2026-10-02 coffee\n---\n');
		const index = v.index();
		// Had `...` closed the block, the lines after it would be read as a body.
		expect(index.contact(SAM)?.interactions).toEqual([]);
		expect(index.problems().map((p) => p.message)).toEqual([expect.stringMatching(/^frontmatter does not parse/) as unknown]);
	});
});

describe('problems', () => {
	it('are not reported for template files, which are neither contacts nor meetings', () => {
		const v = vault()
			.contact('Sam Rivera')
			.note('Templates/coffee-chat', '---\ntype: meeting\ndate: {{date}}\npeople: []\n---\n# {{title}}\n')
			.note('Templates/Contact', '---\ntype: contact\nlast_contact: {{date}}\ncreated: {{date}} {{time}}: x\n---\n');
		const index = v.index();
		expect(index.problems()).toEqual([]);
		expect(index.contacts().map((c) => c.name)).toEqual(['Sam Rivera']);
		expect(index.timeline(SAM)).toEqual([]);
	});

	it('name an introduced_by that links no note, and not one that links any note', () => {
		const v = vault()
			.contact('Jo Park', (c) => c.introducedBy('Nobody Here'))
			.contact('Ana Ruiz', (c) => c.introducedBy('Sam Rivera'))
			.contact('Sam Rivera')
			.contact('Lee Wong', (c) => c.introducedBy('Companies/Acme'))
			.contact('Max Bauer', (c) => c.introducedBy('Acme'))
			.contact('Kim Lee', (c) => c.introducedBy('Work/Initech'))
			.contact('Eve Stone', (c) => c.introducedBy('ork/Initech'))
			.note('Companies/Acme', 'A company.\n')
			.note('Clients/Work/Initech', 'Another.\n');
		// The end of a path counts from a folder on, never from inside a folder's name.
		expect(v.index().problems()).toEqual([
			{ path: 'People/Eve Stone.md', message: 'introduced_by links [[ork/Initech]], which is no note' },
			{ path: 'People/Jo Park.md', message: 'introduced_by links [[Nobody Here]], which is no note' },
		]);
	});
});

describe('the memoised queue after alias edits', () => {
	it('follows aliases written as text or as links', () => {
		const v = vault()
			.contact('Bob', (c) => c.aliases('Sammy').tie('weak'))
			.contact('Al', (c) => c.tie('weak'))
			.daily('2026-11-15', '- [[Sammy]]');
		const index = v.index();
		expect(
			computeQueue(index, TODAY, v.settings)
				.sections.flatMap((s) => s.items)
				.map((i) => i.name),
		).toEqual(['Al']);
		for (const aliases of ['Sammy, Al2', '["[[Sammy]]"]']) {
			v.contact('Al', (c) => c.prop('aliases', aliases));
			index.update(v.source(), 'People/Al.md');
			const fresh = v.index();
			expect(computeQueue(index, TODAY, v.settings)).toEqual(computeQueue(fresh, TODAY, v.settings));
		}
	});
});
