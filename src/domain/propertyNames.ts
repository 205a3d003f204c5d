// Property names as Rapport reads them: `Company`, `COMPANY` and `company` are one property,
// as they are to a person typing them. A note's property is read under the name Rapport
// reads (the settings' spelling) when the note has none spelled exactly that way; a note
// with both keeps each, and the one spelled exactly is read. Writes go to the line as the
// note spells it (src/domain/noteProperties.ts), so a log never adds `last_contact` beside
// `Last_Contact`.
import { FIXED_KEYS } from './contact';
import { readProperties, type YamlParser } from './noteProperties';
import type { NoteText } from './noteText';
import { RATING_KEYS } from './review/selfRating';
import { DEFAULT_KEYS, type FieldKeys, type RapportSettings } from './settings';

/** The settings' mapped names, in one order. */
const FIELD_ORDER = Object.keys(DEFAULT_KEYS) as readonly (keyof FieldKeys)[];
// The review's rating keys too (its `date` is the meeting date's name, which settings may spell otherwise).
const FIXED_NAMES: readonly string[] = Object.freeze([
	...Object.values(FIXED_KEYS),
	RATING_KEYS.score,
	RATING_KEYS.yes,
	'tag',
	'alias',
	'template',
	'companies',
]);

interface Names {
	/** The settings' names, in `sameNames`' order: compared to see the cache still holds. */
	from: string[];
	exact: Set<string>;
	/** A name in lower case to the name Rapport reads. */
	byFolded: Map<string, string>;
}

let last: Names | undefined;

/** The settings' own names, in one order, without a list made on every call. */
function sameNames(from: readonly string[], settings: RapportSettings): boolean {
	let i = 0;
	for (const field of FIELD_ORDER) if (from[i++] !== settings.keys[field]) return false;
	return (
		from[i++] === settings.markerKey &&
		from[i++] === settings.categoryKey &&
		from[i++] === settings.meetingKeys.date &&
		from[i] === settings.meetingKeys.people
	);
}

function namesOf(settings: RapportSettings): Names {
	if (last && sameNames(last.from, settings)) return last;
	const from = [
		...FIELD_ORDER.map((field) => settings.keys[field]),
		settings.markerKey,
		settings.categoryKey,
		settings.meetingKeys.date,
		settings.meetingKeys.people,
	];
	const exact = new Set([...from, ...FIXED_NAMES].filter((name) => name !== ''));
	const byFolded = new Map<string, string>();
	// The settings' spelling first: when a setting and a fixed name fold alike, the setting's is read.
	for (const name of exact) if (!byFolded.has(name.toLowerCase())) byFolded.set(name.toLowerCase(), name);
	last = { from, exact, byFolded };
	return last;
}

/** The name Rapport reads a note's property by, or undefined for one it doesn't read. */
export function readName(name: string, settings: RapportSettings): string | undefined {
	const names = namesOf(settings);
	return names.exact.has(name) ? name : names.byFolded.get(name.toLowerCase());
}

/**
 * The properties with each name Rapport reads spelled its way: `{ Tie: 'strong' }` is
 * `{ tie: 'strong' }`. The same object when nothing needs it (most notes); else a copy in
 * the same order, the note's own object left as it was. Of two spellings of one name, the
 * exact one is read; of two others, the first.
 */
export function withReadNames(properties: Record<string, unknown>, settings: RapportSettings): Record<string, unknown> {
	const names = namesOf(settings);
	let renamed = false;
	for (const key in properties) {
		if (names.exact.has(key)) continue;
		const name = names.byFolded.get(key.toLowerCase());
		if (name !== undefined && !Object.prototype.hasOwnProperty.call(properties, name)) {
			renamed = true;
			break;
		}
	}
	if (!renamed) return properties;
	const out: Record<string, unknown> = {};
	const has = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);
	for (const key in properties) {
		if (!has(properties, key)) continue;
		const name = names.exact.has(key) ? key : names.byFolded.get(key.toLowerCase());
		const to = name !== undefined && !has(properties, name) && !has(out, name) ? name : key;
		// Defined, not assigned: a property named `__proto__` stays a property.
		Object.defineProperty(out, to, { value: properties[key], enumerable: true, writable: true, configurable: true });
	}
	return out;
}

/**
 * A note's properties as `readProperties` gives them (none, an Error, or the properties),
 * by the names Rapport reads: what a write reads before it finds its lines, since
 * `setProperty` finds `Status:` for `status`.
 */
export function readPropertiesByName(note: NoteText, parse: YamlParser, settings: RapportSettings): ReturnType<typeof readProperties> {
	const read = readProperties(note, parse);
	return read === undefined || read instanceof Error ? read : withReadNames(read, settings);
}
