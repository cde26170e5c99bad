/**
 * `npm run dev` with a course file that does not load: the browser's overlay shows Readback's
 * message (the line and column of the slip, the code frame with its caret), not the
 * compiler's stack trace; fixing the file brings the lesson back, and the next slip (a quote
 * not in its passage) shows in turn. The course folder is given as a relative
 * READBACK_QUESTIONS_DIR, as an author types it: edits there must be seen too.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
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
		await page
			.getByRole('heading', { level: 1, name: 'Fixture course' })
			.waitFor({ timeout: 30_000 });
		const after = await page
			.locator('vite-error-overlay')
			.evaluateAll((els) => els.map((el) => el.shadowRoot?.querySelector('.message')?.textContent));
		expect(after).toEqual([]);

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
