// vCards (2.1, 3.0 and 4.0; iPhone and macOS, Android and Google, Outlook, Thunderbird),
// any number to a file. ical.js (Mozilla's parser) reads each card; vcardLines.ts first
// splits the file into cards and turns 2.1's ways into 3.0's. Pictures, sounds and keys
// are dropped; addresses and the rest are not imported.
import ICAL from 'ical.js';
import { asTags, isLinkedInUrl, joinWords, newPerson, notADate, present, presentAll, readBirthday } from './fields';
import type { FieldLeftOut, ImportedPerson, ParseOutcome, SkippedRow } from './types';
import { cardForParser, restoreBackslashes, splitCards, type CardText } from './vcardLines';

/** A property as ical.js's jCal gives it: `[name, params, type, ...values]`, text decoded, structured values as arrays. */
interface Prop {
	name: string;
	params: Record<string, unknown>;
	type: string;
	values: unknown[];
}

function props(jcal: unknown): Prop[] {
	if (!Array.isArray(jcal) || !Array.isArray(jcal[1])) return [];
	return (jcal[1] as unknown[]).flatMap((raw): Prop[] => {
		if (!Array.isArray(raw) || typeof raw[0] !== 'string') return [];
		const params = typeof raw[1] === 'object' && raw[1] !== null ? (raw[1] as Record<string, unknown>) : {};
		return [{ name: raw[0].toLowerCase(), params, type: String(raw[2]), values: raw.slice(3) }];
	});
}

