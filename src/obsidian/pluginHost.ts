// The plugin as the views see it (RapportHost): the queue from the live index, settings
// that re-index when saved, and the row actions through the note writer.
import { Notice, TFile, TFolder, normalizePath, parseYaml, type App, type Plugin } from 'obsidian';
import { parseContact } from '../domain/contact';
import { addDays, dayFromValue, formatDay, formatTime, humanDay, localToday, type Day } from '../domain/day';
import { baseName } from '../domain/links';
import { peopleMet } from '../domain/peopleMet';
import { freePath, meetingNoteText, meetingTitle, meetingsFolder } from '../domain/meetingNote';
import { newContactPath, newContactTemplatePath, newContactText, type NewContact } from '../domain/newContact';
import { TEMPLATE_KINDS, templatePaths, type TemplateId } from '../domain/templates';
import { NewMeetingModal, type MeetingChoice } from '../ui/meetingModal';
import { LogInteractionModal, type LogRequest, type PersonChoice } from '../ui/logModal';
import type { InteractionKind } from '../domain/interactions';
import { computeQueue, itemsAheadFor, type Queue, type QueueItem } from '../domain/queue';
import { followUpSnooze, followUpTaskOf, snoozeMove } from '../domain/snooze';
import type { ContactWrite } from '../domain/contactWrites';
import { defaultSettings, type RapportSettings } from '../domain/settings';
import type { QueueActions, RapportHost, SnoozeTarget } from '../ui/host';
import { NoteWriter, writeLabel, type Done, type PathWrite, type UndoStep } from './noteWriter';
import type { ContactIndex, Problem } from '../index/contactIndex';
import type { LiveIndex } from './liveIndex';

export interface PluginHostOptions {
	app: App;
	plugin: Plugin;
	live: LiveIndex;
	settings: () => RapportSettings;
	saveSettings: (settings: RapportSettings) => Promise<void>;
	/** Where daily notes are under these settings (the plugin reads Daily/Periodic Notes for it). */
	locateDatedNotes: (settings: RapportSettings) => Promise<{ folder: string; format: string }>;
}

export class PluginHost implements RapportHost {
	readonly actions: QueueActions;
	readonly writer: NoteWriter;
	private cached?: { index: ContactIndex; revision: number; today: Day; queue: Queue };

	constructor(private readonly options: PluginHostOptions) {
		const writer = new NoteWriter(options.app, options.settings, () => this.today());
		this.writer = writer;
		this.actions = {
			open: async (path, newTab) => {
				const file = options.app.vault.getFileByPath(path);
				if (file instanceof TFile) await options.app.workspace.getLeaf(newTab ? 'tab' : false).openFile(file);
			},
			log: (paths, options) => this.openLog(paths, options),
			meeting: (paths) => void this.openMeeting(paths),
			snooze: (targets, until) => this.snooze(targets, until),
			markDormant: async (paths) => void (await writer.write(paths, { op: 'dormant' })),
			tag: async (paths, tag) => void (await writer.write(paths, { op: 'tag', tag })),
			complete: async (path, line, text, due) => void (await writer.write([path], { op: 'complete', line, text, due })),
		};
	}

	/** Everyone Log interaction can pick, by name and alias. */
	people(): PersonChoice[] {
		return this.options.live.index.contacts().map((c) => ({ name: c.name, path: c.path, aliases: c.aliases }));
	}

	/** Everyone a picker offers, worked out once per modal, and those of them at these paths. */
	private pickable(paths: readonly string[]): { contacts: () => readonly PersonChoice[]; initial: PersonChoice[] } {
		const people = this.people();
		const initial = paths.map((path) => people.find((p) => p.path === path)).filter((p): p is PersonChoice => p !== undefined);
		return { contacts: () => people, initial };
	}

	/**
	 * Opens Log interaction with these contacts picked (as a nudge on their ask, from an
	 * awaiting-reply row); the modal is returned for tests.
	 */
	openLog(paths: readonly string[], options: { nudge?: boolean; followUp?: QueueItem; kind?: InteractionKind } = {}): LogInteractionModal {
		const mark = options.nudge ? 'nudge' : undefined;
		const done = options.followUp && followUpTaskOf(options.followUp);
		const modal = new LogInteractionModal(this.options.app, { ...this.pickable(paths), today: this.today(), mark, done, kind: options.kind, onSubmit: (request) => this.log(request) });
		modal.open();
		return modal;
	}

