// The person panel: one contact at a glance in the sidebar, following the note in the
// editor or the queue's highlighted row. Its body is drawn by personSections.ts; the quick
// log at its foot (personQuickLog.ts) is built once, so a re-render never loses what is
// being typed. It re-renders only when shown and when what it shows changed.
import { ItemView, type ViewStateResult, type WorkspaceLeaf } from 'obsidian';
import type { Day } from '../domain/day';
import type { PersonDetails } from '../domain/person';
import { INDEX_CHANGED, PERSON_VIEW_TYPE, QUEUE_HIGHLIGHT, QUEUE_VIEW_TYPE, type PersonHost } from './host';
import { PersonQuickLog } from './personQuickLog';
import { drawPerson, drawMessage } from './personSections';

// Midnight moves "due in 3 days" with nothing edited: look at the clock now and then.
const DAY_CHECK_MS = 60_000;
/** Leaves whose becoming active says nothing about whom to show: the panel itself, and the queue (its highlight does). */
const OWN_VIEWS: ReadonlySet<string> = new Set([PERSON_VIEW_TYPE, QUEUE_VIEW_TYPE]);

interface PersonPanelState {
	path?: string;
}

export class PersonPanel extends ItemView {
	/** The contact shown. A note that is no contact becoming active leaves it: a daily note opened from the timeline, say. */
	private path: string | undefined = undefined;
	/** What was last read: the index revision, the day and the contact; a refresh with none moved does nothing. */
	private read: { revision: number; today: Day; path: string | undefined; ready: boolean } | undefined = undefined;
	/** What the body shows, as text: drawn again only when it differs. */
	private drawn = '';
	/** Something moved while the pane was hidden: read again when it is shown. */
	private stale = false;
	private opened = false;
	/** The queue's highlight, while the keyboard was in the panel: shown once it leaves. */
	private waiting: string | undefined = undefined;
	private readonly bodyEl: HTMLElement;
	private readonly quickLog: PersonQuickLog;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly host: PersonHost,
	) {
		super(leaf);
		this.contentEl.addClass('rapport-person-view');
		this.bodyEl = this.contentEl.createDiv({ cls: 'rapport-person-body' });
		this.quickLog = new PersonQuickLog(this.contentEl.createDiv({ cls: 'rapport-person-log' }), host);
	}

	getViewType(): string {
		return PERSON_VIEW_TYPE;
	}

	getDisplayText(): string {
		return 'Person';
	}

	override getIcon(): string {
		return 'user';
	}

	/** The contact shown, if any. */
	get shownPath(): string | undefined {
		return this.path;
	}

	override async onOpen(): Promise<void> {
		this.opened = true;
		const { workspace, vault } = this.app;
		this.registerEvent(workspace.on('file-open', (file) => this.follow(file?.path)));
		this.registerEvent(
			workspace.on('active-leaf-change', (leaf) => {
				if (leaf && !OWN_VIEWS.has(leaf.getViewState().type)) this.follow(workspace.getActiveFile()?.path);
				// A sidebar tab brought to the front catches up with what moved while it was hidden.
				else this.refresh();
			}),
		);
		this.registerEvent(workspace.on(QUEUE_HIGHLIGHT, (path) => this.fromQueue(path)));
		// Typing in the panel is done with the person it was for: then it catches up with the queue.
		this.registerDomEvent(this.containerEl, 'focusout', (evt) => {
			const next = evt.relatedTarget;
			if (next instanceof Node && this.containerEl.contains(next)) return;
			const waiting = this.waiting;
			this.waiting = undefined;
			if (waiting) this.show(waiting);
		});
		this.registerEvent(workspace.on(INDEX_CHANGED, () => this.refresh()));
		this.registerEvent(workspace.on('layout-change', () => this.refresh()));
		this.registerEvent(
			vault.on('rename', (file, oldPath) => {
				if (oldPath !== this.path) return;
				this.path = file.path;
				this.refresh();
			}),
		);
		this.registerInterval(window.setInterval(() => this.refresh(), DAY_CHECK_MS));
		this.path ??= this.host.activeContact();
		this.refresh();
		await super.onOpen();
	}

	override getState(): Record<string, unknown> {
		return { ...super.getState(), ...(this.path ? { path: this.path } : {}) };
	}

	override async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const saved = (state ?? {}) as PersonPanelState;
		// Taken as it is: restored with the workspace, it comes before the index is ready to say who is a contact.
		if (typeof saved.path === 'string' && saved.path !== this.path) {
			this.path = saved.path;
			this.refresh();
		}
		await super.setState(state, result);
	}

	/**
	 * The queue's highlight moved to this person. While the keyboard is in the panel (the
	 * quick log), the person stays: a log that takes its row out of the queue moves the
	 * highlight, and the next Enter would log on someone else.
	 */
	private fromQueue(path: string): void {
		const active = this.containerEl.ownerDocument.activeElement;
		if (active instanceof Node && this.containerEl.contains(active)) this.waiting = path;
		else this.show(path);
	}

	/** Shows this contact (a queue row's, the command's); a path that is no contact changes nothing. */
	show(path: string): void {
		if (path === this.path || !this.host.ready() || !this.host.person(path)) return;
		this.path = path;
		this.refresh();
	}

	/** Reads again and draws, when the index, the day or the person moved; not while hidden, then on showing. */
	refresh(): void {
		if (!this.opened) return;
		// Nobody shown yet (the index was not ready when the panel opened): the note in the editor.
		this.path ??= this.host.activeContact();
		const now = { revision: this.host.revision(), today: this.host.today(), path: this.path, ready: this.host.ready() };
		const read = this.read;
		const moved = !read || read.revision !== now.revision || read.today !== now.today || read.path !== now.path || read.ready !== now.ready;
		if (!moved && !this.stale) return;
		if (!this.containerEl.isShown()) {
			this.stale = true;
			return;
		}
		this.stale = false;
		this.read = now;
		this.draw(now.ready && now.path ? this.host.person(now.path) : undefined, now.ready);
	}

	/** The note now active: shown when it is a contact, else the person stays. */
	private follow(path: string | undefined): void {
		if (path) this.show(path);
		else this.refresh();
	}

	private draw(details: PersonDetails | undefined, ready: boolean): void {
		// A daily note edited elsewhere moves the revision but not this person: nothing is redrawn, and the scroll stays.
		const shown = JSON.stringify({ ready, path: this.path, details, today: this.host.today() });
		if (shown === this.drawn) return;
		this.drawn = shown;
		this.bodyEl.empty();
		this.quickLog.setPerson(details);
		if (!ready) drawMessage(this.bodyEl, 'Indexing your vault…');
		else if (!details && this.path)
			drawMessage(this.bodyEl, 'Open a contact note to see the person here', `${this.path} is no contact any more.`);
		else if (!details) drawMessage(this.bodyEl, 'Open a contact note to see the person here', 'Or highlight a row in the follow-up queue.');
		else
			drawPerson(this.bodyEl, details, {
				today: this.host.today(),
				open: (path, line, newTab) => void this.host.openNote(path, line, newTab),
				tick: (path, line, text, due) => this.host.tick(path, line, text, due),
				linkPath: (target, from) => this.app.metadataCache.getFirstLinkpathDest(target, from)?.path,
			});
	}
}
