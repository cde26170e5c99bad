/**
 * The course's own look (issue 9, point 4) in a real Chromium inside the LMS frame: the
 * "themed" fixture's accent, font and logo are applied; `prefers-color-scheme: dark` switches
 * to the dark palette with the derived accent; axe finds nothing in either mode (on the themed
 * course, and on every question type in dark mode); and no CSP violation anywhere.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { checkCourseDir } from '../../scripts/lib/validate-all';
import { splitSentences } from '../../src/lib/content/sentences';
import { DEFAULT_PALETTE } from '../../src/lib/theme/palette';
import { themeAccents } from '../../src/lib/theme/theme';
import { axe } from '../lib/axe';
import { launchChromium, skipReason } from '../lib/chromium';
import { answerByKeyboard } from '../lib/keyboard';
import { PACKAGE_PATH, startLms, type LmsServer } from '../lib/lms-server';
import { rightResponse } from '../lib/responses';

const hasChromium = inject('chromium') !== '';
if (!hasChromium) console.warn(skipReason);
const fixtures = path.join(inject('distDir'), 'fixtures');
const themedZip = path.join(fixtures, 'themed-scorm12.zip');
const everyTypeZip = path.join(fixtures, 'every-type-scorm12.zip');

const ACCENT = '#7a1f5c';
const DARK_ACCENT = themeAccents({ accent: ACCENT }).dark!;
const rgb = (hex: string) => {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	return `rgb(${r}, ${g}, ${b})`;
};

describe('the themed package', () => {
	const files = unzipSync(new Uint8Array(readFileSync(themedZip)));
	const text = (name: string) => new TextDecoder().decode(files[name]);

	test('carries the logo at media/logo.svg, listed in the manifest of both standards', () => {
		expect(text('media/logo.svg')).toContain('<svg');
		expect(text('imsmanifest.xml')).toContain('<file href="media/logo.svg"/>');
		const zip2004 = unzipSync(
			new Uint8Array(readFileSync(path.join(fixtures, 'themed-scorm2004.zip')))
		);
		expect(new TextDecoder().decode(zip2004['imsmanifest.xml'])).toContain(
			'<file href="media/logo.svg"/>'
		);
	});

	test('its theme style is allowed by hash; the CSP is otherwise as strict', () => {
		const html = text('index.html');
		const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)![1]!;
		expect(csp).toMatch(/style-src 'self' 'sha256-[\w+/=]+' 'sha256-[\w+/=]+';/);
		expect(csp).not.toContain('unsafe-inline');
		expect(html).toContain(`<style>:root{--accent:${ACCENT};`);
	});
});

/** A page that records console errors and CSP violations in every frame from the start. */
async function watchedPage(browser: Browser, colorScheme: 'light' | 'dark') {
	const page = await browser.newPage();
	await page.emulateMedia({ colorScheme });
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

const computed = (frame: Frame, selector: string, property: string) =>
	frame
		.locator(selector)
		.first()
		.evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);

describe.skipIf(!hasChromium)('the course look in Chromium', () => {
	let browser: Browser;
	let themed: LmsServer;
	let everyType: LmsServer;

	beforeAll(async () => {
		browser = await launchChromium();
		themed = await startLms(themedZip);
		everyType = await startLms(everyTypeZip);
	});
	afterAll(async () => {
		await browser?.close();
		await themed?.close();
		await everyType?.close();
	});

	for (const mode of ['light', 'dark'] as const)
		test(`${mode} mode: accent, palette, font and logo applied; axe and CSP clean`, async () => {
			const { page, errors } = await watchedPage(browser, mode);
			await page.goto(themed.playerUrl());
			const frame = lessonFrame(page);
			await frame.getByRole('heading', { level: 1 }).waitFor();
			const palette = DEFAULT_PALETTE[mode];
			const accent = mode === 'light' ? ACCENT : DARK_ACCENT;
			const start = 'button.primary';
			expect(await computed(frame, start, 'background-color')).toBe(rgb(accent));
			expect(await computed(frame, start, 'color')).toBe(rgb(palette['on-accent']));
			expect(await computed(frame, 'main', 'color')).toBe(rgb(palette.text));
			expect(await computed(frame, 'html', 'background-color')).toBe(rgb(palette.bg));
			expect(await computed(frame, 'main', 'font-family')).toBe(
				'Georgia, "Times New Roman", serif'
			);

			const logo = frame.getByRole('img', { name: 'Plum School' });
			await expect(logo.isVisible()).resolves.toBe(true);
			await expect
				.poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
				.toBeGreaterThan(0);
			expect(await logo.getAttribute('src')).toBe('media/logo.svg');

			const violations = await axe(frame, `${mode} start`);
			await frame.getByRole('button', { name: 'Start the questions' }).first().click();
			await frame.getByRole('heading', { name: 'Question 1' }).waitFor();
			violations.push(...(await axe(frame, `${mode} question`)));
			// A chosen option and a focused control: the accent as a border and a focus ring.
			await frame.getByRole('radio').first().check();
			expect(await computed(frame, '.options li.chosen', 'border-top-color')).toBe(rgb(accent));
			await frame.getByRole('button', { name: 'Check answer' }).focus();
			await page.keyboard.press('Enter');
			await frame.locator('.verdict').waitFor();
			violations.push(...(await axe(frame, `${mode} feedback`)));
			expect(violations).toEqual([]);
			expect(errors).toEqual([]);
			await page.close();
		});

	test('dark mode: axe finds nothing on any question type, before and after answering', async () => {
		const { course } = await checkCourseDir(
			path.resolve(import.meta.dirname, '../fixtures/courses/every-type')
		);
		const passageOf = (id: string) => course!.article.passages.find((p) => p.id === id)!.text;
		const { page, errors } = await watchedPage(browser, 'dark');
		await page.goto(everyType.playerUrl());
		const frame = lessonFrame(page);
		await frame.getByRole('heading', { level: 1 }).waitFor();
		// The default look's dark palette (this course has no theme).
		expect(await computed(frame, 'button.primary', 'background-color')).toBe(
			rgb(DEFAULT_PALETTE.dark.accent)
		);
		const violations = await axe(frame, 'start');
		await frame.getByRole('button', { name: 'Start the questions' }).first().click();
		for (const [i, q] of course!.questions.entries()) {
			await frame.getByRole('heading', { name: `Question ${i + 1}` }).waitFor();
			violations.push(...(await axe(frame, `${q.type} before answering`)));
			const passage = passageOf(q.passage);
			const sentences = splitSentences(passage).map((s) => s.text);
			await answerByKeyboard(page, frame, q, rightResponse(q, passage), sentences);
			await frame.locator('.verdict').waitFor();
			violations.push(...(await axe(frame, `${q.type} after answering`)));
			await page.keyboard.press('Enter');
		}
		await frame.getByRole('heading', { name: 'Your result' }).waitFor();
		violations.push(...(await axe(frame, 'results')));
		expect(violations).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});
});
