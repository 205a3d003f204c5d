// The e2e page: the built main.js in a browser, with the in-memory Obsidian fake standing
// in for the `obsidian` module and no Node globals anywhere. tests/e2e/run.mjs bundles this
// file for the browser, hands it the demo vault in `window.e2eData` and loads main.js after it;
// it drives the page through `window.e2e` once `window.e2e.ready` resolves.
import * as fake from 'obsidian-test-mocks/obsidian';
import { setup } from 'obsidian-test-mocks/setup';

interface E2EData {
	/** The demo vault: path → text. */
	files: Record<string, string>;
	manifest: { id: string; name: string; version: string; minAppVersion: string; author: string; description: string };
	today: string;
}

/** What the plugin module exports, as far as this page needs it. */
interface PluginLike {
	load(): void;
	openQueue(): Promise<void>;
	openPersonPanel(path?: string): Promise<void>;
	live: { built: Promise<void> };
	host: {
		queue(): { sections: { id: string; items: { name: string; reason: string }[] }[] };
	};
	commands__: Map<string, { callback?: () => unknown }>;
	views__: Map<string, (leaf: unknown) => ViewLike>;
	settingTabs__: { containerEl: HTMLElement; display(): void; hide(): void }[];
}

interface ViewLike {
	containerEl: HTMLElement;
	contentEl: HTMLElement;
	load(): void;
	onOpen(): Promise<void>;
	onResize(): void;
	setState?(state: unknown, result: { history: boolean }): Promise<void>;
}

const data = (window as unknown as { e2eData: E2EData }).e2eData;

// Freeze "today" before main.js runs: the demo vault's queue is interesting as of this day.
const RealDate = Date;
const frozen = new RealDate(`${data.today}T10:00:00`).getTime();
class FrozenDate extends RealDate {
	constructor(...args: unknown[]) {
		if (args.length === 0) super(frozen);
		else super(...(args as [string]));
	}

	static override now(): number {
		return frozen;
	}
}
window.Date = FrozenDate as DateConstructor;

// Obsidian's DOM helpers (createDiv, el.addClass, …) on the page's own prototypes.
setup();

