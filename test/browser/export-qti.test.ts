/**
 * Every exported QTI 3.0 item in a real QTI 3 player (@citolab/qti-components) in Chromium:
 * each item is answered rightly and wrongly through the item's own response variable, and the
 * player's own response processing must score 1 and 0.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadCourse } from '../../scripts/lib/load-course';
import { checkCourseDir } from '../../scripts/lib/validate-all';
import { assembleCourse, type Course } from '../../src/lib/content/course';
import type { Question } from '../../src/lib/content/schema';
import { evidenceChoices, numberText, numericTarget } from '../../src/lib/export/common';
import { exportQti, itemPath, optionId } from '../../src/lib/export/qti';
import { findChromium, launchChromium, skipReason } from '../lib/chromium';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PLAYER = path.join(ROOT, 'node_modules/@citolab/qti-components/cdn/index.js');
const ORIGIN = 'http://qti-player.test';
/** The player's module, loaded once and kept on window.qti. */
const PAGE = `<!doctype html><html lang="en"><head><script type="module">
import * as qti from '/qti.js';
window.qti = qti;
</script></head><body><main id="host"></main></body></html>`;

/** A right and a wrong response per question, as the player's RESPONSE variable holds them. */
function responses(
	course: Course,
	q: Question
): { right: string | string[]; wrong: string | string[] } {
	switch (q.type) {
		case 'single-choice':
			return {
				right: optionId(q.choices.find((c) => c.correct === true)!.id),
				wrong: optionId(q.choices.find((c) => c.correct !== true)!.id)
			};
		case 'multiple-response': {
			const right = q.choices.filter((c) => c.correct === true).map((c) => optionId(c.id));
			// All the right ones but one: half right is not right.
			return {
				right,
				wrong: right.slice(1).concat(optionId(q.choices.find((c) => c.correct !== true)!.id))
			};
		}
		case 'true-false':
			return { right: optionId(String(q.answer)), wrong: optionId(String(!q.answer)) };
		case 'fill-in':
			return { right: q.answers[0]!.toUpperCase(), wrong: 'not the answer' };
		case 'numeric': {
			const { value, max } = numericTarget(q);
			return { right: numberText(value), wrong: numberText(max + 1 + Math.abs(max)) };
		}
		case 'matching': {
			const pairs = q.premises.map((p) => [optionId(p.id), optionId(p.match)]);
			// Every premise given the next premise's target: each pair is wrong.
			const shifted = pairs.map(([p], i) => `${p} ${pairs[(i + 1) % pairs.length]![1]}`);
			return { right: pairs.map(([p, t]) => `${p} ${t}`), wrong: shifted };
		}
		case 'ordering': {
			const ids = q.items.map((item) => optionId(item.id));
			return { right: ids, wrong: [...ids].reverse() };
		}
		case 'evidence': {
			const choices = evidenceChoices(course, q);
			const right = choices.findIndex((c) => c.correct);
			return { right: optionId(`s${right + 1}`), wrong: optionId(`s${right === 0 ? 2 : 1}`) };
		}
	}
}

async function courses(): Promise<Course[]> {
	const seed = await checkCourseDir(path.join(ROOT, 'questions/north-korea-russia'));
	// The fixture with one question of every type, assembled as loaded.
	const everyType = await loadCourse(path.join(ROOT, 'test/fixtures/courses/every-type'));
	return [seed.course!, assembleCourse(everyType.source)];
}

const chromium = findChromium();

describe.skipIf(!chromium)('QTI 3.0 items in a QTI 3 player', () => {
	let browser: Browser;
	let page: Page;

	beforeAll(async () => {
		browser = await launchChromium();
		page = await browser.newPage();
		const player = readFileSync(PLAYER, 'utf8');
		// The player and an empty page, served offline from one origin.
		await page.route(`${ORIGIN}/**`, (route) => {
			const url = new URL(route.request().url());
			if (url.pathname === '/qti.js')
				return route.fulfill({ body: player, contentType: 'text/javascript' });
			return route.fulfill({
				body: PAGE,
				contentType: 'text/html'
			});
		});
		await page.goto(`${ORIGIN}/`);
		await page.waitForFunction(() => 'qti' in window);
	});

	afterAll(async () => {
		await browser?.close();
	});

	test('each item scores 1 when answered rightly and 0 when answered wrongly', async () => {
		const seen = new Set<string>();
		let items = 0;
		for (const course of await courses()) {
			const files = new Map(exportQti(course).files.map((f) => [f.path, f.text]));
			for (const q of course.questions) {
				const xml = files.get(itemPath(q.id));
				expect(xml, q.id).toBeDefined();
				const { right, wrong } = responses(course, q);
				const scores = await page.evaluate(
					async ({ xml, right, wrong }) => {
						const player = (
							window as unknown as {
								qti: { qtiTransformItem(): { parse(x: string): { html(): string } } };
							}
						).qti;
						const host = document.getElementById('host')!;
						host.innerHTML = player.qtiTransformItem().parse(xml).html();
						const item = host.querySelector('qti-assessment-item') as HTMLElement & {
							updateResponseVariable(id: string, value: string | string[]): void;
							processResponse(): boolean;
							getOutcome(id: string): { value: string | null } | undefined;
						};
						await customElements.whenDefined('qti-assessment-item');
						await new Promise((resolve) => setTimeout(resolve, 50));
						const score = (response: string | string[]) => {
							item.updateResponseVariable('RESPONSE', response);
							item.processResponse();
							return [item.getOutcome('SCORE')?.value, item.getOutcome('FEEDBACK')?.value];
						};
						return { right: score(right), wrong: score(wrong) };
					},
					{ xml: xml!, right, wrong }
				);
				expect({ id: q.id, ...scores }).toEqual({
					id: q.id,
					right: ['1', 'correct'],
					wrong: ['0', 'incorrect']
				});
				seen.add(q.type);
				items++;
			}
		}
		expect([...seen].sort()).toEqual([
			'evidence',
			'fill-in',
			'matching',
			'multiple-response',
			'numeric',
			'ordering',
			'single-choice',
			'true-false'
		]);
		// Every course was read: the seed course alone has at least 48 (test/unit/seed-course.test.ts).
		expect(items).toBeGreaterThanOrEqual(48);
	});
});

if (!chromium) console.warn(skipReason);
