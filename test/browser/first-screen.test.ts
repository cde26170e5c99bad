/**
 * The packaged page's static start screen (src/start-markup.ts, src/lesson.ts): for a first
 * visit it is shown with working buttons once the session is set up, and the lesson takes it
 * over after the first paint with the same elements (the article moved, not rebuilt); a click
 * before that is replayed on the lesson's own button, and keyboard focus stays where it was.
 * Any other launch never shows it: the first screen shown is already the right one.
 */
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, skipReason } from '../lib/chromium';
import {
	DEFAULT_PRELOAD,
	DEFAULT_PRELOAD_2004,
	PACKAGE_PATH,
	startLms,
	type LmsServer
} from '../lib/lms-server';

const hasChromium = inject('chromium') !== '';
if (!hasChromium) console.warn(skipReason);
const zipPath = path.join(inject('distDir'), 'north-korea-russia-scorm12.zip');

/** What Moodle hands a first launch of this package: the manifest's mastery score (65). */
const FIRST_VISIT = {
	core: DEFAULT_PRELOAD.core as Record<string, string>,
	student_data: { mastery_score: '65' }
};

/**
 * Installed in the lesson's frame before its first script: the first start screen shown (a
 * `<main>` that is not hidden and has the article), as its text and its buttons' states; and a
 * mark on the static screen's article element, to tell later whether it is the same element.
 */
function recordFirstScreen(page: Page) {
	return page.addInitScript(() => {
		if (window === window.top) return;
		const seen = { text: '', buttons: '', staticShown: false };
		(window as unknown as { __seen: typeof seen }).__seen = seen;
		new MutationObserver(() => {
			const article = document.querySelector('main[data-first-visit-cap] article');
			if (article) (article as unknown as { __static: boolean }).__static = true;
			const shown = [...document.querySelectorAll('main')].find(
				(main) => !main.hidden && main.querySelector('#article-title')
			);
			if (seen.text || !shown) return;
			seen.staticShown = shown.hasAttribute('data-first-visit-cap');
			seen.text = shown.textContent!.replace(/\s+/g, ' ').slice(0, 400);
			seen.buttons = [...shown.querySelectorAll('button')]
				.map((b) => `${b.textContent!.trim()}${b.disabled ? ' (disabled)' : ''}`)
				.join(' | ');
		}).observe(document, { childList: true, subtree: true, attributes: true });
	});
}

const seen = (frame: Frame) =>
	frame.evaluate(
		() =>
			(window as unknown as { __seen: { text: string; buttons: string; staticShown: boolean } })
				.__seen
	);

const lessonFrame = (page: Page) =>
	page.frame({ url: (u) => u.pathname === `${PACKAGE_PATH}index.html` })!;

/**
 * A start screen's markup without what only one of them has: the static one's `hidden`, its cap
 * and its disabled buttons; the comments Svelte uses as anchors; whitespace between elements.
 */
const normalised = (html: string) =>
	html
		.replace(/ (hidden|disabled)(="")?(?=[ >])/g, '')
		.replace(/ data-first-visit-cap="\d+"/g, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/>\s+</g, '><')
		.replace(/\s+/g, ' ');

