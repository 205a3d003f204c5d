// Where the keyboard goes when one of Rapport's windows closes: back to where it was when
// the window opened (a queue row's list, the button that opened it), as the WAI-ARIA dialog
// pattern asks. Obsidian's Modal documents no such thing: it restores the text selection
// (shouldRestoreSelection), which puts an editor's caret back but leaves a list or a button
// without the focus. Every Rapport modal is opened through this one helper.
import type { Modal } from 'obsidian';

/** Rapport's windows open now, in the order they opened: each with where its focus goes back to. */
const opened = new Map<Modal, () => HTMLElement | undefined>();

/**
 * What had the keyboard: an element that can take it back, not the page itself. A button
 * inside a list's row (a queue row's Log, clicked) is not a tab stop, so the list it is in
 * takes the keyboard back instead, where the arrow keys work.
 */
function focusedNow(modal: Modal): HTMLElement | undefined {
	const focused = modal.containerEl.ownerDocument.activeElement;
	if (!focused || focused === focused.ownerDocument.body) return undefined;
	const list = focused.closest('[role="option"]')?.closest<HTMLElement>('[role="listbox"]');
	if (list && list.tabIndex >= 0) return list;
	return typeof (focused as HTMLElement).focus === 'function' ? (focused as HTMLElement) : undefined;
}

/**
 * Opens a modal; when it closes, by Escape, a button or a click outside, focus goes back to
 * what had it at opening, if that is still on the page. A window opened from another (Who do
 * I know at… from its picker) goes back to where the first one would have, once it is gone.
 * Focus moved on later (a new note opened once written) stays where it was moved.
 */
export function openReturningFocus<M extends Modal>(modal: M): M {
	const back = focusedNow(modal);
	const outer = back ? [...opened].find(([other]) => other.containerEl.contains(back))?.[1] : undefined;
	const returnTo = (): HTMLElement | undefined => (back?.isConnected ? back : outer?.());
	opened.set(modal, returnTo);
	const close = modal.close.bind(modal);
	modal.close = (): void => {
		close();
		const later = [...opened.keys()].indexOf(modal) < opened.size - 1;
		opened.delete(modal);
		// A window opened after this one is still up: it has the keyboard, and gives it back when it closes.
		if (later) return;
		const to = returnTo();
		if (to && to.ownerDocument.activeElement !== to) to.focus();
	};
	modal.open();
	return modal;
}
