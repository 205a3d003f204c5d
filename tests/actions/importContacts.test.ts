// The import action over the in-memory store: new notes from the contact template, fills of
// existing contacts, changes of job taken, all as one undo step; run twice, nothing more.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/cli/frontmatter';
import type { ImportChoice, ImportedPerson } from '../../src/domain/import/types';
import { planImport } from '../../src/domain/import/plan';
import { splitNote } from '../../src/domain/noteText';
import { readProperties } from '../../src/domain/noteProperties';
import { day, vault, type VaultBuilder } from '../builders';
import { parsed, person, worldOf } from '../domain/import/importData';
import { actionsOn, MemoryStore } from './memoryStore';

const TODAY = day('2026-11-21');
const ALL: ImportChoice = { leaveOut: new Set(), takeChanges: new Set() };
const KEEP = { folder: '', overwrite: false };

/** The vault as the store now holds it, with the same settings: what the next command would see. */
function reopened(store: MemoryStore, settings: VaultBuilder['settings']): VaultBuilder {
	const v = vault().with((s) => Object.assign(s, settings));
	for (const [path, text] of store.notes) v.note(path, text);
	return v;
}

function props(text: string | undefined): Record<string, unknown> {
	const read = readProperties(splitNote(text ?? ''), parseYaml);
	if (read instanceof Error || read === undefined) throw new Error(`no properties in ${text ?? ''}`);
	return read;
}

const rows = (): ImportedPerson[] => [
	person(1, 'Jane Doe', {
		emails: ['jane@acme.example'],
		company: 'Acme',
		role: 'CTO',
		connected: '2024-01-01',
		note: 'Met at the summit\n# not a heading',
	}),
	person(2, 'Raj Patel', { company: 'Stripe', role: 'Engineer' }),
	person(3, 'Sam Rivera', { emails: ['sam@home.example'], phones: ['+1 555 0100'] }),
];

function setup(): { v: VaultBuilder; store: MemoryStore } {
	const v = vault()
		.contact('Raj Patel', (c) => c.tie('strong').company('Acme').prop('role', 'Engineer').followUp('Send the deck 📅 2026-11-30'))
		.contact('Sam Rivera', (c) => c.tie('weak').prop('email', 'sam@work.example').body('# Sam'));
	return { v, store: new MemoryStore(Object.fromEntries(v.files)) };
}

