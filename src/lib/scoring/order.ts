/**
 * The order in which a question's options are shown (pure: no DOM, no Math.random).
 *
 * Choices (single-choice, multiple-response), matching targets and ordering items are shown
 * in an order drawn from the learner's attempt and the question id, so two learners see
 * different orders and one learner sees the same order after a resume and in review. True-false
 * and evidence keep the text's order; typed answers have no options. Everything that is scored
 * or reported uses the author's ids, never a position on screen.
 */
import type { Question, QuestionOf } from '../content/schema';
import { createRandom, hash32 } from '../random';

/** The seed of one question's order within one attempt. */
export function questionSeed(attempt: number, questionId: string): number {
	return hash32(`${attempt >>> 0}:${questionId}`);
}

/** A Fisher-Yates shuffle driven by a seed; the input is left alone. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
	const random = createRandom(seed);
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random.next() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

/**
 * Choice ids as shown: shuffled unless the question says `shuffle: false`; choices marked
 * `fixed` stay at the end, in the author's order (for "None of these").
 */
export function choiceOrder(
	question: QuestionOf<'single-choice' | 'multiple-response'>,
	seed: number
): string[] {
	const free = question.choices.filter((c) => c.fixed !== true).map((c) => c.id);
	const pinned = question.choices.filter((c) => c.fixed === true).map((c) => c.id);
	return [...(question.shuffle === false ? free : shuffle(free, seed)), ...pinned];
}

/** Matching target ids as listed in every dropdown: shuffled unless `shuffle: false`. */
export function targetOrder(question: QuestionOf<'matching'>, seed: number): string[] {
	const ids = question.targets.map((t) => t.id);
	return question.shuffle === false ? ids : shuffle(ids, seed);
}

/**
 * The order an ordering question starts in: a shuffle, never the right order itself (the
 * author's order is the answer, so it is always shuffled).
 */
export function itemOrder(question: QuestionOf<'ordering'>, seed: number): string[] {
	const ids = question.items.map((item) => item.id);
	const order = shuffle(ids, seed);
	if (order.every((id, i) => id === ids[i])) order.push(order.shift()!);
	return order;
}

/**
 * The ids of a question's options in the order shown: choices, matching targets or ordering
 * items; empty for the types whose options are not reordered (true-false, evidence) or that
 * have none (fill-in, numeric).
 */
export function displayOrder(question: Question, seed: number): string[] {
	switch (question.type) {
		case 'single-choice':
		case 'multiple-response':
			return choiceOrder(question, seed);
		case 'matching':
			return targetOrder(question, seed);
		case 'ordering':
			return itemOrder(question, seed);
		default:
			return [];
	}
}

/** Puts items with ids in the order of `ids` (items not named keep their place at the end). */
export function arrange<T extends { id: string }>(
	items: readonly T[],
	ids: readonly string[]
): T[] {
	const rank = new Map(ids.map((id, i) => [id, i]));
	return [...items].sort(
		(x, y) => (rank.get(x.id) ?? Infinity) - (rank.get(y.id) ?? Infinity) || 0
	);
}
