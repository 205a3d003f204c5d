// Finding the contacts a command names: `log --contact` and `meeting --with` take the
// same names (a note path, a note's name or an alias, as a link would resolve them) and
// refuse the same way when a name finds nobody or several people.
import type { Contact } from '../domain/contact';
import { baseName, linkTarget } from '../domain/links';
import { notAContactBecause } from '../domain/recognition';
import type { OpenVault } from './openVault';
import type { Io } from './io';
import { listed } from '../domain/words';

/**
 * `--contact A --contact B` and `--contact A,B` both name A and B. Each text is kept whole
 * here: `findContacts` splits it at its commas only when the whole names nobody, since
 * "Doe, Jane" is how people who file names last-name-first name Jane Doe's note.
 */
export function namesOption(values: readonly string[] | undefined): string[] {
	return (values ?? []).map((value) => value.trim()).filter((value) => value.split(',').some((name) => name.trim() !== ''));
}

/** What a text names: one contact (or several it could be) as a whole, else each of its comma-separated parts. */
function namesIn(contacts: readonly Contact[], text: string, option: string): [string, Contact | string][] {
	const whole = findContact(contacts, text, option);
	if (typeof whole !== 'string' || !text.includes(',') || !whole.startsWith('no contact named')) return [[text, whole]];
	const parts = text
		.split(',')
		.map((name) => name.trim())
		.filter(Boolean)
		.map((name): [string, Contact | string] => [name, findContact(contacts, name, option)]);
	// When no part names anyone either, the whole was meant: say what it is close to.
	return parts.some(([, found]) => typeof found !== 'string') ? parts : [[text, whole]];
}

/**
 * The note of each name, each once, in the order named; or undefined (each problem
 * said) if any name finds none or several. `option` is the one to suggest a path with.
 */
export function findContacts(names: readonly string[], vault: OpenVault, io: Io, option = '--contact'): string[] | undefined {
	const contacts = vault.index.contacts();
	const paths: string[] = [];
	let missing = false;
	for (const [name, found] of names.flatMap((text) => namesIn(contacts, text, option))) {
		if (typeof found === 'string') {
			const note = found.startsWith('no contact named') ? notAContact(vault, nameKey(name)) : undefined;
			io.err(`rapport: ${found}${note ? `; ${note}` : ''}`);
			missing = true;
		} else if (!paths.includes(found.path)) paths.push(found.path);
	}
	const unreadable = vault.source.unreadable.length;
	if (missing && unreadable > 0)
		io.err(`rapport: ${unreadable} ${unreadable === 1 ? 'note' : 'notes'} could not be read; 'rapport problems' lists them`);
	return missing ? undefined : paths;
}

/**
 * The contact a name means, as a link would pick it: a note path over a note's name
 * over an alias, case-insensitive. Two matches of the same strength are refused rather
 * than guessed at. A string is what to tell the user instead.
 */
function findContact(contacts: readonly Contact[], name: string, option: string): Contact | string {
	const key = nameKey(name);
	const matches = [
		contacts.filter((c) => fold(c.path) === `${key}.md`),
		contacts.filter((c) => fold(c.name) === key),
		contacts.filter((c) => c.aliases.some((alias) => fold(alias) === key)),
	].find((tier) => tier.length > 0);
	if (matches?.length === 1 && matches[0]) return matches[0];
	if (matches)
		return (
			`'${name}' could be any of ${listed(matches.map((c) => c.path))}; ` +
			`give the note's path instead, as ${option} '${matches[0]?.path ?? ''}'`
		);
	const close = closeNames(contacts, key);
	return `no contact named '${name}'${close.length > 0 ? ` (did you mean ${listed(close, 'or')}?)` : ''}`;
}

/**
 * For a name no contact answers to: the note it names all the same, and why that note is
 * no contact (empty, in the templates folder, outside the contact folders), so the fix is
 * plain. Walks the vault once more, only when a name has failed.
 */
function notAContact(vault: OpenVault, key: string): string | undefined {
	for (const path of vault.source.paths()) {
		if (fold(baseName(path)) !== key && fold(path) !== `${key}.md`) continue;
		const problem = vault.index.problems().find((p) => p.path === path)?.message;
		const snapshot = vault.source.read(path);
		const why = problem ?? (snapshot && notAContactBecause(snapshot, vault.config.settings));
		if (why) return `${path} is a note but no contact (${why})`;
	}
	return undefined;
}

/** A name as typed, `[[Sam Rivera]]` or `Sam Rivera.md` included, for comparing. */
function nameKey(name: string): string {
	const target = /^\[\[.*\]\]$/.test(name.trim()) ? linkTarget(name) : name;
	return fold(target).replace(/\.md$/, '');
}

/** A name for comparing: NFC, trimmed, single-spaced, lower case. */
export function fold(text: string): string {
	return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Up to three contacts whose name or alias is a typo away from the key, or who have it as one word of their name. */
function closeNames(contacts: readonly Contact[], key: string): string[] {
	const limit = Math.max(1, Math.floor(key.length / 4));
	const near: { name: string; distance: number }[] = [];
	for (const contact of contacts) {
		const distance = Math.min(...[contact.name, ...contact.aliases].map((n) => editDistance(fold(n), key, limit)));
		if (distance <= limit || fold(contact.name).split(' ').includes(key)) near.push({ name: contact.name, distance });
	}
	near.sort((a, b) => a.distance - b.distance);
	return [...new Set(near.map((n) => n.name))].slice(0, 3);
}

/** Levenshtein distance, or limit + 1 as soon as it must be more than the limit. */
function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		if (Math.min(...current) > limit) return limit + 1;
		previous = current;
	}
	return previous[b.length] ?? limit + 1;
}
