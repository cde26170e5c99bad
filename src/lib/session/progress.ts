/**
 * What the learner is shown of their progress during the questions (pure): the heading
 * ("Question 3 of at most 12"), the progress bar's values and words, each learning objective's
 * state in words, and the one sentence announced after an answer.
 *
 * It is computed only from answers already checked: the engine changes nothing between showing
 * a question and its Check, so nothing here can hint whether the answer being chosen is right.
 * An objective's state is the engine's own decision, the one the results page shows, so
 * "Mastered" here is "Mastered" there.
 */
import type { Decision } from '../engine/engine.ts';
import { counted, formatNumber, m } from '../i18n/index.ts';

/**
 * The state of one objective: not asked about yet, being asked about, or decided (mastered,
 * or not yet mastered: the lesson asks no more about it and the results name what to re-read).
 */
export type ObjectiveStatus = 'not-started' | 'in-progress' | 'mastered' | 'not-mastered';

export interface ProgressObjectiveInput {
	id: string;
	title: string;
	/** Answers given on this objective so far. */
	answered: number;
	decision: Decision;
}

export interface ProgressInput {
	/** 'question' before Check, 'feedback' after it. */
	phase: 'question' | 'feedback';
	/** Answers checked so far (in 'feedback', the one on screen included). */
	answered: number;
	/** The most questions the lesson asks. */
	cap: number;
	/** Every question is asked, in bank order (`sequence: 'fixed'`): the count is exact. */
	fixed: boolean;
	/** The lesson ends after this feedback (every objective decided, or the cap reached). */
	finished: boolean;
	objectives: readonly ProgressObjectiveInput[];
	/** The objective of the question on screen. */
	current?: string;
	/** The course's language (BCP 47): plural forms follow its rules. */
	language?: string;
}

export interface ObjectiveProgress {
	id: string;
	title: string;
	status: ObjectiveStatus;
	/** The state in words ("Mastered"). */
	label: string;
	/** A shape for the state, so that it never rests on colour alone (hidden from readers). */
	shape: string;
}

export interface ProgressView {
	/** The question heading: "Question 3 of at most 12" ("of 12" when every question is asked). */
	heading: string;
	/** The progress bar: questions answered against the cap, and the same in words. */
	bar: { now: number; max: number; text: string };
	objectives: ObjectiveProgress[];
	/** The objectives in one line: "Learning objectives: 1 mastered, 2 in progress, 1 not yet started". */
	summary: string;
	/**
	 * What a screen reader hears once after an answer (empty before Check): the count and the
	 * answered question's objective, e.g. "3 of at most 12 questions answered. Objective “Know
	 * the shipments”: Mastered."
	 */
	announcement: string;
}

/** Each state's words (shared with the results page) and shape. */
const STATUS: Record<ObjectiveStatus, { label: () => string; shape: string }> = {
	mastered: { label: () => m.objective_mastered(), shape: '✓' },
	'not-mastered': { label: () => m.objective_not_mastered(), shape: '↻' },
	'in-progress': { label: () => m.objective_in_progress(), shape: '◐' },
	'not-started': { label: () => m.objective_not_started(), shape: '○' }
};

/** The states in the summary line, decided first, and how each is counted there. */
const SUMMARY: readonly [
	ObjectiveStatus,
	(count: { count: number; countText: string }) => string
][] = [
	['mastered', (c) => m.progress_count_mastered(c)],
	['not-mastered', (c) => m.progress_count_not_mastered(c)],
	['in-progress', (c) => m.progress_count_in_progress(c)],
	['not-started', (c) => m.progress_count_not_started(c)]
];

export function objectiveStatus(
	o: Pick<ProgressObjectiveInput, 'answered' | 'decision'>
): ObjectiveStatus {
	if (o.decision === 'mastered') return 'mastered';
	if (o.decision === 'not-mastered') return 'not-mastered';
	return o.answered > 0 ? 'in-progress' : 'not-started';
}

const lists = new Map<string, Intl.ListFormat>();

/** "a, b, c" as the language writes a list of quantities. */
function list(items: string[], language: string): string {
	let format = lists.get(language);
	if (!format) {
		try {
			format = new Intl.ListFormat(language, { type: 'unit', style: 'short' });
		} catch {
			format = new Intl.ListFormat('en', { type: 'unit', style: 'short' });
		}
		lists.set(language, format);
	}
	return format.format(items);
}

export function progressView(input: ProgressInput): ProgressView {
	const { phase, cap, fixed, language = 'en' } = input;
	const answered = Math.max(0, input.answered);
	const number = phase === 'feedback' ? Math.max(1, answered) : answered + 1;
	// The cap bounds the questions; a count above it (never expected) still reads sensibly.
	const max = Math.max(cap, number, 1);
	const heading = (fixed ? m.question_heading_fixed : m.question_heading_adaptive)({
		number: formatNumber(number, language),
		total: formatNumber(max, language)
	});
	const now = Math.min(answered, max);
	const text = (fixed ? m.progress_answered_fixed : m.progress_answered_adaptive)({
		...counted(max, language),
		answeredText: formatNumber(now, language)
	});
	const objectives = input.objectives.map((o): ObjectiveProgress => {
		const status = objectiveStatus(o);
		return {
			id: o.id,
			title: o.title,
			status,
			label: STATUS[status].label(),
			shape: STATUS[status].shape
		};
	});
	const counts = SUMMARY.map(([status, words]) => {
		const count = objectives.filter((o) => o.status === status).length;
		return count === 0 ? '' : words(counted(count, language));
	}).filter(Boolean);
	const summary = m.progress_objectives({ summary: list(counts, language) });
	let announcement = '';
	if (phase === 'feedback') {
		const current = objectives.find((o) => o.id === input.current);
		announcement = [
			m.progress_answered_sentence({ progress: text }),
			current ? m.progress_objective_state({ title: current.title, state: current.label }) : '',
			input.finished ? m.progress_last_question() : ''
		]
			.filter(Boolean)
			.join(' ');
	}
	return { heading, bar: { now, max, text }, objectives, summary, announcement };
}
