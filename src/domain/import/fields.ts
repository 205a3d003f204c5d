// What every import reader does to a field the same way, whatever the format: texts
// trimmed and empty ones left out, dates read strictly, a LinkedIn profile told from any
// other website, labels made tags, credentials told from a last name.
import { dayFromParts, formatDay } from '../day';
import { recordName, type FieldLeftOut, type ImportFormat, type ImportedPerson, type KeptValue } from './types';

/** A field left out because its value is not a date Rapport reads. */
export function notADate(row: number, name: string, field: string, value: string): FieldLeftOut {
	return { row, name, field, value, reason: 'is not a date Rapport reads' };
}

/** "row 4, Sam Rivera: 'Connected On' 3/12/2024 is not a date Rapport reads; imported without it" ("card 4" in a vCard file). */
export function leftOutText(item: FieldLeftOut, format: ImportFormat): string {
	return `${recordName(format, item.row)}, ${item.name}: '${item.field}' ${item.value} ${item.reason}; imported without it`;
}

/**
 * "card 3, Sam Rivera: email sam@new.example in the file; People/Sam Rivera.md keeps sam@old.example"
 * ("row 3" in a CSV): a value the import did not take because the note has another.
 */
export function keptText(item: KeptValue, format: ImportFormat): string {
	const file = `${item.field} ${item.inFile.join(', ')} in the file`;
	return `${recordName(format, item.row)}, ${item.name}: ${file}; ${item.path} keeps ${item.inNote.join(', ')}`;
}

/** A person with only a row and a name; readers fill in the rest. */
export function newPerson(row: number, name: string): ImportedPerson {
	return { row, name, nicknames: [], emails: [], phones: [], tags: [] };
}

/** The text trimmed, or undefined when nothing is left. */
export function present(text: string | undefined): string | undefined {
	const trimmed = text?.trim();
	return trimmed ? trimmed : undefined;
}

/** Each text trimmed, empty ones and repeats left out, in the order given. */
export function presentAll(texts: readonly (string | undefined)[]): string[] {
	const kept: string[] = [];
	for (const text of texts) {
		const trimmed = present(text);
		if (trimmed !== undefined && !kept.includes(trimmed)) kept.push(trimmed);
	}
	return kept;
}

/** Words joined by one space, the empty ones left out: `Jane`, ``, `Doe` → `Jane Doe`. */
export function joinWords(words: readonly (string | undefined)[]): string {
	return presentAll(words).join(' ');
}

// The host as a URL is written with or without a scheme or `www.`, in any case
// (`linkedin.com/in/x`, `https://de.linkedin.com/in/x`).
const LINKEDIN_PROFILE = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)*linkedin\.com\//i;

/** Whether a website is a LinkedIn page, which goes to `linkedin` instead of being dropped with the other websites. */
export function isLinkedInUrl(url: string): boolean {
	return LINKEDIN_PROFILE.test(url.trim());
}

/** A label or category as a tag: no `#` in front, spaces made `-` (`Travel agent` → `Travel-agent`). */
export function asTag(label: string): string | undefined {
	return present(label.trim().replace(/^#+/, '').replace(/\s+/g, '-'));
}

/** Tags for these labels, repeats left out. */
export function asTags(labels: readonly string[]): string[] {
	return presentAll(labels.map(asTag));
}

/**
 * A last name and the credentials written after it: LinkedIn has no field for them, so
 * people put them in the last name (`O'Brien, PMP`, `Doe, MBA, CFA`). What follows the
 * first comma is credentials; a last name with no comma is all last name.
 */
export function splitCredentials(lastName: string): { family: string; credentials?: string } {
	const comma = lastName.indexOf(',');
	if (comma < 0) return { family: lastName.trim() };
	const credentials = present(lastName.slice(comma + 1));
	const family = lastName.slice(0, comma).trim();
	return credentials ? { family, credentials } : { family };
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// `01 Jan 2024`, `1-Jul-25`, `01 January 2024`: LinkedIn has written Connected On each way.
const DAY_MONTH_YEAR = /^(\d{1,2})[ -]([a-z]{3,9})[ -](\d{2}|\d{4})$/i;

function monthNumber(name: string): number | undefined {
	// Three letters or more of the month's English name: `Jan`, `Sept`, `January`, never `Janitor`.
	const lower = name.toLowerCase();
	const index = MONTHS.findIndex((month) => month.startsWith(lower));
	return lower.length >= 3 && index >= 0 ? index + 1 : undefined;
}

/**
 * A day as `YYYY-MM-DD`, from `01 Jan 2024`, `01-Jul-25` or `2024-01-01`, or undefined
 * when the text is none of those or no real day (`31 Feb 2024`). A two-digit year is in
 * this century: LinkedIn, whose dates these are, began in 2003.
 */
export function readDayMonthYear(text: string): string | undefined {
	const trimmed = text.trim();
	const iso = ISO_DATE.exec(trimmed);
	if (iso) return dayText(Number(iso[1]), Number(iso[2]), Number(iso[3]));
	const spelled = DAY_MONTH_YEAR.exec(trimmed);
	if (!spelled) return undefined;
	const month = monthNumber(spelled[2] ?? '');
	if (month === undefined) return undefined;
	const year = (spelled[3] ?? '').length === 2 ? 2000 + Number(spelled[3]) : Number(spelled[3]);
	return dayText(year, month, Number(spelled[1]));
}

function dayText(year: number, month: number, dayOfMonth: number): string | undefined {
	const day = dayFromParts(year, month, dayOfMonth);
	return day === undefined ? undefined : formatDay(day);
}

// ISO 8601 as vCard and Google write a birthday: with or without dashes, `--` for no year,
// and a time after `T` that a birthday has no use for.
const BIRTHDAY = /^(\d{4}|--)-?(\d{2})-?(\d{2})(?:T[0-9:.+\-Z]*)?$/i;

/**
 * A birthday as `YYYY-MM-DD`, or `MM-DD` when no year is given (`--04-17`, `--0417`), from
 * `1988-09-03`, `19880903` or either with a time; undefined when it is not a real day.
 */
export function readBirthday(text: string): string | undefined {
	const match = BIRTHDAY.exec(text.trim());
	if (!match) return undefined;
	const month = Number(match[2]);
	const dayOfMonth = Number(match[3]);
	if (match[1] === '--') {
		// Any year that has a 29 February will do to check the day is real.
		return dayFromParts(2000, month, dayOfMonth) === undefined ? undefined : `${match[2] ?? ''}-${match[3] ?? ''}`;
	}
	return dayText(Number(match[1]), month, dayOfMonth);
}
