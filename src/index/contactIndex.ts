// The contact index: every note read once through the port, then kept current one file
// at a time. Links are stored by the key they were written with ("sam rivera"), not by
// the contact they resolve to, so a contact created, renamed or given an alias picks up
// its history without re-reading any other note, and a changed daily note touches only
// the contacts it links.
import { parseContact, readAliases, sectionOfHeading, sectionOwners, type Contact, type SectionItem, type SectionName } from '../domain/contact';
import { dayFromValue, parseIsoDay, type Day } from '../domain/day';
import type { DatedNoteMatcher } from '../domain/datedNotes';
import type { InteractionKind } from '../domain/interactions';
import { baseName, compareNames, fromVaultRoot, linkKey, linkTarget } from '../domain/links';
import { itemsAheadFor, type QueueItem } from '../domain/queue';
import { inFolder, isContact, isMeeting } from '../domain/recognition';
import type { RapportSettings } from '../domain/settings';
import { parseFollowUp, type FollowUp } from '../domain/tasks';
import { isTemplateId, TEMPLATE_KINDS } from '../domain/templates';
import { compareEntries, type TimelineEntry } from '../domain/timeline';
import type { NoteSnapshot, NoteSource } from './port';

export interface Problem {
	path: string;
	message: string;
}

type NoteKind = 'contact' | 'meeting' | 'dated' | 'other';

interface NoteRecord {
	path: string;
	kind: NoteKind;
	/** The day a meeting or dated note is for. */
	day?: Day;
	/** Link keys this note is evidence of contact for (meeting `people`, dated-note links). */
	targets: readonly string[];
	kindOfContact?: InteractionKind;
	template?: string;
	/** A meeting note's tasks: follow-ups of everyone in its `people`. */
	tasks?: readonly FollowUp[];
	/** How many of `targets`, from the first, are the meeting's `people` (the rest are body links). */
	peopleCount?: number;
	problems: readonly string[];
}

/** How strongly a contact claims a link key: its path beats its name beats an alias. */
const Strength = { Path: 0, Name: 1, Alias: 2 } as const;
type Strength = (typeof Strength)[keyof typeof Strength];

interface Claim {
	path: string;
	strength: Strength;
}

interface ContactEntry {
	/** The note as read, until it is first parsed: most contacts are never looked at closely. */
	snapshot?: NoteSnapshot;
	parsed?: Contact;
	claims: readonly { key: string; strength: Strength }[];
	/** A value derived for one day (the contact's queue items), dropped whenever anything it read changes. */
	derived?: { today: Day; value: unknown };
}

/** What a derived value read while it was computed, so a change to any of it drops it. */
interface Reads {
	paths: Set<string>;
	keys: Set<string>;
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
	const set = map.get(key);
	if (set) set.add(value);
	else map.set(key, new Set([value]));
}

const MEETING_DATE_IN_NAME = /^(\d{4}-\d{2}-\d{2})/;
const NO_PROBLEMS: readonly string[] = Object.freeze([]);
const NO_TARGETS: readonly string[] = Object.freeze([]);

export class ContactIndex {
	/** Moves on every change that could alter what views show. */
	revision = 0;
	private readonly notes = new Map<string, NoteRecord>();
	private readonly contactEntries = new Map<string, ContactEntry>();
	/** Link key → notes that are evidence for it. Arrays, not sets: a key has a handful. */
	private readonly evidence = new Map<string, NoteRecord[]>();
	/** Link key → contacts claiming it. */
	private readonly claims = new Map<string, Claim[]>();
	/** Lower-case base name → how many notes have it (an alias never shadows a real note). */
	private readonly noteNames = new Map<string, number>();
	/** Contact entries in name order; dropped when a contact is added or removed. */
	private sorted?: ContactEntry[];
	/** Contact or key → contacts whose derived value read it. */
	private readonly pathReaders = new Map<string, Set<string>>();
	private readonly keyReaders = new Map<string, Set<string>>();
	private reads?: Reads;
	private soonest?: { revision: number; today: Day; item: QueueItem | undefined };

