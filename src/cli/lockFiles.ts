// Lock files beside notes, so one CLI process at a time writes a note. A lock is
// `.<name>.rapport-lock`, made with O_EXCL, holding its owner: host, pid and a token of its
// own. A lock is taken over only when its owner has surely gone (a process of this machine
// that no longer runs), or, from another machine or a process long paused, when it has not
// been touched for a while; the takeover moves it aside under a name of its own first, so
// two takers can't both win. An owner removes only a lock that still holds its token, and
// checks that token again just before it writes: a writer whose lock was taken over while
// it was paused writes nothing.
import { closeSync, linkSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { codeOf, fsProblem } from './noteFiles';

export interface LockOptions {
	/** How long to wait for another process's lock before giving up. */
	waitMs: number;
	/** A lock untouched this long, from another machine, is taken over. */
	staleMs: number;
	/** A lock untouched this long is taken over even when a process with its pid runs (the pid was reused). */
	abandonedMs: number;
}

interface Owner {
	host: string;
	pid: number;
	token: string;
}

const HOST = hostname();

export class LockFiles {
	/** This store's own mark in its locks. */
	readonly token = `${HOST}:${process.pid}:${Math.random().toString(36).slice(2, 12)}`;
	private readonly held = new Set<string>();

	constructor(private readonly options: LockOptions) {}

	has(lock: string): boolean {
		return this.held.has(lock);
	}

	/** Takes the lock, waiting while another holds it; true, or why it can't be had. */
	async take(lock: string): Promise<true | string> {
		const until = Date.now() + this.options.waitMs;
		for (let wait = 2; ; wait = Math.min(wait * 2, 50)) {
			const made = this.make(lock);
			if (made === true) {
				this.held.add(lock);
				return true;
			}
			if (made !== false) return `can't be locked for writing (${made})`;
			const seen = readRaw(lock);
			if (seen !== undefined && this.isStale(lock, seen)) {
				this.takeOver(lock, seen);
				continue;
			}
			if (Date.now() > until)
				return `is being written by another process (its lock file ${basename(lock)} is held; if no rapport is running, delete it)`;
			// No event says a lock file went: look again in a moment, a little later each time.
			await new Promise((resolve) => setTimeout(resolve, wait + Math.random() * wait));
		}
	}

	/** Whether the lock is still this store's: checked just before each write. */
	stillOurs(lock: string): boolean {
		const owner = parse(readRaw(lock));
		if (owner?.token !== this.token) return false;
		// Touched: a long action is not taken for an abandoned one.
		try {
			const now = new Date();
			utimesSync(lock, now, now);
		} catch {
			// Only a sign of life.
		}
		return true;
	}

	/** Lets go of one lock, if it is still this store's. */
	drop(lock: string): void {
		this.held.delete(lock);
		if (parse(readRaw(lock))?.token === this.token) rmSync(lock, { force: true });
	}

	dropAll(): void {
		for (const lock of [...this.held]) {
			try {
				this.drop(lock);
			} catch {
				// A lock that can't be removed now is someone else's to take over: it says whose it was.
				this.held.delete(lock);
			}
		}
	}

	/** Makes the lock file with this store as its owner: true, false when one is there, or why it can't be made. */
	private make(lock: string): true | false | string {
		let fd: number;
		try {
			fd = openSync(lock, 'wx');
		} catch (error) {
			return codeOf(error) === 'EEXIST' ? false : fsProblem(error);
		}
		try {
			const owner: Owner = { host: HOST, pid: process.pid, token: this.token };
			writeSync(fd, JSON.stringify(owner));
			return true;
		} catch (error) {
			// An empty lock would stand in everyone's way: it goes with the error.
			rmSync(lock, { force: true });
			return fsProblem(error);
		} finally {
			try {
				closeSync(fd);
			} catch {
				// Closed already.
			}
		}
	}

	private isStale(lock: string, seen: string): boolean {
		const age = ageOf(lock);
		const owner = parse(seen);
		// Half made (its process died between making and filling it), or not a lock of ours.
		if (!owner) return age > this.options.staleMs;
		if (owner.host !== HOST) return age > this.options.staleMs;
		if (owner.token === this.token) return false;
		if (age > this.options.abandonedMs) return true;
		if (owner.pid === process.pid) return false;
		try {
			process.kill(owner.pid, 0);
			return false;
		} catch (error) {
			// ESRCH: no such process. EPERM: it runs, as someone else.
			return codeOf(error) === 'ESRCH';
		}
	}

	/**
	 * Moves a stale lock aside under a name of its own, so of two takers only one does,
	 * and removes it when it is still the lock judged stale; a fresh lock moved by mistake
	 * (its owner took it in between) is put back where the place is still free.
	 */
	private takeOver(lock: string, seen: string): void {
		const aside = `${lock}.${Math.random().toString(36).slice(2, 10)}.stale`;
		try {
			renameSync(lock, aside);
		} catch {
			return;
		}
		if (readRaw(aside) !== seen) {
			try {
				linkSync(aside, lock);
			} catch {
				// Taken again meanwhile: that owner will find its token gone and write nothing.
			}
			rmSync(aside, { force: true });
			return;
		}
		rmSync(aside, { force: true });
		const owner = parse(seen);
		if (owner?.host === HOST) removeLeftovers(dirname(lock), owner.pid);
	}
}

function readRaw(lock: string): string | undefined {
	try {
		return readFileSync(lock, 'utf8');
	} catch {
		return undefined;
	}
}

function parse(raw: string | undefined): Owner | undefined {
	if (!raw) return undefined;
	try {
		const owner = JSON.parse(raw) as Partial<Owner>;
		return typeof owner.host === 'string' && typeof owner.pid === 'number' && typeof owner.token === 'string'
			? (owner as Owner)
			: undefined;
	} catch {
		return undefined;
	}
}

function ageOf(lock: string): number {
	try {
		return Date.now() - statSync(lock).mtimeMs;
	} catch {
		return 0;
	}
}

/** Temporary files a process that ended left in this folder. */
function removeLeftovers(folder: string, pid: number): void {
	try {
		for (const name of readdirSync(folder))
			if (name.startsWith(`.rapport-${pid}-`) && name.endsWith('.tmp')) rmSync(join(folder, name), { force: true });
	} catch {
		// Only tidying.
	}
}
