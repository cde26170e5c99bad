/**
 * The built SCORM 1.2 package in a real Chromium, inside an LMS-like player page whose
 * `window.API` is scorm-again: a learner clicks through every question; the test asserts what
 * the LMS received, that every value passes the strict checker, that the page logged no error
 * and that nothing outside the package was requested.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { checkCourseDir } from '../../scripts/lib/validate-all';
import { QUESTIONS_DIR } from '../../scripts/lib/load-course';
import type { Question } from '../../src/lib/content/schema';
import { scoreAnswer, type Answer, type AnyResponse } from '../../src/lib/scoring';
import { Strict12Checker } from '../../src/lib/tracking/conformance';
import { answerByClicking } from '../lib/answer';
import { launchChromium, skipReason } from '../lib/chromium';
import { rightResponse, wrongResponse } from '../lib/responses';
import {
	PACKAGE_PATH,
	PLAYER_PATH,
	startLms,
	type LmsLogEntry,
	type LmsServer
} from '../lib/lms-server';

const hasChromium = inject('chromium') !== '';
if (!hasChromium) console.warn(skipReason);
const zipPath = path.join(inject('distDir'), 'north-korea-russia-scorm12.zip');
const { course } = await checkCourseDir(path.join(QUESTIONS_DIR, 'north-korea-russia'));
const questions = course!.questions;

/** Question indexes the learner gets wrong on purpose (single-choice or true-false). */
const WRONG = new Set(
	questions
		.map((q, i) => [q, i] as const)
		.filter(([q]) => q.type !== 'multiple-response')
		.slice(0, 3)
		.map(([, i]) => i)
);

const passageOf = (q: Question) => course!.article.passages.find((p) => p.id === q.passage)!.text;

function responseFor(q: Question, right: boolean): AnyResponse {
	return right ? rightResponse(q, passageOf(q)) : wrongResponse(q, passageOf(q));
}

function watch(page: Page, lms: LmsServer) {
	const problems: string[] = [];
	page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	const outside: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		const allowed =
			url.origin === lms.origin &&
			(url.pathname === PLAYER_PATH ||
				url.pathname === '/lms/scorm-again.min.js' ||
				url.pathname.startsWith(PACKAGE_PATH));
		if (!allowed && !url.protocol.startsWith('data')) outside.push(request.url());
	});
	return { problems, outside };
}

