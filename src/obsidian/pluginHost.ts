// The plugin as the views see it (RapportHost): the queue from the live index, settings
// that re-index when saved, and the row actions through the note writer. The row actions
// that open a window are handed to the UI's dialogs (src/ui/dialogs.ts), given in the options.
import { Notice, TFile, TFolder, normalizePath, parseYaml, type App, type Plugin } from 'obsidian';
import { Actions } from '../actions/actions';
import type { ActionContext, Person } from '../actions/context';
import { nudgeRefusals, type LogRequest } from '../actions/log';
import type { MeetingChoice } from '../actions/meeting';
import type { NoteStore } from '../actions/noteStore';
import type { TriageChoice } from '../actions/triage';
import { formatTime, localToday, type Day } from '../domain/day';
import type { NewContact } from '../domain/newContact';
import { personDetails, type PersonDetails } from '../domain/person';
import { namesakeLabels, type NameLabel } from '../domain/namesakes';
import { withReadNames } from '../domain/propertyNames';
import { computeQueue, type Queue, type QueueItem, type UntriagedContact } from '../domain/queue';
import type { DatedNotesLocation } from '../domain/datedNotes';
import { defaultSettings, type RapportSettings, type SettingProblem } from '../domain/settings';
import { surveyVault, type VaultSurvey } from '../domain/vaultSurvey';
import type { ContactIndex, Problem } from '../index/contactIndex';
import { exportFileName, exported, personToExport } from '../domain/import/exportPeople';
import { readImport } from '../domain/import/readImport';
import { writeVcards } from '../domain/import/vcardWrite';
import type {
	DialogHost,
	ImportBackend,
	PersonHost,
	QueueActions,
	ReviewHost,
	RowDialogs,
	SettingsHost,
	SnoozeTarget,
	VaultStatus,
} from '../ui/host';
import type { ReviewNoteRequest } from '../actions/reviewNote';
import { inFolder } from '../domain/recognition';
import { computeReview, type NetworkReview } from '../domain/review/review';
import { ratingHistory, selfRating, type SelfRating } from '../domain/review/selfRating';
import type { ReviewInput } from '../domain/review/shared';
import { knownPlaces, whoIsThere, type KnownPerson, type Place, type WhoQuery } from '../domain/review/who';
import { formatDate } from './dates';
import type { LiveIndex } from './liveIndex';
import { PluginWrites } from './pluginWrites';

export interface PluginHostOptions {
	app: App;
	plugin: Plugin;
	live: LiveIndex;
	settings: () => RapportSettings;
	saveSettings: (settings: RapportSettings) => Promise<void>;
	/** Where daily notes are under these settings (the plugin reads Daily/Periodic Notes for it). */
	locateDatedNotes: (settings: RapportSettings) => Promise<DatedNotesLocation>;
	/** Where the last index build found daily notes, and whose settings said so. */
	located: () => DatedNotesLocation | undefined;
	/** What data.json held that could not be used, as last read. */
	settingsProblems: () => readonly SettingProblem[];
	/** Log interaction and New meeting note, opened from a row. */
	dialogs: RowDialogs;
	/** Shows a contact in the person panel, opening it when closed. */
	showPerson: (path: string) => void;
}

export class PluginHost implements SettingsHost, DialogHost, PersonHost, ReviewHost {
	readonly actions: QueueActions;
	/** Every write, its Notice and its undo. */
	readonly writer: PluginWrites;
	private cached?: { index: ContactIndex; revision: number; today: Day; queue: Queue };
	/** What an import reads, plans and writes with, before its Notice: the readers, the plan and the import action. */
	importParts: ImportBackend = {
		read: readImport,
		plan: (parsed, options) => this.writer.actions.importPlan(parsed, options),
		apply: (parsed, options, choice, progress) => this.writer.actions.importContacts(parsed, options, choice, progress),
	};
	private reviewInputOf?: { index: ContactIndex; input: ReviewInput };
	private labels?: { index: ContactIndex; revision: number; told: NameLabel };
	private reviewed?: { index: ContactIndex; revision: number; today: Day; ratings: string; review: NetworkReview };

