/** The engine's view of a course's questions: objective, passage, difficulty, guess chance. */
import type { Course } from '../content/course.ts';
import type { Question, QuestionOf, QuestionType } from '../content/schema.ts';
import { splitSentences } from '../content/sentences.ts';
import type { EngineItem } from './engine.ts';

/**
 * Chance of answering right by guessing, per question type. The mapped type makes a new
 * question type without a guess rule a compile error.
 */
const guessChance: { [K in QuestionType]: (q: QuestionOf<K>, passage: string) => number } = {
	'single-choice': (q) => 1 / q.choices.length,
	'true-false': () => 0.5,
	// Any non-empty subset can be picked: 1 / (2^k − 1).
	'multiple-response': (q) => 1 / (2 ** q.choices.length - 1),
	// Typed answers are hard to guess.
	'fill-in': () => 0.02,
	numeric: () => 0.02,
	// Random dropdowns: each premise right with 1/targets; all right is rarer still.
	matching: (q) => Math.max(0.02, (1 / q.targets.length) ** q.premises.length),
	ordering: (q) => Math.max(0.02, 1 / factorial(q.items.length)),
	evidence: (_q, passage) => 1 / Math.max(2, splitSentences(passage).length)
};

function factorial(n: number): number {
	return n <= 1 ? 1 : n * factorial(n - 1);
}

export function engineItem(question: Question, passage: string): EngineItem {
	const guess = (guessChance[question.type] as (q: Question, p: string) => number)(
		question,
		passage
	);
	return {
		id: question.id,
		objective: question.objective,
		passage: question.passage,
		difficulty: question.difficulty,
		guess
	};
}

export function engineItems(course: Course): EngineItem[] {
	const passages = new Map(course.article.passages.map((p) => [p.id, p.text]));
	return course.questions.map((q) => engineItem(q, passages.get(q.passage) ?? ''));
}
