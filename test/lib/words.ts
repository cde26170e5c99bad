/**
 * The interface's words in a catalog language, for tests that find buttons and headings by
 * name: the compiled catalogs themselves (src/lib/i18n), so a test reads what the learner reads.
 */
import { m } from '../../src/lib/i18n/paraglide/messages.js';
import type { Locale } from '../../src/lib/i18n/paraglide/runtime.js';

export type { Locale };

export function words(locale: Locale = 'en') {
	const o = { locale };
	return {
		start: m.start_questions({}, o),
		check: m.check_answer({}, o),
		next: m.next_question({}, o),
		seeResults: m.see_results({}, o),
		correct: m.verdict_correct({}, o),
		resultHeading: m.results_heading({}, o),
		/** The heading of question `n` of a fixed-order lesson of `total` questions. */
		question: (n: number, total: number) =>
			m.question_heading_fixed({ number: String(n), total: String(total) }, o),
		answerTrue: m.answer_true({}, o),
		answerFalse: m.answer_false({}, o),
		yourAnswer: m.your_answer({}, o),
		numericLabel: m.numeric_label({}, o),
		missingNumber: m.missing_number({}, o),
		notANumber: (example: string) => m.missing_not_a_number({ example }, o),
		moveUp: (item: string) => m.ordering_move_up({ item }, o)
	};
}
