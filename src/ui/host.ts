// What the views need from the plugin, as an interface: the queue view, the settings tab
// and the dialogs are built and tested against this, not against the plugin class. The one
// module src/obsidian and src/ui both import (lint holds every other import between them).
import type { EventRef } from 'obsidian';
import type { Person } from '../actions/context';
import type { LogRequest } from '../actions/log';
import type { MeetingChoice } from '../actions/meeting';
import type { SnoozeTarget } from '../actions/snooze';
import type { TriageChoice } from '../actions/triage';
import type { Outcome } from '../actions/runner';
import type { Day } from '../domain/day';
import type { ImportDone } from '../actions/importContacts';
import type { ImportChoice, ImportFormat, ImportOptions, ImportPlan, ParsedImport, ParseOutcome } from '../domain/import/types';
import type { InteractionKind } from '../domain/interactions';
import type { NewContact } from '../domain/newContact';
import type { PersonDetails } from '../domain/person';
import type { Queue, QueueItem, UntriagedContact } from '../domain/queue';
import type { NetworkReview } from '../domain/review/review';
import type { KnownPerson, Place, WhoQuery } from '../domain/review/who';
import type { NameLabel } from '../domain/namesakes';
import type { RapportSettings, SettingProblem } from '../domain/settings';
import type { VaultSurvey } from '../domain/vaultSurvey';
import type { Problem } from '../index/contactIndex';

export const QUEUE_VIEW_TYPE = 'rapport-queue';

/** Fired on the workspace, debounced, when the index moved: views refresh on it. */
export const INDEX_CHANGED = 'rapport:index-changed';

declare module 'obsidian' {
	interface Workspace {
		/** Rapport's index moved; the argument is its revision. */
		on(name: typeof INDEX_CHANGED, callback: (revision: number) => unknown, ctx?: unknown): EventRef;
	}
}

export const PERSON_VIEW_TYPE = 'rapport-person';

/** Fired on the workspace by the queue when its highlight moves to another person: the person panel follows it. */
export const QUEUE_HIGHLIGHT = 'rapport:queue-highlight';

declare module 'obsidian' {
	interface Workspace {
		/** The queue's highlighted row is now about this contact. */
		on(name: typeof QUEUE_HIGHLIGHT, callback: (path: string) => unknown, ctx?: unknown): EventRef;
	}
}

export type { SnoozeTarget };

export interface QueueActions {
	/** Opens the contact's note; in a new tab when asked (middle-click, or the menu). */
	open(path: string, newTab: boolean): Promise<void>;
	/**
	 * Opens Log interaction with these contacts picked; `nudge` marks it as the nudge on
	 * their ask; `followUp`, a follow-up row the log may tick done too.
	 */
	log(paths: readonly string[], options?: { nudge?: boolean; followUp?: QueueItem; kind?: InteractionKind }): void;
	/** Opens New meeting note with these contacts picked. */
	meeting(paths: readonly string[]): void;
	/** Opens the triage list of new people (no tie, cadence or status). */
	triage(): void;
	/** Runs New contact, as the command does (the empty queue's first step). */
	newContact(): void;
	/** Runs Import contacts, as the command does (the empty queue's other first step). */
	importContacts(): void;
	/**
	 * Not before `until`, each by its row's rule (src/domain/snooze.ts): a cadence gets
	 * `next_follow_up` when that is later than it is due now, a follow-up its due date
	 * moved; other rows are skipped. One undo step; the Notice says what was done and skipped.
	 */
	snooze(targets: readonly SnoozeTarget[], until: Day): Promise<void>;
	/** Writes `status: dormant` on each, as one undo step, and says so in a Notice. */
	markDormant(paths: readonly string[]): Promise<void>;
	/** Adds a tag to each, as one undo step. */
	tag(paths: readonly string[], tag: string): Promise<void>;
	/**
	 * Ticks a follow-up task (`- [x] … ✅ today`), found by its words and due date, on
	 * `line` or, if an edit moved it, wherever it is now.
	 */
	complete(path: string, line: number, text: string, due?: Day): Promise<void>;
	/** Shows the contact in the person panel, opening the panel when it is closed. */
	showPerson(path: string): void;
}

export interface RapportHost {
	/** Today where the user is. */
	today(): Day;
	/** The follow-up queue now; cheap to call again when nothing changed. */
	queue(): Queue;
	/** The first item due after today however far ahead, for the "nobody due" message. */
	nextDue(): QueueItem | undefined;
	/** Moves whenever the index changes; a view re-renders only when it moved. */
	revision(): number;
	/** False until the first index build is done. */
	ready(): boolean;
	/** How many contacts the index knows (for the empty state). */
	contactCount(): number;
	/** How a list names a contact: two contacts with one name told apart by a bracket (src/domain/namesakes.ts). */
	nameLabel(): NameLabel;
	/** The notes the index could not read, or read with a problem, and why. */
	problems(): Problem[];
	settings(): RapportSettings;
	/** Saves new settings; the index is rebuilt with them. */
	saveSettings(settings: RapportSettings): Promise<void>;
	/** Folders of the vault, for folder suggestions. */
	folders(): string[];
	/** Where the Daily Notes / Periodic Notes settings put daily notes, to pre-fill settings. */
	datedNotesDefaults(): Promise<{ folder: string; format: string }>;
	openSettings(): void;
	actions: QueueActions;
}

