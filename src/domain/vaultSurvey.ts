// What the vault seems to hold: where it keeps its people and its daily notes, to propose
// them in the settings tab. The host hands over each
// note's path and property names (from the metadata cache, never the files) and where the
// daily-notes settings say daily notes are; nothing here writes anything.
import { datedNoteMatcher, type DatedNotesLocation } from './datedNotes';
import { inFolder } from './recognition';
import type { FieldKeys, RapportSettings } from './settings';

export interface SurveyNote {
	path: string;
	/** Its property names (frontmatter keys). */
	properties: readonly string[];
}

export interface FoundContacts {
	folder: string;
	/** Notes in it, and in folders inside it, that look like people. */
	people: number;
	/** All its notes. */
	notes: number;
	/** It is a contacts folder already (or inside one): nothing to propose, only to confirm. */
	configured: boolean;
}

export interface FoundDatedNotes {
	folder: string;
	format: string;
	anywhere: boolean;
	/** Whose settings named the place, or `names`: no settings, so it was found by the notes' names. */
	from: DatedNotesLocation['from'] | 'names';
	/** Dated notes there. */
	count: number;
	/** Found by names: notes named as a date anywhere in the vault, of which `count` are in `folder`. */
	total?: number;
}

export interface VaultSurvey {
	contacts?: FoundContacts;
	datedNotes: FoundDatedNotes;
}

/** Properties a note about a person has, by the contact keys the settings map them to, and `phone`. */
const PERSON_FIELDS: readonly (keyof FieldKeys)[] = ['company', 'role', 'email', 'linkedin', 'birthday', 'tie'];
/** A note is person-like with at least this many of them, */
const PERSON_LIKE = 2;
/** and a folder is proposed when it holds at least this many such notes, more than half of its notes. */
const FEWEST_PEOPLE = 3;

/** The folders a path is in, from the top: `A/B/c.md` is in `A` and `A/B`; a note at the root, in none. */
function foldersOf(path: string): string[] {
	const folders: string[] = [];
	for (let at = path.indexOf('/'); at >= 0; at = path.indexOf('/', at + 1)) folders.push(path.slice(0, at));
	return folders;
}

function depth(folder: string): number {
	return folder.split('/').length;
}

/**
 * The folder most full of notes with person-like properties (at least two of company, role,
 * email, phone, LinkedIn, birthday and tie, by any case of their names): the most such
 * notes, and of folders with as many, the one where they are the largest share, then the
 * one nearer the top. The templates folder is never counted.
 */
export function findContactsFolder(notes: readonly SurveyNote[], settings: RapportSettings): FoundContacts | undefined {
	const wanted = new Set(['phone', ...PERSON_FIELDS.flatMap((field) => [field, settings.keys[field]])].map((key) => key.toLowerCase()));
	const counts = new Map<string, { people: number; notes: number }>();
	for (const note of notes) {
		if (inFolder(note.path, settings.templatesFolder)) continue;
		const found = new Set(note.properties.map((p) => p.toLowerCase()).filter((p) => wanted.has(p)));
		const person = found.size >= PERSON_LIKE;
		for (const folder of foldersOf(note.path)) {
			const count = counts.get(folder) ?? { people: 0, notes: 0 };
			count.notes++;
			if (person) count.people++;
			counts.set(folder, count);
		}
	}
	const [best] = [...counts]
		.map(([folder, count]) => ({ folder, ...count }))
		.filter((c) => c.people >= FEWEST_PEOPLE && c.people * 2 > c.notes)
		.sort(
			(a, b) =>
				b.people - a.people ||
				b.people / b.notes - a.people / a.notes ||
				depth(a.folder) - depth(b.folder) ||
				(a.folder < b.folder ? -1 : 1),
		);
	if (!best) return undefined;
	const { folder } = best;
	const configured = settings.contactFolders.some((f) => folder.toLowerCase() === f.toLowerCase() || inFolder(`${folder}/`, f));
	return { ...best, configured };
}

/**
 * Where daily notes are: where the settings say, with how many notes are there; with no
 * settings, the folder holding the most notes named as a date (`YYYY-MM-DD`), out of how
 * many there are in the whole vault.
 */
export function findDatedNotes(notes: readonly SurveyNote[], located: DatedNotesLocation): FoundDatedNotes {
	const matcher = datedNoteMatcher(located.folder, located.format, located.anywhere);
	let count = 0;
	for (const note of notes) if (matcher.dayOf(note.path) !== undefined) count++;
	if (located.from !== 'default' || count === 0) return { ...located, format: matcher.where.format, count };
	const byFolder = new Map<string, number>();
	for (const note of notes) {
		if (matcher.dayOf(note.path) === undefined) continue;
		const folder = note.path.slice(0, Math.max(0, note.path.lastIndexOf('/')));
		byFolder.set(folder, (byFolder.get(folder) ?? 0) + 1);
	}
	const [folder, most] = [...byFolder].reduce((a, b) => (b[1] > a[1] || (b[1] === a[1] && b[0] < a[0]) ? b : a));
	return { folder, format: matcher.where.format, anywhere: false, from: 'names', count: most, total: count };
}

/** The settings the survey reads (a saved change to any of them may change what it finds), as one text to compare. */
export function surveyReads(settings: RapportSettings): string {
	return JSON.stringify([settings.contactFolders, settings.templatesFolder, settings.keys]);
}

/** What the survey found: a contacts folder to propose, if any, and where daily notes are. */
export function surveyVault(notes: readonly SurveyNote[], settings: RapportSettings, located: DatedNotesLocation): VaultSurvey {
	const contacts = findContactsFolder(notes, settings);
	return { ...(contacts ? { contacts } : {}), datedNotes: findDatedNotes(notes, located) };
}
