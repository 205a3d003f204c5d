// Text output for people: sections with counts, aligned columns, the reason on each row
// with its links as they read (`[[People/Sam Rivera|Sam]]` is "Sam"), as the plugin shows it.
import type { Contact } from '../domain/contact';
import { formatDay, type Day } from '../domain/day';
import { readableReason } from '../domain/links';
import { namesakeLabels, rowName, type NameLabel } from '../domain/namesakes';
import { SECTION_TITLES, lastContactAhead, type Queue } from '../domain/queue';

// A terminal gives two columns to East Asian wide and full-width characters and to emoji
// shown as pictures, and none to combining marks, joiners and other marks that only change
// the character before them. Widths are counted per grapheme, what the eye sees as one
// character (👩‍💻, 🇯🇵, an e written as e and an accent), by what it holds.
const WIDE =
	/^[\u1100-\u115f\u231a\u231b\u2329\u232a\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\u{16fe0}-\u{18aff}\u{1b000}-\u{1b2ff}\u{1f200}-\u{1f2ff}\u{20000}-\u{2fffd}\u{30000}-\u{3fffd}]/u;
// An emoji drawn as a picture: one that is by default, or any emoji asked to be one (U+FE0F, a keycap).
const EMOJI = /\p{Emoji_Presentation}|\p{Emoji}(?:\ufe0f|\u20e3)/u;
const NO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]+$/u;
const PLAIN = /^[\x20-\x7e]*$/;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** How many terminal columns a text takes. */
export function columns(text: string): number {
	if (PLAIN.test(text)) return text.length;
	let width = 0;
	for (const { segment } of graphemes.segment(text))
		width += NO_WIDTH.test(segment) ? 0 : WIDE.test(segment) || EMOJI.test(segment) ? 2 : 1;
	return width;
}

export function pad(text: string, width: number): string {
	const length = columns(text);
	return length >= width ? text : text + ' '.repeat(width - length);
}

export function widest(values: string[], cap: number): number {
	return Math.min(
		cap,
		values.reduce((w, v) => Math.max(w, columns(v)), 0),
	);
}

/** How many rows a report's list shows (a queue section, the people waiting for triage, an import's group) before it counts the rest. */
export const ROWS_SHOWN = 20;

/** A list's first `limit` rows, then a line counting the rest and saying how to see them. */
export function limited(rows: readonly string[], limit: number, indent = '  '): string[] {
	return [...rows.slice(0, limit), ...moreLine(rows.length, limit, indent)];
}

/** The line under a list of `count` rows cut to `limit`; none when nothing was cut. */
export function moreLine(count: number, limit: number, indent = '  '): string[] {
	return count > limit ? [`${indent}… and ${count - limit} more (--limit all shows every one)`] : [];
}

/** The queue's sections, the first `limit` rows of each (the rest counted), then who waits for triage. */
export function formatQueueText(queue: Queue, told: NameLabel, vault: string, limit = ROWS_SHOWN): string {
	const out: string[] = [`Follow-up queue for ${formatDay(queue.today)}`];
	if (queue.sections.every((s) => s.items.length === 0)) {
		out.push('', 'Nobody to reach out to today.');
		return [...out, ...triageLine(queue, vault)].join('\n');
	}
	const shown = queue.sections.filter((s) => s.items.length > 0);
	// The rows printed, section after section; a row for several people names each.
	const all = shown.flatMap((s) => s.items.slice(0, limit));
	const names = all.map((item) => rowName(item, told));
	const titles = shown.map((s) => `${SECTION_TITLES[s.id]} (${s.items.length})`);
	// Each section's line heads the date column "due", so the names leave room for it after the longest title.
	const nameWidth = Math.max(
		columnWidth(
			names,
			all.map((i) => i.name),
		),
		widest(titles, Infinity) - 3,
	);
	let row = 0;
	shown.forEach((section, i) => {
		out.push('', `${pad(titles[i] ?? '', nameWidth + 4)}due`);
		for (const item of section.items.slice(0, limit))
			out.push(`  ${pad(names[row++] ?? item.name, nameWidth)}  ${pad(formatDay(item.due), 10)}  ${readableReason(item.reason)}`);
		out.push(...moreLine(section.items.length, limit));
	});
	return [...out, ...triageLine(queue, vault)].join('\n');
}

/** Each person's name as it prints (namesakes told apart), and the width of the column they fill. */
export function nameColumn(people: readonly { name: string; path: string }[], told: NameLabel): { labels: string[]; width: number } {
	const labels = people.map((p) => told(p.name, p.path));
	return {
		labels,
		width: columnWidth(
			labels,
			people.map((p) => p.name),
		),
	};
}

/**
 * A name column's width: the widest name, up to 28 columns (a longer name pushes its own
 * row's next column, not everyone's); a namesake's bracket is never what is cut to fit.
 */
function columnWidth(labels: string[], names: readonly string[]): number {
	const bracketed = labels.filter((label, i) => label !== names[i]);
	return widest(labels, Math.max(28, widest(bracketed, Infinity)));
}

/** New people wait outside the queue: one line says how many, and the command, to copy, that gives them a tie. */
function triageLine(queue: Queue, vault: string): string[] {
	const n = queue.untriaged.length;
	if (n === 0) return [];
	return [
		'',
		`Triage ${n === 1 ? '1 new person' : `${n} new people`} (no tie yet, so not in the queue): rapport triage --vault ${shellWord(vault)}`,
	];
}

/** A word as a POSIX shell reads it back: as it is when plain, else in single quotes. */
export function shellWord(word: string): string {
	return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}

/**
 * Every contact, a row each: `lastContact` is the newest contact up to `today`, as the queue
 * counts it; a `last_contact` (`key`) written after today is no contact yet, and the row says so.
 */
export function formatContactsText(
	contacts: readonly Contact[],
	lastContact: (path: string) => Day | undefined,
	today: Day,
	key: string,
): string {
	if (contacts.length === 0) return 'No contacts found.';
	const { labels: names, width: nameWidth } = nameColumn(contacts, namesakeLabels(contacts));
	const companyWidth = widest(
		contacts.map((c) => c.company ?? ''),
		24,
	);
	const lines = contacts.map((c, i) => {
		const last = lastContact(c.path);
		const ahead = lastContactAhead(c, today, key, formatDay) ?? '';
		const details = [c.tie ?? '', c.effectiveCadence.label, c.status === 'active' ? '' : c.status, ahead].filter(Boolean).join(' · ');
		const company = companyWidth > 0 ? `${pad(c.company ?? '', companyWidth)}  ` : '';
		return `${pad(names[i] ?? c.name, nameWidth)}  ${company}${pad(last === undefined ? 'never' : formatDay(last), 10)}  ${details}`;
	});
	return [`${contacts.length} contact${contacts.length === 1 ? '' : 's'}`, ...lines].join('\n');
}

export function formatProblemsText(problems: { path: string; message: string }[]): string {
	if (problems.length === 0) return 'No problems found.';
	return [
		`${problems.length} problem${problems.length === 1 ? '' : 's'}`,
		...problems.map((p) => `${p.path || '(settings)'}: ${p.message}`),
	].join('\n');
}
