import { describe, expect, it } from 'vitest';
import { applyWrite, type ContactWrite, type LogEntry } from '../../src/domain/contactWrites';
import { defaultSettings } from '../../src/domain/settings';
import { parseYaml } from '../../src/cli/frontmatter';
import { scanNote } from '../../src/cli/scanNote';
import { day } from '../builders';

const TODAY = day('2026-11-21');
const settings = defaultSettings();

function write(text: string, op: ContactWrite, today = TODAY): string {
	const result = applyWrite(text, op, settings, today, parseYaml);
	if (!result.ok) throw new Error(result.reason);
	return result.text;
}

function log(entry: Partial<Omit<LogEntry, 'date'>> & { date?: string }): ContactWrite {
	const { date, ...rest } = entry;
	return { op: 'log', entry: { kind: 'coffee', ...rest, date: day(date ?? '2026-11-21') } };
}

const SAM = [
	'---',
	'type: contact',
	'aliases: [Sam]',
	'company: Acme   # since 2024',
	'tie: strong',
	'last_contact: 2026-10-02',
	'---',
	'## Remember',
	'- Training for the Berlin marathon 📅 2026-09-28',
	'## Interactions',
	'- 2026-10-02 coffee: Platform team reorg. #asked',
	'- 2026-09-15 email: Sent the observability article. #gave',
	'## Follow-ups',
	'- [ ] Send her the conference talk link 📅 2026-10-09',
	'',
].join('\n');

