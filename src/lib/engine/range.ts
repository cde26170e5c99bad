/**
 * The scores a course can report (pure): the lesson run through the real engine by a learner
 * who answers every question right and by one who answers every question wrong. The build
 * refuses a mastery score outside this range, which no learner could reach (or every learner
 * would).
 */
import type { Course } from '../content/course.ts';
import { Engine, questionCap, type EngineParams } from './engine.ts';
import { engineItems } from './items.ts';
import { SUSPEND_ANSWERS_12 } from '../tracking/suspend.ts';

export interface ScoreRange {
	/** The score of a learner who answers every question wrong. */
	min: number;
	/** The score of a learner who answers every question right. */
	max: number;
}

/**
 * The engine parameters the lesson runs a course with. Under SCORM 1.2 the lesson asks no
 * more questions than its 4096 characters of suspend data can hold.
 */
export function lessonParams(
	course: Pick<Course, 'sequence'>,
	standard?: 'scorm12' | 'scorm2004' | 'standalone'
): Partial<EngineParams> {
	return {
		...(course.sequence === 'fixed' ? { order: 'bank' as const } : {}),
		...(standard === 'scorm12' ? { maxQuestions: SUSPEND_ANSWERS_12 } : {})
	};
}

/**
 * The most questions a lesson of this course asks under `standard` (the engine's cap), without
 * setting up an engine: the start screen says it before the lesson's session exists.
 */
export function lessonCap(
	course: Pick<Course, 'sequence' | 'questions' | 'objectives'>,
	standard?: 'scorm12' | 'scorm2004' | 'standalone'
): number {
	return questionCap(
		course.questions.length,
		course.objectives.length,
		lessonParams(course, standard)
	);
}

/** The most questions a lesson of this course asks, under SCORM 1.2 and otherwise. */
export function questionCaps(course: Course): { scorm12: number; other: number } {
	const make = (standard?: 'scorm12') =>
		new Engine({
			items: engineItems(course),
			objectives: course.objectives.map((o) => o.id),
			seed: 1,
			params: lessonParams(course, standard)
		}).cap;
	return { scorm12: make('scorm12'), other: make() };
}

function finalScore(course: Course, credit: number): number {
	const engine = new Engine({
		items: engineItems(course),
		objectives: course.objectives.map((o) => o.id),
		seed: 1,
		params: lessonParams(course)
	});
	// Every step asks or re-reads, and the engine never asks a question twice: the bank's size
	// (twice, for re-readings) bounds the loop.
	for (let guard = 0; guard <= 2 * course.questions.length + 1; guard++) {
		const step = engine.next();
		if (step.kind === 'done') break;
		engine.record(
			step.kind === 'remediation'
				? { kind: 'remediation', item: step.item.id }
				: { kind: 'answer', item: step.item.id, credit }
		);
	}
	return engine.score;
}

export function scoreRange(course: Course): ScoreRange {
	return { min: finalScore(course, 0), max: finalScore(course, 1) };
}
