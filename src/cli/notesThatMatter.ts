// Which notes' frontmatter the CLI's index parses. Parsing every block costs as much as
// reading the vault, and most notes (daily notes, project notes) hold nothing Rapport reads
// there. The rule, as docs/cli.md gives it: a note's properties are read (and a block that
// does not parse is reported) when the note is in a contacts folder or has a contact tag in
// its text, or its frontmatter has a line starting with a property that can make it a
// contact or a meeting or date it (the marker, the category, the meeting date), or mentions
// a contact tag anywhere (`tags: [daily]` alone is not read; `tags: [contact]` is).
import { inFolder, tagMatches } from '../domain/recognition';
import type { RapportSettings } from '../domain/settings';
import type { NoteSnapshot } from '../index/port';

/** Whether a note's frontmatter can matter to the index, from its path, its body's tags and its raw block. */
export type PropertiesMatter = (snapshot: NoteSnapshot, yaml: string) => boolean;

export function propertiesMatter(settings: RapportSettings): PropertiesMatter {
	const blockMatters = blockMayMatter(settings);
	return (snapshot, yaml) => {
		// Templates are never contacts or meetings, and their problems are not the user's.
		if (inFolder(snapshot.path, settings.templatesFolder)) return false;
		if (settings.contactFolders.some((folder) => inFolder(snapshot.path, folder))) return true;
		if (snapshot.tags.some((tag) => settings.contactTags.some((wanted) => tagMatches(tag, wanted)))) return true;
		return blockMatters(yaml);
	};
}

/**
 * The rule's part that reads the block alone: a line naming a property that can make the
 * note a contact or a meeting or date it, or a contact tag mentioned anywhere in it.
 */
export function blockMayMatter(settings: RapportSettings): (yaml: string) => boolean {
	const names = [settings.markerKey, settings.categoryKey, settings.meetingKeys.date].filter((name) => name !== '');
	const tags = settings.contactTags.map((tag) => tag.toLowerCase()).filter((tag) => tag !== '');
	return (yaml) => {
		if (namesAProperty(yaml, names)) return true;
		// A contact tag in `tags:`, however it is written: any mention of it has the block parsed.
		const lower = yaml.toLowerCase();
		return tags.some((tag) => lower.includes(tag));
	};
}

/** Whether the text has the name at a place, in any case (`Type` is `type`, as the properties are read). */
function startsWithName(text: string, name: string, at: number): boolean {
	if (text.startsWith(name, at)) return true;
	// Most lines start with another name: a look at the first letter before any copy.
	const first = text.charCodeAt(at);
	const wanted = name.charCodeAt(0);
	if (first !== wanted && String.fromCharCode(first).toLowerCase() !== String.fromCharCode(wanted).toLowerCase()) return false;
	return text.slice(at, at + name.length).toLowerCase() === name.toLowerCase();
}

/**
 * Whether a line of the block starts with one of the names as a key (`type:`, `"tags" :`),
 * or with something that could hide one (a `{…}` mapping, a `? key`, a `<<` merge, an
 * anchor, a tag or an alias): the block is parsed then, as it always was.
 */
export function namesAProperty(yaml: string, names: readonly string[]): boolean {
	let start = 0;
	while (start < yaml.length) {
		let end = yaml.indexOf('\n', start);
		if (end === -1) end = yaml.length;
		const first = yaml[start];
		if (first === '{' || first === '?' || first === '&' || first === '!' || first === '*' || yaml.startsWith('<<', start)) return true;
		const quote = first === '"' || first === "'" ? 1 : 0;
		for (const name of names) {
			if (!startsWithName(yaml, name, start + quote)) continue;
			let at = start + quote + name.length;
			if (quote && yaml[at] === first) at++;
			while (yaml[at] === ' ' || yaml[at] === '\t') at++;
			if (yaml[at] === ':') return true;
		}
		start = end + 1;
	}
	return false;
}
