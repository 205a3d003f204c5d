// The plugin's writes to notes. Each runs the domain's edit (src/domain/contactWrites.ts)
// inside Vault.process, so it applies to the note as it is at that moment and two quick
// writes both land. Writes to several notes are checked first and made together, as one
// undo step; the Notice that reports them has an Undo button, and so does the command.
//
// Properties are edited a line at a time here rather than through processFrontMatter:
// that re-serialises the whole block (reflowing `[a, b]` lists, re-quoting strings,
// dropping comments), which would change lines the user wrote and differ from the CLI.
import { Notice, TFile, normalizePath, parseYaml, type App } from 'obsidian';
import { applyWrite, type ContactWrite } from '../domain/contactWrites';
import type { Day } from '../domain/day';
import { baseName } from '../domain/links';
import type { RapportSettings } from '../domain/settings';

/** One note's change: its text before and after; `before: null` means the write created it. */
interface Change {
	path: string;
	before: string | null;
	after: string;
}

/** One write to one note. */
export interface PathWrite {
	path: string;
	write: ContactWrite;
}

/** A write that landed, and what it said it did. */
export interface Done {
	path: string;
	write: ContactWrite;
	said: string;
}

export interface UndoStep {
	label: string;
	changes: Change[];
}

/** How a write is reported, for every kind of write. */
export interface WriteOptions {
	/** What the Notice (and "Undone: …") says was done, instead of the writer's own words. */
	label?: string | ((done: Done[]) => string);
	/** Leaves the Notice to `join`, for a step that is part of a larger one. */
	quiet?: boolean;
	/** Added to the Notice only: what was left out, and why. */
	remark?: string;
	/** Notes created for this write a moment ago (new contacts of a log): a refusal says they exist. */
	made?: readonly string[];
}

/** Thrown inside Vault.process to leave a note as it was. */
class Refused extends Error {}

const HISTORY = 50;

export class NoteWriter {
	private readonly history: UndoStep[] = [];
	private readonly mergedInto = new WeakMap<UndoStep, UndoStep>();
	// Writes and undos run one after another: each sees the note as the last one left it,
	// however Vault.process interleaves reads and writes of its own.
	private queue: Promise<unknown> = Promise.resolve();

	constructor(
		private readonly app: App,
		private readonly settings: () => RapportSettings,
		private readonly today: () => Day,
	) {}

	/**
	 * Applies one write to each note, as one undo step, and reports it in a Notice.
	 * If any note refuses (properties that don't parse, a line that moved) nothing is
	 * written and the Notice names the notes and why.
	 */
	write(paths: readonly string[], write: ContactWrite | ((path: string) => ContactWrite), options: WriteOptions = {}): Promise<UndoStep | undefined> {
		return this.serially(() => this.writeNow(paths, write, options));
	}

	/**
	 * Runs after every write before it. A write that fails (a disk error, a note gone
	 * mid-way) is reported in a Notice and settles as undefined, never as a rejection.
	 */
	private serially<T>(work: () => Promise<T>): Promise<T | undefined> {
		const guarded = async (): Promise<T | undefined> => {
			try {
				return await work();
			} catch (error) {
				new Notice(`Rapport could not finish writing: ${error instanceof Error ? error.message : String(error)}`, 0);
				return undefined;
			}
		};
		const next = this.queue.then(guarded, guarded);
		this.queue = next;
		return next;
	}

	/**
	 * True when every note would take the write; else says in a Notice which would not,
	 * and why, and returns false. Nothing is written either way. `made` are notes created
	 * for this write a moment ago (new contacts of a log): a refusal says they exist.
	 */
	async check(paths: readonly string[], write: ContactWrite | ((path: string) => ContactWrite), made: readonly string[] = []): Promise<boolean> {
		const forPath = typeof write === 'function' ? write : () => write;
		return this.checkAll(paths.map((path) => ({ path, write: forPath(path) })), made);
	}