// Icons: the fake draws only what was registered; a few plain shapes stand in for Lucide.
const shape = (body: string): string =>
	`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" class="svg-icon" fill="none" ` +
	`stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;
fake.addIcon('calendar-check', shape('<rect x="3" y="4" width="18" height="18" rx="2"/><path d="M3 10h18M8 2v4M16 2v4M9 16l2 2 4-4"/>'));
fake.addIcon('alarm-clock', shape('<circle cx="12" cy="13" r="8"/><path d="M12 9v4l2 2M5 3 2 6M22 6l-3-3"/>'));
fake.addIcon('moon', shape('<path d="M12 3a6 6 0 0 0 9 9 9 9 0 1 1-9-9Z"/>'));
fake.addIcon('x', shape('<path d="M18 6 6 18M6 6l12 12"/>'));
fake.addIcon('check', shape('<path d="M20 6 9 17l-5-5"/>'));
fake.addIcon('more-horizontal', shape('<circle cx="12" cy="12" r="1"/><circle cx="19" cy="12" r="1"/><circle cx="5" cy="12" r="1"/>'));
fake.addIcon('calendar', shape('<rect x="3" y="4" width="18" height="18" rx="2"/><path d="M3 10h18M8 2v4M16 2v4"/>'));

// Notices show in a container on the page, as in Obsidian.
const notices = document.body.createDiv({ cls: 'notice-container' });
fake.Notice.prototype.constructor__ = function (this: fake.Notice, message: string | DocumentFragment): void {
	this.containerEl.addClass('notice');
	// Obsidian shows the fragment itself (the fake a copy, without its click handlers).
	if (message instanceof DocumentFragment) {
		this.messageEl.empty();
		this.messageEl.appendChild(message);
	}
	notices.appendChild(this.containerEl);
};
fake.Notice.prototype.hide = function (this: fake.Notice): void {
	this.containerEl.remove();
};

// Menus show at the mouse as a list of items; a click runs the item and closes the menu.
function showMenu(menu: fake.Menu, x: number, y: number): void {
	document.body.findAll('.menu').forEach((el) => el.remove());
	const el = document.body.createDiv({ cls: 'menu' });
	el.style.left = `${x}px`;
	el.style.top = `${y}px`;
	for (const item of menu.menuItems__) {
		const row = el.createDiv({
			cls: 'menu-item',
			text: item.title__ instanceof DocumentFragment ? (item.title__.textContent ?? '') : item.title__,
		});
		row.addEventListener('click', (evt) => {
			el.remove();
			item.onClick__?.(evt);
		});
	}
}
fake.Menu.prototype.showAtMouseEvent = function (this: fake.Menu, evt: MouseEvent): fake.Menu {
	showMenu(this, evt.clientX, evt.clientY);
	return this;
};
fake.Menu.prototype.showAtPosition = function (this: fake.Menu, position: { x: number; y: number }): fake.Menu {
	showMenu(this, position.x, position.y);
	return this;
};

// Modals show over the page until closed, as in Obsidian (the fake closes them at once).
fake.Modal.prototype.open = function (this: fake.Modal): void {
	this.containerEl.addClass('modal-container');
	this.modalEl.addClass('modal');
	this.contentEl.addClass('modal-content');
	this.titleEl.addClass('modal-title');
	document.body.appendChild(this.containerEl);
	// Escape closes it, as Obsidian's modal scope does; the fake has no keys.
	this.containerEl.addEventListener('keydown', (evt) => {
		if (evt.key === 'Escape') this.close();
	});
	this.onOpen();
};
fake.Modal.prototype.close = function (this: fake.Modal): void {
	this.onClose();
	this.containerEl.remove();
};

// Settings rows carry Obsidian's class names, so the page's theme lays them out as Obsidian does.
fake.Setting.prototype.constructor__ = function (this: fake.Setting): void {
	this.settingEl.addClass('setting-item');
	this.infoEl.addClass('setting-item-info');
	this.nameEl.addClass('setting-item-name');
	this.descEl.addClass('setting-item-description');
	this.controlEl.addClass('setting-item-control');
};

// Components listen to their own elements, as Obsidian's do; the fake's only hear calls.
/* eslint-disable @typescript-eslint/unbound-method -- each is called back with its own `this` */
const textOnChange = fake.AbstractTextComponent.prototype.onChange;
const toggleOnChange = fake.ToggleComponent.prototype.onChange;
const buttonOnClick = fake.ButtonComponent.prototype.onClick;
const dropdownOnChange = fake.DropdownComponent.prototype.onChange;
const toggleSetValue = fake.ToggleComponent.prototype.setValue;
/* eslint-enable @typescript-eslint/unbound-method -- only for the originals above */
fake.AbstractTextComponent.prototype.onChange = function (this: fake.AbstractTextComponent<HTMLInputElement>, callback) {
	// Block bodies: components have a then() method, so an arrow returning one reads as a promise.
	this.inputEl.addEventListener('input', () => {
		this.setValue(this.inputEl.value);
	});
	return textOnChange.call(this, callback);
};
fake.ToggleComponent.prototype.onChange = function (this: fake.ToggleComponent, callback) {
	this.toggleEl.addClass('checkbox-container');
	this.toggleEl.addEventListener('click', () => this.onClick());
	return toggleOnChange.call(this, callback);
};
// A toggle shows whether it is on, as Obsidian's does.
fake.ToggleComponent.prototype.setValue = function (this: fake.ToggleComponent, on: boolean) {
	this.toggleEl.addClass('checkbox-container');
	this.toggleEl.toggleClass('is-enabled', on);
	return toggleSetValue.call(this, on);
};
fake.ButtonComponent.prototype.onClick = function (this: fake.ButtonComponent, callback) {
	this.buttonEl.addEventListener('click', (evt) => callback(evt));
	return buttonOnClick.call(this, callback);
};
fake.DropdownComponent.prototype.onChange = function (this: fake.DropdownComponent, callback) {
	this.selectEl.addEventListener('change', () => {
		this.setValue(this.selectEl.value);
	});
	return dropdownOnChange.call(this, callback);
};

// The `obsidian` module, and the only thing `require` knows: no Node here.
function requireShim(id: string): unknown {
	if (id === 'obsidian') return fake;
	throw new Error(`Cannot find module '${id}' (the page has no Node)`);
}
(window as unknown as { require: typeof requireShim }).require = requireShim;

// CommonJS for main.js, which the page loads with a <script> tag right after this bundle.
const pluginModule = { exports: {} as { default?: new (app: unknown, manifest: unknown) => PluginLike } };
Object.assign(window, { module: pluginModule, exports: pluginModule.exports });

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * The vault for the fake, evened out where the fake reads notes otherwise than Obsidian
 * (docs/design-notes.md). A byte-order mark is taken off the text. The fake throws on
 * properties that don't parse, where Obsidian caches the note without them (a block, and
 * no properties). Such a note (the demo vault
 * keeps one on purpose) is given to the fake with its block's characters blanked, so the
 * lines stay where they are, and `asObsidianCaches` then gives its cache the block, as
 * tests/obsidian/portParity.test.ts does: the queue's counts are Obsidian's and the CLI's.
 */
const unparsed: { path: string; lines: number }[] = [];
function vaultFiles(): Record<string, string> {
	const files: Record<string, string> = {};
	for (const [path, raw] of Object.entries(data.files)) {
		// Obsidian reads properties past a byte-order mark; the fake does not look past one.
		const text = path.endsWith('.md') ? raw.replace(/^\uFEFF/, '') : raw;
		const block = path.endsWith('.md') ? FRONTMATTER.exec(text) : null;
		try {
			if (block) fake.parseYaml(block[1] ?? '');
			files[path] = text;
		} catch {
			files[path] = text.replace(block?.[0] ?? '', (block?.[0] ?? '').replace(/[^\r\n]/g, ' '));
			unparsed.push({ path, lines: (block?.[0] ?? '').split(/\r?\n/).length - 1 });
		}
	}
	return files;
}

function asObsidianCaches(app: fake.App): void {
	for (const { path, lines } of unparsed) {
		const file = app.vault.getFileByPath(path);
		if (!file) continue;
		const cache = app.metadataCache.getFileCache(file) ?? {};
		const end = { line: lines - 1, col: 3, offset: 0 };
		app.metadataCache.setCache__(path, { ...cache, frontmatterPosition: { start: { line: 0, col: 0, offset: 0 }, end } });
	}
}
async function boot(): Promise<{ app: fake.App; plugin: PluginLike; view: ViewLike }> {
	const app = fake.App.createConfigured__({ files: vaultFiles() });
	asObsidianCaches(app);
	// main.js ran as a plain <script> after this bundle (see the shims below), as CommonJS.
	const Plugin = pluginModule.exports.default;
	if (!Plugin) throw new Error('main.js exports no default plugin class');
	const plugin = new Plugin(app.asOriginalType__(), data.manifest);
	plugin.load();
	await new Promise((resolve) => window.setTimeout(resolve, 0));
	app.workspace.setLayoutReady__();
	await plugin.live.built;

	await plugin.openQueue();
	const leaf = app.workspace.getLeavesOfType('rapport-queue')[0];
	const create = plugin.views__.get('rapport-queue');
	if (!leaf || !create) throw new Error('openQueue() left no queue leaf, or the view is not registered');
	// The fake's leaves make no views and attach nothing: do what Obsidian does.
	const view = create(leaf.asOriginalType3__());
	const workspace = document.body.createDiv({ cls: 'workspace' });
	workspace.createDiv({ cls: 'workspace-main' });
	const split = workspace.createDiv({ cls: 'mod-right-split' });
	view.containerEl.addClass('workspace-leaf-content');
	view.contentEl.addClass('view-content');
	split.appendChild(view.containerEl);
	await leaf.open(view as never);
	view.load();
	await view.onOpen();
	return { app, plugin, view };
}

// Scripts run before DOMContentLoaded: main.js is in by then.
const ready = new Promise<void>((resolve) => document.addEventListener('DOMContentLoaded', () => resolve())).then(boot);

/** What run.mjs calls through `page.evaluate`. */
const e2e = {
	ready: ready.then(() => true),
	/** Demo notes whose properties the fake can't parse, given to it as Obsidian caches them (see vaultFiles). */
	get unparsed(): string[] {
		return unparsed.map((u) => u.path);
	},
	/** A vault file's text, as the plugin left it. */
	async read(path: string): Promise<string> {
		const { app } = await ready;
		const file = app.vault.getFileByPath(path);
		if (!file) throw new Error(`no file ${path}`);
		return app.vault.read(file);
	},
	/** Marks the page a phone's, as Obsidian does with is-mobile, and lets the queue lay its rows out again. */
	async setPhone(on: boolean): Promise<void> {
		const { view } = await ready;
		document.body.toggleClass('is-mobile', on);
		view.onResize();
	},
	/** Opens the queue as the command, the ribbon and the status bar do. */
	async openQueue(): Promise<void> {
		const { plugin } = await ready;
		await plugin.openQueue();
	},
	/**
	 * Opens the person panel on someone, as the command or a queue row does, below the queue
	 * in the right sidebar (the fake's leaves make no views: this does what Obsidian does).
	 */
	async openPerson(name: string): Promise<void> {
		const { app, plugin } = await ready;
		const path = app.vault.getMarkdownFiles().find((f) => f.basename === name)?.path;
		if (!path) throw new Error(`no note named ${name}`);
		await plugin.openPersonPanel(path);
		const leaf = app.workspace.getLeavesOfType('rapport-person')[0];
		const create = plugin.views__.get('rapport-person');
		if (!leaf || !create) throw new Error('openPersonPanel() left no panel leaf, or the view is not registered');
		let view = leaf.view as unknown as ViewLike | null;
		if (!view) {
			view = create(leaf.asOriginalType3__());
			view.containerEl.addClass('workspace-leaf-content');
			view.contentEl.addClass('view-content');
			document.body.find('.mod-right-split').appendChild(view.containerEl);
			await leaf.open(view as never);
			view.load();
			await view.onOpen();
		}
		await view.setState?.({ path }, { history: false });
	},
	/** Opens the network review as its command does, in the main area (the fake's leaves make no views: this does what Obsidian does). */
	async openReview(): Promise<void> {
		const { app, plugin } = await ready;
		const create = plugin.views__.get('rapport-review');
		if (!create) throw new Error('the review view is not registered');
		let leaf = app.workspace.getLeavesOfType('rapport-review')[0];
		if (!leaf) {
			leaf = app.workspace.getLeaf('tab');
			await leaf.setViewState({ type: 'rapport-review', active: true });
		}
		if (leaf.view) return;
		const view = create(leaf.asOriginalType3__());
		view.containerEl.addClass('workspace-leaf-content');
		view.contentEl.addClass('view-content');
		document.body.find('.workspace-main').appendChild(view.containerEl);
		await leaf.open(view as never);
		view.load();
		await view.onOpen();
	},
	/** The vault's files under a folder, sorted. */
	async files(folder: string): Promise<string[]> {
		const { app } = await ready;
		return app.vault
			.getFiles()
			.map((f) => f.path)
			.filter((p) => p.startsWith(`${folder}/`))
			.sort();
	},
	/** Writes a new note, as a sync or another app would; the index picks it up. */
	async create(path: string, text: string): Promise<void> {
		const { app } = await ready;
		// Obsidian's create refuses a path taken; the fake's would replace the note there.
		if (app.vault.getAbstractFileByPath(path)) throw new Error(`${path} already exists`);
		await app.vault.create(path, text);
	},
	/** Deletes a note (to the trash, as the user set it). */
	async remove(path: string): Promise<void> {
		const { app } = await ready;
		const file = app.vault.getFileByPath(path);
		if (file) await app.fileManager.trashFile(file);
	},
	/** The queue's rows for one person, as `section: reason`, from what the view is shown. */
	async rowsOf(name: string): Promise<string[]> {
		const { plugin } = await ready;
		return plugin.host.queue().sections.flatMap((s) => s.items.filter((i) => i.name === name).map((i) => `${s.id}: ${i.reason}`));
	},
	/** Opens Rapport's settings tab in a window over the page, as Settings → Rapport does before Obsidian 1.13. */
	async openSettings(): Promise<void> {
		const { plugin } = await ready;
		const tab = plugin.settingTabs__[0];
		if (!tab) throw new Error('no settings tab');
		const modal = document.body.createDiv({ cls: 'modal-container rapport-e2e-settings' }).createDiv({ cls: 'modal mod-settings' });
		tab.containerEl.addClass('vertical-tab-content');
		modal.appendChild(tab.containerEl);
		tab.display();
	},
	async closeSettings(): Promise<void> {
		const { plugin } = await ready;
		plugin.settingTabs__[0]?.hide();
		document.querySelector('.rapport-e2e-settings')?.remove();
	},
	/** Runs one of Rapport's commands, as the command palette does. */
	async command(id: string): Promise<void> {
		const { plugin } = await ready;
		const command = plugin.commands__.get(id);
		if (!command?.callback) throw new Error(`no command ${id}`);
		await command.callback();
	},
	/** The vault path of the note whose queue row shows this name. */
	async pathOf(name: string): Promise<string> {
		const { app } = await ready;
		const file = app.vault.getMarkdownFiles().find((f) => f.basename === name);
		if (!file) throw new Error(`no note named ${name}`);
		return file.path;
	},
};
(window as unknown as { e2e: typeof e2e }).e2e = e2e;
