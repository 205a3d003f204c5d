// The windows Rapport opens for a command or a queue row: Log interaction, New meeting
// note, New contact, Snooze until, Triage and Import contacts. Each hands what was typed to the plugin host, which
// writes it through the actions; nothing here writes a note. Each gives the keyboard back
// where it was when it closes (modalFocus.ts).
import type { App } from 'obsidian';
import { newContactFolder } from '../domain/newContact';
import type { InteractionKind } from '../domain/interactions';
import type { QueueItem } from '../domain/queue';
import { followUpTaskOf } from '../domain/snooze';
import type { TemplateId } from '../domain/templates';
import type { DialogHost } from './host';
import { ImportModal } from './importModal';
import { openReturningFocus } from './modalFocus';
import { LogInteractionModal, type PersonChoice } from './logModal';
import { NewMeetingModal } from './meetingModal';
import { NewContactModal } from './newContactModal';
import { SnoozeDateModal } from './snoozeDateModal';
import { TriageModal } from './triageModal';

export class Dialogs {
	constructor(
		private readonly app: App,
		private readonly host: DialogHost,
	) {}

	/**
	 * Opens Log interaction with these contacts picked (as a nudge on their ask, from an
	 * awaiting-reply row); the modal is returned for tests.
	 */
	openLog(paths: readonly string[], options: { nudge?: boolean; followUp?: QueueItem; kind?: InteractionKind } = {}): LogInteractionModal {
		const mark = options.nudge ? 'nudge' : undefined;
		const done = options.followUp && followUpTaskOf(options.followUp);
		const modal = new LogInteractionModal(this.app, {
			...this.pickable(paths),
			today: this.host.today(),
			mark,
			done,
			kind: options.kind,
			onSubmit: (request) => this.host.log(request),
			refusal: (request) => this.host.logRefusal(request),
		});
		return openReturningFocus(modal);
	}

	/** Opens New meeting note with these contacts picked; the modal is returned for tests. */
	openMeeting(paths: readonly string[], template?: TemplateId): NewMeetingModal {
		const modal = new NewMeetingModal(this.app, {
			...this.pickable(paths),
			today: this.host.today(),
			template,
			templatesFolder: this.host.settings().templatesFolder,
			onSubmit: async (choice) => {
				await this.host.newMeeting(choice);
			},
		});
		return openReturningFocus(modal);
	}

	/** Opens New contact; the note is made from the template in settings. */
	openNewContact(): NewContactModal {
		const modal = new NewContactModal(this.app, (contact) => void this.host.newContact(contact));
		return openReturningFocus(modal);
	}

	/** Asks for the day these contacts come back, then snoozes them until it. */
	openSnooze(paths: readonly string[]): SnoozeDateModal {
		const modal = new SnoozeDateModal(this.app, this.host.today(), (until) => void this.host.snooze(paths, until));
		return openReturningFocus(modal);
	}

	/** Opens the list of new people to triage; the choices are written when it closes. */
	openTriage(): TriageModal {
		const modal = new TriageModal(this.app, this.host.untriaged(), (choices) => void this.host.triage(choices), this.host.nameLabel());
		return openReturningFocus(modal);
	}

	/** Opens Import contacts: a file, its plan, and Import; the modal is returned for tests. */
	openImport(): ImportModal {
		const modal = new ImportModal(this.app, {
			backend: this.host.importer(),
			defaultFolder: newContactFolder(this.host.settings()),
			folders: () => this.host.folders(),
		});
		return openReturningFocus(modal);
	}

	/** Everyone a picker offers, worked out once per modal, and those of them at these paths. */
	private pickable(paths: readonly string[]): { contacts: () => readonly PersonChoice[]; initial: PersonChoice[] } {
		const people = this.host.people();
		const initial = paths.map((path) => people.find((p) => p.path === path)).filter((p): p is PersonChoice => p !== undefined);
		return { contacts: () => people, initial };
	}
}
