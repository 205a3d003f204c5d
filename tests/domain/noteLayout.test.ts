// The writer puts a log where the reader looks for it: sections found the same way at any
// heading level, code blocks and `%%` comments read as nothing and never written into, and
// old Mac line ends kept. Each note is written with applyWrite and read back with the
// CLI's reader and the index's section rule, as `rapport` would show it.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/cli/frontmatter';
import { scanNote } from '../../src/cli/scanNote';
import { parseContact, type Contact } from '../../src/domain/contact';
import { applyWrite, type ContactWrite, type LogEntry } from '../../src/domain/contactWrites';
import { defaultSettings } from '../../src/domain/settings';
import { sectionItems } from '../../src/index/noteRecord';
import { day } from '../builders';

const TODAY = day('2026-11-21');
const settings = defaultSettings();

function write(text: string, op: ContactWrite): string {
	const result = applyWrite(text, op, settings, TODAY, parseYaml);
	if (!result.ok) throw new Error(result.reason);
	return result.text;
}

function log(entry: Partial<Omit<LogEntry, 'date'>> & { date?: string }): ContactWrite {
	const { date, ...rest } = entry;
	return { op: 'log', entry: { kind: 'call', ...rest, date: day(date ?? '2026-11-21') } };
}

const DECK = { text: 'Send the deck', due: day('2026-11-28') };

function read(text: string): Contact {
	const snapshot = scanNote('People/Sam Rivera.md', text, parseYaml);
	return parseContact(
		{ path: snapshot.path, frontmatter: snapshot.frontmatter, tags: snapshot.tags, items: sectionItems(snapshot) },
		settings,
	);
}

const summaries = (text: string): string[] => read(text).interactions.map((i) => i.summary);
const followUps = (text: string): string[] => read(text).followUps.map((f) => f.text);

describe('one section rule for the reader and the writer', () => {
	it('reads a deeper heading that names another section as that section', () => {
		const text = '## Interactions\n- 2026-10-02 coffee: reorg\n### Follow-ups\n- [ ] Send the deck\n';
		const contact = read(text);
		expect(contact.interactions.map((i) => i.summary)).toEqual(['reorg']);
		expect(contact.followUps.map((f) => f.text)).toEqual(['Send the deck']);
		expect(contact.problems).toEqual([]);
	});

	it('keeps a deeper heading that names no section in the section around it', () => {
		expect(summaries('# Interactions\n## Notes\n- 2026-10-02 coffee: reorg\n')).toEqual(['reorg']);
		expect(summaries('## Interactions\n### 2025\n- 2025-10-02 coffee: reorg\n### 2024\n- 2024-03-01 call: intro\n')).toEqual([
			'reorg',
			'intro',
		]);
	});

	it('writes an older interaction above a follow-ups heading nested in the interactions, where it is read', () => {
		const text = '## Interactions\n- 2026-10-02 coffee: reorg\n### Follow-ups\n- [ ] Send the deck\n';
		const after = write(text, log({ date: '2026-09-01', summary: 'first chat' }));
		expect(after).toBe(
			'---\nlast_contact: 2026-09-01\n---\n## Interactions\n- 2026-10-02 coffee: ' +
				'reorg\n- 2026-09-01 call: first chat\n### Follow-ups\n- [ ] Send the deck\n',
		);
		expect(summaries(after)).toEqual(['reorg', 'first chat']);
	});

	it('writes a follow-up under a follow-ups heading nested in the interactions, after its own tasks', () => {
		const text = '# Interactions\n- 2026-10-02 coffee: reorg\n## Follow-ups\n- [ ] Send the talk\n## 2025\n- 2025-06-01 email: hello\n';
		const after = write(text, log({ summary: 'roadmap', followUp: DECK }));
		expect(after).toBe(
			'---\nlast_contact: 2026-11-21\n---\n# Interactions\n- 2026-11-21 call: roadmap\n- 2026-10-02 coffee: reorg\n' +
				'## Follow-ups\n- [ ] Send the talk\n- [ ] Send the deck 📅 2026-11-28\n## 2025\n- 2025-06-01 email: hello\n',
		);
		expect(followUps(after)).toEqual(['Send the talk', 'Send the deck']);
		expect(summaries(after)).toEqual(['roadmap', 'reorg', 'hello']);
	});

	it('writes an older interaction after the last one it reads, not after the follow-ups nested between', () => {
		const text = '# Interactions\n- 2026-10-02 coffee: reorg\n## Follow-ups\n- [ ] Send the talk\n';
		const after = write(text, log({ date: '2026-01-05' }));
		expect(after).toBe(
			'---\nlast_contact: 2026-01-05\n---\n# Interactions\n- 2026-10-02 ' +
				'coffee: reorg\n- 2026-01-05 call\n## Follow-ups\n- [ ] Send the talk\n',
		);
		expect(read(after).interactions).toHaveLength(2);
	});

	it('writes under an underlined heading, below its underline, and makes no second section', () => {
		const text = 'Interactions\n------------\n- 2026-10-02 coffee: reorg\n';
		const after = write(text, log({ date: '2026-11-20' }));
		expect(after).toBe('---\nlast_contact: 2026-11-20\n---\nInteractions\n------------\n- 2026-11-20 call\n- 2026-10-02 coffee: reorg\n');
		expect(summaries(after)).toEqual(['', 'reorg']);
		const empty = write('Interactions\n============\n', log({ date: '2026-11-20' }));
		expect(empty).toBe('---\nlast_contact: 2026-11-20\n---\nInteractions\n============\n- 2026-11-20 call\n');
	});
});

