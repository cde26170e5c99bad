/**
 * The lesson and its LMS session in a real browser (issue 12): the lesson's frame, or its
 * popup, reloaded while the LMS session stays open resumes where the learner was, with no
 * answer reported twice (point 6); with a slow LMS (200 ms per API call, answered
 * synchronously as Moodle does) the feedback still appears at once, and Finish still comes
 * after the last writes (point 10); a score the LMS refuses is said on the results screen
 * (point 5).
 */
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { QUESTIONS_DIR } from '../../scripts/lib/load-course';
import { checkCourseDir } from '../../scripts/lib/validate-all';
import type { Course } from '../../src/lib/content/course';
import { answerByClicking } from '../lib/answer';
import { launchChromium, skipReason } from '../lib/chromium';
import { PACKAGE_PATH, startLms, type LmsLogEntry, type LmsServer } from '../lib/lms-server';
import { rightResponse } from '../lib/responses';

const hasChromium = inject('chromium') !== '';
if (!hasChromium) console.warn(skipReason);
const distDir = inject('distDir');
const seed = (await checkCourseDir(path.join(QUESTIONS_DIR, 'north-korea-russia'))).course!;
const alpha = (await checkCourseDir(path.resolve(import.meta.dirname, '../fixtures/courses/alpha')))
	.course!;

async function lessonFrame(page: Page): Promise<Frame> {
	const frame = page.frame({ url: (u) => u.pathname === `${PACKAGE_PATH}index.html` })!;
	await frame.getByRole('heading', { level: 1 }).waitFor();
	return frame;
}

const passageOf = (course: Course, id: string) => {
	const q = course.questions.find((x) => x.id === id)!;
	return { q, passage: course.article.passages.find((p) => p.id === q.passage)!.text };
};

/** Answers the question on screen right; returns its id (the Next button is not clicked). */
async function answerShown(frame: Frame, course: Course): Promise<string> {
	const id = (await frame.locator('section.question').getAttribute('data-question-id'))!;
	const { q, passage } = passageOf(course, id);
	await answerByClicking(frame, q, rightResponse(q, passage), passage);
	return id;
}

async function answerOne(frame: Frame, course: Course): Promise<string> {
	const id = await answerShown(frame, course);
	await frame.getByRole('button', { name: /^(Next question|See your results)$/ }).click();
	return id;
}

const log = async (page: Page) => (await page.evaluate('window.lmsLog')) as LmsLogEntry[];

/** The interaction ids the LMS was sent, in order (a retried batch would show twice). */
const sentIds = async (page: Page, set: string) =>
	(await log(page))
		.filter((e) => e.call === set && /^cmi\.interactions\.\d+\.id$/.test(e.element!))
		.map((e) => e.value);

describe.skipIf(!hasChromium)('the lesson reloaded while the LMS session stays open', () => {
	let browser: Browser;
	let lms12: LmsServer;
	let lms2004: LmsServer;

	beforeAll(async () => {
		browser = await launchChromium();
		lms12 = await startLms(path.join(distDir, 'north-korea-russia-scorm12.zip'));
		lms2004 = await startLms(path.join(distDir, 'north-korea-russia-scorm2004.zip'), '2004');
	});
	afterAll(async () => {
		await browser?.close();
		await lms12?.close();
		await lms2004?.close();
	});

	/** Two answers, a reload by `reload`, then one more: what the learner and the LMS see. */
	async function reloadMidLesson(frame: Frame, reload: () => Promise<Frame>) {
		await frame.getByRole('button', { name: 'Start the questions' }).first().click();
		const ids = [await answerOne(frame, seed), await answerOne(frame, seed)];
		const onScreen = await frame.locator('section.question').getAttribute('data-question-id');
		const again = await reload();
		await expect(again.getByTestId('welcome-back').textContent()).resolves.toMatch(
			/answered 2 questions/
		);
		await again.getByRole('button', { name: 'Continue the lesson' }).first().click();
		await expect(again.locator('section.question').getAttribute('data-question-id')).resolves.toBe(
			onScreen
		);
		ids.push(await answerOne(again, seed));
		return ids;
	}

	test.each([
		['1.2', 'LMSSetValue'],
		['2004', 'SetValue']
	])(
		'SCORM %s: the lesson frame reloaded mid-lesson resumes; no answer is reported twice',
		async (standard, set) => {
			const lms = standard === '1.2' ? lms12 : lms2004;
			const page = await browser.newPage();
			await page.goto(lms.playerUrl());
			const frame = await lessonFrame(page);
			const ids = await reloadMidLesson(frame, async () => {
				await frame.goto(frame.url());
				return lessonFrame(page);
			});
			await expect.poll(() => sentIds(page, set)).toEqual(ids);
			await page.close();
		}
	);

	test('SCORM 1.2 in a popup whose opener holds the API: reloading the popup resumes', async () => {
		const page = await browser.newPage();
		await page.goto(lms12.playerUrl(undefined, 'popup'));
		const [popup] = await Promise.all([
			page.waitForEvent('popup'),
			page.evaluate((url) => void window.open(url, 'lesson'), `${PACKAGE_PATH}index.html`)
		]);
		await popup.getByRole('heading', { level: 1 }).waitFor();
		const ids = await reloadMidLesson(popup.mainFrame(), async () => {
			await popup.reload();
			await popup.getByRole('heading', { level: 1 }).waitFor();
			return popup.mainFrame();
		});
		await expect.poll(() => sentIds(page, 'LMSSetValue')).toEqual(ids);
		await page.close();
	});
});

