// The plugin reads code blocks and `%%` comments as nothing, as the CLI does. Obsidian's
// cache leaves them out; the test app's cache does not (it knows no comments, and ends a
// code block only at a closing fence), so the port applies the CLI's reading to the notes
// whose text it keeps, and drops what a cache puts in a section of type 'comment'.
import { describe, expect, it } from 'vitest';
import type { CachedMetadata } from 'obsidian';
import { App } from 'obsidian-test-mocks/obsidian';
import { ContactIndex } from '../../src/index/contactIndex';
import { datedNoteMatcher } from '../../src/domain/datedNotes';
import { MetadataCacheSource } from '../../src/obsidian/metadataCacheSource';
import type { NoteSource } from '../../src/index/port';
import { vault } from '../builders';

const SAM = [
	'---',
	'type: contact',
	'---',
	'## Interactions',
	'- 2026-10-02 coffee: reorg %%she asked about [[Jo Park]]%%',
	'%%',
	'- 2026-11-20 call: a draft',
	'## Follow-ups',
	'- [ ] Send the deck 📅 2026-11-20',
	'%%',
	'- 2026-09-01 email: hello #gave',
	'```',
	'## Remember',
	'- Marathon 📅 2026-09-28',
	'',
].join('\n');

async function pluginSource(
	files: Record<string, string>,
	settings = vault().settings,
): Promise<{ app: App; source: MetadataCacheSource }> {
	const app = App.createConfigured__({ files });
	const source = new MetadataCacheSource(app.asOriginalType__(), settings);
	await source.loadLineText();
	return { app, source };
}

function indexOf(source: NoteSource): ContactIndex {
	const index = new ContactIndex(vault().settings, datedNoteMatcher('Daily', 'YYYY-MM-DD'));
	index.build(source);
	return index;
}

describe('code blocks and comments in the plugin', () => {
	it('a contact note reads as the CLI reads it, comments and a code block left open included', async () => {
		const v = vault().note('People/Sam Rivera', SAM).contact('Jo Park');
		const { source } = await pluginSource(Object.fromEntries(v.files));
		const plugin = source.read('People/Sam Rivera.md');
		const disk = v.source().read('People/Sam Rivera.md');
		expect(plugin).toEqual(disk);
		const sam = indexOf(source).contact('People/Sam Rivera.md');
		expect(sam?.interactions.map((i) => i.summary)).toEqual(['reorg %%she asked about [[Jo Park]]%%', 'hello']);
		expect(sam?.followUps).toEqual([]);
		expect(sam?.remember).toEqual([]);
	});

	it('drops what the cache puts in a comment section, in notes whose text it never reads', async () => {
		const daily = 'Lunch.\n\n%%\n- [x] Called [[Sam Rivera]] #contact\n%%\n';
		const { app, source } = await pluginSource({ 'People/Sam Rivera.md': '---\ntype: contact\n---\n', 'Daily/2026-11-20.md': daily });
		const file = app.vault.getFileByPath('Daily/2026-11-20.md');
		if (!file) throw new Error('no daily note');
		const cache = app.metadataCache.getFileCache(file) ?? {};
		// As Obsidian caches it: the block is one section of type 'comment'.
		const comment = { type: 'comment', position: { start: { line: 2, col: 0, offset: 8 }, end: { line: 4, col: 2, offset: 50 } } };
		app.metadataCache.setCache__('Daily/2026-11-20.md', {
			...cache,
			sections: [...(cache.sections ?? []).filter((s) => s.position.start.line < 2), comment],
		} satisfies CachedMetadata);
		const snapshot = source.read('Daily/2026-11-20.md');
		expect(snapshot).toMatchObject({ links: [], listItems: [], tags: [] });
		expect(indexOf(source).timeline('People/Sam Rivera.md')).toEqual([]);
	});
});
