import { describe, expect, it } from 'vitest';
import { ContactIndex } from '../../src/index/contactIndex';
import { datedNoteMatcher } from '../../src/domain/datedNotes';
import { day, vault, type VaultBuilder } from '../builders';

const SAM = 'People/Sam Rivera.md';

function lastContact(v: VaultBuilder, path = SAM): string | undefined {
	const entry = v.index().timeline(path)[0];
	return entry ? new Date(entry.date * 86_400_000).toISOString().slice(0, 10) : undefined;
}

describe('effective last contact comes from every source', () => {
	it('takes the newest of property, interaction line, meeting note and daily note', () => {
		const v = vault()
			.contact('Sam Rivera', (c) => c.lastContact('2026-09-01').interaction('2026-09-10 coffee: reorg'))
			.meeting('2026-09-20 Coffee with Sam', '2026-09-20', ['Sam Rivera'])
			.daily('2026-10-05', '- Lunch with [[Sam Rivera]]');
		expect(
			v
				.index()
				.timeline(SAM)
				.map((e) => [e.via, e.date]),
		).toEqual([
			['dated', day('2026-10-05')],
			['meeting', day('2026-09-20')],
			['log', day('2026-09-10')],
			['frontmatter', day('2026-09-01')],
		]);
	});

	it("reads a last_contact that links a daily note, in the dated notes' own format, as that day", () => {
		const v = vault().contact('Sam Rivera', (c) => c.lastContact('"[[Journal/05.11.2026]]"'));
		v.datedFolder = 'Journal';
		v.datedFormat = 'DD.MM.YYYY';
		expect(lastContact(v)).toBe('2026-11-05');
		v.contact('Sam Rivera', (c) => c.lastContact('"[[05.11.2026|the offsite]]"'));
		expect(lastContact(v)).toBe('2026-11-05');
		expect(v.index().problems()).toEqual([]);
	});

	it.each([
		['the property', (v: VaultBuilder) => v.contact('Sam Rivera', (c) => c.lastContact('2026-10-02'))],
		['an interaction line', (v: VaultBuilder) => v.contact('Sam Rivera', (c) => c.interaction('2026-10-02 call'))],
		['a meeting note', (v: VaultBuilder) => v.contact('Sam Rivera').meeting('Sync', '2026-10-02', ['Sam Rivera'])],
		[
			'a meeting note with categories: [[Meetings]]',
			(v: VaultBuilder) =>
				v
					.contact('Sam Rivera')
					.note('Meetings/Sync', '---\ncategories: ["[[Meetings]]"]\ndate: 2026-10-02\npeople: ["[[Sam Rivera]]"]\n---\n'),
		],
		['a daily note link', (v: VaultBuilder) => v.contact('Sam Rivera').daily('2026-10-02', 'Met [[Sam Rivera]] for tea.')],
		['a checked task in a daily note', (v: VaultBuilder) => v.contact('Sam Rivera').daily('2026-10-02', '- [x] Call [[Sam Rivera]]')],
		['a link by display text', (v: VaultBuilder) => v.contact('Sam Rivera').daily('2026-10-02', '- Lunch with [[Sam Rivera|Sam]]')],
		['a link to a heading', (v: VaultBuilder) => v.contact('Sam Rivera').daily('2026-10-02', '- See [[Sam Rivera#Remember]]')],
		['a link by path', (v: VaultBuilder) => v.contact('Sam Rivera').daily('2026-10-02', '- Lunch with [[People/Sam Rivera]]')],
		['a markdown link', (v: VaultBuilder) => v.contact('Sam Rivera').daily('2026-10-02', '- Lunch with [Sam](People/Sam%20Rivera.md)')],
		[
			'a link to an alias',
			(v: VaultBuilder) => v.contact('Sam Rivera', (c) => c.aliases('Sammy')).daily('2026-10-02', '- Lunch with [[Sammy]]'),
		],
		['a link in different case', (v: VaultBuilder) => v.contact('Sam Rivera').daily('2026-10-02', '- Lunch with [[sam rivera]]')],
	])('counts %s', (_what, build) => {
		expect(lastContact(build(vault()))).toBe('2026-10-02');
	});

	it.each([
		['an unchecked task', '- [ ] Email [[Sam Rivera]] about the role'],
		['an in-progress task', '- [/] Draft note to [[Sam Rivera]]'],
		['a cancelled task', '- [-] Call [[Sam Rivera]]'],
		['an embed', '![[Sam Rivera]]'],
		['a quote', '> [[Sam Rivera]] said the team is hiring'],
		['a callout', '> [!note]\n> Ask [[Sam Rivera]] later'],
		['a fenced code block', '```\n[[Sam Rivera]]\n```'],
		['a tilde code block', '~~~md\n- [[Sam Rivera]]\n~~~'],
		['inline code', 'Type `[[Sam Rivera]]` to link'],
	])('does not count %s', (_what, body) => {
		expect(lastContact(vault().contact('Sam Rivera').daily('2026-10-02', body))).toBeUndefined();
	});

	it('ignores links in notes that are neither dated nor meetings', () => {
		expect(lastContact(vault().contact('Sam Rivera').note('Projects/Plan', '- Ask [[Sam Rivera]]'))).toBeUndefined();
	});

	it('counts a meeting note only through people, not its body links', () => {
		const v = vault()
			.contact('Sam Rivera')
			.contact('Jo Park')
			.meeting('Sync', '2026-10-02', ['Sam Rivera'], 'Sam suggested I talk to [[Jo Park]].');
		expect(lastContact(v)).toBe('2026-10-02');
		expect(lastContact(v, 'People/Jo Park.md')).toBeUndefined();
	});

	it('reads daily notes in the configured folder and format only', () => {
		const v = vault().contact('Sam Rivera').note('Journal/02.10.2026', '- [[Sam Rivera]]').note('Daily/2026-10-01', '- [[Sam Rivera]]');
		v.datedFolder = 'Journal';
		v.datedFormat = 'DD.MM.YYYY';
		expect(lastContact(v)).toBe('2026-10-02');
	});

	it('keeps the kind of the newest interaction for the reason', () => {
		const timeline = vault()
			.contact('Sam Rivera', (c) => c.interaction('2026-10-02 coffee: reorg'))
			.index()
			.timeline(SAM);
		expect(timeline[0]?.kind).toBe('coffee');
	});
});