describe('logging an interaction', () => {
	it('adds the line on top of the interactions and moves last_contact, touching nothing else', () => {
		const after = write(SAM, log({ summary: 'Roadmap chat', gave: true }));
		expect(after).toBe(
			SAM.replace('last_contact: 2026-10-02', 'last_contact: 2026-11-21').replace(
				'## Interactions\n',
				'## Interactions\n- 2026-11-21 coffee: Roadmap chat #gave\n',
			),
		);
	});

	it('puts a past interaction below newer ones and never moves last_contact back', () => {
		const after = write(SAM, log({ date: '2026-09-20', kind: 'call', asked: true, awaiting: true }));
		expect(after).toBe(SAM.replace('- 2026-09-15 email', '- 2026-09-20 call: #asked #awaiting\n- 2026-09-15 email'));
	});

	it('creates the interactions section before the follow-ups, or at the end', () => {
		const noLog = '---\ntie: weak\n---\nMet at the summit.\n\n## Follow-ups\n- [ ] Send the deck 📅 2026-12-01\n';
		expect(write(noLog, log({}))).toBe(
			'---\ntie: weak\nlast_contact: 2026-11-21\n---\nMet at the summit.\n\n## ' +
				'Interactions\n- 2026-11-21 coffee\n\n## Follow-ups\n- [ ] Send the deck 📅 2026-12-01\n',
		);
		expect(write('Met at the summit.', log({}))).toBe(
			'---\nlast_contact: 2026-11-21\n---\nMet at the summit.\n\n## Interactions\n- 2026-11-21 coffee',
		);
		expect(write('', log({}))).toBe('---\nlast_contact: 2026-11-21\n---\n## Interactions\n- 2026-11-21 coffee');
	});

	it('keeps CRLF line endings and a byte-order mark', () => {
		const crlf = '\uFEFF' + SAM.replace(/\n/g, '\r\n');
		const after = write(crlf, log({ followUp: { text: 'Intro to Priya', due: day('2026-11-28') } }));
		expect(after.startsWith('\uFEFF---\r\n')).toBe(true);
		expect(after.replace(/\r\n/g, '')).not.toContain('\n');
		expect(after).toContain('\r\n- 2026-11-21 coffee\r\n');
		expect(after).toContain('- [ ] Send her the conference talk link 📅 2026-10-09\r\n- [ ] Intro to Priya 📅 2026-11-28\r\n');
	});

	it('adds a follow-up owed from a start date, with the start before the due date, as the Tasks plugin writes it', () => {
		const after = write(
			SAM,
			log({
				kind: 'event',
				summary: '[[Summit]]',
				followUp: { text: 'Follow up from [[Summit]] within 48 hours', start: day('2026-11-20'), due: day('2026-11-22') },
			}),
		);
		expect(after).toContain(
			'- [ ] Send her the conference talk link 📅 2026-10-09\n- [ ] Follow up from [[Summit]] within 48 hours 🛫 2026-11-20 📅 2026-11-22\n',
		);
	});

	it('clears a next_follow_up that has come, and keeps one still ahead', () => {
		const due = SAM.replace('tie: strong\n', 'tie: strong\nnext_follow_up: 2026-11-20\n');
		expect(write(due, log({}))).not.toContain('next_follow_up');
		// Due today: this is the contact it asked for.
		expect(write(SAM.replace('tie: strong\n', 'tie: strong\nnext_follow_up: 2026-11-21\n'), log({}))).not.toContain('next_follow_up');
		const ahead = SAM.replace('tie: strong\n', 'tie: strong\nnext_follow_up: 2026-12-20\n');
		expect(write(ahead, log({}))).toContain('next_follow_up: 2026-12-20\n');
	});

	it('leaves a last_contact it cannot read as the user wrote it, and says so', () => {
		const odd = SAM.replace('last_contact: 2026-10-02', 'last_contact: last week');
		const result = applyWrite(odd, log({}), settings, TODAY, parseYaml);
		expect(result).toMatchObject({
			ok: true,
			said: expect.stringContaining('last_contact left as it was ("last week" is not a date)') as unknown,
		});
		expect(result.ok && result.text).toContain('last_contact: last week\n');
	});

	it('leaves a last_contact linking a daily note as the user linked it, the new line being newer', () => {
		const linked = SAM.replace('last_contact: 2026-10-02', 'last_contact: "[[2026-10-02]]"');
		const result = applyWrite(linked, log({}), settings, TODAY, parseYaml);
		expect(result).toMatchObject({
			ok: true,
			said: expect.stringContaining('last_contact left as it was ("[[2026-10-02]]" links a note)') as unknown,
		});
		expect(result.ok && result.text).toContain('last_contact: "[[2026-10-02]]"\n');
		// A link to a later day than the log's, up to today, says nothing: it is newer, as a later date would be.
		const later = applyWrite(
			SAM.replace('last_contact: 2026-10-02', 'last_contact: "[[2026-11-20]]"'),
			log({ date: '2026-11-15' }),
			settings,
			TODAY,
			parseYaml,
		);
		expect(later.ok && later.said).not.toContain('last_contact');
		// One to a day after today is no contact yet: still kept as linked, and the log says why.
		const ahead = applyWrite(
			SAM.replace('last_contact: 2026-10-02', 'last_contact: "[[2026-12-01]]"'),
			log({}),
			settings,
			TODAY,
			parseYaml,
		);
		expect(ahead).toMatchObject({
			ok: true,
			said: expect.stringContaining('last_contact left as it was ("[[2026-12-01]]" links a note dated after today)') as unknown,
		});
		expect(ahead.ok && ahead.text).toContain('last_contact: "[[2026-12-01]]"\n');
	});

	it('replaces a last_contact dated after today, no contact yet, with the day logged, and says what it said', () => {
		const typo = SAM.replace('last_contact: 2026-10-02', 'last_contact: 2027-03-01');
		const result = applyWrite(typo, log({ date: '2026-11-20', kind: 'call' }), settings, TODAY, parseYaml);
		expect(result).toMatchObject({
			ok: true,
			said: 'logged call on 20 Nov; last_contact set to 20 Nov (it said 2027-03-01, after today)',
		});
		expect(result.ok && result.text).toContain('last_contact: 2026-11-20\n');
	});

	it('refuses a note whose properties do not parse, naming the problem', () => {
		const broken = '---\ntie: [strong\n---\n## Interactions\n';
		const result = applyWrite(broken, log({}), settings, TODAY, parseYaml);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.reason).toMatch(/^its properties don't parse \(line \d+: [^\n]+\); nothing was written$/);
		// js-yaml's reason, at the line of the note: the YAML's line 3 is the note's line 4.
		const indented = applyWrite('---\ntype: contact\ntie: strong\n  cadence: 30d\n---\n', log({}), settings, TODAY, parseYaml);
		expect(!indented.ok && indented.reason).toBe(
			"its properties don't parse (line 4: bad indentation of a mapping entry); nothing was written",
		);
	});

	it('refuses every write to a note whose properties are never closed, rather than adding a block above them', () => {
		const writes: ContactWrite[] = [
			log({}),
			{ op: 'snooze', until: day('2026-12-20') },
			{ op: 'dormant' },
			{ op: 'tie', tie: 'weak' },
			{ op: 'tag', tag: 'mentor' },
			{ op: 'fill', set: { company: 'Acme' }, add: { aliases: ['Sam'] }, overwrite: false },
			{ op: 'job', company: 'Acme', followUp: 'Congratulate them' },
		];
		for (const text of [
			'---\ntie: strong\ncompany: NoClose\n',
			'---\r\ntie: strong\r\n\r\n## Interactions\r\n- 2026-11-01 call\r\n',
			'\uFEFF---',
		]) {
			for (const op of writes) {
				const result = applyWrite(text, op, settings, TODAY, parseYaml);
				expect({ op: op.op, result }).toEqual({
					op: op.op,
					result: { ok: false, reason: 'its properties are never closed: add a line `---` after them; nothing was written' },
				});
			}
		}
		// A `---` further down is a closing line: that block is read, and written to.
		expect(write('---\ntie: strong\n---\n', { op: 'dormant' })).toBe('---\ntie: strong\nstatus: dormant\n---\n');
		// A note that does not start with `---` has no block: one is added, as before.
		expect(write('Met at the fair.\n\n---\n', { op: 'dormant' })).toBe('---\nstatus: dormant\n---\nMet at the fair.\n\n---\n');
	});

	it('refuses every write to a note whose properties start below a blank line, which Obsidian reads as text', () => {
		const writes: ContactWrite[] = [log({}), { op: 'snooze', until: day('2026-12-20') }, { op: 'dormant' }, { op: 'tie', tie: 'weak' }];
		const refused = 'its properties start below a blank line: remove the blank lines above the first `---`; nothing was written';
		for (const text of ['\n---\ntie: strong\n---\n# Ana\n', '  \r\n\r\n---\r\ncompany: Acme\r\n---\r\n', '\uFEFF\n---\ntie: weak\n---']) {
			for (const op of writes)
				expect({ op: op.op, result: applyWrite(text, op, settings, TODAY, parseYaml) }).toEqual({
					op: op.op,
					result: { ok: false, reason: refused },
				});
		}
		// Blank lines above a horizontal rule and prose, or above a block never closed, are no
		// properties: a block is added, as before.
		expect(write('\n---\nMet at the fair.\n\n---\n', { op: 'dormant' })).toBe(
			'---\nstatus: dormant\n---\n\n---\nMet at the fair.\n\n---\n',
		);
		expect(write('\n---\ntie: strong\n', { op: 'dormant' })).toBe('---\nstatus: dormant\n---\n\n---\ntie: strong\n');
	});

	it('words a YAML problem as the CLI reader lists it: one wording, "line N: reason"', () => {
		for (const text of ['---\ntype: contact\ntie: strong\n  cadence: 30d\n---\n', '---\ntie: [strong\n---\n', '---\nrole: "Staff\n---\n']) {
			const result = applyWrite(text, log({}), settings, TODAY, parseYaml);
			const listed = scanNote('People/Sam.md', text, parseYaml).frontmatterError;
			expect(listed).toMatch(/^line \d+: /);
			expect(!result.ok && result.reason).toBe(`its properties don't parse (${listed ?? ''}); nothing was written`);
		}
	});

	it('keeps date order past a code block in the interactions that looks like a heading', () => {
		const text = '## Interactions\n- 2026-11-20 call: a\n```\n# not a heading\n```\n- 2026-10-01 email: b\n';
		expect(write(text, log({ date: '2026-09-01' }))).toBe(
			'---\nlast_contact: 2026-09-01\n---\n## Interactions\n- 2026-11-20 call: ' +
				'a\n```\n# not a heading\n```\n- 2026-10-01 email: b\n- 2026-09-01 coffee\n',
		);
	});

	it('does not take a code block that mentions the heading for the section', () => {
		const text = '```\n## Interactions\n```\n';
		expect(write(text, log({}))).toBe(
			'---\nlast_contact: 2026-11-21\n---\n```\n## Interactions\n```\n\n## Interactions\n- 2026-11-21 coffee\n',
		);
	});
});

