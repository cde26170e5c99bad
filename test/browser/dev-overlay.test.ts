/**
 * `npm run dev` with a course file that does not load: the browser's overlay shows Readback's
 * message (the line and column of the slip, the code frame with its caret), not the
 * compiler's stack trace; fixing the file brings the lesson back.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { ROOT } from '../../scripts/lib/load-course';
import { launchChromium, skipReason } from '../lib/chromium';

const hasChromium = inject('chromium') !== '';
if (!hasChromium) console.warn(skipReason);

const questions = path.join(ROOT, '.tmp', 'dev-overlay', 'questions');
const course = path.join(questions, 'overlay-course');
let dev: ChildProcess | undefined;
let url = '';
let browser: Browser | undefined;

beforeAll(async () => {
	if (!hasChromium) return;
	rmSync(questions, { recursive: true, force: true });
	mkdirSync(questions, { recursive: true });
	cpSync(path.join(ROOT, 'test', 'fixtures', 'courses', 'alpha'), course, { recursive: true });
	writeFileSync(
		path.join(course, 'course.ts'),
		readFileSync(path.join(course, 'course.ts'), 'utf8').replace(
			"id: 'alpha'",
			"id: 'overlay-course'"
		)
	);
	// The slip: a missing comma after the difficulty of the first question.
	const bank = path.join(course, 'bank.ts');
	writeFileSync(bank, readFileSync(bank, 'utf8').replace(/difficulty: 1,/, 'difficulty: 1'));
	dev = spawn(
		process.execPath,
		[
			path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
			'dev',
			'--port',
			'0',
			'--strictPort',
			'false'
		],
		{
			cwd: ROOT,
			env: {
				...process.env,
				VITEST: '',
				READBACK_QUESTIONS_DIR: questions,
				READBACK_COURSE: 'overlay-course'
			},
			stdio: ['ignore', 'pipe', 'pipe']
		}
	);
	url = await new Promise<string>((resolve, reject) => {
		let out = '';
		const timer = setTimeout(() => reject(new Error(`vite dev did not start:\n${out}`)), 60_000);
		const read = (chunk: Buffer) => {
			out += chunk.toString();
			// eslint-disable-next-line no-control-regex
			const match = /Local:\s+(http:\/\/\S+)/.exec(out.replace(/\u001b\[[0-9;]*m/g, ''));
			if (match) {
				clearTimeout(timer);
				resolve(match[1]!);
			}
		};
		dev!.stdout!.on('data', read);
		dev!.stderr!.on('data', read);
	});
	browser = await launchChromium();
}, 120_000);

afterAll(async () => {
	await browser?.close();
	dev?.kill();
});

test.skipIf(!hasChromium)(
	'a syntax slip shows Readback’s message in the overlay, not a stack trace',
	async () => {
		const page = await browser!.newPage();
		await page.goto(url);
		const overlay = page.locator('vite-error-overlay');
		await overlay.waitFor({ state: 'attached', timeout: 30_000 });
		const text = await overlay.evaluate(
			(el) => el.shadowRoot?.querySelector('.message')?.textContent ?? ''
		);
		expect(text).toContain('.tmp/dev-overlay/questions/overlay-course/bank.ts');
		expect(text).toMatch(/Line \d+, column \d+: a comma is missing\./);
		expect(text).toContain('^');
		expect(text).toContain('[syntax-error]');
		expect(text).not.toMatch(/\n\s+at /);

		// The author adds the comma: the page reloads with the lesson.
		const bank = path.join(course, 'bank.ts');
		writeFileSync(bank, readFileSync(bank, 'utf8').replace(/difficulty: 1\n/, 'difficulty: 1,\n'));
		await page
			.getByRole('heading', { level: 1, name: 'Fixture course' })
			.waitFor({ timeout: 30_000 });
		const after = await page
			.locator('vite-error-overlay')
			.evaluateAll((els) => els.map((el) => el.shadowRoot?.querySelector('.message')?.textContent));
		expect(after).toEqual([]);
		await page.close();
	},
	90_000
);
