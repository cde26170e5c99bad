import { describe, expect, test } from 'vitest';
import type { Question } from '../../src/lib/content/schema';
import { guessOf } from '../../src/lib/engine/items';
import { createRandom } from '../../src/lib/random';
import { scoreAnswer, type Answer, type AnyResponse } from '../../src/lib/scoring';
import { displayOrder, questionSeed } from '../../src/lib/scoring/order';
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

function permutations(ids: readonly string[]): string[][] {
	if (ids.length <= 1) return [[...ids]];
	return ids.flatMap((id, i) =>
		permutations([...ids.slice(0, i), ...ids.slice(i + 1)]).map((rest) => [id, ...rest])
	);
}

describe('the engine’s guess chance per type', () => {
	test('counts the options as shown', () => {
		const none = singleChoice();
		none.choices.push({ id: 'none', text: 'None of these', fixed: true, feedback: 'fb' });
		expect(guessOf(singleChoice(), '')).toBe(1 / 3);
		expect(guessOf(none, '')).toBe(1 / 4);
		expect(guessOf(multipleResponse(), '')).toBe(1 / 15);
		expect(guessOf(trueFalse(), '')).toBe(1 / 2);
		expect(guessOf(fillIn(), '')).toBe(0.02);
		expect(guessOf(numeric(), '')).toBe(0.02);
		// Three premises, four targets, each used once: 4 × 3 × 2 assignments.
		expect(guessOf(matching(), '')).toBe(1 / 24);
		// The order shown first is never right: 3! − 1 others.
		expect(guessOf(ordering(3), '')).toBe(1 / 5);
		expect(guessOf(ordering(5), '')).toBe(0.02);
		expect(guessOf(evidence(), EVIDENCE_PASSAGE)).toBe(1 / 4);
	});

	/**
	 * A learner who has not read the article picks among the options in the order shown (its
	 * own shuffle per attempt): position and blind picks, counted over many attempts.
	 */
	const blind: [string, Question, (shown: string[], pick: () => number) => AnyResponse][] = [
		['single-choice, the first option shown', singleChoice(), (shown) => shown[0]!],
		['single-choice, a random option', singleChoice(), (shown, pick) => shown[pick() % 3]!],
		[
			'matching, straight down the dropdown',
			matching(),
			(shown) => ({ lavrov: shown[0]!, shoigu: shown[1]!, blinken: shown[2]! })
		],
		[
			'ordering, any order but the one shown',
			ordering(3),
			(shown, pick) => {
				const others = permutations(shown).filter((p) => p.join() !== shown.join());
				return others[pick() % others.length]!;
			}
		]
	];

	test.each(blind)('%s is right about as often as the guess chance says', (_, q, answer) => {
		const random = createRandom(11);
		const pick = () => Math.floor(random.next() * 1e6);
		const runs = 6000;
		let right = 0;
		for (let attempt = 0; attempt < runs; attempt++) {
			const shown = displayOrder(q, questionSeed(attempt, q.id));
			const response = answer(shown, pick);
			if (scoreAnswer({ question: q, response } as Answer, { passage: '' }).correct) right++;
		}
		const expected = guessOf(q, '');
		const sd = Math.sqrt((expected * (1 - expected)) / runs);
		expect(Math.abs(right / runs - expected)).toBeLessThan(5 * sd);
	});

	test('without shuffling, the first option would be right every time (why we shuffle)', () => {
		const q = singleChoice('sc', 'a');
		const unshuffled = { ...q, shuffle: false };
		expect(displayOrder(unshuffled, 1)[0]).toBe('a');
		const firsts = new Set(
			Array.from({ length: 50 }, (_, a) => displayOrder(q, questionSeed(a, q.id))[0])
		);
		expect(firsts.size).toBe(3);
	});
});
