/**
 * The SCORM 2004 package in a real Chromium inside an LMS-like frame whose API_1484_11 is
 * scorm-again's Scorm2004API: the content picks the 2004 API, and every value it sends passes
 * the strict 2004 checker (Moodle's rules included).
 */
import path from 'node:path';
import type { Browser, Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { QUESTIONS_DIR } from '../../scripts/lib/load-course';
import { checkCourseDir } from '../../scripts/lib/validate-all';
import type { Question } from '../../src/lib/content/schema';
import { Strict2004Checker } from '../../src/lib/tracking/conformance';
import { answerByClicking, shownQuestion } from '../lib/answer';
import { launchChromium, skipReason } from '../lib/chromium';
import { PACKAGE_PATH, startLms, type LmsLogEntry, type LmsServer } from '../lib/lms-server';
import { rightResponse, wrongResponse } from '../lib/responses';

const hasChromium = inject('chromium') !== '';
if (!hasChromium) console.warn(skipReason);
const zipPath = path.join(inject('distDir'), 'north-korea-russia-scorm2004.zip');
const { course } = await checkCourseDir(path.join(QUESTIONS_DIR, 'north-korea-russia'));
const passageOf = (q: Question) => course!.article.passages.find((p) => p.id === q.passage)!.text;

const shown = (frame: Frame) => shownQuestion(frame, course!.questions);

describe.skipIf(!hasChromium)('the SCORM 2004 package', () => {
	let browser: Browser;
	let lms: LmsServer;

	beforeAll(async () => {
		browser = await launchChromium();
		lms = await startLms(zipPath, '2004');
	});
	afterAll(async () => {
		await browser?.close();
		await lms?.close();
	});

	test('a full lesson reports 2004 statuses, scores, objectives and interactions in strict formats', async () => {
		const page = await browser.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(lms.playerUrl());
		const frame = page.frame({ url: (u) => u.pathname === `${PACKAGE_PATH}index.html` })!;
		await frame.getByRole('button', { name: 'Start the questions' }).first().click();
		const answered: string[] = [];
		for (let n = 0; ; n++) {
			const q = await shown(frame);
			if (!q) break;
			const response =
				n % 4 === 1 ? wrongResponse(q, passageOf(q)) : rightResponse(q, passageOf(q));
			await answerByClicking(frame, q, response, passageOf(q));
			answered.push(q.id);
			await frame.getByRole('button', { name: /^(Next question|See your results)$/ }).click();
		}
		const score = (await frame.getByTestId('score').textContent())!.replace('%', '');

		const log = (await page.evaluate('window.lmsLog')) as LmsLogEntry[];
		const sets = log.filter((e) => e.call === 'SetValue');
		expect(sets.filter((e) => e.error !== '0')).toEqual([]);
		const checker = new Strict2004Checker();
		for (const e of sets) checker.check(e.element!, e.value!);
		expect(checker.violations).toEqual([]);

		const value = (element: string) => sets.filter((e) => e.element === element).at(-1)?.value;
		expect(value('cmi.score.raw')).toBe(score);
		expect(value('cmi.score.scaled')).toBe(String(Number(score) / 100));
		expect(value('cmi.completion_status')).toBe('completed');
		expect(value('cmi.success_status')).toBe(Number(score) >= 70 ? 'passed' : 'failed');
		expect(value('cmi.exit')).toBe('normal');
		expect(value('cmi.session_time')).toMatch(/^PT/);
		const ids = sets
			.filter((e) => /^cmi\.interactions\.\d+\.id$/.test(e.element!))
			.map((e) => e.value);
		expect(ids).toEqual(answered);
		expect(value('cmi.interactions.0.description')).toBe(
			course!.questions.find((q) => q.id === answered[0])!.prompt
		);
		expect(value('cmi.interactions.0.timestamp')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
		const objectives = sets
			.filter((e) => /^cmi\.objectives\.\d+\.id$/.test(e.element!))
			.map((e) => e.value);
		expect(objectives).toEqual(course!.objectives.map((o) => o.id));
		const calls = log.filter((e) => e.call !== 'SetValue').map((e) => e.call);
		expect(calls[0]).toBe('Initialize');
		expect(calls.filter((c) => c === 'Terminate')).toEqual(['Terminate']);
		expect(errors).toEqual([]);
		await page.close();
	});
});
