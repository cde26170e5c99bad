/**
 * One scorer per question type. `ResponseOf` says what a learner's answer looks like for each
 * type; the mapped types below make a type without a scorer (or a response shape) a type error.
 */
import { normalizeAnswer, parseNumber } from '../content/normalize';
import type { QuestionOf, QuestionType } from '../content/schema';
import { sentenceContaining, splitSentences } from '../content/sentences';

export interface ResponseOf {
	/** The id of the chosen choice. */
	'single-choice': string;
	/** The ids of the chosen choices, in any order. */
	'multiple-response': string[];
	'true-false': boolean;
	/** The text as typed. */
	'fill-in': string;
	/** The number as typed ("1,000,000" and "2,5" are read as numbers). */
	numeric: string;
	/** Premise id → chosen target id. */
	matching: Record<string, string>;
	/** Item ids in the learner's order. */
	ordering: string[];
	/** Index of the chosen sentence of the passage. */
	evidence: number;
}

/** Compile-time guard: every question type has a response shape and nothing else does. */
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const responsesCoverTypes: Exact<keyof ResponseOf, QuestionType> = true;
void responsesCoverTypes;

export type AnyResponse = ResponseOf[QuestionType];

/** What a scorer may need besides the question: the text of the question's passage. */
export interface ScoringContext {
	passage: string;
}

export interface Score {
	/** Fully right. */
	correct: boolean;
	/** Credit in 0..1; below 1 unless fully right. */
	credit: number;
}

type Scorers = {
	[K in QuestionType]: (
		question: QuestionOf<K>,
		response: ResponseOf[K],
		context: ScoringContext
	) => Score;
};
type Completeness = {
	[K in QuestionType]: (question: QuestionOf<K>, response: ResponseOf[K] | undefined) => boolean;
};

const full = (correct: boolean): Score => ({ correct, credit: correct ? 1 : 0 });

/** Numeric answers within this distance of a bound count as on it (floating-point noise). */
const EPSILON = 1e-9;

/** The accepted interval of a numeric question. */
export function numericRange(q: QuestionOf<'numeric'>): [min: number, max: number] {
	if (q.answer !== undefined) return [q.answer - (q.tolerance ?? 0), q.answer + (q.tolerance ?? 0)];
	return [q.min ?? NaN, q.max ?? NaN];
}

/** The index of the sentence that holds an evidence question's quote. */
export function evidenceAnswer(q: QuestionOf<'evidence'>, passage: string): number {
	return sentenceContaining(splitSentences(passage), q.quote);
}

/** Length of the longest strictly increasing subsequence. */
function longestIncreasing(values: readonly number[]): number {
	const tails: number[] = [];
	for (const v of values) {
		let lo = 0;
		let hi = tails.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (tails[mid]! < v) lo = mid + 1;
			else hi = mid;
		}
		tails[lo] = v;
	}
	return tails.length;
}

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
	'true-false': (question, response) => full(question.answer === response),
	'fill-in': (question, response) => {
		const given = normalizeAnswer(response);
		return full(given !== '' && question.answers.some((a) => normalizeAnswer(a) === given));
	},
	numeric: (question, response) => {
		const value = parseNumber(response);
		const [min, max] = numericRange(question);
		return full(Number.isFinite(value) && value >= min - EPSILON && value <= max + EPSILON);
	},
	/** Partial credit: the share of premises matched to their target. */
	matching: (question, response) => {
		const right = question.premises.filter((p) => response[p.id] === p.match).length;
		return {
			correct: right === question.premises.length,
			credit: right / question.premises.length
		};
	},
	/**
	 * Partial credit: (L − 1) / (n − 1), where L is the largest number of items already in the
	 * right order relative to each other (the longest correctly ordered subsequence). One item
	 * out of place out of five earns 3/4; the reversed order earns 0.
	 */
	ordering: (question, response) => {
		const rank = new Map(question.items.map((item, i) => [item.id, i]));
		const known = response.filter((id) => rank.has(id));
		const complete = known.length === question.items.length && new Set(known).size === known.length;
		if (!complete) return full(false);
		const lis = longestIncreasing(known.map((id) => rank.get(id)!));
		const n = question.items.length;
		return { correct: lis === n, credit: n > 1 ? (lis - 1) / (n - 1) : 1 };
	},
	evidence: (question, response, context) =>
		full(response >= 0 && response === evidenceAnswer(question, context.passage))
};

/** Whether a response is complete enough to submit. */
export const isComplete: Completeness = {
	'single-choice': (_q, response) => typeof response === 'string' && response.length > 0,
	'multiple-response': (_q, response) => Array.isArray(response) && response.length > 0,
	'true-false': (_q, response) => typeof response === 'boolean',
	'fill-in': (_q, response) => typeof response === 'string' && normalizeAnswer(response) !== '',
	numeric: (_q, response) => typeof response === 'string' && Number.isFinite(parseNumber(response)),
	matching: (q, response) =>
		response !== undefined && q.premises.every((p) => Boolean(response[p.id])),
	ordering: (q, response) => Array.isArray(response) && response.length === q.items.length,
	evidence: (_q, response) =>
		typeof response === 'number' && Number.isInteger(response) && response >= 0
};

/** A question paired with a response of its own type. */
export type Answer = {
	[K in QuestionType]: { question: QuestionOf<K>; response: ResponseOf[K] };
}[QuestionType];

type AnyQuestion = Answer['question'];

export function scoreAnswer(answer: Answer, context: ScoringContext): Score {
	const scorer = scorers[answer.question.type] as (
		q: AnyQuestion,
		r: AnyResponse,
		c: ScoringContext
	) => Score;
	return scorer(answer.question, answer.response, context);
}

export function canSubmit(question: AnyQuestion, response: AnyResponse | undefined): boolean {
	const check = isComplete[question.type] as (
		q: AnyQuestion,
		r: AnyResponse | undefined
	) => boolean;
	return check(question, response);
}
