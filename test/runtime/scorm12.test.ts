/**
 * The content's tracking code (LessonSession + Scorm12Tracker) talking to the real scorm-again
 * Scorm12API, as an LMS would run it. Every value sent also goes through the strict checker.
 */
import path from 'node:path';
import { rightResponse, wrongResponse as wrongAnswer } from '../lib/responses';
import { Scorm12API } from '../lib/scorm-again';
import { describe, expect, test } from 'vitest';
import { checkCourseDir } from '../../scripts/lib/validate-all';
import type { Course } from '../../src/lib/content/course';
import type { Question } from '../../src/lib/content/schema';
import { LessonSession } from '../../src/lib/session/lesson.svelte';
import { Strict12Checker } from '../../src/lib/tracking/conformance';
import { Scorm12Tracker, type Scorm12Api } from '../../src/lib/tracking/drivers/scorm12';
import { choiceKey12 } from '../../src/lib/tracking/format';

const { course } = await checkCourseDir(
	path.resolve(import.meta.dirname, '../fixtures/content/valid')
);

const passageOf = (q: Question) => course!.article.passages.find((p) => p.id === q.passage)!.text;
const correctResponse = (q: Question) => rightResponse(q, passageOf(q));
const wrongResponse = (q: Question) => wrongAnswer(q, passageOf(q));

