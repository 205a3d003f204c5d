// The contact index: every note read once through the port, then kept current one file
// at a time. Links are stored by the key they were written with ("sam rivera"), not by
// the contact they resolve to, so a contact created, renamed or given an alias picks up
// its history without re-reading any other note, and a changed daily note touches only
// the contacts it links. What a note is comes from noteRecord.ts; who a key goes to, from
// linkOwners.ts.
import { parseContact, readAliases, type Contact } from '../domain/contact';
import type { Day } from '../domain/day';
import type { Interaction } from '../domain/interactions';
import type { DatedNoteMatcher } from '../domain/datedNotes';
import { WIKILINK, baseName, compareNames, fromVaultRoot, linkKey, linkTarget } from '../domain/links';
import { itemsAheadFor, type QueueItem } from '../domain/queue';
import { inFolder } from '../domain/recognition';
import type { RapportSettings } from '../domain/settings';
import { attendeesNamed, type TaskPerson } from '../domain/taskPeople';
import type { FollowUp, NoteFollowUp } from '../domain/tasks';
import { sortEntries, type TimelineEntry } from '../domain/timeline';
import { DayNotes } from './dayNotes';
import { LinkKeys, NO_KEY } from './linkKeys';
import { LinkOwners, contactClaims, nameKeyOf } from './linkOwners';
import {
	classifyNote,
	dayOfName,
	frontmatterProblem,
	keysOf,
	NO_PROBLEMS,
	NO_TARGETS,
	sectionItems,
	taskKeysOf,
	type NoteRecord,
} from './noteRecord';
import { PlainDailyNotes } from './plainDailyNotes';
import { SlotLists } from './slotLists';
import type { DatedNoteLinks, NoteSnapshot, NoteSource } from './port';

export interface Problem {
	path: string;
	message: string;
}

interface ContactEntry {
	/** The note as read until it is first parsed, then its parse: one field, not two, at 10,000 contacts. */
	note: NoteSnapshot | Contact;
	/**
	 * The link keys (numbers) it claims, how strongly being the owners' to know: the first two
	 * (its path's and its name's, most often all there are) held as they are, any more in a
	 * list. At 10,000 contacts a list each was half a megabyte.
	 */
	key1: number;
	key2: number;
	/** What few contacts have, in one field: keys past the first two, and what is wrong with the note as a note. */
	rare?: Rare;
	/**
	 * A value derived for one day (the contact's queue items), dropped whenever anything it
	 * read changes; the day beside it, not in an object of its own, which was one more per contact.
	 */
	derivedFor?: Day;
	derived?: unknown;
}

/**
 * What a derived value read while it was computed, so a change to any of it drops it: the
 * contact's own note aside, and each set made as it is first needed (most contacts read
 * nothing else, and at 10,000 contacts two empty sets each were garbage for the first queue).
 */
class Reads {
	paths?: Set<string>;
	/** Link keys by number. */
	keys?: Set<number>;

	constructor(private readonly self: string) {}

	path(path: string): void {
		if (path !== this.self) (this.paths ??= new Set()).add(path);
	}

	key(key: number): void {
		(this.keys ??= new Set()).add(key);
	}
}

const CHANGES_KEPT = 64;

/** A derived list with nothing in it, shared; frozen, so anything that changed it would throw. */
const NOTHING_DERIVED: readonly unknown[] = Object.freeze([]);

function addTo<K>(map: Map<K, Set<string>>, key: K, value: string): void {
	const set = map.get(key);
	if (set) set.add(value);
	else map.set(key, new Set([value]));
}

/**
 * A sorted timeline with one entry per note: a note linking one person by two keys
 * ([[Sam]], [[Sam Rivera]]) is in two of their evidence lists, and is one contact. Its
 * entries sort side by side (one day, one source, one way), and of them the first whose
 * tasks come with it is kept (its tasks come with whichever of the keys is in its people),
 * else the first.
 */
