// The plugin's side of every write: the actions (src/actions) over the vault's note
// store, and the one Notice each action ends in: what it did with an Undo button, or why
// nothing was written. Undo last change and the Notices' Undo buttons undo through here.
import { Notice, type App } from 'obsidian';
import { Actions } from '../actions/actions';
import type { ActionContext } from '../actions/context';
import { ActionRunner, type Outcome, type UndoStep } from '../actions/runner';
import { VaultNoteStore } from './vaultNoteStore';

/** How long a Notice of what was done stays; one that says what went wrong stays until dismissed. */
const NOTICE_MS = 8000;

export class PluginWrites {
	readonly runner: ActionRunner;
	readonly actions: Actions;

	constructor(app: App, context: (store: VaultNoteStore) => ActionContext) {
		const store = new VaultNoteStore(app);
		this.runner = new ActionRunner(store);
		this.actions = new Actions(this.runner, () => context(store));
	}

	/**
	 * Awaits an action and says how it went. A failure the actions did not foresee (a disk
	 * error) is said too, and settles as a refusal, never as a rejection.
	 */
	async report<T>(
		action: Promise<Outcome<T>>,
		options: {
			quiet?: boolean | ((outcome: Outcome<T>) => boolean);
			/** Failures unsaid too: for writes nobody asked for. */ silent?: boolean;
			/** What the Notice says instead of the action's label. */
			label?: (outcome: Outcome<T>) => string;
			/** A button beside Undo, for what was done: "Triage" after an import brought in new people. */
			button?: (outcome: Outcome<T>) => { text: string; run: () => void } | undefined;
		} = {},
	): Promise<Outcome<T>> {
		let outcome: Outcome<T>;
		try {
			outcome = await action;
		} catch (error) {
			const message = `Rapport could not finish writing: ${error instanceof Error ? error.message : String(error)}`;
			if (!options.silent) new Notice(message, 0);
			return { ok: false, message, problems: [message], untouched: [], said: [], created: [] };
		}
		if (!outcome.ok) {
			if (!options.silent) new Notice(`${outcome.problems.join('. ')}.`, 0);
		} else if (!(typeof options.quiet === 'function' ? options.quiet(outcome) : options.quiet))
			this.notify(options.label?.(outcome) ?? outcome.message, outcome.step, outcome.remark, options.button?.(outcome));
		return outcome;
	}

	/** The newest step still on the undo list. */
	last(): UndoStep | undefined {
		return this.runner.last();
	}

	/** Undoes a step (the newest by default) and says so; false when nothing was undone. */
	async undo(step?: UndoStep): Promise<boolean> {
		let result: { ok: boolean; message: string };
		try {
			result = await this.runner.undo(step);
		} catch (error) {
			result = { ok: false, message: `Rapport could not finish undoing: ${error instanceof Error ? error.message : String(error)}` };
		}
		new Notice(result.message, result.ok || result.message === 'Rapport: nothing to undo.' ? undefined : 0);
		return result.ok;
	}

	/** The Notice for what an action did, with its Undo button when it changed anything. */
	private notify(label: string, step: UndoStep | undefined, remark?: string, extra?: { text: string; run: () => void }): void {
		let notice: Notice | undefined;
		const fragment = createFragment((el) => {
			el.createSpan({ text: label || 'Nothing changed.' });
			if (remark) el.createDiv({ text: remark });
			if (step) {
				const button = el.createEl('button', { cls: 'rapport-notice-undo', text: 'Undo' });
				button.addEventListener('click', (evt) => {
					// A click on a Notice also dismisses it; the undo says its own word.
					evt.stopPropagation();
					notice?.hide();
					void this.undo(step);
				});
			}
			if (extra) {
				const button = el.createEl('button', { cls: 'rapport-notice-undo', text: extra.text });
				button.addEventListener('click', (evt) => {
					evt.stopPropagation();
					notice?.hide();
					extra.run();
				});
			}
		});
		notice = new Notice(fragment, NOTICE_MS);
	}
}
