// The floor the CLI is compared with: a fresh node process that reads every Markdown
// file of the vault and parses its frontmatter with js-yaml, and does nothing else.
// It runs as `node -e` from the repository, so it loads js-yaml alone from node_modules
// and pays node's start-up just as the CLI does, with no bundle of its own.

// Plain JavaScript on purpose: this text is the program the child process runs. The
// core schema is the one the CLI hands js-yaml, so both parse the same way.
export const BASELINE_SCRIPT = `
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { load, CORE_SCHEMA } = require('js-yaml');
let files = 0;
let parsed = 0;
function walk(folder) {
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		if (entry.name.startsWith('.')) continue;
		const path = join(folder, entry.name);
		if (entry.isDirectory()) walk(path);
		else if (entry.name.toLowerCase().endsWith('.md')) {
			const text = readFileSync(path, 'utf8');
			files++;
			if (!text.startsWith('---')) continue;
			const end = text.indexOf('\\n---', 3);
			if (end === -1) continue;
			try {
				load(text.slice(text.indexOf('\\n') + 1, end), { schema: CORE_SCHEMA });
				parsed++;
			} catch {
				// A bad block costs the same to find; the baseline only times the work.
			}
		}
	}
}
walk(process.argv[1]);
process.stdout.write(JSON.stringify({ files, parsed }));
`;

/** Arguments for the node executable: the script, then the vault folder. */
export function baselineArgs(vaultRoot: string): string[] {
	return ['-e', BASELINE_SCRIPT, '--', vaultRoot];
}
