/**
 * The content's tracking code (LessonSession + Scorm12Tracker) talking to the real scorm-again
 * Scorm12API, as an LMS would run it. Every value sent also goes through the strict checker.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { QUESTIONS_DIR } from '../../scripts/lib/load-course';
import { checkCourseDir } from '../../scripts/lib/validate-all';
import type { Course } from '../../src/lib/content/course';
import type { Question } from '../../src/lib/content/schema';
import { LessonSession } from '../../src/lib/session/lesson.svelte';
import { Strict12Checker } from '../../src/lib/tracking/conformance';
import { courseHash, encodeSuspend } from '../../src/lib/tracking/suspend';
import { ScormTracker } from '../../src/lib/tracking/drivers/scorm';
import { connection12, type Scorm12Api } from '../../src/lib/tracking/lms';
import { scorm12 } from '../../src/lib/tracking/versions';
import { faulty } from '../lib/faults';
import { rightResponse, wrongResponse } from '../lib/responses';
import { Scorm12API } from '../lib/scorm-again';

const fixture = (
	await checkCourseDir(path.resolve(import.meta.dirname, '../fixtures/content/valid'))
).course!;
const seed = (await checkCourseDir(path.join(QUESTIONS_DIR, 'north-korea-russia'))).course!;

const passageOf = (c: Course, q: Question) =>
	c.article.passages.find((p) => p.id === q.passage)!.text;

/** The part of scorm-again's renderCommitCMI(true) these tests read. */
interface RenderedCmi {
	cmi: {
		suspend_data: string;
		core: {
			lesson_status: string;
			lesson_location: string;
			exit: string;
			session_time: string;
			score: { raw: string; min: string; max: string };
		};
		interactions: Record<string, Record<string, unknown>>;
		objectives: Record<string, { id: string; status: string; score: { raw: string } }>;
	};
}

type Preload = Record<string, unknown>;

function lms(preload: Preload = {}) {
	const api = new Scorm12API({ logLevel: 5, autocommit: false });
	api.loadFromJSON({
		core: {
			credit: 'credit',
			lesson_mode: 'normal',
			entry: 'ab-initio',
			student_name: 'Doe, Jane'
		},
		student_data: { mastery_score: '70' },
		...preload
	});
	const checker = new Strict12Checker();
	const calls: string[] = [];
	const rejected: string[] = [];
	api.on('LMSSetValue.cmi.*', (element: string, value: string) => {
		checker.check(element, String(value));
		if (String(api.lastErrorCode) !== '0')
			rejected.push(`${element}=${value} (${api.lastErrorCode})`);
	});
	for (const name of ['LMSInitialize', 'LMSCommit', 'LMSFinish'])
		api.on(name, () => calls.push(name));
	const cmi = () => api.renderCommitCMI(true) as unknown as RenderedCmi;
	return { api, checker, calls, rejected, cmi };
}

/** A clock the test moves by hand: each step is 4 s. */
function clock(start = new Date(2026, 10, 26, 14, 30, 0).getTime()) {
	let t = start;
	return { now: () => t, tick: (ms = 4000) => (t += ms) };
}

function launch(course: Course, env: ReturnType<typeof lms>, time = clock()) {
	const tracker = new ScormTracker({
		connection: connection12(env.api as unknown as Scorm12Api),
		version: scorm12,
		now: time.now
	});
	const session = new LessonSession({ course, tracker, now: time.now, seed: 7 });
	return { session, tracker, time };
}

/** Answers `count` questions (or all), right when `right(i)` says so. */
function answer(
	session: LessonSession,
	course: Course,
	time: ReturnType<typeof clock>,
	right: (i: number) => boolean,
	count = Infinity
) {
	if (session.phase === 'start') session.start();
	for (let i = 0; i < count && session.phase === 'question'; i++) {
		time.tick();
		const q = session.question!;
		const response = right(i)
			? rightResponse(q, passageOf(course, q))
			: wrongResponse(q, passageOf(course, q));
		expect(session.submit(response)).toBe(true);
		session.next();
	}
}

