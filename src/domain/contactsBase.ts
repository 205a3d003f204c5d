// "Create contacts base": an Obsidian Bases file (`People.base`) with table views over the
// contact notes, found by the same rules as the index (folders, tags, the marker and the
// category, templates left out) and showing the properties under the names in settings.
// Bases reads properties, not the interaction log or daily notes, so its Overdue view is
// the part a property can say: a `next_follow_up` passed, or a `last_contact` older than the
// contact's own cadence, else their tie's (the properties typed as dates, as the README
// says). The queue remains the full answer.
import { CADENCE_UNIT_WORDS, NAMED_CADENCES, type CadenceUnit } from './cadence';
import type { RapportSettings, Tie } from './settings';

/** Where the base goes (the vault's root) and its name. */
export const CONTACTS_BASE_NAME = 'People';

/** A YAML scalar that says exactly this text: JSON's quoting is YAML's double-quoted style. */
function quoted(text: string): string {
	return JSON.stringify(text);
}

/** A note property in a Bases expression: `note.company`, or `note["first met"]` for a name that is no identifier. */
export function noteProperty(key: string): string {
	return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `note.${key}` : `note[${JSON.stringify(key)}]`;
}

/** The rules that make a note a contact, as one Bases filter each. */
function contactRules(settings: RapportSettings): string[] {
	const rules: string[] = [];
	for (const folder of settings.contactFolders) if (folder) rules.push(`file.inFolder(${JSON.stringify(folder)})`);
	for (const tag of settings.contactTags) if (tag) rules.push(`file.hasTag(${JSON.stringify(tag)})`);
	if (settings.markerKey) rules.push(`${noteProperty(settings.markerKey)} == ${JSON.stringify(settings.markerValue)}`);
	if (settings.categoryKey)
		rules.push(`${noteProperty(settings.categoryKey)}.toString().contains(${JSON.stringify(`[[${settings.categoryValue}]]`)})`);
	return rules;
}

/** Bases' duration units for Rapport's: `m` is a month to Rapport, a minute to Bases (`M` is its month). */
const BASES_UNIT: Record<CadenceUnit, string> = { d: 'd', w: 'w', m: 'M', y: 'y' };

/** The formula holding the contact's cadence as text, lower case, trimmed ("" with none). */
const CADENCE_TEXT = 'cadence_text';
/** The formula holding how often to be in touch, as a Bases duration ("30d", "3M"), or "" for no rule. */
const EVERY = 'keep_in_touch_every';

/**
 * How the view reads a written cadence, in the order tried: each name (`monthly` is "1M"),
 * then a count with a unit word (`6 weeks`, `3m`: the digits, with Bases' letter for the
 * unit), then a bare number of days (a number in the note). Regular expressions in Bases are JavaScript's, so
 * `basesDuration` runs this same table and the tests hold it to `parseCadence`.
 */
function cadenceRules(): { name?: string; pattern?: string; unit: string }[] {
	const rules: { name?: string; pattern?: string; unit: string }[] = [];
	for (const [name, cadence] of NAMED_CADENCES) rules.push({ name, unit: `${cadence.count}${BASES_UNIT[cadence.unit]}` });
	for (const unit of ['d', 'w', 'm', 'y'] as const) {
		const words = [...CADENCE_UNIT_WORDS].filter(([, u]) => u === unit).map(([word]) => word);
		rules.push({ pattern: `^\\d+\\s*(${words.join('|')})$`, unit: BASES_UNIT[unit] });
	}
	rules.push({ pattern: '^\\d+$', unit: 'd' });
	return rules;
}

/**
 * A cadence as the base's formula reads it: a Bases duration, or undefined where the tie's
 * cadence stands instead. The formula's twin in JavaScript, for the tests.
 */
export function basesDuration(text: string): string | undefined {
	const written = text.trim().toLowerCase();
	for (const rule of cadenceRules()) {
		if (rule.name !== undefined && written === rule.name) return rule.unit;
		if (rule.pattern !== undefined && new RegExp(rule.pattern).test(written)) return `${written.replace(/\D/g, '')}${rule.unit}`;
	}
	return undefined;
}

