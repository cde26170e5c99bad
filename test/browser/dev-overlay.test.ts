/**
 * `npm run dev` with a course file that does not load: the browser's overlay shows Readback's
 * message (the line and column of the slip, the code frame with its caret), not the
 * compiler's stack trace; fixing the file brings the lesson back, and the next slip (a quote
 * not in its passage) shows in turn. The course folder is given as a relative
 * READBACK_QUESTIONS_DIR, as an author types it: edits there must be seen too. A fix saved
 * while the page is still loading (the overlay is up, the lesson not yet) does not leave the
 * old message over the fixed lesson.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ROOT } from '../../scripts/lib/load-course';
import { launchChromium, skipReason } from '../lib/chromium';
import { startDev, type DevServer } from '../lib/dev-server';

const hasChromium = inject('chromium') !== '';
if (!hasChromium) console.warn(skipReason);

/** Relative to the root, where `npm run dev` runs. */
const QUESTIONS = '.tmp/dev-overlay/questions';
const questions = path.join(ROOT, QUESTIONS);
const course = path.join(questions, 'overlay-course');
let dev: DevServer | undefined;
let browser: Browser | undefined;

/** Once the fixed lesson shows, the messages of any Vite overlay still over it (none: []). */
async function fixedLessonOverlays(page: Page): Promise<(string | null | undefined)[]> {
	await page
		.getByRole('heading', { level: 1, name: 'Fixture course' })
		.waitFor({ timeout: 30_000 });
	return page
		.locator('vite-error-overlay')
		.evaluateAll((els) => els.map((el) => el.shadowRoot?.querySelector('.message')?.textContent));
}

beforeAll(async () => {
	if (!hasChromium) return;
	rmSync(questions, { recursive: true, force: true });
	mkdirSync(questions, { recursive: true });
	cpSync(path.join(ROOT, 'test', 'fixtures', 'courses', 'alpha'), course, { recursive: true });
	writeFileSync(
		path.join(course, 'course.ts'),
		readFileSync(path.join(course, 'course.ts'), 'utf8').replace(
			"id: 'alpha'",
			"id: 'overlay-course'"
		)
	);
	// The slip: a missing comma after the difficulty of the first question.
	const bank = path.join(course, 'bank.ts');
	writeFileSync(bank, readFileSync(bank, 'utf8').replace(/difficulty: 1,/, 'difficulty: 1'));
	dev = await startDev(QUESTIONS, 'overlay-course');
	browser = await launchChromium();
}, 120_000);

afterAll(async () => {
	await browser?.close();
	dev?.close();
});

test.skipIf(!hasChromium)(
	'a syntax slip shows Readback’s message in the overlay, not a stack trace',
	async () => {
		const page = await browser!.newPage();
		await page.goto(dev!.url);
		const overlay = page.locator('vite-error-overlay');
		await overlay.waitFor({ state: 'attached', timeout: 30_000 });
		const text = await overlay.evaluate(
			(el) => el.shadowRoot?.querySelector('.message')?.textContent ?? ''
		);
		expect(text).toContain('.tmp/dev-overlay/questions/overlay-course/bank.ts');
		expect(text).toMatch(/Line \d+, column \d+: a comma is missing\./);
		expect(text).toContain('^');
		expect(text).toContain('[syntax-error]');
		expect(text).not.toMatch(/\n\s+at /);
		// The overlay comes with Vite's client, as soon as it connects (the server validated the
		// course at start); the lesson's own module loads later. Only once the page shows the
		// stand-in lesson has the server served the broken course to it, and so knows that the
		// page must reload when the file is fixed. Fixed before that, the page went on to load
		// the fixed course under the overlay of the broken one (a failure seen under load).
		await page
			.getByRole('heading', {
				level: 1,
				name: '.tmp/dev-overlay/questions/overlay-course does not load'
			})
			.waitFor({ timeout: 30_000 });

		// The author adds the comma: the page reloads with the lesson.
		const bank = path.join(course, 'bank.ts');
		writeFileSync(bank, readFileSync(bank, 'utf8').replace(/difficulty: 1\n/, 'difficulty: 1,\n'));
		expect(await fixedLessonOverlays(page)).toEqual([]);

		// Every save is checked, in this relative folder too: a quote that is not in its passage.
		writeFileSync(
			bank,
			readFileSync(bank, 'utf8').replace(
				'more than 1 million shells',
				'more than one million shells'
			)
		);
		await expect
			.poll(
				() =>
					page
						.locator('vite-error-overlay')
						.evaluateAll((els) =>
							els.map((el) => el.shadowRoot?.querySelector('.message')?.textContent ?? '')
						),
				{ timeout: 30_000 }
			)
			.toEqual([expect.stringContaining('[quote-not-in-passage]')]);
		await page.close();
	},
	90_000
);

describe.skipIf(!hasChromium)('a fix saved while the page is still loading', () => {
	// A server of its own: the lesson module has never been loaded (as when an author opens the
	// page and saves at once), so no module update of Vite's would reload the page.
	const raceQuestions = path.join(ROOT, '.tmp', 'dev-overlay', 'race');
	const raceCourse = path.join(raceQuestions, 'overlay-course');
	const bank = path.join(raceCourse, 'bank.ts');
	let raceDev: DevServer | undefined;

	beforeAll(async () => {
		rmSync(raceQuestions, { recursive: true, force: true });
		mkdirSync(raceQuestions, { recursive: true });
		cpSync(course, raceCourse, { recursive: true });
		const original = readFileSync(
			path.join(ROOT, 'test', 'fixtures', 'courses', 'alpha', 'bank.ts'),
			'utf8'
		);
		writeFileSync(bank, original.replace(/difficulty: 1,/, 'difficulty: 1'));
		raceDev = await startDev(raceQuestions, 'overlay-course');
	}, 120_000);
	afterAll(() => raceDev?.close());

	test('does not leave the old message over the lesson', async () => {
		const page = await browser!.newPage();
		// SvelteKit's start-up and Vite's client (which connects, and shows the overlay) load; the
		// lesson's page and its modules are held back, so the server has not seen them yet.
		const appModule = (url: URL) =>
			url.pathname.startsWith('/src/') ||
			url.pathname.includes('/.svelte-kit/generated/client/nodes/') ||
			url.pathname.includes('readback/course');
		const held: (() => Promise<void>)[] = [];
		await page.route(appModule, (route) => {
			held.push(() => route.continue().catch(() => undefined));
		});
		let loads = 0;
		page.on('request', (request) => {
			if (request.resourceType() === 'document') loads++;
		});
		await page.goto(raceDev!.url);
		await page.locator('vite-error-overlay').waitFor({ state: 'attached', timeout: 30_000 });
		await expect.poll(() => held.length, { timeout: 30_000 }).toBeGreaterThan(0);

		// The author fixes the file before the lesson has loaded.
		const from = raceDev!.output().length;
		writeFileSync(bank, readFileSync(bank, 'utf8').replace(/difficulty: 1\n/, 'difficulty: 1,\n'));
		await expect
			.poll(() => raceDev!.output().slice(from).includes('is valid'), { timeout: 30_000 })
			.toBe(true);
		// The server drops the outdated overlay: the page loads again.
		await expect.poll(() => loads, { timeout: 30_000 }).toBe(2);
		await page.unroute(appModule);
		await Promise.all(held.map((release) => release()));
		expect(await fixedLessonOverlays(page)).toEqual([]);
		await page.close();
	}, 90_000);
});