	constructor(private readonly options: PluginHostOptions) {
		const writer = new PluginWrites(options.app, (store) => this.context(store));
		this.writer = writer;
		const { actions } = writer;
		this.actions = {
			open: async (path, newTab) => {
				const file = options.app.vault.getFileByPath(path);
				if (file instanceof TFile) await options.app.workspace.getLeaf(newTab ? 'tab' : false).openFile(file);
			},
			log: (paths, how) => options.dialogs.log(paths, how),
			meeting: (paths) => options.dialogs.meeting(paths),
			triage: () => options.dialogs.triage(),
			newContact: () => options.dialogs.newContact(),
			importContacts: () => options.dialogs.importContacts(),
			snooze: (targets, until) => this.snooze(targets, until),
			markDormant: async (paths) => void (await writer.report(actions.markDormant(paths))),
			tag: async (paths, tag) => void (await writer.report(actions.tag(paths, tag))),
			complete: async (path, line, text, due) => void (await writer.report(actions.completeFollowUp({ path, line, text, due }))),
			showPerson: (path) => options.showPerson(path),
		};
	}

	/** Everyone Log interaction can pick, by name and alias. */
	people(): Person[] {
		return this.options.live.index.contacts().map((c) => ({ name: c.name, path: c.path, aliases: c.aliases }));
	}

	/**
	 * Makes the meeting note (new people become contacts first), logs it on everyone when
	 * its day has come, as one undo step, and opens it. Returns the note's path.
	 */
	async newMeeting(choice: MeetingChoice, time?: string): Promise<string | undefined> {
		const outcome = await this.writer.report(this.actionsAt(time).meeting(choice));
		const made = outcome.ok ? outcome.value?.path : undefined;
		// Looked up as the store made it: Obsidian normalises the path (NFC, slashes).
		const file = made ? this.options.app.vault.getFileByPath(normalizePath(made)) : null;
		if (file) await this.options.app.workspace.getLeaf(false).openFile(file);
		return file?.path;
	}

	/**
	 * For an event note: everyone under "People met" followed up (src/actions/peopleMet.ts).
	 * Returns how many were followed up.
	 */
	async followUpPeopleMet(path: string): Promise<number> {
		const outcome = await this.writer.report(this.writer.actions.followUpPeopleMet(path));
		return outcome.ok ? (outcome.value ?? 0) : 0;
	}

	/** Logs one entry on each person, new names made contacts, the follow-up it was opened from ticked: one step. */
	async log(request: LogRequest): Promise<void> {
		await this.writer.report(this.writer.actions.log(request));
	}

	/** The log action's own check on a nudge (src/actions/log.ts), for the form to say before it closes. */
	logRefusal(request: LogRequest): string | undefined {
		const refused = nudgeRefusals(
			this.options.live.index,
			request.people.map((p) => p.path ?? p.name),
			request.entry,
		);
		return refused.length ? `${refused.map((r) => r.problem).join('. ')}.` : undefined;
	}

	/** Snooze as "not before this day", by each row's rule (src/actions/snooze.ts): one step. */
	async snooze(targets: readonly SnoozeTarget[], until: Day): Promise<void> {
		await this.writer.report(this.writer.actions.snooze(targets, until));
	}

	/**
	 * The import window's backend: the format readers, the plan against the index as it is
	 * now, and the import action, whose Notice says how many came in and how many wait in
	 * triage, with Undo and a button to triage them.
	 */
	importer(): ImportBackend {
		const parts = this.importParts;
		return {
			read: (format, text) => parts.read(format, text),
			plan: (parsed, options) => parts.plan(parsed, options),
			apply: (parsed, options, choice, progress) =>
				this.writer.report(parts.apply(parsed, options, choice, progress), {
					button: (outcome) => (outcome.value?.untriaged ? { text: 'Triage', run: () => this.options.dialogs.triage() } : undefined),
				}),
		};
	}

	/**
	 * Writes every contact as vCard 4.0 to a new file in the vault's root, named for today
	 * (never over a file), and says where and how many in a Notice. Returns the file's path.
	 */
	async exportVcard(): Promise<string | undefined> {
		const { app, live } = this.options;
		const contacts = live.index.contacts();
		if (contacts.length === 0) {
			new Notice('No contacts to export yet: contacts are notes in your contact folders, or with type: contact.');
			return undefined;
		}
		// Each note's text too: the words under its ## Notes go into the card, as the CLI's export does.
		const people = await Promise.all(
			contacts.filter(exported).map(async (contact) => {
				const file = app.vault.getFileByPath(contact.path);
				return personToExport(contact, this.settings(), file ? await app.vault.cachedRead(file) : undefined);
			}),
		);
		const path = normalizePath(exportFileName(this.today(), (p) => app.vault.getAbstractFileByPath(normalizePath(p)) !== null));
		try {
			await app.vault.create(path, writeVcards(people));
		} catch (error) {
			new Notice(`Rapport could not write ${path}: ${error instanceof Error ? error.message : String(error)}`, 0);
			return undefined;
		}
		new Notice(`Exported ${people.length === 1 ? '1 person' : `${people.length} people`} to ${path}.`);
		return path;
	}

