/**
 * Learner safety in a real Chromium, inside the LMS frame (issue 12, point 11): a double click
 * never ends the session, a second tab of the same attempt is told to close and records
 * nothing, long words and addresses wrap at 320 px, and counts read "1 question".
 */
import path from 'node:path';
import type { Browser, Frame, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { checkCourseDir } from '../../scripts/lib/validate-all';
import type { Question } from '../../src/lib/content/schema';
import { launchChromium, skipReason } from '../lib/chromium';
import { PACKAGE_PATH, startLms, type LmsLogEntry, type LmsServer } from '../lib/lms-server';
import { rightResponse, wrongResponse } from '../lib/responses';
import { answerByClicking } from '../lib/answer';

const hasChromium = inject('chromium') !== '';
if (!hasChromium) console.warn(skipReason);
// Three questions in a fixed order, with a 200-letter word and a long address in the article,
// a prompt, a choice and the feedback.
const zipPath = path.join(inject('distDir'), 'fixtures', 'long-words-scorm12.zip');
const { course } = await checkCourseDir(
	path.resolve(import.meta.dirname, '../fixtures/courses/long-words')
);
const questions = course!.questions;
const passageOf = (q: Question) => course!.article.passages.find((p) => p.id === q.passage)!.text;

const lessonFrame = (page: Page) =>
	page.frame({ url: (u) => u.pathname === `${PACKAGE_PATH}index.html` })!;
/** The text of an element as read out: white space collapsed. */
const textOf = async (locator: Locator) =>
	((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
const lmsLog = async (page: Page) => (await page.evaluate('window.lmsLog')) as LmsLogEntry[];

/** Chooses an answer without checking it. */
async function choose(frame: Frame, q: Question, right = true) {
	const response = right ? rightResponse(q, passageOf(q)) : wrongResponse(q, passageOf(q));
	if (q.type === 'true-false')
		await frame.getByRole('radio', { name: response ? 'True' : 'False', exact: true }).check();
	else if (q.type === 'single-choice')
		await frame
			.getByRole('radio', { name: q.choices.find((c) => c.id === response)!.text, exact: true })
			.check();
	else throw new Error(`choose: ${q.type} is not used by this course`);
}

/** A double click at the centre of a button, as a hurried learner gives it. */
async function doubleClick(page: Page, frame: Frame, name: string) {
	const button = frame.getByRole('button', { name, exact: true }).first();
	await button.scrollIntoViewIfNeeded();
	const box = (await button.boundingBox())!;
	await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
}

describe.skipIf(!hasChromium)('learner safety', () => {
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

	for (const viewport of [
		{ width: 1280, height: 720 },
		{ width: 320, height: 640 }
	])
		test(`double clicks on Check and Next never end the session (${viewport.width} px)`, async () => {
			const page = await browser.newPage({ viewport });
			await page.goto(lms.playerUrl());
			const frame = lessonFrame(page);
			await doubleClick(page, frame, 'Start the questions');
			for (const [i, q] of questions.entries()) {
				await frame.getByRole('heading', { name: `Question ${i + 1}` }).waitFor();
				await choose(frame, q, i !== 1);
				await doubleClick(page, frame, 'Check answer');
				await frame.locator('.verdict').waitFor();
				// The second click landed on Next (focus scrolled it under the pointer): the feedback
				// stays on screen.
				await page.waitForTimeout(100);
				await expect(frame.locator('.verdict').count()).resolves.toBe(1);
				const last = i === questions.length - 1;
				// Next twice: the second click lands where Next was, on the next screen.
				await doubleClick(page, frame, last ? 'See your results' : 'Next question');
				await page.waitForTimeout(100);
				await expect(frame.getByRole('heading', { level: 2 }).first().textContent()).resolves.toBe(
					last ? 'Your result' : `Question ${i + 2} of ${questions.length}`
				);
			}
			const log = await lmsLog(page);
			// The lesson ended once, at the results; never suspended on the way.
			expect(log.filter((e) => e.call === 'LMSFinish')).toHaveLength(1);
			expect(
				log.filter((e) => /^cmi\.interactions\.\d+\.id$/.test(e.element ?? '')).map((e) => e.value)
			).toEqual(questions.map((q) => q.id));
			await page.close();
		});

	test('leaving asks first: Stay in the lesson (or Escape) stays; Save and leave saves', async () => {
		const page = await browser.newPage();
		await page.goto(lms.playerUrl());
		const frame = lessonFrame(page);
		await frame.getByRole('button', { name: 'Start the questions' }).first().click();
		await answerByClicking(frame, questions[0]!, rightResponse(questions[0]!, ''), '');
		await frame.getByRole('button', { name: 'Next question' }).click();

		const leave = frame.getByRole('button', { name: 'Save and continue later' });
		await leave.click();
		const confirm = frame.getByRole('group', { name: /^Leave the lesson now\?/ });
		await expect(textOf(confirm.locator('p'))).resolves.toBe(
			'Leave the lesson now? Your answers so far are saved, and you continue from here next time.'
		);
		// Focus is on the safe choice: a second click or Enter does not leave.
		await expect(frame.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
			'Stay in the lesson'
		);
		await page.keyboard.press('Enter');
		await expect(confirm.count()).resolves.toBe(0);
		await expect(frame.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
			'Save and continue later'
		);
		await leave.click();
		await page.keyboard.press('Escape');
		await expect(confirm.count()).resolves.toBe(0);
		await frame.getByRole('heading', { name: 'Question 2' }).waitFor();
		expect((await lmsLog(page)).filter((e) => e.call === 'LMSFinish')).toHaveLength(0);

		await leave.click();
		await frame.getByRole('button', { name: 'Save and leave' }).click();
		await frame.getByRole('heading', { name: 'Your progress is saved' }).waitFor();
		const stored = (await page.evaluate('window.API.renderCommitCMI(true)')) as {
			cmi: { suspend_data: string; core: Record<string, unknown> };
		};
		expect(stored.cmi.core.exit).toBe('suspend');
		await page.close();

		// Back with one answer: "1 question", not "1 questions".
		const again = await browser.newPage();
		await again.goto(
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
		await expect(lessonFrame(again).getByTestId('welcome-back').textContent()).resolves.toBe(
			'Welcome back: you have answered 1 question so far.'
		);
		await again.close();
	});

	test('a second tab of the same attempt is told to close and records nothing', async () => {
		const context = await browser.newContext();
		const first = await context.newPage();
		await first.goto(lms.playerUrl());
		const frame1 = lessonFrame(first);
		await frame1.getByRole('button', { name: 'Start the questions' }).first().click();
		await frame1.getByRole('heading', { name: 'Question 1' }).waitFor();

		const second = await context.newPage();
		await second.goto(lms.playerUrl());
		const frame2 = lessonFrame(second);
		const warning = frame2.getByRole('heading', {
			name: 'This lesson is already open in another tab'
		});
		await warning.waitFor();
		await expect(textOf(frame2.getByTestId('other-tab'))).resolves.toBe(
			"The same lesson is open in another tab or window of this browser. Two copies would overwrite each other's answers, so this one records nothing. Close this tab and continue in the other one."
		);
		await expect(frame2.getByRole('button', { name: 'Start the questions' }).count()).resolves.toBe(
			0
		);
		// The first tab goes on as before.
		await answerByClicking(frame1, questions[0]!, rightResponse(questions[0]!, ''), '');
		await frame1.getByRole('button', { name: 'Next question' }).click();
		await frame1.getByRole('heading', { name: 'Question 2' }).waitFor();
		await second.waitForTimeout(500);
		expect((await lmsLog(second)).filter((e) => e.call !== 'LMSInitialize')).toEqual([]);
		expect((await lmsLog(first)).filter((e) => e.call === 'LMSCommit').length).toBeGreaterThan(0);
		await context.close();
	});

	test('two tabs opened at the same moment: exactly one records', async () => {
		const context = await browser.newContext();
		const pages = await Promise.all([context.newPage(), context.newPage()]);
		await Promise.all(pages.map((p) => p.goto(lms.playerUrl())));
		await Promise.all(
			pages.map((p) => lessonFrame(p).getByRole('heading', { level: 1 }).waitFor())
		);
		await pages[0]!.waitForTimeout(500);
		const blocked = await Promise.all(
			pages.map((p) => lessonFrame(p).getByTestId('other-tab').count())
		);
		expect(blocked.sort()).toEqual([0, 1]);
		await context.close();
	});

	test('separate browsers (contexts) are not tabs of each other', async () => {
		const a = await browser.newPage();
		const b = await browser.newPage();
		await a.goto(lms.playerUrl());
		await b.goto(lms.playerUrl());
		for (const page of [a, b]) {
			await lessonFrame(page)
				.getByRole('button', { name: 'Start the questions' })
				.first()
				.waitFor();
			await expect(lessonFrame(page).getByTestId('other-tab').count()).resolves.toBe(0);
		}
		await a.close();
		await b.close();
	});

	test('at 320 px, long words and addresses wrap: no screen scrolls sideways', async () => {
		const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
		await page.goto(lms.playerUrl());
		const frame = lessonFrame(page);
		const overflow = async (screen: string) => {
			const sizes = await frame.evaluate(() => ({
				scroll: document.documentElement.scrollWidth,
				client: document.documentElement.clientWidth,
				wide: [...document.querySelectorAll('main *')]
					.filter(
						(el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1
					)
					.map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
			}));
			return sizes.scroll > sizes.client || sizes.wide.length > 0
				? [`${screen}: ${sizes.scroll} > ${sizes.client} (${sizes.wide.slice(0, 5).join(', ')})`]
				: [];
		};
		await frame.getByRole('heading', { level: 1 }).waitFor();
		const problems = [...(await overflow('start (article)'))];
		await frame.getByRole('button', { name: 'Start the questions' }).first().click();
		for (const [i, q] of questions.entries()) {
			await frame.getByRole('heading', { name: `Question ${i + 1}` }).waitFor();
			problems.push(...(await overflow(`${q.id} (prompt, choices)`)));
			// Wrong, so the choice's feedback, the explanation and the passage are all shown.
			await answerByClicking(frame, q, wrongResponse(q, passageOf(q)), passageOf(q));
			await frame.locator('.verdict').waitFor();
			problems.push(...(await overflow(`${q.id} (feedback)`)));
			await frame
				.getByRole('button', {
					name: i === questions.length - 1 ? 'See your results' : 'Next question'
				})
				.click();
		}
		await frame.getByRole('heading', { name: 'Your result' }).waitFor();
		for (const summary of await frame.locator('details summary').all()) await summary.click();
		problems.push(...(await overflow('results')));
		expect(problems).toEqual([]);
		await page.close();
	});
});
