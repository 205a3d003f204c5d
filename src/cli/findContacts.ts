// Finding the contacts a command names: `log --contact` and `meeting --with` take the
// same names (a note path, a note's name or an alias, as a link would resolve them) and
// refuse the same way when a name finds nobody or several people.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Contact } from '../domain/contact';
import { baseName, compareNames, typedTarget } from '../domain/links';
import { notAContactBecause } from '../domain/recognition';
import type { Person } from '../actions/context';
import { newContactPath } from '../domain/newContact';
import type { OpenVault } from './openVault';
import type { Io } from './io';
import { namesakeLabels } from '../domain/namesakes';
import { closeNames, didYouMean, foldName as fold, listed, looseName as looseFold } from '../domain/words';

/**
 * `--contact A --contact B` and `--contact A,B` both name A and B. Each text is kept whole
 * here: `findContacts` splits it at its commas only when the whole names nobody, since
 * "Doe, Jane" is how people who file names last-name-first name Jane Doe's note.
 */
export function namesOption(values: readonly string[] | undefined): string[] {
	return (values ?? []).map((value) => value.trim()).filter((value) => value.split(',').some((name) => name.trim() !== ''));
}

/** A name no contact answers to, with the contacts' names it is close to. */
interface NoMatch {
	nobody: string;
	close: string[];
}

/** What a name finds: one contact, nobody (with names close to it), or why it can't tell (several). */
type Found = Contact | NoMatch | string;

const isContact = (found: Found): found is Contact => typeof found !== 'string' && !('nobody' in found);

/**
 * What a text names: one contact (or several it could be) as a whole, else the names its
 * commas separate, read from the left, each the longest run of parts that names someone
 * (`Sam Rivera, Doe, Jane` is Sam Rivera and Doe, Jane), else one part.
 */
function namesIn(contacts: readonly Contact[], text: string, option: string): [string, Found][] {
	const whole = findContact(contacts, text, option);
	if (typeof whole === 'string' || isContact(whole) || !text.includes(',')) return [[text, whole]];
	const words = text
		.split(',')
		.map((name) => name.trim())
		.filter(Boolean);
	const parts: [string, Found][] = [];
	for (let from = 0; from < words.length;) {
		let to = words.length;
		let found: Contact | string | undefined;
		// Runs nobody answers to are passed by without looking for names close to them.
		for (; to > from + 1; to--) {
			found = known(contacts, words.slice(from, to).join(', '), option);
			if (found !== undefined) break;
		}
		const name = words.slice(from, to).join(', ');
		parts.push([name, found ?? findContact(contacts, name, option)]);
		from = to;
	}
	// When no part names anyone either, the whole was meant: say what it is close to.
	return parts.some(([, found]) => isContact(found)) ? parts : [[text, whole]];
}

/**
 * What every command says of a name no contact answers to. Names are matched exactly, so a
 * close name is only asked about; where --create is offered (meeting --with), it is offered
 * as making a new contact of the name typed, not as the way to reach the close one.
 */
function nobodyNamed({ nobody, close }: NoMatch, offer: boolean, untitled: Contact | undefined): string {
	const said = `no contact named '${nobody}'`;
	// A new contact of this name would be this one's note: --create makes nobody new.
	if (untitled) return `${said}; did you mean ${untitled.name}? (without its title or credentials, the name is theirs)`;
	const meant = didYouMean(close);
	if (!offer) return meant ? `${said}; ${meant}` : said;
	return meant ? `${said}; ${meant} (--create makes a new contact named ${nobody})` : `${said}; add --create to make them a new contact`;
}

/**
 * The note of each name, each once, in the order named; or undefined (each problem
 * said) if any name finds none or several. `option` is the one to suggest a path with.
 */
export function findContacts(names: readonly string[], vault: OpenVault, io: Io, option = '--contact'): string[] | undefined {
	return lookUp(names, vault, io, option, 'refuse')?.map((person) => person.path ?? '');
}

/**
 * For meeting's `--with`: each person named, a contact or, with `--create`, a new name
 * to make one of. Without it, a name that finds nobody is refused, with `--create` offered.
 */
export function findPeople(names: readonly string[], vault: OpenVault, io: Io, create: boolean): Person[] | undefined {
	return lookUp(names, vault, io, '--with', create ? 'create' : 'offer');
}

/** What to do with a name that finds nobody: refuse it, refuse it offering --create, or make it a new person. */
type Nobody = 'refuse' | 'offer' | 'create';

