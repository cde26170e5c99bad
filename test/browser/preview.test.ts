/**
 * `npm run preview`: the preview server with the package the test setup built, in a real
 * Chromium. The page hosts the lesson with scorm-again, logs the calls it makes, injects a
 * failing Commit the lesson recovers from, and relaunches the learner with what was stored;
 * the page around the lesson takes the course's theme.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { startPreview, type Preview } from '../../scripts/preview/server';
import { checkCourseDir } from '../../scripts/lib/validate-all';
import { QUESTIONS_DIR } from '../../scripts/lib/load-course';
import type { Question } from '../../src/lib/content/schema';
import { DEFAULT_PALETTE } from '../../src/lib/theme/palette';
import { themeAccents } from '../../src/lib/theme/theme';
import { answerByClicking } from '../lib/answer';
import { axe } from '../lib/axe';
import { launchChromium, skipReason } from '../lib/chromium';
import { rightResponse } from '../lib/responses';

const hasChromium = inject('chromium') !== '';
if (!hasChromium) console.warn(skipReason);
const distDir = inject('distDir');
const zip12 = path.join(distDir, 'north-korea-russia-scorm12.zip');
const zip2004 = path.join(distDir, 'north-korea-russia-scorm2004.zip');
const { course } = await checkCourseDir(path.join(QUESTIONS_DIR, 'north-korea-russia'));
const questions = course!.questions;
const passageOf = (q: Question) => course!.article.passages.find((p) => p.id === q.passage)!.text;

interface LogEntry {
	n: number;
	launch: number;
	call: string;
	args: string[];
	result: unknown;
	error: string;
	note: string;
	threw?: string;
}

/** The lesson in the page's current iframe#scorm_object (a relaunch replaces the iframe). */
async function lessonFrame(page: Page): Promise<Frame> {
	const frame = await (await page.waitForSelector('iframe#scorm_object')).contentFrame();
	expect(frame).toBeTruthy();
	return frame!;
}

/** Answers the question on screen correctly; returns it. */
async function answerShown(frame: Frame): Promise<Question> {
	const section = frame.locator('section.question').first();
	await section.waitFor();
	const id = await section.getAttribute('data-question-id');
	const q = questions.find((x) => x.id === id)!;
	await answerByClicking(frame, q, rightResponse(q, passageOf(q)), passageOf(q));
	return q;
}

const previewLog = (page: Page) => page.evaluate('window.previewLog') as Promise<LogEntry[]>;

/** The log as shown on the page, one line per row. */
const shownLog = async (page: Page) => (await page.locator('#log-body').innerText()).split('\n');

function watch(page: Page, origin: string) {
	const problems: string[] = [];
	const outside: string[] = [];
	page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
	page.on('console', (message) => {
		// The preview's own errors; the lesson's are the lesson tests' business.
		const where = message.location().url;
		if (message.type() === 'error' && !where.includes('/pluginfile.php/'))
			problems.push(`console.error: ${message.text()}`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.origin !== origin && url.protocol !== 'data:') outside.push(request.url());
	});
	return { problems, outside };
}