function oneEntryPerNote(timeline: TimelineEntry[]): TimelineEntry[] {
	let kept = 1;
	for (let i = 1; i < timeline.length; i++) {
		const e = timeline[i] as TimelineEntry;
		const last = timeline[kept - 1] as TimelineEntry;
		// The day first: entries side by side mostly differ in it, and it is a number.
		if (last.date !== e.date || last.via !== e.via || e.via === 'log' || e.via === 'frontmatter' || last.source !== e.source) {
			if (kept !== i) timeline[kept] = e;
			kept++;
		} else if (e.tasks && !last.tasks) timeline[kept - 1] = e;
	}
	if (kept < timeline.length) timeline.length = kept;
	return timeline;
}

interface Rare {
	moreKeys?: readonly number[];
	/** Its properties do not parse: beside its parse's own problems. */
	problems?: readonly string[];
}

/** How many link keys a contact claims: `keyAt` reads them one by one, with no list made. */
function keyCount(entry: ContactEntry): number {
	const more = entry.rare?.moreKeys;
	if (more) return 2 + more.length;
	return entry.key2 !== NO_KEY ? 2 : entry.key1 === NO_KEY ? 0 : 1;
}

function keyAt(entry: ContactEntry, i: number): number {
	return i === 0 ? entry.key1 : i === 1 ? entry.key2 : (entry.rare?.moreKeys?.[i - 2] ?? NO_KEY);
}

/** A contact's link keys, as a list. */
function contactKeys(entry: ContactEntry): readonly number[] {
	const more = entry.rare?.moreKeys;
	if (more) return [entry.key1, entry.key2, ...more];
	if (entry.key2 !== NO_KEY) return [entry.key1, entry.key2];
	return entry.key1 === NO_KEY ? [] : [entry.key1];
}

/** Each array in a list replaced by a copy of exactly its length. */
function trimAll<T>(lists: (T[] | undefined)[]): void {
	for (let i = 0; i < lists.length; i++) {
		const list = lists[i];
		if (list && list.length > 1) lists[i] = list.slice();
	}
}

export class ContactIndex {
	/** Moves on every change that could alter what views show. */
	revision = 0;
	/** Every note but the contacts (`contactEntries`) and the plain daily notes (`plain`). */
	private readonly notes = new Map<string, NoteRecord>();
	private readonly plain = new PlainDailyNotes();
	private readonly contactEntries = new Map<string, ContactEntry>();
	/** Link key (by number) → notes that are evidence for it. Arrays, not sets: a key has a handful. */
	private evidence: (NoteRecord[] | undefined)[] = [];
	/** Link key (by number) → the plain daily notes (their slots) that are evidence for it. */
	private readonly plainEvidence = new SlotLists();
	/** Link key (by number) → notes with an open dated task linking it: that contact's follow-ups. */
	private taskEvidence: (NoteRecord[] | undefined)[] = [];
	/** Link text to link key's number, worked out once per text. */
	private readonly linkKeys = new LinkKeys();
	/** Who each link key goes to, and which names notes have. */
	private readonly owners = new LinkOwners(this.linkKeys);
	/** The notes with a day, by name: where a contact's `met` may lead. */
	private readonly dayNotes = new DayNotes(() => this.records());
	/** Contact paths in name order; dropped when a contact is added or removed. */
	private sorted?: string[];
	/** The contacts whose kept items each recent revision dropped, oldest first: what a kept queue redoes. */
	private readonly changeLog: { revision: number; contacts: ReadonlySet<string> }[] = [];
	/** The revision at which contacts last came or went, which moves name order. */
	private orderRevision = 0;
	/** Contact or key → contacts whose derived value read it. */
	private readonly pathReaders = new Map<string, Set<string>>();
	private readonly keyReaders = new Map<number, Set<string>>();
	private reads?: Reads;
	private soonest?: { revision: number; today: Day; item: QueueItem | undefined };

	constructor(
		private readonly settings: RapportSettings,
		private readonly datedNotes: DatedNoteMatcher,
	) {}

