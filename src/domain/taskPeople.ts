// Whose follow-up a task in a meeting note is. A task that names attendees (links them,
// or says their name, first name or an alias as a whole word) is theirs alone; a task
// that names nobody is everyone's, and the queue shows it once with all their names.

/** An attendee as a task may name them. */
export interface TaskPerson {
	path: string;
	/** The note's name: `Sam Rivera`. */
	name: string;
	aliases: readonly string[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether `word` stands in `text` as a whole word: "Jo" is in "Send Jo's deck", not in "Jones". */
export function hasWord(text: string, word: string): boolean {
	if (!word) return false;
	for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
		const before = text.charAt(at - 1);
		const after = text.charAt(at + word.length);
		if (!(before && WORD_CHAR.test(before)) && !(after && WORD_CHAR.test(after))) return true;
	}
	return false;
}

/**
 * What a task may call someone: their name, its first word (a first name) and their
 * aliases, as written. Case counts: names are written capitalised, and "will", "mark" or
 * "rose" in lower case are words, not Will, Mark or Rose.
 */
export function namesOf(person: TaskPerson): string[] {
	const first = person.name.split(/[\s,]+/)[0] ?? '';
	return [person.name, ...(first.length > 1 && first !== person.name ? [first] : []), ...person.aliases];
}

/**
 * The attendees a task names: those it links (`linked`, the contacts its links reach) and
 * those whose name, first name or alias it says as a whole word. Empty when it names nobody.
 */
export function attendeesNamed(text: string, attendees: readonly TaskPerson[], linked: ReadonlySet<string>): TaskPerson[] {
	return attendees.filter((person) => linked.has(person.path) || namesOf(person).some((name) => hasWord(text, name)));
}