describe('link resolution', () => {
	it('gives a name to the real note before anyone with that alias', () => {
		const v = vault()
			.contact('Sam Rivera', (c) => c.aliases('Alex'))
			.contact('Alex')
			.daily('2026-10-02', '- [[Alex]]');
		expect(lastContact(v)).toBeUndefined();
		expect(lastContact(v, 'People/Alex.md')).toBe('2026-10-02');
	});

	it('lets an alias lose to a non-contact note of that name', () => {
		const v = vault()
			.contact('Sam Rivera', (c) => c.aliases('Acme'))
			.note('Companies/Acme', '# Acme')
			.daily('2026-10-02', '- [[Acme]] offsite');
		expect(lastContact(v)).toBeUndefined();
	});

	it('sends a name shared by two contacts to one of them and reports it', () => {
		const v = vault()
			.contact('People/Alex Kim')
			.contact('Archive/Alex Kim', (c) => c.status('archived'))
			.daily('2026-10-02', '- [[Alex Kim]]');
		const index = v.index();
		expect(index.timeline('People/Alex Kim.md')[0]?.date).toBe(day('2026-10-02'));
		expect(index.timeline('Archive/Alex Kim.md')).toEqual([]);
		const problems = index.problems().filter((p) => p.message.includes('same name'));
		expect(problems.map((p) => p.path)).toEqual(['Archive/Alex Kim.md', 'People/Alex Kim.md']);
		// A link with the folder reaches the other one.
		const withPath = v.daily('2026-10-03', '- [[Archive/Alex Kim]]').index();
		expect(withPath.timeline('Archive/Alex Kim.md')[0]?.date).toBe(day('2026-10-03'));
	});

	it('gives the link text that reaches a note: its name when that is its alone, else its path', () => {
		const index = vault()
			.contact('People/Alex Kim')
			.contact('Archive/Alex Kim')
			.contact('Sam Rivera', (c) => c.aliases('Acme Sync'))
			.note('Companies/Acme', '# Acme')
			.index();
		expect(index.linkText('People/Sam Rivera.md')).toBe('Sam Rivera');
		expect(index.linkText('People/Alex Kim.md')).toBe('People/Alex Kim');
		expect(index.linkText('Archive/Alex Kim.md')).toBe('Archive/Alex Kim');
		// Notes about to be made: a name some note or alias has already is no good alone.
		expect(index.linkText('Meetings/2026-11-21 Coffee chat.md')).toBe('2026-11-21 Coffee chat');
		expect(index.linkText('Meetings/Acme.md')).toBe('Meetings/Acme');
		expect(index.linkText('Meetings/Acme Sync.md')).toBe('Meetings/Acme Sync');
	});

	it('resolves introduced_by and other links to contacts', () => {
		const index = vault()
			.contact('Alex Kim', (c) => c.aliases('AK'))
			.index();
		expect(index.resolve('[[Alex Kim]]')?.path).toBe('People/Alex Kim.md');
		expect(index.resolve('[[AK|Alex]]')?.path).toBe('People/Alex Kim.md');
		expect(index.resolve('Nobody')).toBeUndefined();
	});
});

