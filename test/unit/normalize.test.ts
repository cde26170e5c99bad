/**
 * Fill-in matching: forgiving about spelling noise (case, accents, spacing, quotes, sentence
 * punctuation, the dots of an abbreviation, number separators), strict about meaning (signs,
 * symbols, the decimal point); and what the LMS is told is what the lesson accepts.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalizeAnswer as normal } from '../../src/lib/content/normalize';
import { scoreAnswer } from '../../src/lib/scoring';
import { answerWrites12 } from '../../src/lib/tracking/cmi12';
import { answerWrites2004 } from '../../src/lib/tracking/cmi2004';
import type { CmiWrite } from '../../src/lib/tracking/types';
import { fillIn } from './helpers';

const accepts = (answers: string[], response: string) =>
	scoreAnswer({ question: fillIn(answers), response }, { passage: '' }).correct;

describe('the same answer', () => {
	test.each([
		['Kim Jong-un', 'kim jong un'],
		[' Kim Jong Un. ', 'Kim Jong-un'],
		['U.S.', 'US'],
		['U.S.A.', 'usa'],
		['U. S. A.', 'USA'],
		['Ph.D.', 'PhD'],
		['J.R.R. Tolkien', 'JRR Tolkien'],
		['“Seoul”', 'Seoul'],
		['Seoul, South Korea', 'Seoul South Korea'],
		['Séoul', 'SEOUL'],
		['1,000,000', '1000000'],
		['1 000 000', '1000000'],
		['2,5', '2.5'],
		['−3', '-3'],
		['- 3', '-3'],
		['1914 – 1918', '1914-1918'],
		['50 %', '50%'],
		['C ++', 'C++'],
		['AT & T', 'AT&T'],
		['Jong\u00adun', 'Jongun']
	])('%j = %j', (a, b) => {
		expect(normal(a)).toBe(normal(b));
		expect(accepts([a], b)).toBe(true);
	});
});

describe('different answers', () => {
	test.each([
		['+3', '-3'],
		['+3', '3'],
		['-3', '3'],
		['C++', 'C'],
		['C#', 'C'],
		['C++', 'C#'],
		['50%', '50'],
		['$5', '5'],
		['1/2', '12'],
		['3.5', '35'],
		['3.5', '3 5'],
		['x > 3', 'x < 3'],
		['a = b', 'a b']
	])('%j ≠ %j', (a, b) => {
		expect(normal(a)).not.toBe(normal(b));
		expect(accepts([a], b)).toBe(false);
		expect(accepts([b], a)).toBe(false);
	});
});

const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz');
const word = fc.string({ unit: letter, minLength: 1, maxLength: 8 });
const digits = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 6 });
/** Text without punctuation: words and numbers. */
const plain = fc
	.array(fc.oneof(word, digits), { minLength: 1, maxLength: 5 })
	.map((parts) => parts.join(' '));
const symbol = fc.constantFrom('+', '++', '#', '%', '&', '*', '/', '$', '€', '=', '<', '>', '°');

describe('properties', () => {
	test('normalising twice changes nothing (any text)', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
				expect(normal(normal(s))).toBe(normal(s));
			}),
			{ numRuns: 2000 }
		);
	});

	test('case, spacing, quotes, brackets and sentence punctuation do not matter', () => {
		const dress = fc.constantFrom(
			(s: string) => s.toUpperCase(),
			(s: string) => `  ${s.replace(/ /g, '   ')} `,
			(s: string) => `“${s}”`,
			(s: string) => `(${s})`,
			(s: string) => `${s}.`,
			(s: string) => `${s}?!`,
			(s: string) => `'${s}',`
		);
		fc.assert(
			fc.property(plain, dress, (s, f) => {
				expect(normal(f(s))).toBe(normal(s));
			})
		);
	});

	test('a sign is significant: +n, -n and n are three answers', () => {
		fc.assert(
			fc.property(digits, (d) => {
				expect(new Set([normal(`+${d}`), normal(`-${d}`), normal(d)]).size).toBe(3);
			})
		);
	});

	test('a symbol before or after a word is significant', () => {
		fc.assert(
			fc.property(plain, symbol, (s, sym) => {
				expect(normal(`${s}${sym}`)).not.toBe(normal(s));
				expect(normal(`${sym}${s}`)).not.toBe(normal(s));
			})
		);
	});

	test('the decimal point is significant', () => {
		fc.assert(
			fc.property(digits, digits, (a, b) => {
				expect(normal(`${a}.${b}`)).not.toBe(normal(`${a}${b}`));
			})
		);
	});

	test('the dots of an abbreviation are not', () => {
		fc.assert(
			fc.property(fc.array(letter, { minLength: 2, maxLength: 5 }), (letters) => {
				const bare = normal(letters.join('').toUpperCase());
				expect(normal(letters.map((l) => `${l.toUpperCase()}.`).join(''))).toBe(bare);
				expect(normal(letters.map((l) => `${l.toUpperCase()}.`).join(' '))).toBe(bare);
			})
		);
	});

	test('thousands separators are not', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 2 ** 40 }), (n) => {
				expect(normal(n.toLocaleString('en-US'))).toBe(String(n));
				expect(normal(n.toLocaleString('fr-FR'))).toBe(String(n));
			})
		);
	});
});

/** Author or learner text made of what changes matching: words, numbers, signs, separators. */
const typed = fc
	.array(
		fc.oneof(
			word,
			digits,
			fc.constantFrom(...' ,.;:-+#%[]{}()"\'’–−/\n\t１２,'.split('')),
			fc.constantFrom('[,]', '[.]', '[:]', '{lang=en}', 'U.S.', 'C++', '1,000', '2,5', ', ')
		),
		{ minLength: 1, maxLength: 12 }
	)
	.map((parts) => parts.join(''))
	.filter((s) => normal(s) !== '');

describe('the LMS is told what the lesson accepts', () => {
	const record = (answers: string[], response: string) => ({
		question: fillIn(answers),
		response,
		score: scoreAnswer({ question: fillIn(answers), response }, { passage: '' }),
		context: { passage: '' },
		shownAt: 0,
		answeredAt: 1000
	});
	const value = (writes: readonly CmiWrite[], key: string) =>
		writes.filter(([k]) => k.endsWith(key)).map(([, v]) => v);

	test('every correct pattern written (1.2 and 2004) is an answer the lesson accepts', () => {
		fc.assert(
			fc.property(fc.array(typed, { minLength: 1, maxLength: 3 }), (answers) => {
				const w12 = answerWrites12(0, record(answers, answers[0]!));
				const w2004 = answerWrites2004(0, record(answers, answers[0]!));
				const patterns = [
					...value(w12, '.correct_responses.0.pattern'),
					...value(w2004, '.pattern')
				];
				for (const pattern of patterns) expect(accepts(answers, pattern), pattern).toBe(true);
			})
		);
	});

	test('the response reported means what was scored: the same text to the matcher', () => {
		fc.assert(
			fc.property(typed, typed, (answer, response) => {
				for (const writes of [
					answerWrites12(0, record([answer], response)),
					answerWrites2004(0, record([answer], response))
				]) {
					const [reported] = [
						...value(writes, '.student_response'),
						...value(writes, '.learner_response')
					];
					expect(normal(reported!)).toBe(normal(response));
				}
			})
		);
	});
});