	constructor(
		private readonly settings: RapportSettings,
		private readonly datedNotes: DatedNoteMatcher,
	) {}

	/** Reads every note of the source afresh. */
	build(source: NoteSource): void {
		this.notes.clear();
		this.contactEntries.clear();
		this.evidence.clear();
		this.claims.clear();
		this.noteNames.clear();
		this.sorted = undefined;
		this.pathReaders.clear();
		this.keyReaders.clear();
		for (const path of source.paths()) {
			const snapshot = source.read(path);
			if (snapshot) this.add(snapshot, this.classify(snapshot));
		}
		this.revision++;
	}

	/**
	 * Re-reads one note (created or changed). Returns the contacts whose data may have
	 * changed: the note itself if it is one, and the contacts it links or linked.
	 */
	update(source: NoteSource, path: string): Set<string> {
		const snapshot = source.read(path);
		const record = snapshot && this.classify(snapshot);
		const keys = this.keysTouchedBy(path);
		if (snapshot && record) for (const key of keysOf(snapshot, record, this.settings)) keys.add(key);
		const before = this.ownersOf(keys);
		this.drop(path);
		if (snapshot && record) this.add(snapshot, record);
		return this.settle(keys, before, path);
	}

	remove(path: string): Set<string> {
		if (!this.notes.has(path)) return new Set();
		const keys = this.keysTouchedBy(path);
		const before = this.ownersOf(keys);
		this.drop(path);
		return this.settle(keys, before, path);
	}

	/** Obsidian's metadata cache does not fire on rename: the host calls this instead. */
	rename(source: NoteSource, oldPath: string, newPath: string): Set<string> {
		const changed = this.remove(oldPath);
		for (const path of this.update(source, newPath)) changed.add(path);
		return changed;
	}

	get noteCount(): number {
		return this.notes.size;
	}

	get contactCount(): number {
		return this.contactEntries.size;
	}