	/** Reads every note of the source afresh. */
	build(source: NoteSource): void {
		this.notes.clear();
		this.plain.clear();
		this.plainEvidence.clear();
		this.contactEntries.clear();
		this.evidence = [];
		this.taskEvidence = [];
		this.owners.clear();
		this.dayNotes.clear();
		this.sorted = undefined;
		this.pathReaders.clear();
		this.keyReaders.clear();
		this.changeLog.length = 0;
		for (const path of source.paths()) {
			if (this.addLean(source, path)) continue;
			const snapshot = source.read(path);
			if (snapshot) this.add(classifyNote(snapshot, this.settings, this.datedNotes, this.linkKeys), snapshot);
		}
		// Arrays grown by push keep room for 16 more each: at 10,000 contacts that room was
		// several megabytes, so what the build made is cut to size once it is done.
		trimAll(this.evidence);
		this.plain.trim();
		this.plainEvidence.seal();
		trimAll(this.taskEvidence);
		this.owners.trim();
		this.revision++;
		this.orderRevision = this.revision;
	}

	/**
	 * Re-reads one note (created or changed). Returns the contacts whose data may have
	 * changed: the note itself if it is one, and the contacts it links or linked.
	 */
	update(source: NoteSource, path: string): Set<string> {
		const lean = this.readLean(source, path);
		const snapshot = lean ? undefined : source.read(path);
		const record = lean ?? (snapshot && classifyNote(snapshot, this.settings, this.datedNotes, this.linkKeys));
		const keys = this.keysTouchedBy(path);
		if (record) for (const key of keysOf(snapshot, record, this.settings, this.linkKeys)) keys.add(key);
		const before = this.ownersOf(keys);
		const wasContact = this.contactEntries.has(path);
		this.drop(path);
		if (record) this.add(record, snapshot);
		return this.settle(keys, before, path, wasContact);
	}

	remove(path: string): Set<string> {
		if (!this.notes.has(path) && !this.contactEntries.has(path) && this.plainSlot(path) === -1) return new Set();
		const keys = this.keysTouchedBy(path);
		const before = this.ownersOf(keys);
		const wasContact = this.contactEntries.has(path);
		this.drop(path);
		return this.settle(keys, before, path, wasContact);
	}

	/** Obsidian's metadata cache does not fire on rename: the host calls this instead. */
	rename(source: NoteSource, oldPath: string, newPath: string): Set<string> {
		const changed = this.remove(oldPath);
		for (const path of this.update(source, newPath)) changed.add(path);
		return changed;
	}

	get noteCount(): number {
		return this.notes.size + this.contactEntries.size + this.plain.size;
	}

	get contactCount(): number {
		return this.contactEntries.size;
	}

	/** Notes named as dated notes (a meeting on a daily note too): a walk, for the settings tab's status line. */
	get datedNoteCount(): number {
		let count = 0;
		for (const path of this.notes.keys()) if (this.datedNotes.dayOf(path) !== undefined) count++;
		for (const path of this.contactEntries.keys()) if (this.datedNotes.dayOf(path) !== undefined) count++;
		// A plain daily note is one by its name.
		return count + this.plain.size;
	}

