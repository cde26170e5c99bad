/**
 * Progress during the questions (issue 9, point 1), in a real Chromium inside the LMS frame:
 * the progress bar's values and words after every answer in adaptive order (the seed course)
 * and fixed order (the every-type fixture), nothing on screen changing between choosing an
 * answer and checking it, one polite announcement per answer, the objectives agreeing with the
 * results page, the right progress after a resume, axe on the question and feedback screens,
 * and no sideways scrolling at 320 px.
 */
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { QUESTIONS_DIR } from '../../scripts/lib/load-course';
import { checkCourseDir } from '../../scripts/lib/validate-all';
import type { Course } from '../../src/lib/content/course';
import type { Question } from '../../src/lib/content/schema';
import { questionCaps } from '../../src/lib/engine/range';
import { answerByClicking, shownQuestion } from '../lib/answer';
import { axe } from '../lib/axe';
import { launchChromium, skipReason } from '../lib/chromium';
import { PACKAGE_PATH, startLms, type LmsServer } from '../lib/lms-server';
import { rightResponse, wrongResponse } from '../lib/responses';

const hasChromium = inject('chromium') !== '';
if (!hasChromium) console.warn(skipReason);
const seed = (await checkCourseDir(path.join(QUESTIONS_DIR, 'north-korea-russia'))).course!;
const everyType = (
	await checkCourseDir(path.resolve(import.meta.dirname, '../fixtures/courses/every-type'))
).course!;
const passageOf = (c: Course, q: Question) =>
	c.article.passages.find((p) => p.id === q.passage)!.text;
const lessonFrame = (page: Page) =>
	page.frame({ url: (u) => u.pathname === `${PACKAGE_PATH}index.html` })!;

interface Bar {
	now: string | null;
	min: string | null;
	max: string | null;
	text: string | null;
}

async function bar(frame: Frame): Promise<Bar> {
	const el = frame.getByRole('progressbar', { name: 'Lesson progress' });
	return {
		now: await el.getAttribute('aria-valuenow'),
		min: await el.getAttribute('aria-valuemin'),
		max: await el.getAttribute('aria-valuemax'),
		text: await el.getAttribute('aria-valuetext')
	};
}

/** Each objective's state as the progress list shows it: id → words. */
async function objectiveStates(frame: Frame): Promise<Record<string, string>> {
	return frame.locator('.objective-progress li').evaluateAll((items) =>
		Object.fromEntries(
			items.map((li) => [
				li.getAttribute('data-testid')!.replace(/^progress-/, ''),
				li
					.querySelector('.status-tag')!
					.textContent!.replace(/[^A-Za-z ]/g, '')
					.trim()
			])
		)
	);
}

/** Everything the progress shows, as markup: it must not move between choosing and Check. */
const progressMarkup = (frame: Frame) =>
	frame.evaluate(() =>
		[
			document.querySelector('section.question h2')?.outerHTML,
			document.querySelector('.lesson-progress')?.outerHTML,
			document.querySelector('[data-testid="progress-announcement"]')?.outerHTML
		].join('\n')
	);

/**
 * Records every change of the announcement region that leaves words in it: each is one thing
 * a screen reader says.
 */
const listen = (frame: Frame) =>
	frame.evaluate(() => {
		const w = window as unknown as { announced: string[] };
		w.announced = [];
		const region = document.querySelector('[data-testid="progress-announcement"]')!;
		new MutationObserver(() => {
			const text = region.textContent!.trim();
			if (text) w.announced.push(text);
		}).observe(region, { childList: true, characterData: true, subtree: true });
	});
const announced = (frame: Frame) =>
	frame.evaluate(() => (window as unknown as { announced: string[] }).announced);

/** The state of each objective on the results page: id → "Mastered" or "Not yet mastered". */
async function resultStates(frame: Frame, course: Course): Promise<Record<string, string>> {
	const states: Record<string, string> = {};
	for (const o of course.objectives)
		states[o.id] = (await frame.getByTestId(`objective-${o.id}`).locator('.mark').textContent())!
			.replace(/[^A-Za-z ]/g, '')
			.trim();
	return states;
}

/**
 * Answers the whole lesson (wrong when `wrong(i)`), checking the progress on every screen;
 * returns the objectives' states on the last feedback and the axe findings.
 */