function lookUp(names: readonly string[], vault: OpenVault, io: Io, option: string, nobody: Nobody): Person[] | undefined {
	const contacts = vault.index.contacts();
	const people: Person[] = [];
	let missing = false;
	for (const [name, found] of names.flatMap((text) => namesIn(contacts, text, option))) {
		if (isContact(found)) {
			if (!people.some((p) => p.path === found.path)) people.push({ name: found.name, path: found.path });
			continue;
		}
		const none = typeof found !== 'string';
		const note = none ? notAContact(vault, nameKey(name)) : undefined;
		// The contact whose note a new contact of this name would be (`Dr. Sam Rivera` is Sam Rivera's).
		const path = none ? newContactPath(name, vault.config.settings) : undefined;
		const there = path === undefined ? undefined : vault.index.contact(path);
		const untitled = there && fold(baseName(there.path)) !== fold(nameKey(name)) ? there : undefined;
		if (none && nobody === 'create') {
			// A new contact's note is never one already there: the meeting would be logged on a note that is no contact.
			if (there) {
				// `../x` is x's note: the file name is the name cleaned. Said when the title or credentials were what differed.
				if (untitled)
					io.err(`rapport: '${name}' is taken as ${there.name} (${there.path}): without its title or credentials, the name is theirs`);
				if (!people.some((p) => p.path === there.path)) people.push({ name: there.name, path: there.path });
				continue;
			}
			if (path === undefined || !existsSync(join(vault.source.root, path))) {
				if (!people.some((p) => p.path === undefined && fold(p.name) === fold(name))) people.push({ name });
				continue;
			}
			io.err(`rapport: ${note ?? `${path} is a note but no contact`}, so --create can't make '${name}' a contact there`);
		} else {
			const said = none ? nobodyNamed(found, nobody === 'offer' && !note, untitled) : found;
			io.err(`rapport: ${said}${note ? `; ${note}` : ''}`);
		}
		missing = true;
	}
	const unreadable = vault.source.unreadable.length;
	if (missing && unreadable > 0)
		io.err(`rapport: ${unreadable} ${unreadable === 1 ? 'note' : 'notes'} could not be read; 'rapport problems' lists them`);
	return missing ? undefined : people;
}

/**
 * The contact a name means, as a link would pick it: a note path over a note's name
 * over an alias, case-insensitive. Two matches of the same strength are refused rather
 * than guessed at. A string is what to tell the user instead.
 */
function findContact(contacts: readonly Contact[], name: string, option: string): Found {
	return known(contacts, name, option) ?? { nobody: name, close: closeNames(nameKey(name), contacts, (c) => [c.name, ...c.aliases]) };
}

/** `findContact` short of its last answer: undefined where nobody answers to the name. */
function known(contacts: readonly Contact[], name: string, option: string): Contact | string | undefined {
	const matches = answering(contacts, nameKey(name));
	if (matches?.length === 1 && matches[0]) return matches[0];
	const told = toldApart(contacts, name, option);
	if (told) return told;
	if (matches)
		return (
			`'${name}' could be any of ${listed(matches.map((c) => c.path))}; ` +
			`give the note's path instead, as ${option} '${matches[0]?.path ?? ''}'`
		);
	return undefined;
}

/** The contacts of the strongest tier that finds any: note path, then name, then alias; undefined when none does. */
function answering(contacts: readonly Contact[], key: string): Contact[] | undefined {
	// As typed (case aside) first; only when that finds nobody, accents and apostrophes aside too (`jose` finds José, `O'Neil` O’Neil).
	const tiers = (same: (a: string) => string, wanted: string): (() => Contact[])[] => [
		() => contacts.filter((c) => same(c.path) === `${wanted}.md`),
		() => contacts.filter((c) => same(c.name) === wanted),
		() => contacts.filter((c) => c.aliases.some((alias) => same(alias) === wanted)),
	];
	// Each tier only when the ones before it found nobody: the loose ones fold every name again.
	for (const tier of [...tiers(fold, key), ...tiers(looseFold, looseFold(key))]) {
		const found = tier();
		if (found.length > 0) return found;
	}
	return undefined;
}

/**
 * A namesake as the queue's text labels them, `Alex Kim (Initech)` or `Alex Kim
 * (People/Work/Alex Kim.md)`: the one contact of that name whose company (case and accents
 * aside, as the queue groups companies) or note path is the bracket's. Asked only when the
 * whole text finds nobody, or several.
 */
function toldApart(contacts: readonly Contact[], name: string, option: string): Contact | string | undefined {
	const text = name.trim();
	const open = text.lastIndexOf('(');
	if (!text.endsWith(')') || open <= 0) return undefined;
	const inside = text.slice(open + 1, -1).trim();
	const candidates = answering(contacts, nameKey(text.slice(0, open)));
	if (!inside || !candidates) return undefined;
	const path = fold(inside).replace(/\.md$/, '');
	const byPath = candidates.filter((c) => fold(c.path) === `${path}.md`);
	const found = byPath.length > 0 ? byPath : candidates.filter((c) => c.company?.trim() && compareNames(c.company.trim(), inside) === 0);
	if (found.length === 1) return found[0];
	// `Alex Kim (Umbrella)`: say who the name finds, so the label can be copied again.
	if (found.length === 0 && !contacts.some((c) => fold(c.name) === fold(text))) {
		const plain = text.slice(0, open).trim();
		const told = namesakeLabels(candidates);
		const labels = candidates.map((c) => told(c.name, c.path));
		const example = `${option} '${labels[0] ?? plain}'`;
		return `no contact named '${name}'; '${plain}' finds ${listed(labels)}, none with the company or note path '${inside}'; try ${example}`;
	}
	return undefined;
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
	return fold(typedTarget(name)).replace(/\.md$/, '');
}
