/**
 * `npm run dev` gives each figure's <img> its image's width and height, as the build does, so
 * the text does not jump when a figure loads; an image replaced by one of another size gets
 * its new size (the page reloads). The course folder is given as an absolute path.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { ROOT } from '../../scripts/lib/load-course';
import { imageSize } from '../../src/lib/content/image-size';
import { launchChromium, skipReason } from '../lib/chromium';
import { startDev, type DevServer } from '../lib/dev-server';
import { chartPng } from '../lib/png';

const hasChromium = inject('chromium') !== '';
if (!hasChromium) console.warn(skipReason);

const questions = path.join(ROOT, '.tmp', 'dev-figures', 'questions');
const course = path.join(questions, 'figures');
const chart = path.join(course, 'shipments-chart.png');
let dev: DevServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
	if (!hasChromium) return;
	rmSync(questions, { recursive: true, force: true });
	mkdirSync(questions, { recursive: true });
	cpSync(path.join(ROOT, 'test', 'fixtures', 'courses', 'figures'), course, { recursive: true });
	dev = await startDev(questions, 'figures');
	browser = await launchChromium();
}, 120_000);

afterAll(async () => {
	await browser?.close();
	dev?.close();
});

test.skipIf(!hasChromium)(
	'figures have their images’ width and height, and a replaced image its new size',
	async () => {
		const page = await browser!.newPage();
		await page.goto(dev!.url);
		await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 });
		const sizes = () =>
			page
				.locator('figure img')
				.evaluateAll((imgs) =>
					imgs.map((img) => [img.getAttribute('width'), img.getAttribute('height')])
				);
		const { width, height } = imageSize(readFileSync(chart))!;
		// The article shows the chart twice (passages p1 and p2).
		expect(await sizes()).toEqual([
			[String(width), String(height)],
			[String(width), String(height)]
		]);

		writeFileSync(chart, chartPng(240, 200));
		await expect.poll(sizes, { timeout: 30_000 }).toEqual([
			['240', '200'],
			['240', '200']
		]);
		await page.close();
	},
	90_000
);
