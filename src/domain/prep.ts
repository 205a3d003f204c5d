// Each person's context for a conversation, the `{{prep}}` of a meeting note: who they
// are, the last three times you were in touch (from every source the index counts, not
// only the logged lines), what to remember and what is still open, so there is something
// concrete to say; then how you know them and how to reach them.
import type { Contact } from './contact';
import { humanDay, type Day } from './day';
import { baseName } from './links';
import { entryLabel, type TimelineEntry } from './timeline';
import { isOpenFollowUp } from './tasks';

const RECENT = 3;

/**
 * One person's prep. `timeline` is theirs from the index, newest first; without it, the
 * contact note's own interactions and `last_contact` stand in. `link` is what links to
 * them (their path when another note has their name).
 */
export function prepBlock(
	contact: Contact,
	today: Day,
	timeline: readonly TimelineEntry[] = noteTimeline(contact),
	link = contact.name,
): string {
	const lines = [`### [[${link}]]`];
	const who = [contact.role, contact.company].filter(Boolean).join(' at ');
	const where = [who, contact.location].filter(Boolean).join(', ');
	if (where) lines.push(`- ${where}`);
	const recent = recentEntries(timeline);
	if (recent.length) {
		lines.push('- Last time:');
		for (const entry of recent) lines.push(`  - ${humanDay(entry.date, today)} ${entryText(entry)}`);
	} else {
		lines.push('- First conversation');
	}
	// Empty items (a template's bare `- ` or `- [ ] `) say nothing yet: no bare bullet.
	const remember = contact.remember.filter((r) => !r.done && r.text.trim() !== '');
	if (remember.length) {
		lines.push('- Remember:');
		for (const r of remember) lines.push(`  - ${r.text}`);
	}
	const open = contact.followUps.filter(isOpenFollowUp);
	if (open.length) {
		lines.push('- Still open:');
		for (const f of open) lines.push(`  - ${f.text}${f.due === undefined ? '' : ` (due ${humanDay(f.due, today)})`}`);
	}
	// What to say comes first; how you know them and how to reach them are for reference.
	const origin = [contact.met && `met at [[${contact.met}]]`, contact.introducedBy && `introduced by [[${contact.introducedBy}]]`]
		.filter(Boolean)
		.join(', ');
	if (origin) lines.push(`- ${capitalise(origin)}`);
	const standing = [contact.level, contact.tie && `${contact.tie} tie`].filter(Boolean).join(', ');
	if (standing) lines.push(`- ${capitalise(standing)}`);
	const reach = [contact.email, contact.linkedin].filter(Boolean).join(' · ');
	if (reach) lines.push(`- ${reach}`);
	return lines.join('\n');
}

/**
 * The last few times in touch. Every logged line counts; a meeting note, daily note or
 * `last_contact` only on a day nothing says more about, since on such a day it is most
 * often the same conversation (a logged meeting links its own note).
 */
function recentEntries(timeline: readonly TimelineEntry[]): TimelineEntry[] {
	const ordered = [...timeline].sort((a, b) => b.date - a.date || (a.via === 'log' ? 0 : 1) - (b.via === 'log' ? 0 : 1));
	const days = new Set<Day>();
	const recent: TimelineEntry[] = [];
	for (const entry of ordered) {
		if (recent.length === RECENT) break;
		if (entry.via !== 'log' && days.has(entry.date)) continue;
		days.add(entry.date);
		recent.push(entry);
	}
	return recent;
}

function entryText(entry: TimelineEntry): string {
	const summary = entry.interaction?.summary;
	if (entry.via === 'log') return `${entryLabel(entry)}${summary ? `: ${summary}` : ''}`;
	if (entry.via === 'frontmatter') return 'last contact';
	// The note itself, a click away.
	return `${entryLabel(entry)}: [[${baseName(entry.source)}]]`;
}

/** What the contact note alone says: its logged interactions and `last_contact`. */
function noteTimeline(contact: Contact): TimelineEntry[] {
	const entries: TimelineEntry[] = contact.interactions.map((interaction) => ({
		date: interaction.date,
		via: 'log',
		kind: interaction.kind,
		source: contact.path,
		interaction,
	}));
	if (contact.lastContact !== undefined) entries.push({ date: contact.lastContact, via: 'frontmatter', source: contact.path });
	return entries;
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
