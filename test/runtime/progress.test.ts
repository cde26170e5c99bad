/**
 * The progress view of a real LessonSession (real engine, SCORM 1.2 through the real
 * scorm-again): it counts the answers against the lesson's cap in fixed and adaptive order,
 * changes only when an answer is checked, agrees with the results page on "Mastered", and is
 * the same after a resume as before leaving.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { QUESTIONS_DIR } from '../../scripts/lib/load-course';
import { checkCourseDir } from '../../scripts/lib/validate-all';
import type { Course } from '../../src/lib/content/course';
import type { Question } from '../../src/lib/content/schema';
import { LessonSession } from '../../src/lib/session/lesson.svelte';
import { ScormTracker } from '../../src/lib/tracking/drivers/scorm';
import { connection12, type Scorm12Api } from '../../src/lib/tracking/lms';
import { scorm12 } from '../../src/lib/tracking/versions';
import { rightResponse, wrongResponse } from '../lib/responses';
import { Scorm12API } from '../lib/scorm-again';

const seed = (await checkCourseDir(path.join(QUESTIONS_DIR, 'north-korea-russia'))).course!;
const everyType = (
	await checkCourseDir(path.resolve(import.meta.dirname, '../fixtures/courses/every-type'))
).course!;

const passageOf = (c: Course, q: Question) =>
	c.article.passages.find((p) => p.id === q.passage)!.text;

interface Stored {
	cmi: { suspend_data: string; core: { exit: string; lesson_status: string } };
}

function launch(course: Course, preload: Record<string, unknown> = {}, seedNumber = 7) {
	const api = new Scorm12API({ logLevel: 5, autocommit: false });
	api.loadFromJSON({
		core: { credit: 'credit', lesson_mode: 'normal', entry: 'ab-initio', student_name: 'Doe, J' },
		...preload
	});
	const tracker = new ScormTracker({
		connection: connection12(api as unknown as Scorm12Api),
		version: scorm12,
		now: Date.now
	});
	const session = new LessonSession({ course, tracker, seed: seedNumber });
	return { session, stored: () => api.renderCommitCMI(true) as unknown as Stored };
}

function respond(session: LessonSession, course: Course, right: boolean) {
	const q = session.question!;
	const response = right
		? rightResponse(q, passageOf(course, q))
		: wrongResponse(q, passageOf(course, q));
	expect(session.submit(response)).toBe(true);
}

/** Runs a whole lesson; checks the progress on every screen; returns the last feedback's view. */
function walk(course: Course, right: (i: number) => boolean, seedNumber = 7) {
	const { session } = launch(course, {}, seedNumber);
	const fixed = course.sequence === 'fixed';
	const at = fixed ? 'of' : 'of at most';
	session.start();
	let lastFeedback = session.progress;
	for (let i = 0; session.phase === 'question'; i++) {
		const before = session.progress!;
		expect(before.heading).toBe(`Question ${i + 1} ${at} ${session.cap}`);
		expect(before.bar).toMatchObject({ now: i, max: session.cap });
		expect(before.announcement).toBe('');
		// The objectives shown on a question are the ones the last feedback showed: nothing
		// moves between an answer's feedback and the next Check.
		if (lastFeedback) expect(before.objectives).toEqual(lastFeedback.objectives);
		// A Check without an answer changes nothing.
		expect(session.submit(undefined)).toBe(false);
		expect(session.progress).toEqual(before);

		respond(session, course, right(i));
		const after = session.progress!;
		expect(after.heading).toBe(before.heading);
		expect(after.bar.now).toBe(i + 1);
		expect(after.announcement).toMatch(
			new RegExp(`^${i + 1} ${at} ${session.cap} questions? answered\\. `)
		);
		lastFeedback = after;
		session.next();
	}
	expect(session.phase).toBe('results');
	expect(session.progress).toBeUndefined();
	return { session, lastFeedback: lastFeedback! };
}

describe('progress in a real lesson', () => {
	test('adaptive: at most the cap, the lesson may end earlier; the results agree on "Mastered"', () => {
		for (const pattern of [() => true, () => false, (i: number) => i % 3 !== 1]) {
			const { session, lastFeedback } = walk(seed, pattern);
			expect(session.answers.length).toBeLessThanOrEqual(session.cap);
			expect(lastFeedback.announcement).toMatch(/That was the last question\.$/);
			// The last feedback shows the decisions the results page shows.
			expect(lastFeedback.objectives.map((o) => [o.id, o.status === 'mastered'])).toEqual(
				session.objectives.map((o) => [o.id, o.decision === 'mastered'])
			);
			expect(lastFeedback.objectives.every((o) => o.status !== 'in-progress')).toBe(true);
		}
		// A strong reader ends well before the cap: "at most" is the honest word.
		expect(walk(seed, () => true).session.answers.length).toBeLessThan(launch(seed).session.cap);
	});

	test('fixed order: "Question n of N", every question asked, objectives decided at the end', () => {
		const { session, lastFeedback } = walk(everyType, (i) => i % 2 === 0);
		expect(session.cap).toBe(everyType.questions.length);
		expect(session.answers.length).toBe(everyType.questions.length);
		expect(lastFeedback.objectives.map((o) => [o.id, o.status === 'mastered'])).toEqual(
			session.objectives.map((o) => [o.id, o.decision === 'mastered'])
		);
	});

	test('objectives move from not yet started to in progress to decided, never back', () => {
		const rank = { 'not-started': 0, 'in-progress': 1, mastered: 2, 'not-mastered': 2 };
		const { session } = launch(seed);
		session.start();
		let previous = session.progress!.objectives;
		expect(previous.every((o) => o.status === 'not-started')).toBe(true);
		for (let i = 0; session.phase === 'question'; i++) {
			respond(session, seed, i % 2 === 0);
			const now = session.progress!.objectives;
			for (const [k, o] of now.entries()) {
				expect(rank[o.status]).toBeGreaterThanOrEqual(rank[previous[k]!.status]);
				if (rank[previous[k]!.status] === 2) expect(o.status).toBe(previous[k]!.status);
			}
			// The answered question's objective has started.
			const current = now.find((o) => o.id === session.lastAnswer!.question.objective)!;
			expect(current.status).not.toBe('not-started');
			previous = now;
			session.next();
		}
	});

	test('a resumed lesson shows the progress it showed when the learner left', () => {
		for (const leaveOn of ['question', 'feedback'] as const) {
			const a = launch(seed);
			a.session.start();
			for (let i = 0; i < 4; i++) {
				respond(a.session, seed, i !== 1);
				if (i < 3 || leaveOn === 'question') a.session.next();
			}
			// Leaving on a feedback screen: the next launch opens the next question.
			const expected = leaveOn === 'question' ? a.session.progress! : undefined;
			const objectives = a.session.progress!.objectives;
			a.session.leave();
			const cmi = a.stored().cmi;
			expect(cmi.core.exit).toBe('suspend');

			const b = launch(seed, {
				suspend_data: cmi.suspend_data,
				core: {
					credit: 'credit',
					lesson_mode: 'normal',
					entry: 'resume',
					lesson_status: cmi.core.lesson_status
				}
			});
			expect(b.session.resumed).toBe(true);
			b.session.start();
			const shown = b.session.progress!;
			if (expected) expect(shown).toEqual(expected);
			expect(shown.heading).toBe(`Question 5 of at most ${b.session.cap}`);
			expect(shown.bar).toMatchObject({ now: 4, max: b.session.cap });
			expect(shown.objectives).toEqual(objectives);
		}
	});
});