describe.skipIf(!hasChromium)('the lesson in an LMS frame', () => {
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

	test('a learner answers every question by clicking; the LMS receives score, status and every answer', async () => {
		const page = await browser.newPage();
		const { problems, outside } = watch(page, lms);
		await page.goto(lms.playerUrl());
		const frame = page.frame({ url: (u) => u.pathname === `${PACKAGE_PATH}index.html` })!;
		expect(frame).toBeTruthy();
		await frame.getByRole('heading', { level: 1, name: course!.title }).waitFor();
		await expect(frame.getByTestId('tracking-notice').count()).resolves.toBe(0);
		await frame.getByRole('button', { name: 'Start the questions' }).first().click();

		let credit = 0;
		for (const [i, q] of questions.entries()) {
			await frame
				.getByRole('heading', { name: `Question ${i + 1} of ${questions.length}` })
				.waitFor();
			await expect(frame.locator('legend').textContent()).resolves.toBe(q.prompt);
			const response = responseFor(q, !WRONG.has(i));
			credit += scoreAnswer({ question: q, response } as Answer, { passage: passageOf(q) }).credit;
			await answerByClicking(frame, q, response, passageOf(q));
			const verdict = await frame.locator('.verdict').textContent();
			expect(verdict).toContain(WRONG.has(i) ? 'Not correct.' : 'Correct.');
			await expect(frame.locator('mark.evidence').textContent()).resolves.toContain(q.quote);
			const last = i === questions.length - 1;
			await frame
				.getByRole('button', { name: last ? 'See your results' : 'Next question' })
				.click();
		}

		const expected = Math.round((100 * credit) / questions.length);
		await expect(frame.getByTestId('score').textContent()).resolves.toBe(`${expected}%`);

		const log = (await page.evaluate('window.lmsLog')) as LmsLogEntry[];
		const sets = log.filter((e) => e.call === 'LMSSetValue');
		expect(sets.filter((e) => e.error !== '0')).toEqual([]);
		const checker = new Strict12Checker();
		for (const e of sets) checker.check(e.element!, e.value!);
		expect(checker.violations).toEqual([]);

		const value = (element: string) => sets.filter((e) => e.element === element).at(-1)?.value;
		expect(value('cmi.core.score.raw')).toBe(String(expected));
		expect(value('cmi.core.score.min')).toBe('0');
		expect(value('cmi.core.score.max')).toBe('100');
		expect(value('cmi.core.lesson_status')).toBe(expected >= 70 ? 'passed' : 'failed');
		expect(value('cmi.core.session_time')).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
		const ids = sets.filter((e) => /^cmi\.interactions\.\d+\.id$/.test(e.element!));
		expect(ids.map((e) => e.value)).toEqual(questions.map((q) => q.id));
		expect(ids.map((e) => e.element)).toEqual(questions.map((_, n) => `cmi.interactions.${n}.id`));
		const results = sets.filter((e) => /\.result$/.test(e.element!)).map((e) => e.value);
		expect(results.filter((r) => r === 'wrong')).toHaveLength(WRONG.size);
		const calls = log.filter((e) => e.call !== 'LMSSetValue').map((e) => e.call);
		expect(calls[0]).toBe('LMSInitialize');
		expect(calls.filter((c) => c === 'LMSCommit')).toHaveLength(questions.length + 2);
		expect(calls.filter((c) => c === 'LMSFinish')).toEqual(['LMSFinish']);
		expect(calls.at(-1)).toBe('LMSFinish');

		expect(problems).toEqual([]);
		expect(outside).toEqual([]);
		// The server's own log also sees requests the browser makes by itself (e.g. a favicon).
		const served = lms.requests.filter(
			(p) => !p.startsWith(PACKAGE_PATH) && p !== PLAYER_PATH && p !== '/lms/scorm-again.min.js'
		);
		expect(served).toEqual([]);
		await page.close();
	});

	test('without an LMS the lesson works and says the result will not be recorded', async () => {
		const page = await browser.newPage();
		const { problems, outside } = watch(page, lms);
		await page.goto(`${lms.origin}${PACKAGE_PATH}index.html`);
		await expect(page.getByTestId('tracking-notice').textContent()).resolves.toContain(
			'will not be recorded'
		);
		await page.getByRole('button', { name: 'Start the questions' }).first().click();
		await answerByClicking(
			page.mainFrame(),
			questions[0]!,
			responseFor(questions[0]!, true),
			passageOf(questions[0]!)
		);
		await expect(page.locator('.verdict').textContent()).resolves.toContain('Correct.');
		expect(problems).toEqual([]);
		expect(outside).toEqual([]);
		await page.close();
	});

	test('readable at 320 px wide: no horizontal scrolling on any screen', async () => {
		const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
		await page.goto(`${lms.origin}${PACKAGE_PATH}index.html`);
		const overflow = () =>
			page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		await expect(overflow()).resolves.toBeLessThanOrEqual(0);
		await page.getByRole('button', { name: 'Start the questions' }).first().click();
		await expect(overflow()).resolves.toBeLessThanOrEqual(0);
		await answerByClicking(
			page.mainFrame(),
			questions[0]!,
			responseFor(questions[0]!, false),
			passageOf(questions[0]!)
		);
		await expect(overflow()).resolves.toBeLessThanOrEqual(0);
		await page.close();
	});

	test('keyboard alone: start, choose, check, move on', async () => {
		const page = await browser.newPage();
		await page.goto(`${lms.origin}${PACKAGE_PATH}index.html`);
		await page.getByRole('button', { name: 'Start the questions' }).first().focus();
		await page.keyboard.press('Enter');
		const heading = page.getByRole('heading', { name: `Question 1 of ${questions.length}` });
		await heading.waitFor();
		await expect(heading.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
		// Tab into the first option, Space selects it (radio or checkbox alike), Enter submits.
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await page.keyboard.press('Enter');
		await page.locator('.verdict').waitFor();
		const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
		expect(focused).toBe('Next question');
		await page.keyboard.press('Enter');
		await page.getByRole('heading', { name: `Question 2 of ${questions.length}` }).waitFor();
		await page.close();
	});
});