describe('importing contacts', () => {
	it('says how many fields it left out of the people it wrote, as the plan lists them', async () => {
		const { v, store } = setup();
		const leftOut = [{ row: 1, name: 'Jane Doe', field: 'Connected On', value: '3/12/2024', reason: 'is not a date Rapport reads' }];
		const outcome = await actionsOn(store, v, TODAY).importContacts(parsed(rows(), [], 'linkedin', leftOut), KEEP, ALL);
		expect(outcome.ok).toBe(true);
		// Raj's move to Stripe is a change, not taken here (ALL takes none).
		expect(outcome.remark).toBe(
			"1 change not taken. 1 field left out: a value Rapport can't read. 1 value kept as the notes have them: the file has others.",
		);
		const none = await actionsOn(new MemoryStore(Object.fromEntries(v.files)), v, TODAY).importContacts(
			parsed(rows(), [], 'linkedin', leftOut),
			KEEP,
			{ leaveOut: new Set([1]), takeChanges: new Set() },
		);
		// Jane left out, her field goes unsaid; Raj's change and Sam's email (sam@home.example; the note keeps sam@work.example) still are.
		expect(none.remark).toBe('1 change not taken. 1 value kept as the notes have them: the file has others.');
	});

	it('makes new people untriaged, fills empty fields, and says what it did', async () => {
		const { v, store } = setup();
		const outcome = await actionsOn(store, v, TODAY).importContacts(parsed(rows()), KEEP, ALL);
		expect(outcome.ok).toBe(true);
		expect(outcome.message).toBe('Imported 2 people: 1 new, 1 updated; 1 waits in triage');
		expect(outcome.value).toEqual({ created: ['People/Jane Doe.md'], updated: ['People/Sam Rivera.md'], changed: [], untriaged: 1 });
		expect(store.notes.get('People/Jane Doe.md')).toBe(
			[
				'---',
				'type: contact',
				'company: Acme',
				'role: CTO',
				'email: jane@acme.example',
				'connected: 2024-01-01',
				'---',
				'## Remember',
				'',
				'## Interactions',
				'',
				'## Follow-ups',
				'',
				'## Notes',
				'Met at the summit',
				'\\# not a heading',
				'',
			].join('\n'),
		);
		// The work email stays; the phone was empty, so it is filled in.
		expect(props(store.notes.get('People/Sam Rivera.md'))).toMatchObject({ email: 'sam@work.example', phone: '+1 555 0100', tie: 'weak' });
	});

	it('is one undo step that puts every byte back', async () => {
		const { v, store } = setup();
		const before = new Map(store.notes);
		const actions = actionsOn(store, v, TODAY);
		const outcome = await actions.importContacts(parsed(rows()), KEEP, { leaveOut: new Set(), takeChanges: new Set([2]) });
		expect(outcome.ok).toBe(true);
		expect(store.notes).not.toEqual(before);
		expect(await actions.undo()).toEqual({ ok: true, message: `Undone: ${outcome.message}` });
		expect(store.notes).toEqual(before);
	});

	it('changes nothing the second time the same file is imported', async () => {
		const { v, store } = setup();
		await actionsOn(store, v, TODAY).importContacts(parsed(rows()), KEEP, ALL);
		const after = new Map(store.notes);
		const again = await actionsOn(store, reopened(store, v.settings), TODAY).importContacts(parsed(rows()), KEEP, ALL);
		expect(again.ok).toBe(true);
		expect(again.step).toBeUndefined();
		// Sam's email in the file (sam@home.example) is not the note's (sam@work.example): kept, and said so.
		expect(again.message).toBe('Nothing to import: everyone is already there.');
		expect(again.remark).toBe('1 change not taken. 1 value kept as the notes have them: the file has others.');
		expect(store.notes).toEqual(after);
	});

	it('takes a new job when picked: company set, the old one kept, a follow-up to congratulate due today', async () => {
		const { v, store } = setup();
		const outcome = await actionsOn(store, v, TODAY).importContacts(parsed(rows()), KEEP, {
			leaveOut: new Set(),
			takeChanges: new Set([2]),
		});
		expect(outcome.value?.changed).toEqual(['People/Raj Patel.md']);
		const raj = store.notes.get('People/Raj Patel.md') ?? '';
		expect(props(raj)).toMatchObject({ company: 'Stripe', previous_companies: ['Acme'], role: 'Engineer', tie: 'strong' });
		expect(raj).toContain(
			'## Follow-ups\n- [ ] Send the deck 📅 2026-11-30\n- [ ] Congratulate Raj on the new role at Stripe 📅 2026-11-21\n',
		);
		expect(outcome.message).toBe('Imported 3 people: 1 new, 1 updated, 1 with a new job; 1 waits in triage');
	});

	it('leaves a change alone unless picked, and leaves out the rows asked', async () => {
		const { v, store } = setup();
		const before = new Map(store.notes);
		const outcome = await actionsOn(store, v, TODAY).importContacts(parsed(rows()), KEEP, {
			leaveOut: new Set([1, 3]),
			takeChanges: new Set(),
		});
		expect(outcome.message).toBe('Nothing to import: everyone is already there as the file has them.');
		expect(store.notes).toEqual(before);
	});

	it("makes new notes from the user's contact template, with the imported fields in its placeholders", async () => {
		const template = [
			'---',
			'type: person',
			'email: "{{email}}"',
			'tags: [contact]',
			'tie: medium',
			'---',
			'# {{title}}',
			'Works as {{role}} at {{company}}.',
			'',
		].join('\n');
		const v = vault()
			.note('Templates/Person.md', template)
			.with((s) => {
				s.newContactTemplate = 'Templates/Person';
			});
		const store = new MemoryStore(Object.fromEntries(v.files));
		const outcome = await actionsOn(store, v, TODAY).importContacts(
			parsed([person(1, 'Ana Ruiz', { emails: ['ana@x.example'], role: 'CTO', company: 'Paylark', tags: ['summit'] })]),
			{ folder: 'Imported', overwrite: false },
			ALL,
		);
		expect(outcome.ok).toBe(true);
		// The template gives a tie, so nobody waits in triage.
		expect(outcome.message).toBe('Imported 1 person: 1 new');
		expect(store.notes.get('Imported/Ana Ruiz.md')).toBe(
			[
				'---',
				'type: person',
				'email: "ana@x.example"',
				'tags: [contact, summit]',
				'tie: medium',
				'company: Paylark',
				'role: CTO',
				'---',
				'# Ana Ruiz',
				'Works as CTO at Paylark.',
				'',
			].join('\n'),
		);
	});

	it('refuses a folder outside the vault and a missing template, writing nothing', async () => {
		const { v, store } = setup();
		const before = new Map(store.notes);
		const outside = await actionsOn(store, v, TODAY).importContacts(parsed(rows()), { folder: '../x', overwrite: false }, ALL);
		expect(outside).toMatchObject({ ok: false, message: "the folder '../x' is outside the vault; nothing was written" });
		v.settings.newContactTemplate = 'Templates/Gone';
		const missing = await actionsOn(store, v, TODAY).importContacts(parsed(rows()), KEEP, ALL);
		expect(missing.message).toBe(
			'the new-contact template Templates/Gone.md does not exist; fix the setting or create it; nothing was written',
		);
		expect(store.notes).toEqual(before);
	});

	it('tells its progress note by note as it writes', async () => {
		const { v, store } = setup();
		const seen: [number, number][] = [];
		await actionsOn(store, v, TODAY).importContacts(parsed(rows()), KEEP, ALL, (done, total) => seen.push([done, total]));
		expect(seen).toEqual([
			[1, 2],
			[2, 2],
		]);
	});
});

