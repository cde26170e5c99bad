import { describe, expect, test } from 'vitest';
import {
	answerWrites12,
	finishWrites12,
	progressWrites12,
	readLaunch12,
	suspendWrites12
} from '../../src/lib/tracking/cmi12';
import { Strict12Checker } from '../../src/lib/tracking/conformance';
import { choiceKey12, percent, timeOfDay12, timespan12 } from '../../src/lib/tracking/format';
import type { Question } from '../../src/lib/content/schema';
import type { AnyResponse } from '../../src/lib/scoring';
import {
	evidence,
	EVIDENCE_PASSAGE,
	fillIn,
	matching,
	multipleResponse,
	numeric,
	ordering,
	singleChoice,
	trueFalse
} from './helpers';

const progress = { suspendData: '2~AAAAAA~AAAAAA~AAAAAA~q~-~', location: 'question:3' };

describe('formats', () => {
	test('timespan12 is HHHH:MM:SS.SS with at least two hour digits', () => {
		expect(timespan12(0)).toBe('00:00:00');
		expect(timespan12(90_500)).toBe('00:01:30.50');
		expect(timespan12(3_723_000)).toBe('01:02:03');
		expect(timespan12(123 * 3_600_000)).toBe('123:00:00');
		expect(timespan12(20_000 * 3_600_000)).toBe('9999:59:59.99');
		expect(timespan12(-5)).toBe('00:00:00');
	});
	test('timeOfDay12 is the local HH:MM:SS', () => {
		expect(timeOfDay12(new Date(2026, 10, 26, 9, 5, 7, 900).getTime())).toBe('09:05:07');
		expect(timeOfDay12(new Date(2026, 10, 26, 23, 59, 59).getTime())).toBe('23:59:59');
	});
	test('percent is bounded to 0..100 with two decimals at most', () => {
		expect(percent(66.666)).toBe('66.67');
		expect(percent(100)).toBe('100');
		expect(percent(140)).toBe('100');
		expect(percent(-3)).toBe('0');
	});
	test('choice keys: a-z then 0-9, 36 in all', () => {
		expect(choiceKey12(0)).toBe('a');
		expect(choiceKey12(25)).toBe('z');
		expect(choiceKey12(26)).toBe('0');
		expect(choiceKey12(35)).toBe('9');
		expect(() => choiceKey12(36)).toThrow(RangeError);
	});
});

describe('answerWrites12', () => {
	const shownAt = new Date(2026, 10, 26, 10, 0, 0).getTime();
	const answeredAt = shownAt + 12_400;

	test('single-choice: one new interaction with every field, choice ids as letters', () => {
		const question = singleChoice('summit', 'b');
		const writes = answerWrites12(3, {
			question,
			response: 'c',
			score: { correct: false, credit: 0 },
			context: { passage: '' },
			shownAt,
			answeredAt
		});
		expect(writes).toEqual([
			['cmi.interactions.3.id', 'summit'],
			['cmi.interactions.3.objectives.0.id', 'obj'],
			['cmi.interactions.3.type', 'choice'],
			['cmi.interactions.3.student_response', 'c'],
			['cmi.interactions.3.correct_responses.0.pattern', 'b'],
			['cmi.interactions.3.result', 'wrong'],
			['cmi.interactions.3.time', '10:00:12'],
			['cmi.interactions.3.latency', '00:00:12'],
			['cmi.interactions.3.weighting', '1']
		]);
	});

	test('multiple-response lists keys in choice order', () => {
		const writes = new Map(
			answerWrites12(0, {
				question: multipleResponse('mr', ['a', 'd']),
				response: ['d', 'b'],
				score: { correct: false, credit: 0 },
				context: { passage: '' },
				shownAt,
				answeredAt
			})
		);
		expect(writes.get('cmi.interactions.0.student_response')).toBe('b,d');
		expect(writes.get('cmi.interactions.0.correct_responses.0.pattern')).toBe('a,d');
	});

	test('true-false uses t / f', () => {
		const writes = new Map(
			answerWrites12(1, {
				question: trueFalse('tf', false),
				response: false,
				score: { correct: true, credit: 1 },
				context: { passage: '' },
				shownAt,
				answeredAt
			})
		);
		expect(writes.get('cmi.interactions.1.type')).toBe('true-false');
		expect(writes.get('cmi.interactions.1.student_response')).toBe('f');
		expect(writes.get('cmi.interactions.1.correct_responses.0.pattern')).toBe('f');
		expect(writes.get('cmi.interactions.1.result')).toBe('correct');
	});
});

