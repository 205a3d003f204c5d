// The two ports must give the same index for the same vault: the plugin (metadata
// cache) and the CLI (files on disk) must never disagree about who is due.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CachedMetadata } from 'obsidian';
import { App, parseYaml } from 'obsidian-test-mocks/obsidian';
import { DiskSource } from '../../src/cli/diskSource';
import { loadVaultConfig } from '../../src/cli/vaultConfig';
import { datedNoteMatcher } from '../../src/domain/datedNotes';
import { computeQueue } from '../../src/domain/queue';
import type { RapportSettings } from '../../src/domain/settings';
import { ContactIndex } from '../../src/index/contactIndex';
import type { NoteSource } from '../../src/index/port';
import { MetadataCacheSource } from '../../src/obsidian/metadataCacheSource';
import { day, vault } from '../builders';
import { filesOf, writeVault } from '../cli/tempVault';

const DEMO = join(__dirname, '../../examples/demo-vault');

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;

/**
 * An app whose metadata cache holds these notes. Two things the fake does differently
 * from Obsidian are evened out here, because this test is about the ports, not the
 * fake: it throws on YAML that does not parse (Obsidian caches the note without
 * properties), and it does not look past a byte-order mark for properties.
 */
async function obsidianSource(files: Record<string, string>, settings: RapportSettings): Promise<MetadataCacheSource> {
	const fed: Record<string, string> = {};
	const broken: string[] = [];
	for (const [path, raw] of Object.entries(files)) {
		const text = raw.replace(/^\uFEFF/, '');
		const block = FRONTMATTER.exec(text)?.[0];
		let parses = true;
		if (block) {
			try {
				parseYaml(block.replace(/^---\r?\n/, '').replace(/\r?\n---(?:\r?\n)?$/, ''));
			} catch {
				parses = false;
			}
		}
		if (block && !parses) {
			// Same lines, no properties: the body's positions stay where they are.
			fed[path] = text.replace(block, block.replace(/[^\r\n]/g, ' '));
			broken.push(path);
		} else {
			fed[path] = text;
		}
	}
	const app = App.createConfigured__({ files: fed });
	for (const path of broken) {
		const file = app.vault.getFileByPath(path);
		if (!file) throw new Error(path);
		const lines = (FRONTMATTER.exec(files[path] ?? '')?.[0] ?? '').split(/\r?\n/).length - 1;
		const cache = app.metadataCache.getFileCache(file) ?? {};
		const withoutProperties: CachedMetadata = {
			...cache,
			frontmatterPosition: { start: { line: 0, col: 0, offset: 0 }, end: { line: lines - 1, col: 3, offset: 0 } },
		};
		app.metadataCache.setCache__(path, withoutProperties);
	}
	const source = new MetadataCacheSource(app.asOriginalType__(), settings);
	await source.loadLineText();
	return source;
}

function summary(source: NoteSource, settings: RapportSettings, folder: string, format: string): unknown {
	const index = new ContactIndex(settings, datedNoteMatcher(folder, format));
	index.build(source);
	return {
		contacts: index.contacts(),
		timelines: index.contacts().map((c) => index.timeline(c.path)),
		// Parsers word YAML errors differently; which notes have problems must agree.
		problems: index
			.problems()
			.map((p) => ({ path: p.path, message: p.message.startsWith('frontmatter does not parse') ? 'frontmatter' : p.message })),
		queue: computeQueue(index, day('2026-11-21'), settings),
	};
}

