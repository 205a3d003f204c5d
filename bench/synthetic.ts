// A synthetic vault for the benchmark: contacts and daily notes as Markdown text, made
// by a seeded generator so every run, and every machine, measures the same vault.
import { addDays, formatDay, parseIsoDay, type Day } from '../src/domain/day';
import { INTERACTION_KINDS } from '../src/domain/interactions';

/** Kept in the on-disk vault's marker next to a hash of the content: either differing means rewrite. */
export const GENERATOR_VERSION = 1;

export const DAILY_FOLDER = 'Daily';
export const DAILY_FORMAT = 'YYYY-MM-DD';
export const CONTACTS_FOLDER = 'People';
/** The day the benchmark computes the queue for; the newest daily note is the day before. */
export const BENCH_TODAY = '2026-11-21';

export interface VaultShape {
	contacts: number;
	datedNotes: number;
	links: number;
	seed: number;
}

export const DEFAULT_SHAPE: VaultShape = { contacts: 10_000, datedNotes: 20_000, links: 100_000, seed: 0x5eed };

/** The link contexts the generator writes (embeds and code are not part of the shape). */
export type GeneratedContext = 'text' | 'openTask' | 'doneTask' | 'quote';

export interface LinkTally {
	byContext: Record<GeneratedContext, number>;
	/** `[[Sam R.]]`: resolved through the contact's alias. */
	viaAlias: number;
	/** `[[Sam Rivera|Sam]]`. */
	viaDisplay: number;
	/** `[[People/Sam Rivera|Sam Rivera]]`. */
	viaPath: number;
}

export interface SyntheticNote {
	path: string;
	text: string;
}

export interface SyntheticVault {
	shape: VaultShape;
	/** In the order a walk of the folder yields them (sorted by name per folder). */
	notes: SyntheticNote[];
	contactNames: string[];
	datedPaths: string[];
	aliases: number;
	links: LinkTally;
	firstDay: string;
	lastDay: string;
}

