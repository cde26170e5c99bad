/**
 * The built SCORM 1.2 package in a real Chromium, inside an LMS-like player page whose
 * `window.API` is scorm-again: a learner clicks through every question; the test asserts what
 * the LMS received, that every value passes the strict checker, that the page logged no error
 * and that nothing outside the package was requested.
 */
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { checkCourseDir } from '../../scripts/lib/validate-all';
import { QUESTIONS_DIR } from '../../scripts/lib/load-course';
import type { Question } from '../../src/lib/content/schema';
import type { AnyResponse } from '../../src/lib/scoring';
import { Strict12Checker } from '../../src/lib/tracking/conformance';
import { splitSentences } from '../../src/lib/content/sentences';
import { displayOrder, questionSeed } from '../../src/lib/scoring/order';
import { decodeSuspend } from '../../src/lib/tracking/suspend';
import { lessonCap } from '../../src/lib/engine/range';
import { answerByClicking, shownOrder, shownQuestion as shownOn } from '../lib/answer';
import { answerByKeyboard } from '../lib/keyboard';
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

	const shownQuestion = (frame: Frame) => shownOn(frame, questions);

	test('a learner answers by clicking; wrong answers send them to the passage; the LMS gets everything', async () => {
		const page = await browser.newPage();
		const { problems, outside } = watch(page, lms);
		await page.goto(lms.playerUrl());
		const frame = page.frame({ url: (u) => u.pathname === `${PACKAGE_PATH}index.html` })!;
		expect(frame).toBeTruthy();
		await frame.getByRole('heading', { level: 1, name: course!.title }).waitFor();
		await expect(frame.getByTestId('tracking-notice').count()).resolves.toBe(0);
		await frame.getByRole('button', { name: 'Start the questions' }).first().click();

		const answered: Question[] = [];
		let wrongLeft = 2;
		let remediations = 0;
		for (let n = 1; ; n++) {
			const q = await shownQuestion(frame);
			if (!q) break;
			await frame.getByRole('heading', { name: `Question ${n}` }).waitFor();
			await expect(frame.locator('legend').textContent()).resolves.toBe(q.prompt);
			const wrong = wrongLeft > 0 && q.type !== 'multiple-response';
			if (wrong) wrongLeft--;
			await answerByClicking(frame, q, responseFor(q, !wrong), passageOf(q));
			answered.push(q);
			const verdict = await frame.locator('.verdict').textContent();
			expect(verdict).toContain(wrong ? 'Not correct.' : 'Correct.');
			await expect(frame.locator('mark.evidence').textContent()).resolves.toContain(q.quote);
			if (wrong && q.type !== 'evidence') {
				// Remediation: the passage is open, the quote marked, and the way on is explained.
				await expect(frame.locator('details.passage').getAttribute('open')).resolves.toBe('');
				await expect(frame.locator('details.passage summary').textContent()).resolves.toContain(
					'Re-read the passage'
				);
			}
			await frame.getByRole('button', { name: /^(Next question|See your results)$/ }).click();
			if (wrong) {
				const next = await shownQuestion(frame);
				if (next) {
					// A different question on the same objective.
					expect(next.id).not.toBe(q.id);
					expect(next.objective).toBe(q.objective);
					remediations++;
				}
			}
		}
		expect(remediations).toBe(2);
		expect(answered.length).toBeLessThan(questions.length);
		await frame.getByRole('heading', { name: 'Your result' }).waitFor();
		const shownScore = (await frame.getByTestId('score').textContent())!.replace('%', '');

		const log = (await page.evaluate('window.lmsLog')) as LmsLogEntry[];
		const sets = log.filter((e) => e.call === 'LMSSetValue');
		expect(sets.filter((e) => e.error !== '0')).toEqual([]);
		const checker = new Strict12Checker();
		for (const e of sets) checker.check(e.element!, e.value!);
		expect(checker.violations).toEqual([]);

		const value = (element: string) => sets.filter((e) => e.element === element).at(-1)?.value;
		expect(value('cmi.core.score.raw')).toBe(shownScore);
		expect(value('cmi.core.score.min')).toBe('0');
		expect(value('cmi.core.score.max')).toBe('100');
		expect(value('cmi.core.lesson_status')).toBe(Number(shownScore) >= 70 ? 'passed' : 'failed');
		expect(value('cmi.core.exit')).toBe('');
		expect(value('cmi.core.session_time')).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
		const ids = sets.filter((e) => /^cmi\.interactions\.\d+\.id$/.test(e.element!));
		expect(ids.map((e) => e.value)).toEqual(answered.map((q) => q.id));
		expect(ids.map((e) => e.element)).toEqual(answered.map((_, n) => `cmi.interactions.${n}.id`));
		const objectives = sets.filter((e) => /^cmi\.objectives\.\d+\.id$/.test(e.element!));
		expect(objectives.map((e) => e.value)).toEqual(course!.objectives.map((o) => o.id));
		const calls = log.filter((e) => e.call !== 'LMSSetValue').map((e) => e.call);
		expect(calls[0]).toBe('LMSInitialize');
		expect(calls.filter((c) => c === 'LMSCommit')).toHaveLength(answered.length + 2);
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

	test('the first screen already has the session: the article with a working Start at once, no "Connecting…"', async () => {
		const page = await browser.newPage();
		const { problems } = watch(page, lms);
		// In the lesson's frame, from before its first script: the first start screen shown (the
		// page's static one is hidden until the session is set up), and whether the connecting
		// notice ever appeared.
		await page.addInitScript(() => {
			if (window === window.top) return;
			const seen = { firstScreen: '', connecting: false };
			(window as unknown as { __seen: typeof seen }).__seen = seen;
			new MutationObserver(() => {
				if (document.querySelector('[data-testid="connecting"]')) seen.connecting = true;
				const shown = [...document.querySelectorAll('main')].find(
					(main) => !main.hidden && main.querySelector('#article-title')
				);
				if (seen.firstScreen || !shown) return;
				const starts = [...shown.querySelectorAll('button')].filter(
					(b) => b.textContent?.trim() === 'Start the questions'
				);
				seen.firstScreen = `${starts.length} Start buttons, ${starts.filter((b) => b.disabled).length} disabled`;
			}).observe(document, { childList: true, subtree: true, attributes: true });
		});
		await page.goto(lms.playerUrl());
		const frame = page.frame({ url: (u) => u.pathname === `${PACKAGE_PATH}index.html` })!;
		await frame.waitForFunction(() =>
			[...document.querySelectorAll('button')].some(
				(b) => b.textContent?.trim() === 'Start the questions' && !b.disabled
			)
		);
		await expect(
			frame.evaluate(() => (window as unknown as { __seen: unknown }).__seen)
		).resolves.toEqual({
			firstScreen: '2 Start buttons, 0 disabled',
			connecting: false
		});
		// The cap the first screen says is the session's (SCORM 1.2 here).
		const text = (await frame.locator('main').textContent())!.replace(/\s+/g, ' ');
		expect(lessonCap(course!, 'scorm12')).toBeLessThan(questions.length);
		expect(text).toContain(`after at most ${lessonCap(course!, 'scorm12')} questions.`);
		expect(problems).toEqual([]);
		await page.close();
	});

	test('a learner leaves mid-lesson, relaunches with what the LMS stored, and continues', async () => {
		const first = await browser.newPage();
		await first.goto(lms.playerUrl());
		const frame1 = first.frame({ url: (u) => u.pathname === `${PACKAGE_PATH}index.html` })!;
		await frame1.getByRole('button', { name: 'Start the questions' }).first().click();
		const before: string[] = [];
		for (let n = 1; n <= 3; n++) {
			const q = (await shownQuestion(frame1))!;
			await answerByClicking(frame1, q, responseFor(q, n !== 2), passageOf(q));
			before.push(q.id);
			await frame1.getByRole('button', { name: 'Next question' }).click();
		}
		await frame1.getByRole('button', { name: 'Save and continue later' }).click();
		await frame1.getByRole('button', { name: 'Save and leave' }).click();
		await frame1.getByRole('heading', { name: 'Your progress is saved' }).waitFor();
		const stored = (await first.evaluate('window.API.renderCommitCMI(true)')) as {
			cmi: { suspend_data: string; core: Record<string, unknown>; interactions: unknown };
		};
		const log1 = (await first.evaluate('window.lmsLog')) as LmsLogEntry[];
		expect(log1.filter((e) => e.call === 'LMSFinish')).toHaveLength(1);
		expect(stored.cmi.core.exit).toBe('suspend');
		await first.close();

		// What Moodle hands the next launch of the same attempt.
		const second = await browser.newPage();
		const { problems } = watch(second, lms);
		await second.goto(
			lms.playerUrl({
				suspend_data: stored.cmi.suspend_data,
				core: {
					credit: 'credit',
					lesson_mode: 'normal',
					entry: 'resume',
					student_name: 'Doe, Jane',
					lesson_status: stored.cmi.core.lesson_status,
					lesson_location: stored.cmi.core.lesson_location
				},
				student_data: { mastery_score: '70' }
			})
		);
		const frame2 = second.frame({ url: (u) => u.pathname === `${PACKAGE_PATH}index.html` })!;
		await expect(frame2.getByTestId('welcome-back').textContent()).resolves.toContain(
			'you have answered 3 questions so far'
		);
		await frame2.getByRole('button', { name: 'Continue the lesson' }).first().click();
		await frame2.getByRole('heading', { name: 'Question 4' }).waitFor();
		const next = (await shownQuestion(frame2))!;
		expect(before).not.toContain(next.id);
		await answerByClicking(frame2, next, responseFor(next, true), passageOf(next));
		const log2 = (await second.evaluate('window.lmsLog')) as LmsLogEntry[];
		expect(
			log2.filter((e) => /^cmi\.interactions\.\d+\.id$/.test(e.element ?? '')).map((e) => e.value)
		).toEqual([next.id]);
		expect(problems).toEqual([]);
		await second.close();
	});

	test('a resumed learner sees the options in the same order, drawn from their attempt', async () => {
		const first = await browser.newPage();
		await first.goto(lms.playerUrl());
		const frame1 = first.frame({ url: (u) => u.pathname === `${PACKAGE_PATH}index.html` })!;
		await frame1.getByRole('button', { name: 'Start the questions' }).first().click();
		// Answer (rightly) until a question with shuffled options is on screen, then leave.
		let q = (await shownQuestion(frame1))!;
		while (displayOrder(q, 0).length === 0) {
			await answerByClicking(frame1, q, responseFor(q, true), passageOf(q));
			await frame1.getByRole('button', { name: 'Next question' }).click();
			q = (await shownQuestion(frame1))!;
		}
		const order = await shownOrder(frame1, q);
		await frame1.getByRole('button', { name: 'Save and continue later' }).click();
		await frame1.getByRole('button', { name: 'Save and leave' }).click();
		await frame1.getByRole('heading', { name: 'Your progress is saved' }).waitFor();
		const stored = (await first.evaluate('window.API.renderCommitCMI(true)')) as {
			cmi: { suspend_data: string; core: Record<string, unknown> };
		};
		await first.close();
		// The order shown is the one drawn from the attempt token kept in suspend data.
		const { attempt } = decodeSuspend(stored.cmi.suspend_data)!;
		expect(attempt).toBeDefined();
		expect(order).toEqual(displayOrder(q, questionSeed(attempt!, q.id)));

		const second = await browser.newPage();
		const { problems } = watch(second, lms);
		await second.goto(
			lms.playerUrl({
				suspend_data: stored.cmi.suspend_data,
				core: {
					credit: 'credit',
					lesson_mode: 'normal',
					entry: 'resume',
					student_name: 'Doe, Jane',
					lesson_status: stored.cmi.core.lesson_status,
					lesson_location: stored.cmi.core.lesson_location
				}
			})
		);
		const frame2 = second.frame({ url: (u) => u.pathname === `${PACKAGE_PATH}index.html` })!;
		await frame2.getByRole('button', { name: 'Continue the lesson' }).first().click();
		expect((await shownQuestion(frame2))?.id).toBe(q.id);
		await expect(shownOrder(frame2, q)).resolves.toEqual(order);
		// And after answering, the feedback (review) shows the options where they were (an
		// ordering question shows the learner's own order then).
		await answerByClicking(frame2, q, responseFor(q, false), passageOf(q));
		await frame2.locator('.verdict').waitFor();
		if (q.type !== 'ordering') await expect(shownOrder(frame2, q)).resolves.toEqual(order);
		expect(problems).toEqual([]);
		await second.close();
	});

	test('in a browser without the task scheduler (src/lesson.ts), the lesson starts all the same', async () => {
		const page = await browser.newPage();
		const { problems } = watch(page, lms);
		await page.addInitScript(() => {
			if (window !== window.top) delete (globalThis as { scheduler?: unknown }).scheduler;
		});
		await page.goto(lms.playerUrl());
		const frame = page.frame({ url: (u) => u.pathname === `${PACKAGE_PATH}index.html` })!;
		expect(await frame.evaluate(() => 'scheduler' in globalThis)).toBe(false);
		await frame.getByRole('button', { name: 'Start the questions' }).first().click();
		const q = (await shownQuestion(frame))!;
		await answerByClicking(frame, q, responseFor(q, true), passageOf(q));
		await expect(frame.locator('.verdict').textContent()).resolves.toContain('Correct.');
		expect(problems).toEqual([]);
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
		const q = (await shownQuestion(page.mainFrame()))!;
		await answerByClicking(page.mainFrame(), q, responseFor(q, true), passageOf(q));
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
		const q = (await shownQuestion(page.mainFrame()))!;
		await answerByClicking(page.mainFrame(), q, responseFor(q, false), passageOf(q));
		await expect(overflow()).resolves.toBeLessThanOrEqual(0);
		await page.close();
	});

	test('keyboard alone: start, answer, check, move on (in the adaptive seed course)', async () => {
		const page = await browser.newPage();
		await page.goto(`${lms.origin}${PACKAGE_PATH}index.html`);
		await page.getByRole('button', { name: 'Start the questions' }).first().focus();
		await page.keyboard.press('Enter');
		const heading = page.getByRole('heading', { name: 'Question 1' });
		await heading.waitFor();
		await expect(heading.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
		const q = (await shownQuestion(page.mainFrame()))!;
		const sentences = splitSentences(passageOf(q)).map((x) => x.text);
		await answerByKeyboard(page, page.mainFrame(), q, responseFor(q, true), sentences);
		await page.locator('.verdict').waitFor();
		const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
		expect(focused).toBe('Next question');
		await page.keyboard.press('Enter');
		await page.getByRole('heading', { name: 'Question 2' }).waitFor();
		await page.close();
	});
});