	/** Contacts in name order. */
	contacts(): Contact[] {
		// Sorted again only when contacts come or go, not on every edit to a note.
		if (!this.sorted) {
			this.sorted = [...this.contactEntries.keys()]
				.map((path) => ({ path, name: baseName(path) }))
				.sort((a, b) => compareNames(a.name, b.name) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
				.map((e) => e.path);
		}
		// Made at its length: grown by push, a list of 10,000 is copied a dozen times on the way.
		const contacts = new Array<Contact>(this.sorted.length);
		let count = 0;
		for (const path of this.sorted) {
			const entry = this.contactEntries.get(path);
			if (entry) contacts[count++] = this.parsed(entry);
		}
		contacts.length = count;
		return contacts;
	}

	/** Moves whenever anything a contact's kept items came from may have changed. */
	stamp(): number {
		return this.revision;
	}

	/**
	 * The contacts whose kept items were dropped since a revision, so a kept queue redoes
	 * only theirs; undefined when contacts came or went since (name order moved) or that
	 * revision is older than the log.
	 */
	changedSince(revision: number): ReadonlySet<string> | undefined {
		if (revision < this.orderRevision) return undefined;
		if (revision >= this.revision) return new Set();
		const first = this.changeLog[0];
		if (!first || first.revision > revision + 1) return undefined;
		const changed = new Set<string>();
		for (const entry of this.changeLog) if (entry.revision > revision) for (const path of entry.contacts) changed.add(path);
		return changed;
	}

	contact(path: string): Contact | undefined {
		this.reads?.path(path);
		const entry = this.contactEntries.get(path);
		return entry && this.parsed(entry);
	}

	/**
	 * Everything known about when you were last in touch, newest first. Worked out on
	 * each call, not kept: the queue reads each once and keeps what it made of it.
	 */
	timeline(path: string): readonly TimelineEntry[] {
		this.reads?.path(path);
		const entry = this.contactEntries.get(path);
		return entry ? this.buildTimeline(entry) : [];
	}

	/**
	 * Open dated tasks in other notes that link this contact: a daily or project note's, or
	 * a meeting note's they were not at (an attendee's come with the meeting's timeline
	 * entry). Their follow-ups, worked out on each call like the timeline.
	 */
	linkedFollowUps(path: string): NoteFollowUp[] {
		this.reads?.path(path);
		const entry = this.contactEntries.get(path);
		if (!entry) return [];
		const found: NoteFollowUp[] = [];
		for (let k = 0, count = keyCount(entry); k < count; k++) {
			const key = keyAt(entry, k);
			const notes = this.taskEvidence[key];
			if (!notes || this.owners.ownerOfId(key) !== path) continue;
			for (const note of notes) {
				if (note.path === path || this.attends(note, entry, path)) continue;
				for (const { followUp, keys } of note.linkedTasks ?? [])
					if (keys.includes(key) && !found.some((f) => f.source === note.path && f.followUp.line === followUp.line))
						found.push({ source: note.path, followUp });
			}
		}
		return found;
	}

	/** The contact a link or name points to, as Obsidian would resolve it. */
	resolve(target: string): Contact | undefined {
		const key = this.linkKeys.id(linkKey(linkTarget(target)));
		if (key !== NO_KEY) this.reads?.key(key);
		const owner = this.owners.ownerOfId(key);
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
		const counted = this.contactEntries.has(path) || (this.notes.has(path) && this.notes.get(path)?.kind !== 'dated') ? 1 : 0;
		const others = this.owners.notesNamed(key) - counted;
		const owner = this.owners.ownerOf(key);
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
		if (entry.derivedFor === today) return entry.derived as T;
		const outer = this.reads;
		const reads = new Reads(path);
		this.reads = reads;
		let value: T;
		try {
			value = compute();
		} finally {
			this.reads = outer;
		}
		// A kept list (a contact's queue items) is cut to its length: a pushed array keeps room
		// for 16 more. An empty one is one shared list: most contacts have nothing due.
		if (Array.isArray(value)) value = (value.length > 0 ? value.slice() : NOTHING_DERIVED) as T;
		entry.derivedFor = today;
		entry.derived = value;
		if (reads.paths) for (const read of reads.paths) addTo(this.pathReaders, read, path);
		if (reads.keys) for (const key of reads.keys) addTo(this.keyReaders, key, path);
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
			for (const item of itemsAheadFor(contact, this, today, this.settings))
				if (item.due > today && (!next || item.due < next.due)) next = item;
		}
		this.soonest = { revision: this.revision, today, item: next };
		return next;
	}

	/** Everything worth telling the user about their notes, by path. */
	problems(): Problem[] {
		const problems: Problem[] = [];
		const isNote = this.noteLookup();
		if (this.datedNotes.problem) problems.push({ path: '', message: this.datedNotes.problem });
		for (const [path, note] of this.notes) for (const message of note.problems) problems.push({ path, message });
		for (const [path, entry] of this.contactEntries) {
			for (const message of entry.rare?.problems ?? []) problems.push({ path, message });
			const contact = this.parsed(entry);
			for (const message of contact.problems) problems.push({ path, message });
			// Their report-back needs someone to report to.
			if (contact.introducedBy && !isNote(contact.introducedBy))
				problems.push({ path, message: `${this.settings.keys.introducedBy} links [[${contact.introducedBy}]], which is no note` });
		}
		for (const { paths, owner } of this.owners.sharedNames()) {
			paths.forEach((path, i) => {
				const others = paths.filter((_, j) => j !== i).join(', ');
				problems.push({
					path,
					message: `another contact has the same name (${others}); links to [[${baseName(path)}]] count for ${owner ?? 'neither'}`,
				});
			});
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
			if (this.owners.ownerOf(key) !== undefined || this.owners.hasNoteNamed(key)) return true;
			if (!ends) {
				ends = new Set();
				for (const path of this.paths()) {
					const noteKey = linkKey(path);
					ends.add(noteKey);
					for (let slash = noteKey.indexOf('/'); slash !== -1; slash = noteKey.indexOf('/', slash + 1)) ends.add(noteKey.slice(slash + 1));
				}
			}
			return ends.has(key);
		};
	}

