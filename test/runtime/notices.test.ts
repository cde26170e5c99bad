/**
 * Messages with a count use the language's plural rules (Intl.PluralRules through one helper):
 * never "1 questions", never "0 questions … were kept". The notices are read from a real
 * LessonSession resumed through scorm-again with suspend data of an earlier version.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkCourseDir } from '../../scripts/lib/validate-all';
import { LessonSession } from '../../src/lib/session/lesson.svelte';
import { ScormTracker } from '../../src/lib/tracking/drivers/scorm';
import { connection12, type Scorm12Api } from '../../src/lib/tracking/lms';
import { encodeSuspend, type SuspendEvent } from '../../src/lib/tracking/suspend';
import { scorm12 } from '../../src/lib/tracking/versions';
import { plural } from '../../src/lib/text/plural';
import { Scorm12API } from '../lib/scorm-again';

const course = (
	await checkCourseDir(path.resolve(import.meta.dirname, '../fixtures/courses/alpha'))
).course!;
const [first] = course.questions.map((q) => q.id);

/** The notice of a learner coming back with answers to these questions of an older version. */
function noticeAfterUpdate(items: string[]): string {
	const api = new Scorm12API({ logLevel: 5, autocommit: false });
	const events: SuspendEvent[] = items.map((item) => ({ item, credit: 1, remediated: false }));
	api.loadFromJSON({
		core: { credit: 'credit', lesson_mode: 'normal', entry: 'resume', student_name: 'Doe, Jane' },
		// Another course hash: the course was republished since.
		suspend_data: encodeSuspend({
			courseHash: 1,
			random: 7,
			attempt: 9,
			salt: 0,
			phase: 'question',
			events
		})
	});
	const tracker = new ScormTracker({
		connection: connection12(api as unknown as Scorm12Api),
		version: scorm12,
		now: Date.now
	});
	return new LessonSession({ course, tracker, seed: 7 }).notice;
}

describe('notices with a count', () => {
	test('nothing kept: no "0 questions", the learner starts again', () => {
		expect(noticeAfterUpdate(['gone-1', 'gone-2'])).toBe(
			'This lesson was updated since your last visit. None of the questions you answered is still in it, so the lesson starts from the beginning.'
		);
	});
	test('one kept: singular', () => {
		expect(noticeAfterUpdate([first!, 'gone-1'])).toBe(
			'This lesson was updated since your last visit. Your answer to the 1 question still in it was kept.'
		);
		expect(noticeAfterUpdate([first!])).toBe(
			'This lesson was updated since your last visit. Your answer was kept.'
		);
	});
	test('several kept: plural', () => {
		const [a, b] = course.questions.map((q) => q.id);
		expect(noticeAfterUpdate([a!, b!, 'gone-1'])).toBe(
			'This lesson was updated since your last visit. Your answers to the 2 questions still in it were kept.'
		);
		expect(noticeAfterUpdate([a!, b!])).toBe(
			'This lesson was updated since your last visit. All your answers were kept.'
		);
	});
});

describe('plural', () => {
	const questions = { one: '1 question', other: '# questions' };
	test('English: one for 1, other for the rest (0, 2, 1.5)', () => {
		expect([0, 1, 2, 1.5, 21].map((n) => plural(n, questions))).toEqual([
			'0 questions',
			'1 question',
			'2 questions',
			'1.5 questions',
			'21 questions'
		]);
	});
	test('a zero form is used for 0 only', () => {
		expect(plural(0, { ...questions, zero: 'no question' })).toBe('no question');
		expect(plural(1, { ...questions, zero: 'no question' })).toBe('1 question');
	});
	test('a language with more forms falls back to other when a form is missing', () => {
		const forms = { one: '# pytanie', few: '# pytania', other: '# pytań' };
		expect([1, 2, 5, 22].map((n) => plural(n, forms, 'pl'))).toEqual([
			'1 pytanie',
			'2 pytania',
			'5 pytań',
			'22 pytania'
		]);
		expect(plural(5, { one: '# x', other: '# y' }, 'pl')).toBe('5 y');
	});
});