describe('snooze, dormant, tag and done', () => {
	it('writes next_follow_up and status in place, keeping comments and quoted key names', () => {
		const text = '---\n"next_follow_up": 2026-11-01 # after the offsite\nstatus: active\n---\nbody\n';
		expect(write(text, { op: 'snooze', until: day('2026-12-01') })).toBe(
			'---\n"next_follow_up": 2026-12-01 # after the offsite\nstatus: active\n---\nbody\n',
		);
		expect(write(text, { op: 'dormant' })).toBe('---\n"next_follow_up": 2026-11-01 # after the offsite\nstatus: dormant\n---\nbody\n');
	});

	it('writes a value in the quotes the old one was written in', () => {
		const text = '---\nlast_contact: \'2026-10-15\'\nstatus: "active" # mine\ntie: medium\n---\n';
		expect(write(text, log({}))).toBe(
			'---\nlast_contact: \'2026-11-21\'\nstatus: "active" # mine\ntie: medium\n---\n## Interactions\n- 2026-11-21 coffee\n',
		);
		expect(write(text, { op: 'dormant' })).toBe('---\nlast_contact: \'2026-10-15\'\nstatus: "dormant" # mine\ntie: medium\n---\n');
		expect(write(text, { op: 'tie', tie: 'weak' })).toBe('---\nlast_contact: \'2026-10-15\'\nstatus: "active" # mine\ntie: weak\n---\n');
	});

	it('adds a tag in the style the list is written in', () => {
		expect(write('---\ntags: [a, b]\n---\n', { op: 'tag', tag: '#client' })).toBe('---\ntags: [a, b, client]\n---\n');
		expect(write('---\ntags:\n  - a\n---\n', { op: 'tag', tag: 'client' })).toBe('---\ntags:\n  - a\n  - client\n---\n');
		expect(write('---\ntags: a\n---\n', { op: 'tag', tag: 'client' })).toBe('---\ntags: [a, client]\n---\n');
		expect(write('---\ntie: weak\n---\n', { op: 'tag', tag: 'client' })).toBe('---\ntie: weak\ntags:\n  - client\n---\n');
		expect(write('---\ntags: [client]\n---\n', { op: 'tag', tag: 'client' })).toBe('---\ntags: [client]\n---\n');
		// Obsidian's tags ignore case.
		expect(write('---\ntags: [Mentor]\n---\n', { op: 'tag', tag: 'mentor' })).toBe('---\ntags: [Mentor]\n---\n');
		expect(applyWrite('x', { op: 'tag', tag: '2026' }, settings, TODAY, parseYaml).ok).toBe(false);
	});

	it('ticks a follow-up with the day it was done, and refuses one that is no longer open', () => {
		const line = SAM.split('\n').findIndex((l) => l.startsWith('- [ ] Send her'));
		const text = '- [ ] Send her the conference talk link 📅 2026-10-09';
		const ticked = SAM.replace(text, '- [x] Send her the conference talk link 📅 2026-10-09 ✅ 2026-11-21');
		expect(write(SAM, { op: 'complete', line, text: 'Send her the conference talk link' })).toBe(ticked);
		const gone =
			"the follow-up 'Send her the conference talk link' is no longer open in the " +
			'note (ticked, changed or removed since the queue was shown); nothing was written';
		expect(applyWrite(ticked, { op: 'complete', line, text: 'Send her the conference talk link' }, settings, TODAY, parseYaml)).toEqual({
			ok: false,
			reason: gone,
		});
		expect(applyWrite(SAM, { op: 'complete', line, text: 'Something else' }, settings, TODAY, parseYaml)).toMatchObject({
			ok: false,
			reason: expect.stringContaining("the follow-up 'Something else' is no longer open") as unknown,
		});
	});

	it('ticks a follow-up written with Dataview fields with a completion field, as Dataview writes it', () => {
		const note = '## Follow-ups\n- [ ] Send deck [due:: 2026-11-20]\n- [ ] Call back (due:: 2026-11-19)\n';
		expect(write(note, { op: 'complete', line: 1, text: 'Send deck' })).toBe(
			'## Follow-ups\n- [x] Send deck [due:: 2026-11-20] [completion:: 2026-11-21]\n- [ ] Call back (due:: 2026-11-19)\n',
		);
		expect(write(note, { op: 'complete', line: 2, text: 'Call back' })).toContain(
			'- [x] Call back (due:: 2026-11-19) [completion:: 2026-11-21]\n',
		);
	});

	it('finds a follow-up that a write since has moved, by its words and due date', () => {
		const line = SAM.split('\n').findIndex((l) => l.startsWith('- [ ] Send her'));
		const moved = write(SAM, log({ summary: 'Roadmap chat' }));
		const done = { op: 'complete' as const, line, text: 'Send her the conference talk link', due: day('2026-10-09') };
		expect(write(moved, done)).toBe(
			moved.replace(
				'- [ ] Send her the conference talk link 📅 2026-10-09',
				'- [x] Send her the conference talk link 📅 2026-10-09 ✅ 2026-11-21',
			),
		);
		// The same words due another day are another follow-up.
		expect(applyWrite(moved, { ...done, due: day('2026-10-10') }, settings, TODAY, parseYaml).ok).toBe(false);
	});

	it('refuses to guess between two open follow-ups with the same words when neither is where the queue saw it', () => {
		const twice = SAM.replace('## Follow-ups\n', '## Follow-ups\n- [ ] Send the deck\n').replace(/\n$/, '\n- [ ] Send the deck\n');
		const lines = twice.split('\n');
		const first = lines.indexOf('- [ ] Send the deck');
		// On the line the queue saw it, it is that one.
		expect(write(twice, { op: 'complete', line: first, text: 'Send the deck' }).split('\n')[first]).toBe(
			'- [x] Send the deck ✅ 2026-11-21',
		);
		const result = applyWrite(twice, { op: 'complete', line: 2, text: 'Send the deck' }, settings, TODAY, parseYaml);
		expect(result).toEqual({
			ok: false,
			reason:
				`'Send the deck' is open on lines ${first + 1}, ${lines.lastIndexOf('- [ ] Send the deck') + 1}, ` +
				`and the queue cannot tell which it meant: tick it in the note; nothing was written`,
		});
	});

	it("moves a follow-up's due date (and a start date before it), in either of the Tasks formats, and nothing else", () => {
		const line = SAM.split('\n').findIndex((l) => l.startsWith('- [ ] Send her'));
		const until = day('2026-11-28');
		const move = { op: 'reschedule' as const, line, text: 'Send her the conference talk link', due: day('2026-10-09'), until };
		expect(write(SAM, move)).toBe(SAM.replace('📅 2026-10-09', '📅 2026-11-28'));
		const crlf = SAM.replace(
			'- [ ] Send her the conference talk link 📅 2026-10-09',
			'- [ ] Send her the conference talk link [start:: 2026-10-01] 🔼 [due:: 2026-10-09]',
		).replace(/\n/g, '\r\n');
		expect(write(crlf, move)).toBe(
			crlf.replace('[start:: 2026-10-01] 🔼 [due:: 2026-10-09]', '[start:: 2026-11-28] 🔼 [due:: 2026-11-28]'),
		);
		// A start date already after the day picked stays.
		const later = SAM.replace('📅 2026-10-09', '🛫 2026-12-05 📅 2026-10-09');
		expect(write(later, move)).toBe(later.replace('📅 2026-10-09', '📅 2026-11-28'));
		expect(applyWrite(SAM, { ...move, text: 'Something else' }, settings, TODAY, parseYaml).ok).toBe(false);
	});

	it('keeps an indented comment under a property it rewrites', () => {
		const text = '---\nnext_follow_up: 2026-11-01\n  # after the offsite\nstatus: active\n---\n';
		expect(write(text, { op: 'snooze', until: day('2026-12-01') })).toBe(
			'---\nnext_follow_up: 2026-12-01\n  # after the offsite\nstatus: active\n---\n',
		);
	});

	it('refuses an edit that would change a property it does not own', () => {
		// YAML reads `\t` in a quoted key as a tab: this key is not last_contact, though its
		// line reads like it to a line edit.
		const text = '---\ntype: contact\n"last_con\\tact": 2026-10-02\n---\n## Interactions\n';
		const result = applyWrite(text, log({}), settings, TODAY, parseYaml);
		expect(result).toEqual({ ok: false, reason: "the edit would also change the property 'last_con\tact'; nothing was written" });
	});

	it('refuses an edit whose own property would not read as intended', () => {
		// A comment between list items: the tag lands between them, not last.
		const result = applyWrite('---\ntags:\n- a\n# more below\n- b\n---\n', { op: 'tag', tag: 'client' }, settings, TODAY, parseYaml);
		expect(result).toEqual({ ok: false, reason: "the property 'tags' would not read as intended after the edit; nothing was written" });
	});

	it('refuses an edit that would break another property, and writes nothing', () => {
		// Another property refers to this one's value by a YAML anchor.
		const text = '---\nstatus: &state active\nprevious: *state\n---\n';
		const result = applyWrite(text, { op: 'dormant' }, settings, TODAY, parseYaml);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.reason).toMatch(/^the edit would leave the properties unreadable \(.+\); nothing was written$/);
	});
});