async function walk(
	frame: Frame,
	course: Course,
	cap: number,
	wrong: (i: number) => boolean,
	axeOn: (i: number) => boolean
) {
	const at = course.sequence === 'fixed' ? 'of' : 'of at most';
	const questionWord = (n: number) => (n === 1 ? 'question' : 'questions');
	const violations: string[] = [];
	let last: Record<string, string> = {};
	await listen(frame);
	for (let i = 0; ; i++) {
		const q = await shownQuestion(frame, course.questions);
		if (!q) break;
		const heading = frame.getByRole('heading', { level: 2 });
		await expect(heading.textContent().then((t) => t!.trim())).resolves.toBe(
			`Question ${i + 1} ${at} ${cap}`
		);
		expect(await bar(frame)).toEqual({
			now: String(i),
			min: '0',
			max: String(cap),
			text: `${i} ${at} ${cap} ${questionWord(cap)} answered`
		});
		await frame
			.locator('.objective-progress')
			.evaluate((d) => ((d as HTMLDetailsElement).open = true));
		if (axeOn(i)) violations.push(...(await axe(frame, `question ${i + 1}`)));

		// Choosing an answer changes nothing in the progress, right or wrong.
		const before = await progressMarkup(frame);
		const response = wrong(i)
			? wrongResponse(q, passageOf(course, q))
			: rightResponse(q, passageOf(course, q));
		await answerByClicking(frame, q, response, passageOf(course, q), false);
		expect(await progressMarkup(frame)).toBe(before);
		expect(await announced(frame)).toHaveLength(i);

		await frame.getByRole('button', { name: 'Check answer' }).click();
		await frame.locator('.verdict').waitFor();
		await expect.poll(() => announced(frame)).toHaveLength(i + 1);
		expect(await bar(frame)).toMatchObject({
			now: String(i + 1),
			text: `${i + 1} ${at} ${cap} ${questionWord(cap)} answered`
		});
		last = await objectiveStates(frame);
		const title = course.objectives.find((o) => o.id === q.objective)!.title;
		const said = (await announced(frame)).at(-1)!;
		expect(said).toMatch(
			new RegExp(`^${i + 1} ${at} ${cap} ${questionWord(cap)} answered\\. Objective “`)
		);
		expect(said).toContain(`Objective “${title}”: ${last[q.objective]}.`);
		if (axeOn(i)) violations.push(...(await axe(frame, `feedback ${i + 1}`)));
		await frame.getByRole('button', { name: /^(Next question|See your results)$/ }).click();
	}
	await frame.getByRole('heading', { name: 'Your result' }).waitFor();
	return { last, violations, said: await announced(frame) };
}