describe('SCORM 1.2 runtime against scorm-again', () => {
	test('a full attempt: one exact interaction per answer, objectives, score, status', () => {
		const env = lms();
		const { session, time } = launch(fixture, env);
		answer(session, fixture, time, () => true);
		expect(session.phase).toBe('results');
		expect(env.rejected).toEqual([]);
		expect(env.checker.violations).toEqual([]);
		expect(env.calls).toEqual([
			'LMSInitialize',
			'LMSCommit',
			'LMSCommit',
			'LMSCommit',
			'LMSCommit',
			'LMSFinish'
		]);
		const cmi = env.cmi().cmi;
		expect(cmi.core).toMatchObject({
			lesson_status: session.passed ? 'passed' : 'failed',
			exit: '',
			lesson_location: 'results',
			session_time: '00:00:08',
			score: { raw: String(session.scorePercent), min: '0', max: '100' }
		});
		expect(Object.keys(cmi.interactions)).toEqual(['0', '1']);
		expect(cmi.interactions['0']).toEqual({
			id: 'shells-count',
			type: 'choice',
			student_response: 'a',
			correct_responses: { '0': { pattern: 'a' } },
			result: 'correct',
			time: '14:30:04',
			latency: '00:00:04',
			weighting: '1',
			objectives: { '0': { id: 'shipments' } }
		});
		expect(cmi.interactions['1']).toEqual({
			id: 'goal-true',
			type: 'true-false',
			student_response: 't',
			correct_responses: { '0': { pattern: 't' } },
			result: 'correct',
			time: '14:30:08',
			latency: '00:00:04',
			weighting: '1',
			objectives: { '0': { id: 'reactions' } }
		});
		expect(Object.values(cmi.objectives).map((o) => o.id)).toEqual(['shipments', 'reactions']);
	});

	test('every answer right: 100 and passed; every answer wrong: 0 and failed (small and seed course)', () => {
		for (const course of [fixture, seed])
			for (const right of [true, false]) {
				const env = lms();
				const { session, time } = launch(course, env);
				answer(session, course, time, () => right);
				expect(session.phase).toBe('results');
				const { core } = env.cmi().cmi;
				expect([course.id, core.score.raw, core.lesson_status]).toEqual(
					right ? [course.id, '100', 'passed'] : [course.id, '0', 'failed']
				);
			}
	});

	test('the verdict agrees with Moodle’s rule (raw ≥ mastery score), on both sides', () => {
		for (const [right, mastery] of [
			[() => true, '70'],
			[() => false, '70'],
			[(i: number) => i % 2 === 0, '50']
		] as const) {
			const env = lms({ student_data: { mastery_score: mastery } });
			const { session, time } = launch(seed, env);
			answer(session, seed, time, right);
			const cmi = env.cmi().cmi;
			const raw = Number(cmi.core.score.raw);
			expect(raw).toBe(session.scorePercent);
			expect(cmi.core.lesson_status).toBe(raw >= Number(mastery) ? 'passed' : 'failed');
			expect(session.passed).toBe(raw >= Number(mastery));
			expect(env.checker.violations).toEqual([]);
			expect(env.rejected).toEqual([]);
		}
	});

	test('a strong learner passes with fewer questions than the bank; a weak one fails', () => {
		const strong = lms();
		const a = launch(seed, strong);
		answer(a.session, seed, a.time, () => true);
		expect(a.session.passed).toBe(true);
		expect(a.session.answers.length).toBeLessThan(seed.questions.length);
		expect(a.session.objectives.every((o) => o.decision === 'mastered')).toBe(true);

		const weak = lms();
		const b = launch(seed, weak);
		answer(b.session, seed, b.time, () => false);
		expect(b.session.passed).toBe(false);
		expect(b.session.objectives.every((o) => o.decision === 'not-mastered')).toBe(true);
		expect(Object.values(weak.cmi().cmi.objectives).every((o) => o.status === 'failed')).toBe(true);
	});

	test('mid-lesson: incomplete, no score yet, exit suspend, suspend data and bookmark stored', () => {
		const env = lms();
		const { session, time } = launch(seed, env);
		answer(session, seed, time, () => true, 2);
		const cmi = env.cmi().cmi;
		expect(cmi.core.lesson_status).toBe('incomplete');
		expect(cmi.core.score.raw).toBe('');
		expect(cmi.core.exit).toBe('suspend');
		expect(cmi.core.lesson_location).toBe('question:3');
		expect(cmi.suspend_data).toMatch(/^2~/);
		expect(Object.keys(cmi.interactions)).toEqual(['0', '1']);
		expect(env.calls).toEqual(['LMSInitialize', 'LMSCommit', 'LMSCommit', 'LMSCommit']);
	});

	test('a double submit records one interaction', () => {
		const env = lms();
		const { session } = launch(fixture, env);
		session.start();
		const q = session.question!;
		const response = rightResponse(q, passageOf(fixture, q));
		expect(session.submit(response)).toBe(true);
		expect(session.submit(response)).toBe(false);
		expect(Object.keys(env.cmi().cmi.interactions)).toEqual(['0']);
	});

	test('review mode shows the lesson without writing anything', () => {
		const env = lms({ core: { credit: 'no-credit', lesson_mode: 'review', entry: '' } });
		const { session, time } = launch(fixture, env);
		answer(session, fixture, time, () => false);
		expect(session.tracker.recording).toBe(false);
		expect(env.calls).toEqual(['LMSInitialize', 'LMSFinish']);
		expect(env.cmi().cmi.interactions).toEqual({});
		expect(env.cmi().cmi.core.score.raw).toBe('');
	});

	test('an API that refuses values: logged with its error code, the lesson goes on', () => {
		const env = lms();
		const api = faulty(env.api as unknown as Scorm12Api, { refuse: (e) => e.endsWith('.latency') });
		const tracker = new ScormTracker({
			connection: connection12(api),
			version: scorm12,
			now: Date.now
		});
		const session = new LessonSession({ course: fixture, tracker });
		session.start();
		expect(
			session.submit(rightResponse(session.question!, passageOf(fixture, session.question!)))
		).toBe(true);
		session.next();
		expect(session.phase).toBe('question');
		expect(tracker.problems).toEqual([
			{
				call: 'LMSSetValue',
				element: 'cmi.interactions.0.latency',
				value: '00:00:00',
				code: '0',
				message: 'No Error'
			}
		]);
		expect(tracker.pending).toBe(0);
		expect(Object.keys(env.cmi().cmi.interactions)).toEqual(['0']);
	});
});