	/** Opens New meeting note with these contacts picked; the modal is returned for tests. */
	openMeeting(paths: readonly string[], template?: TemplateId): NewMeetingModal {
		const modal = new NewMeetingModal(this.options.app, { ...this.pickable(paths), today: this.today(), template, templatesFolder: this.settings().templatesFolder, onSubmit: async (choice) => {
			await this.newMeeting(choice);
		} });
		modal.open();
		return modal;
	}

	/**
	 * The notes of the people picked, each once: existing contacts as they are, new names
	 * (or names that turn out to be a contact's) made into contacts, with `met` when given,
	 * and without a Notice of their own when `quiet`. The creations' undo steps come back
	 * too, to join to the write that follows.
	 */
	private async resolvePeople(people: readonly PersonChoice[], options: { met?: string; quiet?: boolean } = {}): Promise<{ paths: string[]; steps: UndoStep[] }> {
		const { met, quiet } = options;
		const paths: string[] = [];
		const steps: UndoStep[] = [];
		for (const person of people) {
			const made = person.path ? { path: person.path } : await this.createContact(met ? { name: person.name, met } : { name: person.name }, false, quiet);
			if (!made || paths.includes(made.path)) continue;
			paths.push(made.path);
			if (made.step) steps.push(made.step);
		}
		return { paths, steps };
	}

	/**
	 * True when the notes of the people picked that exist already would all take the write,
	 * and every note in `also` its own (a tick, made before the write, as `log` makes it),
	 * else says why not: asked before anyone new is made, so a refusal leaves nothing made.
	 */
	private async existingTake(people: readonly PersonChoice[], write: ContactWrite, also: readonly PathWrite[] = []): Promise<boolean> {
		const writes = [...also, ...people.flatMap((p) => (p.path ? [{ path: p.path, write }] : []))];
		return writes.length === 0 || (await this.writer.checkAll(writes));
	}

	/**
	 * Makes the meeting note (new people become contacts first), logs it on everyone when
	 * its day has come, as one undo step, and opens it. Returns the note's path. An event's
	 * people are the ones to meet: there may be none, and nobody is logged (Follow up people
	 * met logs whoever you did meet).
	 */
	async newMeeting(choice: MeetingChoice, time = formatTime(new Date())): Promise<string | undefined> {
		const { app } = this.options;
		const settings = this.settings();
		const today = this.today();
		const event = choice.template === 'event';
		const logs = choice.date <= today && !event;
		// The log links the note made, which is "… 2" when the title was taken.
		const logOf = (summary?: string): ContactWrite => ({ op: 'log', entry: { date: choice.date, kind: TEMPLATE_KINDS[choice.template], summary } });
		// Every note there already must take the log before anyone new is made; whether it
		// does is the same for any summary, and the note the summary links is not named yet.
		if (logs && !(await this.existingTake(choice.people, logOf()))) return undefined;
		const { paths, steps } = await this.resolvePeople(choice.people, { quiet: true });
		const created = createdBy(steps);
		// Someone created a moment ago may not be indexed yet: they have no history to show.
		const contacts = paths.map((path) => this.options.live.index.contact(path) ?? parseContact({ path, tags: [], items: [] }, settings));
		if (contacts.length === 0 && !event) return undefined;
		const title = meetingTitle(choice.template, contacts.map((c) => c.name), choice.date, choice.name);
		const path = freePath(meetingsFolder(settings), title, (candidate) => app.vault.getAbstractFileByPath(normalizePath(candidate)) !== null);
		// The log links the note made, which is "… 2" when the title was taken.
		const log = logOf(`[[${this.options.live.index.linkText(path)}]]`);
		// A name that turned out to be a contact's was not checked above.
		if (logs && !(await this.writer.check(paths, log, created))) {
			this.writer.join(steps);
			return undefined;
		}

		const override = templatePaths(settings.templatesFolder, choice.template).map((p) => app.vault.getFileByPath(normalizePath(p))).find((file) => file !== null);
		const templateText = override ? await app.vault.read(override) : undefined;
		const fields = contacts.map((c) => {
			const file = app.vault.getFileByPath(c.path);
			return (file && app.metadataCache.getFileCache(file)?.frontmatter) ?? {};
		});
		const text = meetingNoteText({ template: choice.template, name: choice.name, people: contacts, date: choice.date, time, templateText, fields, timelines: paths.map((p) => this.options.live.index.timeline(p)), links: paths.map((p) => this.options.live.index.linkText(p)) }, settings, today, parseYaml);
		const made = await this.writer.create(path, text, { quiet: true });
		if (!made) {
			// Another note took the path between choosing it and making it (a sync, a quick second click).
			if (created.length) this.writer.join(steps, `Created ${names(created)}; the meeting note was not made: ${path} exists now`);
			else new Notice(`Rapport: ${path} exists now; the meeting note was not made. Try again for the next free name.`);
			return undefined;
		}
		const logged = logs ? await this.writer.write(paths, log, { made: created, quiet: true }) : undefined;
		// One Notice, one Undo for all of it.
		const newOnes = created.length ? ` (${newContacts(created)})` : '';
		const loggedOn = logged ? `; logged on ${logged.changes.length === 1 ? names(logged.changes.map((c) => c.path)) : `${logged.changes.length} people`}` : '';
		this.writer.join([...steps, made.step, logged], `Created ${baseName(made.file.path)}${newOnes}${loggedOn}`);
		await app.workspace.getLeaf(false).openFile(made.file);
		return made.file.path;
	}