/** The settings tab's status line, measured now. */
export interface VaultStatus {
	contacts: number;
	/** Notes the index counts as dated notes, and where it looks for them. */
	datedNotes: number;
	datedNotesAt: { folder: string; format: string; anywhere: boolean };
	/** Notes with a problem, counted as the queue's foot counts them. */
	problemNotes: number;
}

/** What the settings tab reads besides: its status line, data.json's problems, and what the vault seems to hold. */
export interface SettingsHost extends RapportHost {
	/** Undefined until the first index build is done. */
	status(): VaultStatus | undefined;
	/** What data.json held that could not be used when it was last read; the defaults stand in. */
	settingsProblems(): readonly SettingProblem[];
	/**
	 * Where the vault seems to keep people and daily notes, measured now; undefined before the
	 * first index build.
	 */
	survey(): VaultSurvey | undefined;
}

/** The row actions that open a window (src/ui/dialogs.ts): the plugin host passes them on. */
export type RowDialogs = Pick<QueueActions, 'log' | 'meeting' | 'triage' | 'newContact' | 'importContacts'>;

/**
 * What the windows (src/ui/dialogs.ts) read and hand what was typed to: the plugin host,
 * which writes it through the actions. Opening a window is the UI's job; writing is not.
 */
export interface DialogHost {
	today(): Day;
	settings(): RapportSettings;
	/** Everyone a people picker offers, by name and alias. */
	people(): Person[];
	/** Logs one entry on each person, new names made contacts: one undo step. */
	log(request: LogRequest): Promise<void>;
	/** Why the log would be refused before anything is tried (a nudge with no ask awaiting a reply), in a sentence. */
	logRefusal(request: LogRequest): string | undefined;
	/** Makes the meeting note, logs it, and opens it; its path, or undefined when nothing was made. */
	newMeeting(choice: MeetingChoice): Promise<string | undefined>;
	/** Makes a contact note and opens it (or the one already there); its path. */
	newContact(contact: NewContact): Promise<string | undefined>;
	snooze(targets: readonly SnoozeTarget[], until: Day): Promise<void>;
	/** The new people to triage now, in name order. */
	untriaged(): UntriagedContact[];
	/** How the list names a contact: two contacts with one name told apart by a bracket (src/domain/namesakes.ts). */
	nameLabel(): NameLabel;
	/** Writes each choice (a tie, or dormant): one undo step for the batch. */
	triage(choices: readonly TriageChoice[]): Promise<void>;
	/** Folders of the vault, for the import's folder field. */
	folders(): string[];
	/** What the import window reads files with, plans with and writes through. */
	importer(): ImportBackend;
}

/** How far a long write has got: `done` of `total` notes. */
export type ImportProgress = (done: number, total: number) => void;

/**
 * The import window's view of the import (src/ui/importModal.ts): the format readers, the
 * plan against the contacts there now, and the action that writes what the user kept.
 */
export interface ImportBackend {
	/** One file's text in one format: the people it holds, or why it is not that format. */
	read(format: ImportFormat, text: string): ParseOutcome;
	/** What importing them would do now; nothing is written. */
	plan(parsed: ParsedImport, options: ImportOptions): ImportPlan;
	/** Writes the plan as kept, as one undo step, and says so in a Notice (with Undo, and a way to triage). */
	apply(parsed: ParsedImport, options: ImportOptions, choice: ImportChoice, progress: ImportProgress): Promise<Outcome<ImportDone>>;
}

/** What the person panel (src/ui/personPanel.ts) reads and does, besides what the queue does. */
export interface PersonHost extends RapportHost {
	/** Everything the panel shows about a contact; undefined when the note is no contact (any more) or the index is not ready. */
	person(path: string): PersonDetails | undefined;
	/** The note in the active editor, when it is a contact. */
	activeContact(): string | undefined;
	/** Opens a note in the main area, at a line when given (a logged interaction's). */
	openNote(path: string, line?: number, newTab?: boolean): Promise<void>;
	/** Logs one entry (the quick log), with Undo in its Notice; false when nothing was written (the Notice says why). */
	logEntry(request: LogRequest): Promise<boolean>;
	/** Ticks a follow-up through the same action as the queue's, with Undo in its Notice; false when nothing was written. */
	tick(path: string, line: number, text: string, due?: Day): Promise<boolean>;
}

export const REVIEW_VIEW_TYPE = 'rapport-review';

/** What the network review view, the `rapport` code block and "Who do I know at…" read and do. */
export interface ReviewHost extends RapportHost {
	/** The network review today; undefined until the index is ready. Kept until the index, the day or a self-rating moves. */
	review(): NetworkReview | undefined;
	/** Every company, tag and place known in the vault, most people first. */
	places(): Place[];
	/** The people at a company, with a tag or in a place: strongest tie first. */
	who(query: WhoQuery): KnownPerson[];
	/** Opens a note in the main area, at a line when given. */
	openNote(path: string, line?: number, newTab?: boolean): Promise<void>;
	/** Saves today's self-rating (the questions answered yes) in today's review note, with Undo; false when nothing was written. */
	saveRating(yes: readonly string[]): Promise<boolean>;
	/** Writes today's review as a note in the review folder, with Undo, and opens it; its path, or undefined when nothing was written. */
	createReviewNote(): Promise<string | undefined>;
	/** Writes People.base (never over a file there), with Undo, and opens it; its path, or undefined. */
	createContactsBase(): Promise<string | undefined>;
}