describe('resume', () => {
	/** What the LMS hands the next launch, from what the last one stored. */
	function relaunchPreload(env: ReturnType<typeof lms>): Preload {
		const cmi = env.cmi().cmi;
		return {
			suspend_data: cmi.suspend_data,
			core: {
				credit: 'credit',
				lesson_mode: 'normal',
				entry: cmi.core.exit === 'suspend' ? 'resume' : '',
				lesson_status: cmi.core.lesson_status,
				lesson_location: cmi.core.lesson_location
			}
		};
	}

	test('leaving mid-lesson and relaunching continues exactly where the learner left', () => {
		// The learner who never leaves, for comparison.
		const straight = launch(seed, lms());
		answer(straight.session, seed, straight.time, (i) => i % 3 !== 1, 7);
		const expectedNext = straight.session.question!.id;

		const first = lms();
		const a = launch(seed, first);
		answer(a.session, seed, a.time, (i) => i % 3 !== 1, 7);
		a.session.leave();
		expect(a.session.phase).toBe('left');
		expect(first.calls.at(-1)).toBe('LMSFinish');
		expect(first.cmi().cmi.core.exit).toBe('suspend');

		const second = lms(relaunchPreload(first));
		const b = launch(seed, second);
		expect(b.session.resumed).toBe(true);
		expect(b.session.notice).toBe('');
		expect(b.session.answers.map((x) => x.question.id)).toEqual(
			a.session.answers.map((x) => x.question.id)
		);
		expect(b.session.scorePercent).toBe(a.session.scorePercent);
		b.session.start();
		expect(b.session.question!.id).toBe(expectedNext);
		expect(b.session.number).toBe(8);
	});

	test('corrupt or foreign suspend data: a fresh start with a notice, never a crash', () => {
		for (const bad of [
			'garbage',
			'1~!!!!!!~AAAAAA~q~-~',
			'{"slide":3}',
			'1~AAAAAA~AAAAAA~q~-~ABC'
		]) {
			const env = lms({
				suspend_data: bad,
				core: { credit: 'credit', lesson_mode: 'normal', entry: 'resume' }
			});
			const { session } = launch(seed, env);
			expect(session.answers).toEqual([]);
			expect(session.notice).toBe(
				'Your earlier progress could not be read, so the lesson starts from the beginning.'
			);
			session.start();
			expect(session.phase).toBe('question');
		}
	});

	test('suspend data that this course cannot have written: a fresh start, never a crash', () => {
		const hash = courseHash(
			seed.questions.map((q) => q.id),
			seed.objectives.map((o) => o.id)
		);
		const [a, b] = seed.questions.map((q) => q.id);
		const state = { courseHash: hash, random: 7, attempt: 9, salt: 0, phase: 'question' as const };
		const good = encodeSuspend({
			...state,
			events: [{ item: a!, credit: 1, remediated: false }]
		});
		for (const bad of [
			// The same question answered twice.
			encodeSuspend({
				...state,
				events: [
					{ item: a!, credit: 0, remediated: true },
					{ item: a!, credit: 1, remediated: false }
				]
			}),
			// A question this very course does not have.
			encodeSuspend({
				...state,
				events: [
					{ item: b!, credit: 1, remediated: false },
					{ item: 'not-in-the-course', credit: 1, remediated: false }
				]
			}),
			// A re-reading after a fully right answer.
			encodeSuspend({ ...state, events: [{ item: a!, credit: 1, remediated: true }] })
		]) {
			const env = lms({
				suspend_data: bad,
				core: { credit: 'credit', lesson_mode: 'normal', entry: 'resume' }
			});
			const { session } = launch(seed, env);
			expect(session.answers).toEqual([]);
			expect(session.notice).toBe(
				'Your earlier progress could not be read, so the lesson starts from the beginning.'
			);
		}
		const env = lms({
			suspend_data: good,
			core: { credit: 'credit', lesson_mode: 'normal', entry: 'resume' }
		});
		const { session } = launch(seed, env);
		expect(session.answers.map((x) => x.question.id)).toEqual([a]);
		expect(session.attempt).toBe(9);
	});

	test('a republished course keeps the progress of unchanged question ids', () => {
		const first = lms();
		const a = launch(seed, first);
		answer(a.session, seed, a.time, () => true, 6);
		a.session.leave();
		const answered = a.session.answers.map((x) => x.question.id);

		// Version 2: one answered question removed, one new question added, another edited.
		const removed = answered[2]!;
		const edited = seed.questions.find((q) => q.id === answered[0])!;
		const v2: Course = {
			...seed,
			questions: [
				...seed.questions
					.filter((q) => q.id !== removed)
					.map((q) => (q === edited ? { ...q, prompt: `${q.prompt} (revised)` } : q)),
				{ ...seed.questions[0]!, id: 'a-brand-new-question' } as Question
			]
		};
		const second = lms(relaunchPreload(first));
		const b = launch(v2, second);
		expect(b.session.answers.map((x) => x.question.id)).toEqual(
			answered.filter((id) => id !== removed)
		);
		expect(b.session.notice).toBe(
			'This lesson was updated since your last visit. Your answers to the 5 questions still in it were kept.'
		);
		b.session.start();
		expect(b.session.phase).toBe('question');
		expect(answered).not.toContain(b.session.question!.id);
	});
});
