import { describe, expect, test } from 'vitest';
import { questionSchema, type Question, type QuestionOf } from '../../src/lib/content/schema';
import type { AnyResponse } from '../../src/lib/scoring';
import {
	arrange,
	choiceOrder,
	displayOrder,
	itemOrder,
	questionSeed,
	shuffle,
	targetOrder
} from '../../src/lib/scoring/order';
import { answerWrites12 } from '../../src/lib/tracking/cmi12';
import { answerWrites2004 } from '../../src/lib/tracking/cmi2004';
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

/** Five choices, the last one "None of these" pinned to the end. */
function withNone(): QuestionOf<'single-choice'> {
	const q = singleChoice('none-q', 'c');
	return {
		...q,
		choices: [
			...q.choices,
			{ id: 'd', text: 'D', feedback: 'fb-d' },
			{ id: 'none', text: 'None of these', fixed: true, feedback: 'fb-none' }
		]
	};
}

const seeds = Array.from({ length: 200 }, (_, i) => questionSeed(i + 1, 'q'));

describe('displayOrder', () => {
	test('two seeds give different orders; the same seed gives the same order', () => {
		const q = multipleResponse();
		const a = displayOrder(q, questionSeed(1, q.id));
		const b = displayOrder(q, questionSeed(2, q.id));
		expect(a).not.toEqual(b);
		expect(displayOrder(q, questionSeed(1, q.id))).toEqual(a);
		expect([...a].sort()).toEqual(['a', 'b', 'c', 'd']);
	});

	test('the seed mixes the attempt with the question id', () => {
		expect(questionSeed(7, 'first')).not.toBe(questionSeed(7, 'second'));
		expect(questionSeed(7, 'first')).not.toBe(questionSeed(8, 'first'));
		// The attempt token is 32 bits: a negative number names the same attempt.
		expect(questionSeed(-1, 'first')).toBe(questionSeed(0xffffffff, 'first'));
	});

	test('every choice is shown first about equally often (no position favoured)', () => {
		const q = multipleResponse();
		const first = new Map<string, number>();
		for (let attempt = 0; attempt < 4000; attempt++) {
			const id = choiceOrder(q, questionSeed(attempt, q.id))[0]!;
			first.set(id, (first.get(id) ?? 0) + 1);
		}
		expect([...first.keys()].sort()).toEqual(['a', 'b', 'c', 'd']);
		// 1,000 expected each; ± 100 is beyond 6 standard deviations (sd ≈ 27).
		for (const n of first.values()) expect(Math.abs(n - 1000)).toBeLessThan(100);
	});

	test('a fixed choice stays last; the others are shuffled', () => {
		const q = withNone();
		const firsts = new Set<string>();
		for (const seed of seeds) {
			const order = choiceOrder(q, seed);
			expect(order.at(-1)).toBe('none');
			expect([...order].sort()).toEqual(['a', 'b', 'c', 'd', 'none']);
			firsts.add(order[0]!);
		}
		expect([...firsts].sort()).toEqual(['a', 'b', 'c', 'd']);
	});

	test('shuffle: false keeps the author’s order (fixed choices still last)', () => {
		const plain = { ...singleChoice(), shuffle: false };
		const pinned = { ...withNone(), shuffle: false };
		pinned.choices = [pinned.choices.at(-1)!, ...pinned.choices.slice(0, -1)];
		const targets = { ...matching(), shuffle: false };
		for (const seed of seeds) {
			expect(displayOrder(plain, seed)).toEqual(['a', 'b', 'c']);
			expect(displayOrder(pinned, seed)).toEqual(['a', 'b', 'c', 'd', 'none']);
			expect(displayOrder(targets, seed)).toEqual(['foreign', 'defence', 'state', 'spy']);
		}
	});

	test('matching targets are shuffled', () => {
		const q = matching();
		const orders = new Set(seeds.map((seed) => targetOrder(q, seed).join(',')));
		expect(orders.size).toBeGreaterThan(12);
		expect(orders.size).toBeLessThanOrEqual(24);
	});

	test('an ordering question never starts in the right order', () => {
		for (const n of [3, 4, 5, 8]) {
			const q = ordering(n);
			const right = q.items.map((i) => i.id);
			const starts = new Set<string>();
			for (const seed of seeds) {
				const start = itemOrder(q, seed);
				expect([...start].sort()).toEqual([...right].sort());
				expect(start).not.toEqual(right);
				starts.add(start.join(','));
			}
			// Three items: all 5 orders other than the right one.
			expect(starts.size).toBe(n === 3 ? 5 : starts.size);
			expect(starts.size).toBeGreaterThan(4);
		}
	});

	test('true-false, evidence and typed answers have no order to shuffle', () => {
		for (const q of [trueFalse(), evidence(), fillIn(), numeric()] as Question[])
			expect(displayOrder(q, seeds[0]!)).toEqual([]);
	});

	test('shuffle and arrange leave their input alone', () => {
		const items = [{ id: 'x' }, { id: 'y' }, { id: 'z' }];
		const ids = ['x', 'y', 'z'];
		expect(arrange(items, ['z', 'x', 'y']).map((i) => i.id)).toEqual(['z', 'x', 'y']);
		expect(shuffle(ids, 5)).toHaveLength(3);
		expect(ids).toEqual(['x', 'y', 'z']);
		expect(items.map((i) => i.id)).toEqual(ids);
	});
});

