// What an action reads while it plans: the note store, the index as it stands, the
// settings and the day. Both hosts fill it in; the actions never ask which host they run in.
import type { DateFormatter } from '../domain/dateFormat';
import type { Day } from '../domain/day';
import type { DatedNoteMatcher } from '../domain/datedNotes';
import type { YamlParser } from '../domain/noteProperties';
import type { RapportSettings } from '../domain/settings';
import { foldName, looseName } from '../domain/words';
import type { ContactIndex } from '../index/contactIndex';
import type { NoteStore } from './noteStore';

export interface ActionContext {
	store: NoteStore;
	index: ContactIndex;
	settings: RapportSettings;
	today: Day;
	/** `HH:mm` now, for `{{time}}` in templates. */
	time: string;
	/** `{{date:FORMAT}}` as the host's moment writes it (Obsidian's, in the user's language; the package's, in English). */
	formatDate: DateFormatter;
	/** YAML as the host reads it (Obsidian's parseYaml, or js-yaml on the core schema). */
	parseYaml: YamlParser;
	/** A note's properties as the host has them (the metadata cache, or the file). */
	properties(path: string): Record<string, unknown> | undefined;
	/** Which notes are dated notes, and their day. */
	datedNotes?: DatedNoteMatcher;
}

/** Someone an action is for: a contact's note, or a name that is to become one. */
export interface Person {
	name: string;
	/** The contact's note; none for a new name. */
	path?: string;
	aliases?: readonly string[];
}

/**
 * A path built from settings or a name stays in the vault: no `..` step, no leading `/`,
 * no drive. Stores check again where the file system can tell more (a symlink).
 */
export function insideVault(path: string): boolean {
	if (/^([a-zA-Z]:)?[\\/]/.test(path)) return false;
	return !path.split(/[\\/]/).some((step) => step === '..');
}

/** The contact a name means, by note name or alias, ignoring case and spacing. */
export function knownContact(ctx: ActionContext, name: string): Person | undefined {
	const wanted = foldName(name);
	if (!wanted) return undefined;
	return ctx.index.contacts().find((c) => foldName(c.name) === wanted || c.aliases.some((a) => foldName(a) === wanted));
}

/**
 * The contacts a name answers to with case, accents and the kind of apostrophe set aside
 * (`jose alvarez` is José Álvarez, `Sean O'Neil` Sean O’Neil), by note name or alias: the
 * ones to use, or to ask about, before making someone new of that name.
 */
export function namesakesOf(ctx: ActionContext, name: string): Person[] {
	const wanted = looseName(name);
	if (!wanted) return [];
	return ctx.index
		.contacts()
		.filter((c) => looseName(c.name) === wanted || c.aliases.some((a) => looseName(a) === wanted))
		.map((c) => ({ name: c.name, path: c.path }));
}
