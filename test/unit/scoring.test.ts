import { describe, expect, test } from 'vitest';
import { canSubmit, scoreAnswer, type Answer } from '../../src/lib/scoring';
import { responseFeedback } from '../../src/lib/scoring/feedback';
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

const context = { passage: EVIDENCE_PASSAGE };
const score = (answer: Answer) => scoreAnswer(answer, context);
const feedback = (answer: Answer) => responseFeedback(answer.question, answer.response, context);

describe('single-choice', () => {
	const q = singleChoice('sc', 'b');
	test('the correct choice earns full credit', () => {
		expect(score({ question: q, response: 'b' })).toEqual({ correct: true, credit: 1 });
	});
	test('a wrong or unknown choice earns nothing', () => {
		expect(score({ question: q, response: 'a' })).toEqual({ correct: false, credit: 0 });
		expect(score({ question: q, response: 'zz' })).toEqual({ correct: false, credit: 0 });
	});
	test('an empty answer cannot be submitted', () => {
		expect(canSubmit(q, undefined)).toBe(false);
		expect(canSubmit(q, '')).toBe(false);
		expect(canSubmit(q, 'a')).toBe(true);
	});
	test('feedback is the chosen choice’s', () => {
		expect(feedback({ question: q, response: 'c' })).toEqual(['fb-c']);
	});
});

describe('multiple-response', () => {
	const q = multipleResponse('mr', ['a', 'c']);
	test('exactly the right choices, in any order, is correct', () => {
		expect(score({ question: q, response: ['c', 'a'] })).toEqual({ correct: true, credit: 1 });
	});
	test('partial credit: (right − wrong) / number right, never below zero', () => {
		expect(score({ question: q, response: ['a'] })).toEqual({ correct: false, credit: 0.5 });
		expect(score({ question: q, response: ['a', 'b'] })).toEqual({ correct: false, credit: 0 });
		expect(score({ question: q, response: ['a', 'c', 'b'] })).toEqual({
			correct: false,
			credit: 0.5
		});
		expect(score({ question: q, response: ['b', 'd'] })).toEqual({ correct: false, credit: 0 });
	});
	test('picking every choice is not correct', () => {
		expect(score({ question: q, response: ['a', 'b', 'c', 'd'] }).correct).toBe(false);
	});
	test('an empty selection cannot be submitted', () => {
		expect(canSubmit(q, [])).toBe(false);
		expect(canSubmit(q, ['a'])).toBe(true);
	});
	test('feedback of every chosen choice, in choice order', () => {
		expect(feedback({ question: q, response: ['d', 'a'] })).toEqual(['fb-a', 'fb-d']);
	});
});

describe('true-false', () => {
	test('matches the answer', () => {
		expect(score({ question: trueFalse('t', true), response: true }).correct).toBe(true);
		expect(score({ question: trueFalse('t', true), response: false }).correct).toBe(false);
		expect(score({ question: trueFalse('f', false), response: false }).correct).toBe(true);
	});
	test('false is a real answer; undefined is none', () => {
		expect(canSubmit(trueFalse(), false)).toBe(true);
		expect(canSubmit(trueFalse(), undefined)).toBe(false);
	});
	test('feedback for the value chosen', () => {
		expect(feedback({ question: trueFalse(), response: false })).toEqual(['fb-false']);
		expect(feedback({ question: trueFalse(), response: true })).toEqual(['fb-true']);
	});
});

describe('fill-in', () => {
	const q = fillIn();
	test.each(['South Korea', 'south korea', '  South   Korea. ', 'SOUTH-KOREA', 'Seoul', 'Séoul'])(
		'accepts %j (case, space, punctuation, accents ignored)',
		(response) => {
			expect(score({ question: q, response })).toEqual({ correct: true, credit: 1 });
		}
	);
	test.each(['South', 'Korea South', 'South Koreans', 'x'])('rejects %j', (response) => {
		expect(score({ question: q, response }).correct).toBe(false);
	});
	test('empty or punctuation-only answers cannot be submitted', () => {
		expect(canSubmit(q, '')).toBe(false);
		expect(canSubmit(q, '   ')).toBe(false);
		expect(canSubmit(q, ' ?! ')).toBe(false);
		expect(canSubmit(q, 'a')).toBe(true);
	});
	test('anticipated wrong answers get their own feedback', () => {
		expect(feedback({ question: q, response: ' north korea ' })).toEqual(['fb-north']);
		expect(feedback({ question: q, response: 'Japan' })).toEqual(['fb-incorrect']);
		expect(feedback({ question: q, response: 'seoul' })).toEqual(['fb-correct']);
	});
});