describe('the metadata-cache port and the disk port', () => {
	it('give the same index for a vault of every source, exclusion and oddity', async () => {
		const v = vault()
			.contact('Sam Rivera', (c) =>
				c
					.aliases('Sam')
					.tie('strong')
					.lastContact('2026-09-01')
					.interaction('2026-10-02 coffee: reorg #asked')
					.followUp('Send the link 📅 2026-11-18')
					.remember('Marathon 📅 2026-09-28'),
			)
			.contact('Jo Park', (c) => c.tie('stong').cadence('sometimes').birthday('31-02'))
			.contact('Zoë Ångström', (c) => c.introducedBy('Sam Rivera').interaction('2026-11-19 video'))
			.note('People/Broken', '---\ncompany: "Acme\ntie: strong\n---\n## Interactions\n- 2026-10-01 call\n')
			.note('People/Empty', '')
			.note('People/Crlf', '\uFEFF---\r\ntype: contact\r\ntie: weak\r\n---\r\n## Interactions\r\n- 2026-10-03 email: hi\r\n')
			.note('Network/Tagged', 'Met at the meetup #contact/work')
			.note('People/No Headings', '---\ntie: weak\n---\n- [ ] Send the deck 📅 2026-11-20\n- [x] Intro sent ✅ 2026-11-02\n')
			.note('People/Nested', '## Interactions\n- 2026-10-02 coffee: reorg\n    - she is moving teams\n')
			// Properties never closed: a contact's (by folder, by tag) is a problem; a rule atop another note is not.
			.note('People/No Close', '---\ntie: strong\n## Interactions\n- 2026-10-04 call\n')
			.note('People/No Close Either', '---\ntie: strong\ncompany: NoClose\n')
			.note('Network/Unclosed', '---\ntie: weak\n\nMet at the meetup #contact/work\n')
			.note('Projects/Rule', '---\n\nA rule, then prose.\n')
			// Properties below a blank line: read by neither, and a contact's is a problem.
			.note('People/Below Blank', '\n---\ntie: strong\ncompany: Below\n---\n## Interactions\n- 2026-10-05 call\n')
			.note('Projects/Blank First', '\n\n---\ntype: project\n---\nNot a contact.\n')
			.daily('2026-11-05', '---\n- Lunch with [[Jo Park]]\n')
			.meeting('2026-11-10 Sync', '2026-11-10', ['Jo Park', 'Sam Rivera'])
			// A meeting note's tasks are text the cache does not hold: read for the queue too.
			.meeting(
				'2026-11-19 Interview',
				'2026-11-19',
				['Sam Rivera'],
				'## After\n- [ ] Send a thank-you 📅 2026-11-20\n- [x] Booked the room\n> - ' +
					'[ ] Quoted 📅 2026-11-20\n- Notes\n    - [ ] Send the deck [due:: 2026-11-22]',
				'informational-interview',
			)
			.daily(
				'2026-11-03',
				'---\ntype: meeting\npeople: ["[[Jo Park]]"]\n---\n- [ ] Send Jo the slides 📅 2026-11-21\n- Lunch with [[Zoë Ångström]]',
			)
			.daily('2026-11-02', '| who | what |\n| --- | --- |\n| [[Jo Park\\|Jo]] | call |\n- [Sam](../People/Sam%20Rivera.md)')
			.daily(
				'2026-11-01',
				'- Lunch with [[Sam]]\n- [ ] Call [[Jo Park]]\n> [[Tagged]] said\n![[Zoë Ångström]]\n- [x] Called [[Crlf]]\n```\n[[Jo Park]]\n```',
			)
			// Dated open tasks linking someone, anywhere: their follow-ups, whose dates are text.
			.daily('2026-11-04', '- Notes\n- [ ] Send [[Sam]] the deck 📅 2026-11-21\n  - [ ] And [[Zoë Ångström]] [due:: 2026-11-23]')
			.note(
				'Projects/Launch',
				'# Launch\n> - [ ] Quoted [[Jo Park]] 📅 2026-11-20\n- [ ] Ask [[Jo Park]] for venues 📅 2026-11-20 %%[[Sam]]%%',
			)
			.meeting(
				'2026-11-12 Intro',
				'2026-11-12',
				['Jo Park'],
				'- [ ] Thank Jo 📅 2026-11-21\n- [ ] Send [[Zoë Ångström]] the brief 📅 2026-11-22',
			);
		const files = Object.fromEntries(v.files);
		const obsidian = summary(await obsidianSource(files, v.settings), v.settings, 'Daily', 'YYYY-MM-DD');
		const disk = summary(v.source(), v.settings, 'Daily', 'YYYY-MM-DD');
		expect(obsidian).toEqual(disk);
		const unclosed = (disk as { problems: { path: string; message: string }[] }).problems.filter((p) => p.message.includes('never closed'));
		expect(unclosed.map((p) => p.path)).toEqual(['Network/Unclosed.md', 'People/No Close Either.md', 'People/No Close.md']);
		const below = (disk as { problems: { path: string; message: string }[] }).problems.filter((p) =>
			p.message.includes('below a blank line'),
		);
		expect(below.map((p) => p.path)).toEqual(['People/Below Blank.md']);
		// Both read the meeting notes' tasks into the queue: not a vacuous agreement.
		const followUps = (disk as { queue: { sections: { items: { kind: string; source?: string; reason: string }[] }[] } }).queue.sections
			.flatMap((s) => s.items)
			.filter((i) => i.source !== undefined)
			.map((i) => i.reason);
		expect(followUps.sort()).toEqual([
			'And [[Zoë Ångström]] · due in 2d · from 2026-11-04',
			'Ask [[Jo Park]] for venues %%[[Sam]]%% · overdue 1d · from Launch',
			'Send Jo the slides · due today · from 2026-11-03',
			'Send [[Sam]] the deck · due today · from 2026-11-04',
			'Send [[Zoë Ångström]] the brief · due in 1d · from 2026-11-12 Intro',
			'Send a thank-you · overdue 1d · from 2026-11-19 Interview',
			'Send the deck · due in 1d · from 2026-11-19 Interview',
			'Thank Jo · due today · from 2026-11-12 Intro',
		]);
	});

	it('give the same index for daily notes the plugin reads by its lean path and those it reads in full', async () => {
		const v = vault()
			.contact('Sam Rivera', (c) => c.aliases('Sam').tie('strong'))
			.contact('Jo Park', (c) => c.tie('weak'))
			// Read lean: plain links, a done task, a quote, properties, an embed.
			.daily(
				'2026-11-05',
				'---\ntags: [daily]\nenergy: 3\n---\n## Log\n- Lunch with [[Sam]]\n- [x] Called [[Jo Park|Jo]]\n> [[Jo Park]] said\n![[Sam Rivera]]',
			)
			// A contact by its tag is read in full; properties that do not parse are a problem either way.
			.daily('2026-11-06', 'Met [[Sam Rivera]] #contact')
			.daily('2026-11-08', '---\ntie: "strong\n---\n- Coffee with [[Jo Park]]')
			// A meeting written on a daily note: its people are attendees, read in full.
			.daily('2026-11-09', '---\ntype: meeting\npeople: ["[[Jo Park]]"]\n---\n- Lunch with [[Sam]]');
		const files = Object.fromEntries(v.files);
		const port = await obsidianSource(files, v.settings);
		const answered: string[] = [];
		const spied: NoteSource = {
			paths: () => port.paths(),
			read: (path) => port.read(path),
			readDated(path, keyOf) {
				const links = port.readDated(path, keyOf);
				if (links) answered.push(path);
				return links;
			},
		};
		const obsidian = summary(spied, v.settings, 'Daily', 'YYYY-MM-DD');
		const disk = summary(v.source(), v.settings, 'Daily', 'YYYY-MM-DD');
		expect(obsidian).toEqual(disk);
		// The lean path answered the plain notes only: a contact by its tag and a meeting are
		// left to the full read.
		expect(answered.sort()).toEqual(['Daily/2026-11-05.md', 'Daily/2026-11-08.md']);
		const sources = (disk as { timelines: { source: string }[][] }).timelines.flat().map((e) => e.source);
		expect(sources).toContain('Daily/2026-11-05.md');
		expect(sources).toContain('Daily/2026-11-08.md');
	});

	it('give the same index for the demo vault', async () => {
		const config = loadVaultConfig(DEMO);
		const files = filesOf(DEMO, 'notes');
		expect(Object.keys(files).length).toBeGreaterThan(50);
		const obsidian = summary(
			await obsidianSource(files, config.settings),
			config.settings,
			config.datedNotesFolder,
			config.datedNotesFormat,
		);
		const disk = summary(new DiskSource(DEMO), config.settings, config.datedNotesFolder, config.datedNotesFormat);
		expect(obsidian).toEqual(disk);
	});

	it('give the same index for daily notes the CLI reads by its lean path and those it reads in full', () => {
		// Notes the lean path answers: links in text, headings, done tasks, aliases, tables,
		// Markdown links, code spans, properties it leaves unread, a byte-order mark.
		const lean = {
			'2026-11-01': '# 2026-11-01\n\n## Log\n- Lunch with [[Sam]]\n- Ran into [[Jo Park|Jo]] and [[Sam Rivera#Notes|Sam]]\n',
			'2026-11-02':
				'---\ntags: [daily]\nenergy: 3\nwith: "[[Zoë Ångström]]"\n---\n## With [[Zoë Ångström]] ##\nMet [[People/Jo Park|Jo]] today\n===\n',
			'2026-11-03':
				'- [x] Called [[Jo Park]]\n- [ ] Call [[Sam]]\n- [-] Skip [[Zoë Ångström]]\n- > quoted [[Sam Rivera]]\n> [[Zoë Ångström]] said',
			'2026-11-04': '| who | what |\n| --- | --- |\n| [[Jo Park\\|Jo]] | call |\n- [Sam](../People/Sam%20Rivera.md) and [[Zoë Ångström]]',
			'2026-11-05':
				'![[Sam Rivera]]\n- `[[Jo Park]]` in code, [[Zoë Ångström]] not\n- [site](https://example.com) [x](%zz.md)\n    - nested [[Jo Park]]',
			'2026-11-06': '\uFEFF---\nenergy: "3\n---\n- Tea with [[Nobody Known]] and [[Sam]] #daily #2026',
			'2026-11-07': '',
			'2026-11-08': '---\n---\n[[Jo Park]]',
			'2026-11-09': '---\n- [[Sam]] in a block never closed',
			'2026-11-10': '#contactless [[Jo Park]]\n1. [[Sam]] first\n- [ ] no date for [[Zoë Ångström]] yet',
		};
		// Notes it leaves to the full read: each may be more than a dated note, or hides links.
		const full = {
			'2026-11-11': '```\n[[Jo Park]]\n```\n- Lunch with [[Sam]]',
			'2026-11-12': 'Met [[Sam]] %%and [[Jo Park]]%%',
			'2026-11-13': 'Met [[Jo Park]] #contact',
			'2026-11-14': '---\ntype: meeting\ndate: 2026-11-14\npeople: ["[[Sam Rivera]]"]\n---\n- Lunch with [[Jo Park]]',
			'2026-11-15': '- [ ] Send [[Sam]] the deck 📅 2026-11-25\n- Coffee with [[Jo Park]]',
			'2026-11-16': '---\ntype: "contact\n---\n- Coffee with [[Jo Park]]',
			'2026-11-17': '- Coffee with [[Jo Park]]\r\n- [x] Called [[Sam]]\r\n',
			'2026-11-18': '~~~\n[[Sam]]\n~~~\n#Contact/Work [[Zoë Ångström]]',
		};
		const v = vault()
			.contact('Sam Rivera', (c) => c.aliases('Sam').tie('strong'))
			.contact('Jo Park', (c) => c.tie('weak').cadence('sometimes'))
			.contact('Zoë Ångström', (c) => c.tie('medium'));
		for (const [date, text] of [...Object.entries(lean), ...Object.entries(full)]) v.daily(date, text);
		const root = writeVault(v);
		const leanSource = new DiskSource(root).forIndex(v.settings);
		const answered: string[] = [];
		const spied: NoteSource = {
			paths: () => leanSource.paths(),
			read: (path) => leanSource.read(path),
			readDated(path, keyOf) {
				const links = leanSource.readDated?.(path, keyOf);
				if (links) answered.push(path);
				return links;
			},
		};
		const fullSource = new DiskSource(root).forIndex(v.settings);
		const byLean = summary(spied, v.settings, 'Daily', 'YYYY-MM-DD');
		const inFull = summary({ paths: () => fullSource.paths(), read: (path) => fullSource.read(path) }, v.settings, 'Daily', 'YYYY-MM-DD');
		expect(byLean).toEqual(inFull);
		expect(answered.sort()).toEqual(Object.keys(lean).map((date) => `Daily/${date}.md`));
		// Not a vacuous agreement: lean notes are evidence, and the dated task a follow-up.
		const sources = (inFull as { timelines: { source: string }[][] }).timelines.flat().map((e) => e.source);
		for (const date of ['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-10'])
			expect(sources).toContain(`Daily/${date}.md`);
		expect(sources).not.toContain('Daily/2026-11-13.md');
		const reasons = (inFull as { queue: { sections: { items: { reason: string }[] }[] } }).queue.sections.flatMap((s) =>
			s.items.map((i) => i.reason),
		);
		expect(reasons).toContain('Send [[Sam]] the deck · due in 4d · from 2026-11-15');
	});
	it('read property names in any case alike, by their settings names', async () => {
		const v = vault()
			.note('People/Caps', '---\nTie: Strong\nCompany: Acme\nLast_Contact: 2026-11-01\nStatus: Active\n---\n## Notes\n')
			.note('People/Gone', '---\nSTATUS: dormant\ntie: weak\n---\n')
			.note('Network/Elsewhere', '---\nType: Contact\nCompany: Gamma\nCadence: 2w\n---\n')
			.note('Network/Sync', '---\nType: Meeting\nDate: 2026-11-18\nPeople: ["[[Elsewhere]]"]\n---\n');
		const files = Object.fromEntries(v.files);
		const root = writeVault(v);
		const disk = new DiskSource(root);
		disk.readNamesOf(v.settings);
		const obsidian = summary(await obsidianSource(files, v.settings), v.settings, 'Daily', 'YYYY-MM-DD');
		const onDisk = summary(disk.forIndex(v.settings), v.settings, 'Daily', 'YYYY-MM-DD');
		expect(obsidian).toEqual(onDisk);
		const contacts = (onDisk as { contacts: { name: string; company?: string; tie?: string; status: string; cadence?: unknown }[] })
			.contacts;
		expect(contacts.map((c) => [c.name, c.company, c.tie, c.status])).toEqual([
			['Caps', 'Acme', 'strong', 'active'],
			['Elsewhere', 'Gamma', undefined, 'active'],
			['Gone', undefined, 'weak', 'dormant'],
		]);
		// The meeting note with `Date` and `People` is on Elsewhere's timeline.
		const timelines = (onDisk as { timelines: { source: string }[][] }).timelines;
		expect(timelines[contacts.findIndex((c) => c.name === 'Elsewhere')]?.map((e) => e.source)).toContain('Network/Sync.md');
	});
});
