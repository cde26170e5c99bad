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

/** Where the learner is: the resume state and a readable bookmark. */
export interface Progress {
	suspendData: string;
	location: string;
}

export interface ObjectiveOutcome {
	id: string;
	/** 0-100. */
	scorePercent: number;
	status: 'passed' | 'failed' | 'incomplete';
}

export interface Outcome extends Progress {
	scorePercent: number;
	passed: boolean;
	objectives: ObjectiveOutcome[];
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

/** Whether everything answered has reached the LMS ('retrying' after a failed Commit). */
export type SavingStatus = 'saved' | 'retrying';

/** What the LMS can refuse that the learner must hear about: their grade or their progress. */
export type RefusedData = 'score' | 'status' | 'progress';

export interface Tracker {
	readonly kind: 'scorm12' | 'scorm2004' | 'standalone';
	readonly status: SavingStatus;
	/** What the LMS refused the last time it was sent (it said "false" to the value). */
	readonly refused: readonly RefusedData[];
	/** Called when the saving status or what was refused changes. */
	onstatus: ((status: SavingStatus) => void) | undefined;
	readonly launch: LaunchData;
	/** False in standalone mode and in browse/review mode: nothing reaches a gradebook. */
	readonly recording: boolean;
	readonly problems: readonly TrackingProblem[];
	/** Records one answer as a new interaction, with the progress after it, and commits. */
	recordAnswer(record: AnswerRecord, progress: Progress): void;
	/** Ends the lesson: score, status, objectives; then finishes the LMS session. */
	finish(outcome: Outcome): void;
	/** The learner leaves unfinished: saves where they are and finishes the LMS session. */
	suspend(progress: Progress): void;
	/** Best effort when the page is hidden or closing. */
	flushNow(): void;
}
