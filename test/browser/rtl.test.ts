/**
 * Right to left (issue 9, point 2): the Arabic fixture course at 320 px wide in a real Chromium.
 * The page is `<html lang="ar" dir="rtl">` from its first byte; every screen (start, each
 * question type before and after answering, results) mirrors (text starts on the right, the
 * side borders move to the right) and never scrolls sideways, on the page or inside the key
 * elements. A screenshot of each screen goes to .tmp/test-output/rtl-320/ (not committed).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { checkCourseDir } from '../../scripts/lib/validate-all';
import { launchChromium, skipReason } from '../lib/chromium';
import { answerByClicking } from '../lib/answer';
import { PACKAGE_PATH, startLms, type LmsServer } from '../lib/lms-server';
import { rightResponse, wrongResponse } from '../lib/responses';
import { words } from '../lib/words';

const hasChromium = inject('chromium') !== '';
if (!hasChromium) console.warn(skipReason);
const zipPath = path.join(inject('distDir'), 'fixtures', 'every-type-ar-scorm12.zip');
const { course } = await checkCourseDir(
	path.resolve(import.meta.dirname, '../fixtures/courses/every-type-ar')
);
const questions = course!.questions;
const passageOf = (id: string) => course!.article.passages.find((p) => p.id === id)!.text;
const say = words('ar');
const OUTPUT = path.resolve(import.meta.dirname, '../../.tmp/test-output/rtl-320');

/** Elements that must never be wider than their box (each one found on the screen is checked). */
const KEY_ELEMENTS = [
	'main',
	'header.top',
	'h1',
	'h2',
	'.notice',
	'section.question',
	'fieldset',
	'legend',
	'.options',
	'.ordering',
	'.matching',
	'.sentences',
	'.text-answer',
	'.feedback',
	'details.passage',
	'section.results',
	'.objectives',
	'.review',
	'.article'
];

/** What overflows sideways on this screen: the page, or a key element (with its widths). */
async function overflows(page: Page): Promise<string[]> {
	return page.evaluate((selectors) => {
		const found: string[] = [];
		const root = document.documentElement;
		if (root.scrollWidth > root.clientWidth)
			found.push(`page ${root.scrollWidth}>${root.clientWidth}`);
		for (const selector of selectors)
			document.querySelectorAll<HTMLElement>(selector).forEach((el, i) => {
				if (el.scrollWidth > el.clientWidth + 1)
					found.push(`${selector}[${i}] ${el.scrollWidth}>${el.clientWidth}`);
			});
		return found;
	}, KEY_ELEMENTS);
}

/** Where a heading's text sits in <main>: its line ends near main's right edge when mirrored. */
async function mirrored(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const problems: string[] = [];
		const main = document.querySelector('main')!.getBoundingClientRect();
		const heading = document.querySelector('h1, h2')!;
		const range = document.createRange();
		range.selectNodeContents(heading);
		const text = range.getBoundingClientRect();
		// main has 1rem of padding: the text starts within 24 px of the right edge.
		if (main.right - text.right > 24)
			problems.push(`heading starts ${main.right - text.right}px from the right`);
		for (const el of document.querySelectorAll<HTMLElement>('.notice, blockquote, .sentences')) {
			const style = getComputedStyle(el);
			if (style.borderLeftWidth !== '0px' || style.borderRightWidth === '0px')
				problems.push(`${el.className || el.tagName}: side border not on the right`);
		}
		return problems;
	});
}

describe.skipIf(!hasChromium)('right to left at 320 px (Arabic)', () => {
	let browser: Browser;
	let lms: LmsServer;

	beforeAll(async () => {
		browser = await launchChromium();
		lms = await startLms(zipPath);
		rmSync(OUTPUT, { recursive: true, force: true });
		mkdirSync(OUTPUT, { recursive: true });
	});
	afterAll(async () => {
		await browser?.close();
		await lms?.close();
	});

	test('a negative number reads "-3" in the number field, typed and after checking', async () => {
		const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
		await page.goto(`${lms.origin}${PACKAGE_PATH}index.html`);
		await page.getByRole('button', { name: say.start }).first().click();
		const numeric = questions.findIndex((q) => q.type === 'numeric');
		for (const [i, q] of questions.slice(0, numeric).entries()) {
			await page.getByRole('heading', { name: say.question(i + 1, questions.length) }).waitFor();
			const passage = passageOf(q.passage);
			await answerByClicking(page.mainFrame(), q, rightResponse(q, passage), passage, true, 'ar');
			await page.getByRole('button', { name: say.next }).click();
		}
		const input = page.getByRole('textbox', { name: say.numericLabel });
		await input.fill('-3');
		// The field's own direction decides the order of "-" and "3" on screen: left to right,
		// with the text on the right side, where the Arabic lines start.
		const shown = () =>
			input.evaluate((el: HTMLInputElement) => {
				const style = getComputedStyle(el);
				return [el.value, style.direction, style.textAlign];
			});
		expect(await shown()).toEqual(['-3', 'ltr', 'right']);
		await page.getByRole('button', { name: say.check }).click();
		await page.locator('.verdict').waitFor();
		expect(await input.getAttribute('readonly')).not.toBeNull();
		expect(await shown()).toEqual(['-3', 'ltr', 'right']);
		await page.close();
	});

	test('the system has a font with Arabic letters (Debian: fonts-dejavu-core)', () => {
		let fonts = '';
		try {
			fonts = execFileSync('fc-list', [':lang=ar', 'family'], { encoding: 'utf8' });
		} catch {
			// No fontconfig: Chromium then falls back to what it has.
		}
		if (process.env.CI === 'true') expect(fonts.trim()).not.toBe('');
		else if (!fonts.trim())
			console.warn('No font with Arabic letters: the screenshots show boxes.');
	});

	test('mirrored, no sideways scrolling on any screen; a screenshot of each', async () => {
		const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
		// Outside the LMS frame: the lesson also says that no LMS was found (one more notice).
		await page.goto(`${lms.origin}${PACKAGE_PATH}index.html`);
		await page.getByRole('button', { name: say.start }).first().waitFor();
		expect(
			await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])
		).toEqual(['ar', 'rtl']);
		let shot = 0;
		const check = async (screen: string) => {
			await page.screenshot({
				path: path.join(OUTPUT, `${String(++shot).padStart(2, '0')}-${screen}.png`),
				fullPage: true
			});
			expect(await overflows(page), screen).toEqual([]);
			expect(await mirrored(page), screen).toEqual([]);
		};
		await check('start');
		await page.getByRole('button', { name: say.start }).first().click();
		for (const [i, q] of questions.entries()) {
			await page.getByRole('heading', { name: say.question(i + 1, questions.length) }).waitFor();
			await check(`${q.type}`);
			// Every other answer wrong: the feedback, the marked passage and the right answers show.
			const passage = passageOf(q.passage);
			const response = i % 2 === 0 ? wrongResponse(q, passage) : rightResponse(q, passage);
			await answerByClicking(page.mainFrame(), q, response, passage, true, 'ar');
			await page.locator('.verdict').waitFor();
			await page
				.locator('details.passage')
				.evaluateAll((all) => all.forEach((el) => ((el as HTMLDetailsElement).open = true)));
			await check(`${q.type}-answered`);
			await page
				.getByRole('button', { name: i === questions.length - 1 ? say.seeResults : say.next })
				.click();
		}
		await page.getByRole('heading', { name: say.resultHeading }).waitFor();
		await page
			.locator('section.results details')
			.evaluateAll((all) => all.forEach((el) => ((el as HTMLDetailsElement).open = true)));
		await check('results');
		await page.close();
	});
});
