// The import's figures: a generated 5,000-row LinkedIn Connections.csv imported by the CLI
// into a vault on disk that holds 1,000 contacts, half of whom are in the file (by email or
// by name), in a cold node process as a user waits for it; and the plan alone, in process.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openVault } from '../src/cli/openVault';
import { readLinkedIn } from '../src/domain/import/linkedinCsv';
import { planImport } from '../src/domain/import/plan';

export const IMPORT_ROWS = 5000;
export const IMPORT_CONTACTS = 1000;
const PLAN_RUNS = 5;

export interface ImportFigures {
	/** Parse + plan + write, the whole CLI run. */
	importCliMs: number;
	/** The plan alone: median of PLAN_RUNS, and the first (cold) one. */
	importPlanMs: number;
	importPlanFirstMs: number;
	created: number;
	updated: number;
}

/** A vault of contacts `Person N`, each with an email and a company. */
function writeContacts(root: string): void {
	mkdirSync(join(root, '.obsidian'), { recursive: true });
	mkdirSync(join(root, 'People'), { recursive: true });
	for (let i = 0; i < IMPORT_CONTACTS; i++)
		writeFileSync(
			join(root, 'People', `Person ${i}.md`),
			`---\ntype: contact\ntie: weak\nemail: person${i}@example.com\ncompany: Acme\n---\n## Interactions\n`,
		);
}

/**
 * LinkedIn's file as it comes: notes, a blank line, the header, then the rows. The first
 * half of the contacts are in it, every other one by email and the rest by name only; the
 * other rows are new people, one in ten with an email.
 */
function connectionsCsv(): string {
	const rows = ['Notes:', '"When exporting your connection data, you may notice that some of the email addresses are missing."', ''];
	rows.push('First Name,Last Name,URL,Email Address,Company,Position,Connected On');
	for (let i = 0; i < IMPORT_ROWS; i++) {
		const known = i < IMPORT_CONTACTS / 2;
		const email = known ? (i % 2 === 0 ? `person${i}@example.com` : '') : i % 10 === 0 ? `new${i}@example.com` : '';
		const [first, last] = known ? ['Person', String(i)] : [`New${i}`, `O'Connor, PMP`];
		rows.push(`${first},"${last}",https://www.linkedin.com/in/p-${i},${email},"Acme, Inc.",Engineer,01 Jan 2024`);
	}
	return `${rows.join('\n')}\n`;
}

export function importFigures(cli: string, cwd: string): ImportFigures {
	const root = mkdtempSync(join(tmpdir(), 'rapport-bench-import-'));
	try {
		writeContacts(root);
		const csv = join(root, '..', `${root.split(/[\\/]/).pop() ?? 'bench'}-connections.csv`);
		writeFileSync(csv, connectionsCsv());
		// The plan alone, on the vault as it is before the import.
		const vault = openVault(root);
		const times: number[] = [];
		const parsed = readLinkedIn(connectionsCsv());
		if (!parsed.ok) throw new Error(`the generated CSV does not read: ${parsed.reason}`);
		const world = { contacts: vault.index.contacts(), exists: () => false };
		const options = { folder: '', overwrite: false };
		const cold = performance.now();
		let plan = planImport(parsed, world, vault.config.settings, options);
		const first = performance.now() - cold;
		for (let run = 0; run < PLAN_RUNS; run++) {
			const start = performance.now();
			plan = planImport(parsed, world, vault.config.settings, options);
			times.push(performance.now() - start);
		}
		times.sort((a, b) => a - b);
		const start = performance.now();
		const result = spawnSync(process.execPath, [cli, 'import', 'linkedin', csv, '--vault', root, '--json'], {
			cwd,
			stdio: ['ignore', 'pipe', 'pipe'],
			maxBuffer: 1 << 30,
		});
		const importCliMs = performance.now() - start;
		rmSync(csv, { force: true });
		if (result.status !== 0)
			throw new Error(`rapport import exited with ${String(result.status)}: ${result.stderr.toString().slice(0, 400)}`);
		const done = JSON.parse(result.stdout.toString()) as { created: string[]; updated: string[] };
		if (done.created.length !== plan.create.length)
			throw new Error(`the import made ${done.created.length} notes; the plan said ${plan.create.length}`);
		return {
			importCliMs,
			importPlanMs: times[times.length >> 1] ?? NaN,
			importPlanFirstMs: first,
			created: done.created.length,
			updated: done.updated.length,
		};
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}