describe('the fields', () => {
	test('fixed on a choice, shuffle on choice and matching questions; not on the others', () => {
		expect(questionSchema.safeParse({ ...withNone(), shuffle: false }).success).toBe(true);
		expect(questionSchema.safeParse({ ...multipleResponse(), shuffle: true }).success).toBe(true);
		expect(questionSchema.safeParse({ ...matching(), shuffle: false }).success).toBe(true);
		// An ordering question's order is its answer: it is always shuffled.
		for (const q of [ordering(), trueFalse(), evidence()] as Question[])
			expect(questionSchema.safeParse({ ...q, shuffle: false }).success).toBe(false);
		const wrong = { ...singleChoice(), choices: [{ ...singleChoice().choices[0]!, fixed: 'yes' }] };
		expect(questionSchema.safeParse(wrong).success).toBe(false);
	});
});

describe('what reaches the LMS does not depend on the order shown', () => {
	const at = new Date(2026, 10, 26, 10, 0, 0).getTime();
	const context = { passage: EVIDENCE_PASSAGE };

	/** The CMI writes (1.2 and 2004) for a response, as the tracker makes them. */
	function writes(question: Question, response: AnyResponse) {
		const record = {
			question,
			response,
			score: { correct: false, credit: 0 },
			context,
			shownAt: at,
			answeredAt: at + 5000
		};
		return { v12: answerWrites12(0, record), v2004: answerWrites2004(0, record) };
	}

	/**
	 * A learner who picks options by their text, going down the list as shown: the response
	 * holds the ids in the order they were met on screen.
	 */
	function pickByText(question: Question, seed: number, texts: readonly string[]): AnyResponse {
		switch (question.type) {
			case 'single-choice':
			case 'multiple-response': {
				const shown = arrange(question.choices, choiceOrder(question, seed));
				const ids = shown.filter((c) => texts.includes(c.text)).map((c) => c.id);
				return question.type === 'single-choice' ? ids[0]! : ids;
			}
			case 'matching': {
				const shown = arrange(question.targets, targetOrder(question, seed));
				return Object.fromEntries(
					question.premises.map((p, i) => [p.id, shown.find((t) => t.text === texts[i])!.id])
				);
			}
			case 'ordering': {
				// From this learner's starting order, move items until they read as `texts`.
				const order = itemOrder(question, seed);
				const byText = new Map(question.items.map((item) => [item.text, item.id]));
				texts.forEach((text, i) => {
					const at = order.indexOf(byText.get(text)!);
					order.splice(i, 0, ...order.splice(at, 1));
				});
				return order;
			}
			default:
				throw new Error(`no options: ${question.type}`);
		}
	}

	const cases: [string, Question, string[]][] = [
		['single-choice', singleChoice('summit', 'b'), ['C']],
		['single-choice with a fixed choice', withNone(), ['None of these']],
		['multiple-response', multipleResponse(), ['D', 'A', 'B']],
		['matching', matching(), ['Foreign minister', 'Spy chief', 'Defence minister']],
		['ordering', ordering(5), ['Item 2', 'Item 1', 'Item 3', 'Item 5', 'Item 4']]
	];

	test.each(cases)('%s: the same answer gives the same CMI for every order', (_, q, texts) => {
		const shown = new Set<string>();
		const first = writes(q, pickByText(q, seeds[0]!, texts));
		for (const seed of seeds) {
			shown.add(displayOrder(q, seed).join(','));
			expect(writes(q, pickByText(q, seed, texts))).toEqual(first);
		}
		// The learners really saw different orders.
		expect(shown.size).toBeGreaterThan(2);
	});

	test('responses and correct patterns use the author’s letters and ids', () => {
		const q = multipleResponse();
		// Whatever order they were shown in, D and A are reported as the 4th and 1st choices.
		const { v12, v2004 } = writes(q, pickByText(q, seeds[3]!, ['D', 'A']));
		expect(v12).toContainEqual(['cmi.interactions.0.student_response', 'a,d']);
		expect(v12).toContainEqual(['cmi.interactions.0.correct_responses.0.pattern', 'a,c']);
		expect(v2004).toContainEqual(['cmi.interactions.0.learner_response', 'a[,]d']);
		expect(v2004).toContainEqual(['cmi.interactions.0.correct_responses.0.pattern', 'a[,]c']);
	});
});
