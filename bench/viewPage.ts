// The queue view's render figures, measured in a real browser: this page is bundled with
// the in-memory Obsidian fake as `obsidian`, handed a 10,000-contact queue in
// `window.benchQueue` by bench/viewBench.ts, and reports in `window.benchResult`.
import { App, WorkspaceLeaf } from 'obsidian-test-mocks/obsidian';
import { setup } from 'obsidian-test-mocks/setup';
import type { Queue } from '../src/domain/queue';
import { defaultSettings } from '../src/domain/settings';
import { INDEX_CHANGED, type RapportHost } from '../src/ui/host';
import { QueueView } from '../src/ui/queueView';

export interface ViewBenchResult {
	firstRenderMs: number;
	domNodes: number;
	rerenderMs: number;
}

/** Time to the next frame's layout: what the user waits for, not just the script. */
function layoutNow(el: HTMLElement): void {
	void el.offsetHeight;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[sorted.length >> 1] ?? NaN;
}

async function run(): Promise<ViewBenchResult> {
	setup();
	const full = (window as unknown as { benchQueue: Queue }).benchQueue;
	let queue = full;
	let revision = 1;
	const host: RapportHost = {
		today: () => full.today,
		queue: () => queue,
		nextDue: () => undefined,
		revision: () => revision,
		ready: () => true,
		contactCount: () => 10_000,
		nameLabel: () => (name) => name,
		problems: () => [],
		settings: defaultSettings,
		saveSettings: async () => undefined,
		folders: () => [],
		datedNotesDefaults: async () => ({ folder: '', format: 'YYYY-MM-DD' }),
		openSettings: () => undefined,
		actions: {
			open: async () => undefined,
			log: () => undefined,
			meeting: () => undefined,
			triage: () => undefined,
			newContact: () => undefined,
			importContacts: () => undefined,
			snooze: async () => undefined,
			markDormant: async () => undefined,
			tag: async () => undefined,
			complete: async () => undefined,
			showPerson: () => undefined,
		},
	};
	const app = App.createConfigured__();
	const sidebar = document.body.createDiv({ cls: 'bench-sidebar' });
	const first: number[] = [];
	let view: QueueView | undefined;
	// Fresh views: the first paint of an opened sidebar pane.
	for (let run = 0; run < 7; run++) {
		view?.unload();
		sidebar.empty();
		view = new QueueView(WorkspaceLeaf.create2__(app).asOriginalType3__(), host);
		view.containerEl.isShown = () => true;
		sidebar.appendChild(view.containerEl);
		const start = performance.now();
		view.load();
		await view.onOpen();
		layoutNow(view.containerEl);
		first.push(performance.now() - start);
	}
	if (!view) throw new Error('no view');
	const domNodes = view.containerEl.querySelectorAll('*').length;
	// One change: a contact logged from the top of the queue leaves it.
	const rerender: number[] = [];
	for (let run = 0; run < 15; run++) {
		const dropped = run % 2 === 0;
		queue = dropped ? { ...full, sections: full.sections.map((s) => ({ ...s, items: s.items.slice(1) })) } : full;
		revision++;
		const start = performance.now();
		app.workspace.trigger(INDEX_CHANGED, revision);
		layoutNow(view.containerEl);
		rerender.push(performance.now() - start);
	}
	return { firstRenderMs: median(first), domNodes, rerenderMs: median(rerender) };
}

(window as unknown as { benchResult: Promise<ViewBenchResult> }).benchResult = run();