describe.skipIf(!hasChromium)('a slow or refusing LMS', () => {
	let browser: Browser;
	let lms: LmsServer;

	beforeAll(async () => {
		browser = await launchChromium();
		lms = await startLms(path.join(distDir, 'fixtures', 'alpha-scorm12.zip'));
	});
	afterAll(async () => {
		await browser?.close();
		await lms?.close();
	});

	/**
	 * Answers the question on screen and measures, in the page, the time from the click on
	 * "Check answer" to the animation frame that draws the feedback.
	 */
	async function timeToFeedback(frame: Frame): Promise<number> {
		await frame.evaluate(() => {
			const w = window as unknown as { clickedAt?: number; drawnAt?: Promise<number> };
			const onClick = (event: Event) => {
				if ((event.target as Element).closest('button')?.textContent?.trim() !== 'Check answer')
					return;
				w.clickedAt = performance.now();
				document.removeEventListener('click', onClick, true);
			};
			document.addEventListener('click', onClick, true);
			w.drawnAt = new Promise((resolve) => {
				const observer = new MutationObserver(() => {
					if (!document.querySelector('.feedback')) return;
					observer.disconnect();
					requestAnimationFrame(() => resolve(performance.now()));
				});
				observer.observe(document.body, { childList: true, subtree: true });
			});
		});
		await answerShown(frame, alpha);
		return frame.evaluate(async () => {
			const w = window as unknown as { clickedAt: number; drawnAt: Promise<number> };
			return (await w.drawnAt) - w.clickedAt;
		});
	}

	test('200 ms per API call: the feedback appears within 150 ms of the click; Finish comes after the last writes', async () => {
		const page = await browser.newPage();
		await page.goto(lms.playerUrl());
		const frame = await lessonFrame(page);
		await frame.getByRole('button', { name: 'Start the questions' }).first().click();
		await page.evaluate('window.lmsFaults.delayMs = 200');
		const times: number[] = [];
		while ((await frame.locator('section.question').count()) > 0) {
			times.push(await timeToFeedback(frame));
			await frame.getByRole('button', { name: /^(Next question|See your results)$/ }).click();
		}
		expect(times).toHaveLength(alpha.questions.length);
		for (const ms of times) expect(ms).toBeLessThan(150);
		await frame.getByRole('heading', { name: 'Your result' }).waitFor();
		await expect
			.poll(() => log(page).then((l) => l.at(-1)?.call), { timeout: 30_000 })
			.toBe('LMSFinish');
		const calls = (await log(page)).map((e) => e.element ?? e.call);
		const lastInteraction = calls.findLastIndex((c) => c.startsWith('cmi.interactions.'));
		expect(lastInteraction).toBeGreaterThan(0);
		expect(lastInteraction).toBeLessThan(calls.indexOf('cmi.core.score.raw'));
		expect(calls.filter((c) => c === 'LMSFinish')).toHaveLength(1);
		console.info(
			`feedback after the click (200 ms per API call): ${times.map((t) => t.toFixed(0)).join(', ')} ms`
		);
		await page.close();
	});

	test('the LMS refuses the score: the results screen says so plainly', async () => {
		const page = await browser.newPage();
		await page.goto(lms.playerUrl());
		await page.evaluate("window.lmsFaults.refuse = '^cmi\\\\.core\\\\.score\\\\.raw$'");
		const frame = await lessonFrame(page);
		await frame.getByRole('button', { name: 'Start the questions' }).first().click();
		while ((await frame.locator('section.question').count()) > 0) await answerOne(frame, alpha);
		const alert = frame.getByRole('alert');
		await expect
			.poll(() => alert.textContent().then((t) => t?.replace(/\s+/g, ' ').trim()))
			.toBe(
				'Not recorded: The learning platform did not accept your score, so this result may not appear in your grades. The result on this page is right: please show it to your teacher.'
			);
		await page.close();
	});
});