describe('numeric', () => {
	test('an exact value; thousands separators and spaces are read', () => {
		const q = numeric({ answer: 1000000 });
		for (const response of ['1000000', '1,000,000', '1 000 000', ' 1000000.0 ', '1e6'])
			expect(score({ question: q, response }).correct, response).toBe(true);
		expect(score({ question: q, response: '999999' }).correct).toBe(false);
	});
	test('a tolerance includes both ends', () => {
		const q = numeric({ answer: 10, tolerance: 0.5 });
		expect(score({ question: q, response: '9.5' }).correct).toBe(true);
		expect(score({ question: q, response: '10,5' }).correct).toBe(true);
		expect(score({ question: q, response: '10.51' }).correct).toBe(false);
	});
	test('a range includes both ends', () => {
		const q = numeric({ min: 2015, max: 2017 });
		expect(
			['2015', '2016', '2017'].map((r) => score({ question: q, response: r }).correct)
		).toEqual([true, true, true]);
		expect(score({ question: q, response: '2018' }).correct).toBe(false);
	});
	test('text that is not a number cannot be submitted', () => {
		const q = numeric();
		expect(canSubmit(q, 'ten')).toBe(false);
		expect(canSubmit(q, '')).toBe(false);
		expect(canSubmit(q, '1,2,3')).toBe(false);
		expect(canSubmit(q, '-3')).toBe(true);
	});
	test('too low / too high feedback', () => {
		const q = numeric({ answer: 10 });
		expect(feedback({ question: q, response: '3' })).toEqual(['fb-low']);
		expect(feedback({ question: q, response: '30' })).toEqual(['fb-high']);
		expect(feedback({ question: q, response: '10' })).toEqual(['fb-correct']);
	});
});

describe('matching', () => {
	const q = matching();
	test('all pairs right is correct', () => {
		expect(
			score({ question: q, response: { lavrov: 'foreign', shoigu: 'defence', blinken: 'state' } })
		).toEqual({ correct: true, credit: 1 });
	});
	test('partial credit is the share of premises matched right; distractors earn nothing', () => {
		expect(
			score({ question: q, response: { lavrov: 'foreign', shoigu: 'spy', blinken: 'defence' } })
		).toEqual({ correct: false, credit: 1 / 3 });
	});
	test('every premise needs a match before submitting', () => {
		expect(canSubmit(q, { lavrov: 'foreign', shoigu: 'defence' })).toBe(false);
		expect(canSubmit(q, { lavrov: 'foreign', shoigu: 'defence', blinken: '' })).toBe(false);
		expect(canSubmit(q, { lavrov: 'spy', shoigu: 'spy', blinken: 'spy' })).toBe(true);
	});
});

describe('ordering', () => {
	const q = ordering(5);
	const order = (...n: number[]) => n.map((i) => `i${i}`);
	test('the right order is correct', () => {
		expect(score({ question: q, response: order(1, 2, 3, 4, 5) })).toEqual({
			correct: true,
			credit: 1
		});
	});
	test('partial credit (L − 1)/(n − 1) with L the longest correctly ordered run', () => {
		expect(score({ question: q, response: order(2, 1, 3, 4, 5) }).credit).toBe(3 / 4);
		expect(score({ question: q, response: order(5, 1, 2, 3, 4) }).credit).toBe(3 / 4);
		expect(score({ question: q, response: order(1, 3, 2, 5, 4) }).credit).toBe(2 / 4);
		expect(score({ question: q, response: order(5, 4, 3, 2, 1) }).credit).toBe(0);
	});
	test('incomplete or unknown orders earn nothing', () => {
		expect(score({ question: q, response: order(1, 2, 3) })).toEqual({ correct: false, credit: 0 });
		expect(score({ question: q, response: order(1, 1, 2, 3, 4) }).credit).toBe(0);
		expect(canSubmit(q, order(1, 2))).toBe(false);
	});
});

describe('evidence', () => {
	const q = evidence('10 shipments');
	test('the sentence that contains the quote is correct', () => {
		expect(score({ question: q, response: 1 })).toEqual({ correct: true, credit: 1 });
		expect(score({ question: q, response: 0 }).correct).toBe(false);
		expect(score({ question: q, response: -1 }).correct).toBe(false);
	});
	test('a sentence must be chosen', () => {
		expect(canSubmit(q, undefined)).toBe(false);
		expect(canSubmit(q, 0)).toBe(true);
	});
	test('a tempting distractor sentence gets its own feedback', () => {
		expect(feedback({ question: q, response: 2 })).toEqual(['fb-europe']);
		expect(feedback({ question: q, response: 3 })).toEqual(['fb-incorrect']);
		expect(feedback({ question: q, response: 1 })).toEqual(['fb-correct']);
	});
});
