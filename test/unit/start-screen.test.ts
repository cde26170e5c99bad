/**
 * What the start screen shows before the lesson's session exists (the session is set up in a
 * task after the first render): the question cap, by the engine's own rule, and the standard the
 * launch will use, by the same search the LMS connection makes.
 */
import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { QUESTIONS_DIR } from '../../scripts/lib/load-course';
import { checkCourseDir } from '../../scripts/lib/validate-all';
import { Engine, questionCap, type EngineItem } from '../../src/lib/engine/engine';
import { engineItems, guessOf } from '../../src/lib/engine/items';
import { lessonCap, questionCaps } from '../../src/lib/engine/range';
import { lmsStandard } from '../../src/lib/tracking/connect';

describe('the question cap without an engine', () => {
	test('questionCap is the cap of an engine with the same bank and parameters (property)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 400 }),
				fc.integer({ min: 1, max: 40 }),
				fc.constantFrom('adaptive' as const, 'bank' as const),
				fc.oneof(fc.constant(Infinity), fc.integer({ min: 1, max: 500 })),
				fc.double({ min: 0.05, max: 1, noNaN: true }),
				(count, objectiveCount, order, maxQuestions, capShare) => {
					const objectives = Array.from({ length: objectiveCount }, (_, i) => `o${i}`);
					const items: EngineItem[] = Array.from({ length: count }, (_, i) => ({
						id: `q${i}`,
						objective: objectives[i % objectiveCount]!,
						passage: 'p',
						difficulty: 2,
						guess: 0.25
					}));
					const params = { order, maxQuestions, capShare };
					expect(questionCap(count, objectiveCount, params)).toBe(
						new Engine({ items, objectives, seed: 1, params }).cap
					);
				}
			)
		);
	});

	test('lessonCap gives the seed course the caps its packages have', async () => {
		const { course } = await checkCourseDir(path.join(QUESTIONS_DIR, 'north-korea-russia'));
		const caps = questionCaps(course!);
		expect(lessonCap(course!, 'scorm12')).toBe(caps.scorm12);
		expect(lessonCap(course!, 'scorm2004')).toBe(caps.other);
		expect(lessonCap(course!, 'standalone')).toBe(caps.other);
		expect(caps.other).toBeLessThan(course!.questions.length);
	});

	test("the engine's items give every evidence question its passage's guess, remembered or not", async () => {
		const { course } = await checkCourseDir(path.join(QUESTIONS_DIR, 'north-korea-russia'));
		const passages = new Map(course!.article.passages.map((p) => [p.id, p.text]));
		const twice = { ...course!, questions: [...course!.questions, ...course!.questions] };
		const items = engineItems(twice);
		const evidence = twice.questions.filter((q) => q.type === 'evidence');
		expect(evidence.length).toBeGreaterThan(1);
		for (const [i, q] of twice.questions.entries())
			expect(items[i]!.guess).toBe(guessOf(q, passages.get(q.passage) ?? ''));
	});
});

describe('the standard a launch will use', () => {
	type FakeWindow = Record<string, unknown> & { parent?: FakeWindow };
	const frame = (parent: FakeWindow): Window => ({ parent }) as unknown as Window;
	const top = (apis: Record<string, unknown>): FakeWindow => {
		const win: FakeWindow = { ...apis };
		win.parent = win;
		return win;
	};

	test('SCORM 2004 first, then SCORM 1.2, else standalone, as the connection searches', () => {
		const api2004 = { Initialize: () => 'true' };
		const api12 = { LMSInitialize: () => 'true' };
		expect(lmsStandard(frame(top({ API_1484_11: api2004, API: api12 })))).toBe('scorm2004');
		expect(lmsStandard(frame(top({ API: api12 })))).toBe('scorm12');
		expect(lmsStandard(frame(top({})))).toBe('standalone');
		// An object without the API's functions is not an LMS.
		expect(lmsStandard(frame(top({ API_1484_11: {}, API: {} })))).toBe('standalone');
	});
});
