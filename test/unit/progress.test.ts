/**
 * The learner's progress view (src/lib/session/progress.ts): the heading, the bar's values and
 * words, each objective's state and the sentence announced after an answer. The session-level
 * tests (real engine, resume) are in test/runtime/progress.test.ts; the screen in Chromium in
 * test/browser/progress.test.ts.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { catalogs, useCatalog } from '../../src/lib/i18n';
import {
	objectiveStatus,
	progressView,
	type ProgressInput,
	type ProgressObjectiveInput
} from '../../src/lib/session/progress';

const objectives: ProgressObjectiveInput[] = [
	{ id: 'a', title: 'Know the shipments', answered: 4, decision: 'mastered' },
	{ id: 'b', title: 'Know the reactions', answered: 4, decision: 'not-mastered' },
	{ id: 'c', title: 'Know the dates', answered: 2, decision: 'undecided' },
	{ id: 'd', title: 'Know the people', answered: 0, decision: 'undecided' }
];

const input = (over: Partial<ProgressInput> = {}): ProgressInput => ({
	phase: 'question',
	answered: 10,
	cap: 12,
	fixed: false,
	finished: false,
	objectives,
	current: 'c',
	...over
});

describe('the heading and the bar', () => {
	test('adaptive: "of at most", the bar counts answers checked', () => {
		const view = progressView(input());
		expect(view.heading).toBe('Question 11 of at most 12');
		expect(view.bar).toEqual({ now: 10, max: 12, text: '10 of at most 12 questions answered' });
	});

	test('after Check the same question number, one more answer', () => {
		const view = progressView(input({ phase: 'feedback', answered: 11 }));
		expect(view.heading).toBe('Question 11 of at most 12');
		expect(view.bar).toEqual({ now: 11, max: 12, text: '11 of at most 12 questions answered' });
	});

	test('fixed order: every question is asked, so the count is exact', () => {
		const view = progressView(input({ fixed: true, answered: 0, cap: 3 }));
		expect(view.heading).toBe('Question 1 of 3');
		expect(view.bar).toEqual({ now: 0, max: 3, text: '0 of 3 questions answered' });
	});

	test('plural forms follow the count: "1 question"', () => {
		expect(progressView(input({ fixed: true, answered: 0, cap: 1 })).bar.text).toBe(
			'0 of 1 question answered'
		);
		expect(progressView(input({ answered: 0, cap: 1 })).bar.text).toBe(
			'0 of at most 1 question answered'
		);
	});

	test("numbers are written the course language's way", () => {
		const view = progressView(input({ answered: 1233, cap: 2000, language: 'de' }));
		expect(view.heading).toContain('1.234');
		expect(view.bar.text).toContain('2.000');
		expect(progressView(input({ answered: 2, language: 'ar-EG' })).heading).toContain('٣');
	});

	test('a count beyond the cap (never expected) still reads sensibly', () => {
		const view = progressView(input({ phase: 'question', answered: 12, cap: 12 }));
		expect(view.heading).toBe('Question 13 of at most 13');
		expect(view.bar.now).toBeLessThanOrEqual(view.bar.max);
	});
});

describe('the objectives', () => {
	test('each state in words and a shape, from the engine decision and the answers', () => {
		const view = progressView(input());
		expect(view.objectives.map((o) => [o.id, o.status, o.label, o.shape])).toEqual([
			['a', 'mastered', 'Mastered', '✓'],
			['b', 'not-mastered', 'Not yet mastered', '↻'],
			['c', 'in-progress', 'In progress', '◐'],
			['d', 'not-started', 'Not yet started', '○']
		]);
		// Each state has its own shape: none rests on colour alone.
		expect(new Set(view.objectives.map((o) => o.shape)).size).toBe(4);
	});

	test('"Mastered" is exactly the engine\'s decision, as on the results page', () => {
		for (const decision of ['undecided', 'mastered', 'not-mastered'] as const)
			for (const answered of [0, 1, 5])
				expect(objectiveStatus({ decision, answered }) === 'mastered').toBe(
					decision === 'mastered'
				);
	});

	test('the summary counts each state, decided first, and leaves out empty ones', () => {
		expect(progressView(input()).summary).toBe(
			'Learning objectives: 1 mastered, 1 not yet mastered, 1 in progress, 1 not yet started'
		);
		const start = objectives.map((o) => ({ ...o, answered: 0, decision: 'undecided' as const }));
		expect(progressView(input({ objectives: start })).summary).toBe(
			'Learning objectives: 4 not yet started'
		);
	});
});

describe('the announcement', () => {
	test('nothing before Check: the screen reader hears the question, not the progress', () => {
		expect(progressView(input()).announcement).toBe('');
	});

	test("after Check: the count and the answered question's objective", () => {
		expect(progressView(input({ phase: 'feedback', answered: 11 })).announcement).toBe(
			'11 of at most 12 questions answered. Objective “Know the dates”: In progress.'
		);
		expect(
			progressView(input({ phase: 'feedback', answered: 11, current: 'a' })).announcement
		).toBe('11 of at most 12 questions answered. Objective “Know the shipments”: Mastered.');
	});

	test('after the last answer it says so', () => {
		expect(
			progressView(input({ phase: 'feedback', answered: 3, cap: 3, fixed: true, finished: true }))
				.announcement
		).toBe(
			'3 of 3 questions answered. Objective “Know the dates”: In progress. That was the last question.'
		);
	});
});

describe('in every catalog', () => {
	afterAll(() => useCatalog('en'));
	/** Objectives in every state, `n` of each. */
	const many = (n: number) =>
		objectives.flatMap((o) =>
			Array.from({ length: n }, (_, i) => ({ ...o, id: `${o.id}${i}`, title: `${o.title} ${i}` }))
		);

	test.each([...catalogs])(
		'%s: one colon in the objectives line, whatever the counts',
		(language) => {
			useCatalog(language);
			for (const n of [1, 2, 3, 11, 100]) {
				const { summary } = progressView(input({ objectives: many(n), language }));
				// "Learning objectives: 1 mastered, …": Arabic once read "أهداف التعلّم: أُتقن: 1، …".
				expect(summary.match(/:/g), summary).toHaveLength(1);
			}
		}
	);

	test('Arabic: each count agrees with its number, and the states address the learner', () => {
		useCatalog('ar');
		const summary = (n: number) =>
			progressView(input({ objectives: many(n), language: 'ar' })).summary;
		expect(summary(1)).toBe(
			'أهداف التعلّم: هدف واحد أتقنته، وهدف واحد لم تتقنه بعد، وهدف واحد تعمل عليه، وهدف واحد لم تبدأه بعد'
		);
		expect(summary(2)).toBe(
			'أهداف التعلّم: هدفان أتقنتهما، وهدفان لم تتقنهما بعد، وهدفان تعمل عليهما، وهدفان لم تبدأهما بعد'
		);
		expect(summary(3)).toBe(
			'أهداف التعلّم: 3 أهداف أتقنتها، و3 أهداف لم تتقنها بعد، و3 أهداف تعمل عليها، و3 أهداف لم تبدأها بعد'
		);
		expect(summary(11)).toContain('11 هدفًا أتقنتها');
		expect(summary(100)).toContain('100 هدف أتقنتها');
		expect(
			progressView(input({ phase: 'feedback', answered: 3, language: 'ar' })).announcement
		).toBe('الأسئلة المُجاب عنها: 3 من 12 على الأكثر. الهدف «Know the dates»: تعمل عليه.');
	});
});