/** mulberry32: tiny, fast and good enough to shuffle test data; never Math.random. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

type Random = () => number;

function int(rng: Random, min: number, max: number): number {
	return min + Math.floor(rng() * (max - min + 1));
}

function pick<T>(rng: Random, items: readonly T[]): T {
	const item = items[Math.floor(rng() * items.length)];
	if (item === undefined) throw new Error('pick from an empty list');
	return item;
}

// A few hundred real-looking names, some with diacritics, since vaults have them.
const FIRST = [
	'Aaron',
	'Abigail',
	'Adam',
	'Adriana',
	'Ahmed',
	'Aisha',
	'Alex',
	'Alice',
	'Amara',
	'Amelia',
	'Ana',
	'Andrea',
	'Andrew',
	'Anika',
	'Anna',
	'Arjun',
	'Ben',
	'Bianca',
	'Björn',
	'Blake',
	'Bruno',
	'Camila',
	'Carlos',
	'Caroline',
	'Chen',
	'Chloé',
	'Chris',
	'Clara',
	'Daniel',
	'Dara',
	'David',
	'Deepa',
	'Diego',
	'Dmitri',
	'Elena',
	'Eli',
	'Elif',
	'Emma',
	'Eric',
	'Erin',
	'Ethan',
	'Eva',
	'Fatima',
	'Felix',
	'Fiona',
	'Francesca',
	'Gabriel',
	'Grace',
	'Hana',
	'Hannah',
	'Harper',
	'Hassan',
	'Henry',
	'Hiro',
	'Ines',
	'Isaac',
	'Isabel',
	'Ivan',
	'Jack',
	'Jamal',
	'James',
	'Jana',
	'Javier',
	'Jin',
	'Joanna',
	'Jonas',
	'José',
	'Julia',
	'Kai',
	'Karim',
	'Kate',
	'Kenji',
	'Kofi',
	'Lara',
	'Laura',
	'Leah',
	'Leo',
	'Liam',
	'Lina',
	'Lucas',
	'Łukasz',
	'Maya',
	'Marco',
	'Maria',
	'Mateo',
	'Mei',
	'Mia',
	'Miguel',
	'Mira',
	'Nadia',
	'Naomi',
	'Nathan',
	'Ngọc',
	'Nia',
	'Noah',
	'Nora',
	'Olivia',
	'Omar',
	'Oscar',
	'Paula',
	'Pedro',
	'Priya',
	'Rafael',
	'Rahul',
	'Renée',
	'Rosa',
	'Ruth',
	'Sam',
	'Sara',
	'Sean',
	'Sofia',
	'Søren',
	'Tariq',
	'Tess',
	'Theo',
	'Tomás',
	'Uma',
	'Valentina',
	'Victor',
	'Wei',
	'Yara',
	'Yusuf',
	'Zara',
	'Zoë',
	'Ravi',
	'Ingrid',
	'Kwame',
	'Lucía',
];
const LAST = [
	'Abbott',
	'Adeyemi',
	'Alvarez',
	'Andersen',
	'Bakker',
	'Banerjee',
	'Becker',
	'Bennett',
	'Brooks',
	'Castro',
	'Chang',
	'Chowdhury',
	'Cohen',
	'Costa',
	'Da Silva',
	'Dubois',
	'Edwards',
	'Eriksen',
	'Evans',
	'Fernandes',
	'Fischer',
	'Fontaine',
	'García',
	'Gill',
	'Gonzalez',
	'Gupta',
	'Haddad',
	'Hansen',
	'Hayes',
	'Hoffmann',
	'Hughes',
	'Ibrahim',
	'Ito',
	'Jansen',
	'Jensen',
	'Johansson',
	'Kaur',
	'Khan',
	'Kim',
	'Kowalczyk',
	'Kumar',
	'Larsen',
	'Laurent',
	'Lee',
	'Lindqvist',
	'Lopez',
	'Mahmoud',
	'Marino',
	'Martin',
	'Mehta',
	'Mendes',
	'Meyer',
	'Mitchell',
	'Moreau',
	'Müller',
	'Murphy',
	'Nakamura',
	'Nguyễn',
	'Novak',
	'Núñez',
	"O'Brien",
	'Okafor',
	'Olsen',
	'Ortiz',
	'Park',
	'Patel',
	'Perez',
	'Petrov',
	'Popescu',
	'Quinn',
	'Ramos',
	'Reddy',
	'Reyes',
	'Rivera',
	'Rossi',
	'Russo',
	'Sato',
	'Schmidt',
	'Schneider',
	'Shah',
	'Silva',
	'Singh',
	'Sokolov',
	'Sørensen',
	'Suzuki',
	'Tanaka',
	'Thompson',
	'Torres',
	'Tran',
	'Varga',
	'Vogel',
	'Wagner',
	'Walsh',
	'Wang',
	'Weber',
	'Wójcik',
	'Yamamoto',
	'Yilmaz',
	'Young',
	'Zhang',
	'Ziegler',
	'Zimmermann',
	'Bianchi',
	'Dias',
	'Fraser',
	'Gallagher',
	'Ivanova',
	'Kovacs',
	'Lam',
	'Mensah',
	'Rahman',
	'Sandoval',
];
const COMPANIES = [
	'Acme',
	'Northwind',
	'Paylark',
	'Globex',
	'Initech',
	'Umbrella Labs',
	'Hooli',
	'Stark Industries',
	'Wayne Enterprises',
	'Soylent',
	'Cyberdyne',
	'Vandelay Imports',
	'Tyrell',
	'Wonka',
	'Massive Dynamic',
	'Aperture',
	'Black Mesa',
	'Oscorp',
	'Pied Piper',
	'Dunder Mifflin',
	'Sterling Cooper',
	'Gringotts',
	'Monarch',
	'Blue Sun',
	'Stripe',
	'Figma',
	'Datadog',
	'Shopify',
	'Atlassian',
	'GitLab',
	'Vercel',
	'Linear',
	'Notion',
	'Canva',
	'Spotify',
	'Klarna',
];
const ROLES = [
	'Staff engineer',
	'Senior engineer',
	'Engineering manager',
	'Director of engineering',
	'VP engineering',
	'CTO',
	'Product manager',
	'Designer',
	'Recruiter',
	'Talent partner',
	'Data scientist',
	'Founder',
	'Investor',
	'Developer advocate',
	'Tech lead',
	'Principal engineer',
];
const CADENCES = ['2w', '30d', '6w', '3m', '1y', 'weekly', 'monthly', 'quarterly', 'yearly'];
// Every kind a person would name; 'other' is what an unknown kind is read as.
const KINDS = INTERACTION_KINDS.filter((kind) => kind !== 'other');
const TOPICS = [
	'the platform reorg',
	'hiring plans',
	'the observability talk',
	'career moves',
	'Team Topologies',
	'the conference',
	'their new role',
	'on-call load',
	'the migration',
	'a referral',
	'mentoring',
	'the product launch',
	'remote work',
	'the offsite',
	'open source',
	'pricing',
];
const THINGS = [
	'the article',
	'the deck',
	'the talk recording',
	'my resume',
	'the intro email',
	'the book list',
	'the job post',
	'the notes',
];
const PLACES = ['the meetup', 'the conference', 'the airport', 'the co-working space', 'a dinner', 'the school gate'];
const QUOTES = [
	'"We are hiring in Q3."',
	'"Ship it small and often."',
	'"Talk to the platform team first."',
	'"Happy to intro you."',
	'"Budget frees up in spring."',
];
const NOTES = [
	'Deep work on the roadmap.',
	'Read about incident reviews.',
	'Gym, then planning.',
	'Quiet day.',
	'Wrote the weekly update.',
	'Sketched the design doc.',
];

const TEXT_LINES: ((l: string) => string)[] = [
	(l) => `- Coffee with ${l} about TOPIC`,
	(l) => `- Call with ${l}: TOPIC`,
	(l) => `- Ran into ${l} at PLACE`,
	(l) => `- ${l} shared THING`,
	(l) => `- Lunch with ${l}, talked about TOPIC`,
	(l) => `- Video chat with ${l} on TOPIC`,
];
const DONE_LINES: ((l: string) => string)[] = [
	(l) => `- [x] Sent ${l} THING`,
	(l) => `- [x] Thanked ${l} for TOPIC`,
	(l) => `- [x] Replied to ${l} about TOPIC`,
];
const OPEN_LINES: ((l: string) => string)[] = [
	(l) => `- [ ] Email ${l} about TOPIC`,
	(l) => `- [ ] Send ${l} THING`,
	(l) => `- [ ] Ask ${l} for feedback on THING`,
];
const QUOTE_LINES: ((l: string) => string)[] = [(l) => `> QUOTE ${l}`, (l) => `> ${l} on TOPIC: QUOTE`];

function fill(rng: Random, template: string): string {
	return template
		.replace('TOPIC', pick(rng, TOPICS))
		.replace('THING', pick(rng, THINGS))
		.replace('PLACE', pick(rng, PLACES))
		.replace('QUOTE', pick(rng, QUOTES));
}

interface ContactSeed {
	name: string;
	first: string;
	alias?: string;
}

function makeContacts(rng: Random, count: number): ContactSeed[] {
	// First and last names give about 11,000 people; past that (the 30k shape) a name taken
	// already gets a middle initial, as the peer's vault does. Up to it, the vault is the
	// one earlier figures were measured on.
	const plain = count <= FIRST.length * LAST.length * 0.8;
	if (count > FIRST.length * LAST.length * 26 * 0.8)
		throw new Error(`at most ${Math.floor(FIRST.length * LAST.length * 26 * 0.8)} unique names`);
	const names = new Set<string>();
	const contacts: ContactSeed[] = [];
	while (contacts.length < count) {
		const first = pick(rng, FIRST);
		const last = pick(rng, LAST);
		let name = `${first} ${last}`;
		if (!plain && names.has(name.toLowerCase())) name = `${first} ${String.fromCharCode(65 + Math.floor(rng() * 26))}. ${last}`;
		if (names.has(name.toLowerCase())) continue;
		names.add(name.toLowerCase());
		contacts.push({ name, first });
	}
	// One contact in ten has an alias; an alias that would shadow a name or another alias
	// is a different benchmark (ambiguity), so clashes take a longer form or none.
	const taken = new Set(names);
	contacts.forEach((contact, i) => {
		if (i % 10 !== 0) return;
		const last = contact.name.slice(contact.first.length + 1);
		for (const alias of [
			`${contact.first} ${last.slice(0, 1)}.`,
			`${contact.first} ${last.slice(0, 2)}.`,
			`${contact.first} ${last.slice(0, 3)}.`,
		]) {
			if (taken.has(alias.toLowerCase())) continue;
			taken.add(alias.toLowerCase());
			contact.alias = alias;
			break;
		}
	});
	return contacts;
}

function contactNote(rng: Random, contact: ContactSeed, others: ContactSeed[], today: Day): string {
	const company = pick(rng, COMPANIES);
	const fm: string[] = ['---', 'type: contact'];
	if (contact.alias) fm.push(`aliases: [${contact.alias}]`);
	fm.push(`company: ${company}`);
	if (rng() < 0.7) fm.push(`role: ${pick(rng, ROLES)}`);
	if (rng() < 0.5)
		fm.push(
			`email: ${contact.first
				.toLowerCase()
				.normalize('NFD')
				.replace(/[^a-z]/g, '')}${int(rng, 1, 999)}@${company.toLowerCase().replace(/[^a-z]/g, '')}.example`,
		);
	const tie = rng();
	if (tie < 0.9) fm.push(`tie: ${tie < 0.15 ? 'strong' : tie < 0.5 ? 'medium' : 'weak'}`);
	if (rng() < 0.3) fm.push(`cadence: ${pick(rng, CADENCES)}`);
	if (rng() < 0.5) fm.push(`last_contact: ${formatDay(addDays(today, -int(rng, 1, 700)))}`);
	if (rng() < 0.03) fm.push(`next_follow_up: ${formatDay(addDays(today, int(rng, -10, 60)))}`);
	const status = rng();
	if (status < 0.05) fm.push('status: dormant');
	else if (status < 0.07) fm.push('status: archived');
	if (rng() < 0.6) fm.push(`level: ${pick(rng, ['senior', 'peer', 'junior'])}`);
	if (rng() < 0.05) fm.push(`introduced_by: "[[${pick(rng, others).name}]]"`);
	if (rng() < 0.1) fm.push(`birthday: ${String(int(rng, 1, 12)).padStart(2, '0')}-${String(int(rng, 1, 28)).padStart(2, '0')}`);
	fm.push('tags: [contact]', '---');

	const body: string[] = [];
	if (rng() < 0.1) {
		body.push(
			'## Remember',
			`- ${pick(rng, ['Training for a marathon', 'Kid starting school', 'Moving to Berlin', 'Giving a talk'])} ` +
				`📅 ${formatDay(addDays(today, int(rng, -60, 60)))}`,
			'',
		);
	}
	const interactions = rng() < 0.6 ? int(rng, 1, 4) : 0;
	if (interactions > 0) {
		body.push('## Interactions');
		let day = addDays(today, -int(rng, 1, 120));
		for (let i = 0; i < interactions; i++) {
			const mark = rng() < 0.03 ? ' #asked #awaiting' : rng() < 0.15 ? ' #gave' : rng() < 0.1 ? ' #asked' : '';
			body.push(`- ${formatDay(day)} ${pick(rng, KINDS)}: ${fill(rng, 'Talked about TOPIC.')}${mark}`);
			day = addDays(day, -int(rng, 7, 240));
		}
		body.push('');
	}
	if (rng() < 0.3) {
		body.push('## Follow-ups');
		for (let i = int(rng, 1, 2); i > 0; i--) {
			const due = addDays(today, int(rng, -40, 30));
			if (rng() < 0.2) body.push(`- [x] ${fill(rng, 'Send THING')} 📅 ${formatDay(due)} ✅ ${formatDay(addDays(due, int(rng, -3, 3)))}`);
			else body.push(`- [ ] ${fill(rng, 'Send THING')} 📅 ${formatDay(due)}`);
		}
		body.push('');
	}
	if (rng() < 0.3) body.push('## Notes', fill(rng, `Works at ${company}; interested in TOPIC.`), '');
	return `${fm.join('\n')}\n${body.join('\n')}`;
}

/** Where a link goes and how it is written. */
function linkText(rng: Random, contact: ContactSeed, tally: LinkTally): string {
	if (contact.alias && rng() < 0.3) {
		tally.viaAlias++;
		return `[[${contact.alias}]]`;
	}
	const r = rng();
	if (r < 0.1) {
		tally.viaDisplay++;
		return `[[${contact.name}|${contact.first}]]`;
	}
	if (r < 0.13) {
		tally.viaPath++;
		return `[[${CONTACTS_FOLDER}/${contact.name}|${contact.name}]]`;
	}
	return `[[${contact.name}]]`;
}

