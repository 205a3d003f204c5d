// Runs bench/viewPage.ts in Debian's Chromium (driven by playwright-core, no browser
// download, no network) with a queue computed in node, and returns the view's figures.
// Without Chromium it says so and the figures are left out.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Queue } from '../src/domain/queue';
import type { ViewBenchResult } from './viewPage';

const CHROMIUM = '/usr/bin/chromium';

export async function viewFigures(repo: string, queue: Queue): Promise<ViewBenchResult | string> {
	if (!existsSync(CHROMIUM)) return `skipped: no ${CHROMIUM} (apt-get install chromium)`;
	// Loaded here, not bundled: both are node tools that find their own files at run time.
	const esbuild = (await import('esbuild')) as typeof import('esbuild');
	const { chromium } = (await import('playwright-core')) as typeof import('playwright-core');
	const dir = mkdtempSync(join(tmpdir(), 'rapport-view-bench-'));
	try {
		await esbuild.build({
			entryPoints: [join(repo, 'bench/viewPage.ts')],
			bundle: true,
			format: 'iife',
			platform: 'browser',
			target: 'es2021',
			alias: { obsidian: 'obsidian-test-mocks/obsidian' },
			outfile: join(dir, 'page.js'),
			logLevel: 'error',
		});
		const css = readFileSync(join(repo, 'styles.css'), 'utf8') + readFileSync(join(repo, 'tests/e2e/theme.css'), 'utf8');
		writeFileSync(join(dir, 'queue.js'), `window.benchQueue = ${JSON.stringify(queue)};`);
		writeFileSync(
			join(dir, 'index.html'),
			`<!doctype html><html><head><meta charset="utf-8"><style>${css}
.bench-sidebar { width: 360px; height: 900px; display: flex; flex-direction: column; }
.bench-sidebar > .workspace-leaf-content, .bench-sidebar > * { flex: 1 1 auto; min-height: 0; display: flex; flex-direction: column; }
</style></head><body class="theme-light"><script src="queue.js"></script><script src="page.js"></script></body></html>`,
		);
		const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
			executablePath: CHROMIUM,
			headless: true,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-dev-shm-usage',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
			],
		});
		try {
			const page = context.pages()[0] ?? (await context.newPage());
			await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
			await page.goto(`file://${join(dir, 'index.html')}`);
			return await page.evaluate(() => (window as unknown as { benchResult: Promise<ViewBenchResult> }).benchResult);
		} finally {
			await context.close();
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
