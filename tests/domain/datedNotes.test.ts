import { describe, expect, it } from 'vitest';
import { datedNoteMatcher, datedNotesLocation } from '../../src/domain/datedNotes';
import { formatDay } from '../../src/domain/day';
import { defaultSettings, type RapportSettings } from '../../src/domain/settings';
import { day } from '../builders';

/** The day a note at `path` is for under folder and format, as `YYYY-MM-DD`. */
function dayOf(folder: string, format: string, path: string): string | undefined {
	const result = datedNoteMatcher(folder, format).dayOf(path);
	return result === undefined ? undefined : formatDay(result);
}

describe('datedNoteMatcher', () => {
	it.each([
		['YYYY-MM-DD', 'Daily/2026-10-02.md'],
		['DD.MM.YYYY', 'Daily/02.10.2026.md'],
		['YYYY/MM/YYYY-MM-DD', 'Daily/2026/10/2026-10-02.md'],
		['YYYY/MM-MMMM/YYYY-MM-DD', 'Daily/2026/10-October/2026-10-02.md'],
		['YYYY-MM-DD dddd', 'Daily/2026-10-02 Friday.md'],
		['[Journal] YYYY-MM-DD', 'Daily/Journal 2026-10-02.md'],
		['MMMM D, YYYY', 'Daily/October 2, 2026.md'],
		['MMMM Do, YYYY', 'Daily/October 2nd, 2026.md'],
		['D MMM YYYY', 'Daily/2 Oct 2026.md'],
		['YYYYMMDD', 'Daily/20261002.md'],
		['YY-MM-DD', 'Daily/26-10-02.md'],
	])('reads the format %s: %s', (format, path) => {
		expect(dayOf('Daily', format, path)).toBe('2026-10-02');
	});

	it('takes YYYY-MM-DD when no format is set', () => {
		expect(dayOf('Daily', '', 'Daily/2026-10-02.md')).toBe('2026-10-02');
		expect(dayOf('Daily', '  ', 'Daily/2026-10-02.md')).toBe('2026-10-02');
	});

	it('reads notes at the vault root when no folder is set, and only there', () => {
		expect(dayOf('', 'YYYY-MM-DD', '2026-10-02.md')).toBe('2026-10-02');
		expect(dayOf('', 'YYYY-MM-DD', 'Daily/2026-10-02.md')).toBeUndefined();
	});

	it('reads notes in a nested folder', () => {
		expect(dayOf('Journal/Daily', 'YYYY-MM-DD', 'Journal/Daily/2026-10-02.md')).toBe('2026-10-02');
	});

	it.each([
		['another folder', 'Journal/2026-10-02.md'],
		['a subfolder the format does not name', 'Daily/Archive/2026-10-02.md'],
		['a folder that only starts like it', 'Daily notes/2026-10-02.md'],
		['extra words after the date', 'Daily/2026-10-02 retro.md'],
		['extra words before the date', 'Daily/Copy of 2026-10-02.md'],
		['a date that does not exist', 'Daily/2026-02-30.md'],
		['a month that does not exist', 'Daily/2026-13-01.md'],
		['another format', 'Daily/02.10.2026.md'],
		['a file that is not a note', 'Daily/2026-10-02.pdf'],
		['a non-dated note', 'Daily/Ideas.md'],
	])('does not read %s', (_what, path) => {
		expect(dayOf('Daily', 'YYYY-MM-DD', path)).toBeUndefined();
	});

	it('does not read a month name that is not a month', () => {
		expect(dayOf('Daily', 'MMMM D, YYYY', 'Daily/Octember 2, 2026.md')).toBeUndefined();
	});

	it('reads a month name in any case', () => {
		expect(dayOf('Daily', 'MMMM D, YYYY', 'Daily/october 2, 2026.md')).toBe('2026-10-02');
	});

	it('treats regex characters in the folder and format literally', () => {
		expect(dayOf('Notes (daily)', 'YYYY.MM.DD', 'Notes (daily)/2026.10.02.md')).toBe('2026-10-02');
		expect(dayOf('Notes (daily)', 'YYYY.MM.DD', 'Notes (daily)/2026x10x02.md')).toBeUndefined();
	});

	it.each([['YYYY-MM'], ['YYYY-[W]ww'], ['gggg-[W]ww'], ['MM-DD'], ['[Daily]']])(
		'gives a problem for the format %s, which does not name a day',
		(format) => {
			const matcher = datedNoteMatcher('Daily', format);
			expect(matcher.problem).toContain(format);
			expect(matcher.dayOf('Daily/2026-10.md')).toBeUndefined();
			expect(matcher.dayOf('Daily/2026-10-02.md')).toBeUndefined();
		},
	);

	it('reads the day of a link to a dated note, by its path or by its name in the folder', () => {
		const matcher = datedNoteMatcher('Journal/Daily', 'DD.MM.YYYY');
		expect(matcher.dayOfLink?.('Journal/Daily/05.11.2026')).toBe(day('2026-11-05'));
		expect(matcher.dayOfLink?.('05.11.2026')).toBe(day('2026-11-05'));
		expect(matcher.dayOfLink?.('Elsewhere/05.11.2026')).toBeUndefined();
		expect(matcher.dayOfLink?.('Acme offsite')).toBeUndefined();
	});

	it('has no problem for a format that names a day', () => {
		expect(datedNoteMatcher('Daily', 'YYYY-MM-DD').problem).toBeUndefined();
		expect(datedNoteMatcher('Daily', 'MMMM D, YYYY').problem).toBeUndefined();
	});
});

