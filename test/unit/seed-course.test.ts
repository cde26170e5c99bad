/** The built-in course: valid, verbatim, and covering what the skeleton promises. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatIssues } from '../../src/lib/content/errors';
import { questionSchema, type QuestionOf } from '../../src/lib/content/schema';
import { scoreAnswer } from '../../src/lib/scoring';
import { feedbackFor } from '../../src/lib/scoring/feedback';
import { splitSentences } from '../../src/lib/content/sentences';
import { checkCourseDir } from '../../scripts/lib/validate-all';
import { QUESTIONS_DIR } from '../../scripts/lib/load-course';

const ARTICLE_TXT = path.resolve(
	import.meta.dirname,
	'../../../shared/article/north-korea-russia.txt'
);
const haveArticle = existsSync(ARTICLE_TXT);
if (!haveArticle) console.warn(`skipped: the original article was not found at ${ARTICLE_TXT}`);

const QUESTION_TYPES = questionSchema.options.map((o) => o.shape.type.value);

const checked = await checkCourseDir(path.join(QUESTIONS_DIR, 'north-korea-russia'));
const course = checked.course!;

describe('seed course north-korea-russia', () => {
	test('validates without a single problem', () => {
		expect(formatIssues(checked.issues)).toBe('');
	});

	test('has no item-quality warning (npm run validate -- --strict passes)', () => {
		expect(formatIssues(checked.warnings)).toBe('');
	});

	test.skipIf(!haveArticle)('passages are the article verbatim, one per paragraph', () => {
		const [title, ...paragraphs] = readFileSync(ARTICLE_TXT, 'utf8')
			.split('\n')
			.filter((line) => line.length > 0);
		expect(course.article.title).toBe(title);
		expect(course.article.passages.map((p) => p.text)).toEqual(paragraphs);
	});

	test('4-6 objectives, each with at least 6 questions', () => {
		expect(course.objectives.length).toBeGreaterThanOrEqual(4);
		expect(course.objectives.length).toBeLessThanOrEqual(6);
		for (const objective of course.objectives)
			expect(
				course.questions.filter((q) => q.objective === objective.id).length,
				objective.id
			).toBeGreaterThanOrEqual(6);
	});

	test('at least 48 questions, at least 6 per paragraph', () => {
		expect(course.questions.length).toBeGreaterThanOrEqual(48);
		for (const passage of course.article.passages)
			expect(
				course.questions.filter((q) => q.passage === passage.id).length,
				passage.id
			).toBeGreaterThanOrEqual(6);
	});

	test('every question type at least 4 times', () => {
		for (const type of QUESTION_TYPES)
			expect(course.questions.filter((q) => q.type === type).length, type).toBeGreaterThanOrEqual(
				4
			);
	});

	test('no article sentence is quoted by more than 3 questions', () => {
		for (const passage of course.article.passages) {
			const sentences = splitSentences(passage.text);
			for (const sentence of sentences) {
				const start = passage.text.indexOf(sentence.text);
				const end = start + sentence.text.length;
				const quoting = course.questions.filter((q) => {
					if (q.passage !== passage.id) return false;
					const at = passage.text.indexOf(q.quote);
					return at < end && at + q.quote.length > start;
				});
				expect(quoting.length, `${passage.id}: ${sentence.text}`).toBeLessThanOrEqual(3);
			}
		}
	});

	test('question ids retired from the bank are not reused', () => {
		// These ids reached LMS reports with other questions; a new question needs a new id.
		const retired = [
			'summit-2019-outcome',
			'russia-backed-sanctions',
			'convergence-basis',
			'political-exchange',
			'lavrov-pyongyang-visit',
			'support-reciprocated',
			'convergence-links',
			'un-shield-evidence',
			'shell-deliveries',
			'china-significance',
			'shoigu-li-hosted',
			'coalition-signals',
			'international-watch',
			'closing-statements',
			'allies-role-evidence',
			'nk-tensions-claim',
			'allied-actors',
			'ukraine-link-evidence',
			// Retired on 2026-12-01 after fresh readers' reviews.
			'change-nature',
			'warning-exchange-order',
			'legacy-not-enough',
			'wider-consequences',
			'interests-turnaround',
			'us-stance-reactive',
			'response-paragraph-order'
		];
		// Each bank's header lists its own retired ids: every one of them is listed here too.
		const dir = path.join(QUESTIONS_DIR, 'north-korea-russia');
		const listed = ['background', 'ukraine', 'weapons', 'region', 'response'].flatMap((bank) => {
			const text = readFileSync(path.join(dir, `bank-${bank}.ts`), 'utf8');
			const header = /\/\/ Retired ids \(never reuse them\):([\s\S]*?)\n(?!\/\/)/.exec(text);
			return (header?.[1] ?? '')
				.replace(/\n\/\//g, ' ')
				.split(/[,.\s]+/)
				.filter(Boolean);
		});
		expect(listed.filter((id) => !retired.includes(id))).toEqual([]);
		expect(listed.length).toBeGreaterThanOrEqual(retired.length);
		expect(course.questions.map((q) => q.id).filter((id) => retired.includes(id))).toEqual([]);
	});

	test('each difficulty level is at least a quarter of the bank', () => {
		for (const level of [1, 2, 3])
			expect(
				course.questions.filter((q) => q.difficulty === level).length,
				`difficulty ${level}`
			).toBeGreaterThanOrEqual(course.questions.length / 4);
	});

	test('feedback for every wrong option; explanations point at the quote', () => {
		for (const q of course.questions) {
			if (q.type === 'single-choice' || q.type === 'multiple-response')
				for (const c of q.choices) expect(c.feedback.trim(), `${q.id}/${c.id}`).not.toBe('');
			// At least three consecutive words of the quote appear in the explanation.
			const words = q.quote.split(/\s+/);
			const runs = words
				.slice(0, Math.max(1, words.length - 2))
				.map((_, i) => words.slice(i, i + 3).join(' '));
			expect(
				runs.some((run) => q.explanation.includes(run.replace(/[.,;:]$/, ''))),
				`${q.id}: explanation should cite the quote`
			).toBe(true);
		}
	});

	test('balance-of-power takes the phrase as readers write it, and only the article’s words', () => {
		const q = course.questions.find((x) => x.id === 'balance-of-power') as QuestionOf<'fill-in'>;
		const passage = course.article.passages.find((p) => p.id === q.passage)!.text;
		const right = (response: string) => scoreAnswer({ question: q, response }, { passage }).correct;
		for (const response of [
			'balance of power',
			'The Balance of Power.',
			'the balance of power in the Korean Peninsula',
			'balance of power on the Korean Peninsula',
			'the balance of powers',
			'balance of power in the peninsula'
		])
			expect(right(response), response).toBe(true);
		for (const response of ['regional stability', 'power balance', 'the Korean peninsula'])
			expect(right(response), response).toBe(false);
		expect(feedbackFor['fill-in'](q, 'Power balance', { passage })[0]).toContain(
			"the article's own words"
		);
	});

	test('each question’s passage belongs to its objective', () => {
		for (const q of course.questions) {
			const objective = course.objectives.find((o) => o.id === q.objective)!;
			expect(objective.passages, q.id).toContain(q.passage);
		}
	});
});
