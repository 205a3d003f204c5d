// The two commands that write, checked on the files a user would open afterwards: what
// changed, that nothing else did, and that a refused call leaves every byte as it was.
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vault } from '../builders';
import { cli, filesOf, snapshot, writeVault, type CliResult } from './tempVault';

const TODAY = '2026-11-21';

/** `rapport log --vault root ...args --today 2026-11-21`. */
async function log(root: string, ...args: string[]): Promise<CliResult> {
	return cli('log', '--vault', root, ...args, '--today', TODAY);
}

async function newContact(root: string, ...args: string[]): Promise<CliResult> {
	return cli('new-contact', '--vault', root, ...args, '--today', TODAY);
}

function note(root: string, path: string): string {
	return readFileSync(join(root, path), 'utf8');
}

async function reconnectNames(root: string): Promise<string[]> {
	const result = await cli('queue', '--vault', root, '--today', TODAY, '--json');
	expect(result.code).toBe(0);
	const queue = JSON.parse(result.out) as { sections: { id: string; items: { name: string }[] }[] };
	return queue.sections.find((s) => s.id === 'reconnect')?.items.map((i) => i.name) ?? [];
}

const people = (): ReturnType<typeof vault> =>
	vault()
		.contact('Sam Rivera', (c) => c.tie('strong').cadence('monthly').aliases('Sammy').interaction('2026-10-02 coffee: reorg'))
		.contact('Jo Park', (c) => c.tie('weak').lastContact('2026-04-01'))
		.daily('2026-11-20', '- Quiet day');

