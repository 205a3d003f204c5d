// People.base's Overdue view goes by each contact's own cadence, read as Rapport reads it:
// the formula's table, run in JavaScript (Bases' regular expressions are JavaScript's),
// gives the same length as parseCadence for every way a cadence can be written, and the
// tie's cadence where the note has none Rapport can read.
import { load as parseYamlText } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseCadence, type Cadence } from '../../src/domain/cadence';
import { basesDuration, contactsBaseYaml } from '../../src/domain/contactsBase';
import { defaultSettings } from '../../src/domain/settings';

/** A cadence written as a Bases duration ("3M"), as Rapport's own count and unit. */
function asRapport(duration: string): Pick<Cadence, 'count' | 'unit'> {
	const match = /^(\d+)\s*([dwMy])$/.exec(duration);
	if (!match) throw new Error(`not a duration: ${duration}`);
	const unit = ({ d: 'd', w: 'w', M: 'm', y: 'y' } as const)[match[2] as 'd' | 'w' | 'M' | 'y'];
	return { count: Number(match[1]), unit };
}

describe('People.base', () => {
	it("reads a contact's cadence as Rapport does, however it is written", () => {
		const written = [
			'30d',
			'30 days',
			'1 day',
			'2w',
			'6 weeks',
			'3 wks',
			'3m',
			'3mo',
			'6 months',
			'1y',
			'2 yrs',
			'2 years',
			'45',
			'monthly',
			'Quarterly',
			' biweekly ',
			'fortnightly',
			'annually',
			'biannually',
			'daily',
		];
		for (const text of written) {
			// A number in the note (`cadence: 45`) is days; Bases reads it as text, "45".
			const rapport = parseCadence(/^\d+$/.test(text) ? Number(text) : text);
			const duration = basesDuration(text);
			expect(duration, text).toBeDefined();
			expect(asRapport(duration ?? ''), text).toEqual({ count: rapport?.count, unit: rapport?.unit });
		}
		// A month is M to Bases: its m is a minute.
		expect(basesDuration('3m')).toBe('3M');
	});

	it("leaves a cadence Rapport can't read to the tie's", () => {
		for (const text of ['often', 'every 2 weeks', '3 fortnights', '']) {
			expect(parseCadence(text), text).toBeUndefined();
			expect(basesDuration(text), text).toBeUndefined();
		}
	});

	it("filters Overdue by the contact's cadence, else the tie's in days, and shows it beside theirs", () => {
		const settings = defaultSettings();
		settings.cadenceDays.strong = 21;
		const base = parseYamlText(contactsBaseYaml(settings)) as {
			formulas: Record<string, string>;
			views: { name: string; filters?: unknown; order: string[] }[];
		};
		const every = base.formulas.keep_in_touch_every ?? '';
		expect(every).toContain('if(formula.cadence_text == "monthly", "1M"');
		expect(every).toContain('formula.cadence_text.replace(/[^0-9]/g, "") + "M"');
		expect(every).toContain('if(note.tie == "strong", "21d", if(note.tie == "medium", "90d", if(note.tie == "weak", "180d", ""))');
		const overdue = base.views.find((v) => v.name === 'Overdue');
		expect(JSON.stringify(overdue?.filters)).toContain('note.last_contact < today() - formula.keep_in_touch_every');
		expect(overdue?.order.slice(4, 6)).toEqual(['note.cadence', 'formula.keep_in_touch_every']);
	});
});
