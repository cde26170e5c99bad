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
import { lmsRecord } from '../../src/lib/tracking/connect';
import { ScormTracker } from '../../src/lib/tracking/drivers/scorm';
import { StandaloneTracker } from '../../src/lib/tracking/drivers/standalone';
import { decodeSuspend } from '../../src/lib/tracking/suspend';
import {
	connection12,
	connection2004,
	type LmsConnection,
	type Scorm12Api,
	type Scorm2004Api
} from '../../src/lib/tracking/lms';
import { memoryStore, type KeyValueStore } from '../../src/lib/tracking/store';
import type { Tracker } from '../../src/lib/tracking/types';
import { scorm12, scorm2004, type CmiVersion } from '../../src/lib/tracking/versions';
import { faulty, manualDefer, manualTimer, type Faults } from '../lib/faults';
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
	tracker: ScormTracker;
	/** Initialize, Commit and Finish/Terminate calls, in order. */
	calls: string[];
	/** Every element set, in order (refused ones too). */
	sets: string[];
	/** Sets ("LMSSetValue cmi.…"), commits and Finish/Terminate, in order. */
	log: string[];
	/** How many calls the content made to the API object (any call). */
	apiCalls: () => number;
	violations: () => unknown[];
	stored: () => Stored;
	/** The preload for the next launch of the same attempt. */
	relaunch: () => Record<string, unknown>;
	/** The content is loaded again while the LMS session stays open: same API, new tracker. */
	reload: (o: Omit<LaunchOptions, 'preload' | 'mode'>) => LmsSide;
}

interface LaunchOptions {
	store: KeyValueStore;
	faults?: Faults;
	timer?: ReturnType<typeof manualTimer>;
	defer?: ReturnType<typeof manualDefer>;
	preload?: Record<string, unknown>;
	mode?: 'normal' | 'review';
	/** The LMS's record of the activity (Moodle's context id in the browser). */
	record?: string;
}

type Rendered = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The parts of a launch that differ between SCORM 1.2 and 2004. */
interface Standard {
	create: (o: LaunchOptions) => { api: object; preloaded: number };
	checker: (preloaded: number) => Strict12Checker | Strict2004Checker;
	connection: (api: object) => LmsConnection;
	version: CmiVersion;
	names: { set: string; lifecycle: string[]; saves: string[] };
	stored: (c: Rendered) => Stored;
	relaunch: (c: Rendered) => Record<string, unknown>;
}

function driver(standard: Standard) {
	return (o: LaunchOptions): LmsSide => {
		const { api, preloaded } = standard.create(o);
		const sa = api as unknown as {
			on: (event: string, fn: (...args: any[]) => void) => void; // eslint-disable-line @typescript-eslint/no-explicit-any
			renderCommitCMI: (terminate: boolean) => unknown;
		};
		const checker = standard.checker(preloaded);
		const calls: string[] = [];
		const sets: string[] = [];
		const log: string[] = [];
		sa.on(`${standard.names.set}.cmi.*`, (e: string, v: string) => {
			sets.push(e);
			log.push(`${standard.names.set} ${e}`);
			checker.check(e, String(v));
		});
		for (const name of standard.names.lifecycle)
			sa.on(name, () => {
				calls.push(name);
				log.push(name);
			});
		let apiCalls = 0;
		const counted = new Proxy(api, {
			get(target, name, receiver) {
				const value = Reflect.get(target, name, receiver) as unknown;
				if (typeof value !== 'function') return value;
				return (...args: unknown[]) => {
					apiCalls += 1;
					return (value as (...a: unknown[]) => unknown).apply(target, args);
				};
			}
		});
		// What survives a closed window: the state at the last successful commit.
		let committed: Rendered | undefined;
		for (const name of standard.names.saves)
			sa.on(name, () => (committed = structuredClone((sa.renderCommitCMI(true) as Rendered).cmi)));
		const cmi = () => committed ?? ((sa.renderCommitCMI(true) as Rendered).cmi as Rendered);
		const side = (t: Omit<LaunchOptions, 'preload' | 'mode'>): LmsSide => ({
			tracker: new ScormTracker({
				connection: standard.connection(faulty(counted, t.faults ?? {})),
				version: standard.version,
				now: Date.now,
				store: t.store,
				courseId: course.id,
				record: t.record,
				schedule: t.timer ? (run, ms) => t.timer!.schedule(run, ms) : undefined,
				defer: t.defer ? (run) => t.defer!.defer(run) : undefined
			}),
			calls,
			sets,
			log,
			apiCalls: () => apiCalls,
			violations: () => checker.violations,
			stored: () => standard.stored(cmi()),
			relaunch: () => standard.relaunch(cmi()),
			reload: side
		});
		return side(o);
	};
}

