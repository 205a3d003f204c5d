import { describe, expect, it } from 'vitest';
import { readName, withReadNames } from '../../src/domain/propertyNames';
import { defaultSettings } from '../../src/domain/settings';
import { day, vault } from '../builders';

const settings = defaultSettings();

describe('property names in any case', () => {
	it('reads Tie, COMPANY and Last_Contact as the names Rapport reads, in the note’s order', () => {
		const read = withReadNames({ Tie: 'strong', note: 'x', COMPANY: 'Acme', Last_Contact: '2026-11-01', Type: 'contact' }, settings);
		expect(read).toEqual({ tie: 'strong', note: 'x', company: 'Acme', last_contact: '2026-11-01', type: 'contact' });
		expect(Object.keys(read)).toEqual(['tie', 'note', 'company', 'last_contact', 'type']);
	});

	it('reads the one spelled exactly when a note has two spellings, and the first of two others', () => {
		expect(withReadNames({ Tie: 'strong', tie: 'weak' }, settings)).toEqual({ Tie: 'strong', tie: 'weak' });
		expect(withReadNames({ Status: 'dormant', STATUS: 'active' }, settings)).toEqual({ status: 'dormant', STATUS: 'active' });
	});

	it('leaves a note’s own object alone, and gives it back as it is when nothing needs a new name', () => {
		const plain = { tie: 'weak', Energy: 3, created: '2026-01-01' };
		expect(withReadNames(plain, settings)).toBe(plain);
		const capital = { Company: 'Acme' };
		withReadNames(capital, settings);
		expect(capital).toEqual({ Company: 'Acme' });
	});

	it('reads by the names the settings give, whatever case either is written in', () => {
		const custom = defaultSettings();
		custom.keys.lastContact = 'LastSeen';
		custom.meetingKeys.date = 'Date';
		expect(withReadNames({ lastseen: '2026-11-01', date: '2026-11-02' }, custom)).toEqual({ LastSeen: '2026-11-01', Date: '2026-11-02' });
		expect(readName('LASTSEEN', custom)).toBe('LastSeen');
		expect(readName('last_contact', custom)).toBeUndefined();
		expect(readName('Energy', custom)).toBeUndefined();
	});

	it('keeps a property named __proto__ a property', () => {
		const properties = JSON.parse('{"__proto__": {"tie": "strong"}, "Company": "Acme"}') as Record<string, unknown>;
		const read = withReadNames(properties, settings);
		expect(Object.keys(read)).toEqual(['__proto__', 'company']);
		expect((read as { tie?: unknown }).tie).toBeUndefined();
	});
});

describe('two spellings of one property in a contact', () => {
	it('are named under problems, with the one read', () => {
		const v = vault().note(
			'People/Ana',
			'---\nTie: strong\nTIE: weak\nLast_Contact: 2026-01-01\nlast_contact: 2026-11-01\nEnergy: 3\n---\n',
		);
		const [contact] = v.index().contacts();
		expect(contact?.tie).toBe('strong');
		expect(contact?.lastContact).toBe(day('2026-11-01'));
		expect(
			v
				.index()
				.problems()
				.map((p) => p.message),
		).toEqual([
			'Last_Contact is another spelling of last_contact, which is the one read: keep one of them',
			'TIE is another spelling of tie, which is the one read: keep one of them',
		]);
	});
});
