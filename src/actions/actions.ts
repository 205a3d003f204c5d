// Every action a user can take on their notes, written once: the plugin's views and
// commands and the CLI's commands call these, each host with its own note store and
// index. Each action plans every note it touches, checks them all, then writes them all
// or none, as one undo step (src/actions/runner.ts).
import type { NewContact } from '../domain/newContact';
import type { ContactWrite } from '../domain/contactWrites';
import type { Day } from '../domain/day';
import type { FollowUpTask } from '../domain/snooze';
import { Draft } from './changes';
import { planWrites, type Done } from './contactEdits';
import type { ActionContext } from './context';
import type { ImportChoice, ImportOptions, ImportPlan, ParsedImport } from '../domain/import/types';
import { currentImportPlan, planImportContacts, type ImportDone } from './importContacts';
import { planLog, type LogRequest } from './log';
import { planMeeting, type MeetingChoice, type MeetingMade } from './meeting';
import { planNewContact, type ContactNote } from './newContact';
import { planPeopleMet } from './peopleMet';
import { planReachOuts } from './reachOut';
import { planContactsBase } from './contactsBase';
import { planReviewNote, planSaveRating, type ReviewNoteRequest } from './reviewNote';
import type { SelfRating } from '../domain/review/selfRating';
import type { ActionRunner, Outcome } from './runner';
import { planSnooze, type SnoozeTarget } from './snooze';
import { planTriage, type TriageChoice } from './triage';

export class Actions {
	constructor(
		readonly runner: ActionRunner,
		/** The context as it is now: asked again when an action plans again. */
		private readonly context: () => ActionContext,
	) {}

	log(request: LogRequest): Promise<Outcome<Done[]>> {
		return this.runner.perform(() => planLog(this.context(), request));
	}

	newContact(contact: NewContact): Promise<Outcome<ContactNote>> {
		return this.runner.perform(() => {
			const ctx = this.context();
			return planNewContact(ctx, new Draft(ctx.store), contact);
		});
	}

	meeting(choice: MeetingChoice): Promise<Outcome<MeetingMade>> {
		return this.runner.perform(() => planMeeting(this.context(), choice));
	}

	followUpPeopleMet(path: string): Promise<Outcome<number>> {
		return this.runner.perform(() => planPeopleMet(this.context(), path));
	}

	snooze(targets: readonly SnoozeTarget[], until: Day): Promise<Outcome<Done[]>> {
		return this.runner.perform(() => planSnooze(this.context(), targets, until));
	}

	markDormant(paths: readonly string[]): Promise<Outcome<Done[]>> {
		return this.each(paths, { op: 'dormant' });
	}

	/** Writes each new person's tie (or dormant), all as one undo step. */
	triage(choices: readonly TriageChoice[]): Promise<Outcome<Done[]>> {
		return this.runner.perform(() => planTriage(this.context(), choices));
	}

	tag(paths: readonly string[], tag: string): Promise<Outcome<Done[]>> {
		return this.each(paths, { op: 'tag', tag });
	}

	/** Ticks a follow-up (`- [x] … ✅ today`), found by its words and due date where the queue saw it, or where an edit moved it. */
	completeFollowUp(task: Pick<FollowUpTask, 'path' | 'line' | 'text'> & { due?: Day }, label?: string): Promise<Outcome<Done[]>> {
		const write: ContactWrite = { op: 'complete', line: task.line, text: task.text, due: task.due };
		return this.runner.perform(() => {
			const ctx = this.context();
			return planWrites(ctx, new Draft(ctx.store), [{ path: task.path, write }], label);
		});
	}

	/** What importing the file would do now, with nothing written: the plan the user reviews. */
	importPlan(parsed: ParsedImport, options: ImportOptions): ImportPlan {
		return currentImportPlan(this.context(), parsed, options);
	}

	/**
	 * Imports what the user kept of a file's plan (planned again from the notes as they are
	 * now), all as one undo step; `progress` is told of each note written.
	 */
	importContacts(
		parsed: ParsedImport,
		options: ImportOptions,
		choice: ImportChoice,
		progress?: (done: number, total: number) => void,
	): Promise<Outcome<ImportDone>> {
		return this.runner.perform(() => planImportContacts(this.context(), parsed, options, choice), progress);
	}

	addReachOuts(path: string, lines: readonly string[]): Promise<Outcome<boolean>> {
		return this.runner.perform(() => planReachOuts(this.context(), path, lines));
	}

	/** Writes today's network review as a new note in the review folder (with a self-rating, when given); its path is the value. */
	reviewNote(request: ReviewNoteRequest, rating?: SelfRating): Promise<Outcome<string>> {
		return this.runner.perform(() => planReviewNote(this.context(), request, rating));
	}

	/** Saves a self-rating in today's review note's properties (or a new review note); its path is the value. */
	saveRating(request: ReviewNoteRequest, rating: SelfRating): Promise<Outcome<string>> {
		return this.runner.perform(() => planSaveRating(this.context(), request, rating));
	}

	/** Writes a Bases file over the contact notes, never over a file there; its path is the value. */
	contactsBase(): Promise<Outcome<string>> {
		return this.runner.perform(() => planContactsBase(this.context()));
	}

	undo(): Promise<{ ok: boolean; message: string }> {
		return this.runner.undo();
	}

	private each(paths: readonly string[], write: ContactWrite): Promise<Outcome<Done[]>> {
		return this.runner.perform(() => {
			const ctx = this.context();
			return planWrites(
				ctx,
				new Draft(ctx.store),
				paths.map((path) => ({ path, write })),
			);
		});
	}
}