	/**
	 * A note the dated-note format names, by the source's lean path when it has one: its
	 * record straight from its links' key numbers, with no snapshot made or classified.
	 * Undefined when the source has no lean path or the note needs the full read.
	 */
	private readLean(source: NoteSource, path: string): NoteRecord | undefined {
		const day = this.leanDay(source, path);
		if (day === undefined) return undefined;
		const lean = source.readDated?.(path, this.keyOfLink);
		return lean && this.leanRecord(path, day, lean);
	}

	/**
	 * The day of a note the lean path may read: one the dated-note format names, outside
	 * the templates folder, from a source with a lean path.
	 */
	private leanDay(source: NoteSource, path: string): Day | undefined {
		if (!source.readDated) return undefined;
		const day = this.datedNotes.dayOf(path);
		return day === undefined || inFolder(path, this.settings.templatesFolder) ? undefined : day;
	}

	/** A lean read's record, as classifyNote makes a dated note's, field for field. */
	private leanRecord(path: string, day: Day, lean: DatedNoteLinks): NoteRecord {
		const problems = lean.frontmatterError === undefined ? NO_PROBLEMS : [frontmatterProblem(lean.frontmatterError)];
		// The port may reuse its list: the record keeps a copy of exactly its length.
		const targets = lean.targets.length === 0 ? NO_TARGETS : lean.targets.slice();
		return { path, kind: 'dated', day, targets, problems };
	}

	/**
	 * A build's lean read, added as it is read: a plain daily note (most of a vault) goes
	 * straight into its slot, with no record or list made for it on the way. False when the
	 * note needs the full read.
	 */
	private addLean(source: NoteSource, path: string): boolean {
		const day = this.leanDay(source, path);
		if (day === undefined) return false;
		const lean = source.readDated?.(path, this.keyOfLink);
		if (!lean) return false;
		if (lean.frontmatterError === undefined && this.addPlainLinks(path, day, lean.targets)) return true;
		this.add(this.leanRecord(path, day, lean));
		return true;
	}

	/** The source's `keyOf` for the lean path: one function for the index's life. */
	private readonly keyOfLink = (text: string, sourcePath: string): number => this.linkKeys.of(text, sourcePath);

	/** Every note's path. */
	private *paths(): Generator<string> {
		yield* this.notes.keys();
		yield* this.contactEntries.keys();
		for (const slot of this.plain.slots()) yield this.plain.path(slot);
	}

	/** Every note's record, the plain daily notes' made afresh: for gathering daily notes by name, once. */
	private *records(): Generator<NoteRecord> {
		yield* this.notes.values();
		for (const slot of this.plain.slots()) yield this.plainRecord(slot);
	}

	/** A plain daily note's record, as classifyNote would make it. */
	private plainRecord(slot: number): NoteRecord {
		return {
			path: this.plain.path(slot),
			kind: 'dated',
			day: this.plain.day(slot),
			targets: this.plain.targets(slot),
			problems: NO_PROBLEMS,
		};
	}

	/** The slot of a plain daily note at this path, or -1. */
	private plainSlot(path: string): number {
		if (this.plain.size === 0) return -1;
		const day = this.datedNotes.dayOf(path);
		return day === undefined ? -1 : this.plain.slotOf(path, day);
	}

	/**
	 * A daily note that is nothing else (no problem, no task that is someone's follow-up):
	 * held by its slot, with no record or map entry; undefined when it is not one, or
	 * another note of that day is held so already.
	 */
	private addPlain(record: NoteRecord): boolean {
		if (record.kind !== 'dated' || record.day === undefined || record.problems.length > 0 || record.linkedTasks) return false;
		return this.addPlainLinks(record.path, record.day, record.targets);
	}