describe('status and score writes', () => {
	test('progress keeps the lesson incomplete, resumable, and writes no score', () => {
		expect(progressWrites12(progress)).toEqual([
			['cmi.core.lesson_status', 'incomplete'],
			['cmi.suspend_data', progress.suspendData],
			['cmi.core.lesson_location', 'question:3'],
			['cmi.core.exit', 'suspend']
		]);
	});
	test('finish writes objectives, score 0-100, the verdict, a normal exit and the session time', () => {
		expect(
			finishWrites12(
				{
					...progress,
					scorePercent: 73,
					passed: true,
					objectives: [
						{ id: 'o1', scorePercent: 91, status: 'passed' },
						{ id: 'o2', scorePercent: 12.5, status: 'failed' }
					]
				},
				65_000
			)
		).toEqual([
			['cmi.suspend_data', progress.suspendData],
			['cmi.core.lesson_location', 'question:3'],
			['cmi.objectives.0.id', 'o1'],
			['cmi.objectives.0.score.min', '0'],
			['cmi.objectives.0.score.max', '100'],
			['cmi.objectives.0.score.raw', '91'],
			['cmi.objectives.0.status', 'passed'],
			['cmi.objectives.1.id', 'o2'],
			['cmi.objectives.1.score.min', '0'],
			['cmi.objectives.1.score.max', '100'],
			['cmi.objectives.1.score.raw', '12.5'],
			['cmi.objectives.1.status', 'failed'],
			['cmi.core.score.min', '0'],
			['cmi.core.score.max', '100'],
			['cmi.core.score.raw', '73'],
			['cmi.core.lesson_status', 'passed'],
			['cmi.core.exit', ''],
			['cmi.core.session_time', '00:01:05']
		]);
	});
	test('suspend saves the place, exit suspend, and the session time', () => {
		expect(suspendWrites12(progress, 2_000)).toEqual([
			...progressWrites12(progress),
			['cmi.core.session_time', '00:00:02']
		]);
	});
	test('readLaunch12 reads mode, credit and mastery score defensively', () => {
		const values: Record<string, string> = {
			'cmi.core.entry': 'resume',
			'cmi.core.lesson_mode': 'review',
			'cmi.core.credit': 'no-credit',
			'cmi.student_data.mastery_score': '80',
			'cmi.core.student_name': 'Doe, Jane'
		};
		const launch = readLaunch12((e) => values[e] ?? '');
		expect(launch).toMatchObject({
			entry: 'resume',
			mode: 'review',
			credit: false,
			masteryScore: 80
		});
		expect(readLaunch12(() => 'garbage')).toMatchObject({
			entry: '',
			mode: 'normal',
			masteryScore: undefined
		});
	});
});

