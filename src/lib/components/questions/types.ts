import type { ShownFigure } from '$lib/content/figures';
import type { QuestionOf, QuestionType } from '$lib/content/schema';
import type { ResponseOf } from '$lib/scoring';

/** Props every question-type component takes. */
export interface QuestionProps<K extends QuestionType> {
	question: QuestionOf<K>;
	response: ResponseOf[K] | undefined;
	/** After submission the inputs are locked and correctness is shown. */
	answered: boolean;
	onchange: (response: ResponseOf[K]) => void;
	/** The text of the question's passage (evidence questions choose a sentence of it). */
	passage: string;
	/** The passage's figures (evidence questions show them between its sentences). */
	figures: ShownFigure[];
	/** Prefix for element ids, unique per question. */
	idPrefix: string;
	/**
	 * Seed of the order in which options are shown (from the attempt and the question id, see
	 * `questionSeed`): the same for one learner on every launch and in review.
	 */
	seed: number;
	/** The course's language (BCP 47): how numbers are typed and written. */
	language: string;
}