describe.skipIf(!hasChromium)('progress during the questions', () => {
	let browser: Browser;
	let adaptive: LmsServer;
	let fixed: LmsServer;

	beforeAll(async () => {
		browser = await launchChromium();
		adaptive = await startLms(path.join(inject('distDir'), 'north-korea-russia-scorm12.zip'));
		fixed = await startLms(path.join(inject('distDir'), 'fixtures', 'every-type-scorm12.zip'));
	});
	afterAll(async () => {
		await browser?.close();
		await adaptive?.close();
		await fixed?.close();
	});

	test('adaptive: "of at most" the cap, one announcement per answer, "Mastered" as on the results', async () => {
		const cap = questionCaps(seed).scorm12;
		const page = await browser.newPage();
		await page.goto(adaptive.playerUrl());
		const frame = lessonFrame(page);
		await frame.getByRole('button', { name: 'Start the questions' }).first().click();
		const { last, violations, said } = await walk(
			frame,
			seed,
			cap,
			(i) => i === 1 || i === 4,
			(i) => i === 0 || i % 4 === 3
		);
		// A good reader: the lesson ended before its cap, and said so after the last answer.
		expect(said.length).toBeLessThan(cap);
		expect(said.at(-1)).toMatch(/That was the last question\.$/);
		expect(said.slice(0, -1).some((s) => s.includes('last question'))).toBe(false);
		// The last feedback showed each objective's decision, the one the results page shows.
		expect(last).toEqual(await resultStates(frame, seed));
		expect(violations).toEqual([]);
		await page.close();
	});

	test('fixed order: "of" every question; the objectives are decided at the end, as on the results', async () => {
		const cap = everyType.questions.length;
		const page = await browser.newPage();
		await page.goto(fixed.playerUrl());
		const frame = lessonFrame(page);
		await frame.getByRole('button', { name: 'Start the questions' }).first().click();
		const { last, violations, said } = await walk(
			frame,
			everyType,
			cap,
			(i) => i % 2 === 1,
			() => true
		);
		expect(said).toHaveLength(cap);
		expect(last).toEqual(await resultStates(frame, everyType));
		expect(violations).toEqual([]);
		await page.close();
	});

	test('a resumed learner sees the progress they left with', async () => {
		const cap = questionCaps(seed).scorm12;
		const first = await browser.newPage();
		await first.goto(adaptive.playerUrl());
		const frame1 = lessonFrame(first);
		await frame1.getByRole('button', { name: 'Start the questions' }).first().click();
		for (let i = 0; i < 3; i++) {
			const q = (await shownQuestion(frame1, seed.questions))!;
			const response =
				i === 1 ? wrongResponse(q, passageOf(seed, q)) : rightResponse(q, passageOf(seed, q));
			await answerByClicking(frame1, q, response, passageOf(seed, q));
			await frame1.getByRole('button', { name: 'Next question' }).click();
		}
		await frame1.getByRole('heading', { name: `Question 4 of at most ${cap}` }).waitFor();
		const left = { bar: await bar(frame1), objectives: await objectiveStates(frame1) };
		expect(Object.values(left.objectives)).toContain('In progress');
		await frame1.getByRole('button', { name: 'Save and continue later' }).click();
		await frame1.getByRole('button', { name: 'Save and leave' }).click();
		await frame1.getByRole('heading', { name: 'Your progress is saved' }).waitFor();
		const stored = (await first.evaluate('window.API.renderCommitCMI(true)')) as {
			cmi: { suspend_data: string; core: { lesson_status: string } };
		};
		await first.close();

		const second = await browser.newPage();
		await second.goto(
			adaptive.playerUrl({
				suspend_data: stored.cmi.suspend_data,
				core: {
					credit: 'credit',
					lesson_mode: 'normal',
					entry: 'resume',
					student_name: 'Doe, Jane',
					lesson_status: stored.cmi.core.lesson_status
				}
			})
		);
		const frame2 = lessonFrame(second);
		await frame2.getByRole('button', { name: 'Continue the lesson' }).first().click();
		await expect(
			frame2
				.getByRole('heading', { level: 2 })
				.textContent()
				.then((t) => t!.trim())
		).resolves.toBe(`Question 4 of at most ${cap}`);
		expect(await bar(frame2)).toEqual(left.bar);
		expect(await objectiveStates(frame2)).toEqual(left.objectives);
		await second.close();
	});

	test('the bar fills from where the course’s language starts reading: left, or right in RTL', async () => {
		const page = await browser.newPage();
		await page.goto(fixed.playerUrl());
		const frame = lessonFrame(page);
		await frame.getByRole('button', { name: 'Start the questions' }).first().click();
		const q = (await shownQuestion(frame, everyType.questions))!;
		await answerByClicking(
			frame,
			q,
			rightResponse(q, passageOf(everyType, q)),
			passageOf(everyType, q)
		);
		await frame.locator('.verdict').waitFor();
		const edges = () =>
			frame.evaluate(() => {
				const bar = document.querySelector('.progress-bar')!.getBoundingClientRect();
				const done = document.querySelector('.progress-done')!.getBoundingClientRect();
				return { left: done.left - bar.left, right: bar.right - done.right, width: done.width };
			});
		const ltr = await edges();
		expect(ltr.width).toBeGreaterThan(0);
		expect(ltr.left).toBeLessThan(2);
		expect(ltr.right).toBeGreaterThan(ltr.width);
		await frame.evaluate(() => (document.documentElement.dir = 'rtl'));
		const rtl = await edges();
		expect(rtl.right).toBeLessThan(2);
		expect(rtl.left).toBeGreaterThan(rtl.width);
		await page.close();
	});

	test('at 320 px the bar and the objectives fit: no sideways scrolling', async () => {
		for (const [lms, course] of [
			[fixed, everyType],
			[adaptive, seed]
		] as const) {
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
			await frame.getByRole('button', { name: 'Start the questions' }).first().click();
			await frame.locator('.objective-progress summary').click();
			const problems: string[] = [];
			for (let i = 0; i < 3; i++) {
				const q = (await shownQuestion(frame, course.questions))!;
				problems.push(...(await overflow(`${course.id} question ${i + 1}`)));
				await answerByClicking(
					frame,
					q,
					wrongResponse(q, passageOf(course, q)),
					passageOf(course, q)
				);
				await frame.locator('.verdict').waitFor();
				problems.push(...(await overflow(`${course.id} feedback ${i + 1}`)));
				await frame.getByRole('button', { name: 'Next question' }).click();
			}
			expect(problems).toEqual([]);
			// The list stayed open from one question to the next, as the learner left it.
			expect(await frame.locator('.objective-progress').getAttribute('open')).toBe('');
			await page.close();
		}
	});
});
