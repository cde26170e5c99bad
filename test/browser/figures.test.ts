/**
 * Figures in passages (issue 9, point 5) in a real Chromium: the "figures" fixture's chart is
 * in the package and both manifests, and is shown with its alt text, caption and credit after
 * the sentence it follows: in the article, in the passage a wrong answer sends the learner back
 * to, in an evidence question's list of sentences (between them, not a choice) and in the
 * results' re-read passages. It loads under the lesson's CSP from the LMS's deep
 * path and from file://, fits a 320 px screen, and axe finds nothing.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser, Frame, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ROOT } from '../../scripts/lib/load-course';
import { axe } from '../lib/axe';
import { launchChromium, skipReason } from '../lib/chromium';
import { PACKAGE_PATH, startLms, type LmsServer } from '../lib/lms-server';

const hasChromium = inject('chromium') !== '';
if (!hasChromium) console.warn(skipReason);
const fixtures = path.join(inject('distDir'), 'fixtures');
const zipPath = (standard: string) => path.join(fixtures, `figures-${standard}.zip`);
const CHART = readFileSync(
	path.join(ROOT, 'test', 'fixtures', 'courses', 'figures', 'shipments-chart.png')
);
const ALT = 'Bar chart of shells shipped per month: three bars, each taller than the one before.';
const CAPTION = 'Shells shipped per month, August to October.';
const CREDIT = 'Chart: Readback test fixture';

describe('the figures package', () => {
	test('holds the chart at media/, listed in the manifest of both standards', () => {
		for (const standard of ['scorm12', 'scorm2004']) {
			const files = unzipSync(new Uint8Array(readFileSync(zipPath(standard))));
			expect(files['media/shipments-chart.png']).toEqual(new Uint8Array(CHART));
			expect(new TextDecoder().decode(files['imsmanifest.xml'])).toContain(
				'<file href="media/shipments-chart.png"/>'
			);
		}
	});
});

/** A page that records console errors and CSP violations in every frame from the start. */
async function watchedPage(browser: Browser, width = 1024) {
	const page = await browser.newPage({ viewport: { width, height: 800 } });
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)
		);
	});
	return { page, errors };
}

const lessonFrame = (page: Page) =>
	page.frame({ url: (u) => u.pathname === `${PACKAGE_PATH}index.html` })!;

/** The image has loaded (it is the 480 × 320 chart), not just been put in the page. */
async function loaded(img: Locator): Promise<number> {
	await img.scrollIntoViewIfNeeded();
	await expect
		.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
		.toBe(480);
	return img.evaluate((el: HTMLImageElement) => el.naturalHeight);
}

/** A figure shows the chart with its alt text, caption and credit. */
async function expectChart(figure: Locator, caption = true) {
	const img = figure.getByRole('img', { name: ALT });
	expect(await img.getAttribute('src')).toBe('media/shipments-chart.png');
	// Its size from the build: the room is kept before the image loads.
	expect([await img.getAttribute('width'), await img.getAttribute('height')]).toEqual([
		'480',
		'320'
	]);
	expect(await loaded(img)).toBe(320);
	if (caption)
		expect((await figure.locator('figcaption').textContent())?.replace(/\s+/g, ' ').trim()).toBe(
			`${CAPTION} ${CREDIT}`
		);
}

/** The text before and after the first figure of a passage, in document order. */
const aroundFigure = (frame: Frame, passage: string) =>
	frame.locator(passage).evaluate((el) => {
		const figure = el.querySelector('figure')!;
		return {
			before: figure.previousElementSibling?.textContent?.trim(),
			after: figure.nextElementSibling?.textContent?.trim()
		};
	});

