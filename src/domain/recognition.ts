// Which notes are contacts, meetings or templates, by the configured rules. A note is a
// contact when any rule claims it: folder, tag (prefix-matched), marker or category.
import { linkTarget } from './links';
import type { RapportSettings } from './settings';
import { leafValues } from './yamlGuard';

export interface RecognitionInput {
	path: string;
	frontmatter?: Record<string, unknown>;
	/** Inline tags from the body, without `#`. */
	tags: readonly string[];
	headings: readonly { text: string }[];
}

/** Tags from frontmatter (`tags: [a, b]`, `tags: a, b`, `tag: a`), without `#`. */
export function frontmatterTags(frontmatter: Record<string, unknown> | undefined): string[] {
	return frontmatter ? tagsOfValues(frontmatter.tags, frontmatter.tag) : [];
}

/** Tags from the values of the `tags` and `tag` properties, as `frontmatterTags` reads them. */
export function tagsOfValues(tagsValue: unknown, tagValue: unknown): string[] {
	const tags: string[] = [];
	addTags(tagsValue, tags);
	addTags(tagValue, tags);
	return tags;
}

/** The tags of one property's value (a list, or one text): each text split at commas and spaces, without `#`. */
function addTags(property: unknown, tags: string[]): void {
	if (property === undefined || property === null) return;
	if (!Array.isArray(property)) return addTagsOf(property, tags);
	for (const value of property as unknown[]) addTagsOf(value, tags);
}

function addTagsOf(value: unknown, tags: string[]): void {
	if (typeof value !== 'string') return;
	// One tag as it stands (`contact`), most often: nothing to split or strip.
	if (value !== '' && value.charCodeAt(0) !== 35 && !/[,\s]/.test(value)) {
		tags.push(value);
		return;
	}
	for (const tag of value.split(/[,\s]+/)) {
		const clean = tag.trim().replace(/^#/, '');
		if (clean) tags.push(clean);
	}
}

export function tagMatches(tag: string, wanted: string): boolean {
	const t = tag.toLowerCase();
	const w = wanted.toLowerCase();
	return t === w || t.startsWith(`${w}/`);
}

export function inFolder(path: string, folder: string): boolean {
	if (!folder || path.length <= folder.length || path.charCodeAt(folder.length) !== 47) return false;
	// Called for every note of the vault: the exact-case test allocates nothing.
	return path.startsWith(folder) || path.slice(0, folder.length).toLowerCase() === folder.toLowerCase();
}

function propertyHas(frontmatter: Record<string, unknown> | undefined, key: string, wanted: string): boolean {
	if (!frontmatter || !key || !wanted) return false;
	const value = frontmatter[key];
	if (value === undefined || value === null) return false;
	const w = wanted.toLowerCase();
	const matches = (v: unknown): boolean => typeof v === 'string' && linkTarget(v).toLowerCase() === w;
	return Array.isArray(value) ? value.some(matches) : matches(value);
}

// Only `{{…}}`: Templater's `<% … %>` is Templater's to run, maybe never (it runs only in
// Obsidian, with its trigger on), and a template file is known by its folder already, so
// a note that is otherwise a contact stays one with `created: <% tp.date.now() %>` in it.
// No brace inside: each `{{` is read up to the next brace, not to the end of the text.
const PLACEHOLDER = /\{\{[^{}]*\}\}/;

function hasPlaceholder(value: unknown): boolean {
	// The cheap look first: every property of every contact passes through here.
	if (typeof value === 'string') return value.includes('{{') && PLACEHOLDER.test(value);
	// Lists and maps once each, however often an alias shares them.
	if (typeof value === 'object' && value !== null) return leafValues(value).some(hasPlaceholder);
	return false;
}

/** Template files and notes with unrendered `{{placeholders}}` are never contacts; Templater code does not count. */
export function isTemplate(note: RecognitionInput, settings: RapportSettings): boolean {
	if (inFolder(note.path, settings.templatesFolder)) return true;
	if (PLACEHOLDER.test(note.path)) return true;
	if (note.frontmatter && Object.values(note.frontmatter).some(hasPlaceholder)) return true;
	return note.headings.some((h) => PLACEHOLDER.test(h.text));
}

function hasContactTag(tags: readonly string[], settings: RapportSettings): boolean {
	return tags.some((tag) => settings.contactTags.some((wanted) => tagMatches(tag, wanted)));
}

export function isContact(note: RecognitionInput, settings: RapportSettings): boolean {
	const claimed =
		settings.contactFolders.some((folder) => inFolder(note.path, folder)) ||
		propertyHas(note.frontmatter, settings.markerKey, settings.markerValue) ||
		propertyHas(note.frontmatter, settings.categoryKey, settings.categoryValue) ||
		hasContactTag(note.tags, settings) ||
		(note.frontmatter !== undefined && hasContactTag(frontmatterTags(note.frontmatter), settings));
	return claimed && !isTemplate(note, settings);
}

/**
 * Why a note is not a contact, in words for the user ("it is in the templates folder
 * 'Templates'"), or undefined when it is one: new-contact checks the note it is about to
 * make, and the CLI says why a note a name finds is no contact.
 */
export function notAContactBecause(note: RecognitionInput, settings: RapportSettings): string | undefined {
	if (isContact(note, settings)) return undefined;
	if (inFolder(note.path, settings.templatesFolder)) return `it is in the templates folder '${settings.templatesFolder}'`;
	if (isTemplate(note, settings)) return 'it has an unfilled {{placeholder}} in its name, a property or a heading, as a template has';
	return 'it is outside the contact folders and has no contact marker, category or tag';
}

export function isMeeting(frontmatter: Record<string, unknown> | undefined, settings: RapportSettings): boolean {
	return (
		propertyHas(frontmatter, settings.markerKey, settings.meetingMarkerValue) ||
		propertyHas(frontmatter, settings.categoryKey, settings.meetingCategoryValue)
	);
}
