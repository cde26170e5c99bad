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
