// The layers are held by lint (eslint.config.mjs): each case lints one import as if it were
// written in a file of that folder, with the project's own config, so a rule that stops
// firing (or starts firing on what is allowed) fails here rather than rotting silently.
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const RULE = '@typescript-eslint/no-restricted-imports';

let eslint: ESLint;

beforeAll(async () => {
	eslint = new ESLint({
		// Only this rule, and no type information: the probe file need not exist.
		overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: false } } },
		ruleFilter: ({ ruleId }) => ruleId === RULE,
	});
	// Loading the config and its plugins takes seconds: once, here, not in the first case.
	await eslint.lintText('\n', { filePath: 'src/domain/layerProbe.ts' });
}, 60_000);

/** Whether lint refuses this import line in a file of `src/<folder>/`. */
async function refused(folder: string, line: string): Promise<boolean> {
	const [result] = await eslint.lintText(`${line}\n`, { filePath: `src/${folder}/layerProbe.ts` });
	const fatal = result?.messages.find((m) => m.fatal);
	if (fatal) throw new Error(fatal.message);
	return (result?.messages ?? []).some((m) => m.ruleId === RULE);
}

describe('lint refuses an upward import', () => {
	it.each([
		['domain', "import { INDEX_CHANGED } from '../ui/host';"],
		['domain', "import { Notice } from 'obsidian';"],
		['domain', "import { ContactIndex } from '../index/contactIndex';"],
		['domain', "import { Actions } from '../actions/actions';"],
		['domain', "import { LiveIndex } from '../obsidian/liveIndex';"],
		['domain', "import { run } from '../cli/run';"],
		['index', "import { Actions } from '../actions/actions';"],
		['index', "import { LiveIndex } from '../obsidian/liveIndex';"],
		['index', "import type { RapportHost } from '../ui/host';"],
		['index', "import { run } from '../cli/run';"],
		['index', "import { TFile } from 'obsidian';"],
		['actions', "import { Dialogs } from '../ui/dialogs';"],
		['actions', "import { PluginWrites } from '../obsidian/pluginWrites';"],
		['actions', "import { run } from '../cli/run';"],
		['actions', "import { Notice } from 'obsidian';"],
		['obsidian', "import { QueueView } from '../ui/queueView';"],
		['obsidian', "import { Dialogs } from '../ui/dialogs';"],
		['obsidian', "import { run } from '../cli/run';"],
		['ui', "import { LiveIndex } from '../obsidian/liveIndex';"],
		['ui', "import type { PluginHost } from '../obsidian/pluginHost';"],
		['ui', "import { run } from '../cli/run';"],
		['cli', "import { LiveIndex } from '../obsidian/liveIndex';"],
		['cli', "import { QUEUE_VIEW_TYPE } from '../ui/host';"],
		['cli', "import type { App } from 'obsidian';"],
		// obsidianmd's own restrictions still hold where a layer sets the rule.
		['domain', "import axios from 'axios';"],
	])('in src/%s: %s', async (folder, line) => {
		expect(await refused(folder, line)).toBe(true);
	});
});

describe('lint allows what the layers are for', () => {
	it.each([
		['domain', "import type { App } from 'obsidian';"],
		['domain', "import { addDays } from './day';"],
		['index', "import type { TFile } from 'obsidian';"],
		['index', "import { computeQueue } from '../domain/queue';"],
		['actions', "import type { App } from 'obsidian';"],
		['actions', "import { ContactIndex } from '../index/contactIndex';"],
		['obsidian', "import { INDEX_CHANGED, type RapportHost } from '../ui/host';"],
		['obsidian', "import { Actions } from '../actions/actions';"],
		['obsidian', "import { Notice } from 'obsidian';"],
		['ui', "import { QUEUE_VIEW_TYPE } from './host';"],
		['ui', "import type { SnoozeTarget } from '../actions/snooze';"],
		['ui', "import { Modal } from 'obsidian';"],
		['cli', "import { Actions } from '../actions/actions';"],
		['cli', "import { ContactIndex } from '../index/contactIndex';"],
	])('in src/%s: %s', async (folder, line) => {
		expect(await refused(folder, line)).toBe(false);
	});
});
