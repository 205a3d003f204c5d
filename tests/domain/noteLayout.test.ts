// The writer puts a log where the reader looks for it: old Mac line ends kept. Each note is written with applyWrite and read back with the
// CLI's reader and the index's section rule, as `rapport` would show it.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/cli/diskSource';
import { scanNote } from '../../src/cli/scanNote';
import { parseContact, type Contact } from '../../src/domain/contact';
import { applyWrite, type ContactWrite, type LogEntry } from '../../src/domain/contactWrites';
import { defaultSettings } from '../../src/domain/settings';
import { sectionItems } from '../../src/index/contactIndex';
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
	return parseContact({ path: snapshot.path, frontmatter: snapshot.frontmatter, tags: snapshot.tags, items: sectionItems(snapshot) }, settings);
}


describe('old Mac line ends', () => {
	it('a note with lone CRs stays so after a log, with its one properties block', () => {
		const text = '---\rtype: contact\rlast_contact: 2026-10-02\r---\r## Interactions\r- 2026-10-02 coffee: reorg\r';
		const after = write(text, log({ summary: 'hello', followUp: DECK }));
		expect(after).toBe('---\rtype: contact\rlast_contact: 2026-11-21\r---\r## Interactions\r- 2026-11-21 call: hello\r- 2026-10-02 coffee: reorg\r\r## Follow-ups\r- [ ] Send the deck 📅 2026-11-28\r');
		expect(read(after).interactions.map((i) => i.summary)).toEqual(['hello', 'reorg']);
		expect(read(after).lastContact).toBe(TODAY);
	});

	it('keeps a blank line after a lone CR in a note that mixes them with LFs', () => {
		const text = '---\ntype: contact\n---\nMet at the summit.\r';
		const after = write(text, log({}));
		// A blank line with an LF after the CR would read back as one CRLF: no blank line at all.
		expect(after).toBe('---\ntype: contact\nlast_contact: 2026-11-21\n---\nMet at the summit.\r\r\n## Interactions\n- 2026-11-21 call\n');
		expect(after.split(/\r\n|\r|\n/)).toEqual(['---', 'type: contact', 'last_contact: 2026-11-21', '---', 'Met at the summit.', '', '## Interactions', '- 2026-11-21 call', '']);
	});
});
