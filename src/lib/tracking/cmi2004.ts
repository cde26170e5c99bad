/**
 * Lesson events → SCORM 2004 4th Edition CMI writes (pure). Each question type has its
 * interaction mapping here; the mapped type makes a type without one a compile error.
 */
import { numberCommas, parseNumber } from '../content/normalize';
import type { QuestionOf, QuestionType } from '../content/schema';
import { evidenceAnswer, numericRange, type ResponseOf, type ScoringContext } from '../scoring';
import type { Interaction12Type } from './cmi12';
import {
	decimal,
	duration2004,
	id2004,
	MOODLE_DECIMAL_2004,
	numberText,
	percent,
	real,
	text2004,
	timestamp2004
} from './format';
import type { AnswerRecord, CmiWrite, LaunchData, LessonMode, Outcome, Progress } from './types';

export type Interaction2004Type = Interaction12Type | 'long-fill-in' | 'other';

interface Mapping2004<K extends QuestionType> {
	type:
		| Interaction2004Type
		| ((question: QuestionOf<K>, response: ResponseOf[K]) => Interaction2004Type);
	response: (question: QuestionOf<K>, response: ResponseOf[K], context: ScoringContext) => string;
	/** One pattern per correct response (fill-in lists each accepted answer). */
	correct: (question: QuestionOf<K>, context: ScoringContext) => string[];
}

/**
 * Fill-in text: one line, none of the delimiters 2004 uses inside responses ([,] [.] [:]), and
 * no comma: scorm-again also splits on a bare comma (refusing "Seoul, South Korea" as a pattern,
 * and ", {lang=x" or eleven commas as a response), and the strictest LMS wins. A comma in a
 * number is written as the lesson reads it ("1,000" as 1000, "2,5" as 2.5), so the text still
 * means what was accepted.
 */
const clip = (text: string) =>
	text2004(
		numberCommas(text.normalize('NFKC'))
			.replace(/\[[,.:]\]/g, ' ')
			.replace(/\s*,\s*/g, ' ')
	);
const list = (ids: readonly string[]) => ids.map(id2004).join('[,]');

export const interactions2004: { [K in QuestionType]: Mapping2004<K> } = {
	'single-choice': {
		type: 'choice',
		response: (_q, r) => id2004(r),
		correct: (q) => [list(q.choices.filter((c) => c.correct === true).map((c) => c.id))]
	},
	'multiple-response': {
		type: 'choice',
		response: (q, r) => list(q.choices.map((c) => c.id).filter((id) => r.includes(id))),
		correct: (q) => [list(q.choices.filter((c) => c.correct === true).map((c) => c.id))]
	},
	'true-false': {
		type: 'true-false',
		response: (_q, r) => String(r),
		correct: (q) => [String(q.answer)]
	},
	/** Each accepted answer is its own correct response (commas left out: see clip). */
	'fill-in': {
		type: 'fill-in',
		response: (_q, r) => clip(r),
		correct: (q) => [...new Set(q.answers.map(clip))]
	},
	/**
	 * Moodle's 2004 decimals have at most 5 integer digits: a number beyond that (1,000,000
	 * shells, a typed 1e300) is reported as a fill-in, with the numbers as text, rather than
	 * refused.
	 */
	numeric: {
		type: (q, r) => (numericFits(q, r) ? 'numeric' : 'fill-in'),
		response: (q, r) => {
			const value = parseNumber(r);
			if (numericFits(q, r)) return numberText(value);
			return clip(Number.isFinite(value) ? numberText(value) : r);
		},
		correct: (q, _c) => {
			const [min, max] = numericRange(q).map(numberText);
			return [`${min}[:]${max}`];
		}
	},
	matching: {
		type: 'matching',
		response: (q, r) =>
			q.premises
				.filter((p) => r[p.id])
				.map((p) => `${id2004(p.id)}[.]${id2004(r[p.id]!)}`)
				.join('[,]'),
		correct: (q) => [q.premises.map((p) => `${id2004(p.id)}[.]${id2004(p.match)}`).join('[,]')]
	},
	ordering: {
		type: 'sequencing',
		response: (_q, r) => list(r),
		correct: (q) => [list(q.items.map((i) => i.id))]
	},
	evidence: {
		type: 'choice',
		response: (_q, r) => `s${r + 1}`,
		correct: (q, c) => [`s${evidenceAnswer(q, c.passage) + 1}`]
	}
};

function numericFits(q: QuestionOf<'numeric'>, response: string): boolean {
	const values = [...numericRange(q), parseNumber(response)];
	return values.every((v) => MOODLE_DECIMAL_2004.test(decimal(v) ?? ''));
}

function mapping(question: QuestionOf<QuestionType>): Mapping2004<QuestionType> {
	return interactions2004[question.type] as unknown as Mapping2004<QuestionType>;
}