	/** How every list names a contact, namesakes told apart over all the vault's contacts; kept until the index moves. */
	nameLabel(): NameLabel {
		const { index } = this.options.live;
		if (this.labels?.index !== index || this.labels.revision !== index.revision)
			this.labels = { index, revision: index.revision, told: namesakeLabels(index.contacts()) };
		return this.labels.told;
	}

	/** The new people the queue lists for triage. */
	untriaged(): UntriagedContact[] {
		return this.queue().untriaged;
	}

	/** Each new person's tie, or dormant (src/actions/triage.ts): one step. */
	async triage(choices: readonly TriageChoice[]): Promise<void> {
		await this.writer.report(this.writer.actions.triage(choices));
	}

	/**
	 * Makes a contact note from the template in settings (or the built-in one); a note
	 * already there is never overwritten: it is returned (and opened when asked) instead.
	 */
	async newContact(contact: NewContact, open = true): Promise<string | undefined> {
		const { app } = this.options;
		// A note already there is opened, not reported as made.
		const outcome = await this.writer.report(this.writer.actions.newContact(contact), { quiet: (o) => o.value?.existing !== undefined });
		const made = outcome.ok ? outcome.value : undefined;
		const file = made ? app.vault.getFileByPath(normalizePath(made.path)) : null;
		if (made?.existing && open && file) new Notice(`${made.path} already exists; opened it instead.`);
		if (open && file) await app.workspace.getLeaf(false).openFile(file);
		return file?.path ?? made?.path;
	}

	/** The actions, with `{{time}}` fixed to the time given (tests), else the clock's. */
	private actionsAt(time: string | undefined): Actions {
		return time === undefined
			? this.writer.actions
			: new Actions(this.writer.runner, () => ({ ...this.context(this.writer.runner.store), time }));
	}

	/** What the actions read while they plan: the vault's notes, the live index, settings and today. */
	private context(store: NoteStore): ActionContext {
		const { app, live } = this.options;
		return {
			store,
			index: live.index,
			settings: this.settings(),
			today: this.today(),
			time: formatTime(new Date()),
			formatDate,
			parseYaml,
			properties: (path) => {
				const file = app.vault.getFileByPath(path);
				const frontmatter = file ? app.metadataCache.getFileCache(file)?.frontmatter : undefined;
				return frontmatter && withReadNames(frontmatter, this.settings());
			},
			datedNotes: live.datedNotes,
		};
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
		return this.options.app.vault
			.getAllLoadedFiles()
			.filter((f): f is TFolder => f instanceof TFolder && !f.isRoot())
			.map((f) => f.path)
			.sort();
	}

	status(): VaultStatus | undefined {
		const { live } = this.options;
		if (!live.isReady || !live.datedNotes) return undefined;
		const { index } = live;
		return {
			contacts: index.contactCount,
			datedNotes: index.datedNoteCount,
			datedNotesAt: live.datedNotes.where,
			problemNotes: new Set(index.problems().map((p) => p.path)).size,
		};
	}

	settingsProblems(): readonly SettingProblem[] {
		return this.options.settingsProblems();
	}

	/** What the vault seems to hold, from every note's path and property names in the metadata cache. */
	survey(): VaultSurvey | undefined {
		const located = this.options.located();
		if (!this.options.live.isReady || !located) return undefined;
		const { app } = this.options;
		const notes = app.vault.getMarkdownFiles().map((file) => ({
			path: file.path,
			properties: Object.keys(app.metadataCache.getFileCache(file)?.frontmatter ?? {}),
		}));
		return surveyVault(notes, this.settings(), located);
	}

	datedNotesDefaults(): Promise<{ folder: string; format: string }> {
		// What the Daily Notes or Periodic Notes settings say, as if Rapport had none of its own.
		return this.options.locateDatedNotes(defaultSettings());
	}

	/** One contact as the person panel shows them, with what today's queue holds for them. */
	person(path: string): PersonDetails | undefined {
		const { index } = this.options.live;
		const contact = this.ready() ? index.contact(path) : undefined;
		if (!contact) return undefined;
		const queued = this.queue().sections.flatMap((section) => section.items);
		return personDetails(contact, index, this.today(), this.settings(), queued);
	}

	async logEntry(request: LogRequest): Promise<boolean> {
		return (await this.writer.report(this.writer.actions.log(request))).ok;
	}

	async tick(path: string, line: number, text: string, due?: Day): Promise<boolean> {
		return (await this.writer.report(this.writer.actions.completeFollowUp({ path, line, text, due }))).ok;
	}