	/**
	 * `check` for several writes, each to its own note or several to one. Two writes to one
	 * note are checked as they will be made, the second on the text the first leaves (a log
	 * moves the follow-up a tick then finds).
	 */
	async checkAll(writes: readonly PathWrite[], made: readonly string[] = []): Promise<boolean> {
		const problems: string[] = [];
		const written = new Map<string, string>();
		for (const { path, write } of writes) {
			const file = this.app.vault.getFileByPath(path);
			if (!(file instanceof TFile)) {
				problems.push(`${path} no longer exists; nothing was written`);
				continue;
			}
			const result = applyWrite(written.get(path) ?? (await this.app.vault.read(file)), write, this.settings(), this.today(), parseYaml);
			if (result.ok) written.set(path, result.text);
			else problems.push(`${path}: ${result.reason}`);
		}
		if (problems.length) {
			// Each problem names its note and ends in "nothing was written", unless notes were made.
			const said = made.length
				? `Rapport created ${made.join(', ')} (Undo last change removes ${made.length === 1 ? 'it' : 'them'}) and wrote nothing else. ${problems.map((p) => p.replace(/; nothing was written$/, '')).join('. ')}.`
				: `${problems.join('. ')}.`;
			new Notice(said, 0);
		}
		return problems.length === 0;
	}

	/**
	 * Several writes, each to its own note or several to one (a snooze that moves a
	 * follow-up and the cadence of one contact), checked first and made as one undo step.
	 * The options' label names the step, often from what each write said.
	 */
	writeAll(writes: readonly PathWrite[], options: WriteOptions = {}): Promise<UndoStep | undefined> {
		return this.serially(async () => ((await this.checkAll(writes, options.made ?? [])) ? this.applyAll(writes, options) : undefined));
	}

	private async writeNow(paths: readonly string[], write: ContactWrite | ((path: string) => ContactWrite), options: WriteOptions): Promise<UndoStep | undefined> {
		const forPath = typeof write === 'function' ? write : () => write;
		// Check every note first: a bulk action is all or nothing.
		if (!(await this.check(paths, forPath, options.made))) return undefined;
		const label = options.label ?? ((done: Done[]): string => writeLabel(paths, forPath(paths[0] ?? ''), done));
		return this.applyAll(paths.map((path) => ({ path, write: forPath(path) })), { ...options, label });
	}

	private async applyAll(writes: readonly PathWrite[], options: WriteOptions): Promise<UndoStep | undefined> {
		const settings = this.settings();
		const today = this.today();
		// A note written twice is one change: from how it was first to how it is last.
		const changes = new Map<string, Change>();
		const done: Done[] = [];
		const failed: string[] = [];
		for (const { path, write } of writes) {
			const file = this.app.vault.getFileByPath(path);
			if (!(file instanceof TFile)) continue;
			let before = '';
			let after = '';
			let message = '';
			try {
				await this.app.vault.process(file, (current) => {
					const result = applyWrite(current, write, settings, today, parseYaml);
					if (!result.ok) throw new Refused(result.reason);
					before = current;
					after = result.text;
					message = result.said;
					return result.text;
				});
			} catch (error) {
				// Changed between the check and the write: this note is left alone, the rest stand.
				failed.push(`${path}: ${error instanceof Error ? error.message : String(error)}`);
				continue;
			}
			const earlier = changes.get(path);
			if (earlier) earlier.after = after;
			else if (after !== before) changes.set(path, { path, before, after });
			done.push({ path, write, said: message });
		}
		const label = typeof options.label === 'function' ? options.label(done) : (options.label ?? '');
		return this.report({ label, changes: [...changes.values()].filter((c) => c.before !== c.after) }, failed, options);
	}

	/**
	 * Creates a note that must not exist yet, as an undo step of its own (returned, to join
	 * to a write that follows); undefined if a note is there already.
	 */
	create(path: string, text: string, options: WriteOptions = {}): Promise<{ file: TFile; step: UndoStep | undefined } | undefined> {
		return this.serially(() => this.createNow(path, text, options));
	}

