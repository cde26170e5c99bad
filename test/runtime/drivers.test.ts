/**
 * One contract for every driver: SCORM 1.2 and 2004 against the real scorm-again, and the
 * standalone driver. Faults are injected into scorm-again itself (test/lib/faults.ts). Every
 * value sent passes the strict checker of its version.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkCourseDir } from '../../scripts/lib/validate-all';
import type { Course } from '../../src/lib/content/course';
import type { Question } from '../../src/lib/content/schema';
import { LessonSession } from '../../src/lib/session/lesson.svelte';
import { Strict12Checker, Strict2004Checker } from '../../src/lib/tracking/conformance';
import { ScormTracker } from '../../src/lib/tracking/drivers/scorm';
import { StandaloneTracker } from '../../src/lib/tracking/drivers/standalone';
import {
	connection12,
	connection2004,
	type Scorm12Api,
	type Scorm2004Api
} from '../../src/lib/tracking/lms';
import { memoryStore, type KeyValueStore } from '../../src/lib/tracking/store';
import type { Tracker } from '../../src/lib/tracking/types';
import { scorm12, scorm2004 } from '../../src/lib/tracking/versions';
import { faulty, manualTimer, type Faults } from '../lib/faults';
import { rightResponse, wrongResponse } from '../lib/responses';
import { Scorm12API, Scorm2004API } from '../lib/scorm-again';

const course = (
	await checkCourseDir(path.resolve(import.meta.dirname, '../../questions/north-korea-russia'))
).course!;
const passageOf = (q: Question) => course.article.passages.find((p) => p.id === q.passage)!.text;

interface Stored {
	status: string;
	raw: string;
	exit: string;
	suspendData: string;
	location: string;
	interactions: string[];
	objectives: { id: string; status: string }[];
}

/** What the LMS knows of a learner between launches: the CMI state, version-neutral. */
interface LmsSide {
	tracker: Tracker;
	calls: string[];
	violations: () => unknown[];
	stored: () => Stored;
	/** The preload for the next launch of the same attempt. */
	relaunch: () => Record<string, unknown>;
}

interface LaunchOptions {
	store: KeyValueStore;
	faults?: Faults;
	timer?: ReturnType<typeof manualTimer>;
	preload?: Record<string, unknown>;
	mode?: 'normal' | 'review';
}

