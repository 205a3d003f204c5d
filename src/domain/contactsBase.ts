// "Create contacts base": an Obsidian Bases file (`People.base`) with table views over the
// contact notes, found by the same rules as the index (folders, tags, the marker and the
// category, templates left out) and showing the properties under the names in settings.
// Bases reads properties, not the interaction log or daily notes, so its Overdue view is
// the part a property can say: a `next_follow_up` passed, or a `last_contact` older than the
// tie's cadence (the properties typed as dates, as the README says). The queue remains the full answer.
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

	const columns = ['file.name', p(k.company), p(k.role), p(k.tie), p(k.cadence), p(k.lastContact), p(k.nextFollowUp), status];
	const column = (list: readonly string[]): string[] => list.map((c) => `      - ${quoted(c)}`);
	const active = `${status} != "dormant" && ${status} != "archived"`;

	out.push('views:');
	out.push('  - type: table', `    name: ${quoted('All contacts')}`, '    order:', ...column(columns));
	out.push('    sort:', `      - property: ${quoted('file.name')}`, '        direction: ASC');

	const ties = Object.entries(settings.cadenceDays) as [Tie, number][];
	const lastContact = p(k.lastContact);
	const overdue = [
		`${p(k.nextFollowUp)} && ${p(k.nextFollowUp)} < today()`,
		...ties.map(([tie, days]) => `!${p(k.nextFollowUp)} && ${p(k.tie)} == "${tie}" && ${lastContact} < today() - "${days}d"`),
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
	out.push('    order:', ...column(columns));
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