	/** A plain daily note by its path, day and link keys (copied); false when its day is held by another note already. */
	private addPlainLinks(path: string, day: Day, targets: readonly number[]): boolean {
		const slot = this.plain.add(path, day, targets);
		if (slot === undefined) return false;
		// Kept by the day notes only once a contact's `met` has asked for daily notes by name.
		if (this.dayNotes.gathersDaily) this.dayNotes.add(this.plainRecord(slot));
		for (const key of targets) this.plainEvidence.add(key, slot);
		return true;
	}

	private dropPlain(slot: number): void {
		const record = this.plainRecord(slot);
		this.dayNotes.drop(record);
		for (const key of record.targets) this.plainEvidence.remove(key, slot);
		this.plain.remove(slot);
	}

	/** `snapshot`: the note as read, which a contact keeps until it is parsed. */
	private add(record: NoteRecord, snapshot?: NoteSnapshot): void {
		if (this.addPlain(record)) return;
		// A contact is its entry alone: its record says nothing the entry does not.
		if (record.kind === 'contact' && snapshot) {
			// Its name's key once, for its name and its claim both.
			const name = nameKeyOf(record.path, this.linkKeys);
			this.owners.addName(record.path, name);
			const claims = contactClaims(record.path, readAliases(snapshot.frontmatter ?? {}, this.settings.keys.aliases), this.linkKeys, name);
			const [key1 = NO_KEY, key2 = NO_KEY] = claims.map((claim) => claim.key);
			const moreKeys = claims.length > 2 ? claims.slice(2).map((claim) => claim.key) : undefined;
			const problems = record.problems.length > 0 ? record.problems : undefined;
			const rare = moreKeys || problems ? { moreKeys, problems } : undefined;
			this.contactEntries.set(record.path, { note: snapshot, key1, key2, rare, derivedFor: undefined, derived: undefined });
			this.owners.addClaims(record.path, claims);
			return;
		}
		this.notes.set(record.path, record);
		// A daily note is named by its date, which is nobody's alias: not worth the entry.
		if (record.kind !== 'dated') this.owners.addName(record.path);
		this.dayNotes.add(record);
		for (const key of record.targets) {
			const sources = this.evidence[key];
			if (sources) sources.push(record);
			else this.evidence[key] = [record];
		}
		for (const key of taskKeysOf(record)) {
			const sources = this.taskEvidence[key];
			if (sources) sources.push(record);
			else this.taskEvidence[key] = [record];
		}
	}

	private drop(path: string): void {
		const entry = this.contactEntries.get(path);
		if (entry) {
			this.contactEntries.delete(path);
			this.owners.dropName(path);
			this.owners.dropClaims(path, contactKeys(entry));
			return;
		}
		const record = this.notes.get(path);
		if (!record) {
			const slot = this.plainSlot(path);
			if (slot !== -1) this.dropPlain(slot);
			return;
		}
		this.notes.delete(path);
		if (record.kind !== 'dated') this.owners.dropName(path);
		this.dayNotes.drop(record);
		for (const key of record.targets) {
			const sources = this.evidence[key];
			if (!sources) continue;
			const at = sources.indexOf(record);
			if (at !== -1) sources.splice(at, 1);
			if (sources.length === 0) this.evidence[key] = undefined;
		}
		for (const key of taskKeysOf(record)) {
			const sources = this.taskEvidence[key];
			if (!sources) continue;
			const at = sources.indexOf(record);
			if (at !== -1) sources.splice(at, 1);
			if (sources.length === 0) this.taskEvidence[key] = undefined;
		}
	}

	/** The note being parsed, for `dayOfContactLink`. */
	private parsing = '';

	/**
	 * `last_contact: "[[Daily/05.11.2026]]"` is that day, by the dated notes' format: one
	 * function for the index's life, reading the path of the note being parsed, not one made
	 * for each contact.
	 */
	private readonly dayOfContactLink = (target: string): Day | undefined => this.datedNotes.dayOfLink?.(fromVaultRoot(target, this.parsing));