describe('rapport log', () => {
	it('adds the interaction and last_contact to the note, and says which note and what it did', async () => {
		const root = writeVault(people());
		const result = await log(root, '--contact', 'Sam Rivera', '--kind', 'coffee', '--date', '2026-11-20', '--summary', 'career chat');
		expect(result).toEqual({ code: 0, out: 'People/Sam Rivera.md: logged coffee on 20 Nov', err: '' });
		expect(note(root, 'People/Sam Rivera.md')).toBe(
			[
				'---',
				'type: contact',
				'tie: strong',
				'cadence: monthly',
				'aliases: ["Sammy"]',
				'last_contact: 2026-11-20',
				'---',
				'## Interactions',
				'- 2026-11-20 coffee: career chat',
				'- 2026-10-02 coffee: reorg',
				'',
			].join('\n'),
		);
	});

	it('logs on today when no --date is given, with the marks asked for', async () => {
		const root = writeVault(people());
		expect((await log(root, '--contact', 'Jo Park', '--kind', 'call', '--asked', '--awaiting')).code).toBe(0);
		const text = note(root, 'People/Jo Park.md');
		expect(text).toContain('last_contact: 2026-11-21\n');
		expect(text).toContain('## Interactions\n- 2026-11-21 call: #asked #awaiting\n');
	});

	it('logs your nudge on an ask as #nudge, so the queue lets the ask go instead of taking it for a reply', async () => {
		const root = writeVault(
			people().contact('Mia Chen', (c) => c.tie('weak').interaction('2026-11-07 email: a referral? #asked #awaiting')),
		);
		expect(
			(await log(root, '--contact', 'Mia Chen', '--kind', 'email', '--date', '2026-11-14', '--summary', 'any news?', '--nudge')).code,
		).toBe(0);
		expect(note(root, 'People/Mia Chen.md')).toContain('## Interactions\n- 2026-11-14 email: any news? #nudge\n- 2026-11-07 email');
		const awaiting = async (today: string): Promise<string[]> => {
			const queue = JSON.parse((await cli('queue', '--vault', root, '--today', today, '--json')).out) as {
				sections: { id: string; items: { kind: string; name: string }[] }[];
			};
			return queue.sections.find((s) => s.id === 'awaiting')?.items.map((i) => `${i.kind} ${i.name}`) ?? [];
		};
		expect(await awaiting('2026-11-20')).toEqual([]);
		expect(await awaiting('2026-11-21')).toEqual(['let-go Mia Chen']);
	});

	it('refuses --nudge for someone with no ask awaiting a reply, naming them, and writes nothing', async () => {
		const root = writeVault(
			people()
				.contact('Mia Chen', (c) => c.tie('weak').interaction('2026-11-07 email: a referral? #asked #awaiting'))
				// Lee's ask was answered: nothing awaits a nudge.
				.contact('Lee Wong', (c) => c.interaction('2026-11-12 call: thanks').interaction('2026-11-07 email: intro? #asked #awaiting')),
		);
		const before = snapshot(root);
		const result = await log(root, '--contact', 'Mia Chen, Sam Rivera, Lee Wong', '--kind', 'email', '--nudge');
		expect(result.code).toBe(1);
		expect(result.err).toBe(
			[
				'rapport: Sam Rivera has no ask awaiting a reply to nudge; log it without the nudge',
				'rapport: Lee Wong has no ask awaiting a reply to nudge; log it without the nudge',
				'rapport: nothing written to People/Mia Chen.md either',
			].join('\n'),
		);
		expect(snapshot(root)).toEqual(before);
	});

	it.each([
		['a repeated --contact', ['--contact', 'Sam Rivera', '--contact', 'Jo Park']],
		['a comma-separated --contact', ['--contact', 'Sam Rivera, Jo Park']],
	])('logs one interaction on each of several contacts, from %s', async (_, names) => {
		const root = writeVault(people());
		const result = await log(root, ...names, '--kind', 'coffee', '--summary', 'group coffee');
		expect(result.code).toBe(0);
		expect(result.out.split('\n')).toEqual(['People/Sam Rivera.md: logged coffee on 21 Nov', 'People/Jo Park.md: logged coffee on 21 Nov']);
		for (const path of ['People/Sam Rivera.md', 'People/Jo Park.md'])
			expect(note(root, path)).toContain('- 2026-11-21 coffee: group coffee\n');
	});

	it('prints JSON for scripts', async () => {
		const root = writeVault(people());
		const result = await log(root, '--contact', 'Jo Park', '--kind', 'email', '--json');
		expect(JSON.parse(result.out)).toEqual({ written: [{ path: 'People/Jo Park.md', said: 'logged email on 21 Nov' }] });
	});

	it('finds a contact by alias, link or path, whatever the case', async () => {
		const root = writeVault(people());
		for (const name of ['sammy', '[[Sam Rivera]]', 'people/sam rivera.md']) {
			expect((await log(root, '--contact', name, '--kind', 'message', '--date', '2026-11-19')).out).toBe(
				'People/Sam Rivera.md: logged message on 19 Nov',
			);
		}
		expect(note(root, 'People/Sam Rivera.md').match(/2026-11-19 message/g)).toHaveLength(3);
	});

	it('writes nothing, to any note, when a name finds no contact, and suggests close ones', async () => {
		const root = writeVault(people());
		const before = snapshot(root);
		const result = await log(root, '--contact', 'Jo Park', '--contact', 'Sam Rivra', '--kind', 'coffee');
		expect(result).toEqual({ code: 1, out: '', err: "rapport: no contact named 'Sam Rivra'; did you mean Sam Rivera?" });
		expect(snapshot(root)).toEqual(before);
		expect((await log(root, '--contact', 'Nobody', '--kind', 'coffee')).err).toBe("rapport: no contact named 'Nobody'");
		expect(snapshot(root)).toEqual(before);
	});

	it('refuses a name two contacts answer to, naming both, until given a path', async () => {
		const root = writeVault(
			people()
				.contact('People/Alex Kim', (c) => c.tie('strong'))
				.contact('Archive/Alex Kim', (c) => c.status('archived')),
		);
		const before = snapshot(root);
		const result = await log(root, '--contact', 'alex kim', '--kind', 'call');
		expect(result.code).toBe(1);
		expect(result.err).toBe(
			"rapport: 'alex kim' could be any of Archive/Alex Kim.md and People/Alex " +
				"Kim.md; give the note's path instead, as --contact 'Archive/Alex Kim.md'",
		);
		expect(snapshot(root)).toEqual(before);
		expect(await log(root, '--contact', 'People/Alex Kim', '--kind', 'call')).toMatchObject({
			code: 0,
			out: 'People/Alex Kim.md: logged call on 21 Nov',
		});
		expect(snapshot(root)['Archive/Alex Kim.md']).toBe(before['Archive/Alex Kim.md']);
	});

	it('writes no note when one of them has properties that do not parse, and names it', async () => {
		const root = writeVault(people().note('People/Broken', '---\ntie: "strong\n---\n## Interactions\n'));
		const before = snapshot(root);
		const result = await log(root, '--contact', 'Sam Rivera', '--contact', 'Broken', '--kind', 'coffee');
		expect(result.code).toBe(1);
		expect(result.out).toBe('');
		const lines = result.err.split('\n');
		expect(lines[0]).toMatch(/^rapport: People\/Broken\.md: its properties don't parse \(line \d+: [^\n]+\); nothing was written$/);
		expect(lines[1]).toBe('rapport: nothing written to People/Sam Rivera.md either');
		expect(snapshot(root)).toEqual(before);
	});

	it('refuses every write to a note whose properties are never closed, and names it', async () => {
		// The first line `---` and no other: Obsidian shows the block as text. A write used to
		// put a new block above it, with the user's tie and company left below as body text.
		const root = writeVault(people().note('People/No Close', '---\ntie: strong\ncompany: NoClose\n\nMet at the fair.\n'));
		const before = snapshot(root);
		const refused = 'rapport: People/No Close.md: its properties are never closed: add a line `---` after them; nothing was written';
		for (const args of [
			['log', '--contact', 'No Close', '--kind', 'call'],
			['snooze', '--contact', 'No Close', '--until', '2026-12-20'],
			['dormant', '--contact', 'No Close'],
			['triage', '--contact', 'No Close', '--tie', 'weak'],
		]) {
			const [command = '', ...rest] = args;
			const result = await cli(command, '--vault', root, ...rest, ...(command === 'dormant' ? [] : ['--today', TODAY]));
			expect({ args, code: result.code, err: result.err.split('\n')[0] }).toEqual({ args, code: 1, err: refused });
		}
		expect(snapshot(root)).toEqual(before);
	});

	it('refuses a write to a note whose properties start below a blank line, and names it', async () => {
		// A log used to put a new block above them, leaving two blocks and the user's below as text.
		const root = writeVault(people().note('People/Below', '\n---\ntie: strong\ncompany: Below\n---\n# Below\n'));
		const before = snapshot(root);
		const result = await cli('log', '--vault', root, '--contact', 'Below', '--kind', 'call', '--today', TODAY);
		expect({ code: result.code, err: result.err.split('\n')[0] }).toEqual({
			code: 1,
			err:
				'rapport: People/Below.md: its properties start below a blank line: ' +
				'remove the blank lines above the first `---`; nothing was written',
		});
		expect(snapshot(root)).toEqual(before);
	});

	it('refuses a note made read-only, naming it, and writes no note at all, as root too', async () => {
		// Written as a new copy renamed over it, a read-only note used to take the change (a
		// rename needs only the folder's permission), and root writes whatever the bits say.
		const root = writeVault(people().contact('Jan Date', (c) => c.tie('weak')));
		chmodSync(join(root, 'People/Jan Date.md'), 0o444);
		const before = snapshot(root);
		for (const contacts of ['Sam Rivera,Jan Date', 'Jan Date,Sam Rivera']) {
			const result = await log(root, '--contact', contacts, '--kind', 'call', '--summary', 'RO');
			expect(result).toEqual({ code: 1, out: '', err: 'rapport: People/Jan Date.md is read-only; nothing was written' });
			expect(snapshot(root)).toEqual(before);
			expect(statSync(join(root, 'People/Jan Date.md')).mode & 0o777).toBe(0o444);
		}
		chmodSync(join(root, 'People/Jan Date.md'), 0o644);
		expect((await log(root, '--contact', 'Sam Rivera,Jan Date', '--kind', 'call', '--summary', 'RO')).code).toBe(0);
		expect(note(root, 'People/Jan Date.md')).toContain('- 2026-11-21 call: RO\n');
		expect(statSync(join(root, 'People/Jan Date.md')).mode & 0o777).toBe(0o644);
	});

	it('keeps a CRLF note CRLF, and its BOM', async () => {
		const root = writeVault(people());
		writeFileSync(
			join(root, 'People/Ngozi Okafor.md'),
			'\uFEFF---\r\ntype: contact\r\ntie: strong\r\n---\r\n## Interactions\r\n- 2026-11-05 video: portfolio review #gave\r\n',
		);
		expect(
			(await log(root, '--contact', 'Ngozi Okafor', '--kind', 'video', '--gave', '--follow-up', 'Intro to Mia', '--due', '2026-12-01'))
				.code,
		).toBe(0);
		expect(note(root, 'People/Ngozi Okafor.md')).toBe(
			'\uFEFF---\r\ntype: contact\r\ntie: strong\r\nlast_contact: 2026-11-21\r\n---\r\n## Interactions\r\n- 2026-11-21 ' +
				'video: #gave\r\n- 2026-11-05 video: portfolio review #gave\r\n\r\n## Follow-ups\r\n- [ ] Intro to Mia 📅 2026-12-01\r\n',
		);
	});

	it('adds a follow-up under ## Follow-ups, after the ones already there', async () => {
		const root = writeVault(
			people().contact('Mia Chen', (c) => c.followUp('Ask about the offsite 📅 2026-11-25').remember('Twins, Ada and Max')),
		);
		const result = await log(root, '--contact', 'Mia Chen', '--kind', 'coffee', '--follow-up', 'Send deck', '--due', '2026-11-28');
		expect(result.out).toBe('People/Mia Chen.md: logged coffee on 21 Nov; follow-up due 28 Nov');
		expect(note(root, 'People/Mia Chen.md')).toContain(
			'## Follow-ups\n- [ ] Ask about the offsite 📅 2026-11-25\n- [ ] Send deck 📅 2026-11-28\n',
		);
	});

	it('says when a follow-up is due on a day already past, so a mistyped date is seen', async () => {
		const root = writeVault(people().contact('Mia Chen'));
		const result = await log(root, '--contact', 'Mia Chen', '--kind', 'coffee', '--follow-up', 'Send deck', '--due', '2026-11-01');
		expect(result.out).toBe('People/Mia Chen.md: logged coffee on 21 Nov; follow-up due 1 Nov, already past: owed now');
	});

	it.each([
		[['--contact', 'Sam Rivera', '--kind', 'lunch'], /--kind expects coffee, call, .* or other, got 'lunch'/],
		[['--contact', 'Sam Rivera'], /--kind is required/],
		[['--kind', 'coffee'], /--contact NAME is required/],
		[['--contact', ' , ', '--kind', 'coffee'], /--contact NAME is required/],
		[['--contact', 'Sam Rivera', '--kind', 'coffee', '--gave', '--asked'], /--gave and --asked do not go together/],
		[
			['--contact', 'Sam Rivera', '--kind', 'email', '--nudge', '--asked'],
			/--nudge does not go with --asked: a nudge follows up on the ask logged before/,
		],
		[['--contact', 'Sam Rivera', '--kind', 'email', '--nudge', '--awaiting'], /--nudge and --awaiting do not go together/],
		[['--contact', 'Sam Rivera', '--kind', 'coffee', '--follow-up', 'Send deck'], /--follow-up needs --due YYYY-MM-DD/],
		[['--contact', 'Sam Rivera', '--kind', 'coffee', '--due', '2026-11-28'], /--due needs --follow-up TEXT/],
		[
			['--contact', 'Sam Rivera', '--kind', 'coffee', '--follow-up', 'Send deck', '--due', 'Friday'],
			/--due expects a date YYYY-MM-DD, got 'Friday'/,
		],
		[['--contact', 'Sam Rivera', '--kind', 'coffee', '--date', '2026-11-22'], /--date 2026-11-22 is after today \(2026-11-21\)/],
		[
			['--contact', 'Sam Rivera', '--kind', 'coffee', '--date', '2026-02-30'],
			/^rapport: --date 2026-02-30 is not a day in the calendar\. Run/,
		],
		[['--contact', 'Sam Rivera', '--kind', 'coffee', '--date', '30/02/2026'], /--date expects a date YYYY-MM-DD, got '30\/02\/2026'/],
		[
			['--contact', 'Sam Rivera', '--kind', 'coffee', '--summary', '-5% churn'],
			/^rapport: --summary got '-5% churn', which starts with a dash and so reads as an option; join them to give it as the value: --summary="-5% churn"\. Run 'rapport log --help' for usage\.$/,
		],
		[['--contact', 'Sam Rivera', '--kind', 'coffee', '--tie', 'strong'], /--tie only applies to new-contact/],
	])('%j is a usage error: exit 2, one line, nothing written', async (args, message) => {
		const root = writeVault(people());
		const before = snapshot(root);
		const result = await log(root, ...args);
		expect(result.code).toBe(2);
		expect(result.err).toMatch(message);
		expect(result.err.split('\n')).toHaveLength(1);
		expect(result.out).toBe('');
		expect(snapshot(root)).toEqual(before);
	});

	it('takes a summary starting with a dash joined to its option', async () => {
		const root = writeVault(people());
		expect((await log(root, '--contact', 'Sam Rivera', '--kind', 'call', '--summary=-5% churn')).code).toBe(0);
		expect(note(root, 'People/Sam Rivera.md')).toContain('\n- 2026-11-21 call: -5% churn\n');
	});

	it('logs a dormant or archived contact, and says on stderr that the queue leaves them out', async () => {
		const root = writeVault(
			people()
				.contact('Victor Lang', (c) => c.status('dormant'))
				.contact('Archive/Lee Wong', (c) => c.status('archived')),
		);
		const result = await log(root, '--contact', 'Victor Lang,Lee Wong,Sam Rivera', '--kind', 'email');
		expect(result.code).toBe(0);
		expect(result.out.split('\n')).toEqual([
			'People/Victor Lang.md: logged email on 21 Nov',
			'Archive/Lee Wong.md: logged email on 21 Nov',
			'People/Sam Rivera.md: logged email on 21 Nov',
		]);
		expect(result.err.split('\n')).toEqual([
			'Victor Lang is dormant: logged; dormant contacts stay out of the queue',
			'Lee Wong is archived: logged; archived contacts stay out of the queue',
		]);
	});

	it('says why a note a name finds is no contact', async () => {
		const root = writeVault(
			people().note('People/Empty', '').note('Templates/Contact', '---\ntype: contact\n---\n').note('Companies/Acme', '# Acme\n'),
		);
		const before = snapshot(root);
		expect((await log(root, '--contact', 'Empty', '--kind', 'coffee')).err).toBe(
			"rapport: no contact named 'Empty'; People/Empty.md is a note but no contact " +
				'(empty note in a contacts folder: not a contact until it has something in it)',
		);
		expect((await log(root, '--contact', 'Contact', '--kind', 'coffee')).err).toBe(
			"rapport: no contact named 'Contact'; Templates/Contact.md is a note but no contact (it is in the templates folder 'Templates')",
		);
		expect((await log(root, '--contact', 'companies/acme', '--kind', 'coffee')).err).toBe(
			"rapport: no contact named 'companies/acme'; Companies/Acme.md is a note but no " +
				'contact (it is outside the contact folders and has no contact marker, category or tag)',
		);
		expect(snapshot(root)).toEqual(before);
	});

	it('takes the contact out of reconnect in the next queue', async () => {
		const root = writeVault(people());
		expect((await reconnectNames(root)).sort()).toEqual(['Jo Park', 'Sam Rivera']);
		expect((await log(root, '--contact', 'Sam Rivera', '--kind', 'call')).code).toBe(0);
		expect(await reconnectNames(root)).toEqual(['Jo Park']);
	});
});

describe('rapport new-contact', () => {
	it('creates the note in the contacts folder with the properties given, and prints its path', async () => {
		const root = writeVault(people());
		const result = await newContact(
			root,
			'--name',
			'Ana Ruiz',
			'--company',
			'Acme Corp',
			'--tie',
			'medium',
			'--met',
			'[[DevTools Summit]]',
		);
		expect(result).toEqual({ code: 0, out: 'People/Ana Ruiz.md', err: '' });
		expect(note(root, 'People/Ana Ruiz.md')).toBe(
			[
				'---',
				'type: contact',
				'company: Acme Corp',
				'tie: medium',
				'met: "[[DevTools Summit]]"',
				'---',
				'## Remember',
				'',
				'## Interactions',
				'',
				'## Follow-ups',
				'',
			].join('\n'),
		);
		const contacts = JSON.parse((await cli('contacts', '--vault', root, '--json')).out) as {
			name: string;
			company?: string;
			tie?: string;
		}[];
		expect(contacts.find((c) => c.name === 'Ana Ruiz')).toMatchObject({ company: 'Acme Corp', tie: 'medium' });
	});

	it('never overwrites: a second run exits 1 and leaves the note as it was', async () => {
		const root = writeVault(people());
		expect((await newContact(root, '--name', 'Ana Ruiz')).code).toBe(0);
		writeFileSync(join(root, 'People/Ana Ruiz.md'), `${note(root, 'People/Ana Ruiz.md')}- Likes climbing\n`);
		const before = snapshot(root);
		expect(await newContact(root, '--name', 'Ana Ruiz', '--tie', 'strong')).toEqual({
			code: 1,
			out: '',
			err: 'rapport: People/Ana Ruiz.md already exists; nothing was written',
		});
		expect(snapshot(root)).toEqual(before);
	});

	it('refuses a name that is already a contact elsewhere, by name or alias', async () => {
		const root = writeVault(people().contact('Archive/Lee Wong', (c) => c.status('archived')));
		const before = snapshot(root);
		expect(await newContact(root, '--name', 'lee wong')).toEqual({
			code: 1,
			out: '',
			err: "rapport: 'lee wong' is already a contact, Archive/Lee Wong.md; nothing was written",
		});
		expect((await newContact(root, '--name', 'Sammy')).err).toBe(
			"rapport: 'Sammy' is already a contact, People/Sam Rivera.md; nothing was written",
		);
		expect(snapshot(root)).toEqual(before);
	});

	it('refuses a name a contact has with accents or another apostrophe, naming the note and how to add a second person', async () => {
		const root = writeVault(
			vault()
				.contact('José Álvarez')
				.contact('Sean O’Neil', (c) => c.aliases('Sean')),
		);
		const before = snapshot(root);
		expect(await newContact(root, '--name', 'Jose Alvarez')).toEqual({
			code: 1,
			out: '',
			err:
				"rapport: 'Jose Alvarez' is already a contact as People/José Álvarez.md, the same name with case, accents or apostrophes aside; " +
				"nothing was written. For a second person of that name, give a name that tells them apart, such as 'Jose Alvarez (their company)'",
		});
		expect((await newContact(root, '--name', "sean o'neil", '--company', 'Initech')).err).toContain(
			'People/Sean O’Neil.md, the same name with case, accents or apostrophes aside; nothing was written. ' +
				"For a second person of that name, give a name that tells them apart, such as 'sean o'neil (Initech)'",
		);
		expect(snapshot(root)).toEqual(before);
		expect(await newContact(root, '--name', 'Jose Alvarez (Initech)')).toEqual({
			code: 0,
			out: 'People/Jose Alvarez (Initech).md',
			err: '',
		});
	});

	it('names the note without a title or credentials, as an import would, and never makes a second note of a titled name', async () => {
		const root = writeVault(people());
		expect(await newContact(root, '--name', "Dr. Mary O'Brien, PhD")).toEqual({ code: 0, out: "People/Mary O'Brien.md", err: '' });
		expect(note(root, "People/Mary O'Brien.md")).toMatch(/^---\ntype: contact\naliases: \["Dr. Mary O'Brien, PhD"\]\n---\n/);
		const before = snapshot(root);
		expect(await newContact(root, '--name', "Prof. Mary O'Brien")).toEqual({
			code: 1,
			out: '',
			err:
				"rapport: People/Mary O'Brien.md already exists ('Prof. Mary O'Brien' without its title or credentials is Mary O'Brien; " +
				"for a second person of that name, give a name that tells them apart, such as 'Mary O'Brien (their company)'); nothing was written",
		});
		expect(snapshot(root)).toEqual(before);
	});

	it('makes a safe file name of a name with / or :, and creates the folder if needed', async () => {
		const root = writeVault(vault().daily('2026-11-20', '- Quiet day'));
		const result = await newContact(root, '--name', 'AC/DC: Angus Young');
		expect(result.out).toBe('People/AC DC Angus Young.md');
		expect(existsSync(join(root, 'People/AC DC Angus Young.md'))).toBe(true);
		expect((await cli('contacts', '--vault', root)).out.split('\n')[1]).toMatch(/^AC DC Angus Young /);
	});

	it('keeps a name the file could not hold as an alias, so log finds the contact by it', async () => {
		const root = writeVault(people());
		expect((await newContact(root, '--name', 'C# Dev')).out).toBe('People/C Dev.md');
		expect(note(root, 'People/C Dev.md')).toContain('\naliases: ["C# Dev"]\n');
		expect(await log(root, '--contact', 'C# Dev', '--kind', 'call')).toEqual({
			code: 0,
			out: 'People/C Dev.md: logged call on 21 Nov',
			err: '',
		});
		expect((await newContact(root, '--name', 'C# Dev')).code).toBe(1);
	});

	it.each(['../x', '. .x', 'x.md'])('makes %j a visible note, x.md, that log finds by the name given', async (name) => {
		const root = writeVault(people());
		expect(await newContact(root, '--name', name)).toEqual({ code: 0, out: 'People/x.md', err: '' });
		expect(filesOf(root, 'notes')).toHaveProperty(['People/x.md']);
		expect(note(root, 'People/x.md')).toContain(`\naliases: [${JSON.stringify(name)}]\n`);
		expect(await log(root, '--contact', name, '--kind', 'call')).toEqual({ code: 0, out: 'People/x.md: logged call on 21 Nov', err: '' });
	});

	it("starts from the template set in Rapport's settings", async () => {
		const root = writeVault(
			people().note('Templates/Person', '---\ntype: contact\ntags: [person]\n---\n# {{name}}\nAdded {{date}} · {{company}}\n'),
		);
		mkdirSync(join(root, '.obsidian/plugins/rapport'), { recursive: true });
		writeFileSync(
			join(root, '.obsidian/plugins/rapport/data.json'),
			JSON.stringify({ newContactTemplate: 'Templates/Person', newContactFolder: 'Contacts' }),
		);
		expect((await newContact(root, '--name', 'Ana Ruiz', '--company', 'Acme')).out).toBe('Contacts/Ana Ruiz.md');
		expect(note(root, 'Contacts/Ana Ruiz.md')).toBe(
			'---\ntype: contact\ntags: [person]\ncompany: Acme\n---\n# Ana Ruiz\nAdded 2026-11-21 · Acme\n',
		);
	});

	it("makes a contact from the demo vault's template that log finds at once, the given tie winning over the template's", async () => {
		const template = readFileSync(join(__dirname, '../../examples/demo-vault/Templates/Contact.md'), 'utf8');
		const root = writeVault(people().note('Templates/Contact', template));
		mkdirSync(join(root, '.obsidian/plugins/rapport'), { recursive: true });
		writeFileSync(join(root, '.obsidian/plugins/rapport/data.json'), JSON.stringify({ newContactTemplate: 'Templates/Contact' }));
		expect((await newContact(root, '--name', 'Ada Lovelace', '--company', 'Analytical Engines: Ltd', '--tie', 'strong')).code).toBe(0);
		const made = note(root, 'People/Ada Lovelace.md');
		expect(made).toContain('\ncompany: "Analytical Engines: Ltd"\nrole: ""\n');
		expect(made).toContain('\ntie: strong\n');
		expect(made).toContain('\n# Ada Lovelace\n');
		expect(made).not.toContain('{{');
		expect(await log(root, '--contact', 'Ada Lovelace', '--kind', 'call')).toEqual({
			code: 0,
			out: 'People/Ada Lovelace.md: logged call on 21 Nov',
			err: '',
		});
	});

	it('makes a contact of a template with Templater code in its heading and properties, that contacts lists and log finds', async () => {
		const root = writeVault(
			people().note('Templates/Person', '---\ntype: contact\ncreated: <% tp.date.now() %>\n---\n# <% tp.file.title %>\n'),
		);
		mkdirSync(join(root, '.obsidian/plugins/rapport'), { recursive: true });
		writeFileSync(join(root, '.obsidian/plugins/rapport/data.json'), JSON.stringify({ newContactTemplate: 'Templates/Person' }));
		expect(await newContact(root, '--name', 'Ana Ruiz')).toEqual({ code: 0, out: 'People/Ana Ruiz.md', err: '' });
		expect(note(root, 'People/Ana Ruiz.md')).toBe('---\ntype: contact\ncreated: <% tp.date.now() %>\n---\n# <% tp.file.title %>\n');
		expect((await cli('contacts', '--vault', root)).out).toContain('Ana Ruiz');
		expect((await log(root, '--contact', 'Ana Ruiz', '--kind', 'call')).code).toBe(0);
	});

	it('refuses, and writes nothing, when the note made would not be a contact', async () => {
		const root = writeVault(people());
		const before = snapshot(root);
		expect(await newContact(root, '--name', '{{nickname}}')).toEqual({
			code: 1,
			out: '',
			err:
				'rapport: People/{{nickname}}.md would not be a contact: it has an unfilled ' +
				'{{placeholder}} in its name, a property or a heading, as a template has; nothing was written',
		});
		mkdirSync(join(root, '.obsidian/plugins/rapport'), { recursive: true });
		writeFileSync(join(root, '.obsidian/plugins/rapport/data.json'), JSON.stringify({ newContactFolder: 'Templates/People' }));
		const settings = snapshot(root);
		expect((await newContact(root, '--name', 'Ana Ruiz')).err).toBe(
			"rapport: Templates/People/Ana Ruiz.md would not be a contact: it is in the templates folder 'Templates'; nothing was written",
		);
		expect(snapshot(root)).toEqual(settings);
		expect(Object.keys(before).every((path) => path in settings)).toBe(true);
	});

	it('names a configured template that is missing, and writes nothing', async () => {
		const root = writeVault(people());
		mkdirSync(join(root, '.obsidian/plugins/rapport'), { recursive: true });
		writeFileSync(join(root, '.obsidian/plugins/rapport/data.json'), JSON.stringify({ newContactTemplate: 'Templates/Gone' }));
		const before = snapshot(root);
		const result = await newContact(root, '--name', 'Ana Ruiz');
		expect(result.code).toBe(1);
		expect(result.err).toMatch(/^rapport: the new-contact template Templates\/Gone\.md does not exist; .*nothing was written$/);
		expect(snapshot(root)).toEqual(before);
	});

	it('never writes outside the vault, whatever the settings say', async () => {
		const root = writeVault(people());
		mkdirSync(join(root, '.obsidian/plugins/rapport'), { recursive: true });
		writeFileSync(join(root, '.obsidian/plugins/rapport/data.json'), JSON.stringify({ newContactFolder: '../elsewhere' }));
		const result = await newContact(root, '--name', 'Ana Ruiz');
		expect(result.code).toBe(1);
		expect(result.err).toMatch(/outside the vault; nothing was written/);
		expect(existsSync(join(root, '../elsewhere'))).toBe(false);
	});

	it.each([
		[['--name', 'Ana Ruiz', '--tie', 'close'], /--tie expects strong, medium or weak, got 'close'/],
		[['--name', ' /:: '], /--name ' \/:: ' has nothing left to name a note with/],
		[['--company', 'Acme'], /--name NAME is required/],
		[['--name', 'Ana Ruiz', '--kind', 'coffee'], /--kind only applies to log/],
	])('%j is a usage error: exit 2, nothing written', async (args, message) => {
		const root = writeVault(people());
		const before = snapshot(root);
		const result = await newContact(root, ...args);
		expect(result.code).toBe(2);
		expect(result.err).toMatch(message);
		expect(snapshot(root)).toEqual(before);
	});
});

describe('names and notes the file system refuses', () => {
	it('cuts a name too long for a file name to 120 bytes, keeping the whole name in aliases', async () => {
		const root = writeVault(people());
		const name = `Ana ${'Maria '.repeat(60)}Ruiz`;
		const result = await newContact(root, '--name', name);
		expect(result.code).toBe(0);
		expect(result.err).toBe('');
		const path = result.out.trim();
		expect(path).toMatch(/^People\/Ana (Maria )+Maria\.md$/);
		expect(Buffer.byteLength(path.slice('People/'.length, -'.md'.length))).toBeLessThanOrEqual(120);
		expect(filesOf(root, 'notes')[path]).toContain(`aliases: [${JSON.stringify(name)}]`);
	});

	it('names a link to nothing once, and counts it once, when a name finds nobody', async () => {
		const root = writeVault(people());
		symlinkSync(join(root, 'gone.md'), join(root, 'People/Ghost.md'));
		const result = await log(root, '--contact', 'Ghost', '--kind', 'call');
		expect(result.code).toBe(1);
		expect(result.err.split('\n')).toEqual([
			"rapport: no contact named 'Ghost'",
			"rapport: 1 note could not be read; 'rapport problems' lists them",
		]);
		const problems = JSON.parse((await cli('problems', '--vault', root, '--json')).out) as { path: string; message: string }[];
		expect(problems.filter((p) => p.path === 'People/Ghost.md')).toEqual([
			{ path: 'People/Ghost.md', message: 'is a link to a file that does not exist' },
		]);
	});
});

describe('properties spelled in another case', () => {
	it('are read, and a write changes them where they are rather than adding a second', async () => {
		const root = writeVault(
			vault().note('People/Caps', '---\nTie: Strong\nCompany: Acme\nLast_Contact: 2026-10-01\nStatus: Active\n---\n## Notes\nHi\n'),
		);
		const who = await cli('who', '--vault', root, '--company', 'acme', '--json');
		expect(who.code).toBe(0);
		expect(who.out).toContain('Caps');
		expect((await log(root, '--contact', 'Caps', '--kind', 'call', '--summary', 'hi')).code).toBe(0);
		expect((await cli('dormant', '--vault', root, '--contact', 'Caps')).code).toBe(0);
		expect(note(root, 'People/Caps.md')).toBe(
			'---\nTie: Strong\nCompany: Acme\nLast_Contact: 2026-11-21\nStatus: dormant\n---\n' +
				'## Notes\nHi\n\n## Interactions\n- 2026-11-21 call: hi\n',
		);
	});
});