describe.skipIf(!hasChromium)('npm run preview', () => {
	let browser: Browser;
	let preview: Preview;
	let origin: string;

	beforeAll(async () => {
		browser = await launchChromium();
		preview = await startPreview({ distDir, port: 0 });
		origin = new URL(preview.url).origin;
	});
	afterAll(async () => {
		await browser?.close();
		await preview?.close();
	});

	test('serves on 127.0.0.1, the package under a deep Moodle-like path', async () => {
		expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		const response = await fetch(
			`${origin}/pluginfile.php/1/mod_scorm/content/north-korea-russia-scorm12/imsmanifest.xml`
		);
		expect(response.status).toBe(200);
		await expect(response.text()).resolves.toContain('<adlcp:masteryscore>65');
		expect((await fetch(`${origin}/nothing-here`)).status).toBe(404);
	});

	test('logs the lesson’s calls, shows a failing Commit and its retry, relaunches a returning learner', async () => {
		const page = await browser.newPage();
		const { problems, outside } = watch(page, origin);
		await page.goto(preview.url);
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
			'Readback preview'
		);
		await expect(page.getByLabel('SCORM 1.2').isChecked()).resolves.toBe(true);

		let frame = await lessonFrame(page);
		await frame.getByRole('heading', { level: 1, name: course!.title }).waitFor();
		await expect(frame.getByTestId('tracking-notice').count()).resolves.toBe(0);
		expect(frame.url()).toContain(
			'/pluginfile.php/1/mod_scorm/content/north-korea-russia-scorm12/'
		);
		// The API was there before the lesson loaded, preloaded with the manifest's mastery score.
		await expect(page.locator('#cmi').textContent()).resolves.toContain('"mastery_score": "65"');
		await expect.poll(async () => (await previewLog(page))[0]?.call).toBe('LMSInitialize');
		expect((await shownLog(page)).some((line) => line.includes('LMSInitialize'))).toBe(true);

		await frame.getByRole('button', { name: 'Start the questions' }).first().click();
		const first = await answerShown(frame);
		await frame.getByRole('button', { name: /^(Next question|See your results)$/ }).waitFor();
		let log = await previewLog(page);
		const setId = log.find(
			(e) => e.call === 'LMSSetValue' && e.args[0] === 'cmi.interactions.0.id'
		);
		expect(setId?.args[1]).toBe(first.id);
		expect(log.filter((e) => e.call === 'LMSCommit' && e.n > setId!.n).at(-1)?.result).toBe('true');
		const lines = await shownLog(page);
		expect(
			lines.some((l) => l.includes('LMSSetValue') && l.includes('cmi.interactions.0.id'))
		).toBe(true);
		expect(lines.some((l) => l.includes('LMSCommit'))).toBe(true);
		await expect(page.locator('#cmi').textContent()).resolves.toContain(`"id": "${first.id}"`);

		// The LMS refuses to commit: the lesson says so, and its retry succeeds once it is fixed.
		await page.getByLabel('Commit fails').check();
		await frame.getByRole('button', { name: 'Next question' }).click();
		await answerShown(frame);
		await frame.getByTestId('saving-status').getByText('not reaching').waitFor();
		log = await previewLog(page);
		const failing = log.filter((e) => e.call === 'LMSCommit' && e.result === 'false');
		expect(failing.length).toBeGreaterThan(0);
		expect(failing[0]!.note).toBe('fault: Commit fails');
		expect(failing[0]!.error).not.toBe('0');
		await expect(
			page.locator('#log-body tr.failed', { hasText: 'LMSCommit' }).first().textContent()
		).resolves.toContain('fault: Commit fails');
		await page.getByLabel('Commit fails').uncheck();
		await frame
			.getByTestId('saving-status')
			.getByText('not reaching')
			.waitFor({ state: 'detached', timeout: 20_000 });
		log = await previewLog(page);
		expect(log.filter((e) => e.call === 'LMSCommit').at(-1)?.result).toBe('true');

		// What the LMS stored comes back, with entry "resume" (the lesson left exit "suspend").
		await page.getByRole('button', { name: 'Relaunch as returning learner' }).click();
		frame = await lessonFrame(page);
		await expect(frame.getByTestId('welcome-back').textContent()).resolves.toContain(
			'Welcome back: you have answered 2 questions'
		);
		await expect(page.getByRole('status').first().textContent()).resolves.toContain(
			'entry = resume'
		);
		const relaunch = (await previewLog(page)).filter((e) => e.launch === 2);
		expect(relaunch[0]?.call).toBe('LMSInitialize');

		// A new learner starts from nothing.
		await page.getByRole('button', { name: 'New learner' }).click();
		frame = await lessonFrame(page);
		await frame.getByRole('button', { name: 'Start the questions' }).first().waitFor();
		await expect(frame.getByTestId('welcome-back').count()).resolves.toBe(0);

		expect(problems).toEqual([]);
		expect(outside).toEqual([]);
		await page.close();
	});

	test('"No LMS" runs the lesson standalone', async () => {
		const page = await browser.newPage();
		await page.goto(preview.url);
		await page.getByLabel('No LMS (standalone)').check();
		const frame = await lessonFrame(page);
		await expect(frame.getByTestId('tracking-notice').textContent()).resolves.toContain(
			'will not be recorded'
		);
		await expect(page.evaluate('typeof window.API')).resolves.toBe('undefined');
		await expect(
			page.getByRole('button', { name: 'Relaunch as returning learner' }).isDisabled()
		).resolves.toBe(true);
		await page.close();
	});

	test('a standard without its package is offered disabled, with a note', async () => {
		const onlyDir = mkdtempSync(path.join(tmpdir(), 'readback-preview-'));
		copyFileSync(zip12, path.join(onlyDir, path.basename(zip12)));
		const only12 = await startPreview({ distDir: onlyDir, port: 0 });
		try {
			const page = await browser.newPage();
			await page.goto(only12.url);
			await expect(page.getByLabel('SCORM 2004 (4th Edition)').isDisabled()).resolves.toBe(true);
			await expect(page.locator('#standard-scorm2004-note').textContent()).resolves.toContain(
				'not available'
			);
			await page.close();
		} finally {
			await only12.close();
			rmSync(onlyDir, { recursive: true, force: true });
		}
	});

	test.skipIf(!existsSync(zip2004))('SCORM 2004 runs with API_1484_11', async () => {
		const page = await browser.newPage();
		await page.goto(preview.url);
		await page.getByLabel('SCORM 2004 (4th Edition)').check();
		const frame = await lessonFrame(page);
		await expect.poll(() => frame.url()).toContain('north-korea-russia-scorm2004/');
		await expect(page.locator('#cmi').textContent()).resolves.toMatch(
			/"scaled_passing_score": "0\.65"/
		);
		await frame.getByRole('button', { name: 'Start the questions' }).first().click();
		const q = await answerShown(frame);
		await frame.getByRole('button', { name: /^(Next question|See your results)$/ }).waitFor();
		const log = (await previewLog(page)).filter((e) => e.launch === 2);
		expect(log[0]?.call).toBe('Initialize');
		expect(
			log.find((e) => e.call === 'SetValue' && e.args[0] === 'cmi.interactions.0.id')?.args[1]
		).toBe(q.id);
		expect(log.filter((e) => e.call === 'Commit').at(-1)?.result).toBe('true');
		await page.close();
	});
});