	/** Parses a contact note the first time anyone asks for it. */
	private parsed(entry: ContactEntry): Contact {
		const snapshot = entry.note;
		if ('listItems' in snapshot) {
			this.parsing = snapshot.path;
			entry.note = parseContact(
				{
					path: snapshot.path,
					frontmatter: snapshot.frontmatter,
					unreadable: snapshot.frontmatterError !== undefined,
					tags: snapshot.tags,
					items: sectionItems(snapshot, true),
					dayOfLink: this.dayOfContactLink,
				},
				this.settings,
			);
		}
		return entry.note as Contact;
	}

	private buildTimeline(entry: ContactEntry): TimelineEntry[] {
		const contact = this.parsed(entry);
		const met = this.metEntry(contact);
		// The timeline is made at its length, counted first, and filled by index: the first
		// queue makes every contact's, and a list grown by push is made with room for 17 and
		// copied as it grows.
		let size = contact.interactions.length + (contact.lastContact === undefined ? 0 : 1) + (met ? 1 : 0);
		for (let k = 0, count = keyCount(entry); k < count; k++) {
			const key = keyAt(entry, k);
			if (this.owners.ownerOfId(key) === contact.path) size += this.plainEvidence.count(key) + (this.evidence[key]?.length ?? 0);
		}
		const timeline = new Array<TimelineEntry>(size);
		let filled = 0;
		// By index: an iterator is garbage until the engine compiles this, most of the first queue.
		const { interactions } = contact;
		for (let i = 0; i < interactions.length; i++) {
			const interaction = interactions[i] as Interaction;
			timeline[filled++] = { date: interaction.date, via: 'log', kind: interaction.kind, source: contact.path, interaction };
		}
		if (contact.lastContact !== undefined) timeline[filled++] = { date: contact.lastContact, via: 'frontmatter', source: contact.path };
		if (met) timeline[filled++] = met;
		// How many of their keys have evidence: a note may stand in two of these lists.
		let keysWithEvidence = 0;
		for (let k = 0, count = keyCount(entry); k < count; k++) {
			const key = keyAt(entry, k);
			const sources = this.evidence[key];
			const plain = this.plainEvidence.count(key);
			if ((!sources && plain === 0) || this.owners.ownerOfId(key) !== contact.path) continue;
			keysWithEvidence++;
			// A plain daily note is its day and path, found by its slot. Slots are given in the
			// order notes are read, most often oldest first: taken newest first, they are
			// mostly in the timeline's order already, and its sort has less to do.
			for (let i = plain - 1; i >= 0; i--) {
				const slot = this.plainEvidence.at(key, i);
				timeline[filled++] = { date: this.plain.day(slot), via: 'dated', source: this.plain.path(slot) };
			}
			// Evidence is meetings with a day and dated notes, never a contact's own note: a
			// note's day is all there is to look at (its path read only as the entry's source).
			for (let i = 0; sources && i < sources.length; i++) {
				const note = sources[i] as NoteRecord;
				if (note.day === undefined) continue;
				if (note.kind !== 'meeting') {
					timeline[filled++] = { date: note.day, via: 'dated', source: note.path };
					continue;
				}
				const tasks =
					note.tasks && note.targets.indexOf(key) < (note.peopleCount ?? 0) ? this.tasksOfAttendee(note, contact.path) : undefined;
				timeline[filled++] = {
					date: note.day,
					via: 'meeting',
					kind: note.kindOfContact,
					source: note.path,
					template: note.template,
					tasks,
				};
			}
		}
		// A note with no day was counted and not taken.
		timeline.length = filled;
		sortEntries(timeline);
		return keysWithEvidence > 1 ? oneEntryPerNote(timeline) : timeline;
	}