	/**
	 * For an event note: everyone under "People met" becomes a contact if new (with `met`
	 * linking the event), gets the event logged, and a follow-up due two days after the
	 * event that starts on its day (`🛫`), so each is owed a message for those 48 hours and
	 * the queue asks for no separate thank-you. One undo step. Returns how many were followed up.
	 */
	async followUpPeopleMet(path: string): Promise<number> {
		const { app } = this.options;
		const file = app.vault.getFileByPath(path);
		if (!file) return 0;
		const met = peopleMet(await app.vault.read(file));
		if (met.length === 0) {
			new Notice(`No one is listed under "People met" in ${file.basename}.`);
			return 0;
		}
		const today = this.today();
		const frontmatter = app.metadataCache.getFileCache(file)?.frontmatter ?? {};
		const eventDay = dayFromValue(frontmatter.date) ?? this.options.live.datedNotes?.dayOf(file.path) ?? today;
		if (eventDay > today) {
			new Notice(`${file.basename} is on ${formatDay(eventDay)}: follow up once it has happened.`);
			return 0;
		}
		const index = this.options.live.index;
		const link = `[[${index.linkText(file.path)}]]`;
		// Run again, it leaves alone whoever has the event logged already.
		const followedUp = (p: string): boolean => (index.contact(p)?.interactions ?? []).some((i) => i.date === eventDay && i.summary.includes(link));
		const known = this.people();
		const chosen = met.map((name) => this.known(known, name) ?? { name });
		const entry = {
			date: eventDay,
			kind: 'event' as const,
			summary: link,
			followUp: { text: `Follow up from ${link} within 48 hours`, start: eventDay, due: addDays(eventDay, 2) },
		};
		// Every note there already must take the log before anyone new is made.
		if (!(await this.existingTake(chosen.filter((p) => !p.path || !followedUp(p.path)), { op: 'log', entry }))) return 0;
		const { paths: all, steps } = await this.resolvePeople(chosen, { met: link, quiet: true });
		const created = createdBy(steps);
		// Nobody could be made a contact (names with no character a file name can use): each
		// said why already, and nobody was followed up, already or now.
		if (all.length === 0) return 0;
		const paths = all.filter((p) => !followedUp(p));
		if (paths.length === 0) {
			new Notice(`Everyone met at ${file.basename} has been followed up already.`);
			return 0;
		}
		const logged = await this.writer.write(paths, { op: 'log', entry }, { made: created, quiet: true });
		if (!logged) {
			// Refused: the contacts made are one step, as the refusal's Notice says.
			this.writer.join(steps);
			return 0;
		}
		const newOnes = created.length ? `; ${newContacts(created)}` : '';
		this.writer.join([...steps, logged], `Followed up ${paths.length} ${paths.length === 1 ? 'person' : 'people'} met at ${file.basename}${newOnes}`);
		return paths.length;
	}