describe.skipIf(!hasChromium)('npm run preview: the course’s look', () => {
	let browser: Browser;
	let preview: Preview;
	const themed = path.resolve(import.meta.dirname, '../fixtures/courses/themed');

	beforeAll(async () => {
		browser = await launchChromium();
		preview = await startPreview({
			distDir: path.join(distDir, 'fixtures'),
			port: 0,
			course: 'themed'
		});
	});
	afterAll(async () => {
		await browser?.close();
		await preview?.close();
	});

	/** The accent and the font of a page. */
	const lookOf = (f: Frame) =>
		f.evaluate(() => {
			const style = getComputedStyle(document.documentElement);
			return {
				accent: style.getPropertyValue('--accent').trim(),
				font: getComputedStyle(document.body).fontFamily
			};
		});
	/** The look of the preview page and of the lesson in it. */
	const look = (page: Page, frame: Frame) =>
		Promise.all([lookOf(page.mainFrame()), lookOf(frame)] as const);

	test('the page takes the course’s theme (light and dark), as its package does; axe finds nothing', async () => {
		const theme = (await checkCourseDir(themed)).course!.theme!;
		const { light, dark } = themeAccents(theme);
		const page = await browser.newPage();
		await page.goto(preview.url);
		const frame = await lessonFrame(page);
		await frame.getByRole('heading', { level: 1 }).waitFor();
		const [shown, lesson] = await look(page, frame);
		expect(shown).toEqual({ accent: light, font: 'Georgia, "Times New Roman", serif' });
		expect(lesson).toEqual(shown);
		const violations = await axe(page.mainFrame(), 'light');

		await page.emulateMedia({ colorScheme: 'dark' });
		const [shownDark, lessonDark] = await look(page, frame);
		expect(shownDark.accent).toBe(dark);
		expect(lessonDark).toEqual(shownDark);
		violations.push(...(await axe(page.mainFrame(), 'dark')));
		expect(violations).toEqual([]);

		// Another course, without a theme: the lesson's own look again.
		await page.emulateMedia({ colorScheme: 'light' });
		await page.getByLabel('Course').selectOption('alpha');
		await expect
			.poll(async () => (await lookOf(page.mainFrame())).accent)
			.toBe(DEFAULT_PALETTE.light.accent);
		await page.close();
	});
});