type Rendered = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const scormDrivers = {
	scorm12: (o: LaunchOptions): LmsSide => {
		const api = new Scorm12API({ logLevel: 5, autocommit: false });
		api.loadFromJSON(
			o.preload ?? {
				core: {
					credit: 'credit',
					lesson_mode: o.mode ?? 'normal',
					entry: 'ab-initio',
					student_id: 'jd'
				},
				student_data: { mastery_score: '70' }
			}
		);
		const preloaded = Object.keys((o.preload?.interactions as object | undefined) ?? {}).length;
		const checker = new Strict12Checker(preloaded);
		const calls: string[] = [];
		api.on('LMSSetValue.cmi.*', (e: string, v: string) => checker.check(e, String(v)));
		for (const name of ['LMSInitialize', 'LMSCommit', 'LMSFinish'])
			api.on(name, () => calls.push(name));
		// What survives a closed window: the state at the last successful commit.
		let committed: Rendered | undefined;
		for (const name of ['LMSCommit', 'LMSFinish'])
			api.on(
				name,
				() => (committed = structuredClone((api.renderCommitCMI(true) as Rendered).cmi))
			);
		const tracker = new ScormTracker({
			connection: connection12(faulty(api as unknown as Scorm12Api, o.faults ?? {})),
			version: scorm12,
			now: Date.now,
			store: o.store,
			courseId: course.id,
			schedule: o.timer ? (run, ms) => o.timer!.schedule(run, ms) : undefined
		});
		const cmi = () => committed ?? ((api.renderCommitCMI(true) as Rendered).cmi as Rendered);
		return {
			tracker,
			calls,
			violations: () => checker.violations,
			stored: () => {
				const c = cmi();
				return {
					status: c.core.lesson_status,
					raw: c.core.score.raw,
					exit: c.core.exit,
					suspendData: c.suspend_data,
					location: c.core.lesson_location,
					interactions: Object.values(c.interactions as Rendered).map((i) => i.id),
					objectives: Object.values(c.objectives as Rendered).map((x) => ({
						id: x.id,
						status: x.status
					}))
				};
			},
			relaunch: () => {
				const c = cmi();
				return {
					suspend_data: c.suspend_data,
					interactions: c.interactions,
					core: {
						credit: 'credit',
						lesson_mode: 'normal',
						student_id: 'jd',
						entry: c.core.exit === 'suspend' ? 'resume' : '',
						lesson_status: c.core.lesson_status,
						lesson_location: c.core.lesson_location
					},
					student_data: { mastery_score: '70' }
				};
			}
		};
	},
	scorm2004: (o: LaunchOptions): LmsSide => {
		const api = new Scorm2004API({ logLevel: 5, autocommit: false });
		api.loadFromJSON(
			o.preload ?? {
				learner_id: 'jd',
				mode: o.mode ?? 'normal',
				credit: o.mode === 'review' ? 'no-credit' : 'credit',
				entry: 'ab-initio',
				scaled_passing_score: '0.7'
			}
		);
		const preloaded = Object.keys((o.preload?.interactions as object | undefined) ?? {}).length;
		const checker = new Strict2004Checker(preloaded);
		const calls: string[] = [];
		api.on('SetValue.cmi.*', (e: string, v: string) => checker.check(e, String(v)));
		for (const name of ['Initialize', 'Commit', 'Terminate']) api.on(name, () => calls.push(name));
		// What survives a closed window: the state at the last successful commit.
		let committed: Rendered | undefined;
		for (const name of ['Commit', 'Terminate'])
			api.on(
				name,
				() => (committed = structuredClone((api.renderCommitCMI(true) as Rendered).cmi))
			);
		const tracker = new ScormTracker({
			connection: connection2004(faulty(api as unknown as Scorm2004Api, o.faults ?? {})),
			version: scorm2004,
			now: Date.now,
			store: o.store,
			courseId: course.id,
			schedule: o.timer ? (run, ms) => o.timer!.schedule(run, ms) : undefined
		});
		const cmi = () => committed ?? ((api.renderCommitCMI(true) as Rendered).cmi as Rendered);
		return {
			tracker,
			calls,
			violations: () => checker.violations,
			stored: () => {
				const c = cmi();
				return {
					status: c.success_status === 'unknown' ? c.completion_status : c.success_status,
					raw: c.score.raw,
					exit: c.exit,
					suspendData: c.suspend_data,
					location: c.location,
					interactions: Object.values(c.interactions as Rendered).map((i) => i.id),
					objectives: Object.values(c.objectives as Rendered).map((x) => ({
						id: x.id,
						status: x.success_status
					}))
				};
			},
			relaunch: () => {
				const c = cmi();
				return {
					learner_id: 'jd',
					mode: 'normal',
					credit: 'credit',
					entry: c.exit === 'suspend' ? 'resume' : '',
					scaled_passing_score: '0.7',
					suspend_data: c.suspend_data,
					location: c.location,
					completion_status: c.completion_status,
					interactions: c.interactions
				};
			}
		};
	}
};

function lesson(tracker: Tracker, seed = 11) {
	return new LessonSession({ course, tracker, seed });
}

function answerSome(session: LessonSession, count: number, right = (i: number) => i % 3 !== 2) {
	if (session.phase === 'start') session.start();
	const ids: string[] = [];
	for (let i = 0; i < count && session.phase === 'question'; i++) {
		const q = session.question!;
		ids.push(q.id);
		session.submit(right(i) ? rightResponse(q, passageOf(q)) : wrongResponse(q, passageOf(q)));
		session.next();
	}
	return ids;
}