function linkLine(rng: Random, context: GeneratedContext, link: string): string {
	const templates =
		context === 'text' ? TEXT_LINES : context === 'doneTask' ? DONE_LINES : context === 'openTask' ? OPEN_LINES : QUOTE_LINES;
	return fill(rng, pick(rng, templates)(link));
}

function datedNote(rng: Random, day: Day, lines: string[]): string {
	const out: string[] = [];
	// Most daily notes have no properties; some carry a template's few.
	if (rng() < 0.25) out.push('---', 'tags: [daily]', `energy: ${int(rng, 1, 5)}`, '---');
	out.push(`# ${formatDay(day)}`, '', '## Log');
	out.push(...lines);
	out.push('', '## Notes');
	for (let i = int(rng, 1, 3); i > 0; i--) out.push(`- ${pick(rng, NOTES)}`);
	out.push(pick(rng, NOTES), '');
	return out.join('\n');
}

/** The whole vault as text. Deterministic for a shape: same input, same bytes. */
export function generateVault(shape: VaultShape = DEFAULT_SHAPE): SyntheticVault {
	const rng = seededRandom(shape.seed);
	const today = parseIsoDay(BENCH_TODAY);
	if (today === undefined) throw new Error('bad BENCH_TODAY');
	const contacts = makeContacts(rng, shape.contacts);

	// Links land on a random daily note each, so a note has about five and some none.
	// Popularity is skewed (r^1.5): a few people are in many notes, most in a handful.
	const perNote: string[][] = Array.from({ length: shape.datedNotes }, () => []);
	const tally: LinkTally = { byContext: { text: 0, openTask: 0, doneTask: 0, quote: 0 }, viaAlias: 0, viaDisplay: 0, viaPath: 0 };
	for (let i = 0; i < shape.links; i++) {
		const contact = contacts[Math.floor(shape.contacts * rng() ** 1.5)] ?? contacts[0];
		if (!contact) break;
		const r = rng();
		const context: GeneratedContext = r < 0.1 ? 'openTask' : r < 0.2 ? 'doneTask' : r < 0.25 ? 'quote' : 'text';
		tally.byContext[context]++;
		perNote[Math.floor(rng() * shape.datedNotes)]?.push(linkLine(rng, context, linkText(rng, contact, tally)));
	}

	const notes: SyntheticNote[] = [];
	const lastDay = addDays(today, -1);
	const firstDay = addDays(lastDay, -(shape.datedNotes - 1));
	const datedPaths: string[] = [];
	// Oldest first, which is also name order for YYYY-MM-DD.
	for (let i = 0; i < shape.datedNotes; i++) {
		const day = addDays(firstDay, i);
		const path = `${DAILY_FOLDER}/${formatDay(day)}.md`;
		datedPaths.push(path);
		notes.push({ path, text: datedNote(rng, day, perNote[i] ?? []) });
	}
	const people = contacts.map((contact) => ({
		path: `${CONTACTS_FOLDER}/${contact.name}.md`,
		text: contactNote(rng, contact, contacts, today),
	}));
	people.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	notes.push(...people);

	return {
		shape,
		notes,
		contactNames: contacts.map((c) => c.name),
		datedPaths,
		aliases: contacts.filter((c) => c.alias).length,
		links: tally,
		firstDay: formatDay(firstDay),
		lastDay: formatDay(lastDay),
	};
}

/**
 * A daily note after a small edit: its first link line is gone and a new one links
 * someone else, so an update both drops and adds evidence.
 */
export function editedDatedNote(text: string, newContact: string, rng: Random): string {
	const lines = text.split('\n');
	const at = lines.findIndex((line) => line.includes('[['));
	const added = fill(rng, `- Caught up with [[${newContact}]] about TOPIC`);
	if (at === -1) lines.splice(lines.indexOf('## Log') + 1, 0, added);
	else lines.splice(at, 1, added);
	return lines.join('\n');
}
