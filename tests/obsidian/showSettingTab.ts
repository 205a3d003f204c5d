// The settings tab as Obsidian opens it, on a host the test gives: a plugin to belong to,
// then `display()`, which Obsidian before 1.13 calls (the fake's type has no deprecation
// note on it).
import { App, Plugin, type SettingTab as FakeSettingTab } from 'obsidian-test-mocks/obsidian';
import type { SettingsHost } from '../../src/ui/host';
import { RapportSettingTab } from '../../src/ui/settingsTab';

class FakePlugin extends Plugin {}

export function showSettingTab(host: SettingsHost, app = App.createConfigured__()): RapportSettingTab {
	const plugin = new FakePlugin(app, {
		id: 'rapport',
		name: 'Rapport',
		version: '0.1.0',
		minAppVersion: '1.7.2',
		description: '',
		author: '',
	});
	const tab = new RapportSettingTab(app.asOriginalType__(), plugin.asOriginalType2__(), host);
	(tab as unknown as FakeSettingTab).display();
	return tab;
}
