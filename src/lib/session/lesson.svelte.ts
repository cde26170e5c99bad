/**
 * LessonSession: the one place where the course, the adaptive engine, scoring, tracking and
 * the UI meet. Reactive state lives in `$state` fields; methods move the lesson forward.
 */
import { passageById, type Course } from '../content/course';
import type { Question } from '../content/schema';
import { Engine, type Decision, type EngineParams } from '../engine/engine';
import { engineItems } from '../engine/items';
import { lessonParams } from '../engine/range';
import {
	canSubmit,
	scoreAnswer,
	type Answer,
	type AnyResponse,
	type Score,
	type ScoringContext
} from '../scoring';
import {
	courseHash,
	decodeSuspend,
	codeSalt,
	encodeSuspend,
	idCode,
	quantizeCredit,
	resolveCodes,
	type SuspendEvent,
	type SuspendPhase
} from '../tracking/suspend';
import type { Outcome, Progress, RefusedData, Tracker } from '../tracking/types';
import { hash32 } from '../random';
import { counted, m } from '../i18n';
import { progressView, type ProgressView } from './progress';

export type Phase = 'start' | 'question' | 'feedback' | 'results' | 'left';

export interface AnsweredQuestion {
	question: Question;
	/** Absent for answers restored from an earlier visit (only their credit is kept). */
	response?: AnyResponse;
	score: Score;
}

export interface ObjectiveResult {
	id: string;
	title: string;
	decision: Decision;
	/** Answers given on this objective so far. */
	answered: number;
	/** P(mastered), 0-100. */
	scorePercent: number;
	passages: string[];
}

export interface LessonOptions {
	course: Course;
	tracker: Tracker;
	now?: () => number;
	/** Seed of the engine's random choices (a fresh one per learner in the browser). */
	seed?: number;
	/** Token of a new attempt (default: derived from the seed); a resumed attempt keeps its own. */
	attempt?: number;
	params?: Partial<EngineParams>;
}

export class LessonSession {
	readonly course: Course;
	readonly tracker: Tracker;
	readonly engine: Engine;
	/**
	 * Names this attempt (32 bits): kept in suspend data, so it is the same after every resume.
	 * It seeds the order in which options are shown and keys the browser's unsent answers.
	 */
	attempt: number;
	phase = $state<Phase>('start');
	question = $state<Question | undefined>(undefined);
	answers = $state<AnsweredQuestion[]>([]);
	/** A message for the learner about this launch (resume, republished course, bad data). */
	notice = $state('');
	/** True when an earlier visit's progress was restored. */
	resumed = $state(false);
	/** Whether every answer has reached the LMS. */
	saving = $state<'saved' | 'retrying'>('saved');
	/** What the LMS refused to store (score, status, progress): the learner is told. */
	refused = $state<readonly RefusedData[]>([]);
	/** Bumped on every engine change, so derived views recompute. */
	#version = $state(0);
	#now: () => number;
	#shownAt = 0;
	#events: SuspendEvent[] = [];
	#byId: Map<string, Question>;
	#courseHash: number;
	#salt: number | undefined;
	#reported = false;

