/** Small question factories for unit tests. */
import type { QuestionOf } from '../../src/lib/content/schema';

const base = {
	objective: 'obj',
	passage: 'p1',
	quote: 'quote',
	difficulty: 1 as const,
	prompt: 'Prompt?',
	explanation: 'Because.'
};

export function singleChoice(id = 'sc', correct = 'b'): QuestionOf<'single-choice'> {
	return {
		...base,
		id,
		type: 'single-choice',
		choices: ['a', 'b', 'c'].map((c) => ({
			id: c,
			text: c.toUpperCase(),
			correct: c === correct,
			feedback: `fb-${c}`
		}))
	};
}

export function multipleResponse(id = 'mr', correct = ['a', 'c']): QuestionOf<'multiple-response'> {
	return {
		...base,
		id,
		type: 'multiple-response',
		choices: ['a', 'b', 'c', 'd'].map((c) => ({
			id: c,
			text: c.toUpperCase(),
			correct: correct.includes(c),
			feedback: `fb-${c}`
		}))
	};
}

export function trueFalse(id = 'tf', answer = true): QuestionOf<'true-false'> {
	return {
		...base,
		id,
		type: 'true-false',
		answer,
		feedback: { true: 'fb-true', false: 'fb-false' }
	};
}

const outcome = { correct: 'fb-correct', incorrect: 'fb-incorrect' };

export function fillIn(answers = ['South Korea', 'Seoul']): QuestionOf<'fill-in'> {
	return {
		...base,
		id: 'fi',
		type: 'fill-in',
		answers,
		feedback: outcome,
		anticipated: [{ answer: 'North Korea', feedback: 'fb-north' }]
	};
}

export function numeric(
	range: { answer: number; tolerance?: number } | { min: number; max: number } = { answer: 10 }
): QuestionOf<'numeric'> {
	return {
		...base,
		id: 'nu',
		type: 'numeric',
		...range,
		unit: 'shipments',
		feedback: { ...outcome, low: 'fb-low', high: 'fb-high' }
	};
}

export function matching(): QuestionOf<'matching'> {
	return {
		...base,
		id: 'ma',
		type: 'matching',
		premises: [
			{ id: 'lavrov', text: 'Lavrov', match: 'foreign' },
			{ id: 'shoigu', text: 'Shoigu', match: 'defence' },
			{ id: 'blinken', text: 'Blinken', match: 'state' }
		],
		targets: [
			{ id: 'foreign', text: 'Foreign minister' },
			{ id: 'defence', text: 'Defence minister' },
			{ id: 'state', text: 'Secretary of State' },
			{ id: 'spy', text: 'Spy chief' }
		],
		feedback: outcome
	};
}

export function ordering(n = 5): QuestionOf<'ordering'> {
	return {
		...base,
		id: 'or',
		type: 'ordering',
		items: Array.from({ length: n }, (_, i) => ({ id: `i${i + 1}`, text: `Item ${i + 1}` })),
		feedback: outcome
	};
}

export const EVIDENCE_PASSAGE =
	'North Korea sent shells. They came in 10 shipments. Europe is slower. Kyiv complained.';

export function evidence(quote = '10 shipments'): QuestionOf<'evidence'> {
	return {
		...base,
		id: 'ev',
		type: 'evidence',
		quote,
		feedback: outcome,
		distractors: [{ quote: 'Europe is slower', feedback: 'fb-europe' }]
	};
}
