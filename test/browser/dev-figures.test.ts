/**
 * `npm run dev` gives each figure's <img> its image's width and height, as the build does, so
 * the text does not jump when a figure loads; an image replaced by one of another size gets
 * its new size (the page reloads). The course folder is given as an absolute path.
 *
 * The article a package carries in its static start screen (src/start-markup.ts) is the one the
 * lesson renders: compared here with the dev page's, which the lesson builds with script.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { ROOT } from '../../scripts/lib/load-course';
import { unzipSync } from 'fflate';
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

/**
 * An article element's markup as the browser writes it, without comments and with each
 * element's attributes in name order (Svelte's renderer sets an image's `loading` before its
 * `src` when it builds the element, and writes it after in markup: the same element).
 */
const ARTICLE_HTML = (article: Element) => {
	const copy = article.cloneNode(true) as Element;
	const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_ELEMENT);
	const comments: Node[] = [];
	for (let node: Node | null = copy; node; node = walker.nextNode()) {
		if (node.nodeType === Node.COMMENT_NODE) comments.push(node);
		else {
			const element = node as Element;
			const attributes = [...element.attributes]
				.map((a) => [a.name, a.value] as const)
				.sort(([a], [b]) => (a < b ? -1 : 1));
			for (const [name] of attributes) element.removeAttribute(name);
			for (const [name, value] of attributes) element.setAttribute(name, value);
		}
	}
	for (const comment of comments) comment.parentNode!.removeChild(comment);
	return copy.outerHTML;
};

test.skipIf(!hasChromium)(
	'the article in the package’s static start screen is the article the lesson renders',
	async () => {
		const index = unzipSync(
			new Uint8Array(readFileSync(path.join(inject('distDir'), 'fixtures', 'figures-scorm12.zip')))
		)['index.html']!;
		const template = /<div class="app-root">(<main id="main"[\s\S]*?<\/main>)<\/div>/.exec(
			new TextDecoder().decode(index)
		)?.[1];
		expect(template, 'the package has no static start screen').toBeTruthy();

		const page = await browser!.newPage();
		await page.goto(dev!.url);
		await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 });
		expect(await page.locator('main').count()).toBe(1);
		const rendered = await page.locator('article.article').evaluate(ARTICLE_HTML);
		const fromPackage = await page.evaluate(
			([html, serialise]) => {
				const holder = document.createElement('template');
				holder.innerHTML = html;
				return (new Function(`return (${serialise})`)() as (a: Element) => string)(
					holder.content.querySelector('article.article')!
				);
			},
			[template!, ARTICLE_HTML.toString()] as const
		);
		expect(rendered).toContain('<figure');
		expect(fromPackage).toBe(rendered);
		await page.close();
	},
	90_000
);

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
