import { describe, expect, test } from 'vitest';
import { canSubmit, scoreAnswer } from '../../src/lib/scoring';
import { responseFeedback } from '../../src/lib/scoring/feedback';
import { multipleResponse, singleChoice, trueFalse } from './helpers';

describe('single-choice', () => {
	const q = singleChoice('sc', 'b');
	test('the correct choice earns full credit', () => {
		expect(scoreAnswer({ question: q, response: 'b' })).toEqual({ correct: true, credit: 1 });
	});
	test('a wrong or unknown choice earns nothing', () => {
		expect(scoreAnswer({ question: q, response: 'a' })).toEqual({ correct: false, credit: 0 });
		expect(scoreAnswer({ question: q, response: 'zz' })).toEqual({ correct: false, credit: 0 });
	});
	test('an empty answer cannot be submitted', () => {
		expect(canSubmit(q, undefined)).toBe(false);
		expect(canSubmit(q, '')).toBe(false);
		expect(canSubmit(q, 'a')).toBe(true);
	});
	test('feedback is the chosen choice’s', () => {
		expect(responseFeedback(q, 'c')).toEqual(['fb-c']);
	});
});

describe('multiple-response', () => {
	const q = multipleResponse('mr', ['a', 'c']);
	test('exactly the right choices, in any order, is correct', () => {
		expect(scoreAnswer({ question: q, response: ['c', 'a'] })).toEqual({
			correct: true,
			credit: 1
		});
	});
	test('partial credit: (right − wrong) / number right, never below zero', () => {
		expect(scoreAnswer({ question: q, response: ['a'] })).toEqual({ correct: false, credit: 0.5 });
		expect(scoreAnswer({ question: q, response: ['a', 'b'] })).toEqual({
			correct: false,
			credit: 0
		});
		expect(scoreAnswer({ question: q, response: ['a', 'c', 'b'] })).toEqual({
			correct: false,
			credit: 0.5
		});
		expect(scoreAnswer({ question: q, response: ['b', 'd'] })).toEqual({
			correct: false,
			credit: 0
		});
	});
	test('picking every choice is not correct', () => {
		expect(scoreAnswer({ question: q, response: ['a', 'b', 'c', 'd'] }).correct).toBe(false);
	});
	test('an empty selection cannot be submitted', () => {
		expect(canSubmit(q, [])).toBe(false);
		expect(canSubmit(q, ['a'])).toBe(true);
	});
	test('feedback of every chosen choice, in choice order', () => {
		expect(responseFeedback(q, ['d', 'a'])).toEqual(['fb-a', 'fb-d']);
	});
});

describe('true-false', () => {
	test('matches the answer', () => {
		expect(scoreAnswer({ question: trueFalse('t', true), response: true }).correct).toBe(true);
		expect(scoreAnswer({ question: trueFalse('t', true), response: false }).correct).toBe(false);
		expect(scoreAnswer({ question: trueFalse('f', false), response: false }).correct).toBe(true);
	});
	test('false is a real answer; undefined is none', () => {
		expect(canSubmit(trueFalse(), false)).toBe(true);
		expect(canSubmit(trueFalse(), undefined)).toBe(false);
	});
	test('feedback for the value chosen', () => {
		expect(responseFeedback(trueFalse(), false)).toEqual(['fb-false']);
		expect(responseFeedback(trueFalse(), true)).toEqual(['fb-true']);
	});
});