	private async createNow(path: string, text: string, options: WriteOptions): Promise<{ file: TFile; step: UndoStep | undefined } | undefined> {
		const normal = normalizePath(path);
		if (this.app.vault.getAbstractFileByPath(normal)) return undefined;
		const folder = normal.includes('/') ? normal.slice(0, normal.lastIndexOf('/')) : '';
		if (folder && !this.app.vault.getAbstractFileByPath(folder)) await this.app.vault.createFolder(folder);
		const file = await this.app.vault.create(normal, text);
		const label = typeof options.label === 'function' ? options.label([]) : (options.label ?? `Created ${path}`);
		const step = await this.report({ label, changes: [{ path: normal, before: null, after: text }] }, [], options);
		return { file, step };
	}

	/**
	 * Any other edit of one note, as an undo step: `change` gives the new text, or
	 * undefined to leave the note alone (then nothing is reported).
	 */
	edit(path: string, label: string, change: (text: string) => string | undefined): Promise<UndoStep | undefined> {
		return this.serially(async () => {
			const file = this.app.vault.getFileByPath(path);
			if (!(file instanceof TFile)) return undefined;
			let before: string | undefined;
			let after: string | undefined;
			await this.app.vault.process(file, (current) => {
				const next = change(current);
				if (next === undefined) return current;
				before = current;
				after = next;
				return next;
			});
			if (before === undefined || after === undefined) return undefined;
			return this.report({ label, changes: [{ path, before, after }] }, []);
		});
	}

	/**
	 * Makes these steps one (a log that first created a new contact is undone at once).
	 * Given a label, the step is reported under it in one Notice with one Undo (its parts
	 * were written quietly), and "Undone: …" says it too; else it takes the last part's label.
	 *
	 * Only the newest part and the parts right below it on the stack are merged, where they
	 * are: a step written by something else while the parts were being written stays above
	 * the older parts, so Undo still goes newest first and never takes that step's edit back
	 * with theirs. The older parts stay steps of their own.
	 */
	join(steps: readonly (UndoStep | undefined)[], label?: string): UndoStep | undefined {
		const parts = new Set(steps.filter((step): step is UndoStep => step !== undefined && this.history.includes(step)));
		let top = this.history.length - 1;
		while (top >= 0 && !parts.has(this.history[top] as UndoStep)) top--;
		let from = top;
		while (from > 0 && parts.has(this.history[from - 1] as UndoStep)) from--;
		const run = this.history.slice(from, top + 1);
		const joined = run.length < 2 ? run[0] : this.merge(run, from);
		if (joined && label !== undefined) {
			joined.label = label;
			this.notify(joined, []);
		}
		return joined;
	}

	/** The steps `from` on, in stack order, as one step in their place. */
	private merge(parts: readonly UndoStep[], from: number): UndoStep {
		// A note changed twice is one change: from how it was first to how it is now.
		const byPath = new Map<string, Change>();
		for (const change of parts.flatMap((step) => step.changes)) {
			const earlier = byPath.get(change.path);
			byPath.set(change.path, earlier ? { ...earlier, after: change.after } : change);
		}
		const joined: UndoStep = { label: parts[parts.length - 1]?.label ?? '', changes: [...byPath.values()] };
		// Each part's Notice still holds the part: its Undo button undoes the whole.
		for (const step of parts) this.mergedInto.set(step, joined);
		this.history.splice(from, parts.length, joined);
		return joined;
	}

	/** The newest step still on the stack, if any. */
	last(): UndoStep | undefined {
		return this.history[this.history.length - 1];
	}

	/**
	 * Puts the notes of a step back as they were, if none changed since; else refuses,
	 * naming the notes, and changes nothing.
	 */
	async undo(step?: UndoStep): Promise<boolean> {
		return (await this.serially(() => this.undoNow(step ?? this.last()))) ?? false;
	}