describe('datedNoteMatcher anywhere', () => {
	const anywhere = (path: string, format = 'YYYY-MM-DD'): string | undefined => {
		const found = datedNoteMatcher('', format, true).dayOf(path);
		return found === undefined ? undefined : formatDay(found);
	};

	it('reads a note named as a date in any folder, and at the root', () => {
		expect(anywhere('2026-10-02.md')).toBe('2026-10-02');
		expect(anywhere('Journal/2026-10-02.md')).toBe('2026-10-02');
		expect(anywhere('Journal/2026/10/2026-10-02.md')).toBe('2026-10-02');
	});

	it('still wants the whole name to be the date', () => {
		expect(anywhere('Meetings/2026-10-02 Coffee chat.md')).toBeUndefined();
		expect(anywhere('Journal/x2026-10-02.md')).toBeUndefined();
		expect(anywhere('2026-10-02/Ideas.md')).toBeUndefined();
	});

	it('reads a format with folders in it from the end of the path', () => {
		expect(anywhere('Journal/2026/10-02.md', 'YYYY/MM-DD')).toBe('2026-10-02');
		expect(anywhere('2026/10-02.md', 'YYYY/MM-DD')).toBe('2026-10-02');
	});

	it('says where it looks', () => {
		expect(datedNoteMatcher('', '', true).where).toEqual({ folder: '', format: 'YYYY-MM-DD', anywhere: true });
		expect(datedNoteMatcher('Daily', 'DD.MM.YYYY').where).toEqual({ folder: 'Daily', format: 'DD.MM.YYYY', anywhere: false });
	});
});

describe('datedNotesLocation', () => {
	const settings = (patch: Partial<RapportSettings> = {}): RapportSettings => ({ ...defaultSettings(), ...patch });
	const dailyNotes = { folder: 'Daily/', format: 'YYYY-MM-DD', template: 'Templates/Daily' };
	const periodic0 = { daily: { enabled: true, folder: 'Journal', format: 'DD-MM-YYYY' }, weekly: { enabled: false } };
	// Periodic Notes 1.x keeps its settings per calendar set.
	const periodic1 = {
		showGettingStartedBanner: false,
		activeCalendarSet: 'Work',
		calendarSets: [
			{ id: 'Default', ctime: '2024-01-01', day: { enabled: true, folder: 'Personal', format: 'YYYY-MM-DD', openAtStartup: false } },
			{ id: 'Work', ctime: '2024-01-02', day: { enabled: true, folder: 'Work/Days', format: 'YYYYMMDD', openAtStartup: false } },
		],
	};

	it("takes Rapport's own folder and format first", () => {
		const own = settings({ datedNotesFolder: 'Log', datedNotesFormat: 'YYYY.MM.DD' });
		expect(datedNotesLocation(own, { periodicNotes: periodic0, periodicNotesEnabled: true, dailyNotes })).toEqual({
			folder: 'Log',
			format: 'YYYY.MM.DD',
			anywhere: false,
			from: 'rapport',
		});
	});

	it("takes Periodic Notes 0.x's daily settings when the plugin is on", () => {
		expect(datedNotesLocation(settings(), { periodicNotes: periodic0, periodicNotesEnabled: true, dailyNotes })).toEqual({
			folder: 'Journal',
			format: 'DD-MM-YYYY',
			anywhere: false,
			from: 'periodic-notes',
		});
	});

	it("takes Periodic Notes 1.x's active calendar set, else its first", () => {
		expect(datedNotesLocation(settings(), { periodicNotes: periodic1, periodicNotesEnabled: true, dailyNotes })).toMatchObject({
			folder: 'Work/Days',
			format: 'YYYYMMDD',
			from: 'periodic-notes',
		});
		const noActive = { ...periodic1, activeCalendarSet: 'Gone' };
		expect(datedNotesLocation(settings(), { periodicNotes: noActive, periodicNotesEnabled: true, dailyNotes })).toMatchObject({
			folder: 'Personal',
			from: 'periodic-notes',
		});
	});

	it('leaves Periodic Notes aside when the plugin is off, or its daily notes are', () => {
		for (const found of [
			{ periodicNotes: periodic0, periodicNotesEnabled: false, dailyNotes },
			{ periodicNotes: periodic1, periodicNotesEnabled: false, dailyNotes },
			{ periodicNotes: { daily: { ...periodic0.daily, enabled: false } }, periodicNotesEnabled: true, dailyNotes },
			{
				periodicNotes: { calendarSets: [{ id: 'Default', day: { enabled: false, folder: 'X' } }] },
				periodicNotesEnabled: true,
				dailyNotes,
			},
		])
			expect(datedNotesLocation(settings(), found)).toEqual({
				folder: 'Daily',
				format: 'YYYY-MM-DD',
				anywhere: false,
				from: 'daily-notes',
			});
	});

	it('takes YYYY-MM-DD when the settings found name no format', () => {
		expect(datedNotesLocation(settings(), { periodicNotesEnabled: false, dailyNotes: { folder: 'Daily' } })).toMatchObject({
			folder: 'Daily',
			format: 'YYYY-MM-DD',
		});
	});

	it('with no daily-notes settings at all, looks for YYYY-MM-DD anywhere in the vault', () => {
		for (const found of [{ periodicNotesEnabled: false }, { periodicNotesEnabled: true, periodicNotes: 'garbage', dailyNotes: [1] }])
			expect(datedNotesLocation(settings(), found)).toEqual({ folder: '', format: 'YYYY-MM-DD', anywhere: true, from: 'default' });
		// Daily Notes settings with no folder are the vault root, as Daily Notes makes them.
		expect(datedNotesLocation(settings(), { periodicNotesEnabled: false, dailyNotes: {} })).toMatchObject({ folder: '', anywhere: false });
	});
});