const standards: Record<'scorm12' | 'scorm2004', Standard> = {
	scorm12: {
		create: (o) => {
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
			return {
				api,
				preloaded: Object.keys((o.preload?.interactions as object | undefined) ?? {}).length
			};
		},
		checker: (preloaded) => new Strict12Checker(preloaded),
		connection: (api) => connection12(api as Scorm12Api),
		version: scorm12,
		names: {
			set: 'LMSSetValue',
			lifecycle: ['LMSInitialize', 'LMSCommit', 'LMSFinish'],
			saves: ['LMSCommit', 'LMSFinish']
		},
		stored: (c) => ({
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
		}),
		relaunch: (c) => ({
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
		})
	},
	scorm2004: {
		create: (o) => {
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
			return {
				api,
				preloaded: Object.keys((o.preload?.interactions as object | undefined) ?? {}).length
			};
		},
		checker: (preloaded) => new Strict2004Checker(preloaded),
		connection: (api) => connection2004(api as Scorm2004Api),
		version: scorm2004,
		names: {
			set: 'SetValue',
			lifecycle: ['Initialize', 'Commit', 'Terminate'],
			saves: ['Commit', 'Terminate']
		},
		stored: (c) => ({
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
		}),
		relaunch: (c) => ({
			learner_id: 'jd',
			mode: 'normal',
			credit: 'credit',
			entry: c.exit === 'suspend' ? 'resume' : '',
			scaled_passing_score: '0.7',
			suspend_data: c.suspend_data,
			location: c.location,
			completion_status: c.completion_status,
			interactions: c.interactions
		})
	}
};

