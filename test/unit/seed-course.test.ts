/** The built-in course: valid, verbatim, and covering what the skeleton promises. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatIssues } from '../../src/lib/content/errors';
import { checkCourseDir } from '../../scripts/lib/validate-all';
import { QUESTIONS_DIR } from '../../scripts/lib/load-course';

const ARTICLE_TXT = path.resolve(
	import.meta.dirname,
	'../../../shared/article/north-korea-russia.txt'
);
const haveArticle = existsSync(ARTICLE_TXT);
if (!haveArticle) console.warn(`skipped: the original article was not found at ${ARTICLE_TXT}`);

const checked = await checkCourseDir(path.join(QUESTIONS_DIR, 'north-korea-russia'));
const course = checked.course!;

describe('seed course north-korea-russia', () => {
	test('validates without a single problem', () => {
		expect(formatIssues(checked.issues)).toBe('');
	});

	test.skipIf(!haveArticle)('passages are the article verbatim, one per paragraph', () => {
		const [title, ...paragraphs] = readFileSync(ARTICLE_TXT, 'utf8')
			.split('\n')
			.filter((line) => line.length > 0);
		expect(course.article.title).toBe(title);
		expect(course.article.passages.map((p) => p.text)).toEqual(paragraphs);
	});

	test('4-6 objectives, each covered by questions', () => {
		expect(course.objectives.length).toBeGreaterThanOrEqual(4);
		expect(course.objectives.length).toBeLessThanOrEqual(6);
		for (const objective of course.objectives)
			expect(
				course.questions.filter((q) => q.objective === objective.id).length,
				objective.id
			).toBeGreaterThanOrEqual(3);
	});

	test('at least 15 questions of the three types, covering every paragraph', () => {
		expect(course.questions.length).toBeGreaterThanOrEqual(15);
		const types = new Set(course.questions.map((q) => q.type));
		expect([...types].sort()).toEqual(['multiple-response', 'single-choice', 'true-false']);
		for (const passage of course.article.passages)
			expect(
				course.questions.some((q) => q.passage === passage.id),
				passage.id
			).toBe(true);
	});

	test('each question’s passage belongs to its objective', () => {
		for (const q of course.questions) {
			const objective = course.objectives.find((o) => o.id === q.objective)!;
			expect(objective.passages, q.id).toContain(q.passage);
		}
	});
});