describe('writing to properties spelled in another case', () => {
	const CAPS =
		'---\nTie: strong\nCompany: Acme\nLast_Contact: 2026-10-02\nStatus: Active # since 2024\nNext_Follow_Up: 2026-11-01\n---\n## Notes\n';

	it('updates the line as the note spells it, never a second property beside it', () => {
		const logged = write(CAPS, log({ summary: 'caught up' }));
		expect(logged).toContain('Last_Contact: 2026-11-21\n');
		expect(logged).not.toMatch(/^last_contact:/m);
		// The snooze that had come due is cleared, whatever its case.
		expect(logged).not.toMatch(/next_follow_up/i);
		const dormant = write(CAPS, { op: 'dormant' });
		expect(dormant).toContain('Status: dormant # since 2024\n');
		expect(dormant).not.toMatch(/^status:/m);
		expect(write(CAPS, { op: 'tie', tie: 'weak' })).toMatch(/^---\nTie: weak\nCompany: Acme\n/);
	});

	it('writes the exactly spelled one when a note has both', () => {
		const both = '---\nStatus: archived\nstatus: active\n---\n';
		expect(write(both, { op: 'dormant' })).toBe('---\nStatus: archived\nstatus: dormant\n---\n');
	});
});

describe('marking dormant', () => {
	it('leaves an archived contact archived, and a dormant one as it is, writing nothing', () => {
		for (const status of ['archived', 'Dormant']) {
			const text = `---\ntie: weak\nstatus: ${status}\n---\n`;
			const result = applyWrite(text, { op: 'dormant' }, settings, TODAY, parseYaml);
			expect(result).toEqual({ ok: true, text, said: `${status.toLowerCase()} already; left as it is` });
		}
		expect(write('---\nstatus: active\n---\n', { op: 'dormant' })).toBe('---\nstatus: dormant\n---\n');
	});
});