	/**
	 * Logs one entry on each person, creating the new ones first, once every note already
	 * there is known to take it, and the follow-up it was opened from to take its tick.
	 * Should a new note then refuse it, the Notice says what was made.
	 */
	async log(request: LogRequest): Promise<void> {
		const write = { op: 'log' as const, entry: request.entry };
		const { done } = request;
		const tick: PathWrite | undefined = done && { path: done.path, write: { op: 'complete', line: done.line, text: done.text, due: done.due } };
		if (!(await this.existingTake(request.people, write, tick ? [tick] : []))) return;
		const { paths, steps: created } = await this.resolvePeople(request.people, { quiet: true });
		if (paths.length === 0) return;
		const made = createdBy(created);
		if (!tick && made.length === 0) {
			await this.writer.write(paths, write);
			return;
		}
		// The log and the tick are one write, checked together: both land or neither does.
		const label = (landed: Done[]): string => {
			const ticked = landed.find((d) => d.write === tick?.write);
			const said = [writeLabel(paths, write, landed.filter((d) => d.write === write)), newContacts(made), ticked ? `${baseName(ticked.path)}: ${ticked.said}` : ''];
			return said.filter(Boolean).join('; ');
		};
		// The tick first: it finds its line where the queue saw it, before the log moves it down.
		const logged = await this.writer.writeAll([...(tick ? [tick] : []), ...paths.map((path) => ({ path, write }))], { label, made, quiet: true });
		// Refused: the contacts made are one step, as the refusal's Notice says.
		if (!logged) {
			this.writer.join(created);
			return;
		}
		// New contacts and a tick go in the log's own Notice: one action, one Undo.
		this.writer.join([...created, logged], logged.label);
	}

	/**
	 * Snooze as "not before this day", by each row's rule: a cadence row (or a contact's
	 * path, from the command) gets `next_follow_up` only when that is later than they are
	 * due now; a follow-up row has its task moved when it is owed (from its start date, else
	 * its due date) before that day; the other rows are skipped.
	 * Everything written is one undo step, and the Notice counts what was done and skipped.
	 */
	async snooze(targets: readonly SnoozeTarget[], until: Day): Promise<void> {
		const index = this.options.live.index;
		const today = this.today();
		const writes: { path: string; write: ContactWrite; what: string }[] = [];
		const skipped: string[] = [];
		const seen = new Set<string>();
		for (const target of targets) {
			const item = typeof target === 'string' ? undefined : target;
			const path = item?.path ?? (target as string);
			const name = item?.name ?? index.contact(path)?.name ?? baseName(path);
			const move = item ? snoozeMove(item) : { kind: 'cadence' as const };
			const key = move.kind === 'follow-up' ? `${move.task.path}:${move.task.line}` : `${move.kind}:${path}`;
			if (seen.has(key)) continue;
			seen.add(key);
			if (move.kind === 'none') {
				skipped.push(targets.length === 1 ? move.why : `${name}: ${move.why.charAt(0).toLowerCase()}${move.why.slice(1)}`);
			} else if (move.kind === 'cadence') {
				const due = this.cadenceDue(path, today);
				if (due !== undefined && due >= until) skipped.push(`${name} is not due until ${humanDay(due, today)}`);
				else writes.push({ path, write: { op: 'snooze', until }, what: name });
			} else {
				const snoozed = followUpSnooze(move.task, until);
				if ('write' in snoozed) writes.push({ path: move.task.path, write: snoozed.write, what: `${name}'s follow-up` });
				else skipped.push(`${name}'s follow-up '${move.task.text}' is not due until ${humanDay(snoozed.owedFrom, today)}`);
			}
		}
		if (writes.length === 0) {
			new Notice(skipped.length === 1 ? `${skipped[0] ?? ''}; nothing to snooze.` : `Nothing to snooze: ${skipped.join('; ')}.`);
			return;
		}
		const label = (done: { said: string }[]): string =>
			writes.length === 1 ? (done[0] ? `${writes[0]?.what ?? ''}: ${done[0].said}` : '') : `Snoozed ${done.length} until ${humanDay(until, today)}: ${writes.map((w) => w.what).join(', ')}`;
		const remark = skipped.length ? `Skipped ${skipped.length}: ${skipped.join('; ')}.` : undefined;
		await this.writer.writeAll(writes, { label, remark });
	}

	/** The day a contact is due by cadence (or `next_follow_up`) now, however far ahead. */
	private cadenceDue(path: string, today: Day): Day | undefined {
		const index = this.options.live.index;
		const contact = index.contact(path);
		if (!contact) return undefined;
		return itemsAheadFor(contact, index, today, this.settings()).find((item) => item.kind === 'cadence')?.due;
	}

	/**
	 * Makes a contact note from the template in settings (or the built-in one); a note
	 * already there is never overwritten: it is returned (and opened when asked) instead.
	 */
	async newContact(contact: NewContact, open = true): Promise<string | undefined> {
		return (await this.createContact(contact, open))?.path;
	}