/** The formula for EVERY: the contact's cadence as a Bases duration, else the tie's cadence in days, else "". */
function everyFormula(settings: RapportSettings, tieProperty: string): string {
	const text = `formula.${CADENCE_TEXT}`;
	const ties = Object.entries(settings.cadenceDays) as [Tie, number][];
	let formula = ties.reduceRight((rest, [tie, days]) => `if(${tieProperty} == "${tie}", "${days}d", ${rest})`, '""');
	for (const rule of cadenceRules().reverse()) {
		if (rule.name !== undefined) formula = `if(${text} == "${rule.name}", "${rule.unit}", ${formula})`;
		else if (rule.pattern !== undefined)
			formula = `if(/${rule.pattern}/.matches(${text}), ${text}.replace(/[^0-9]/g, "") + "${rule.unit}", ${formula})`;
	}
	return formula;
}

/** The base's YAML. */
export function contactsBaseYaml(settings: RapportSettings): string {
	const k = settings.keys;
	const p = (key: string): string => noteProperty(key);
	const status = p(k.status);
	const out: string[] = [];
	out.push('# Made by Rapport\'s "Create contacts base": edit freely; Rapport never writes it again.');
	out.push('filters:', '  and:');
	out.push('    - or:');
	const rules = contactRules(settings);
	for (const rule of rules.length ? rules : ['false']) out.push(`        - ${quoted(rule)}`);
	if (settings.templatesFolder) out.push(`    - ${quoted(`!file.inFolder(${JSON.stringify(settings.templatesFolder)})`)}`);
	out.push(`    - ${quoted(`file.ext == "md"`)}`);
	const cadence = p(k.cadence);
	out.push('formulas:');
	out.push(`  ${CADENCE_TEXT}: ${quoted(`if(${cadence}, ${cadence}.toString().lower().trim(), "")`)}`);
	out.push(`  ${EVERY}: ${quoted(everyFormula(settings, p(k.tie)))}`);
	out.push('properties:', `  formula.${EVERY}:`, `    displayName: ${quoted('Keep in touch every')}`);

	const columns = ['file.name', p(k.company), p(k.role), p(k.tie), p(k.cadence), p(k.lastContact), p(k.nextFollowUp), status];
	const column = (list: readonly string[]): string[] => list.map((c) => `      - ${quoted(c)}`);
	const active = `${status} != "dormant" && ${status} != "archived"`;

	out.push('views:');
	out.push('  - type: table', `    name: ${quoted('All contacts')}`, '    order:', ...column(columns));
	out.push('    sort:', `      - property: ${quoted('file.name')}`, '        direction: ASC');

	const lastContact = p(k.lastContact);
	const overdue = [
		`${p(k.nextFollowUp)} && ${p(k.nextFollowUp)} < today()`,
		`!${p(k.nextFollowUp)} && formula.${EVERY} != "" && ${lastContact} < today() - formula.${EVERY}`,
	];
	out.push(
		'  - type: table',
		`    name: ${quoted('Overdue')}`,
		'    filters:',
		'      and:',
		`        - ${quoted(active)}`,
		'        - or:',
	);
	for (const rule of overdue) out.push(`            - ${quoted(rule)}`);
	// What the view went by, beside the cadence as written.
	out.push('    order:', ...column([...columns.slice(0, 5), `formula.${EVERY}`, ...columns.slice(5)]));
	out.push('    sort:', `      - property: ${quoted(lastContact)}`, '        direction: ASC');

	out.push(
		'  - type: table',
		`    name: ${quoted('By company')}`,
		'    groupBy:',
		`      property: ${quoted(p(k.company))}`,
		'      direction: ASC',
	);
	out.push('    order:', ...column(columns));
	out.push(
		'  - type: table',
		`    name: ${quoted('By tie')}`,
		'    groupBy:',
		`      property: ${quoted(p(k.tie))}`,
		'      direction: ASC',
	);
	out.push('    order:', ...column(columns));
	return `${out.join('\n')}\n`;
}
