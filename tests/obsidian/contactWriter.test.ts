// The queue's row actions write one property each through processFrontMatter, say what
// they did, and refuse a note whose properties don't parse.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App, Notice } from 'obsidian-test-mocks/obsidian';
import { defaultSettings } from '../../src/domain/settings';
import { ContactWriter } from '../../src/obsidian/contactWriter';
import { day } from '../builders';

const SAM = 'People/Sam Rivera.md';
const NOTE = '---\ntype: contact\ncompany: Acme\nlast_contact: 2026-10-02\ntie: strong\n---\n## Interactions\n- 2026-10-02 coffee: reorg\n';

function setup(files: Record<string, string> = { [SAM]: NOTE }): { app: App; writer: ContactWriter; notices: string[] } {
	const app = App.createConfigured__({ files });
	const notices: string[] = [];
	vi.spyOn(Notice.prototype, 'constructor__').mockImplementation((message: string | DocumentFragment) => {
		notices.push(typeof message === 'string' ? message : (message.textContent ?? ''));
	});
	const writer = new ContactWriter(app.asOriginalType__(), defaultSettings, () => day('2026-11-21'));
	return { app, writer, notices };
}

async function text(app: App, path = SAM): Promise<string> {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no ${path}`);
	return app.vault.read(file);
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe('the contact writer', () => {
	it('logs contact today, keeping the other properties, their order and the body', async () => {
		const { app, writer, notices } = setup();
		expect(await writer.logToday(SAM)).toBe(true);
		const written = await text(app);
		expect(written).toMatch(/^---\ntype: contact\ncompany: Acme\nlast_contact: 2026-11-21\ntie: strong\n---\n/);
		expect(written.endsWith('## Interactions\n- 2026-10-02 coffee: reorg\n')).toBe(true);
		expect(notices).toEqual(['Sam Rivera: last contact set to today.']);
	});

	it('never moves last contact back', async () => {
		const { app, writer, notices } = setup({ [SAM]: NOTE.replace('2026-10-02\ntie', '2026-12-01\ntie') });
		await writer.logToday(SAM);
		expect(await text(app)).toContain('last_contact: 2026-12-01');
		expect(notices).toEqual(['Sam Rivera: last contact stays 2026-12-01, which is later than today.']);
	});

	it('snoozes with next_follow_up and marks dormant with status', async () => {
		const { app, writer, notices } = setup();
		await writer.snooze(SAM, day('2026-11-28'));
		await writer.markDormant(SAM);
		const written = await text(app);
		expect(written).toContain('next_follow_up: 2026-11-28');
		expect(written).toContain('status: dormant');
		expect(notices).toEqual(['Sam Rivera: snoozed until 28 Nov.', 'Sam Rivera: marked dormant; it leaves the queue.']);
	});

	it('uses the property names from settings', async () => {
		const { app } = setup();
		const settings = defaultSettings();
		settings.keys.lastContact = 'lastContacted';
		await new ContactWriter(app.asOriginalType__(), () => settings, () => day('2026-11-21')).logToday(SAM);
		expect(await text(app)).toContain('lastContacted: 2026-11-21');
	});

	it('refuses a note whose properties do not parse, names it, and writes nothing', async () => {
		const broken = '---\ncompany: "Acme\ntie: strong\n---\nbody\n';
		const { app, writer, notices } = setup({ 'People/Broken.md': 'placeholder' });
		// The fake's metadata cache throws on bad YAML at creation, so the text goes in quietly.
		(app.vault.adapter as unknown as { writeSync__(path: string, data: string): void }).writeSync__('People/Broken.md', broken);
		expect(await writer.markDormant('People/Broken.md')).toBe(false);
		expect(await text(app, 'People/Broken.md')).toBe(broken);
		expect(notices).toEqual([expect.stringMatching(/^Rapport: the properties of People\/Broken\.md don't parse, so nothing was written\./) as unknown]);
	});

	it('says so when the note is gone', async () => {
		const { writer, notices } = setup();
		expect(await writer.snooze('People/Nobody.md', day('2026-12-01'))).toBe(false);
		expect(notices).toEqual(['Rapport: People/Nobody.md no longer exists.']);
	});
});