describe.each(Object.entries(scormDrivers))('the %s driver', (_name, launch) => {
	test('launch data: a fresh attempt, normal mode, the LMS’s passing score', () => {
		const side = launch({ store: memoryStore() });
		expect(side.tracker.launch).toMatchObject({
			entry: 'ab-initio',
			mode: 'normal',
			masteryScore: 70
		});
		expect(side.tracker.recording).toBe(true);
	});

	test('every answer is a new committed interaction; the end writes score, status and objectives', () => {
		const side = launch({ store: memoryStore() });
		const session = lesson(side.tracker);
		const ids = answerSome(session, 100, () => true);
		expect(session.phase).toBe('results');
		const stored = side.stored();
		expect(stored.interactions).toEqual(ids);
		expect(stored.raw).toBe(String(session.scorePercent));
		expect(stored.status).toBe(session.passed ? 'passed' : 'failed');
		expect(stored.exit).toBe(side.tracker.kind === 'scorm12' ? '' : 'normal');
		expect(stored.objectives.map((o) => o.id)).toEqual(course.objectives.map((o) => o.id));
		expect(stored.objectives.every((o) => o.status === 'passed')).toBe(true);
		expect(side.calls.filter((c) => /Commit/.test(c)).length).toBe(ids.length + 2);
		expect(side.calls.filter((c) => /Finish|Terminate/.test(c))).toHaveLength(1);
		expect(side.violations()).toEqual([]);
	});

	test('leaving mid-lesson suspends; the next launch resumes with the same state', () => {
		const store = memoryStore();
		const first = launch({ store });
		const a = lesson(first.tracker);
		const ids = answerSome(a, 5);
		a.leave();
		expect(first.stored()).toMatchObject({
			exit: 'suspend',
			location: 'question:6',
			status: 'incomplete'
		});
		expect(first.calls.filter((c) => /Finish|Terminate/.test(c))).toHaveLength(1);

		const second = launch({ store, preload: first.relaunch() });
		expect(second.tracker.launch.entry).toBe('resume');
		const b = lesson(second.tracker);
		expect(b.answers.map((x) => x.question.id)).toEqual(ids);
		answerSome(b, 1);
		expect(second.stored().interactions).toHaveLength(6);
		expect(second.violations()).toEqual([]);
	});

	test('review mode writes nothing', () => {
		const side = launch({ store: memoryStore(), mode: 'review' });
		const session = lesson(side.tracker);
		answerSome(session, 3);
		expect(side.tracker.recording).toBe(false);
		expect(side.stored().interactions).toEqual([]);
		expect(side.calls.filter((c) => /Commit/.test(c))).toEqual([]);
	});

	test('a failing Commit: retried with backoff, answers kept locally, the learner told; all arrive after recovery', () => {
		const store = memoryStore();
		const faults: Faults = { commitFails: true };
		const timer = manualTimer();
		const side = launch({ store, faults, timer });
		const session = lesson(side.tracker);
		const statuses: string[] = [];
		const onstatus = side.tracker.onstatus;
		side.tracker.onstatus = (s) => {
			onstatus?.(s);
			statuses.push(s);
		};
		const ids = answerSome(session, 4);
		expect(session.saving).toBe('retrying');
		expect([...store.data.keys()]).toEqual([`readback:${course.id}:jd:outbox`]);
		timer.runAll();
		timer.runAll();
		expect(timer.delays.slice(0, 3)).toEqual([1000, 2000, 4000]);
		expect((side.tracker as ScormTracker).pending).toBeGreaterThanOrEqual(4);
		session.finish();
		expect(side.calls.filter((c) => /Finish|Terminate/.test(c))).toHaveLength(0);

		faults.commitFails = false;
		timer.runAll();
		expect(session.saving).toBe('saved');
		// It was already 'retrying' when the lesson started (the first commit failed too).
		expect(statuses).toEqual(['saved']);
		expect(side.stored().interactions).toEqual(ids);
		expect(side.stored().status).toBe(session.passed ? 'passed' : 'failed');
		expect(side.calls.filter((c) => /Finish|Terminate/.test(c))).toHaveLength(1);
		expect(store.data.size).toBe(0);
		expect(side.violations()).toEqual([]);
	});

	test('an API that throws: the lesson goes on, and nothing is lost once it works again', () => {
		const store = memoryStore();
		const faults: Faults = {};
		const timer = manualTimer();
		const side = launch({ store, faults, timer });
		const session = lesson(side.tracker);
		const first = answerSome(session, 2);
		faults.throws = true;
		const more = answerSome(session, 3);
		expect(session.phase).toBe('question');
		expect(side.tracker.problems.some((p) => p.code === 'exception')).toBe(true);
		faults.throws = false;
		timer.runAll();
		expect(side.stored().interactions).toEqual([...first, ...more]);
	});

	test('the window closes between an answer and its commit: the next launch sends it', () => {
		const store = memoryStore();
		const faults: Faults = {};
		const first = launch({ store, faults, timer: manualTimer() });
		const a = lesson(first.tracker);
		const early = answerSome(a, 2);
		faults.commitFails = true;
		const late = answerSome(a, 2);
		// The window closes now: nothing more happens in this launch.
		expect(first.stored().interactions).toEqual(early);

		const second = launch({ store, preload: first.relaunch() });
		expect(second.stored().interactions).toEqual([...early, ...late]);
		// The lesson resumes from the newer state kept in the browser, not the LMS's older one.
		const b = lesson(second.tracker);
		expect(b.answers.map((x) => x.question.id)).toEqual([...early, ...late]);
		expect(store.data.size).toBe(0);
		const next = answerSome(b, 1);
		expect([...early, ...late]).not.toContain(next[0]);
		expect(second.stored().interactions).toEqual([...early, ...late, ...next]);
	});

	test('the last answer reports the result at once: closing on its feedback loses nothing', () => {
		const side = launch({ store: memoryStore() });
		const session = lesson(side.tracker);
		session.start();
		while (!session.engine.finished) {
			const q = session.question!;
			session.submit(rightResponse(q, passageOf(q)));
			if (!session.engine.finished) session.next();
		}
		// The learner is still on the last feedback screen and closes the window here.
		expect(session.phase).toBe('feedback');
		expect(side.stored().status).toBe(session.passed ? 'passed' : 'failed');
		expect(side.stored().raw).toBe(String(session.scorePercent));
		expect(side.calls.filter((c) => /Finish|Terminate/.test(c))).toHaveLength(1);
		session.next();
		expect(session.phase).toBe('results');
		expect(side.calls.filter((c) => /Finish|Terminate/.test(c))).toHaveLength(1);
	});

	test('leaving while a retry waits tries again at once', () => {
		const faults: Faults = { commitFails: true };
		const timer = manualTimer();
		const side = launch({ store: memoryStore(), faults, timer });
		const session = lesson(side.tracker);
		answerSome(session, 2);
		faults.commitFails = false;
		session.leave();
		expect((side.tracker as ScormTracker).pending).toBe(0);
		expect(side.stored().exit).toBe('suspend');
		expect(side.calls.filter((c) => /Finish|Terminate/.test(c))).toHaveLength(1);
	});

	test('resumed, then left again from the start screen: the same question comes back', () => {
		for (let seed = 1; seed <= 25; seed++) {
			const store = memoryStore();
			const first = launch({ store });
			const a = lesson(first.tracker, seed);
			answerSome(a, 3);
			const onScreen = a.question!.id;
			a.leave();
			const second = launch({ store, preload: first.relaunch() });
			lesson(second.tracker, seed).leave(); // from the start screen, without continuing
			const third = launch({ store, preload: second.relaunch() });
			const c = lesson(third.tracker, seed);
			c.start();
			expect(c.question!.id, `seed ${seed}`).toBe(onScreen);
		}
	});

	test('objectives the LMS already holds (preloaded or from an earlier launch) are reused, not doubled', () => {
		const fresh = launch({ store: memoryStore() }).relaunch();
		const preload = {
			...fresh,
			objectives: { '0': { id: 'passing-score' }, '1': { id: 'military-aid' } }
		};
		const side = launch({ store: memoryStore(), preload });
		const session = lesson(side.tracker);
		answerSome(session, 100, () => true);
		const ids = side.stored().objectives.map((o) => o.id);
		expect(ids[0]).toBe('passing-score');
		expect(ids[1]).toBe('military-aid');
		expect([...ids].sort()).toEqual(
			['passing-score', ...course.objectives.map((o) => o.id)].sort()
		);
		expect(side.tracker.problems).toEqual([]);
	});

	test('a refused value is logged with the LMS’s error code, and the lesson goes on', () => {
		const side = launch({
			store: memoryStore(),
			faults: { refuse: (e) => e.endsWith('.weighting') }
		});
		const session = lesson(side.tracker);
		answerSome(session, 2);
		expect(side.tracker.problems).toHaveLength(2);
		expect(side.tracker.problems[0]).toMatchObject({
			element: 'cmi.interactions.0.weighting',
			value: '1'
		});
		expect(side.stored().interactions).toHaveLength(2);
	});

	test('a double submit records one interaction', () => {
		const side = launch({ store: memoryStore() });
		const session = lesson(side.tracker);
		session.start();
		const q = session.question!;
		expect(session.submit(rightResponse(q, passageOf(q)))).toBe(true);
		expect(session.submit(rightResponse(q, passageOf(q)))).toBe(false);
		expect(side.stored().interactions).toEqual([q.id]);
	});
});

