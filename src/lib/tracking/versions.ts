/** What differs between SCORM 1.2 and 2004 for the tracker: the pure CMI mappings. */
import {
	answerWrites12,
	finishWrites12,
	LAUNCH_ELEMENTS_12,
	progressWrites12,
	readLaunch12,
	suspendWrites12
} from './cmi12';
import {
	answerWrites2004,
	finishWrites2004,
	progressWrites2004,
	readLaunch2004,
	suspendWrites2004
} from './cmi2004';
import type { AnswerRecord, CmiWrite, LaunchData, Outcome, Progress } from './types';

export interface CmiVersion {
	kind: 'scorm12' | 'scorm2004';
	readLaunch(get: (element: string) => string): LaunchData;
	learnerIdElement: string;
	/**
	 * The errors that say an element is not implemented: the content must do without it (1.2:
	 * 401; 2004: 402, or 401 for an element it does not know at all).
	 */
	notImplemented: readonly string[];
	/** Marks a fresh attempt as started. */
	startWrites: CmiWrite[];
	answerWrites(n: number, record: AnswerRecord): CmiWrite[];
	progressWrites(progress: Progress): CmiWrite[];
	finishWrites(outcome: Outcome, sessionMs: number): CmiWrite[];
	suspendWrites(progress: Progress, sessionMs: number): CmiWrite[];
}

export const scorm12: CmiVersion = {
	kind: 'scorm12',
	readLaunch: (get) => readLaunch12((e: (typeof LAUNCH_ELEMENTS_12)[number]) => get(e)),
	learnerIdElement: 'cmi.core.student_id',
	notImplemented: ['401'],
	startWrites: [['cmi.core.lesson_status', 'incomplete']],
	answerWrites: answerWrites12,
	progressWrites: progressWrites12,
	finishWrites: finishWrites12,
	suspendWrites: suspendWrites12
};

export const scorm2004: CmiVersion = {
	kind: 'scorm2004',
	readLaunch: (get) => readLaunch2004((e) => get(e)),
	learnerIdElement: 'cmi.learner_id',
	notImplemented: ['401', '402'],
	startWrites: [['cmi.completion_status', 'incomplete']],
	answerWrites: answerWrites2004,
	progressWrites: progressWrites2004,
	finishWrites: finishWrites2004,
	suspendWrites: suspendWrites2004
};
