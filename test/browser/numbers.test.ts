/**
 * Numbers as people type them (issue 9, point 3), in a real Chromium inside the LMS frame, on a
 * German course: "1.000.000" and "2,5" are read in German, text gets a message about numbers
 * (not about choosing), and the LMS records the number as the lesson stores it.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, skipReason } from '../lib/chromium';
import { PACKAGE_PATH, startLms, type LmsLogEntry, type LmsServer } from '../lib/lms-server';
import { words } from '../lib/words';

const hasChromium = inject('chromium') !== '';
if (!hasChromium) console.warn(skipReason);
const zipPath = path.join(inject('distDir'), 'fixtures', 'numbers-de-scorm12.zip');
/** The course is German: so is its interface. */
const say = words('de');

const lessonFrame = (page: Page) =>
	page.frame({ url: (u) => u.pathname === `${PACKAGE_PATH}index.html` })!;
const lmsLog = async (page: Page) => (await page.evaluate('window.lmsLog')) as LmsLogEntry[];

describe.skipIf(!hasChromium)('numbers as people type them', () => {
	let browser: Browser;
	let lms: LmsServer;

	beforeAll(async () => {
		browser = await launchChromium();
		lms = await startLms(zipPath);
	});
	afterAll(async () => {
		await browser?.close();
		await lms?.close();
	});

	test('German separators are read; text is asked to be a number; the LMS gets the number', async () => {
		const page = await browser.newPage();
		await page.goto(lms.playerUrl());
		const frame = lessonFrame(page);
		await frame.getByRole('button', { name: say.start }).first().click();
		expect(say.start).toBe('Mit den Fragen beginnen');

		const input = frame.getByLabel(say.numericLabel);
		expect(await input.getAttribute('inputmode')).toBe('decimal');
		// Nothing typed, then text: messages about numbers.
		await frame.getByRole('button', { name: say.check }).click();
		await expect
			.poll(() => frame.getByRole('alert').textContent())
			.toBe('Gib eine Zahl ein, bevor du prüfst.');
		await input.fill('zzz');
		await frame.getByRole('button', { name: say.check }).click();
		await expect
			.poll(() => frame.getByRole('alert').textContent())
			.toBe('Gib eine Zahl ein, zum Beispiel 70.');
		// "1.000.000" is a million in German.
		await input.fill('1.000.000');
		await frame.getByRole('button', { name: say.check }).click();
		await frame.locator('.verdict').waitFor();
		expect(await frame.locator('.verdict').textContent()).toContain(say.correct);
		expect(await input.inputValue()).toBe('1.000.000');
		await frame.getByRole('button', { name: say.next }).click();

		// "2,5" is two and a half.
		await frame.getByRole('heading', { name: say.question(2, 3) }).waitFor();
		await frame.getByLabel(say.numericLabel).fill('2,5');
		await frame.getByRole('button', { name: say.check }).click();
		await frame.locator('.verdict').waitFor();
		expect(await frame.locator('.verdict').textContent()).toContain(say.correct);

		// Answers reach the LMS after the next paint (the outbox), so the second may follow the
		// feedback by a moment: wait for it, then require exactly these two values.
		const responses = async () =>
			(await lmsLog(page))
				.filter((e) => /^cmi\.interactions\.\d+\.student_response$/.test(e.element ?? ''))
				.map((e) => e.value);
		await expect.poll(responses, { timeout: 10_000 }).toEqual(['1000000', '2.5']);
		await page.close();
	});
});
