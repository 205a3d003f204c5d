// New contact: one note from the template in settings (or the built-in sections), never
// over a note already there, nor for someone already known by that name or an alias. Log
// interaction and meeting notes make their new people through the same draft.
import { baseName } from '../domain/links';
import { newContactFolder, newContactPath, newContactTemplatePath, newContactText, type NewContact } from '../domain/newContact';
import { foldName, listed } from '../domain/words';
import type { Draft } from './changes';
import { insideVault, knownContact, namesakesOf, type ActionContext, type Person } from './context';
import type { Plan } from './runner';

/** The note a new contact is, and whether it was there already (a note at the path, or a contact of that name). */
export interface ContactNote {
	path: string;
	existing?: 'note' | 'contact';
}

/** Plans one new contact note. An existing one is the answer, with nothing to write. */
export async function planNewContact(ctx: ActionContext, draft: Draft, contact: NewContact): Promise<Plan<ContactNote>> {
	const made = await draftContact(ctx, draft, contact, true);
	if ('problem' in made) return { ok: false, problems: [made.problem] };
	const label =
		made.existing === 'contact'
			? `'${contact.name}' is already a contact, ${made.path}`
			: made.existing
				? `${made.path} already exists${untitledAs(contact, made.path)}`
				: `Created ${made.path}`;
	return { ok: true, draft, label, value: made };
}

/**
 * Why a name typed with a title or credentials (`Dr. Sam Rivera`) lands on a note of
 * another name, and how to make a second person; nothing when the note has the name typed.
 */
function untitledAs(contact: NewContact, path: string): string {
	const name = baseName(path);
	if (foldName(name) === foldName(contact.name.trim())) return '';
	const apart = `${name} (${contact.company?.trim() || 'their company'})`;
	return (
		` ('${contact.name}' without its title or credentials is ${name}; ` +
		`for a second person of that name, give a name that tells them apart, such as '${apart}')`
	);
}

/**
 * Drafts the note for a new person, or finds the one they have: a problem (naming the
 * template or folder at fault) when none can be made.
 */
export async function draftContact(
	ctx: ActionContext,
	draft: Draft,
	contact: NewContact,
	/** Refuse a name a contact answers to with case, accents and apostrophes aside (`Jose Alvarez` when José Álvarez is one). */
	refuseNamesakes = false,
): Promise<ContactNote | { problem: string }> {
	const { settings } = ctx;
	const path = newContactPath(contact.name, settings);
	if (!path) return { problem: `'${contact.name}' has no characters a file name can use; nothing was written` };
	if (!insideVault(path))
		return { problem: `the new-contact folder '${newContactFolder(settings)}' is outside the vault; nothing was written` };
	// Never over a note at the path, nor for someone known by the name as typed or as the note would have it.
	const drafted = draft.makesAs(path);
	if (drafted) return { path: drafted, existing: 'note' };
	if (ctx.store.exists(path)) return { path, existing: 'note' };
	const known = knownContact(ctx, contact.name) ?? knownContact(ctx, baseName(path));
	if (known?.path) return { path: known.path, existing: 'contact' };
	const namesakes = refuseNamesakes ? [...namesakesOf(ctx, contact.name), ...namesakesOf(ctx, baseName(path))] : [];
	if (namesakes.length > 0) {
		const notes = listed([...new Set(namesakes.map((n) => n.path ?? n.name))]);
		const apart = `${contact.name} (${contact.company?.trim() || 'their company'})`;
		return {
			problem:
				`'${contact.name}' is already a contact as ${notes}, the same name with case, accents or apostrophes aside; ` +
				`nothing was written. For a second person of that name, give a name that tells them apart, such as '${apart}'`,
		};
	}
	const template = await contactTemplate(ctx, draft);
	if (typeof template === 'object') return template;
	const note = newContactText(contact, settings, { today: ctx.today, time: ctx.time, formatDate: ctx.formatDate }, ctx.parseYaml, template);
	if (!note.ok) return { problem: `${note.reason}; nothing was written` };
	draft.create(path, note.text);
	return { path };
}

/** The template's text; undefined for the built-in one; a problem when the one set can't be had. */
export async function contactTemplate(ctx: ActionContext, draft: Draft): Promise<string | undefined | { problem: string }> {
	const path = newContactTemplatePath(ctx.settings.newContactTemplate);
	if (path === undefined) return undefined;
	if (!insideVault(path)) return { problem: `the new-contact template '${path}' is outside the vault; nothing was written` };
	const text = await draft.read(path);
	if (text === undefined)
		return { problem: `the new-contact template ${path} does not exist; fix the setting or create it; nothing was written` };
	return text;
}

/**
 * The notes of the people picked, each once: contacts as they are, new names (or names
 * that turn out to be a contact's) drafted as new contacts, with `met` when given.
 */
export async function draftPeople(
	ctx: ActionContext,
	draft: Draft,
	people: readonly Person[],
	met?: string,
): Promise<{ paths: string[]; problems: string[] }> {
	const paths: string[] = [];
	const problems: string[] = [];
	for (const person of people) {
		const made = person.path
			? { path: person.path }
			: await draftContact(ctx, draft, met ? { name: person.name, met } : { name: person.name });
		if ('problem' in made) problems.push(made.problem);
		else if (!paths.includes(made.path)) paths.push(made.path);
	}
	return { paths, problems };
}