	private async undoNow(asked: UndoStep | undefined): Promise<boolean> {
		let step = asked;
		while (step && this.mergedInto.has(step)) step = this.mergedInto.get(step);
		if (!step || !this.history.includes(step)) {
			new Notice('Rapport: nothing to undo.');
			return false;
		}
		const changed: string[] = [];
		for (const change of step.changes) {
			const file = this.app.vault.getFileByPath(change.path);
			if (!(file instanceof TFile) || (await this.app.vault.read(file)) !== change.after) changed.push(change.path);
		}
		if (changed.length) {
			// It can never be undone now, and left on top it would stand in front of every older
			// step: it goes, so the next Undo reaches the change before it.
			this.history.splice(this.history.indexOf(step), 1);
			const next = this.history.length ? ' Undo last change now goes to the change before it.' : '';
			new Notice(`Rapport can't undo "${step.label}": ${changed.join(', ')} changed since. Nothing was undone, and it is off the undo list.${next}`, 0);
			return false;
		}
		for (const change of step.changes) {
			const file = this.app.vault.getFileByPath(change.path);
			if (!(file instanceof TFile)) continue;
			if (change.before === null) {
				await this.app.fileManager.trashFile(file);
				continue;
			}
			const before = change.before;
			await this.app.vault.process(file, (current) => {
				if (current !== change.after) throw new Refused(`${change.path} changed since`);
				return before;
			});
		}
		// A join while this ran may have taken the step off the stack (into a larger one, whose
		// undo then refuses: these notes no longer read as it left them); never splice at -1.
		const at = this.history.indexOf(step);
		if (at >= 0) this.history.splice(at, 1);
		new Notice(`Undone: ${step.label}`);
		return true;
	}

	/** Puts a step on the stack and, unless it is quiet and all went well, says so (with a remark, if any). */
	private async report(step: UndoStep, failed: string[], options: WriteOptions = {}): Promise<UndoStep | undefined> {
		if (step.changes.length) {
			this.history.push(step);
			if (this.history.length > HISTORY) this.history.shift();
		}
		if (!options.quiet || failed.length) this.notify(step, failed, options.remark);
		return step.changes.length ? step : undefined;
	}

	/** The Notice for a step: what it did, what was not written, and its Undo button. */
	private notify(step: UndoStep, failed: readonly string[], remark?: string): void {
		let notice: Notice | undefined;
		const fragment = createFragment((el) => {
			el.createSpan({ text: step.label || 'Nothing changed.' });
			if (remark) el.createDiv({ text: remark });
			if (failed.length) el.createDiv({ text: `Not written: ${failed.join('. ')}` });
			if (step.changes.length) {
				const button = el.createEl('button', { cls: 'rapport-notice-undo', text: 'Undo' });
				button.addEventListener('click', (evt) => {
					// A click on a Notice also dismisses it; the undo says its own word.
					evt.stopPropagation();
					notice?.hide();
					void this.undo(step);
				});
			}
		});
		notice = new Notice(fragment, failed.length ? 0 : 8000);
	}
}

/**
 * What a write to these notes did (`write` is the first note's): what it said for one,
 * "Sam Rivera: logged call on 21 Nov", or "Logged call for 2 contacts: Sam Rivera, Jo Park".
 */
export function writeLabel(paths: readonly string[], write: ContactWrite, done: readonly Done[]): string {
	if (paths.length === 1) return done[0] ? `${baseName(done[0].path)}: ${done[0].said}` : '';
	return `${describe(write)} for ${done.length} contacts: ${done.map((d) => baseName(d.path)).join(', ')}`;
}

function describe(write: ContactWrite): string {
	switch (write.op) {
		case 'log':
			return `Logged ${write.entry.kind}`;
		case 'snooze':
			return 'Snoozed';
		case 'dormant':
			return 'Marked dormant';
		case 'tag':
			return `Tagged #${write.tag.replace(/^#/, '')}`;
		case 'complete':
			return 'Done';
		case 'reschedule':
			return 'Moved';
	}
}
