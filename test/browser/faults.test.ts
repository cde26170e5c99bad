/**
 * A misbehaving LMS in a real browser: Commit fails, the learner is told, answers wait in the
 * browser; the LMS recovers and holds every answer. And a window closed before its commit:
 * the next launch sends what was missing.
 */
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { QUESTIONS_DIR } from '../../scripts/lib/load-course';
import { checkCourseDir } from '../../scripts/lib/validate-all';
import type { Question } from '../../src/lib/content/schema';
import { answerByClicking } from '../lib/answer';
import { launchChromium, skipReason } from '../lib/chromium';
import { Strict12Checker } from '../../src/lib/tracking/conformance';
import { PACKAGE_PATH, startLms, type LmsLogEntry, type LmsServer } from '../lib/lms-server';
import { rightResponse } from '../lib/responses';

const hasChromium = inject('chromium') !== '';
if (!hasChromium) console.warn(skipReason);
const zipPath = path.join(inject('distDir'), 'north-korea-russia-scorm12.zip');
const { course } = await checkCourseDir(path.join(QUESTIONS_DIR, 'north-korea-russia'));
const passageOf = (q: Question) => course!.article.passages.find((p) => p.id === q.passage)!.text;

type Committed = {
	cmi: {
		suspend_data: string;
		core: Record<string, string>;
		interactions: Record<string, { id: string }>;
	};
} | null;

async function lessonFrame(page: Page): Promise<Frame> {
	const frame = page.frame({ url: (u) => u.pathname === `${PACKAGE_PATH}index.html` })!;
	await frame.getByRole('heading', { level: 1 }).waitFor();
	return frame;
}

async function answerOne(frame: Frame): Promise<string> {
	const id = (await frame.locator('section.question').getAttribute('data-question-id'))!;
	const q = course!.questions.find((x) => x.id === id)!;
	await answerByClicking(frame, q, rightResponse(q, passageOf(q)), passageOf(q));
	await frame.getByRole('button', { name: /^(Next question|See your results)$/ }).click();
	return id;
}

const committedIds = async (page: Page) =>
	Object.values(
		((await page.evaluate('window.lmsCommitted')) as Committed)?.cmi.interactions ?? {}
	).map((i) => i.id);

describe.skipIf(!hasChromium)('a misbehaving LMS', () => {
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

	test('Commit fails: the learner is told, answers are kept; after recovery the LMS has them all', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(lms.playerUrl());
		const frame = await lessonFrame(page);
		await frame.getByRole('button', { name: 'Start the questions' }).first().click();
		const ids = [await answerOne(frame)];
		await page.evaluate('window.lmsFaults.commitFails = true');
		ids.push(await answerOne(frame), await answerOne(frame));
		await expect(frame.getByTestId('saving-status').textContent()).resolves.toContain(
			'not reaching the learning platform'
		);
		expect(await committedIds(page)).toEqual(ids.slice(0, 1));
		const stored = await frame.evaluate(() =>
			Object.keys(localStorage).filter((k) => k.endsWith(':outbox'))
		);
		// Stored under the attempt: course, learner, Moodle's record of the activity, token.
		expect(stored).toEqual([
			expect.stringMatching(/^readback:north-korea-russia:jd:moodle-12:[0-9a-f]{8}:outbox$/)
		]);

		await page.evaluate('window.lmsFaults.commitFails = false');
		// The next retry (backoff: 1 s, 2 s, …) sends everything.
		await frame
			.getByText('not reaching the learning platform', { exact: false })
			.waitFor({ state: 'detached', timeout: 20_000 });
		expect(await committedIds(page)).toEqual(ids);
		// Every value sent, retries included, in the strict SCORM 1.2 formats.
		const log = (await page.evaluate('window.lmsLog')) as LmsLogEntry[];
		const checker = new Strict12Checker();
		let lastId = -1;
		for (const e of log.filter((x) => x.call === 'LMSSetValue')) {
			// A retried batch writes its interaction again at the same index: check it once.
			const n = /^cmi\.interactions\.(\d+)\.id$/.exec(e.element!)?.[1];
			if (n !== undefined && Number(n) <= lastId) continue;
			if (n !== undefined) lastId = Number(n);
			checker.check(e.element!, e.value!);
		}
		expect(checker.violations).toEqual([]);
		await context.close();
	});

	test('Initialize refused at first: the lesson says it is connecting, retries, then records as usual', async () => {
		const page = await browser.newPage();
		await page.goto(lms.playerUrl(undefined, 'popup'));
		await page.evaluate('window.lmsFaults.initializeFails = 2');
		const [popup] = await Promise.all([
			page.waitForEvent('popup'),
			page.evaluate((url) => void window.open(url, 'lesson'), `${PACKAGE_PATH}index.html`)
		]);
		const frame = popup.mainFrame();
		await expect(frame.getByTestId('connecting').textContent()).resolves.toContain(
			'Connecting to the learning platform…'
		);
		await frame.getByRole('button', { name: 'Start the questions' }).first().click();
		await frame.getByTestId('connecting').waitFor({ state: 'detached' });
		expect(await frame.getByTestId('tracking-notice').count()).toBe(0);
		const id = await answerOne(frame);
		await expect.poll(() => committedIds(page)).toEqual([id]);
		await expect(frame.getByTestId('saving-status').textContent()).resolves.toBe('');
		await page.close();
	});

	test('the window closes before a commit succeeds: the next launch sends what was missing', async () => {
		const context = await browser.newContext();
		const first = await context.newPage();
		await first.goto(lms.playerUrl());
		const frame1 = await lessonFrame(first);
		await frame1.getByRole('button', { name: 'Start the questions' }).first().click();
		const ids = [await answerOne(frame1)];
		await first.evaluate('window.lmsFaults.commitFails = true');
		ids.push(await answerOne(frame1));
		const committed = (await first.evaluate('window.lmsCommitted')) as Committed;
		expect(Object.values(committed!.cmi.interactions).map((i) => i.id)).toEqual(ids.slice(0, 1));
		await first.close();

		// Relaunch in the same browser, with only what the LMS committed.
		const second = await context.newPage();
		await second.goto(
			lms.playerUrl({
				suspend_data: committed!.cmi.suspend_data,
				interactions: committed!.cmi.interactions,
				core: {
					credit: 'credit',
					lesson_mode: 'normal',
					entry: 'resume',
					student_id: 'jd',
					lesson_status: committed!.cmi.core.lesson_status
				},
				student_data: { mastery_score: '70' }
			})
		);
		await lessonFrame(second);
		expect(await committedIds(second)).toEqual(ids);
		await context.close();
	});
});