/** A numeric answer reported as fill-in: its right answer as text. */
function numericAsText(q: QuestionOf<'numeric'>): string {
	const [min, max] = numericRange(q).map(numberText);
	return clip(min === max ? min! : `${min} to ${max}`);
}

/** The writes that record one answer as the new interaction number `n`. */
export function answerWrites2004(n: number, record: AnswerRecord): CmiWrite[] {
	const m = mapping(record.question);
	const at = `cmi.interactions.${n}`;
	const type =
		typeof m.type === 'function' ? m.type(record.question, record.response as never) : m.type;
	const patterns =
		type === 'fill-in' && record.question.type === 'numeric'
			? [numericAsText(record.question)]
			: m.correct(record.question, record.context);
	return [
		[`${at}.id`, record.question.id],
		[`${at}.type`, type],
		[`${at}.objectives.0.id`, record.question.objective],
		[`${at}.timestamp`, timestamp2004(record.shownAt)],
		...patterns.map((pattern, i): CmiWrite => [`${at}.correct_responses.${i}.pattern`, pattern]),
		[`${at}.weighting`, '1'],
		[
			`${at}.learner_response`,
			m.response(record.question, record.response as never, record.context)
		],
		[`${at}.result`, record.score.correct ? 'correct' : 'incorrect'],
		[`${at}.latency`, duration2004(Math.max(0, record.answeredAt - record.shownAt))],
		[`${at}.description`, text2004(record.question.prompt)]
	];
}

/** Writes after each answer: incomplete, resumable, no score yet (see cmi12.ts). */
export function progressWrites2004(progress: Progress): CmiWrite[] {
	return [
		['cmi.completion_status', 'incomplete'],
		['cmi.suspend_data', progress.suspendData],
		['cmi.location', progress.location.slice(0, 1000)],
		['cmi.exit', 'suspend']
	];
}

export function objectiveWrites2004(objectives: Outcome['objectives']): CmiWrite[] {
	return objectives.flatMap((o, n): CmiWrite[] => [
		[`cmi.objectives.${n}.id`, o.id],
		[`cmi.objectives.${n}.score.scaled`, real(o.scorePercent / 100)],
		[`cmi.objectives.${n}.score.raw`, percent(o.scorePercent)],
		[`cmi.objectives.${n}.score.min`, '0'],
		[`cmi.objectives.${n}.score.max`, '100'],
		[`cmi.objectives.${n}.success_status`, o.status === 'incomplete' ? 'unknown' : o.status],
		[
			`cmi.objectives.${n}.completion_status`,
			o.status === 'incomplete' ? 'incomplete' : 'completed'
		]
	]);
}

export function finishWrites2004(outcome: Outcome, sessionMs: number): CmiWrite[] {
	return [
		['cmi.suspend_data', outcome.suspendData],
		['cmi.location', outcome.location.slice(0, 1000)],
		...objectiveWrites2004(outcome.objectives),
		['cmi.score.min', '0'],
		['cmi.score.max', '100'],
		['cmi.score.raw', percent(outcome.scorePercent)],
		['cmi.score.scaled', real(Math.min(100, Math.max(0, outcome.scorePercent)) / 100)],
		['cmi.completion_status', 'completed'],
		['cmi.success_status', outcome.passed ? 'passed' : 'failed'],
		['cmi.exit', 'normal'],
		['cmi.session_time', duration2004(sessionMs)]
	];
}

export function suspendWrites2004(progress: Progress, sessionMs: number): CmiWrite[] {
	return [...progressWrites2004(progress), ['cmi.session_time', duration2004(sessionMs)]];
}

export const LAUNCH_ELEMENTS_2004 = [
	'cmi.entry',
	'cmi.mode',
	'cmi.credit',
	'cmi.learner_name',
	'cmi.completion_status',
	'cmi.success_status',
	'cmi.location',
	'cmi.scaled_passing_score',
	'cmi.suspend_data'
] as const;

export function readLaunch2004(
	get: (element: (typeof LAUNCH_ELEMENTS_2004)[number]) => string
): LaunchData {
	const mode = get('cmi.mode');
	const entry = get('cmi.entry');
	const passing = get('cmi.scaled_passing_score').trim();
	const scaled = passing === '' ? NaN : Number(passing);
	const success = get('cmi.success_status');
	const completion = get('cmi.completion_status');
	return {
		entry: entry === 'ab-initio' || entry === 'resume' ? entry : '',
		mode: (['normal', 'browse', 'review'] as const).includes(mode as LessonMode)
			? (mode as LessonMode)
			: 'normal',
		credit: get('cmi.credit') !== 'no-credit',
		masteryScore:
			Number.isFinite(scaled) && scaled >= 0 && scaled <= 1 ? Math.round(scaled * 100) : undefined,
		learnerName: get('cmi.learner_name'),
		suspendData: get('cmi.suspend_data'),
		location: get('cmi.location'),
		status: success === 'passed' || success === 'failed' ? success : completion
	};
}
