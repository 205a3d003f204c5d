// Test data that reads like the situation it describes:
//   vault().contact('People/Sam Rivera', c => c.tie('strong').lastContact('2026-10-02'))
//          .daily('2026-11-01', '- Lunch with [[Sam Rivera]]')
import { scanNote } from '../src/cli/scanNote';
import { parseYamlFor } from '../src/cli/frontmatter';
import { datedNoteMatcher } from '../src/domain/datedNotes';
import { parseIsoDay, type Day } from '../src/domain/day';
import { defaultSettings, type RapportSettings } from '../src/domain/settings';
import { ContactIndex } from '../src/index/contactIndex';
import type { NoteSnapshot, NoteSource } from '../src/index/port';

/** A calendar day from `YYYY-MM-DD`, failing loudly on a typo in a test. */
export function day(text: string): Day {
	const parsed = parseIsoDay(text);
	if (parsed === undefined) throw new Error(`not a date: ${text}`);
	return parsed;
}

export class ContactBuilder {
	private readonly properties: [string, string][] = [['type', 'contact']];
	private readonly sections: Record<string, string[]> = {};
	private readonly extra: string[] = [];

	/** Any property, written as raw YAML after `key: `. */
	prop(key: string, yaml: string): this {
		const existing = this.properties.findIndex(([k]) => k === key);
		if (existing !== -1) this.properties.splice(existing, 1);
		this.properties.push([key, yaml]);
		return this;
	}
	without(key: string): this {
		const existing = this.properties.findIndex(([k]) => k === key);
		if (existing !== -1) this.properties.splice(existing, 1);
		return this;
	}
	tie(tie: string): this {
		return this.prop('tie', tie);
	}
	cadence(cadence: string): this {
		return this.prop('cadence', cadence);
	}
	lastContact(date: string): this {
		return this.prop('last_contact', date);
	}
	nextFollowUp(date: string): this {
		return this.prop('next_follow_up', date);
	}
	status(status: string): this {
		return this.prop('status', status);
	}
	company(company: string): this {
		return this.prop('company', company);
	}
	aliases(...aliases: string[]): this {
		return this.prop('aliases', `[${aliases.map((a) => JSON.stringify(a)).join(', ')}]`);
	}
	birthday(birthday: string): this {
		return this.prop('birthday', birthday);
	}
	introducedBy(name: string): this {
		return this.prop('introduced_by', `"[[${name}]]"`);
	}
	/** `- 2026-10-02 coffee: summary #asked` under `## Interactions`. */
	interaction(line: string): this {
		return this.section('Interactions', `- ${line}`);
	}
	/** `- [ ] Send the link 📅 2026-10-09` under `## Follow-ups`. */
	followUp(line: string): this {
		return this.section('Follow-ups', line.startsWith('- ') ? line : `- [ ] ${line}`);
	}
	remember(line: string): this {
		return this.section('Remember', `- ${line}`);
	}
	body(text: string): this {
		this.extra.push(text);
		return this;
	}
	section(heading: string, line: string): this {
		(this.sections[heading] ??= []).push(line);
		return this;
	}

	toMarkdown(): string {
		const fm = this.properties.map(([k, v]) => `${k}: ${v}`).join('\n');
		const body = Object.entries(this.sections).map(([heading, lines]) => `## ${heading}\n${lines.join('\n')}`);
		return `---\n${fm}\n---\n${[...this.extra, ...body].join('\n\n')}\n`;
	}
}

export class VaultBuilder {
	readonly files = new Map<string, string>();
	settings: RapportSettings = defaultSettings();
	datedFolder = 'Daily';
	datedFormat = 'YYYY-MM-DD';

	/** A contact note; `name` may include folders (`People/Sam Rivera`). */
	contact(name: string, build: (c: ContactBuilder) => ContactBuilder = (c) => c): this {
		const path = name.includes('/') ? name : `People/${name}`;
		return this.note(path, build(new ContactBuilder()).toMarkdown());
	}
	daily(date: string, body: string): this {
		return this.note(`${this.datedFolder}/${date}`, body);
	}
	meeting(name: string, date: string, people: string[], body = '', template?: string): this {
		const list = people.map((p) => JSON.stringify(`[[${p}]]`)).join(', ');
		return this.note(
			`Meetings/${name}`,
			`---\ntype: meeting\ndate: ${date}\npeople: [${list}]\n${template ? `template: ${template}\n` : ''}---\n${body}\n`,
		);
	}
	/** Any note; `.md` is added when missing. */
	note(path: string, text: string): this {
		this.files.set(path.endsWith('.md') ? path : `${path}.md`, text);
		return this;
	}
	delete(path: string): this {
		this.files.delete(path.endsWith('.md') ? path : `${path}.md`);
		return this;
	}
	with(change: (settings: RapportSettings) => void): this {
		change(this.settings);
		return this;
	}

	/** The port over these files, read the way the CLI reads a folder. */
	source(): NoteSource & { reads: string[] } {
		const files = this.files;
		const reads: string[] = [];
		const parse = parseYamlFor(this.settings);
		return {
			reads,
			paths: () => [...files.keys()].sort(),
			read(path: string): NoteSnapshot | undefined {
				const text = files.get(path);
				if (text === undefined) return undefined;
				reads.push(path);
				return scanNote(path, text, parse);
			},
		};
	}

	index(): ContactIndex {
		const index = new ContactIndex(this.settings, datedNoteMatcher(this.datedFolder, this.datedFormat));
		index.build(this.source());
		return index;
	}
}

export function vault(): VaultBuilder {
	return new VaultBuilder();
}