describe.skipIf(!hasChromium)('the first screen of a package', () => {
	let browser: Browser;
	let lms: LmsServer;
	let lmsFor12: LmsServer;

	beforeAll(async () => {
		browser = await launchChromium();
		lms = lmsFor12 = await startLms(zipPath);
	});
	afterAll(async () => {
		await browser?.close();
		await lms?.close();
	});

	test.each([
		{ standard: '1.2' as const, zip: zipPath, preload: FIRST_VISIT },
		{
			standard: '2004' as const,
			zip: path.join(inject('distDir'), 'north-korea-russia-scorm2004.zip'),
			preload: { ...DEFAULT_PRELOAD_2004, scaled_passing_score: '0.65' }
		}
	])(
		'SCORM $standard: a first visit is shown the static screen with working buttons; the lesson takes it over with the same elements and the same article',
		async ({ standard, zip, preload }) => {
			const lms = standard === '1.2' ? lmsFor12 : await startLms(zip, standard);
			const page = await browser.newPage();
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			await recordFirstScreen(page);
			await page.goto(lms.playerUrl(preload));
			const frame = lessonFrame(page);
			await frame.waitForFunction(
				() =>
					document.querySelectorAll('main').length === 1 &&
					!document.querySelector('main[data-first-visit-cap]')
			);
			const first = await seen(frame);
			expect(first.staticShown).toBe(true);
			expect(first.buttons).toBe(
				'Save and continue later | Start the questions | Start the questions'
			);
			expect(first.text).toContain('You pass with 65% or more.');
			// The lesson's screen is the static one, element for element, and the article is the very
			// element the HTML parser built.
			const served = await (await fetch(`${lms.origin}${PACKAGE_PATH}index.html`)).text();
			const fromStatic = /<div class="app-root">(<main id="main"[\s\S]*?<\/main>)<\/div>/.exec(
				served
			)![1]!;
			expect(fromStatic).toContain('Start the questions');
			const live = await frame.locator('main').evaluate((main) => main.outerHTML);
			expect(normalised(live)).toBe(normalised(fromStatic));
			await expect(
				frame.evaluate(
					() =>
						(document.querySelector('main article') as unknown as { __static?: boolean }).__static
				)
			).resolves.toBe(true);
			// The lesson's own buttons work; none is disabled.
			await expect(frame.locator('main button[disabled]').count()).resolves.toBe(0);
			await frame.getByRole('button', { name: 'Start the questions' }).first().click();
			await frame.getByRole('heading', { name: /^Question 1 of at most/ }).waitFor();
			expect(errors).toEqual([]);
			await page.close();
			if (lms !== lmsFor12) await lms.close();
		}
	);

	test('a click before the lesson has taken over, keyboard focus, and a press held over it carry over to the lesson', async () => {
		for (const how of ['start', 'leave', 'focus', 'press'] as const) {
			const page = await browser.newPage();
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			// Timers and animation frames stand still: the take-over after the first paint waits.
			await page.clock.install();
			await page.clock.pauseAt(Date.now() + 1000);
			await page.goto(lms.playerUrl(FIRST_VISIT));
			const frame = lessonFrame(page);
			const staticButtons = frame.locator('main[data-first-visit-cap] button');
			const start = staticButtons.last();
			await expect(start.isEnabled({ timeout: 10_000 })).resolves.toBe(true);
			const questionOne = frame.getByRole('heading', { name: /^Question 1 of at most/ });
			if (how === 'start') {
				await start.click();
				await questionOne.waitFor();
			} else if (how === 'leave') {
				await staticButtons.first().click();
				await frame.getByRole('button', { name: 'Save and leave' }).waitFor();
			} else if (how === 'focus') {
				await start.focus();
				await page.clock.runFor(2000);
				await frame.waitForFunction(() => !document.querySelector('main[data-first-visit-cap]'));
				await expect(
					frame.evaluate(() => {
						const focused = document.activeElement as HTMLElement;
						const buttons = [...document.querySelectorAll('main button')];
						return `${focused.textContent!.trim()} #${buttons.indexOf(focused as HTMLButtonElement)}`;
					})
				).resolves.toBe('Start the questions #2');
			} else {
				// Pressed before the first paint's take-over is due, released after it.
				const box = (await staticButtons.nth(1).boundingBox())!;
				await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
				await page.mouse.down();
				await page.clock.runFor(2000);
				await expect(staticButtons.count()).resolves.toBe(3);
				await page.mouse.up();
				await questionOne.waitFor();
			}
			await expect(frame.locator('main').count()).resolves.toBe(1);
			expect(errors).toEqual([]);
			await page.close();
		}
	});

	test('any other launch is shown its own screen first: the LMS’s passing score, browse mode', async () => {
		const cases = [
			{
				preload: DEFAULT_PRELOAD, // mastery score 70, not the course's 65
				says: 'You pass with 70% or more.'
			},
			{
				preload: { ...FIRST_VISIT, core: { ...FIRST_VISIT.core, lesson_mode: 'browse' } },
				says: 'This lesson is open in browse mode'
			}
		];
		for (const { preload, says } of cases) {
			const page = await browser.newPage();
			await recordFirstScreen(page);
			await page.goto(lms.playerUrl(preload));
			const frame = lessonFrame(page);
			await frame.waitForFunction(
				() => (window as unknown as { __seen: { text: string } }).__seen.text !== ''
			);
			const first = await seen(frame);
			expect(first.staticShown).toBe(false);
			expect(first.text).toContain(says);
			await expect(frame.locator('main').count()).resolves.toBe(1);
			await page.close();
		}
	});
});