describe('the standalone driver', () => {
	test('a finished lesson starts afresh on the next visit', () => {
		const store = memoryStore();
		const a = lesson(new StandaloneTracker({ store, courseId: course.id }));
		answerSome(a, 100, () => true);
		expect(a.phase).toBe('results');
		const b = lesson(new StandaloneTracker({ store, courseId: course.id }));
		expect(b.phase).toBe('start');
		expect(b.answers).toEqual([]);
	});

	test('no LMS: nothing recorded, progress kept in the browser, resumed on the next visit', () => {
		const store = memoryStore();
		const a = lesson(new StandaloneTracker({ store, courseId: course.id }));
		expect(a.tracker.recording).toBe(false);
		expect(a.tracker.launch.entry).toBe('ab-initio');
		const ids = answerSome(a, 4);
		const b = lesson(new StandaloneTracker({ store, courseId: course.id }));
		expect(b.tracker.launch.entry).toBe('resume');
		expect(b.answers.map((x) => x.question.id)).toEqual(ids);
	});

	test('the same contract surface as the SCORM drivers', () => {
		const tracker: Tracker = new StandaloneTracker();
		for (const method of ['recordAnswer', 'finish', 'suspend', 'flushNow'] as const)
			expect(typeof tracker[method]).toBe('function');
		expect(tracker.status).toBe('saved');
	});
});

void ({} as Course);
