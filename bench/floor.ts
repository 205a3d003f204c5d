// The floor under issue 15's start-up figure: the least work any engine must do, on the
// peer comparison's own vault and metadata, to know who is due. Every file's cache is asked
// for, every daily note's links are resolved to a contact by name, each contact's tie and
// last contact are read, and the due ones are sorted. Nothing else: no tasks, quotes,
// aliases, interactions, meetings or follow-ups, which Rapport reads and this does not.
// It says how much of a time budget is left for everything a real engine does.
//
//   npx esbuild bench/floor.ts --bundle --platform=node --outfile=/tmp/floor.js
//   node /tmp/floor.js ../shared/perf-peer          (10,000 people, 20,000 daily notes)
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';

interface File {
	path: string;
	basename: string;
	extension: string;
	stat: { size: number; mtime: number };
}
interface Cache {
	frontmatter?: Record<string, unknown>;
	links?: { link: string }[];
}
interface PeerVault {
	generateVault: (contacts: number, dailies: number) => { notes: unknown[]; today: string };
	makeApp: (
		notes: unknown[],
		classes: { TFile: unknown; TFolder: unknown },
		yamlLoad: (text: string) => unknown,
	) => { app: { vault: { getMarkdownFiles: () => File[] }; metadataCache: { getFileCache: (file: File) => Cache | null } } };
}

const peer = resolve(process.argv[2] ?? '../shared/perf-peer');
const V = createRequire(__filename)(`${peer}/vault.cjs`) as PeerVault;

class TFile implements File {
	extension = 'md';
	basename: string;
	stat = { size: 1, mtime: 0 };
	constructor(readonly path: string) {
		this.basename = path.slice(path.lastIndexOf('/') + 1, -3);
	}
}
class TFolder {}

const DAY_MS = 86_400_000;
const CADENCE: Record<string, number> = { strong: 30, medium: 90, weak: 180 };
const dayOf = (text: string): number => Math.floor(Date.parse(text) / DAY_MS);

const vault = V.generateVault(10_000, 20_000);
const { app } = V.makeApp(vault.notes, { TFile, TFolder }, (text) => load(text, { schema: CORE_SCHEMA }));
const today = dayOf(vault.today);

/** How many people are due today, by the floor's rules. */
function dueToday(): number {
	const files = app.vault.getMarkdownFiles();
	const byName = new Map<string, number>();
	const people: { path: string; cadence: number; last: number }[] = [];
	for (const file of files) {
		if (!file.path.startsWith('People/')) continue;
		const fm = app.metadataCache.getFileCache(file)?.frontmatter ?? {};
		const last = typeof fm.last_contact === 'string' ? dayOf(fm.last_contact) : 0;
		byName.set(file.basename.toLowerCase(), people.length);
		people.push({ path: file.path, cadence: CADENCE[String(fm.tie)] ?? 90, last });
	}
	for (const file of files) {
		if (!file.path.startsWith('Daily/')) continue;
		const day = dayOf(file.basename);
		for (const link of app.metadataCache.getFileCache(file)?.links ?? []) {
			const bar = link.link.indexOf('|');
			const target = bar === -1 ? link.link : link.link.slice(0, bar);
			const person = people[byName.get(target.slice(target.lastIndexOf('/') + 1).toLowerCase()) ?? -1];
			if (person && person.last < day) person.last = day;
		}
	}
	const due = people.filter((p) => p.last + p.cadence <= today);
	due.sort((a, b) => a.last + a.cadence - (b.last + b.cadence) || (a.path < b.path ? -1 : 1));
	return due.length;
}

const times: number[] = [];
let due = 0;
for (let run = 0; run < 7; run++) {
	const start = performance.now();
	due = dueToday();
	times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
process.stdout.write(
	`${JSON.stringify({ due, floorMs: Number((times[3] ?? 0).toFixed(1)), runsMs: times.map((t) => Number(t.toFixed(1))) })}\n`,
);
