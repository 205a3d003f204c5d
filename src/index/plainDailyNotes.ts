// The daily notes that are nothing but dated notes: most of a vault, and each one only a
// path, a day and the link keys it is evidence for. Held in flat lists by slot, found by
// their day, with no record object, no list of keys and no map entry of their own: at
// 20,000 daily notes those were about 3 MB. The index files a slot number as evidence
// where it files a note's record for any other note.
import type { Day } from '../domain/day';
import { IntList } from './intList';
import { PooledLists } from './pooledLists';

/** Slots grow by this many days at a time, either way, so a vault's days are one span. */
const DAYS_GROWN = 366;
/** The widest span of days held by day (about 300 years, 440 KB): a note beyond it is kept as a record. */
const MOST_DAYS = 110_000;

export class PlainDailyNotes {
	private paths: (string | undefined)[] = [];
	private days = new IntList();
	/** Each slot's link keys. */
	private keys = new PooledLists();
	private free: number[] = [];
	/** Slot + 1 by day, from the day `first` on (0: no plain note for that day). */
	private byDay = new Int32Array(0);
	private first = 0;
	/** How many notes are held. */
	size = 0;

	clear(): void {
		this.paths = [];
		this.days = new IntList();
		this.keys = new PooledLists();
		this.free = [];
		this.byDay = new Int32Array(0);
		this.first = 0;
		this.size = 0;
	}

	/**
	 * Holds a note and returns its slot; undefined when another note of that day is held
	 * already (two folders' daily notes for one day): the index keeps that one as a record.
	 */
	add(path: string, day: Day, targets: readonly number[]): number | undefined {
		if (this.slotByDay(day) !== -1 || !this.reach(day)) return undefined;
		const slot = this.free.pop() ?? this.paths.length;
		this.paths[slot] = path;
		this.days.set(slot, day);
		this.keys.set(slot, targets);
		this.setDay(day, slot + 1);
		this.size++;
		return slot;
	}

	/** The slot of a note held for this path and its day, or -1. */
	slotOf(path: string, day: Day): number {
		const slot = this.slotByDay(day);
		return slot !== -1 && this.paths[slot] === path ? slot : -1;
	}

	remove(slot: number): void {
		if (this.paths[slot] === undefined) return;
		this.setDay(this.days.at(slot), 0);
		this.paths[slot] = undefined;
		this.keys.drop(slot);
		this.free.push(slot);
		this.size--;
	}

	path(slot: number): string {
		return this.paths[slot] ?? '';
	}

	day(slot: number): Day {
		return this.days.at(slot);
	}

	/** A slot's link keys, in the order they first stand in the note. */
	targets(slot: number): number[] {
		return this.keys.list(slot);
	}

	/** Every held note's slot. */
	*slots(): Generator<number> {
		for (let slot = 0; slot < this.paths.length; slot++) if (this.paths[slot] !== undefined) yield slot;
	}

	/** Cuts the lists to size after a build: a list grown by push keeps room to grow. */
	trim(): void {
		this.paths = this.paths.slice();
		this.days.trim();
		this.keys.trim();
	}

	private slotByDay(day: Day): number {
		const at = day - this.first;
		return at >= 0 && at < this.byDay.length ? (this.byDay[at] ?? 0) - 1 : -1;
	}

	/** Whether the days held by day take this one in, grown to if need be; false past the widest span. */
	private reach(day: Day): boolean {
		if (!Number.isSafeInteger(day)) return false;
		if (this.byDay.length === 0) this.first = day;
		const at = day - this.first;
		if (at >= 0 && at < this.byDay.length) return true;
		// Grown past the day by a year at least, or half again what is held.
		const margin = Math.max(DAYS_GROWN, this.byDay.length >> 1);
		const first = Math.min(this.first, day - margin);
		const last = Math.max(this.first + this.byDay.length, day + margin);
		if (last - first > MOST_DAYS) return false;
		const grown = new Int32Array(last - first);
		grown.set(this.byDay, this.first - first);
		this.byDay = grown;
		this.first = first;
		return true;
	}

	private setDay(day: Day, value: number): void {
		const at = day - this.first;
		if (at >= 0 && at < this.byDay.length) this.byDay[at] = value;
	}
}
