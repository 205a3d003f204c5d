// First-run detection: the folder full of people, and where daily notes are, found from
// notes' paths and property names alone.
import { describe, expect, it } from 'vitest';
import type { DatedNotesLocation } from '../../src/domain/datedNotes';
import { defaultSettings, type RapportSettings } from '../../src/domain/settings';
import { findContactsFolder, findDatedNotes, surveyVault, type SurveyNote } from '../../src/domain/vaultSurvey';

function notes(folder: string, count: number, properties: string[] = [], name = (i: number): string => `Note ${i}`): SurveyNote[] {
	return Array.from({ length: count }, (_, i) => ({ path: `${folder ? `${folder}/` : ''}${name(i)}.md`, properties }));
}

const person = ['company', 'role', 'email'];
const settings = (patch: Partial<RapportSettings> = {}): RapportSettings => ({ ...defaultSettings(), ...patch });
const noSettings: DatedNotesLocation = { folder: '', format: 'YYYY-MM-DD', anywhere: true, from: 'default' };
const days = (folder: string, count: number): SurveyNote[] => notes(folder, count, [], (i) => `2026-10-${String(i + 1).padStart(2, '0')}`);

describe('findContactsFolder', () => {
	it('finds the folder where most notes have two or more person-like properties, with counts', () => {
		const vault = [
			...notes('Network', 40, ['company', 'role']),
			...notes('Network', 2, ['tags']),
			...notes('Projects', 30, ['status', 'company']),
			...notes('', 5, person),
		];
		expect(findContactsFolder(vault, settings())).toEqual({ folder: 'Network', people: 40, notes: 42, configured: false });
	});

	it('counts the folders inside it, and reads property names in any case and as the settings map them', () => {
		const vault = [
			...notes('CRM/Work', 10, ['Company', 'Email']),
			...notes('CRM/Family', 6, ['Phone', 'Birthday']),
			...notes('CRM/Orgs', 4, ['employer', 'strength']),
		];
		expect(findContactsFolder(vault, settings())).toMatchObject({ folder: 'CRM', people: 16, notes: 20 });
		const mapped = settings({ keys: { ...defaultSettings().keys, company: 'employer', tie: 'strength' } });
		expect(findContactsFolder(vault, mapped)).toMatchObject({ folder: 'CRM', people: 20, notes: 20 });
	});

	it('takes the folder where people are the larger share when two hold as many, and never the templates', () => {
		const vault = [...notes('Areas/People', 12, person), ...notes('Areas/Ideas', 3, ['topic']), ...notes('Templates', 9, person)];
		expect(findContactsFolder(vault, settings())).toMatchObject({ folder: 'Areas/People', people: 12, notes: 12 });
	});

	it('proposes nothing when people are few, or not most of a folder', () => {
		expect(findContactsFolder(notes('People', 2, person), settings())).toBeUndefined();
		expect(
			findContactsFolder([...notes('Mixed', 10, person), ...notes('Mixed', 10, ['tags'], (i) => `Other ${i}`)], settings()),
		).toBeUndefined();
		expect(findContactsFolder(notes('People', 10, ['company']), settings())).toBeUndefined();
	});

	it('says when the folder is a contacts folder already', () => {
		expect(findContactsFolder(notes('people', 5, person), settings())).toMatchObject({ folder: 'people', configured: true });
		expect(findContactsFolder(notes('People/Work', 5, person), settings())).toMatchObject({ folder: 'People', configured: true });
		expect(findContactsFolder(notes('Contacts/Work', 5, person), settings({ contactFolders: ['Contacts/Work'] }))).toMatchObject({
			folder: 'Contacts',
			configured: false,
		});
	});
});

describe('findDatedNotes', () => {
	it('counts the notes where the daily-notes settings say they are', () => {
		const located: DatedNotesLocation = { folder: 'Daily', format: 'YYYY-MM-DD', anywhere: false, from: 'periodic-notes' };
		expect(findDatedNotes([...days('Daily', 12), ...days('Old', 3)], located)).toEqual({ ...located, count: 12 });
	});

	it('with no settings, finds the folder most of the notes named as a date are in', () => {
		const vault = [...days('Journal', 20), ...days('', 2), ...days('Meetings', 1), ...notes('Journal', 4)];
		expect(findDatedNotes(vault, noSettings)).toEqual({
			folder: 'Journal',
			format: 'YYYY-MM-DD',
			anywhere: false,
			from: 'names',
			count: 20,
			total: 23,
		});
		expect(findDatedNotes(days('', 3), noSettings)).toMatchObject({ folder: '', from: 'names', count: 3, total: 3 });
	});

	it('finds none in a vault without them, and keeps looking anywhere', () => {
		expect(findDatedNotes(notes('Notes', 5), noSettings)).toEqual({ ...noSettings, count: 0 });
	});
});

describe('surveyVault', () => {
	it('gives both', () => {
		const survey = surveyVault([...notes('Folks', 4, person), ...days('Daily', 2)], settings(), noSettings);
		expect(survey.contacts).toMatchObject({ folder: 'Folks', people: 4 });
		expect(survey.datedNotes).toMatchObject({ folder: 'Daily', count: 2 });
		expect(surveyVault(days('Daily', 2), settings(), noSettings).contacts).toBeUndefined();
	});
});
