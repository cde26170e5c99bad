/**
 * Lesson events → SCORM 1.2 CMI writes (pure). Each question type has its interaction mapping
 * here; the mapped type makes a type without one a compile error.
 */
import type { QuestionOf, QuestionType } from '../content/schema';
import { parseNumber } from '../content/normalize';
import { evidenceAnswer, numericRange, type ResponseOf, type ScoringContext } from '../scoring';
import {
	choiceKey12,
	cut,
	decimal,
	numberText,
	oneLine,
	percent,
	timeOfDay12,
	timespan12
} from './format';
import type { AnswerRecord, CmiWrite, LaunchData, LessonMode, Outcome, Progress } from './types';

export type Interaction12Type =
	| 'true-false'
	| 'choice'
	| 'fill-in'
	| 'numeric'
	| 'likert'
	| 'matching'
	| 'performance'
	| 'sequencing';

interface Mapping12<K extends QuestionType> {
	type:
		Interaction12Type | ((question: QuestionOf<K>, response: ResponseOf[K]) => Interaction12Type);
	response: (question: QuestionOf<K>, response: ResponseOf[K], context: ScoringContext) => string;
	correct: (question: QuestionOf<K>, context: ScoringContext) => string;
}

type Choices = QuestionOf<'single-choice' | 'multiple-response'>['choices'];

function keysOf(choices: Choices, ids: readonly string[]): string {
	return choices
		.map((choice, index) => (ids.includes(choice.id) ? choiceKey12(index) : ''))
		.filter(Boolean)
		.join(',');
}

const correctIds = (choices: Choices) => choices.filter((c) => c.correct === true).map((c) => c.id);

/** SCORM 1.2 responses: one line (LMSs refuse line breaks there), at most 255 characters. */
const clip = (text: string) => cut(oneLine(text), 255).trim();

function matchingPairs(q: QuestionOf<'matching'>, pick: (premiseId: string) => string | undefined) {
	return q.premises
		.map((premise, i) => {
			const target = q.targets.findIndex((t) => t.id === pick(premise.id));
			return target === -1 ? '' : `${choiceKey12(i)}.${choiceKey12(target)}`;
		})
		.filter(Boolean)
		.join(',');
}

export const interactions12: { [K in QuestionType]: Mapping12<K> } = {
	'single-choice': {
		type: 'choice',
		response: (q, r) => keysOf(q.choices, [r]),
		correct: (q) => keysOf(q.choices, correctIds(q.choices))
	},
	'multiple-response': {
		type: 'choice',
		response: (q, r) => keysOf(q.choices, r),
		correct: (q) => keysOf(q.choices, correctIds(q.choices))
	},
	'true-false': {
		type: 'true-false',
		response: (_q, r) => (r ? 't' : 'f'),
		correct: (q) => (q.answer ? 't' : 'f')
	},
	'fill-in': {
		type: 'fill-in',
		response: (_q, r) => clip(r),
		correct: (q) => clip(q.answers[0] ?? '')
	},
	/**
	 * A range reports its midpoint: SCORM 1.2 has no range pattern (2004 has min[:]max). A number
	 * with no decimal worth sending (a typed 1e300 is 301 digits) makes the answer a fill-in, with
	 * the numbers as text.
	 */
	numeric: {
		type: (q, r) => (numericFits12(q, r) ? 'numeric' : 'fill-in'),
		response: (q, r) => {
			const value = parseNumber(r);
			if (numericFits12(q, r)) return numberText(value);
			return clip(Number.isFinite(value) ? numberText(value) : r);
		},
		correct: (q) => numberText(numericTarget(q))
	},
	matching: {
		type: 'matching',
		response: (q, r) => matchingPairs(q, (id) => r[id]),
		correct: (q) => matchingPairs(q, (id) => q.premises.find((p) => p.id === id)?.match)
	},
	ordering: {
		type: 'sequencing',
		response: (q, r) =>
			r
				.map((id) => q.items.findIndex((item) => item.id === id))
				.filter((i) => i >= 0)
				.map(choiceKey12)
				.join(','),
		correct: (q) => q.items.map((_, i) => choiceKey12(i)).join(',')
	},
	evidence: {
		type: 'choice',
		response: (_q, r) => choiceKey12(r),
		correct: (q, c) => choiceKey12(Math.max(0, evidenceAnswer(q, c.passage)))
	}
};

function numericTarget(q: QuestionOf<'numeric'>): number {
	const [min, max] = numericRange(q);
	const middle = (min + max) / 2;
	return q.answer ?? (Number.isFinite(middle) ? middle : min / 2 + max / 2);
}

function numericFits12(q: QuestionOf<'numeric'>, response: string): boolean {
	return [numericTarget(q), parseNumber(response)].every((v) => decimal(v) !== undefined);
}

/** A numeric answer reported as fill-in: its right answer as text. */
function numericAsText(q: QuestionOf<'numeric'>): string {
	const [min, max] = numericRange(q).map(numberText);
	return clip(min === max ? min! : `${min} to ${max}`);
}

