/**
 * Safe and self-contained: a Content-Security-Policy that allows only the package's own inline
 * code, no eval, and author text that stays text (the injection fixture in the "beta" course).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, skipReason } from '../lib/chromium';
import { PACKAGE_PATH, startLms, type LmsLogEntry, type LmsServer } from '../lib/lms-server';

const ROOT = path.resolve(import.meta.dirname, '../..');
const hasChromium = inject('chromium') !== '';
if (!hasChromium) console.warn(skipReason);
const distDir = inject('distDir');
const html = (zip: string) =>
	new TextDecoder().decode(unzipSync(new Uint8Array(readFileSync(zip)))['index.html']);

describe('the package', () => {
	const page = html(path.join(distDir, 'north-korea-russia-scorm12.zip'));

	test('carries a CSP: nothing by default, inline code only by hash', () => {
		const csp =
			/<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(page)?.[1] ?? '';
		expect(csp).toContain("default-src 'none'");
		expect(csp).toMatch(/script-src 'self' 'sha256-[\w+/=]+'/);
		expect(csp).toMatch(/style-src 'self' 'sha256-[\w+/=]+'/);
		expect(csp).toContain("object-src 'none'");
		expect(csp).toContain("base-uri 'none'");
		expect(csp).toContain("form-action 'none'");
		expect(csp).not.toContain('unsafe-inline');
		expect(csp).not.toContain('unsafe-eval');
	});

	test('has no eval and no Function constructor', () => {
		expect(page).not.toMatch(/\beval\(|new Function\(/);
	});
});

describe.skipIf(!hasChromium)('author text in the browser', () => {
	let browser: Browser;
	let lms: LmsServer;

	beforeAll(async () => {
		browser = await launchChromium();
		lms = await startLms(path.join(distDir, 'fixtures', 'beta-scorm12.zip'));
	});
	afterAll(async () => {
		await browser?.close();
		await lms?.close();
	});

	test('markup in articles, prompts and feedback stays inert text; no CSP violation', async () => {
		const p = await browser.newPage();
		const errors: string[] = [];
		p.on('pageerror', (e) => errors.push(e.message));
		p.on('console', (m) => {
			if (m.type() === 'error') errors.push(m.text());
		});
		await p.goto(lms.playerUrl());
		const frame = p.frame({ url: (u) => u.pathname === `${PACKAGE_PATH}index.html` })!;
		await frame.evaluate(() => {
			(window as unknown as { violations: string[] }).violations = [];
			document.addEventListener('securitypolicyviolation', (e) =>
				(window as unknown as { violations: string[] }).violations.push(e.violatedDirective)
			);
		});
		await frame
			.getByText('Authors may type <script>window.__pwned = "script"</script>', { exact: false })
			.waitFor();
		await frame.getByRole('button', { name: 'Start the questions' }).first().click();
		for (let i = 0; i < 2; i++) {
			await frame.getByRole('radio', { name: 'True', exact: true }).check();
			await frame.getByRole('button', { name: 'Check answer' }).click();
			await frame.getByRole('button', { name: /^(Next question|See your results)$/ }).click();
		}
		await frame.getByRole('heading', { name: 'Your result' }).waitFor();
		await expect(
			frame.getByText('Markup such as <b>bold</b>', { exact: false }).count()
		).resolves.toBeGreaterThan(0);
		await expect(
			frame.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)
		).resolves.toBeUndefined();
		await expect(frame.locator('main img, main b, main i, main script').count()).resolves.toBe(0);
		await expect(
			frame.evaluate(() => (window as unknown as { violations: string[] }).violations)
		).resolves.toEqual([]);
		expect(errors).toEqual([]);
		await p.close();
	});
});

describe.skipIf(!hasChromium)(
	'text that looks like the end of a script (issue 12, point 7)',
	() => {
		let browser: Browser;
		let lms: LmsServer;
		const out = path.join(ROOT, '.tmp', 'test-hostile');

		beforeAll(async () => {
			// `<!--` then `<script>`, `</script>` and U+2028/U+2029 in every kind of author text: this
			// once blanked the whole lesson (the course JSON sits in the page's inline script).
			const tsx = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
			const built = spawnSync(
				process.execPath,
				[tsx, 'scripts/build.ts', '--questions', 'test/fixtures/hostile', '--out', out],
				{ cwd: ROOT, encoding: 'utf8' }
			);
			if (built.status !== 0) throw new Error(`build failed:\n${built.stdout}\n${built.stderr}`);
			browser = await launchChromium();
			lms = await startLms(path.join(out, 'inline-text-scorm12.zip'));
		});
		afterAll(async () => {
			await browser?.close();
			await lms?.close();
		});

		test('the built lesson shows the text as text, runs to the result, and reports it', async () => {
			const p = await browser.newPage();
			const errors: string[] = [];
			p.on('pageerror', (e) => errors.push(e.message));
			p.on('console', (m) => {
				if (m.type() === 'error') errors.push(m.text());
			});
			await p.goto(lms.playerUrl());
			const frame = p.frame({ url: (u) => u.pathname === `${PACKAGE_PATH}index.html` })!;
			await frame
				.getByText('Authors may write <!-- to open an HTML comment.', { exact: false })
				.waitFor({ timeout: 15_000 });
			await expect(
				frame.getByText('A </script> tag closes nothing here.', { exact: false }).count()
			).resolves.toBeGreaterThan(0);
			await frame.getByRole('button', { name: 'Start the questions' }).first().click();
			for (let i = 0; i < 2; i++) {
				await frame.getByRole('radio', { name: 'True', exact: true }).check();
				await frame.getByRole('button', { name: 'Check answer' }).click();
				await frame.getByRole('button', { name: /^(Next question|See your results)$/ }).click();
			}
			await frame.getByRole('heading', { name: 'Your result' }).waitFor();
			await expect(frame.locator('main script').count()).resolves.toBe(0);
			// The result reaches the LMS: the script ran to the end.
			await expect
				.poll(async () =>
					((await p.evaluate('window.lmsLog')) as LmsLogEntry[]).some(
						(e) => e.element === 'cmi.core.lesson_status' && e.value === 'passed' && e.error === '0'
					)
				)
				.toBe(true);
			expect(errors).toEqual([]);
			await p.close();
		});
	}
);
