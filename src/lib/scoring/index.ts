/**
 * One scorer per question type. `ResponseOf` says what a learner's answer looks like for each
 * type; the mapped types below make a type without a scorer (or a response shape) a type error.
 */
import type { QuestionOf, QuestionType } from '../content/schema';

export interface ResponseOf {
	/** The id of the chosen choice. */
	'single-choice': string;
	/** The ids of the chosen choices, in any order. */
	'multiple-response': string[];
	'true-false': boolean;
}

/** Compile-time guard: every question type has a response shape and nothing else does. */
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const responsesCoverTypes: Exact<keyof ResponseOf, QuestionType> = true;
void responsesCoverTypes;

export type AnyResponse = ResponseOf[QuestionType];

export interface Score {
	/** Fully right. */
	correct: boolean;
	/** Credit in 0..1; below 1 unless fully right. */
	credit: number;
}

type Scorers = { [K in QuestionType]: (question: QuestionOf<K>, response: ResponseOf[K]) => Score };
type Completeness = { [K in QuestionType]: (response: ResponseOf[K] | undefined) => boolean };

const full = (correct: boolean): Score => ({ correct, credit: correct ? 1 : 0 });

export const scorers: Scorers = {
	'single-choice': (question, response) =>
		full(question.choices.some((choice) => choice.id === response && choice.correct === true)),
	/**
	 * Partial credit: (right picks − wrong picks) / number of right choices, never below 0.
	 * Correct only when exactly the right choices are picked.
	 */
	'multiple-response': (question, response) => {
		const picked = new Set(response);
		const right = question.choices.filter((c) => c.correct === true);
		const hits = right.filter((c) => picked.has(c.id)).length;
		const wrong = question.choices.filter((c) => c.correct !== true && picked.has(c.id)).length;
		const correct = hits === right.length && wrong === 0;
		return { correct, credit: correct ? 1 : Math.max(0, (hits - wrong) / right.length) };
	},
	'true-false': (question, response) => full(question.answer === response)
};

/** Whether a response is complete enough to submit. */
export const isComplete: Completeness = {
	'single-choice': (response) => typeof response === 'string' && response.length > 0,
	'multiple-response': (response) => Array.isArray(response) && response.length > 0,
	'true-false': (response) => typeof response === 'boolean'
};

/** A question paired with a response of its own type. */
export type Answer = {
	[K in QuestionType]: { question: QuestionOf<K>; response: ResponseOf[K] };
}[QuestionType];

export function scoreAnswer(answer: Answer): Score {
	const scorer = scorers[answer.question.type] as (q: Answer['question'], r: AnyResponse) => Score;
	return scorer(answer.question, answer.response);
}

export function canSubmit(
	question: Answer['question'],
	response: AnyResponse | undefined
): boolean {
	const check = isComplete[question.type] as (r: AnyResponse | undefined) => boolean;
	return check(response);
}
