import { describe, expect, test } from 'vitest';
import type { Question } from '../../src/lib/content/schema';
import type { AnyResponse } from '../../src/lib/scoring';
import {
	answerWrites2004,
	finishWrites2004,
	progressWrites2004,
	readLaunch2004
} from '../../src/lib/tracking/cmi2004';
import { Strict2004Checker } from '../../src/lib/tracking/conformance';
import {
	decimal,
	duration2004,
	numberText,
	text2004,
	timestamp2004
} from '../../src/lib/tracking/format';
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

describe('2004 formats', () => {
	test('durations are ISO 8601 with at most 2 decimals', () => {
		expect(duration2004(0)).toBe('PT0S');
		expect(duration2004(90_500)).toBe('PT1M30.5S');
		expect(duration2004(3_723_456)).toBe('PT1H2M3.46S');
	});
	test('timestamps have no fraction and no zone (Moodle rejects .000Z)', () => {
		expect(timestamp2004(new Date(2026, 10, 26, 9, 5, 7, 999).getTime())).toBe(
			'2026-11-26T09:05:07'
		);
	});
});

describe('answerWrites2004', () => {
	const at = new Date(2026, 10, 26, 10, 0, 0).getTime();
	const writes = (question: Question, response: AnyResponse, passage = '') =>
		answerWrites2004(2, {
			question,
			response,
			score: { correct: false, credit: 0 },
			context: { passage },
			shownAt: at,
			answeredAt: at + 4_500
		});

	test('one interaction with every field, in an order scorm-again accepts', () => {
		expect(writes(singleChoice('summit', 'b'), 'c')).toEqual([
			['cmi.interactions.2.id', 'summit'],
			['cmi.interactions.2.type', 'choice'],
			['cmi.interactions.2.objectives.0.id', 'obj'],
			['cmi.interactions.2.timestamp', '2026-11-26T10:00:00'],
			['cmi.interactions.2.correct_responses.0.pattern', 'b'],
			['cmi.interactions.2.weighting', '1'],
			['cmi.interactions.2.learner_response', 'c'],
			['cmi.interactions.2.result', 'incorrect'],
			['cmi.interactions.2.latency', 'PT4.5S'],
			['cmi.interactions.2.description', 'Prompt?']
		]);
	});

	test.each<[string, Question, AnyResponse, string, string, string[]]>([
		['multiple-response', multipleResponse('mr', ['a', 'd']), ['d', 'b'], '', 'b[,]d', ['a[,]d']],
		['true-false', trueFalse('tf', false), true, '', 'true', ['false']],
		[
			'fill-in',
			fillIn(['South Korea', 'Seoul, South Korea']),
			' seoul ',
			'',
			'seoul',
			['South Korea', 'Seoul South Korea']
		],
		['numeric', numeric({ answer: 10, tolerance: 1 }), '9,5', '', '9.5', ['9[:]11']],
		[
			'matching',
			matching(),
			{ lavrov: 'foreign', shoigu: 'spy' },
			'',
			'lavrov[.]foreign[,]shoigu[.]spy',
			['lavrov[.]foreign[,]shoigu[.]defence[,]blinken[.]state']
		],
		['ordering', ordering(3), ['i3', 'i1', 'i2'], '', 'i3[,]i1[,]i2', ['i1[,]i2[,]i3']],
		['evidence', evidence(), 2, EVIDENCE_PASSAGE, 's3', ['s2']]
	])(
		'%s: learner response and patterns in 2004 form, accepted by the strict checker',
		(_n, q, r, passage, response, patterns) => {
			const w = new Map(writes(q, r, passage));
			expect(w.get('cmi.interactions.2.learner_response')).toBe(response);
			expect([...w].filter(([e]) => e.includes('correct_responses')).map(([, v]) => v)).toEqual(
				patterns
			);
			const checker = new Strict2004Checker(2);
			for (const [e, v] of w) checker.check(e, v);
			expect(checker.violations).toEqual([]);
		}
	);

	test('hyphenated author ids become Moodle-safe identifiers', () => {
		const q = singleChoice('sc');
		q.choices[0]!.id = 'not-ready';
		const w = new Map(writes(q, 'not-ready'));
		expect(w.get('cmi.interactions.2.learner_response')).toBe('not_ready');
	});
});

