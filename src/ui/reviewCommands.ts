// The network review's part of the plugin, registered in one call from main.ts: its view,
// the `rapport` code block, and the commands Open network review, Create review note,
// Who do I know at… and Create contacts base.
import type { Plugin } from 'obsidian';
import { REVIEW_VIEW_TYPE, type ReviewHost } from './host';
import { openReturningFocus } from './modalFocus';
import { RapportBlockView } from './rapportBlockView';
import { ReviewView } from './reviewView';
import { WhoSuggestModal } from './whoModal';

/** `built` settles once the first index build is done: commands wait for it, as the others do. */
export function registerReview(plugin: Plugin, host: ReviewHost, built: () => Promise<unknown>): void {
	const { app } = plugin;
	plugin.registerView(REVIEW_VIEW_TYPE, (leaf) => new ReviewView(leaf, host));
	plugin.registerMarkdownCodeBlockProcessor('rapport', (source, el, ctx) => {
		ctx.addChild(new RapportBlockView(el, source, app, host));
	});
	plugin.addCommand({ id: 'open-network-review', name: 'Open network review', callback: () => openReview(plugin) });
	plugin.addCommand({
		id: 'create-review-note',
		name: 'Create review note',
		callback: async () => {
			await built();
			await host.createReviewNote();
		},
	});
	plugin.addCommand({
		id: 'who-do-i-know',
		name: 'Who do I know at…',
		callback: async () => {
			await built();
			openReturningFocus(new WhoSuggestModal(app, host));
		},
	});
	plugin.addCommand({
		id: 'create-contacts-base',
		name: 'Create contacts base',
		callback: async () => void (await host.createContactsBase()),
	});
}

/** Opens the review in a tab of the main area (it is wide), or reveals the one open. */
export async function openReview(plugin: Plugin): Promise<void> {
	const { workspace } = plugin.app;
	let leaf = workspace.getLeavesOfType(REVIEW_VIEW_TYPE)[0];
	if (!leaf) {
		leaf = workspace.getLeaf('tab');
		await leaf.setViewState({ type: REVIEW_VIEW_TYPE, active: true });
	}
	await workspace.revealLeaf(leaf);
}