	/** The contact a name means, by note name or alias, ignoring case. */
	private known(people: readonly PersonChoice[], name: string): PersonChoice | undefined {
		const wanted = name.trim().toLowerCase();
		return people.find((p) => p.name.toLowerCase() === wanted || (p.aliases ?? []).some((a) => a.toLowerCase() === wanted));
	}

	private async createContact(contact: NewContact, open: boolean, quiet = false): Promise<{ path: string; step?: UndoStep } | undefined> {
		const { app } = this.options;
		const settings = this.settings();
		const target = newContactPath(contact.name, settings);
		if (!target) {
			new Notice(`Rapport: '${contact.name}' has no characters a file name can use.`);
			return undefined;
		}
		const path = normalizePath(target);
		// Someone known by that name or an alias, or a note already at the path, is never made again.
		const existing = this.known(this.people(), contact.name) ?? this.known(this.people(), baseName(path));
		const existingFile = app.vault.getFileByPath(existing?.path ?? path);
		if (existingFile) {
			if (open) {
				new Notice(`${existingFile.path} already exists; opened it instead.`);
				await app.workspace.getLeaf(false).openFile(existingFile);
			}
			return { path: existingFile.path };
		}
		let template: string | undefined;
		const name = newContactTemplatePath(settings.newContactTemplate);
		if (name !== undefined) {
			const file = app.vault.getFileByPath(normalizePath(name));
			if (!file) {
				new Notice(`Rapport: the new-contact template ${name} is missing; nothing was created. Fix it in settings.`, 0);
				return undefined;
			}
			template = await app.vault.read(file);
		}
		const note = newContactText(contact, settings, { today: this.today(), time: formatTime(new Date()) }, parseYaml, template);
		if (!note.ok) {
			new Notice(`Rapport: ${note.reason}; nothing was created. Fix ${name ?? 'the template'} first.`, 0);
			return undefined;
		}
		const made = await this.writer.create(path, note.text, { quiet });
		if (made && open) await app.workspace.getLeaf(false).openFile(made.file);
		return made && { path: made.file.path, step: made.step };
	}

	today(): Day {
		return localToday();
	}

	/**
	 * Kept until the index moves or the day changes: views ask often. A rebuild makes a
	 * new index (its revision carries on from the old one's); which index it came from is
	 * checked too, so a queue from before a rebuild is never served after it.
	 */
	queue(): Queue {
		const index = this.options.live.index;
		const today = this.today();
		const cached = this.cached;
		if (cached?.index === index && cached.revision === index.revision && cached.today === today) return cached.queue;
		const queue = computeQueue(index, today, this.settings());
		this.cached = { index, revision: index.revision, today, queue };
		return queue;
	}

	nextDue(): QueueItem | undefined {
		return this.options.live.index.nextDue(this.today());
	}

	revision(): number {
		return this.options.live.index.revision;
	}

	ready(): boolean {
		return this.options.live.isReady;
	}

	contactCount(): number {
		return this.options.live.index.contactCount;
	}

	problems(): Problem[] {
		return this.options.live.index.problems();
	}

	settings(): RapportSettings {
		return this.options.settings();
	}

	saveSettings(settings: RapportSettings): Promise<void> {
		return this.options.saveSettings(settings);
	}

	folders(): string[] {
		return this.options.app.vault.getAllLoadedFiles().filter((f): f is TFolder => f instanceof TFolder && !f.isRoot()).map((f) => f.path).sort();
	}

	datedNotesDefaults(): Promise<{ folder: string; format: string }> {
		// What the Daily Notes or Periodic Notes settings say, as if Rapport had none of its own.
		return this.options.locateDatedNotes(defaultSettings());
	}

	openSettings(): void {
		// Obsidian has no public call for this; every plugin that offers the button uses it.
		const setting = (this.options.app as unknown as { setting?: { open(): void; openTabById(id: string): void } }).setting;
		setting?.open();
		setting?.openTabById(this.options.plugin.manifest.id);
	}
}

/** The notes these steps created. */
function createdBy(steps: readonly UndoStep[]): string[] {
	return steps.flatMap((step) => step.changes.filter((c) => c.before === null).map((c) => c.path));
}

/** The contacts an action made, as its Notice says them: "new contacts: Ana Ruiz, Ben Adler"; empty for none. */
function newContacts(paths: readonly string[]): string {
	return paths.length ? `new ${paths.length === 1 ? 'contact' : 'contacts'}: ${names(paths)}` : '';
}

/** Notes by name, as a Notice says them: "Ana Ruiz, Ben Adler". */
function names(paths: readonly string[]): string {
	return paths.map(baseName).join(', ');
}
