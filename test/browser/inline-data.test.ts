/**
 * Inline data can never end the script (issue 12, point 7). The course reaches the lesson as a
 * JSON data block in the head of index.html (scripts/package/course-page.ts): author text that
 * spells `<!--` then `<script`, or `</script>`, used to blank the lesson. Arbitrary text in every
 * author field of the seed course goes into a page the way the build writes it (coursePage), is
 * read by the module the built app uses (PAGE_COURSE_MODULE, bundled and minified as the build
 * does: rolldown, IIFE) and rendered in Chromium.
 */
import path from 'node:path';
import fc from 'fast-check';
import type { Browser } from 'playwright-core';
import { rolldown } from 'rolldown';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { QUESTIONS_DIR } from '../../scripts/lib/load-course';
import { PAGE_COURSE_MODULE } from '../../scripts/lib/vite-course';
import { courseData } from '../../scripts/package/course-data';
import { coursePage, type CourseData } from '../../scripts/package/course-page';
import { checkCourseDir } from '../../scripts/lib/validate-all';
import { inlineScriptProblems } from '../../scripts/package/verify';
import { launchChromium, skipReason } from '../lib/chromium';

const hasChromium = inject('chromium') !== '';
if (!hasChromium) console.warn(skipReason);

const { source } = await checkCourseDir(path.join(QUESTIONS_DIR, 'north-korea-russia'));

/** Any text, with what ends or swallows a script, and JavaScript's odd line breaks, often. */
const hostile = fc
	.array(
		fc.oneof(
			fc.string({ unit: 'binary', maxLength: 6 }),
			fc.constantFrom(
				'<!--',
				'-->',
				'<script>',
				'<script ',
				'</script>',
				'</SCRIPT >',
				'<\\/script>',
				'<!-- <script>',
				'\u2028',
				'\u2029',
				'\\',
				'"',
				'`',
				'${',
				'</',
				'<'
			)
		),
		{ maxLength: 6 }
	)
	.map((parts) => parts.join(''));

/** Every string in the course (titles, passages, prompts, feedback, choices, answers) replaced. */
function replaceStrings(value: unknown, next: () => string): unknown {
	if (typeof value === 'string') return next();
	if (Array.isArray(value)) return value.map((v) => replaceStrings(v, next));
	if (value && typeof value === 'object')
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceStrings(v, next)]));
	return value;
}

let leaves = 0;
replaceStrings(source, () => String(leaves++));

/** The reader of the course bundled and minified as the build does it. */
async function reader(): Promise<string> {
	const bundle = await rolldown({
		input: 'entry',
		plugins: [
			{
				name: 'course',
				resolveId: (id) => (id === 'entry' || id === 'course' ? id : undefined),
				load: (id) =>
					id === 'entry'
						? "import course from 'course'; window.__course = JSON.stringify(course);"
						: id === 'course'
							? PAGE_COURSE_MODULE
							: undefined
			}
		]
	});
	const { output } = await bundle.generate({ format: 'iife', minify: true });
	await bundle.close();
	return output[0].code;
}

/** A page shaped like the app's index.html, with the course written in as the build does. */
function page(code: string, data: CourseData): string {
	const app = `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"></head><body><div style="display: contents"><script>{${code}}</script></div><p id="after">The page goes on.</p></body></html>`;
	return coursePage(app, { data, title: 'T', language: 'en' });
}

describe.skipIf(!hasChromium)("author text in the page's course data", () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
	});

	test.each([
		['as JSON', 'json', 100],
		['compressed (Zstandard, base64), as large courses are', 'zstd-base64', 25]
	] as const)(
		'arbitrary text in every author field, %s, runs as data and leaves the page whole (property)',
		async (_label, encoding, numRuns) => {
			const tab = await browser.newPage();
			const errors: string[] = [];
			tab.on('pageerror', (e) => errors.push(e.message));
			const code = await reader();
			await fc.assert(
				fc.asyncProperty(
					fc.array(hostile, { minLength: leaves, maxLength: leaves }),
					async (texts) => {
						let i = 0;
						const json = JSON.stringify(replaceStrings(source, () => texts[i++]!));
						const html = page(code, await courseData(json, encoding));
						// Not one `<` or U+2028/U+2029 is left in the data block for the HTML parser.
						const data = html.slice(html.indexOf('<script type="application/json"'));
						expect(data.slice(data.indexOf('>') + 1, data.indexOf('</script>'))).not.toMatch(
							/[<\u2028\u2029]/
						);
						expect(inlineScriptProblems(html)).toEqual([]);
						await tab.setContent(html);
						await expect(
							tab.evaluate(() => (window as unknown as { __course?: string }).__course)
						).resolves.toBe(json);
						await expect(tab.locator('#after').textContent()).resolves.toBe('The page goes on.');
					}
				),
				{ numRuns }
			);
			expect(errors).toEqual([]);
			await tab.close();
		}
	);
});