	constructor({ course, tracker, now = Date.now, seed = 1, attempt, params }: LessonOptions) {
		this.course = course;
		this.attempt = (attempt ?? hash32(`attempt:${seed}`)) >>> 0;
		this.tracker = tracker;
		this.#now = now;
		// A lookup table, never changed: no reactivity needed.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.#byId = new Map(course.questions.map((q) => [q.id, q]));
		this.#courseHash = courseHash(
			course.questions.map((q) => q.id),
			course.objectives.map((o) => o.id)
		);
		this.engine = new Engine({
			items: engineItems(course),
			objectives: course.objectives.map((o) => o.id),
			seed,
			params: { ...lessonParams(course, tracker.kind), ...params }
		});
		this.#restore();
		this.saving = tracker.status;
		this.refused = [...tracker.refused];
		tracker.onstatus = (status) => {
			this.saving = status;
			this.refused = [...tracker.refused];
		};
	}

	/** The answer to the current question, once given. */
	get lastAnswer(): AnsweredQuestion | undefined {
		return this.phase === 'feedback' ? this.answers.at(-1) : undefined;
	}

	/** The number of the question on screen (1-based). */
	get number(): number {
		return this.answers.length + (this.phase === 'feedback' ? 0 : 1);
	}

	/** The most questions this lesson can ask. */
	get cap(): number {
		return this.engine.cap;
	}

	/** True after a wrong answer: the feedback sends the learner back to the passage. */
	get remediating(): boolean {
		void this.#version;
		return this.phase === 'feedback' && this.engine.remediationPending;
	}

	/** Passing score: the LMS's (from the manifest) when it sent one, else the course's. */
	get masteryScore(): number {
		return this.tracker.launch.masteryScore ?? this.course.masteryScore;
	}

	/**
	 * The reported score, 0-100 (the engine's, the same in adaptive and fixed order): every
	 * answer right gives 100, every answer wrong 0; in between, each objective scores where its
	 * answers lie between those ends, harder questions counting more (docs/adaptive.md).
	 */
	get scorePercent(): number {
		void this.#version;
		return this.engine.score;
	}

	/** Same rule as Moodle's mastery override: passed when raw ≥ mastery score. */
	get passed(): boolean {
		return this.scorePercent >= this.masteryScore;
	}

	get objectives(): ObjectiveResult[] {
		void this.#version;
		return this.course.objectives.map((o) => ({
			id: o.id,
			title: o.title,
			decision: this.engine.objectives.get(o.id)?.decision ?? 'undecided',
			answered: this.engine.objectives.get(o.id)?.answered ?? 0,
			scorePercent: Math.round(100 * this.engine.mastery(o.id)),
			passages: o.passages
		}));
	}

	/**
	 * The learner's progress during the questions (undefined on other screens): the heading,
	 * the progress bar and each objective's state. It changes only when an answer is checked.
	 */
	get progress(): ProgressView | undefined {
		void this.#version;
		const phase = this.phase;
		if (phase !== 'question' && phase !== 'feedback') return undefined;
		return progressView({
			phase,
			answered: this.answers.length,
			cap: this.cap,
			fixed: this.engine.params.order === 'bank',
			finished: phase === 'feedback' && this.engine.finished,
			objectives: this.objectives,
			current: this.question?.objective,
			language: this.course.language
		});
	}

	/** What scoring needs besides the question: its passage's text. */
	contextFor(question: Question): ScoringContext {
		return { passage: passageById(this.course, question.passage)?.text ?? '' };
	}

	start(): void {
		if (this.phase !== 'start') return;
		this.#advance();
	}

	/** Scores and records the answer; returns false when nothing was submitted. */
	submit(response: AnyResponse | undefined): boolean {
		const question = this.question;
		if (this.phase !== 'question' || !question || response === undefined) return false;
		if (!canSubmit(question, response)) return false;
		const context = this.contextFor(question);
		const score = scoreAnswer({ question, response } as Answer, context);
		// The engine sees the credit as stored in suspend data, so a resume replays it exactly.
		const credit = quantizeCredit(score.credit);
		this.engine.record({ kind: 'answer', item: question.id, credit });
		this.#events.push({ item: question.id, credit, remediated: false });
		this.answers.push({ question, response, score });
		this.phase = 'feedback';
		this.#version++;
		const done = this.engine.finished;
		this.tracker.recordAnswer(
			{ question, response, score, context, shownAt: this.#shownAt, answeredAt: this.#now() },
			this.#progress(done ? 'done' : score.correct ? 'question' : 'remediation')
		);
		// The last answer ends the lesson for the LMS at once: a learner who closes the window
		// on this feedback screen still gets their score and status.
		if (done) this.#report();
		return true;
	}

	/** True once the result has been sent to the LMS (it is sent once). */
	get reported(): boolean {
		void this.#version;
		return this.#reported;
	}

	/** From the feedback to the next question (after re-reading, if the answer was wrong). */
	next(): void {
		if (this.phase !== 'feedback') return;
		const step = this.engine.next();
		if (step.kind === 'remediation') {
			this.engine.record({ kind: 'remediation', item: step.item.id });
			const last = this.#events.at(-1);
			if (last) last.remediated = true;
		}
		this.#advance();
	}

	/** The learner leaves before the end: progress is saved for the next launch. */
	leave(): void {
		if (this.phase === 'results' || this.phase === 'left' || this.#reported) return;
		// The question on screen (picked already: the random state moved on) is kept by id, so
		// the next launch shows the same one.
		const step = this.phase === 'feedback' ? undefined : this.engine.next();
		const onScreen = step?.kind === 'question' ? step.item.id : undefined;
		const phase =
			this.phase === 'feedback' && !this.lastAnswer?.score.correct ? 'remediation' : 'question';
		this.tracker.suspend(
			this.#progress(this.answers.length === 0 && !onScreen ? 'start' : phase, onScreen)
		);
		this.phase = 'left';
	}

	finish(): void {
		if (this.phase === 'results') return;
		this.phase = 'results';
		this.question = undefined;
		this.#version++;
		this.#report();
	}

	/** Sends the outcome to the LMS, once. */
	#report(): void {
		if (this.#reported) return;
		this.#reported = true;
		this.#version++;
		const outcome: Outcome = {
			...this.#progress('done'),
			scorePercent: this.scorePercent,
			passed: this.passed,
			objectives: this.objectives.map((o) => ({
				id: o.id,
				scorePercent: o.scorePercent,
				status:
					o.decision === 'mastered'
						? 'passed'
						: o.decision === 'not-mastered'
							? 'failed'
							: 'incomplete'
			}))
		};
		this.tracker.finish(outcome);
	}

	/** The suspend data and bookmark for the state after the last event. */
	#progress(phase: SuspendPhase, onScreen?: string): Progress {
		const current = phase === 'remediation' ? this.#events.at(-1)?.item : onScreen;
		return {
			suspendData: encodeSuspend({
				courseHash: this.#courseHash,
				random: this.engine.randomState,
				attempt: this.attempt,
				salt: this.#codeSalt(),
				phase,
				current,
				events: this.#events
			}),
			location:
				phase === 'done'
					? 'results'
					: phase === 'remediation'
						? `passage:${current}`
						: `question:${this.answers.length + 1}`
		};
	}

	#advance(): void {
		const step = this.engine.next();
		this.#version++;
		if (step.kind === 'question') {
			this.question = this.#byId.get(step.item.id);
			this.phase = 'question';
			this.#shownAt = this.#now();
		} else if (step.kind === 'done') {
			this.finish();
		}
	}

	/** The salt of the id codes in suspend data (computed once, when first needed). */
	#codeSalt(): number {
		this.#salt ??= codeSalt(this.course.questions.map((q) => q.id)) ?? 0;
		return this.#salt;
	}

	/** Rebuilds the state of an earlier visit from the LMS's suspend data, if there is one. */
	#restore(): void {
		const { entry, suspendData } = this.tracker.launch;
		if (!suspendData || entry === 'ab-initio') return;
		const saved = decodeSuspend(suspendData);
		const questionIds = this.course.questions.map((q) => q.id);
		const ids = resolveCodes(questionIds, saved?.salt);
		// Data written for this very course can only name its questions: a code it does not
		// know means the data was damaged or tampered with, and replaying part of it is worse
		// than a clean start.
		const sameCourse = saved?.courseHash === this.#courseHash;
		// A lookup, never changed: no reactivity needed.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const known = new Set(questionIds.map((id) => idCode(id, saved?.salt)));
		if (!saved || (sameCourse && saved.events.some((e) => !known.has(e.code)))) {
			this.notice = m.progress_unreadable();
			return;
		}
		if (saved.attempt !== undefined) this.attempt = saved.attempt;
		let dropped = 0;
		for (const event of saved.events) {
			const id = ids.get(event.code);
			const question = id ? this.#byId.get(id) : undefined;
			if (!question) {
				dropped++;
				continue;
			}
			this.engine.record({ kind: 'answer', item: question.id, credit: event.credit });
			// A wrong answer's passage was shown with the feedback before the learner left.
			if (event.credit < 1) this.engine.record({ kind: 'remediation', item: question.id });
			this.#events.push({ item: question.id, credit: event.credit, remediated: event.credit < 1 });
			this.answers.push({ question, score: { correct: event.credit === 1, credit: event.credit } });
		}
		if (sameCourse) {
			this.engine.restoreRandom(saved.random);
			// The question the learner left on screen comes back first.
			const onScreen =
				saved.phase === 'question' && saved.current ? ids.get(saved.current) : undefined;
			if (onScreen) this.engine.show(onScreen);
		} else this.notice = updatedNotice(this.answers.length, dropped, this.course.language);
		this.resumed = this.answers.length > 0;
		if (saved.phase === 'done' || this.engine.finished) {
			this.phase = 'results';
			this.#version++;
			// The lesson ended but the LMS never heard (e.g. the final commit was lost).
			const { status } = this.tracker.launch;
			if (this.tracker.recording && !['passed', 'failed', 'completed'].includes(status))
				this.#report();
			else this.#reported = true;
		}
	}
}

/**
 * What a learner is told when the course was republished since their last visit (in the
 * catalog of the course's language; `language` writes the number).
 */
export function updatedNotice(kept: number, dropped: number, language = 'en'): string {
	if (dropped === 0) return kept === 0 ? m.updated() : m.updated_kept({ count: kept });
	if (kept === 0) return m.updated_none_kept();
	return m.updated_some_kept(counted(kept, language));
}
