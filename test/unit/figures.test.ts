/**
 * Figures in passages (issue 9, point 5): the schema, where a figure goes, and that quotes,
 * sentences and evidence questions still see the passage's text only.
 */
import { describe, expect, test } from 'vitest';
import { checkCourse } from '../../src/lib/content/check';
import type { CourseSource } from '../../src/lib/content/course';
import { figurePlace, passageBlocks } from '../../src/lib/content/figures';
import { articleSchema, passageSchema } from '../../src/lib/content/schema';
import { sentenceContaining, splitSentences } from '../../src/lib/content/sentences';
import { evidenceAnswer } from '../../src/lib/scoring';

const TEXT =
	'The shipments grew month after month. North Korea has sent more than 1 million shells to Russia. They came in 10 separate shipments.';
const figure = { image: 'chart.png', alt: 'Bar chart of shells per month, rising.' };

describe('figure schema', () => {
	test('a passage may carry figures with image, alt, caption, credit and after', () => {
		const passage = {
			id: 'p1',
			text: TEXT,
			figures: [{ ...figure, caption: 'Shells per month.', credit: 'Chart: AP', after: 'grew' }]
		};
		expect(passageSchema.parse(passage)).toEqual(passage);
		expect(passageSchema.parse({ id: 'p1', text: TEXT })).toEqual({ id: 'p1', text: TEXT });
	});

	test('alt is required and not blank; image is required; no unknown fields', () => {
		const parse = (f: object) => passageSchema.safeParse({ id: 'p1', text: TEXT, figures: [f] });
		expect(parse({ image: 'chart.png' }).success).toBe(false);
		expect(parse({ image: 'chart.png', alt: '   ' }).success).toBe(false);
		expect(parse({ alt: 'A chart.' }).success).toBe(false);
		expect(parse({ ...figure, title: 'x' }).success).toBe(false);
		expect(parse(figure).success).toBe(true);
	});
});

describe('where a figure goes', () => {
	test('after the sentence that holds the quoted words; at the end without after', () => {
		const first = TEXT.indexOf(' North');
		expect(figurePlace(TEXT, 'grew month after month')).toEqual({ ok: true, offset: first });
		expect(figurePlace(TEXT, 'The shipments grew month after month.')).toEqual({
			ok: true,
			offset: first
		});
		expect(figurePlace(TEXT, undefined)).toEqual({ ok: true, offset: TEXT.length });
		expect(figurePlace(TEXT, '10 separate')).toEqual({ ok: true, offset: TEXT.length });
	});

	test('absent, running over two sentences, or in two sentences: not placed', () => {
		expect(figurePlace(TEXT, 'grew every month')).toEqual({ ok: false, reason: 'absent' });
		expect(figurePlace(TEXT, 'month. North Korea')).toEqual({
			ok: false,
			reason: 'spans',
			sentences: [
				'The shipments grew month after month.',
				'North Korea has sent more than 1 million shells to Russia.'
			]
		});
		expect(figurePlace(TEXT, 'shipments')).toMatchObject({ ok: false, reason: 'repeated' });
		// Twice in one sentence is one place.
		expect(figurePlace(TEXT, 'month')).toEqual({ ok: true, offset: TEXT.indexOf(' North') });
	});

	test('the blocks cut the text between sentences, in the order of the passage', () => {
		const a = { ...figure, image: 'a.png', after: 'million shells' };
		const b = { ...figure, image: 'b.png', after: 'grew' };
		const c = { ...figure, image: 'c.png' };
		const d = { ...figure, image: 'd.png', after: 'grew' };
		const blocks = passageBlocks({ text: TEXT, figures: [a, b, c, d] });
		expect(blocks.map((x) => [TEXT.slice(x.start, x.end), x.figures.map((f) => f.image)])).toEqual([
			['The shipments grew month after month.', ['b.png', 'd.png']],
			['North Korea has sent more than 1 million shells to Russia.', ['a.png']],
			['They came in 10 separate shipments.', ['c.png']]
		]);
		// Without figures, one block: the passage as it was.
		expect(passageBlocks({ text: TEXT })).toEqual([{ start: 0, end: TEXT.length, figures: [] }]);
	});
});

describe('quotes refer to the text only', () => {
	const article = {
		id: 'a',
		title: 'Shells',
		source: 'Test',
		passages: [
			{
				id: 'p1',
				text: TEXT,
				figures: [
					{
						...figure,
						caption: 'Shells shipped per month.',
						credit: 'Chart: AP',
						after: 'grew month after month'
					}
				]
			}
		]
	};
	const course = {
		id: 'figures',
		title: 'Figures',
		masteryScore: 50,
		objectives: [{ id: 'o', title: 'Shipments', passages: ['p1'] }]
	};
	const evidence = {
		id: 'q1',
		type: 'evidence',
		objective: 'o',
		passage: 'p1',
		quote: '10 separate shipments',
		difficulty: 1,
		prompt: 'There were ten shipments.',
		explanation: 'The last sentence says so.',
		feedback: { correct: 'Right.', incorrect: 'No.' }
	};
	const source = (questions: object[]): CourseSource => ({
		dir: 'questions/figures',
		course,
		article,
		banks: [{ file: 'questions/figures/bank.ts', questions }]
	});

	test('a figure adds no sentence: the evidence answer and the sentences are the same', () => {
		expect(articleSchema.safeParse(article).success).toBe(true);
		expect(splitSentences(TEXT)).toHaveLength(3);
		expect(evidenceAnswer(evidence as never, TEXT)).toBe(2);
		expect(checkCourse({ source: source([evidence]) })).toEqual([]);
	});

	test("a quote of the figure's caption, alt or credit is not in the passage", () => {
		for (const quote of ['Shells shipped per month', 'Chart: AP', 'Bar chart of shells']) {
			const issues = checkCourse({ source: source([{ ...evidence, quote }]) });
			expect(issues.map((i) => i.code)).toEqual(['quote-not-in-passage']);
		}
		expect(sentenceContaining(splitSentences(TEXT), 'Chart: AP')).toBe(-1);
	});
});