function lms(options: { mode?: string; mastery?: string } = {}) {
	const api = new Scorm12API({ logLevel: 5, autocommit: false });
	api.loadFromJSON({
		core: {
			credit: 'credit',
			lesson_mode: options.mode ?? 'normal',
			entry: 'ab-initio',
			student_name: 'Doe, Jane'
		},
		student_data: { mastery_score: options.mastery ?? '70' }
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
	return { api, checker, calls, rejected };
}

/** The part of scorm-again's renderCommitCMI(true) these tests read. */
interface RenderedCmi {
	cmi: {
		core: {
			lesson_status: string;
			exit: string;
			session_time: string;
			score: { raw: string; min: string; max: string };
		};
		interactions: Record<string, Record<string, unknown>>;
	};
}

/** A clock the test moves by hand: each step is 4 s. */
function clock(start = new Date(2026, 10, 26, 14, 30, 0).getTime()) {
	let t = start;
	return { now: () => t, tick: (ms = 4000) => (t += ms) };
}

function run(
	c: Course,
	answers: ('right' | 'wrong')[],
	opts: { mode?: string; mastery?: string } = {}
) {
	const env = lms(opts);
	const time = clock();
	const tracker = new Scorm12Tracker({ api: env.api as unknown as Scorm12Api, now: time.now });
	const session = new LessonSession({ course: c, tracker, now: time.now });
	session.start();
	answers.forEach((kind) => {
		time.tick();
		const q = session.question!;
		expect(session.submit(kind === 'right' ? correctResponse(q) : wrongResponse(q))).toBe(true);
		session.next();
	});
	return {
		...env,
		session,
		tracker,
		cmi: env.api.renderCommitCMI(true) as unknown as RenderedCmi
	};
}

describe('SCORM 1.2 runtime against scorm-again', () => {
	test('a full passing attempt: status, score, and one exact interaction per answer', () => {
		const { cmi, calls, checker, rejected, session } = run(course!, ['right', 'right']);
		expect(session.phase).toBe('results');
		expect(rejected).toEqual([]);
		expect(checker.violations).toEqual([]);
		expect(calls).toEqual([
			'LMSInitialize',
			'LMSCommit',
			'LMSCommit',
			'LMSCommit',
			'LMSCommit',
			'LMSFinish'
		]);
		expect(cmi.cmi.core).toMatchObject({
			lesson_status: 'passed',
			exit: '',
			session_time: '00:00:08',
			score: { raw: '100', min: '0', max: '100' }
		});
		const [sc, tf] = course!.questions as [Question, Question];
		const interactions = cmi.cmi.interactions as Record<string, Record<string, unknown>>;
		expect(Object.keys(interactions)).toEqual(['0', '1']);
		expect(interactions['0']).toEqual({
			id: sc.id,
			type: 'choice',
			student_response: choiceKey12(0),
			correct_responses: { '0': { pattern: 'a' } },
			result: 'correct',
			time: '14:30:04',
			latency: '00:00:04',
			weighting: '1',
			objectives: { '0': { id: 'shipments' } }
		});
		expect(interactions['1']).toEqual({
			id: tf.id,
			type: 'true-false',
			student_response: 't',
			correct_responses: { '0': { pattern: 't' } },
			result: 'correct',
			time: '14:30:08',
			latency: '00:00:04',
			weighting: '1',
			objectives: { '0': { id: 'reactions' } }
		});
	});

	test('a failing attempt is failed, and agrees with scorm-again’s mastery override', () => {
		const { cmi, session } = run(course!, ['right', 'wrong']);
		expect(session.scorePercent).toBe(50);
		expect(session.passed).toBe(false);
		expect(cmi.cmi.core.lesson_status).toBe('failed');
		expect(cmi.cmi.core.score.raw).toBe('50');
		expect(cmi.cmi.interactions['1']?.result).toBe('wrong');
		expect(cmi.cmi.interactions['1']?.student_response).toBe('f');
	});

	test('the LMS’s mastery score wins over the course’s, on both sides', () => {
		const { cmi, session } = run(course!, ['right', 'wrong'], { mastery: '50' });
		expect(session.masteryScore).toBe(50);
		expect(cmi.cmi.core.lesson_status).toBe('passed');
	});

	test('mid-lesson the status is incomplete and no score is stored yet', () => {
		const env = lms();
		const time = clock();
		const tracker = new Scorm12Tracker({ api: env.api as unknown as Scorm12Api, now: time.now });
		const session = new LessonSession({ course: course!, tracker, now: time.now });
		session.start();
		session.submit(correctResponse(session.question!));
		const cmi = env.api.renderCommitCMI(true) as unknown as RenderedCmi;
		expect(cmi.cmi.core.lesson_status).toBe('incomplete');
		expect(cmi.cmi.core.score.raw).toBe('');
		expect(Object.keys(cmi.cmi.interactions)).toEqual(['0']);
		expect(env.calls).toEqual(['LMSInitialize', 'LMSCommit', 'LMSCommit']);
	});

	test('a double submit records one interaction', () => {
		const env = lms();
		const tracker = new Scorm12Tracker({ api: env.api as unknown as Scorm12Api, now: Date.now });
		const session = new LessonSession({ course: course!, tracker });
		session.start();
		const response = correctResponse(session.question!);
		expect(session.submit(response)).toBe(true);
		expect(session.submit(response)).toBe(false);
		const cmi = env.api.renderCommitCMI(true) as unknown as RenderedCmi;
		expect(Object.keys(cmi.cmi.interactions)).toEqual(['0']);
	});

	test('review mode shows the lesson without writing anything', () => {
		const { cmi, calls, session } = run(course!, ['wrong', 'wrong'], { mode: 'review' });
		expect(session.tracker.recording).toBe(false);
		expect(calls).toEqual(['LMSInitialize', 'LMSFinish']);
		expect(cmi.cmi.interactions).toEqual({});
		expect(cmi.cmi.core.score.raw).toBe('');
	});

	test('an API that throws or refuses never stops the lesson; problems are kept', () => {
		const env = lms();
		const api = env.api as unknown as Scorm12Api;
		const flaky: Scorm12Api = {
			...api,
			LMSInitialize: () => api.LMSInitialize(''),
			LMSGetValue: (e) => api.LMSGetValue(e),
			LMSSetValue: (e) => {
				if (e.endsWith('.latency')) throw new Error('boom');
				return 'false';
			},
			LMSCommit: () => 'false',
			LMSFinish: () => api.LMSFinish(''),
			LMSGetLastError: () => '101',
			LMSGetErrorString: () => 'General exception'
		};
		const tracker = new Scorm12Tracker({ api: flaky, now: Date.now });
		const session = new LessonSession({ course: course!, tracker });
		session.start();
		expect(session.submit(correctResponse(session.question!))).toBe(true);
		session.next();
		expect(session.phase).toBe('question');
		expect(tracker.problems.some((p) => p.code === 'exception' && p.message === 'boom')).toBe(true);
		expect(tracker.problems.some((p) => p.call === 'LMSCommit' && p.code === '101')).toBe(true);
	});
});
