/**
 * Messages with a count use the language's plural rules (the catalogs' plural forms, chosen by
 * Intl.PluralRules: test/unit/i18n.test.ts): never "1 questions", never "0 questions … were kept". The notices are read from a real
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