// Names that test the file names, keys that collide with the vault's people.
const NAMES = [
	'Jane Doe',
	'jane doe',
	'Sam Rivera',
	'../../etc/passwd',
	'CON',
	'.hidden',
	'A/B',
	'Zoë',
	'x'.repeat(200),
	'  ',
	'Raj Patel',
];
const arbitraryPerson = fc.record({
	name: fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 30 })),
	emails: fc.array(fc.constantFrom('jane@acme.example', 'sam@work.example', 'x@y.example'), { maxLength: 2 }),
	phones: fc.array(fc.constantFrom('+1 555 0100', '020 7946 0000'), { maxLength: 2 }),
	company: fc.option(fc.constantFrom('Acme', 'Stripe', 'Weird: "Co"', '#hash'), { nil: undefined }),
	role: fc.option(fc.constantFrom('CTO', 'Engineer', 'a\nb'), { nil: undefined }),
	linkedin: fc.option(fc.constantFrom('linkedin.com/in/raj', 'https://www.linkedin.com/in/other'), { nil: undefined }),
	tags: fc.array(fc.constantFrom('summit', 'not a tag', 'family'), { maxLength: 2 }),
	nicknames: fc.array(fc.constantFrom('JD', 'Sammy'), { maxLength: 1 }),
});

describe('importing any rows into a small vault', () => {
	it('writes only in the folder, never over a note, and changes an existing note only in the planned fields', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(arbitraryPerson, { maxLength: 8 }), fc.boolean(), fc.boolean(), async (people, overwrite, takeAll) => {
				const { v, store } = setup();
				v.note('People/Notes.md', 'not a contact, just a note\n');
				store.notes.set('People/Notes.md', 'not a contact, just a note\n');
				const before = new Map(store.notes);
				const actions = actionsOn(store, v, TODAY);
				const rowsIn = parsed(people.map((p, i) => person(i + 1, p.name, p)));
				const plan = planImport(rowsIn, worldOf(v), v.settings, { folder: 'Imported', overwrite });
				const choice: ImportChoice = { leaveOut: new Set(), takeChanges: new Set(takeAll ? people.map((_, i) => i + 1) : []) };
				const outcome = await actions.importContacts(rowsIn, { folder: 'Imported', overwrite }, choice);
				expect(outcome.ok).toBe(true);
				for (const path of outcome.created) {
					expect(path).toMatch(/^Imported\/[^/\\]+\.md$/);
					expect(before.has(path)).toBe(false);
				}
				for (const [path, text] of before) {
					const now = store.notes.get(path);
					if (now === text) continue;
					const was = props(text);
					const is = props(now);
					const planned = new Set(plan.update.filter((u) => u.path === path).flatMap((u) => Object.keys(u.fields)));
					if (takeAll && plan.changes.some((c) => c.path === path))
						for (const key of ['company', 'role', 'previous_companies']) planned.add(key);
					for (const key of new Set([...Object.keys(was), ...Object.keys(is)]))
						if (!planned.has(key)) expect([key, is[key]]).toEqual([key, was[key]]);
					// Without overwrite or a change taken, a value there stays.
					if (!overwrite && !takeAll) for (const key of Object.keys(was)) expect(is[key]).toEqual(was[key]);
				}
				await actions.undo();
				expect(store.notes).toEqual(before);
			}),
			{ numRuns: 60 },
		);
	});
});
