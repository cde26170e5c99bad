/**
 * LessonSession: the one place where the course, scoring, tracking and the UI meet.
 * Reactive state lives in `$state` fields; methods move the lesson forward.
 */
import { passageById, type Course } from '../content/course';
import type { Question } from '../content/schema';
import {
	canSubmit,
	scoreAnswer,
	type Answer,
	type AnyResponse,
	type Score,
	type ScoringContext
} from '../scoring';
import type { Tracker } from '../tracking/types';

export type Phase = 'start' | 'question' | 'feedback' | 'results';

export interface AnsweredQuestion {
	question: Question;
	response: AnyResponse;
	score: Score;
}

export interface LessonOptions {
	course: Course;
	tracker: Tracker;
	now?: () => number;
}

export class LessonSession {
	readonly course: Course;
	readonly tracker: Tracker;
	phase = $state<Phase>('start');
	index = $state(0);
	answers = $state<AnsweredQuestion[]>([]);
	#now: () => number;
	#shownAt = 0;

	constructor({ course, tracker, now = Date.now }: LessonOptions) {
		this.course = course;
		this.tracker = tracker;
		this.#now = now;
	}

	get question(): Question | undefined {
		return this.course.questions[this.index];
	}

	/** The answer to the current question, once given. */
	get lastAnswer(): AnsweredQuestion | undefined {
		return this.phase === 'feedback' ? this.answers.at(-1) : undefined;
	}

	get total(): number {
		return this.course.questions.length;
	}

	/** Passing score: the LMS's (from the manifest) when it sent one, else the course's. */
	get masteryScore(): number {
		return this.tracker.launch.masteryScore ?? this.course.masteryScore;
	}

	/** Percentage of the whole course, from the credit of each answer, rounded to a whole number. */
	get scorePercent(): number {
		const credit = this.answers.reduce((sum, a) => sum + a.score.credit, 0);
		return this.total === 0 ? 0 : Math.round((100 * credit) / this.total);
	}

	/** Same rule as Moodle's mastery override: passed when raw ≥ mastery score. */
	get passed(): boolean {
		return this.scorePercent >= this.masteryScore;
	}

	/** What scoring needs besides the question: its passage's text. */
	contextFor(question: Question): ScoringContext {
		return { passage: passageById(this.course, question.passage)?.text ?? '' };
	}

	start(): void {
		if (this.phase !== 'start') return;
		this.index = 0;
		this.#show();
	}

	/** Scores and records the answer; returns false when nothing was submitted. */
	submit(response: AnyResponse | undefined): boolean {
		const question = this.question;
		if (this.phase !== 'question' || !question || response === undefined) return false;
		if (!canSubmit(question, response)) return false;
		const context = this.contextFor(question);
		const score = scoreAnswer({ question, response } as Answer, context);
		const answered: AnsweredQuestion = { question, response, score };
		this.answers.push(answered);
		this.phase = 'feedback';
		this.tracker.recordAnswer(
			{ question, response, score, context, shownAt: this.#shownAt, answeredAt: this.#now() },
			{ scorePercent: this.scorePercent }
		);
		return true;
	}

	next(): void {
		if (this.phase !== 'feedback') return;
		if (this.index + 1 < this.total) {
			this.index += 1;
			this.#show();
		} else {
			this.finish();
		}
	}

	finish(): void {
		if (this.phase === 'results') return;
		this.phase = 'results';
		this.tracker.finish({ scorePercent: this.scorePercent, passed: this.passed });
	}

	#show(): void {
		this.phase = 'question';
		this.#shownAt = this.#now();
	}
}