describe('incremental updates', () => {
	function setup(): { v: VaultBuilder; index: ContactIndex } {
		const v = vault()
			.contact('Sam Rivera')
			.contact('Jo Park')
			.contact('Mia Chen')
			.daily('2026-10-01', '- Lunch with [[Sam Rivera]]')
			.daily('2026-10-02', '- Call with [[Jo Park]]');
		const index = new ContactIndex(v.settings, datedNoteMatcher('Daily', 'YYYY-MM-DD'));
		index.build(v.source());
		return { v, index };
	}

	it('a changed daily note updates the contacts it links or linked, and no others', () => {
		const { v, index } = setup();
		for (const path of ['People/Sam Rivera.md', 'People/Jo Park.md', 'People/Mia Chen.md']) index.timeline(path);
		v.daily('2026-10-01', '- Lunch with [[Mia Chen]]');
		const source = v.source();
		const changed = index.update(source, 'Daily/2026-10-01.md');
		expect([...changed].sort()).toEqual(['People/Mia Chen.md', 'People/Sam Rivera.md']);
		expect(source.reads).toEqual(['Daily/2026-10-01.md']);
		expect(index.timeline('People/Sam Rivera.md')).toEqual([]);
		expect(index.timeline('People/Mia Chen.md')[0]?.date).toBe(day('2026-10-01'));
		expect(index.timeline('People/Jo Park.md')[0]?.date).toBe(day('2026-10-02'));
	});

	it('a new contact picks up links written before it existed', () => {
		const { v, index } = setup();
		v.daily('2026-10-03', '- Coffee with [[Lee Wong]]');
		index.update(v.source(), 'Daily/2026-10-03.md');
		expect(index.contact('People/Lee Wong.md')).toBeUndefined();
		v.contact('Lee Wong');
		const changed = index.update(v.source(), 'People/Lee Wong.md');
		expect(changed).toContain('People/Lee Wong.md');
		expect(index.timeline('People/Lee Wong.md')[0]?.date).toBe(day('2026-10-03'));
	});

	it('adding an alias claims links to it', () => {
		const { v, index } = setup();
		v.daily('2026-10-04', '- Drinks with [[Sammy]]');
		index.update(v.source(), 'Daily/2026-10-04.md');
		v.contact('Sam Rivera', (c) => c.aliases('Sammy'));
		index.update(v.source(), 'People/Sam Rivera.md');
		expect(index.timeline('People/Sam Rivera.md')[0]?.date).toBe(day('2026-10-04'));
	});

	it('a deleted daily note no longer counts', () => {
		const { v, index } = setup();
		v.delete('Daily/2026-10-01');
		const changed = index.remove('Daily/2026-10-01.md');
		expect([...changed]).toEqual(['People/Sam Rivera.md']);
		expect(index.timeline('People/Sam Rivera.md')).toEqual([]);
	});

	it('a deleted contact leaves the index', () => {
		const { index } = setup();
		index.remove('People/Jo Park.md');
		expect(index.contact('People/Jo Park.md')).toBeUndefined();
		expect(index.contacts().map((c) => c.name)).toEqual(['Mia Chen', 'Sam Rivera']);
	});

	it('a renamed contact keeps links written with its new name, and loses the old ones', () => {
		const { v, index } = setup();
		const text = v.files.get('People/Sam Rivera.md') ?? '';
		v.delete('People/Sam Rivera').note('People/Samantha Rivera', text).daily('2026-10-05', '- [[Samantha Rivera]]');
		index.update(v.source(), 'Daily/2026-10-05.md');
		index.rename(v.source(), 'People/Sam Rivera.md', 'People/Samantha Rivera.md');
		expect(index.contact('People/Sam Rivera.md')).toBeUndefined();
		expect(index.contact('People/Samantha Rivera.md')?.name).toBe('Samantha Rivera');
		expect(index.timeline('People/Samantha Rivera.md').map((e) => e.date)).toEqual([day('2026-10-05')]);
	});

	it('a renamed daily note is read for its new date', () => {
		const { v, index } = setup();
		const text = v.files.get('Daily/2026-10-01.md') ?? '';
		v.delete('Daily/2026-10-01').note('Daily/2026-10-09', text);
		index.rename(v.source(), 'Daily/2026-10-01.md', 'Daily/2026-10-09.md');
		expect(index.timeline('People/Sam Rivera.md')[0]?.date).toBe(day('2026-10-09'));
	});

	it('a note moved out of the contacts folder stops being a contact', () => {
		const { v, index } = setup();
		const text = (v.files.get('People/Mia Chen.md') ?? '').replace('type: contact\n', '');
		v.delete('People/Mia Chen').note('Archive/Mia Chen', text);
		index.rename(v.source(), 'People/Mia Chen.md', 'Archive/Mia Chen.md');
		expect(index.contacts().map((c) => c.name)).toEqual(['Jo Park', 'Sam Rivera']);
	});

	it('ends in the same state as a fresh build after a series of edits', () => {
		const { v, index } = setup();
		v.daily('2026-10-06', '- [[Jo Park]] and [[Mia Chen]]');
		index.update(v.source(), 'Daily/2026-10-06.md');
		v.contact('Jo Park', (c) => c.aliases('JP').tie('strong'));
		index.update(v.source(), 'People/Jo Park.md');
		v.delete('Daily/2026-10-02');
		index.remove('Daily/2026-10-02.md');
		const fresh = v.index();
		for (const contact of fresh.contacts()) expect(index.timeline(contact.path)).toEqual(fresh.timeline(contact.path));
		expect(index.contacts()).toEqual(fresh.contacts());
	});

	it('moves the revision on every change', () => {
		const { v, index } = setup();
		const before = index.revision;
		index.update(v.source(), 'Daily/2026-10-01.md');
		expect(index.revision).toBeGreaterThan(before);
	});
});

describe('recognition in the index', () => {
	it('finds contacts by folder, tag, marker and category, and skips templates', () => {
		const index = vault()
			.note('People/Folder Person', 'Just a name.')
			.note('Network/Tagged Person', 'Met at the meetup #contact/work')
			.note('Network/Marked Person', '---\ntype: contact\n---\n')
			.note('Network/Category Person', '---\ncategories: ["[[People]]"]\n---\n')
			.note('Network/Not A Person', '#contacts are hard')
			.note('Templates/Contact', '---\ntype: contact\ncompany: "{{company}}"\n---\n')
			.note('People/{{title}}', '')
			.index();
		expect(index.contacts().map((c) => c.name)).toEqual(['Category Person', 'Folder Person', 'Marked Person', 'Tagged Person']);
	});
});