describe('a new line leaves the lines around it read as they were', () => {
	it('goes above an indented interaction at its indent, so neither reads as a note on the other', () => {
		const after = write('# Interactions\n  - 2026-07-01 video: indented\n', log({}));
		expect(after).toBe('---\nlast_contact: 2026-11-21\n---\n# Interactions\n  - 2026-11-21 call\n  - 2026-07-01 video: indented\n');
		expect(summaries(after)).toEqual(['', 'indented']);
	});

	it('keeps the words under a heading a paragraph, and the underlined heading below them a heading', () => {
		const text = '## Follow-ups\nWords under the heading\nInteractions\n===\n- 2026-10-02 coffee: reorg\n';
		const after = write(text, log({ followUp: DECK }));
		expect(after).toBe(
			'---\nlast_contact: 2026-11-21\n---\n## Follow-ups\n- [ ] Send the deck 📅 2026-11-28\n\n' +
				'Words under the heading\nInteractions\n===\n- 2026-11-21 call\n- 2026-10-02 coffee: reorg\n',
		);
		expect(summaries(after)).toEqual(['', 'reorg']);
		expect(followUps(after)).toEqual(['Send the deck']);
	});

	it('reads an underlined heading after a code block that ends a list as a heading', () => {
		const text = '## Interactions\n- 2026-10-02 coffee: reorg\n```\ncode\n```\nRemember\n===\n- Marathon\n';
		expect(read(text).remember.map((r) => r.text)).toEqual(['Marathon']);
		expect(summaries(write(text, log({ date: '2024-10-04' })))).toEqual(['reorg', '']);
	});
});

