// The queue's empty states, each saying why the list is empty and what to do ("No contacts
// found: a note is a contact when it is in People/ …"), never a blank pane.
import type { RapportSettings } from '../domain/settings';

/** Text in an empty-state message, or a bit of it shown as code. */
export type MessagePart = string | { code: string };

/** A button under a message: each runs what the command of that name does. */
export type MessageButton = 'new-contact' | 'import-contacts' | 'settings';

const BUTTON_TEXT: Record<MessageButton, string> = {
	'new-contact': 'New contact',
	'import-contacts': 'Import contacts',
	settings: 'Open settings',
};

export interface QueueMessage {
	title?: string;
	body?: string | MessagePart[];
	/** Buttons under it, the first the main one. */
	buttons?: MessageButton[];
}

/** How contacts are recognised, with property names and values as code. */
export function recognitionHint(settings: RapportSettings): MessagePart[] {
	const ways: MessagePart[][] = [];
	const folders = settings.contactFolders.filter((f) => f.trim());
	if (folders.length) ways.push([`in ${folders.map((f) => `${f}/`).join(' or ')}`]);
	if (settings.contactTags.length) ways.push([`tagged ${settings.contactTags.map((t) => `#${t}`).join(' or ')}`]);
	if (settings.markerKey) ways.push(['with ', { code: `${settings.markerKey}: ${settings.markerValue}` }, ' in its properties']);
	if (settings.categoryKey) ways.push(['with ', { code: settings.categoryKey }, ` containing [[${settings.categoryValue}]]`]);
	if (ways.length === 0) return ['No rule recognises contacts yet. Change these rules in settings.'];
	const parts: MessagePart[] = ['A note is a contact when it is '];
	ways.forEach((way, i) => parts.push(...(i ? [', or ', ...way] : way)));
	parts.push('. Change these rules in settings.');
	return parts;
}

/** The element a message is shown in, written to only when the message changed. */
export class QueueMessageEl {
	private shown: string | undefined = undefined;

	constructor(
		private readonly el: HTMLElement,
		private readonly run: (button: MessageButton) => void,
	) {}

	show(message: QueueMessage | undefined): void {
		// Unchanged on most refreshes: leave the DOM alone so the pane need not be laid out again.
		const body = typeof message?.body === 'string' ? [message.body] : message?.body;
		const signature = message
			? [message.title, body?.map((part) => (typeof part === 'string' ? part : `\`${part.code}\``)).join(''), message.buttons?.join()].join(
					'\u0000',
				)
			: '';
		if (signature === this.shown) return;
		this.shown = signature;
		const el = this.el;
		el.empty();
		if (!message) return;
		if (message.title) el.createDiv({ cls: 'rapport-queue-message-title', text: message.title });
		if (body) {
			const bodyEl = el.createDiv({ cls: 'rapport-queue-message-body' });
			for (const part of body) {
				if (typeof part === 'string') bodyEl.appendText(part);
				else bodyEl.createEl('code', { text: part.code });
			}
		}
		if (message.buttons?.length) {
			const row = el.createDiv({ cls: 'rapport-queue-message-buttons' });
			message.buttons.forEach((which, i) => {
				const button = row.createEl('button', { cls: i === 0 ? 'mod-cta' : '', text: BUTTON_TEXT[which] });
				button.addEventListener('click', () => this.run(which));
			});
		}
	}
}
