/** The engine's view of a course's questions: objective, passage, difficulty, guess chance. */
import type { Course } from '../content/course.ts';
import type { Question, QuestionOf, QuestionType } from '../content/schema.ts';
import { splitSentences } from '../content/sentences.ts';
import type { EngineItem } from './engine.ts';

/**
 * Chance of a fully right answer by guessing among the options as shown, per question type.
 * Options are shuffled per learner (scoring/order.ts), so position tells nothing and every
 * option shown is an equal guess. The mapped type makes a new question type without a guess
 * rule a compile error.
 */
const guessChance: { [K in QuestionType]: (q: QuestionOf<K>, passage: string) => number } = {
	// Every choice shown, a fixed "None of these" included.
	'single-choice': (q) => 1 / q.choices.length,
	'true-false': () => 0.5,
	// Any non-empty subset can be ticked: 1 / (2^k − 1).
	'multiple-response': (q) => 1 / (2 ** q.choices.length - 1),
	// Typed answers are hard to guess.
	'fill-in': () => TYPED_GUESS,
	numeric: () => TYPED_GUESS,
	// A guesser uses each target of the dropdown once: with t targets and p premises, one
	// assignment of the t!/(t − p)! is right.
	matching: (q) => Math.max(TYPED_GUESS, 1 / arrangements(q.targets.length, q.premises.length)),
	// The order shown first is never the right one: one of the n! − 1 others is.
	ordering: (q) => Math.max(TYPED_GUESS, 1 / (factorial(q.items.length) - 1)),
	// One sentence of the passage as shown, in the text's order.
	evidence: (_q, passage) => 1 / Math.max(2, sentenceCount(passage))
};

/**
 * Sentences per passage text, remembered: every evidence question of a passage needs the same
 * count, and splitting is the costliest part of building a lesson's items (11 ms at 1,000
 * questions, when the lesson's first screen waits for it). A few passages per course: the
 * memory is cleared if ever many texts pass through one process.
 */
const sentenceCounts = new Map<string, number>();
function sentenceCount(passage: string): number {
	let count = sentenceCounts.get(passage);
	if (count === undefined) {
		if (sentenceCounts.size >= 256) sentenceCounts.clear();
		count = splitSentences(passage).length;
		sentenceCounts.set(passage, count);
	}
	return count;
}

/** The floor: even a typed answer or a long matching may be right by luck now and then. */
const TYPED_GUESS = 0.02;

function factorial(n: number): number {
	return n <= 1 ? 1 : n * factorial(n - 1);
}

/** Ordered choices of k out of n: n! / (n − k)!. */
function arrangements(n: number, k: number): number {
	let product = 1;
	for (let i = 0; i < Math.min(k, n); i++) product *= n - i;
	return product;
}

/** The chance of a fully right answer by guessing (exported for the benchmark and tests). */
export function guessOf(question: Question, passage: string): number {
	return (guessChance[question.type] as (q: Question, p: string) => number)(question, passage);
}

/**
 * The engine reads an item's guess chance only when the item is answered, so it is worked out
 * then (and kept): an evidence question's needs its passage split into sentences, which the
 * lesson's set-up, before the Start button works, need not wait for.
 */
export function engineItem(question: Question, passage: string): EngineItem {
	let guess: number | undefined;
	return {
		id: question.id,
		objective: question.objective,
		passage: question.passage,
		difficulty: question.difficulty,
		get guess() {
			return (guess ??= guessOf(question, passage));
		}
	};
}

export function engineItems(course: Course): EngineItem[] {
	const passages = new Map(course.article.passages.map((p) => [p.id, p.text]));
	return course.questions.map((q) => engineItem(q, passages.get(q.passage) ?? ''));
}