describe('code blocks and comments are read as nothing and never written into', () => {
	it('puts a new section above a code block left open at the end, which would hide it', () => {
		const text = 'Met at the summit.\n```js\nconst x = 1;\n';
		const after = write(text, log({ summary: 'hello', followUp: DECK }));
		expect(after).toBe(
			'---\nlast_contact: 2026-11-21\n---\nMet at the summit.\n\n## Interactions\n- 2026-11-21 ' +
				'call: hello\n\n## Follow-ups\n- [ ] Send the deck 📅 2026-11-28\n\n```js\nconst x = 1;\n',
		);
		expect(summaries(after)).toEqual(['hello']);
		expect(followUps(after)).toEqual(['Send the deck']);
	});

	it('does not take a heading inside a comment for the section', () => {
		const text = '%%\n## Interactions\n- 2026-10-02 coffee: draft\n%%\n';
		expect(summaries(text)).toEqual([]);
		const after = write(text, log({ summary: 'hello' }));
		expect(after).toBe(
			'---\nlast_contact: 2026-11-21\n---\n%%\n## Interactions\n- 2026-10-02 coffee: draft\n%%\n\n## Interactions\n- 2026-11-21 call: hello\n',
		);
		expect(summaries(after)).toEqual(['hello']);
	});

	it('writes after the last interaction it reads, not inside a comment left open below it', () => {
		const text = '## Interactions\n- 2026-10-02 coffee: reorg\n%%\n- 2026-01-01 call: an old draft\n';
		expect(summaries(text)).toEqual(['reorg']);
		const after = write(text, log({ date: '2025-12-01' }));
		expect(after).toBe(
			'---\nlast_contact: 2025-12-01\n---\n## Interactions\n- 2026-10-02 ' +
				'coffee: reorg\n- 2025-12-01 call\n%%\n- 2026-01-01 call: an old draft\n',
		);
		expect(summaries(after)).toEqual(['reorg', '']);
	});

	it('writes a follow-up after a comment opened on the last task, where the comment closes', () => {
		const text = '## Follow-ups\n- [ ] Send the talk 📅 2026-11-25 %%and the slides,\nonce they are done%%\n';
		const after = write(text, log({ followUp: DECK }));
		expect(after).toBe(
			'---\nlast_contact: 2026-11-21\n---\n## Interactions\n- 2026-11-21 call\n\n## Follow-ups\n- [ ] Send ' +
				'the talk 📅 2026-11-25 %%and the slides,\nonce they are done%%\n- [ ] Send the deck 📅 2026-11-28\n',
		);
		expect(read(after).followUps.map((f) => f.due)).toEqual([day('2026-11-25'), DECK.due]);
	});

	it('puts a new section above the heading of an item that opens a comment left open, so the item stays where it was', () => {
		const text = '## Remember\n- Ask about the move %%left open\n';
		const after = write(text, log({}));
		expect(after).toBe(
			'---\nlast_contact: 2026-11-21\n---\n## Interactions\n- 2026-11-21 call\n\n## Remember\n- Ask about the move %%left open\n',
		);
		expect(read(after).remember.map((r) => r.text)).toEqual(['Ask about the move %%left open']);
		// With no heading above that item, every new section would take it in: nothing is written.
		const bare = applyWrite('- [ ] Ask about the move %%left open\n', log({}), settings, TODAY, parseYaml);
		expect(bare).toEqual({ ok: false, reason: expect.stringContaining('left open to the end of the note') as unknown });
	});

	it('refuses words that would open a comment and hide the rest of the note', () => {
		const result = applyWrite('## Interactions\n', log({ summary: 'asked for 20%% off' }), settings, TODAY, parseYaml);
		expect(result).toEqual({ ok: false, reason: expect.stringContaining('%%') as unknown });
		expect(write('## Interactions\n', log({ summary: 'fine %%private%%' }))).toContain('- 2026-11-21 call: fine %%private%%\n');
	});

	it('ticks the follow-up the queue meant, never a task in a comment with the same words', () => {
		const text = '## Follow-ups\n%%\n- [ ] Send the deck\n%%\n- [ ] Send the deck\n';
		// A line added above since: the queue's line number is one off, and only one task is real.
		const after = write(text, { op: 'complete', line: 3, text: 'Send the deck' });
		expect(after).toBe('## Follow-ups\n%%\n- [ ] Send the deck\n%%\n- [x] Send the deck ✅ 2026-11-21\n');
	});
});

describe('old Mac line ends', () => {
	it('a note with lone CRs stays so after a log, with its one properties block', () => {
		const text = '---\rtype: contact\rlast_contact: 2026-10-02\r---\r## Interactions\r- 2026-10-02 coffee: reorg\r';
		const after = write(text, log({ summary: 'hello', followUp: DECK }));
		expect(after).toBe(
			'---\rtype: contact\rlast_contact: 2026-11-21\r---\r## Interactions\r- 2026-11-21 call: ' +
				'hello\r- 2026-10-02 coffee: reorg\r\r## Follow-ups\r- [ ] Send the deck 📅 2026-11-28\r',
		);
		expect(read(after).interactions.map((i) => i.summary)).toEqual(['hello', 'reorg']);
		expect(read(after).lastContact).toBe(TODAY);
	});

	it('keeps a blank line after a lone CR in a note that mixes them with LFs', () => {
		const text = '---\ntype: contact\n---\nMet at the summit.\r';
		const after = write(text, log({}));
		// A blank line with an LF after the CR would read back as one CRLF: no blank line at all.
		expect(after).toBe('---\ntype: contact\nlast_contact: 2026-11-21\n---\nMet at the summit.\r\r\n## Interactions\n- 2026-11-21 call\n');
		expect(after.split(/\r\n|\r|\n/)).toEqual([
			'---',
			'type: contact',
			'last_contact: 2026-11-21',
			'---',
			'Met at the summit.',
			'',
			'## Interactions',
			'- 2026-11-21 call',
			'',
		]);
	});
});