describe('Strict12Checker', () => {
	test('accepts what the mapping writes', () => {
		const checker = new Strict12Checker();
		const record = {
			question: singleChoice(),
			response: 'a',
			score: { correct: false, credit: 0 },
			context: { passage: '' },
			shownAt: 0,
			answeredAt: 5000
		};
		for (const [e, v] of [
			...answerWrites12(0, record),
			...answerWrites12(1, record),
			...finishWrites12({ ...progress, scorePercent: 50, passed: false, objectives: [] }, 1000)
		])
			checker.check(e, v);
		expect(checker.violations).toEqual([]);
	});

	test.each([
		['cmi.core.session_time', '0:01:30', 'HHHH:MM:SS.SS with 2-4 hour digits'],
		['cmi.core.session_time', '00:01:30.123', 'HHHH:MM:SS.SS with 2-4 hour digits'],
		['cmi.core.score.raw', '8.5/10', 'a decimal 0-100, at most 3 integer digits and 2 decimals'],
		['cmi.core.score.raw', '101', 'a decimal 0-100, at most 3 integer digits and 2 decimals'],
		[
			'cmi.core.lesson_status',
			'not attempted',
			'one of passed, completed, failed, incomplete, browsed'
		],
		['cmi.suspend_data', 'x'.repeat(4097), 'at most 4096 characters'],
		['cmi.core.student_name', 'x', 'an element this content is not expected to write']
	])('rejects %s = %s', (element, value, rule) => {
		expect(new Strict12Checker().check(element, value)).toEqual([{ element, value, rule }]);
	});

	test('interactions: ids without spaces, new index each time, responses in the type’s format', () => {
		const c = new Strict12Checker();
		expect(c.check('cmi.interactions.0.id', 'has space')).toHaveLength(1);
		expect(c.check('cmi.interactions.0.type', 'true-false')).toEqual([]);
		expect(c.check('cmi.interactions.0.student_response', 'maybe')).toHaveLength(1);
		expect(c.check('cmi.interactions.0.time', '2026-11-26T10:00:00')).toHaveLength(1);
		expect(c.check('cmi.interactions.2.id', 'skipped')).toEqual([
			{
				element: 'cmi.interactions.2.id',
				value: 'skipped',
				rule: 'a new interaction: expected index 1 (interactions are write-once)'
			}
		]);
		expect(c.check('cmi.interactions.1.id', 'ok')).toEqual([]);
		expect(c.check('cmi.interactions.1.type', 'choice')).toEqual([]);
		expect(c.check('cmi.interactions.1.student_response', 'choice-a')).toHaveLength(1);
		expect(c.check('cmi.interactions.1.student_response', 'a,c')).toEqual([]);
		expect(c.check('cmi.interactions.1.student_response', 'x'.repeat(256))).toHaveLength(2);
	});
});

describe('the newer types in SCORM 1.2 formats', () => {
	const at = new Date(2026, 10, 26, 10, 0, 0).getTime();
	const writesFor = (question: Question, response: AnyResponse, passage = '') =>
		new Map(
			answerWrites12(0, {
				question,
				response,
				score: { correct: false, credit: 0 },
				context: { passage },
				shownAt: at,
				answeredAt: at + 1000
			})
		);
	const typeAndPatterns = (w: Map<string, string>) => [
		w.get('cmi.interactions.0.type'),
		w.get('cmi.interactions.0.student_response'),
		w.get('cmi.interactions.0.correct_responses.0.pattern')
	];

	test.each<[string, Question, AnyResponse, string, (string | undefined)[]]>([
		['fill-in', fillIn(), '  seoul ', '', ['fill-in', 'seoul', 'South Korea']],
		['numeric value', numeric({ answer: 10 }), '1,000', '', ['numeric', '1000', '10']],
		['numeric range', numeric({ min: 2015, max: 2017 }), '2016', '', ['numeric', '2016', '2016']],
		[
			'matching',
			matching(),
			{ lavrov: 'foreign', shoigu: 'spy', blinken: 'state' },
			'',
			['matching', 'a.a,b.d,c.c', 'a.a,b.b,c.c']
		],
		['ordering', ordering(4), ['i3', 'i1', 'i2', 'i4'], '', ['sequencing', 'c,a,b,d', 'a,b,c,d']],
		['evidence', evidence(), 2, EVIDENCE_PASSAGE, ['choice', 'c', 'b']]
	])('%s', (_name, question, response, passage, expected) => {
		const writes = writesFor(question, response, passage);
		expect(typeAndPatterns(writes)).toEqual(expected);
		const checker = new Strict12Checker();
		for (const [e, v] of writes) checker.check(e, v);
		expect(checker.violations).toEqual([]);
	});

	test('a long typed answer is cut to 255 characters', () => {
		const writes = writesFor(fillIn(), 'x'.repeat(400));
		expect(writes.get('cmi.interactions.0.student_response')).toHaveLength(255);
	});
});