	activeContact(): string | undefined {
		const file = this.options.app.workspace.getActiveFile();
		return file && this.ready() && this.options.live.index.contact(file.path) ? file.path : undefined;
	}

	async openNote(path: string, line?: number, newTab = false): Promise<void> {
		const { app } = this.options;
		const file = app.vault.getFileByPath(path);
		if (!(file instanceof TFile)) return;
		// The line is handed to the editor as Obsidian's own links to a heading or block do: it scrolls there.
		await app.workspace.getLeaf(newTab ? 'tab' : false).openFile(file, line === undefined ? undefined : { eState: { line } });
	}

	/**
	 * The index as the review reads it, with when each note was made: the plugin trusts the
	 * vault's file dates (the CLI does not; a clone resets them). One per index, with what
	 * changed since, so the review kept for it is brought up to date rather than redone.
	 */
	private reviewInput(): ReviewInput {
		const { app, live } = this.options;
		const index = live.index;
		if (this.reviewInputOf?.index === index) return this.reviewInputOf.input;
		const input: ReviewInput = {
			contacts: () => index.contacts(),
			contact: (path) => index.contact(path),
			stamp: () => index.stamp(),
			changedSince: (stamp) => index.changedSince(stamp),
			timeline: (path) => index.timeline(path),
			resolve: (target) => index.resolve(target),
			linkedFollowUps: (path) => index.linkedFollowUps(path),
			memo: (path, today, compute) => index.memo(path, today, compute),
			linkText: (path) => index.linkText(path),
			created: (path) => {
				const file = app.vault.getFileByPath(path);
				return file ? localToday(new Date(file.stat.ctime)) : undefined;
			},
		};
		this.reviewInputOf = { index, input };
		return input;
	}

	/** The review folder's notes. */
	private reviewFolderNotes(): TFile[] {
		const folder = this.settings().reviewFolder;
		return this.options.app.vault.getMarkdownFiles().filter((file) => inFolder(file.path, folder));
	}

	/** The self-ratings kept in the review folder's notes, from their properties in the metadata cache. */
	private ratings(): SelfRating[] {
		const { app } = this.options;
		const notes = this.reviewFolderNotes().map((file) => {
			const frontmatter = app.metadataCache.getFileCache(file)?.frontmatter;
			return { path: file.path, frontmatter: frontmatter && withReadNames(frontmatter, this.settings()) };
		});
		return ratingHistory(notes);
	}

	review(): NetworkReview | undefined {
		if (!this.ready()) return undefined;
		const index = this.options.live.index;
		const today = this.today();
		const history = this.ratings();
		const ratings = JSON.stringify(history);
		const kept = this.reviewed;
		if (kept?.index === index && kept.revision === index.revision && kept.today === today && kept.ratings === ratings) return kept.review;
		const review = computeReview(this.reviewInput(), today, this.settings(), history);
		this.reviewed = { index, revision: index.revision, today, ratings, review };
		return review;
	}

	places(): Place[] {
		return this.ready() ? knownPlaces(this.options.live.index, this.settings().contactTags) : [];
	}

	who(query: WhoQuery): KnownPerson[] {
		return this.ready() ? whoIsThere(this.options.live.index, query, this.today()) : [];
	}

	private reviewRequest(): ReviewNoteRequest {
		return { ratings: this.ratings(), reviewNotes: this.reviewFolderNotes().map((file) => file.path), input: this.reviewInput() };
	}

	async saveRating(yes: readonly string[]): Promise<boolean> {
		const rating = selfRating(this.today(), yes);
		return (await this.writer.report(this.writer.actions.saveRating(this.reviewRequest(), rating))).ok;
	}

	async createReviewNote(): Promise<string | undefined> {
		const outcome = await this.writer.report(this.writer.actions.reviewNote(this.reviewRequest()));
		return this.openMade(outcome.ok ? outcome.value : undefined);
	}

	async createContactsBase(): Promise<string | undefined> {
		const outcome = await this.writer.report(this.writer.actions.contactsBase());
		return this.openMade(outcome.ok ? outcome.value : undefined);
	}

	/** Opens a file an action made, looked up as the store made it (Obsidian normalises the path). */
	private async openMade(made: string | undefined): Promise<string | undefined> {
		const file = made ? this.options.app.vault.getFileByPath(normalizePath(made)) : null;
		if (file) await this.options.app.workspace.getLeaf(false).openFile(file);
		return file?.path;
	}

	openSettings(): void {
		// Obsidian has no public call for this; every plugin that offers the button uses it.
		const setting = (this.options.app as unknown as { setting?: { open(): void; openTabById(id: string): void } }).setting;
		setting?.open();
		setting?.openTabById(this.options.plugin.manifest.id);
	}
}
