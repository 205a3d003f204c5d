// Whether a note the dated-note format names is only a dated note, by what recognition
// reads: not a contact (a contacts folder, the marker, the category, a contact tag) and not
// a meeting. A port's lean path for daily notes turns any other note to the full read. The
// CLI's (src/cli/scanDated.ts) asks this, with the tags it finds in the text; the plugin's
// (src/obsidian/metadataCacheSource.ts) asks it too, with the tags in Obsidian's cache.
import { isContact, isMeeting } from './recognition';
import type { RapportSettings } from './settings';

const NO_HEADINGS: readonly { text: string }[] = Object.freeze([]);

export interface DatedNoteLook {
	path: string;
	/** The properties as read; undefined when there are none or they were not read. */
	frontmatter?: Record<string, unknown>;
	/** Its tags, or more: any word that may be a tag (a tag in code, say) only sends the note the full way. */
	tags: readonly string[];
}

/**
 * True when nothing recognition reads can make the note more than a dated note. Headings
 * are left out: they only undo a contact (an unfilled `{{placeholder}}`), never make one.
 */
export function onlyDated(note: DatedNoteLook, settings: RapportSettings): boolean {
	if (note.frontmatter && isMeeting(note.frontmatter, settings)) return false;
	return !isContact({ path: note.path, frontmatter: note.frontmatter, tags: note.tags, headings: NO_HEADINGS }, settings);
}
