// Follow up people met, for an event note: everyone under "People met" becomes a contact if
// new (with `met` linking the event), gets the event logged, and a follow-up due two days
// after the event that starts on its day (`🛫`), so each is owed a message for those 48
// hours and the queue asks for no separate thank-you. One step; run again, it leaves alone
// whoever has the event logged already. A name listed without its accents or with another
// apostrophe is the contact who has them, never a second one.
import { addDays, dayFromValue, formatDay, type Day } from '../domain/day';
import { baseName } from '../domain/links';
import { newContactPath } from '../domain/newContact';
import { peopleMetListed, type MetPerson } from '../domain/peopleMet';
import { listed } from '../domain/words';
import { Draft } from './changes';
import { draftWrites } from './contactEdits';
import { knownContact, namesakesOf, type ActionContext, type Person } from './context';
import { newContacts } from './log';
import { draftPeople } from './newContact';
import type { Plan } from './runner';

/**
 * The contact a listed name is: one answering to a longer start of its line, longest first
 * (`Jose Alvarez (Initech) — great chat` is the contact named `Jose Alvarez (Initech)`);
 * else one answering to the name as written (case aside); else, when no
 * note is where a new contact of that name would go, the one contact answering to it with
 * accents and apostrophes aside too (`jose alvarez` is José Álvarez, not a second José), or
 * all of them when several do; else a new name.
 */
function whoIsListed(ctx: ActionContext, { name, longer }: MetPerson): Person | Person[] {
	for (const reading of longer) {
		const whole = knownContact(ctx, reading);
		if (whole) return whole;
	}
	const known = knownContact(ctx, name);
	if (known) return known;
	const path = newContactPath(name, ctx.settings);
	if (path !== undefined && ctx.store.exists(path)) return { name };
	const namesakes = namesakesOf(ctx, name);
	if (namesakes.length > 1) return namesakes;
	return namesakes[0] ?? { name };
}

/** Plans the follow-ups; the value is how many people were followed up. */
export async function planPeopleMet(ctx: ActionContext, path: string): Promise<Plan<number>> {
	const { index, today } = ctx;
	const draft = new Draft(ctx.store);
	const text = await draft.read(path);
	const name = baseName(path);
	if (text === undefined) return { ok: false, problems: [`${path} no longer exists; nothing was written`] };
	const met = peopleMetListed(text);
	if (met.length === 0) return { ok: true, draft, label: `No one is listed under "People met" in ${name}.`, value: 0 };
	const eventDay: Day = dayFromValue(ctx.properties(path)?.[ctx.settings.meetingKeys.date]) ?? ctx.datedNotes?.dayOf(path) ?? today;
	if (eventDay > today)
		return { ok: true, draft, label: `${name} is on ${formatDay(eventDay)}: follow up once it has happened.`, value: 0 };

	const link = `[[${index.linkText(path)}]]`;
	// Followed up already: an interaction on the event's day that links the event or names it
	// ("Met after her talk at DevTools Summit 2026"), as someone logging it by hand writes it.
	const named = name.toLowerCase();
	const followedUp = (p: string): boolean =>
		(index.contact(p)?.interactions ?? []).some(
			(i) => i.date === eventDay && (i.summary.includes(link) || i.summary.toLowerCase().includes(named)),
		);
	const chosen: Person[] = [];
	const unsure: string[] = [];
	for (const person of met) {
		const known = whoIsListed(ctx, person);
		if (Array.isArray(known))
			unsure.push(
				`'${person.name}' under "People met" in ${path} could be any of ${listed(known.map((k) => k.path ?? k.name))}; ` +
					`write the name as the note of the one you met is named; nothing was written`,
			);
		else chosen.push(known);
	}
	if (unsure.length) return { ok: false, problems: unsure };
	const people = await draftPeople(ctx, draft, chosen, link);
	if (people.problems.length) return { ok: false, problems: people.problems };
	const paths = people.paths.filter((p) => draft.creates(p) || !followedUp(p));
	if (paths.length === 0) return { ok: true, draft, label: `Everyone met at ${name} has been followed up already.`, value: 0 };
	const entry = {
		date: eventDay,
		kind: 'event' as const,
		summary: link,
		// Due two days after the event, and never before today: followed up weeks later, the
		// people met are owed today, not weeks overdue ahead of what is.
		followUp: { text: `Follow up from ${link} within 48 hours`, start: eventDay, due: Math.max(addDays(eventDay, 2), today) },
	};
	const write = { op: 'log' as const, entry };
	const drafted = await draftWrites(
		draft,
		paths.map((p) => ({ path: p, write })),
		ctx,
	);
	if (drafted.problems.length)
		return { ok: false, problems: drafted.problems, untouched: drafted.done.map((d) => d.path).filter((p) => !draft.creates(p)) };
	const made = draft.created();
	const newOnes = made.length ? `; ${newContacts(made)}` : '';
	return {
		ok: true,
		draft,
		label: `Followed up ${paths.length} ${paths.length === 1 ? 'person' : 'people'} met at ${name}${newOnes}`,
		said: drafted.done.map((d) => ({ path: d.path, said: d.said })),
		value: paths.length,
	};
}