describe('status, score and launch', () => {
	const progress = { suspendData: '2~AAAAAA~AAAAAA~AAAAAA~q~-~', location: 'question:2' };
	test('progress: incomplete, exit suspend, no score', () => {
		expect(progressWrites2004(progress)).toEqual([
			['cmi.completion_status', 'incomplete'],
			['cmi.suspend_data', progress.suspendData],
			['cmi.location', 'question:2'],
			['cmi.exit', 'suspend']
		]);
	});
	test('finish: raw 0-100 with scaled, completion and success separate, objectives, exit normal', () => {
		const w = new Map(
			finishWrites2004(
				{
					...progress,
					scorePercent: 73,
					passed: true,
					objectives: [{ id: 'o1', scorePercent: 91, status: 'passed' }]
				},
				65_000
			)
		);
		expect(w.get('cmi.score.raw')).toBe('73');
		expect(w.get('cmi.score.scaled')).toBe('0.73');
		expect(w.get('cmi.score.min')).toBe('0');
		expect(w.get('cmi.score.max')).toBe('100');
		expect(w.get('cmi.completion_status')).toBe('completed');
		expect(w.get('cmi.success_status')).toBe('passed');
		expect(w.get('cmi.exit')).toBe('normal');
		expect(w.get('cmi.session_time')).toBe('PT1M5S');
		expect(w.get('cmi.objectives.0.score.scaled')).toBe('0.91');
		expect(w.get('cmi.objectives.0.success_status')).toBe('passed');
		const checker = new Strict2004Checker();
		for (const [e, v] of w) checker.check(e, v);
		expect(checker.violations).toEqual([]);
	});
	test('scaled_passing_score from the LMS becomes the mastery score', () => {
		const values: Record<string, string> = {
			'cmi.scaled_passing_score': '0.8',
			'cmi.mode': 'browse',
			'cmi.entry': 'resume'
		};
		expect(readLaunch2004((e) => values[e] ?? '')).toMatchObject({
			masteryScore: 80,
			mode: 'browse',
			entry: 'resume'
		});
	});
	test('the strict checker rejects what Moodle rejects', () => {
		const c = new Strict2004Checker();
		expect(c.check('cmi.session_time', '00:01:30')).toHaveLength(1);
		expect(c.check('cmi.score.scaled', '1.5')).toHaveLength(1);
		expect(c.check('cmi.success_status', 'completed')).toHaveLength(1);
		c.check('cmi.interactions.0.id', 'q');
		c.check('cmi.interactions.0.type', 'choice');
		expect(c.check('cmi.interactions.0.timestamp', '2026-11-26T10:00:00.000Z')).toHaveLength(1);
		expect(c.check('cmi.interactions.0.learner_response', 'not-ready')).toHaveLength(1);
		expect(c.check('cmi.interactions.0.result', 'wrong')).toHaveLength(1);
	});
});

