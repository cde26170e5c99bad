/** What the lesson tells an LMS, independent of the SCORM version (pure types). */
import type { Question } from '../content/schema';
import type { AnyResponse, Score, ScoringContext } from '../scoring';

export interface AnswerRecord {
	question: Question;
	response: AnyResponse;
	score: Score;
	context: ScoringContext;
	/** Epoch ms when the question was shown and when it was answered. */
	shownAt: number;
	answeredAt: number;
}

export type LessonMode = 'normal' | 'browse' | 'review';

/** What the LMS told the content at launch. */
export interface LaunchData {
	entry: 'ab-initio' | 'resume' | '';
	mode: LessonMode;
	/** False when the LMS says the attempt is for no credit. */
	credit: boolean;
	/** Passing score 0-100 from the LMS (the manifest's), when it sent one. */
	masteryScore?: number;
	learnerName: string;
	suspendData: string;
	location: string;
	/** The status already recorded, e.g. "passed" on a re-launch. */
	status: string;
}

export interface Progress {
	/** Score so far, 0-100. */
	scorePercent: number;
}

export interface Outcome {
	scorePercent: number;
	passed: boolean;
}

/** A CMI element and the value to write into it. */
export type CmiWrite = readonly [element: string, value: string];

/** A problem an LMS reported, kept for the learner's notice and for debugging. */
export interface TrackingProblem {
	call: string;
	element?: string;
	value?: string;
	code: string;
	message: string;
}

export interface Tracker {
	readonly kind: 'scorm12' | 'standalone';
	readonly launch: LaunchData;
	/** False in standalone mode and in browse/review mode: nothing reaches a gradebook. */
	readonly recording: boolean;
	readonly problems: readonly TrackingProblem[];
	recordAnswer(record: AnswerRecord, progress: Progress): void;
	finish(outcome: Outcome): void;
}
