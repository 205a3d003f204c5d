// `npm run bench`: the design's speed and memory bars, measured on a synthetic vault of
// 10,000 contacts and 20,000 daily notes. Prints figures next to their targets and never
// fails on them; `--json` prints the figures alone as one JSON object on stdout.
import { spawnSync, type SpawnSyncOptionsWithBufferEncoding } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { datedNoteMatcher } from '../src/domain/datedNotes';
import { parseIsoDay } from '../src/domain/day';
import { computeQueue, type Queue } from '../src/domain/queue';
import { computeReview } from '../src/domain/review/review';
import type { ReviewInput } from '../src/domain/review/shared';
import { defaultSettings } from '../src/domain/settings';
import { ContactIndex } from '../src/index/contactIndex';
import type { LinkContext, NoteSnapshot } from '../src/index/port';
import { baselineArgs } from './baseline';
import { IMPORT_CONTACTS, IMPORT_ROWS, importFigures } from './importBench';
import { viewFigures } from './viewBench';
import { ensureDiskVault } from './diskVault';
import { lineTextLoad } from './lineTextLoad';
import { MemorySource, snapshotOf } from './memorySource';
import {
	BENCH_TODAY,
	DAILY_FOLDER,
	DAILY_FORMAT,
	DEFAULT_SHAPE,
	editedDatedNote,
	generateVault,
	GENERATOR_VERSION,
	seededRandom,
} from './synthetic';

const BUILD_RUNS = 7;
const QUEUE_RUNS = 7;
const UPDATE_NOTES = 200;
const PROCESS_RUNS = 3;
// The CLI against the baseline moved between 1.4x and 2.1x from one run of three to the
// next on a shared two-core machine; seven alternating pairs make the median steadier.
const CLI_RUNS = 7;
// MiB, as heap snapshots and the task manager count them.
const MB = 1024 * 1024;

const asJson = process.argv.includes('--json');
// `--contacts 30000`: the same vault's shape at another size (two dated notes and ten links per contact).
const contactsArg = process.argv.indexOf('--contacts');
const CONTACTS = contactsArg === -1 ? DEFAULT_SHAPE.contacts : Number(process.argv[contactsArg + 1]);
const SHAPE =
	CONTACTS === DEFAULT_SHAPE.contacts
		? DEFAULT_SHAPE
		: { ...DEFAULT_SHAPE, contacts: CONTACTS, datedNotes: 2 * CONTACTS, links: 10 * CONTACTS };
// In --json mode stdout carries the figures only; everything for people goes to stderr.
const say = (text: string): void => {
	(asJson ? process.stderr : process.stdout).write(`${text}\n`);
};
const progress = (text: string): void => {
	process.stderr.write(`${text}\n`);
};

/* global gc -- node's, present under --expose-gc */
function collectGarbage(): void {
	// `typeof`, not a plain read: without --expose-gc the global is not declared at all.
	const collect = typeof gc === 'function' ? gc : undefined;
	if (!collect) throw new Error('run with node --expose-gc (npm run bench does): heap figures need global.gc()');
	// Twice: the first pass can leave garbage that only a second one finds (weak refs, finalizers).
	collect();
	collect();
}

function heapUsed(): number {
	collectGarbage();
	return process.memoryUsage().heapUsed;
}

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