/** A value as text: a structured one's parts joined by spaces. */
function text(value: unknown): string {
	if (typeof value === 'string') return restoreBackslashes(value);
	if (Array.isArray(value)) return joinWords(value.map(text));
	// Numbers (GEO) and such; a value ical.js made an object (a binary, a time) is nothing the import reads.
	return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

/** The nth part of a structured value (N, ORG), a part with several values joined by spaces. */
function part(value: unknown, n: number): string | undefined {
	if (!Array.isArray(value)) return n === 0 ? present(text(value)) : undefined;
	return present(text(value[n]));
}

function paramValues(prop: Prop, key: string): string[] {
	const value = prop.params[key];
	return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
}

// A value of type uri keeps its escapes in ical.js (a 4.0 TEL, Apple's `http\://` URLs).
function uriText(value: unknown): string {
	const raw = typeof value === 'string' ? value : '';
	return restoreBackslashes(raw.replace(/\\([\\,;:nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char)));
}

/** Every value of these properties as text, in the card's order. */
function all(list: readonly Prop[], name: string): string[] {
	return list.filter((p) => p.name === name).flatMap((p) => p.values.map(text));
}

function firstValue(list: readonly Prop[], name: string): unknown {
	return list.find((p) => p.name === name)?.values[0];
}

/** A LinkedIn profile among the card's websites, or in Apple's `X-SOCIALPROFILE;type=linkedin`. */
function linkedInOf(list: readonly Prop[]): string | undefined {
	for (const prop of list) {
		if (prop.name !== 'url' && prop.name !== 'x-socialprofile') continue;
		const value = uriText(prop.values[0]).trim();
		if (isLinkedInUrl(value)) return value;
		if (prop.name === 'x-socialprofile' && paramValues(prop, 'type').some((type) => type.toLowerCase() === 'linkedin')) {
			// Apple writes the user name alone when it has no URL: `x-user=jane-doe` or `x-apple:jane-doe`.
			const user = present(paramValues(prop, 'x-user')[0]) ?? present(value.replace(/^x-apple:/i, ''));
			if (user && !/[\s/:]/.test(user)) return `https://www.linkedin.com/in/${user}`;
		}
	}
	return undefined;
}

/** The card's name: FN, else one built from N (`Dr. Jane Q. Doe, PhD`). */
function nameOf(list: readonly Prop[]): string | undefined {
	const fn = present(all(list, 'fn')[0]);
	if (fn) return fn;
	const n = firstValue(list, 'n');
	if (n === undefined) return undefined;
	const name = joinWords([part(n, 3), part(n, 1), part(n, 2), part(n, 0)]);
	const suffix = part(n, 4);
	if (!name) return suffix;
	return suffix ? `${name}, ${suffix}` : name;
}

/** BDAY's value; Apple writes a birthday with no year in a year it names as left out (`X-APPLE-OMIT-YEAR=1604:1604-04-17`). */
function birthdayText(bday: Prop): string {
	const value = text(bday.values[0]).trim();
	const omitted = paramValues(bday, 'x-apple-omit-year')[0];
	return omitted && value.startsWith(omitted) ? `--${value.slice(omitted.length).replace(/^-/, '')}` : value;
}

type CardOutcome = { ok: true; person: ImportedPerson; leftOut: FieldLeftOut[] } | { ok: false; reason: string };

function parseCard(text: string): Prop[] {
	const parsed: unknown = ICAL.parse(text);
	// One card can hold only one; ical.js returns a list when the text had more.
	return props(Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed[0] : parsed);
}

function readsAlone(line: string, version: string): boolean {
	try {
		parseCard(['BEGIN:VCARD', version, line, 'END:VCARD'].join('\r\n'));
		return true;
	} catch {
		return false;
	}
}

/**
 * The card's properties, and the lines ical.js can't read: those are left out, one by one,
 * so one bad line (a quote never closed in a TYPE) costs its own field, not the card.
 */
function readProps(card: CardText): { list: Prop[]; unread: string[]; problem?: string } | { problem: string; list?: undefined } {
	const text = cardForParser(card);
	try {
		return { list: parseCard(text), unread: [] };
	} catch (error) {
		const lines = text.split('\r\n');
		const version = lines.find((line) => /^version\s*:/i.test(line)) ?? 'VERSION:4.0';
		const unread = lines.filter((line, i) => i > 0 && i < lines.length - 1 && line !== version && !readsAlone(line, version));
		const problem = cantRead(card, error);
		// No one line to blame, or the rest still can't be read: the card can't be read.
		if (unread.length === 0) return { problem };
		try {
			return { list: parseCard(lines.filter((line) => !unread.includes(line)).join('\r\n')), unread, problem };
		} catch {
			return { problem };
		}
	}
}

function cantRead(card: CardText, error: unknown): string {
	return `the card at line ${card.line} can't be read: ${error instanceof Error ? error.message : String(error)}`;
}

function readCard(card: CardText): CardOutcome {
	if (!card.ended) return { ok: false, reason: `the card at line ${card.line} has no END:VCARD` };
	const read = readProps(card);
	if (!read.list) return { ok: false, reason: read.problem };
	const { list } = read;
	const name = nameOf(list);
	// A card whose only name is on a line that can't be read is skipped as a card that can't be read.
	if (!name) return { ok: false, reason: read.problem ?? 'no name' };
	const leftOut: FieldLeftOut[] = read.unread.map((line) => ({
		row: card.row,
		name,
		field: (/^[^;:]*/.exec(line)?.[0] ?? '').replace(/^[^.]*\./, '').toUpperCase() || line,
		value: line,
		reason: "is a line Rapport can't read",
	}));
	const bday = list.find((p) => p.name === 'bday');
	const bdayText = bday ? birthdayText(bday) : '';
	const birthday = bdayText ? readBirthday(bdayText) : undefined;
	if (bdayText && !birthday) leftOut.push(notADate(card.row, name, 'BDAY', bdayText));

	const person = newPerson(card.row, name);
	const n = firstValue(list, 'n');
	// N keeps the prefix and suffix in parts of their own, so given and family come without them.
	const given = n === undefined ? undefined : part(n, 1);
	const family = n === undefined ? undefined : part(n, 0);
	if (given) person.given = given;
	if (family) person.family = family;
	person.nicknames = presentAll(all(list, 'nickname'));
	person.emails = presentAll(all(list, 'email').map((email) => email.replace(/^mailto:/i, '')));
	person.phones = presentAll(
		list.filter((p) => p.name === 'tel').map((p) => (p.type === 'uri' ? uriText(p.values[0]).replace(/^tel:/i, '') : text(p.values[0]))),
	);
	const linkedin = linkedInOf(list);
	if (linkedin) person.linkedin = linkedin;
	const org = firstValue(list, 'org');
	const company = org === undefined ? undefined : part(org, 0);
	if (company) person.company = company;
	const role = present(all(list, 'title')[0]) ?? present(all(list, 'role')[0]);
	if (role) person.role = role;
	if (birthday) person.birthday = birthday;
	// ical.js takes 3.0's NOTE for a list and splits it at each comma left unescaped (2.1 never
	// escapes them, nor do many 3.0 writers): it is one note, so the commas go back.
	const notes = list.filter((p) => p.name === 'note').map((p) => p.values.map(text).join(','));
	const note = present(presentAll(notes).join('\n\n').replace(/\r\n?/g, '\n'));
	if (note) person.note = note;
	person.tags = asTags(all(list, 'categories'));
	return { ok: true, person, leftOut };
}

/** Whether the text has a card in it: what `import vcard` reads, and what another format's refusal points to. */
export function isVcardFile(text: string): boolean {
	return splitCards(text).length > 0;
}

export function readVcards(text: string): ParseOutcome {
	const cards = splitCards(text);
	if (cards.length === 0) return { ok: false, reason: 'No BEGIN:VCARD in the file: a vCard file (.vcf) has one for each contact.' };
	const people: ImportedPerson[] = [];
	const skipped: SkippedRow[] = [];
	const leftOut: FieldLeftOut[] = [];
	for (const card of cards) {
		const outcome = readCard(card);
		if (outcome.ok) {
			people.push(outcome.person);
			leftOut.push(...outcome.leftOut);
		} else skipped.push({ row: card.row, reason: outcome.reason });
	}
	return { ok: true, format: 'vcard', people, skipped, leftOut, records: cards.length };
}