const scormDrivers = {
	scorm12: driver(standards.scorm12),
	scorm2004: driver(standards.scorm2004)
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
		const attempt = session.attempt.toString(16).padStart(8, '0');
		expect([...store.data.keys()]).toEqual([`readback:${course.id}:jd:-:${attempt}:outbox`]);
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

/** Suspend data as written before attempts had a token (format 1: course, random, then the
 * phase, the question on screen and the events). */
function toFormat1(data: string): string {
	const parts = data.split('~');
	return ['1', parts[1], parts[2], ...parts.slice(-3)].join('~');
}

const terminations = (side: LmsSide) => side.calls.filter((c) => /Finish|Terminate/.test(c)).length;

describe.each(Object.entries(standards))('the %s driver under a hostile LMS', (name, standard) => {
	const launch = driver(standard);
	const notImplemented = name === 'scorm12' ? '401' : '402';
	const names =
		name === 'scorm12'
			? connection12({} as Scorm12Api).names
			: connection2004({} as Scorm2004Api).names;

	describe('unsent answers go only to the attempt they came from (issue 12, point 3)', () => {
		/** Two answers reach activity 12; two more wait in the browser when the window closes. */
		function leftUnsent(store: KeyValueStore) {
			const faults: Faults = {};
			const side = launch({ store, faults, timer: manualTimer(), record: 'moodle-12' });
			const session = lesson(side.tracker);
			const sent = answerSome(session, 2);
			faults.commitFails = true;
			const unsent = answerSome(session, 2);
			return { side, sent, unsent };
		}

		test('another activity with the same package (same learner, same browser) gets none of them', () => {
			const store = memoryStore();
			const a = leftUnsent(store);
			const other = launch({ store, record: 'moodle-34' });
			expect(lesson(other.tracker).answers).toEqual([]);
			expect(other.stored().interactions).toEqual([]);
			// The activity they came from gets them the next time it is opened.
			const again = launch({ store, preload: a.side.relaunch(), record: 'moodle-12' });
			expect(again.stored().interactions).toEqual([...a.sent, ...a.unsent]);
			expect(store.data.size).toBe(0);
		});

		test('a new attempt in the same activity (ab-initio, no suspend data) gets none of them', () => {
			const store = memoryStore();
			const a = leftUnsent(store);
			const fresh = launch({ store, record: 'moodle-12' });
			const session = lesson(fresh.tracker, 5);
			expect(session.answers).toEqual([]);
			const ids = answerSome(session, 1);
			expect(fresh.stored().interactions).toEqual(ids);
			// The earlier attempt's answers still wait for it.
			expect(store.data.size).toBe(1);
			const again = launch({ store, preload: a.side.relaunch(), record: 'moodle-12' });
			expect(again.stored().interactions).toEqual([...a.sent, ...a.unsent]);
		});

		test('a copy of the record in another activity (a course restored with user data) does not get them', () => {
			const store = memoryStore();
			const a = leftUnsent(store);
			const copy = launch({ store, preload: a.side.relaunch(), record: 'moodle-99' });
			expect(lesson(copy.tracker).answers.map((x) => x.question.id)).toEqual(a.sent);
			expect(copy.stored().interactions).toEqual(a.sent);
			const again = launch({ store, preload: a.side.relaunch(), record: 'moodle-12' });
			expect(again.stored().interactions).toEqual([...a.sent, ...a.unsent]);
		});

		test('an outbox stored before attempts had a token: replayed where it carries on from the record, else left alone', () => {
			const store = memoryStore();
			const a = leftUnsent(store);
			// As the version before tokens stored it: format-1 suspend data, keyed on course and learner.
			const [key] = [...store.data.keys()];
			const batches = (JSON.parse(store.data.get(key!)!) as [string, string][][]).map((writes) =>
				writes.map(([e, v]) => [e, e === 'cmi.suspend_data' ? toFormat1(v) : v])
			);
			const legacy = `readback:${course.id}:jd:outbox`;
			store.data.clear();
			store.set(legacy, JSON.stringify(batches));
			const asBefore = (preload: Record<string, unknown>) => ({
				...preload,
				suspend_data: toFormat1(String(preload.suspend_data))
			});

			// Another activity, where the same learner answered differently: not its answers.
			const b = launch({ store: memoryStore(), record: 'moodle-34' });
			answerSome(lesson(b.tracker), 3, () => false);
			b.tracker.suspend({ suspendData: b.stored().suspendData, location: '' });
			const other = launch({ store, preload: asBefore(b.relaunch()), record: 'moodle-34' });
			expect(other.stored().interactions).toHaveLength(3);
			expect([...store.data.keys()]).toEqual([legacy]);

			const again = launch({ store, preload: asBefore(a.side.relaunch()), record: 'moodle-12' });
			expect(again.stored().interactions).toEqual([...a.sent, ...a.unsent]);
			expect(lesson(again.tracker).answers).toHaveLength(4);
			expect(store.data.size).toBe(0);
		});
	});

	describe('optional elements the LMS refuses never hold up the grade (issue 12, point 4)', () => {
		function finishAll(side: LmsSide) {
			const session = lesson(side.tracker);
			const ids = answerSome(session, 100, () => true);
			expect(session.phase).toBe('results');
			return { session, ids };
		}

		function expectGradeArrived(side: LmsSide, session: LessonSession) {
			const stored = side.stored();
			expect(stored.raw).toBe(String(session.scorePercent));
			expect(stored.status).toBe(session.passed ? 'passed' : 'failed');
			expect(decodeSuspend(stored.suspendData)?.events).toHaveLength(session.answers.length);
			expect(terminations(side)).toBe(1);
			expect((side.tracker as ScormTracker).pending).toBe(0);
			expect(session.saving).toBe('saved');
			expect(session.refused).toEqual([]);
		}

		test(`interactions not implemented (${notImplemented} on cmi.interactions._count): left out once, logged; everything else arrives`, () => {
			const timer = manualTimer();
			const side = launch({
				store: memoryStore(),
				timer,
				faults: { notImplemented: (e) => e.startsWith('cmi.interactions.') }
			});
			const { session } = finishAll(side);
			expectGradeArrived(side, session);
			expect(side.stored().objectives.map((o) => o.id)).toEqual(course.objectives.map((o) => o.id));
			expect(side.stored().interactions).toEqual([]);
			expect(side.tracker.problems).toEqual([
				{
					call: names.get,
					element: 'cmi.interactions._count',
					code: notImplemented,
					message: 'this LMS does not support interactions: they are left out from now on'
				}
			]);
			expect(timer.waiting).toBe(0);
		});

		test(`objectives not implemented (${notImplemented} on cmi.objectives._count): left out once, logged; everything else arrives`, () => {
			const side = launch({
				store: memoryStore(),
				faults: { notImplemented: (e) => e.startsWith('cmi.objectives.') }
			});
			const { session, ids } = finishAll(side);
			expectGradeArrived(side, session);
			expect(side.stored().interactions).toEqual(ids);
			expect(side.stored().objectives).toEqual([]);
			expect(side.tracker.problems).toEqual([
				{
					call: names.get,
					element: 'cmi.objectives._count',
					code: notImplemented,
					message: 'this LMS does not support objectives: they are left out from now on'
				}
			]);
		});

		test(`an objective refused with ${notImplemented} when written: left out from then on`, () => {
			const side = launch({
				store: memoryStore(),
				faults: {
					notImplemented: (e) => e.startsWith('cmi.objectives.') && !e.endsWith('._count')
				}
			});
			const { session } = finishAll(side);
			expectGradeArrived(side, session);
			// The refused id, then the note that objectives are left out: nothing more.
			expect(side.tracker.problems.map((p) => p.element)).toEqual([
				'cmi.objectives.0.id',
				'cmi.objectives.0.id'
			]);
		});

		test.each([null, undefined])(
			'GetValue answering %s: the launch goes on, and the grade arrives',
			(value) => {
				const side = launch({
					store: memoryStore(),
					faults: { blank: () => true, blankValue: value }
				});
				expect(side.tracker.launch).toMatchObject({ entry: '', mode: 'normal', suspendData: '' });
				const { session } = finishAll(side);
				expectGradeArrived(side, session);
				expect(side.tracker.problems.map((p) => p.element)).toEqual([
					'cmi.interactions._count',
					'cmi.objectives._count'
				]);
			}
		);

		test('Initialize returning false is retried with growing delays, before any launch data is read', () => {
			// A learner who left after three answers comes back; the LMS is slow to open.
			const first = launch({ store: memoryStore() });
			const a = lesson(first.tracker);
			const ids = answerSome(a, 3);
			a.leave();
			const { api } = standard.create({ store: memoryStore(), preload: first.relaunch() });
			const faults: Faults = { initializeFails: 2 };
			const timer = manualTimer();
			let tracker: ScormTracker | undefined;
			ScormTracker.open(
				{
					connection: standard.connection(faulty(api, faults)),
					version: standard.version,
					now: Date.now,
					courseId: course.id,
					schedule: (run, ms) => timer.schedule(run, ms)
				},
				(t) => (tracker = t)
			);
			expect(tracker).toBeUndefined();
			timer.runAll();
			expect(tracker).toBeUndefined();
			timer.runAll();
			expect(timer.delays).toEqual([250, 500]);
			expect(tracker!.opening).toBe('opened');
			expect(tracker!.launch).toMatchObject({ entry: 'resume', masteryScore: 70 });
			expect(lesson(tracker!).answers.map((x) => x.question.id)).toEqual(ids);
			expect(tracker!.problems.map((p) => [p.call, p.code])).toEqual([
				[names.initialize, '102'],
				[names.initialize, '102']
			]);
		});

		test('Initialize that never works: after the last try the lesson goes on, and the learner is told', () => {
			const { api } = standard.create({ store: memoryStore() });
			const timer = manualTimer();
			let tracker: ScormTracker | undefined;
			ScormTracker.open(
				{
					connection: standard.connection(faulty(api, { initializeFails: 100 })),
					version: standard.version,
					now: Date.now,
					schedule: (run, ms) => timer.schedule(run, ms)
				},
				(t) => (tracker = t)
			);
			for (let i = 0; i < 5; i++) timer.runAll();
			expect(timer.delays.slice(0, 5)).toEqual([250, 500, 1000, 2000, 4000]);
			expect(tracker!.opening).toBe('refused');
			expect(lesson(tracker!).saving).toBe('retrying');
		});

		test('every value refused: nothing blocks, Finish is called, and the tracker says what was refused (point 5)', () => {
			const side = launch({
				store: memoryStore(),
				faults: { refuse: () => true, refuseCode: name === 'scorm12' ? '101' : '351' }
			});
			const session = lesson(side.tracker);
			answerSome(session, 100, () => true);
			expect(session.phase).toBe('results');
			expect(terminations(side)).toBe(1);
			expect((side.tracker as ScormTracker).pending).toBe(0);
			expect(side.tracker.refused).toEqual(['score', 'status', 'progress']);
			expect(session.refused).toEqual(['score', 'status', 'progress']);
		});

		test('only the score refused: only the score is reported refused (point 5)', () => {
			const side = launch({
				store: memoryStore(),
				faults: { refuse: (e) => /^cmi\.(core\.)?score\.raw$/.test(e) }
			});
			const session = lesson(side.tracker);
			expect(session.refused).toEqual([]);
			answerSome(session, 100, () => true);
			expect(session.refused).toEqual(['score']);
		});
	});

	describe('the content reloaded while the LMS session stays open (issue 12, point 6)', () => {
		test('it resumes where the learner was, with no duplicate interaction', () => {
			const store = memoryStore();
			const first = launch({ store });
			const a = lesson(first.tracker);
			const before = answerSome(a, 3, () => true);
			const onScreen = a.question!.id;
			// The frame reloads: a new page, with a new seed, on the same API, still initialised.
			const second = first.reload({ store });
			expect(second.tracker.opening).toBe('reopened');
			expect(second.tracker.launch.entry).toBe('resume');
			const b = lesson(second.tracker, 12);
			expect(b.resumed).toBe(true);
			expect(b.attempt).toBe(a.attempt);
			expect(b.answers.map((x) => x.question.id)).toEqual(before);
			b.start();
			expect(b.question!.id).toBe(onScreen);
			const after = answerSome(b, 2);
			expect(second.stored().interactions).toEqual([...before, ...after]);
			expect(second.tracker.problems).toEqual([]);
			expect(second.violations()).toEqual([]);
		});

		test('reloaded while saves were failing: what the API already holds is not written twice', () => {
			const store = memoryStore();
			const faults: Faults = {};
			const first = launch({ store, faults, timer: manualTimer() });
			const a = lesson(first.tracker);
			const sent = answerSome(a, 2, () => true);
			faults.commitFails = true;
			const unsent = answerSome(a, 2, () => true);
			faults.commitFails = false;
			const second = first.reload({ store });
			const b = lesson(second.tracker, 12);
			expect(b.answers.map((x) => x.question.id)).toEqual([...sent, ...unsent]);
			expect(second.stored().interactions).toEqual([...sent, ...unsent]);
			expect(store.data.size).toBe(0);
			const more = answerSome(b, 1);
			expect(second.stored().interactions).toEqual([...sent, ...unsent, ...more]);
			expect(second.violations()).toEqual([]);
		});

		test('an LMS that lets Initialize succeed twice: its suspend data says the attempt goes on', () => {
			const store = memoryStore();
			const first = launch({ store });
			const a = lesson(first.tracker);
			const before = answerSome(a, 2);
			// A fresh API that says ab-initio but holds this session's suspend data.
			const preload = { ...first.relaunch() };
			const relaunch = launch({
				store,
				preload:
					name === 'scorm12'
						? { ...preload, core: { ...(preload.core as object), entry: 'ab-initio' } }
						: { ...preload, entry: 'ab-initio' }
			});
			expect(relaunch.tracker.opening).toBe('opened');
			expect(lesson(relaunch.tracker).answers.map((x) => x.question.id)).toEqual(before);
		});
	});

	describe('the screen never waits for the LMS (issue 12, point 10)', () => {
		test('an answer is kept at once and sent after the screen is drawn; Finish comes after the last writes', () => {
			const store = memoryStore();
			const defer = manualDefer();
			const side = launch({ store, defer });
			const session = lesson(side.tracker);
			defer.runAll();
			session.start();
			while (!session.engine.finished) {
				const q = session.question!;
				const calls = side.apiCalls();
				session.submit(rightResponse(q, passageOf(q)));
				// Not one LMS call while the feedback is drawn; the answer already waits in the browser.
				expect(side.apiCalls()).toBe(calls);
				expect(store.data.size).toBe(1);
				defer.runAll();
				expect(store.data.size).toBe(0);
				if (!session.engine.finished) session.next();
			}
			const last = side.log.findLastIndex((e) => e.includes('cmi.interactions.'));
			const score = side.log.findIndex((e) => /cmi\.(core\.)?score\.raw$/.test(e));
			expect(last).toBeLessThan(score);
			expect(side.log.at(-1)).toBe(names.terminate);
			expect(side.stored().interactions).toHaveLength(session.answers.length);
			expect(side.stored().status).toBe(session.passed ? 'passed' : 'failed');
		});
	});
});

describe('the LMS’s record of the activity', () => {
	test('Moodle’s context id, from the package’s address; the revision is left out', () => {
		expect(lmsRecord('/pluginfile.php/12/mod_scorm/content/3/index.html')).toBe('moodle-12');
		expect(lmsRecord('/pluginfile.php/12/mod_scorm/content/4/index.html')).toBe('moodle-12');
		expect(lmsRecord('/pluginfile.php/99/mod_scorm/content/3/index.html')).toBe('moodle-99');
		expect(lmsRecord('/courses/abc/index.html')).toBeUndefined();
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
