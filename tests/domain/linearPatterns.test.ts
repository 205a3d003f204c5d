// Every regular expression in src/ runs in time linear in the text it reads: a ReDoS
// analyzer (recheck, its pure-JS engine: no binary, no JVM, no network) checks each one
// found in the source, so a pattern added later is checked too. The automaton checker
// proves it; a pattern it can't read (a look-ahead, a back-reference) is fuzzed from a
// fixed seed with step limits, not time limits, so every run gives the same answer.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync, type Diagnostics } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { datedNoteMatcher } from '../../src/domain/datedNotes';

// In-process: the default backend starts a worker with a native binary or a JVM.
process.env.RECHECK_SYNC_BACKEND = 'pure';

interface Found {
	where: string;
	source: string;
	flags: string;
}

function sourceFiles(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return entry.name.endsWith('.ts') ? [path] : [];
	});
}

function regexLiterals(path: string): Found[] {
	const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
	const found: Found[] = [];
	const visit = (node: ts.Node): void => {
		if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
			const text = node.getText(file);
			const slash = text.lastIndexOf('/');
			const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
			found.push({ where: `${path}:${line}`, source: text.slice(1, slash), flags: text.slice(slash + 1) });
		}
		ts.forEachChild(node, visit);
	};
	visit(file);
	return found;
}

function check(source: string, flags: string): Diagnostics {
	const proved = checkSync(source, flags, { checker: 'automaton', timeout: null });
	if (proved.status !== 'unknown' || proved.error?.kind !== 'unsupported') return proved;
	return checkSync(source, flags, { checker: 'fuzz', randomSeed: 20111230, timeout: null, attackTimeout: null, incubationTimeout: null });
}

function verdict(d: Diagnostics): string {
	if (d.status === 'vulnerable') return `vulnerable (${d.complexity.type}), e.g. ${d.attack.pattern}`;
	if (d.status === 'unknown') return `unknown: ${d.error.kind}`;
	return 'safe';
}

const literals = sourceFiles('src').flatMap(regexLiterals);
// The patterns built at run time: the dated-note name formats, from settings.
const built = ['YYYY-MM-DD', 'MMMMdddd YYYY Do', 'dddd, MMMM Do YYYY', 'YYYYMMDD', 'D M YY', '[Week] YYYY-MM-DD ddd'].map((format) => {
	const pattern = datedNoteMatcher('Journal/Daily (old)', format).pattern;
	return { where: `datedNoteMatcher '${format}'`, source: pattern?.source ?? '', flags: pattern?.flags ?? '' };
});

describe('regular expressions', () => {
	it('are found in the source', async () => {
		// The scan is what makes the check cover new code: make sure it sees patterns at all.
		expect(literals.length).toBeGreaterThan(100);
		expect(literals.map((l) => l.where)).toContain(literals.find((l) => l.where.startsWith('src/domain/markdownLine.ts'))?.where);
	});

	it('the analyzer flags a super-linear pattern: the heading pattern this replaced', async () => {
		expect(check('^\\s{0,3}(#{1,6})[ \\t]+(.*?)[ \\t]*#*[ \\t]*$', '').status).toBe('vulnerable');
		// And one it can only fuzz: a back-reference.
		expect(check('(`+)[^`]*?\\1', 'g').status).toBe('vulnerable');
	}, 120_000);

	it.each([...literals, ...built])(
		'$where /$source/$flags is linear',
		async ({ source, flags }) => {
			expect(verdict(check(source, flags))).toBe('safe');
		},
		120_000,
	);
});