describe('numbers Moodle’s 2004 decimals cannot hold', () => {
	const at = new Date(2026, 10, 26, 10, 0, 0).getTime();
	const writes = (question: Question, response: AnyResponse) =>
		new Map(
			answerWrites2004(0, {
				question,
				response,
				score: { correct: true, credit: 1 },
				context: { passage: '' },
				shownAt: at,
				answeredAt: at
			})
		);

	test('a million shells is reported as a fill-in with the numbers written out', () => {
		const w = writes(numeric({ answer: 1_000_000 }), '1,000,000');
		expect(w.get('cmi.interactions.0.type')).toBe('fill-in');
		expect(w.get('cmi.interactions.0.learner_response')).toBe('1000000');
		expect(w.get('cmi.interactions.0.correct_responses.0.pattern')).toBe('1000000');
		const checker = new Strict2004Checker();
		for (const [e, v] of w) checker.check(e, v);
		expect(checker.violations).toEqual([]);
	});

	test('a huge or tiny typed number never appears in exponent form', () => {
		const w = writes(numeric({ answer: 10 }), '1e21');
		expect(w.get('cmi.interactions.0.type')).toBe('fill-in');
		expect(w.get('cmi.interactions.0.learner_response')).toBe('1000000000000000000000');
		const tiny = writes(numeric({ answer: 0, tolerance: 1 }), '0.0000001');
		expect(tiny.get('cmi.interactions.0.type')).toBe('numeric');
		expect(tiny.get('cmi.interactions.0.learner_response')).toBe('0.0000001');
	});

	test('the strict checker holds numeric values to Moodle’s 5 integer digits', () => {
		const c = new Strict2004Checker();
		c.check('cmi.interactions.0.id', 'q');
		c.check('cmi.interactions.0.type', 'numeric');
		expect(c.check('cmi.interactions.0.learner_response', '1000000')).toHaveLength(1);
		expect(c.check('cmi.interactions.0.correct_responses.0.pattern', '9[:]1000000')).toHaveLength(
			1
		);
		expect(c.check('cmi.interactions.0.correct_responses.0.pattern', '9[:]11')).toEqual([]);
	});
});

describe('text and numbers an LMS accepts (issue 12, point 8)', () => {
	test('decimal: plain digits when short enough, nothing for what has no decimal worth sending', () => {
		expect(decimal(1_000_000)).toBe('1000000');
		expect(decimal(1e21)).toBe('1000000000000000000000');
		expect(decimal(0.0000001)).toBe('0.0000001');
		expect(decimal(1e300)).toBeUndefined();
		expect(decimal(1e-30)).toBeUndefined();
		expect(decimal(Infinity)).toBeUndefined();
		expect(decimal(NaN)).toBeUndefined();
		expect(numberText(1e300)).toBe('1e+300');
		expect(numberText(-1e-30)).toBe('-1e-30');
	});

	test('text2004: one line, no control characters, a leading { neutralised, 250 at most', () => {
		expect(text2004('  Which\r\nsummit?\u2028\tPick\u0007 one. ')).toBe('Which summit? Pick one.');
		expect(text2004('{case_matters=true}Seoul')).toBe('\uFF5Bcase_matters=true}Seoul');
		expect(text2004('😀'.repeat(200))).toHaveLength(250);
		expect(text2004('a' + '😀'.repeat(200)).endsWith('😀')).toBe(true);
	});

	test('the strict checker refuses a description or fill-in the LMS refuses', () => {
		const c = new Strict2004Checker();
		c.check('cmi.interactions.0.id', 'q');
		c.check('cmi.interactions.0.type', 'fill-in');
		expect(c.check('cmi.interactions.0.description', 'Which\nsummit?')).toHaveLength(1);
		expect(c.check('cmi.interactions.0.description', '{x} Which summit?')).toHaveLength(1);
		expect(c.check('cmi.interactions.0.description', '{lang=en}Which summit?')).toEqual([]);
		expect(c.check('cmi.interactions.0.learner_response', '{order_matters=false}')).toHaveLength(1);
		expect(c.check('cmi.interactions.0.learner_response', 'Seoul, {x')).toHaveLength(1);
		expect(
			c.check('cmi.interactions.0.correct_responses.0.pattern', '{case_matters=true}Seoul')
		).toHaveLength(1);
		expect(c.check('cmi.interactions.0.correct_responses.0.pattern', ' Seoul')).toHaveLength(1);
		expect(c.check('cmi.interactions.0.learner_response', '\uFF5Border_matters=false}')).toEqual(
			[]
		);
	});
});
