/** The author's feedback that applies to a response, per question type (pure). */
import type { QuestionOf, QuestionType } from '../content/schema';
import type { ResponseOf } from './index';

type FeedbackFor = {
	[K in QuestionType]: (question: QuestionOf<K>, response: ResponseOf[K]) => string[];
};

export const feedbackFor: FeedbackFor = {
	'single-choice': (q, r) => q.choices.filter((c) => c.id === r).map((c) => c.feedback),
	'multiple-response': (q, r) => q.choices.filter((c) => r.includes(c.id)).map((c) => c.feedback),
	'true-false': (q, r) => [r ? q.feedback.true : q.feedback.false]
};

export function responseFeedback(
	question: QuestionOf<QuestionType>,
	response: ResponseOf[QuestionType]
): string[] {
	const fn = feedbackFor[question.type] as (q: typeof question, r: typeof response) => string[];
	return fn(question, response);
}