function mapping(question: QuestionOf<QuestionType>): Mapping12<QuestionType> {
	return interactions12[question.type] as unknown as Mapping12<QuestionType>;
}

/** The writes that record one answer as the new interaction number `n`. */
export function answerWrites12(n: number, record: AnswerRecord): CmiWrite[] {
	const m = mapping(record.question);
	const at = `cmi.interactions.${n}`;
	const type =
		typeof m.type === 'function' ? m.type(record.question, record.response as never) : m.type;
	const pattern =
		type === 'fill-in' && record.question.type === 'numeric'
			? numericAsText(record.question)
			: m.correct(record.question, record.context);
	return [
		[`${at}.id`, record.question.id],
		[`${at}.objectives.0.id`, record.question.objective],
		[`${at}.type`, type],
		[
			`${at}.student_response`,
			m.response(record.question, record.response as never, record.context)
		],
		[`${at}.correct_responses.0.pattern`, pattern],
		[`${at}.result`, record.score.correct ? 'correct' : 'wrong'],
		[`${at}.time`, timeOfDay12(record.answeredAt)],
		[`${at}.latency`, timespan12(Math.round((record.answeredAt - record.shownAt) / 1000) * 1000)],
		[`${at}.weighting`, '1']
	];
}

function scoreWrites12(scorePercent: number): CmiWrite[] {
	return [
		['cmi.core.score.min', '0'],
		['cmi.core.score.max', '100'],
		['cmi.core.score.raw', percent(scorePercent)]
	];
}

/**
 * Writes after each answer: the lesson is in progress and, if the window closes now, the next
 * launch resumes here (exit = suspend). The score is not written until the end: Moodle's
 * mastery override turns any raw score into passed/failed at finish, so a partial score would
 * fail a learner who has simply not finished yet.
 */
export function progressWrites12(progress: Progress): CmiWrite[] {
	return [
		['cmi.core.lesson_status', 'incomplete'],
		['cmi.suspend_data', progress.suspendData],
		['cmi.core.lesson_location', progress.location.slice(0, 255)],
		['cmi.core.exit', 'suspend']
	];
}

/** One cmi.objectives.n per learning objective, with its score and status. */
export function objectiveWrites12(objectives: Outcome['objectives']): CmiWrite[] {
	return objectives.flatMap((o, n) => [
		[`cmi.objectives.${n}.id`, o.id],
		[`cmi.objectives.${n}.score.min`, '0'],
		[`cmi.objectives.${n}.score.max`, '100'],
		[`cmi.objectives.${n}.score.raw`, percent(o.scorePercent)],
		[`cmi.objectives.${n}.status`, o.status]
	]);
}

/** Writes when the learner ends the lesson. */
export function finishWrites12(outcome: Outcome, sessionMs: number): CmiWrite[] {
	return [
		['cmi.suspend_data', outcome.suspendData],
		['cmi.core.lesson_location', outcome.location.slice(0, 255)],
		...objectiveWrites12(outcome.objectives),
		...scoreWrites12(outcome.scorePercent),
		['cmi.core.lesson_status', outcome.passed ? 'passed' : 'failed'],
		['cmi.core.exit', ''],
		['cmi.core.session_time', timespan12(sessionMs)]
	];
}

/** Writes when the learner leaves before the end. */
export function suspendWrites12(progress: Progress, sessionMs: number): CmiWrite[] {
	return [...progressWrites12(progress), ['cmi.core.session_time', timespan12(sessionMs)]];
}

/** The elements read at launch. */
export const LAUNCH_ELEMENTS_12 = [
	'cmi.core.entry',
	'cmi.core.lesson_mode',
	'cmi.core.credit',
	'cmi.core.student_name',
	'cmi.core.lesson_status',
	'cmi.core.lesson_location',
	'cmi.student_data.mastery_score',
	'cmi.suspend_data'
] as const;

export function readLaunch12(
	get: (element: (typeof LAUNCH_ELEMENTS_12)[number]) => string
): LaunchData {
	const mode = get('cmi.core.lesson_mode');
	const entry = get('cmi.core.entry');
	const mastery = get('cmi.student_data.mastery_score').trim();
	const masteryScore = mastery === '' ? NaN : Number(mastery);
	return {
		entry: entry === 'ab-initio' || entry === 'resume' ? entry : '',
		mode: (['normal', 'browse', 'review'] as const).includes(mode as LessonMode)
			? (mode as LessonMode)
			: 'normal',
		credit: get('cmi.core.credit') !== 'no-credit',
		masteryScore:
			Number.isFinite(masteryScore) && masteryScore >= 0 && masteryScore <= 100
				? masteryScore
				: undefined,
		learnerName: get('cmi.core.student_name'),
		suspendData: get('cmi.suspend_data'),
		location: get('cmi.core.lesson_location'),
		status: get('cmi.core.lesson_status')
	};
}