function percentile(values: readonly number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

function timed<T>(work: () => T): { ms: number; value: T } {
	const start = performance.now();
	const value = work();
	return { ms: performance.now() - start, value };
}

// Three places, so a sub-millisecond update does not round to nothing.
function round(value: number): number {
	return Math.round(value * 1000) / 1000;
}

function queueSizes(queue: { sections: { id: string; items: unknown[] }[] }): string {
	return queue.sections.map((s) => `${s.id} ${s.items.length}`).join(' · ');
}

// Loaded into each timed process with `--require`: at exit it prints the CPU time the whole
// process took (every thread: the CLI's read-ahead and the collector's helpers too), so
// the CLI is compared with the baseline by work done as well as by time waited.
const CPU_REPORT = join(tmpdir(), 'rapport-bench-cpu.cjs');
const CPU_MARK = 'rapport-bench-cpu-ms ';
writeFileSync(
	CPU_REPORT,
	`process.on('exit', () => {
	const used = process.cpuUsage();
	require('node:fs').writeSync(2, '\\n${CPU_MARK}' + (used.user + used.system) / 1000 + '\\n');
});
`,
);

/** One cold node process: wall time from spawn to exit, as a user would wait for it, and its CPU time. */
function runNode(args: string[], cwd: string): { ms: number; cpuMs: number; stdout: Buffer } {
	const start = performance.now();
	const options: SpawnSyncOptionsWithBufferEncoding = { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 };
	const result = spawnSync(process.execPath, ['--require', CPU_REPORT, ...args], options);
	const ms = performance.now() - start;
	if (result.error) throw result.error;
	if (result.status !== 0)
		throw new Error(`node ${args[0] ?? ''} exited with ${String(result.status)}: ${result.stderr.toString().slice(0, 400)}`);
	const err = result.stderr.toString();
	const cpuMs = Number(err.slice(err.lastIndexOf(CPU_MARK) + CPU_MARK.length).trim());
	return { ms, cpuMs, stdout: result.stdout };
}

/** The index's staple work on its own, so figures from different machines can be compared. */
function mapCalibrationMs(): number {
	const keys = Array.from({ length: 100_000 }, (_, i) => `Daily/${i}.md`);
	const runs: number[] = [];
	for (let run = 0; run < 5; run++) {
		runs.push(
			timed(() => {
				const map = new Map<string, number>();
				for (const key of keys) map.set(key, 1);
				let sum = 0;
				for (const key of keys) sum += map.get(key) ?? 0;
				return sum;
			}).ms,
		);
	}
	return median(runs);
}

function figure(label: string, value: number, unit: string, target: number, note = ''): string {
	const verdict = value < target ? 'ok' : 'over target';
	return (
		`${label.padEnd(40)} ${value.toFixed(2).padStart(9)} ${unit.padEnd(3)} ` +
		` target < ${target} ${unit}  ${verdict}${note ? `  (${note})` : ''}`
	);
}

async function main(): Promise<void> {
	const repo = resolve(__dirname, '..');
	const cli = join(repo, 'dist', 'cli.js');
	if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first (npm run bench does)`);
	const today = parseIsoDay(BENCH_TODAY);
	if (today === undefined) throw new Error(`bad day ${BENCH_TODAY}`);

	progress('rapport bench: generating the synthetic vault…');
	if (!Number.isInteger(CONTACTS) || CONTACTS < 1) throw new Error('--contacts takes a whole number of contacts');
	const vault = generateVault(SHAPE);
	const disk = ensureDiskVault(vault, SHAPE === DEFAULT_SHAPE ? undefined : join(tmpdir(), `rapport-bench-vault-${CONTACTS}`));
	const texts = new Map(vault.notes.map((note) => [note.path, note.text]));

	// Parsed once, up front: the plugin's index reads from the metadata cache, which has
	// parsed already, so parsing is no part of what the index figures measure.
	const heapBeforeSnapshots = heapUsed();
	const source = new MemorySource(vault.notes.map(snapshotOf));
	const snapshotsMB = (heapUsed() - heapBeforeSnapshots) / MB;

	const settings = defaultSettings();
	const matcher = datedNoteMatcher(DAILY_FOLDER, DAILY_FORMAT);
	const freshIndex = (): ContactIndex => new ContactIndex(settings, matcher);

	// The first build pays for JIT compilation; it is reported, but not the figure.
	progress('rapport bench: index build…');
	const coldBuildMs = timed(() => freshIndex().build(source)).ms;

	// The index's heap as the running plugin holds it: built, then every contact parsed
	// and its queue items kept by the first queue. Measured while no other index lives.
	const heapBefore = heapUsed();
	const index = freshIndex();
	index.build(source);
	const builtHeapMB = (heapUsed() - heapBefore) / MB;
	computeQueue(index, today, settings);
	const indexHeapMB = (heapUsed() - heapBefore) / MB;

	const buildTimes: number[] = [];
	for (let run = 0; run < BUILD_RUNS; run++) {
		const other = freshIndex();
		collectGarbage();
		buildTimes.push(timed(() => other.build(source)).ms);
	}
	const indexFullMs = median(buildTimes);

	// What the index makes of the vault: the shape the reader should check.
	const seen: Record<LinkContext, number> = { text: 0, doneTask: 0, openTask: 0, embed: 0, quote: 0, code: 0 };
	let datedNotes = 0;
	for (const path of vault.datedPaths) {
		const snapshot = source.read(path);
		if (!snapshot || matcher.dayOf(path) === undefined) continue;
		datedNotes++;
		for (const link of snapshot.links) if (index.resolve(link.target)) seen[link.context]++;
	}
	const linkTotal = Object.values(seen).reduce((a, b) => a + b, 0);
	const problems = index.problems();

	// First queue: on a freshly built index, so every contact is parsed and its timeline
	// and items worked out, as the CLI does once and the plugin does after a rebuild.
	// Unchanged: asked again with nothing edited, as a view re-render is.
	progress('rapport bench: queue…');
	const queueTimes: number[] = [];
	let queueIndex = index;
	let queue: Queue | undefined;
	for (let run = 0; run < QUEUE_RUNS; run++) {
		queueIndex = freshIndex();
		queueIndex.build(source);
		collectGarbage();
		const result = timed(() => computeQueue(queueIndex, today, settings));
		queueTimes.push(result.ms);
		queue = result.value;
	}
	const firstQueueMs = median(queueTimes);
	const warmQueueTimes: number[] = [];
	for (let run = 0; run < QUEUE_RUNS; run++) warmQueueTimes.push(timed(() => computeQueue(queueIndex, today, settings)).ms);

	// One changed daily note at a time, on an index whose timelines are memoised, as in
	// the running plugin. Edited snapshots are made first: the metadata cache has them
	// ready by the time the index hears of a change.
	progress('rapport bench: one-file updates…');
	const rng = seededRandom(SHAPE.seed + 1);
	const step = Math.max(1, Math.floor(vault.datedPaths.length / UPDATE_NOTES));
	const edits: NoteSnapshot[] = [];
	for (let i = 0; i < UPDATE_NOTES && i * step < vault.datedPaths.length; i++) {
		const path = vault.datedPaths[i * step];
		const text = path === undefined ? undefined : texts.get(path);
		if (path === undefined || text === undefined) continue;
		const name = vault.contactNames[Math.floor(rng() * vault.contactNames.length)] ?? '';
		edits.push(snapshotOf({ path, text: editedDatedNote(text, name, rng) }));
	}
	// The queue figure is the plugin's steady state: a note changed, and the view asks for
	// the queue again. Only the contacts the change touched are worked out afresh.
	const updateTimes: number[] = [];
	const afterUpdateQueueTimes: number[] = [];
	const touched: number[] = [];
	for (const edit of edits) {
		source.set(edit);
		const result = timed(() => queueIndex.update(source, edit.path));
		updateTimes.push(result.ms);
		touched.push(result.value.size);
		afterUpdateQueueTimes.push(timed(() => computeQueue(queueIndex, today, settings)).ms);
	}
	const indexOneFileMs = median(updateTimes);
	const queueMs = median(afterUpdateQueueTimes);

	// The network review on the same index: worked out afresh, as on its first opening of
	// the day (a new input each run, so nothing is kept; the queue's items are, as in the
	// plugin, where the queue has always run first), asked again unchanged, and after one
	// changed daily note.
	progress('rapport bench: network review…');
	const firstOpening = (): ReviewInput => ({
		contacts: () => queueIndex.contacts(),
		timeline: (path) => queueIndex.timeline(path),
		resolve: (target) => queueIndex.resolve(target),
		memo: (path, day, compute) => queueIndex.memo(path, day, compute),
	});
	const reviewFreshTimes: number[] = [];
	for (let run = 0; run < PROCESS_RUNS; run++) reviewFreshTimes.push(timed(() => computeReview(firstOpening(), today, settings)).ms);
	const reviewTimes: number[] = [];
	for (let run = 0; run < QUEUE_RUNS; run++) reviewTimes.push(timed(() => computeReview(queueIndex, today, settings)).ms);
	const reviewAfterEditTimes: number[] = [];
	const reviewRng = seededRandom(SHAPE.seed + 2);
	for (const edit of edits.slice(0, QUEUE_RUNS)) {
		const name = vault.contactNames[Math.floor(reviewRng() * vault.contactNames.length)] ?? '';
		source.set(snapshotOf({ path: edit.path, text: editedDatedNote(texts.get(edit.path) ?? '', name, reviewRng) }));
		queueIndex.update(source, edit.path);
		reviewAfterEditTimes.push(timed(() => computeReview(queueIndex, today, settings)).ms);
	}
	const reviewFreshMs = median(reviewFreshTimes);
	const reviewMs = median(reviewTimes);
	const reviewAfterEditMs = median(reviewAfterEditTimes);

	// Start-up as the plugin has it: the build, then the first queue (which parses every contact).
	const startupMs = indexFullMs + firstQueueMs;
	progress('rapport bench: start-up read of line text from disk…');
	const lineText = await lineTextLoad(disk.root, source.snapshots(), settings);

	// Both as cold node processes on the files on disk; one warm-up each fills the page
	// cache, then the runs alternate so drift in the machine hits both alike.
	progress(`rapport bench: CLI and baseline on ${disk.root}…`);
	const cliArgs = [cli, 'queue', '--vault', disk.root, '--today', BENCH_TODAY, '--json'];
	const cliWarm = runNode(cliArgs, repo);
	const baselineWarm = runNode(baselineArgs(disk.root), repo);
	const cliRuns: { ms: number; cpuMs: number }[] = [];
	const baselineRuns: { ms: number; cpuMs: number }[] = [];
	for (let run = 0; run < CLI_RUNS; run++) {
		cliRuns.push(runNode(cliArgs, repo));
		baselineRuns.push(runNode(baselineArgs(disk.root), repo));
	}
	const cliMs = median(cliRuns.map((r) => r.ms));
	const baselineReadParseMs = median(baselineRuns.map((r) => r.ms));
	const cliCpuMs = median(cliRuns.map((r) => r.cpuMs));
	const baselineCpuMs = median(baselineRuns.map((r) => r.cpuMs));
	const cliQueue = JSON.parse(cliWarm.stdout.toString()) as { sections: { id: string; items: unknown[] }[] };
	const baselineCount = JSON.parse(baselineWarm.stdout.toString()) as { files: number; parsed: number };

	progress(`rapport bench: importing ${IMPORT_ROWS} LinkedIn rows into ${IMPORT_CONTACTS} contacts…`);
	const imported = importFigures(cli, repo);

	progress('rapport bench: the queue view in Chromium…');
	const view = queue ? await viewFigures(repo, queue) : 'skipped: no queue';

	const memoryQueue = queue ? queueSizes(queue) : '';
	const diskQueue = queueSizes(cliQueue);
	if (memoryQueue !== diskQueue)
		progress(`rapport bench: warning: the CLI's queue (${diskQueue}) differs from the in-memory one (${memoryQueue})`);
	if (linkTotal !== SHAPE.links) progress(`rapport bench: warning: ${linkTotal} links resolve to contacts, ${SHAPE.links} were generated`);
	if (problems.length > 0)
		progress(`rapport bench: note: ${problems.length} problems reported, first: ${problems[0]?.path ?? ''}: ${problems[0]?.message ?? ''}`);

	const g = vault.links;
	say(
		`Rapport benchmark: synthetic vault v${GENERATOR_VERSION}, ` +
			`seed ${SHAPE.seed}, on ${disk.root} (${disk.reused ? 'reused' : 'written now'})`,
	);
	say(`  contacts      ${index.contactCount} in ${vault.shape.contacts} People/ notes (${vault.aliases} with an alias)`);
	say(
		`  dated notes   ${datedNotes} (${DAILY_FOLDER}/${DAILY_FORMAT}, ${vault.firstDay} ` +
			`to ${vault.lastDay}); ${index.noteCount} notes in all, ${baselineCount.files} .md files on disk`,
	);
	say(
		`  links         ${linkTotal} to contacts: text ${seen.text} · done ` +
			`task ${seen.doneTask} · open task ${seen.openTask} · quote ${seen.quote}` +
			` (generated ${g.byContext.text}/${g.byContext.doneTask}/${g.byContext.openTask}/${g.byContext.quote}; ` +
			`via alias ${g.viaAlias}, [[Name|display]] ${g.viaDisplay}, by path ${g.viaPath})`,
	);
	say(`  queue         ${memoryQueue}${memoryQueue === diskQueue ? ' (same from the CLI)' : ` (CLI: ${diskQueue})`}`);
	say(`  problems      ${problems.length}`);
	say(`  machine       100,000 string keys into a Map and back: ${mapCalibrationMs().toFixed(1)} ms (node ${process.version})`);
	say('');
	say(
		figure('index build, full from the port', indexFullMs, 'ms', 100, `median of ${BUILD_RUNS}; first build ${coldBuildMs.toFixed(1)} ms`),
	);
	say(
		figure(
			'index update, one changed daily note',
			indexOneFileMs,
			'ms',
			1,
			`median of ${updateTimes.length}; p95 ${percentile(updateTimes, 0.95).toFixed(3)} ms, ` +
				`max ${Math.max(...updateTimes).toFixed(2)} ms; median ${median(touched)} contacts touched`,
		),
	);
	say(
		figure(
			'queue, after one changed daily note',
			queueMs,
			'ms',
			20,
			`median of ${afterUpdateQueueTimes.length}; unchanged ${median(warmQueueTimes).toFixed(2)} ` +
				`ms; first after a build ${firstQueueMs.toFixed(2)} ms (parses every contact)`,
		),
	);
	say(
		figure(
			'heap used by the index',
			indexHeapMB,
			'MB',
			40,
			`after the first queue; ${builtHeapMB.toFixed(1)} MB just built, before ` +
				`contacts are parsed; the snapshots themselves ${snapshotsMB.toFixed(1)} MB`,
		),
	);
	say(`${'start-up: build, then the first queue'.padEnd(40)} ${startupMs.toFixed(2).padStart(9)} ms   (the two medians above, summed)`);
	say(
		`${'start-up read of line text, from disk'.padEnd(40)} ${lineText.ms.toFixed(2).padStart(9)} ms   ` +
			`(${lineText.notes} notes, in the port's batches)`,
	);
	say(`${'CLI queue --json, cold node process'.padEnd(40)} ${cliMs.toFixed(2).padStart(9)} ms   (median of ${CLI_RUNS} after a warm-up)`);
	say(
		`${'baseline: read every .md + js-yaml'.padEnd(40)} ${baselineReadParseMs.toFixed(2).padStart(9)} ` +
			`ms   (median of ${CLI_RUNS} after a warm-up; ${baselineCount.parsed} frontmatter blocks)`,
	);
	say(figure('CLI / baseline', cliMs / baselineReadParseMs, 'x', 1.5));
	say(
		`${'CLI / baseline, CPU time'.padEnd(40)} ${(cliCpuMs / baselineCpuMs).toFixed(2).padStart(9)} x    ` +
			`(${cliCpuMs.toFixed(0)} against ${baselineCpuMs.toFixed(0)} ms, every thread; no target)`,
	);
	say(
		`${'network review, first of the day'.padEnd(40)} ${reviewFreshMs.toFixed(2).padStart(9)} ms   (median of ${PROCESS_RUNS}; no target)`,
	);
	say(figure('network review, whole', reviewMs, 'ms', 50, `median of ${QUEUE_RUNS}, nothing changed`));
	say(figure('network review after one changed daily note', reviewAfterEditMs, 'ms', 5, `median of ${reviewAfterEditTimes.length}`));
	say(
		figure(
			`CLI import, ${IMPORT_ROWS} LinkedIn rows`,
			imported.importCliMs,
			'ms',
			5000,
			`cold node process: read, plan, write; ${imported.created} made, ${imported.updated} filled in, of ${IMPORT_CONTACTS} contacts`,
		),
	);
	say(
		figure(
			'import plan alone',
			imported.importPlanMs,
			'ms',
			500,
			`median of 5 in process; first ${imported.importPlanFirstMs.toFixed(1)} ms`,
		),
	);
	if (typeof view === 'string') say(`${'queue view'.padEnd(40)} ${view}`);
	else {
		say(
			figure(
				'queue view, first render (Chromium)',
				view.firstRenderMs,
				'ms',
				16,
				`10,000 contacts, ${queue ? queue.sections.reduce((n, s) => n + s.items.length, 0) : 0} rows in the queue, 360 px sidebar; median of 7`,
			),
		);
		say(figure('queue view, DOM nodes', view.domNodes, '', 2000));
		say(figure('queue view, re-render after one change', view.rerenderMs, 'ms', 5, 'median of 15'));
	}

	if (asJson) {
		const figures = {
			contacts: SHAPE.contacts,
			startupMs: round(startupMs),
			queueSteadyMs: round(queueMs),
			lineTextLoadMs: round(lineText.ms),
			indexFullMs: round(indexFullMs),
			indexOneFileMs: round(indexOneFileMs),
			queueMs: round(queueMs),
			indexHeapMB: round(indexHeapMB),
			cliMs: round(cliMs),
			baselineReadParseMs: round(baselineReadParseMs),
			cliCpuMs: round(cliCpuMs),
			baselineCpuMs: round(baselineCpuMs),
			reviewFreshMs: round(reviewFreshMs),
			reviewMs: round(reviewMs),
			reviewAfterEditMs: round(reviewAfterEditMs),
			importCliMs: round(imported.importCliMs),
			importPlanMs: round(imported.importPlanMs),
			importPlanFirstMs: round(imported.importPlanFirstMs),
			...(typeof view === 'string'
				? {}
				: { viewFirstRenderMs: round(view.firstRenderMs), viewDomNodes: view.domNodes, viewRerenderMs: round(view.rerenderMs) }),
		};
		process.stdout.write(`${JSON.stringify(figures)}\n`);
	}
}

main().catch((error: unknown) => {
	process.stderr.write(`rapport bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
	process.exitCode = 1;
});
