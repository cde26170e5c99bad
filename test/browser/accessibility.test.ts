/**
 * Accessibility in a real Chromium inside the LMS frame: axe-core (WCAG 2.x A/AA, 2.2
 * included) on every screen (start, each question type before and after answering, results),
 * and one question of every type answered with the keyboard alone, its interaction record
 * checked against the strict SCORM 1.2 formats. In English, and on the French and the Arabic
 * (right-to-left) builds: the interface in the course's language (issue 9, point 2).
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { checkCourseDir } from '../../scripts/lib/validate-all';
import type { Question, QuestionType } from '../../src/lib/content/schema';
import { splitSentences } from '../../src/lib/content/sentences';
import { scoreAnswer, type Answer } from '../../src/lib/scoring';
import { answerWrites12 } from '../../src/lib/tracking/cmi12';
import { Strict12Checker } from '../../src/lib/tracking/conformance';
import { axe } from '../lib/axe';
import { launchChromium, skipReason } from '../lib/chromium';
import { answerByKeyboard } from '../lib/keyboard';
import { startLms, PACKAGE_PATH, type LmsLogEntry, type LmsServer } from '../lib/lms-server';
import { rightResponse } from '../lib/responses';
import { words, type Locale } from '../lib/words';

const hasChromium = inject('chromium') !== '';
if (!hasChromium) console.warn(skipReason);
// The fixture courses with one question of every type, asked in a fixed order, per language.
const COURSES: { id: string; locale: Locale }[] = [
	{ id: 'every-type', locale: 'en' },
	{ id: 'every-type-fr', locale: 'fr' },
	{ id: 'every-type-ar', locale: 'ar' }
];
// The one axe runner every browser test uses (test/lib/axe.ts) finds what it should.
test.skipIf(!hasChromium)(
	'the axe helper reports a planted violation with its rule and help',
	async () => {
		const browser = await launchChromium();
		try {
			const page = await browser.newPage();
			await page.setContent(
				'<!doctype html><html lang="en"><head><title>Planted</title></head><body><main><img src="data:,"></main></body></html>'
			);
			expect(await axe(page.mainFrame(), 'planted')).toEqual([
				'planted: image-alt (Images must have alternative text) at img'
			]);
		} finally {
			await browser.close();
		}
	}
);

describe.skipIf(!hasChromium).each(COURSES)(
	'accessibility and keyboard use: $id',
	({ id, locale }) => {
		const zipPath = path.join(inject('distDir'), 'fixtures', `${id}-scorm12.zip`);
		const say = words(locale);
		let browser: Browser;
		let lms: LmsServer;
		let questions: Question[];
		let passageOf: (q: Question) => string;

		beforeAll(async () => {
			const { course } = await checkCourseDir(
				path.resolve(import.meta.dirname, '../fixtures/courses', id)
			);
			questions = course!.questions;
			passageOf = (q) => course!.article.passages.find((p) => p.id === q.passage)!.text;
			browser = await launchChromium();
			lms = await startLms(zipPath);
		});
		afterAll(async () => {
			await browser?.close();
			await lms?.close();
		});

		test('axe finds no WCAG A/AA violation on any screen; every type works by keyboard alone', async () => {
			const page: Page = await browser.newPage();
			await page.goto(lms.playerUrl());
			const frame = page.frame({ url: (u) => u.pathname === `${PACKAGE_PATH}index.html` })!;
			await frame.getByRole('heading', { level: 1 }).waitFor();
			const violations: string[] = [...(await axe(frame, 'start'))];

			await frame.getByRole('button', { name: say.start }).first().focus();
			await page.keyboard.press('Enter');

			const byKeyboard = new Map<QuestionType, number>();
			for (const [i, q] of questions.entries()) {
				await frame.getByRole('heading', { name: say.question(i + 1, questions.length) }).waitFor();
				await expect(frame.locator('legend').textContent()).resolves.toBe(q.prompt);
				const response = rightResponse(q, passageOf(q));
				byKeyboard.set(q.type, i);
				violations.push(...(await axe(frame, `${q.type} before answering`)));
				const sentences = splitSentences(passageOf(q)).map((s) => s.text);
				await answerByKeyboard(page, frame, q, response, sentences, locale);
				await frame.locator('.verdict').waitFor();
				expect(await frame.locator('.verdict').textContent(), q.id).toContain(say.correct);
				// Focus moved to the way forward; the feedback was announced in a live region.
				expect([say.next, say.seeResults]).toContain(
					await frame.evaluate(() => document.activeElement?.textContent?.trim())
				);
				expect(await frame.locator('[role="status"] .feedback').count()).toBe(1);
				violations.push(...(await axe(frame, `${q.type} after answering`)));
				await page.keyboard.press('Enter');
			}
			await frame.getByRole('heading', { name: say.resultHeading }).waitFor();
			violations.push(...(await axe(frame, 'results')));
			expect(violations).toEqual([]);
			expect([...byKeyboard.keys()].sort()).toEqual([
				'evidence',
				'fill-in',
				'matching',
				'multiple-response',
				'numeric',
				'ordering',
				'single-choice',
				'true-false'
			]);

			// Each keyboard answer reached the LMS as a strict, exact interaction record.
			const log = (await page.evaluate('window.lmsLog')) as LmsLogEntry[];
			const sets = log.filter((e) => e.call === 'LMSSetValue');
			const checker = new Strict12Checker();
			for (const e of sets) checker.check(e.element!, e.value!);
			expect(checker.violations).toEqual([]);
			for (const [type, n] of byKeyboard) {
				const q = questions[n]!;
				const context = { passage: passageOf(q) };
				const response = rightResponse(q, context.passage);
				const expected = answerWrites12(n, {
					question: q,
					response,
					score: scoreAnswer({ question: q, response } as Answer, context),
					context,
					shownAt: 0,
					answeredAt: 0
				}).filter(([e]) => !/\.(time|latency)$/.test(e));
				const got = expected.map(([e]) => [e, sets.find((s) => s.element === e)?.value]);
				expect(got, type).toEqual(expected);
			}
			await page.close();
		});
	}
);
