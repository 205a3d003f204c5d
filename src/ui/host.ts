// What the views need from the plugin, as an interface: the queue view, the settings tab
// and the dialogs are built and tested against this, not against the plugin class. The one
// module src/obsidian and src/ui both import (lint holds every other import between them).
import type { EventRef } from 'obsidian';
import type { Person } from '../actions/context';
import type { LogRequest } from '../actions/log';
import type { MeetingChoice } from '../actions/meeting';
import type { SnoozeTarget } from '../actions/snooze';
import type { Day } from '../domain/day';
import type { InteractionKind } from '../domain/interactions';
import type { NewContact } from '../domain/newContact';
import type { Queue, QueueItem } from '../domain/queue';
import type { RapportSettings } from '../domain/settings';
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

/** The row actions that open a window (src/ui/dialogs.ts): the plugin host passes them on. */
export type RowDialogs = Pick<QueueActions, 'log' | 'meeting'>;

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
}