	/** Contacts in name order. */
	contacts(): Contact[] {
		// Sorted again only when contacts come or go, not on every edit to a daily note.
		if (!this.sorted) {
			this.sorted = [...this.contactEntries.entries()]
				.map(([path, entry]) => ({ path, name: baseName(path), entry }))
				.sort((a, b) => compareNames(a.name, b.name) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
				.map((e) => e.entry);
		}
		return this.sorted.map((entry) => this.parsed(entry));
	}

	contact(path: string): Contact | undefined {
		this.reads?.paths.add(path);
		const entry = this.contactEntries.get(path);
		return entry && this.parsed(entry);
	}

	/**
	 * Everything known about when you were last in touch, newest first. Worked out on
	 * each call, not kept: the queue reads each once and keeps what it made of it.
	 */
	timeline(path: string): readonly TimelineEntry[] {
		this.reads?.paths.add(path);
		const entry = this.contactEntries.get(path);
		return entry ? this.buildTimeline(entry) : [];
	}

	/** The contact a link or name points to, as Obsidian would resolve it. */
	resolve(target: string): Contact | undefined {
		const key = linkKey(linkTarget(target));
		this.reads?.keys.add(key);
		const owner = this.ownerOf(key);
		return owner === undefined ? undefined : this.contact(owner);
	}

	/**
	 * What to write inside `[[…]]` so a link reaches this note: its name when that name
	 * is the note's alone, else its path without `.md` (two contacts called Alex Kim, one
	 * in Archive/). Works for a note about to be made, too: its name is then taken if any
	 * note has it already.
	 */
	linkText(path: string): string {
		const name = baseName(path);
		const key = name.toLowerCase();
		const counted = this.notes.has(path) && this.notes.get(path)?.kind !== 'dated' ? 1 : 0;
		const others = (this.noteNames.get(key) ?? 0) - counted;
		const owner = this.ownerOf(key);
		return others === 0 && (owner === undefined || owner === path) ? name : path.replace(/\.md$/i, '');
	}

	/**
	 * A value derived from one contact for one day, kept until the contact, or any
	 * contact or link it read while computing, changes. The queue keeps each contact's
	 * items here, so after one edit only the contacts it touched are worked out again.
	 */
	memo<T>(path: string, today: Day, compute: () => T): T {
		const entry = this.contactEntries.get(path);
		if (!entry) return compute();
		if (entry.derived?.today === today) return entry.derived.value as T;
		const outer = this.reads;
		const reads: Reads = { paths: new Set(), keys: new Set() };
		this.reads = reads;
		let value: T;
		try {
			value = compute();
		} finally {
			this.reads = outer;
		}
		entry.derived = { today, value };
		for (const read of reads.paths) if (read !== path) addTo(this.pathReaders, read, path);
		for (const key of reads.keys) addTo(this.keyReaders, key, path);
		return value;
	}

	/**
	 * The first thing coming up after today however far ahead, for "nobody due" to name
	 * when the queue's upcoming window is empty too. Every contact's items again, with no
	 * window: asked for only then, and kept until the index moves or the day changes.
	 */
	nextDue(today: Day): QueueItem | undefined {
		if (this.soonest?.revision === this.revision && this.soonest.today === today) return this.soonest.item;
		let next: QueueItem | undefined;
		for (const contact of this.contacts()) {
			if (contact.status !== 'active') continue;
			for (const item of itemsAheadFor(contact, this, today, this.settings)) if (item.due > today && (!next || item.due < next.due)) next = item;
		}
		this.soonest = { revision: this.revision, today, item: next };
		return next;
	}

	/** Everything worth telling the user about their notes, by path. */
	problems(): Problem[] {
		const problems: Problem[] = [];
		const isNote = this.noteLookup();
		if (this.datedNotes.problem) problems.push({ path: '', message: this.datedNotes.problem });
		for (const [path, note] of this.notes) {
			for (const message of note.problems) problems.push({ path, message });
			const contact = this.contact(path);
			if (!contact) continue;
			for (const message of contact.problems) problems.push({ path, message });
			// Their report-back needs someone to report to.
			if (contact.introducedBy && !isNote(contact.introducedBy)) problems.push({ path, message: `${this.settings.keys.introducedBy} links [[${contact.introducedBy}]], which is no note` });
		}
		for (const [key, claims] of this.claims) {
			const named = claims.filter((c) => c.strength === Strength.Name);
			if (named.length < 2) continue;
			const owner = this.ownerOf(key);
			for (const claim of named) {
				const others = named.filter((c) => c !== claim).map((c) => c.path).join(', ');
				problems.push({ path: claim.path, message: `another contact has the same name (${others}); links to [[${baseName(claim.path)}]] count for ${owner ?? 'neither'}` });
			}
		}
		return problems.sort((a, b) => compareNames(a.path, b.path) || compareNames(a.message, b.message));
	}

	/**
	 * Whether a link target names a note of the vault, as Obsidian resolves it: a contact,
	 * a name, or a path or its end. Dated notes are not counted by name, and `[[Work/Acme]]`
	 * may be the end of a path: the ends of every path are gathered once, on the first link
	 * that is none of the rest, however many links are asked about.
	 */
	private noteLookup(): (target: string) => boolean {
		let ends: Set<string> | undefined;
		return (target) => {
			const key = linkKey(target);
			if (this.ownerOf(key) !== undefined || this.noteNames.has(key)) return true;
			if (!ends) {
				ends = new Set();
				for (const path of this.notes.keys()) {
					const noteKey = linkKey(path);
					ends.add(noteKey);
					for (let slash = noteKey.indexOf('/'); slash !== -1; slash = noteKey.indexOf('/', slash + 1)) ends.add(noteKey.slice(slash + 1));
				}
			}
			return ends.has(key);
		};
	}

	private add(snapshot: NoteSnapshot, record: NoteRecord): void {
		this.notes.set(snapshot.path, record);
		// A daily note is named by its date, which is nobody's alias: not worth the entry.
		if (record.kind !== 'dated') {
			const name = baseName(snapshot.path).toLowerCase();
			this.noteNames.set(name, (this.noteNames.get(name) ?? 0) + 1);
		}
		for (const key of record.targets) {
			const sources = this.evidence.get(key);
			if (sources) sources.push(record);
			else this.evidence.set(key, [record]);
		}
		if (record.kind === 'contact') {
			const claims = contactClaims(snapshot.path, readAliases(snapshot.frontmatter ?? {}, this.settings.keys.aliases));
			this.contactEntries.set(snapshot.path, { snapshot, claims });
			this.sorted = undefined;
			for (const { key, strength } of claims) {
				const list = this.claims.get(key);
				if (list) list.push({ path: snapshot.path, strength });
				else this.claims.set(key, [{ path: snapshot.path, strength }]);
			}
		}
	}

	private drop(path: string): void {
		const record = this.notes.get(path);
		if (!record) return;
		this.notes.delete(path);
		if (record.kind !== 'dated') {
			const name = baseName(path).toLowerCase();
			const count = (this.noteNames.get(name) ?? 1) - 1;
			if (count > 0) this.noteNames.set(name, count);
			else this.noteNames.delete(name);
		}
		for (const key of record.targets) {
			const sources = this.evidence.get(key);
			if (!sources) continue;
			const at = sources.indexOf(record);
			if (at !== -1) sources.splice(at, 1);
			if (sources.length === 0) this.evidence.delete(key);
		}
		const entry = this.contactEntries.get(path);
		if (entry) {
			this.contactEntries.delete(path);
			this.sorted = undefined;
			for (const { key } of entry.claims) {
				const list = this.claims.get(key)?.filter((c) => c.path !== path);
				if (list?.length) this.claims.set(key, list);
				else this.claims.delete(key);
			}
		}
	}

	private classify(snapshot: NoteSnapshot): NoteRecord {
		// A template file is neither a contact nor a meeting, and its unfilled properties
		// (`people:` empty, an unquoted `{{date}}`) are no problem of the user's notes.
		if (inFolder(snapshot.path, this.settings.templatesFolder)) return { path: snapshot.path, kind: 'other', targets: NO_TARGETS, problems: NO_PROBLEMS };
		// Most notes have no problem: they share one empty list rather than each making one.
		const problems: readonly string[] = snapshot.frontmatterError ? [`frontmatter does not parse, so its properties are ignored: ${snapshot.frontmatterError}`] : NO_PROBLEMS;
		const recognition = { path: snapshot.path, frontmatter: snapshot.frontmatter, tags: snapshot.tags, headings: snapshot.headings };
		if (isContact(recognition, this.settings)) {
			// Often a click on a link to a new name: not someone to reach out to yet.
			if (snapshot.empty) return { path: snapshot.path, kind: 'other', targets: [], problems: ['empty note in a contacts folder: not a contact until it has something in it'] };
			return { path: snapshot.path, kind: 'contact', targets: NO_TARGETS, problems };
		}
		const fm = snapshot.frontmatter;
		const datedDay = this.datedNotes.dayOf(snapshot.path);
		if (fm && isMeeting(fm, this.settings)) {
			const nameDate = MEETING_DATE_IN_NAME.exec(baseName(snapshot.path))?.[1];
			const day = dayFromValue(fm.date) ?? datedDay ?? (nameDate ? parseIsoDay(nameDate) : undefined);
			const people = (Array.isArray(fm.people) ? fm.people : [fm.people]).filter((p): p is string => typeof p === 'string' && p.trim() !== '');
			const meetingProblems = [...problems];
			if (day === undefined) meetingProblems.push(`meeting note without a date: add 'date: YYYY-MM-DD' so it counts as contact${typeof fm.date === 'string' ? ` (got '${fm.date}')` : ''}`);
			const template = typeof fm.template === 'string' ? fm.template : undefined;
			// An event's people are found there: "Follow up people met" logs them, not the note.
			if (people.length === 0 && template !== 'event') meetingProblems.push(`meeting note lists no people: add 'people: ["[[Name]]"]' so it counts as contact`);
			const peopleKeys = new Set(people.map((p) => linkKey(linkTarget(p))));
			// The people first: their tasks are theirs, not those of someone the body mentions.
			const targets = new Set(peopleKeys);
			// A meeting on a daily note still counts its body links, as any dated note.
			if (datedDay !== undefined) for (const key of linkKeysOf(snapshot)) targets.add(key);
			return {
				path: snapshot.path,
				kind: 'meeting',
				day,
				targets: day === undefined ? [] : [...targets],
				template,
				// A meeting note's template says what kind of contact it was.
				kindOfContact: template !== undefined && isTemplateId(template) ? TEMPLATE_KINDS[template] : 'meeting',
				tasks: meetingTasks(snapshot),
				peopleCount: peopleKeys.size,
				problems: meetingProblems,
			};
		}
		if (datedDay !== undefined) return { path: snapshot.path, kind: 'dated', day: datedDay, targets: linkKeysOf(snapshot), problems };
		return { path: snapshot.path, kind: 'other', targets: NO_TARGETS, problems };
	}

	/** Parses a contact note the first time anyone asks for it. */
	private parsed(entry: ContactEntry): Contact {
		if (!entry.parsed) {
			const snapshot = entry.snapshot;
			if (!snapshot) throw new Error('a contact entry has neither its note nor its parse');
			entry.parsed = parseContact({ path: snapshot.path, frontmatter: snapshot.frontmatter, tags: snapshot.tags, items: sectionItems(snapshot) }, this.settings);
			entry.snapshot = undefined;
		}
		return entry.parsed;
	}

	private buildTimeline(entry: ContactEntry): TimelineEntry[] {
		const contact = this.parsed(entry);
		const timeline: TimelineEntry[] = contact.interactions.map((interaction) => ({
			date: interaction.date,
			via: 'log' as const,
			kind: interaction.kind,
			source: contact.path,
			interaction,
		}));
		if (contact.lastContact !== undefined) timeline.push({ date: contact.lastContact, via: 'frontmatter', source: contact.path });
		let owned = 0;
		for (const { key } of entry.claims) {
			const sources = this.evidence.get(key);
			if (!sources || this.ownerOf(key) !== contact.path) continue;
			owned++;
			for (const note of sources) {
				if (note.day === undefined || note.path === contact.path) continue;
				if (note.kind !== 'meeting') {
					timeline.push({ date: note.day, via: 'dated', source: note.path });
					continue;
				}
				const tasks = note.tasks && note.targets.indexOf(key) < (note.peopleCount ?? 0) ? note.tasks : undefined;
				timeline.push({ date: note.day, via: 'meeting', kind: note.kindOfContact, source: note.path, template: note.template, tasks });
			}
		}
		if (owned <= 1) return timeline.sort(compareEntries);
		// A note linking one person by two keys ([[Sam]], [[Sam Rivera]]) is one contact, and
		// its tasks come with whichever of the keys is in its people: keep that entry.
		const kept = new Map<string, TimelineEntry>();
		for (const e of timeline) {
			if (e.via === 'log' || e.via === 'frontmatter') continue;
			const seen = kept.get(e.source);
			if (!seen || (e.tasks && !seen.tasks)) kept.set(e.source, e);
		}
		return timeline.filter((e) => e.via === 'log' || e.via === 'frontmatter' || kept.get(e.source) === e).sort(compareEntries);
	}

	/** Which contact a link key goes to: path over name over alias, then the shortest path. */
	private ownerOf(key: string): string | undefined {
		const claims = this.claims.get(key);
		if (!claims) return undefined;
		let best: Claim | undefined;
		for (const claim of claims) {
			// Obsidian resolves a link to a note's name before anyone's alias.
			if (claim.strength === Strength.Alias && this.noteNames.has(key)) continue;
			if (!best || claim.strength < best.strength || (claim.strength === best.strength && (claim.path.length < best.path.length || (claim.path.length === best.path.length && claim.path < best.path)))) best = claim;
		}
		return best?.path;
	}

	private keysTouchedBy(path: string): Set<string> {
		const keys = new Set<string>([baseName(path).toLowerCase(), linkKey(path)]);
		for (const key of this.notes.get(path)?.targets ?? []) keys.add(key);
		for (const { key } of this.contactEntries.get(path)?.claims ?? []) keys.add(key);
		return keys;
	}

	private ownersOf(keys: Iterable<string>): Set<string> {
		const owners = new Set<string>();
		for (const key of keys) {
			const owner = this.ownerOf(key);
			if (owner !== undefined) owners.add(owner);
		}
		return owners;
	}

	/** Drops the memo of every contact whose history may have moved, and says which. */
	private settle(keys: Set<string>, before: Set<string>, path: string): Set<string> {
		const changed = new Set(before);
		for (const owner of this.ownersOf(keys)) changed.add(owner);
		if (this.contactEntries.has(path)) changed.add(path);
		// A changed contact's derived values go, and so do those of every contact that read
		// it, or read a link whose owner may have moved; those have not changed themselves.
		const stale = new Set(changed);
		for (const contact of changed) for (const reader of this.pathReaders.get(contact) ?? []) stale.add(reader);
		for (const key of keys) for (const reader of this.keyReaders.get(key) ?? []) stale.add(reader);
		for (const contact of stale) {
			const entry = this.contactEntries.get(contact);
			if (entry) entry.derived = undefined;
		}
		this.revision++;
		return changed;
	}
}

/** The link keys a note about to be added will touch: what it links, and its aliases. */
function keysOf(snapshot: NoteSnapshot, record: NoteRecord, settings: RapportSettings): string[] {
	const keys = [...record.targets];
	if (record.kind === 'contact') for (const alias of readAliases(snapshot.frontmatter ?? {}, settings.keys.aliases)) keys.push(alias.toLowerCase());
	return keys;
}

function contactClaims(path: string, aliases: readonly string[]): { key: string; strength: Strength }[] {
	const claims = new Map<string, Strength>();
	const claim = (key: string, strength: Strength): void => {
		const held = claims.get(key);
		if (key && (held === undefined || held > strength)) claims.set(key, strength);
	};
	claim(linkKey(path), Strength.Path);
	claim(baseName(path).toLowerCase(), Strength.Name);
	for (const alias of aliases) claim(alias.toLowerCase(), Strength.Alias);
	return [...claims].map(([key, strength]) => ({ key, strength }));
}

/**
 * A meeting note's tasks, read from their text: the metadata-cache port reads the text of
 * meeting notes with tasks for this (docs/design-notes.md, "The metadata cache has no line text").
 */
function meetingTasks(snapshot: NoteSnapshot): readonly FollowUp[] | undefined {
	const tasks: FollowUp[] = [];
	for (const item of snapshot.listItems) if (item.task !== undefined) tasks.push(parseFollowUp(item.text, item.task, item.line));
	return tasks.length > 0 ? tasks : undefined;
}

/** Links in a note's body that mean you were in touch: not in open tasks, embeds, quotes or code. */
function linkKeysOf(snapshot: NoteSnapshot): string[] {
	const keys: string[] = [];
	for (const link of snapshot.links) {
		if (link.context !== 'text' && link.context !== 'doneTask') continue;
		const key = linkKey(fromVaultRoot(linkTarget(link.target), snapshot.path));
		// A note has a handful of links: a linear check beats a set.
		if (key && !keys.includes(key)) keys.push(key);
	}
	return keys;
}

/** List items with the section they stand under, by the rule `sectionOwners` states, which the writer follows too. */
export function sectionItems(snapshot: NoteSnapshot): SectionItem[] {
	if (snapshot.listItems.length === 0) return [];
	const headings = [...snapshot.headings].sort((a, b) => a.line - b.line);
	const named = headings.map((h) => sectionOfHeading(h.text));
	const owners = sectionOwners(headings, (_heading, i) => named[i] !== 'other');
	const items = [...snapshot.listItems].sort((a, b) => a.line - b.line);
	const result: SectionItem[] = [];
	let h = 0;
	let section: SectionName = 'other';
	for (const item of items) {
		while (h < headings.length && (headings[h]?.line ?? Infinity) < item.line) {
			const owner = owners[h++] ?? -1;
			section = owner < 0 ? 'other' : (named[owner] ?? 'other');
		}
		result.push({ section, line: item.line, text: item.text, task: item.task, nested: item.nested });
	}
	return result;
}