	/**
	 * Meeting someone is contact: the day their `met` links, when it links a note with a day
	 * (a daily note, a meeting or event note with a `date`, a name starting YYYY-MM-DD), or a
	 * name starting with a date that is no note yet. None when that note is evidence for
	 * them already (a meeting listing them): it is in their timeline as itself.
	 */
	private metEntry(contact: Contact): TimelineEntry | undefined {
		if (!contact.met) return undefined;
		const target = fromVaultRoot(contact.met, contact.path);
		const name = baseName(target).toLowerCase();
		// Any note of that name made, changed, renamed or deleted drops what was worked out from it.
		const nameKey = this.linkKeys.id(name);
		if (nameKey !== NO_KEY) this.reads?.key(nameKey);
		const note = this.dayNotes.find(target);
		if (note) {
			if (note.day === undefined || note.targets.some((k) => this.owners.ownerOfId(k) === contact.path)) return undefined;
			return { date: note.day, via: 'met', source: note.path };
		}
		// A link to a note not made yet still names its day: `[[2026-11-03]]`, `[[2026-11-03 KubeCon]]`.
		if (this.owners.hasNoteNamed(name) || this.owners.ownerOf(linkKey(target)) !== undefined) return undefined;
		const day = dayOfName(name);
		return day === undefined ? undefined : { date: day, via: 'met', source: `${target}.md` };
	}

	/** Whether a contact is in a dated meeting note's people: its tasks then come with the timeline entry. */
	private attends(note: NoteRecord, entry: ContactEntry, path: string): boolean {
		if (note.kind !== 'meeting' || note.day === undefined) return false;
		const people = note.targets.slice(0, note.peopleCount ?? 0);
		return contactKeys(entry).some((key) => people.includes(key) && this.owners.ownerOfId(key) === path);
	}

	/**
	 * The tasks of a meeting note that are this attendee's: those that name them, and those
	 * that name no attendee (src/domain/taskPeople.ts). A task that names no attendee but
	 * links someone who was not there is that person's, not the attendees'.
	 */
	private tasksOfAttendee(note: NoteRecord, path: string): readonly FollowUp[] | undefined {
		const tasks = note.tasks;
		if (!tasks) return undefined;
		const attendees: TaskPerson[] = [];
		for (const key of note.targets.slice(0, note.peopleCount ?? 0)) {
			const person = this.resolve(this.linkKeys.key(key));
			if (person && !attendees.some((a) => a.path === person.path)) attendees.push(person);
		}
		const mine = tasks.filter((task) => {
			const linked = new Set<string>();
			for (const match of task.text.matchAll(WIKILINK)) {
				const person = match[1] ? undefined : this.resolve(fromVaultRoot(linkTarget(match[2] ?? ''), note.path));
				if (person) linked.add(person.path);
			}
			const named = attendeesNamed(task.text, attendees, linked);
			if (named.length) return named.some((person) => person.path === path);
			return ![...linked].some((linkedPath) => !attendees.some((a) => a.path === linkedPath));
		});
		return mine.length ? mine : undefined;
	}

	private keysTouchedBy(path: string): Set<number> {
		const keys = new Set<number>([this.linkKeys.id(baseName(path).toLowerCase()), this.linkKeys.id(linkKey(path))]);
		keys.delete(NO_KEY);
		const note = this.notes.get(path);
		for (const key of note?.targets ?? []) keys.add(key);
		const slot = note ? -1 : this.plainSlot(path);
		if (slot !== -1) for (const key of this.plain.targets(slot)) keys.add(key);
		if (note) for (const key of taskKeysOf(note)) keys.add(key);
		const entry = this.contactEntries.get(path);
		if (entry) for (const key of contactKeys(entry)) keys.add(key);
		return keys;
	}

	private ownersOf(keys: Iterable<number>): Set<string> {
		const owners = new Set<string>();
		for (const key of keys) {
			const owner = this.owners.ownerOfId(key);
			if (owner !== undefined) owners.add(owner);
		}
		return owners;
	}

	/** Drops the memo of every contact whose history may have moved, and says which. */
	private settle(keys: Set<number>, before: Set<string>, path: string, wasContact: boolean): Set<string> {
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
			if (entry) {
				entry.derivedFor = undefined;
				entry.derived = undefined;
			}
		}
		this.revision++;
		if (wasContact !== this.contactEntries.has(path)) {
			this.sorted = undefined;
			this.orderRevision = this.revision;
		}
		this.changeLog.push({ revision: this.revision, contacts: stale });
		// A kept queue is brought up to date on each view refresh: a few edits back is plenty.
		if (this.changeLog.length > CHANGES_KEPT) this.changeLog.shift();
		return changed;
	}
}