describe.skipIf(!hasChromium)('figures in Chromium', () => {
	let browser: Browser;
	let lms: LmsServer;

	beforeAll(async () => {
		browser = await launchChromium();
		lms = await startLms(zipPath('scorm12'));
	});
	afterAll(async () => {
		await browser?.close();
		await lms?.close();
	});

	test('in the article, in remediation and in the results: shown, loaded, axe and CSP clean', async () => {
		const { page, errors } = await watchedPage(browser);
		await page.goto(lms.playerUrl());
		const frame = lessonFrame(page);
		await frame.getByRole('heading', { level: 1 }).waitFor();

		// The article: the chart after the first sentence of p1; p2's at its end, alt text only.
		await expectChart(frame.locator('#passage-p1 figure'));
		expect(await aroundFigure(frame, '#passage-p1')).toEqual({
			before: 'The shipments grew month after month.',
			after:
				'North Korea has sent more than 1 million shells to Russia. They came in 10 separate shipments.'
		});
		const p2 = frame.locator('#passage-p2 figure');
		expect(await p2.locator('figcaption').count()).toBe(0);
		expect(await loaded(p2.getByRole('img'))).toBe(320);
		const violations = await axe(frame, 'article');

		// A wrong answer opens the passage again, the evidence marked, the figure in its place.
		await frame.getByRole('button', { name: 'Start the questions' }).first().click();
		await frame.getByRole('heading', { name: 'Question 1' }).waitFor();
		await frame.getByRole('radio', { name: 'About 1000' }).check();
		await frame.getByRole('button', { name: 'Check answer' }).click();
		await frame.locator('.verdict').waitFor();
		const passage = frame.locator('details.passage');
		expect(await passage.getAttribute('open')).toBe('');
		await expectChart(passage.locator('figure'));
		expect(await passage.locator('mark.evidence').textContent()).toContain(
			'more than 1 million shells'
		);
		violations.push(...(await axe(frame, 'remediation')));

		// The evidence question lists the passage's three sentences to choose from, and the chart
		// where it stands in the passage, after the first: shown with its alt text and caption, as
		// in the article, but not a choice (a figure is not a sentence and cannot be evidence).
		await frame.getByRole('button', { name: 'Next question' }).click();
		await frame.getByRole('heading', { name: 'Question 2' }).waitFor();
		const items = await frame
			.locator('.sentences > li')
			.evaluateAll((lis) =>
				lis.map((li) =>
					li.classList.contains('sentence-figure')
						? `figure: ${li.querySelector('img')?.alt}`
						: li.querySelector('.sentence-text')!.textContent!.trim()
				)
			);
		expect(items).toEqual([
			'The shipments grew month after month.',
			`figure: ${ALT}`,
			'North Korea has sent more than 1 million shells to Russia.',
			'They came in 10 separate shipments.'
		]);
		expect(await frame.getByRole('radio').count()).toBe(3);
		const between = frame.locator('.sentences li.sentence-figure');
		expect(await between.locator('input, label').count()).toBe(0);
		await expectChart(between.locator('figure'));
		violations.push(...(await axe(frame, 'evidence')));
		await frame.getByRole('radio').first().check();
		await frame.getByRole('button', { name: 'Check answer' }).click();
		await frame.locator('.verdict').waitFor();
		await frame.getByRole('button', { name: 'Next question' }).click();
		await frame.getByRole('heading', { name: 'Question 3' }).waitFor();
		await frame.getByRole('radio', { name: 'True' }).check();
		await frame.getByRole('button', { name: 'Check answer' }).click();
		await frame.getByRole('button', { name: 'See your results' }).click();

		// The results send the learner back to the passage, figure included.
		await frame.getByRole('heading', { name: 'Your result' }).waitFor();
		const reread = frame.locator('[data-testid="objective-shipments"] details.passage');
		await reread.locator('summary').click();
		await expectChart(reread.locator('figure'));
		violations.push(...(await axe(frame, 'results')));

		expect(violations).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('at 320 px the figure fits: no sideways scrolling', async () => {
		const { page, errors } = await watchedPage(browser, 320);
		await page.goto(lms.playerUrl());
		const frame = lessonFrame(page);
		await frame.getByRole('heading', { level: 1 }).waitFor();
		const img = frame.locator('#passage-p1 figure img');
		await loaded(img);
		const fit = await frame.evaluate(() => {
			const image = document.querySelector('#passage-p1 figure img')!.getBoundingClientRect();
			const main = document.querySelector('main')!.getBoundingClientRect();
			return {
				scroll: document.documentElement.scrollWidth <= document.documentElement.clientWidth,
				inside: image.left >= main.left && image.right <= main.right,
				width: image.width,
				ratio: image.width / image.height
			};
		});
		expect(fit.scroll).toBe(true);
		expect(fit.inside).toBe(true);
		expect(fit.width).toBeLessThan(320);
		expect(fit.ratio).toBeCloseTo(1.5, 1);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('opened from file:// (no LMS), the images load under the same CSP', async () => {
		const dir = mkdtempSync(path.join(ROOT, '.tmp', 'figures-file-'));
		try {
			for (const [name, bytes] of Object.entries(
				unzipSync(new Uint8Array(readFileSync(zipPath('scorm12'))))
			)) {
				mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
				writeFileSync(path.join(dir, name), bytes);
			}
			const { page, errors } = await watchedPage(browser);
			await page.goto(pathToFileURL(path.join(dir, 'index.html')).href);
			await page.getByRole('heading', { level: 1 }).waitFor();
			await expectChart(page.locator('#passage-p1 figure'));
			expect(errors.filter((e) => e.includes('CSP'))).toEqual([]);
			await page.close();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
