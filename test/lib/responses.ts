/** Right and wrong responses for any question, as a learner would give them (test helper). */
import type { Question } from '../../src/lib/content/schema';
import { splitSentences } from '../../src/lib/content/sentences';
import { evidenceAnswer, numericRange, type AnyResponse } from '../../src/lib/scoring';

export function rightResponse(q: Question, passage: string): AnyResponse {
	switch (q.type) {
		case 'single-choice':
			return q.choices.find((c) => c.correct === true)!.id;
		case 'multiple-response':
			return q.choices.filter((c) => c.correct === true).map((c) => c.id);
		case 'true-false':
			return q.answer;
		case 'fill-in':
			return q.answers[0]!;
		case 'numeric':
			return String(q.answer ?? numericRange(q)[0]);
		case 'matching':
			return Object.fromEntries(q.premises.map((p) => [p.id, p.match]));
		case 'ordering':
			return q.items.map((item) => item.id);
		case 'evidence':
			return evidenceAnswer(q, passage);
	}
}

/** A response that earns no credit at all. */
export function wrongResponse(q: Question, passage: string): AnyResponse {
	switch (q.type) {
		case 'single-choice':
			return q.choices.find((c) => c.correct !== true)!.id;
		case 'multiple-response':
			return q.choices.filter((c) => c.correct !== true).map((c) => c.id);
		case 'true-false':
			return !q.answer;
		case 'fill-in':
			return 'certainly not this';
		case 'numeric':
			return String(numericRange(q)[1] + 1000);
		case 'matching':
			return Object.fromEntries(
				q.premises.map((p) => [p.id, q.targets.find((t) => t.id !== p.match)!.id])
			);
		case 'ordering':
			return q.items.map((item) => item.id).reverse();
		case 'evidence':
			return (evidenceAnswer(q, passage) + 1) % splitSentences(passage).length;
	}
}
