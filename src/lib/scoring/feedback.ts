/** The author's feedback that applies to a response, per question type (pure). */
import { normalizeAnswer, parseNumber } from '../content/normalize';
import type { QuestionOf, QuestionType } from '../content/schema';
import { sentenceContaining, splitSentences } from '../content/sentences';
import { numericRange, scorers, type ResponseOf, type ScoringContext } from './index';

type FeedbackFor = {
	[K in QuestionType]: (
		question: QuestionOf<K>,
		response: ResponseOf[K],
		context: ScoringContext
	) => string[];
};

export const feedbackFor: FeedbackFor = {
	'single-choice': (q, r) => q.choices.filter((c) => c.id === r).map((c) => c.feedback),
	'multiple-response': (q, r) => q.choices.filter((c) => r.includes(c.id)).map((c) => c.feedback),
	'true-false': (q, r) => [r ? q.feedback.true : q.feedback.false],
	'fill-in': (q, r, c) => {
		if (scorers['fill-in'](q, r, c).correct) return [q.feedback.correct];
		const given = normalizeAnswer(r);
		const anticipated = q.anticipated?.find((a) => normalizeAnswer(a.answer) === given);
		return [anticipated?.feedback ?? q.feedback.incorrect];
	},
	numeric: (q, r, c) => {
		if (scorers.numeric(q, r, c).correct) return [q.feedback.correct];
		const value = parseNumber(r);
		const [min, max] = numericRange(q);
		if (value < min && q.feedback.low) return [q.feedback.low];
		if (value > max && q.feedback.high) return [q.feedback.high];
		return [q.feedback.incorrect];
	},
	matching: (q, r, c) => [
		scorers.matching(q, r, c).correct ? q.feedback.correct : q.feedback.incorrect
	],
	ordering: (q, r, c) => [
		scorers.ordering(q, r, c).correct ? q.feedback.correct : q.feedback.incorrect
	],
	evidence: (q, r, c) => {
		if (scorers.evidence(q, r, c).correct) return [q.feedback.correct];
		const sentences = splitSentences(c.passage);
		const distractor = q.distractors?.find((d) => sentenceContaining(sentences, d.quote) === r);
		return [distractor?.feedback ?? q.feedback.incorrect];
	}
};

export function responseFeedback(
	question: QuestionOf<QuestionType>,
	response: ResponseOf[QuestionType],
	context: ScoringContext
): string[] {
	const fn = feedbackFor[question.type] as (
		q: typeof question,
		r: typeof response,
		c: ScoringContext
	) => string[];
	return fn(question, response, context);
}
