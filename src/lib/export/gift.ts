/**
 * A course's questions in GIFT (pure: course in, text out), Moodle's plain-text question format.
 * Categories via `$CATEGORY:`, the id and tags in a `// [id:…] [tag:…]` comment line, the name
 * between `::`, HTML text marked `[html]`, per-answer feedback after `#` and the general
 * feedback after `####`. Every `~ = # { } :` and backslash in the text is escaped.
 *
 * GIFT has no ordering question (Moodle's ordering type reads its own variant of it, which
 * other GIFT readers refuse), so ordering questions are listed in `skipped` and left out, never
 * written wrong; so is a fill-in whose accepted answer contains `->` (GIFT would read a
 * matching question).
 */
import type { Course } from '../content/course';
import type { Question, QuestionOf } from '../content/schema';
import {
	byObjective,
	categoryPath,
	choicesInOrder,
	evidenceChoices,
	explanationHtml,
	type ExportResult,
	fillInAnswers,
	fillInAnticipated,
	html,
	multipleResponsePercents,
	multipleResponseProblem,
	numberText,
	numericTarget,
	questionName,
	questionTags,
	type Skipped,
	stemHtml,
	figuresLeftOut,
	shownFigures
} from './common';

/** Escapes GIFT's special characters and keeps the text on one line. */
export function giftEscape(text: string): string {
	return text
		.replace(/\\/g, '\\\\')
		.replace(/[~=#{}:]/g, (c) => `\\${c}`)
		.replace(/\r\n?|\n/g, '\\n');
}

/** HTML text, escaped for GIFT. */
const h = (text: string) => giftEscape(html(text));

/** A weight as GIFT writes it: `%50%`, `%-33.33333%`. */
const weight = (value: number) => `%${value}%`;

/** A fill-in answer: `*` means "anything" to Moodle, so a literal one is escaped. */
const literal = (value: string) => giftEscape(value).replace(/\*/g, '\\*');

type Answers = { [K in Question['type']]: (course: Course, q: QuestionOf<K>) => string[] };

/** The lines inside `{…}` per type (ordering has none: it is skipped). */
const answers: Answers = {
	'single-choice': (_course, q) =>
		choicesInOrder(q).map((c) => `${c.correct === true ? '=' : '~'}${h(c.text)}#${h(c.feedback)}`),
	'multiple-response': (_course, q) => {
		const percents = multipleResponsePercents(q);
		return choicesInOrder(q).map((c, i) => `~${weight(percents[i]!)}${h(c.text)}#${h(c.feedback)}`);
	},
	// T, then the feedback for a wrong answer, then the feedback for a right one.
	'true-false': (_course, q) => [
		`${q.answer ? 'TRUE' : 'FALSE'}#${h(q.answer ? q.feedback.false : q.feedback.true)}#${h(q.answer ? q.feedback.true : q.feedback.false)}`
	],
	'fill-in': (_course, q) => [
		...fillInAnswers(q).map((a) => `=${weight(100)}${literal(a)}#${h(q.feedback.correct)}`),
		...fillInAnticipated(q).map((a) => `=${weight(0)}${literal(a.answer)}#${h(a.feedback)}`),
		`=${weight(0)}*#${h(q.feedback.incorrect)}`
	],
	numeric: (_course, q) => {
		const { value, tolerance } = numericTarget(q);
		return [
			`=${weight(100)}${numberText(value)}:${numberText(tolerance)}#${h(q.feedback.correct)}`,
			`~#${h(q.feedback.incorrect)}`
		];
	},
	matching: (_course, q) => {
		const target = (id: string) => q.targets.find((t) => t.id === id)?.text ?? '';
		const used = new Set(q.premises.map((p) => p.match));
		return [
			...q.premises.map((p) => `=${h(p.text)} -> ${giftEscape(target(p.match))}`),
			// Targets no premise names: extra answers, with nothing on the left.
			...q.targets.filter((t) => !used.has(t.id)).map((t) => `= -> ${giftEscape(t.text)}`)
		];
	},
	ordering: () => [],
	evidence: (course, q) =>
		evidenceChoices(course, q).map((c) => `${c.correct ? '=' : '~'}${h(c.text)}#${h(c.feedback)}`)
};

/** Why a question cannot be written as GIFT, or null. */
export function giftProblem(question: Question): string | null {
	switch (question.type) {
		case 'ordering':
			return 'GIFT has no ordering question: use the Moodle XML file (Moodle 4.4 or later)';
		case 'multiple-response':
			return multipleResponseProblem(question);
		case 'fill-in':
			return [...question.answers, ...(question.anticipated ?? []).map((a) => a.answer)].some((a) =>
				a.includes('->')
			)
				? 'an answer contains "->", which GIFT reads as a matching question'
				: null;
		default:
			return null;
	}
}

function questionGift(course: Course, question: Question): string {
	const lines = (answers[question.type] as (c: Course, q: Question) => string[])(course, question);
	const numeric = question.type === 'numeric' ? '#' : '';
	const comment = [`[id:${question.id}]`, ...questionTags(question).map((t) => `[tag:${t}]`)];
	return (
		`// ${comment.join(' ')}\n` +
		`::${giftEscape(questionName(question))}::[html]${giftEscape(stemHtml(course, question))}{${numeric}\n` +
		lines.map((line) => `\t${line}\n`).join('') +
		`\t####${giftEscape(explanationHtml(course, question))}\n}\n\n`
	);
}

export function exportGift(course: Course): ExportResult {
	const skipped: Skipped[] = [];
	const exported: Question[] = [];
	let written = 0;
	let out = `// Readback course ${course.id}: exported for Moodle's question bank (GIFT format)\n\n`;
	out += `$CATEGORY: ${categoryPath(course)}\n\n`;
	for (const { objective, questions } of byObjective(course)) {
		out += `$CATEGORY: ${categoryPath(course, objective)}\n\n`;
		for (const question of questions) {
			const reason = giftProblem(question);
			if (reason) {
				skipped.push({ id: question.id, type: question.type, reason });
				continue;
			}
			out += questionGift(course, question);
			written++;
			exported.push(question);
		}
	}
	return {
		format: 'gift',
		questions: written,
		skipped,
		files: [{ path: `${course.id}-gift.txt`, text: out }],
		// GIFT is plain text: an image would have to be uploaded to Moodle separately and its
		// address written into each question by hand.
		notes: [
			figuresLeftOut(
				shownFigures(course, exported),
				'GIFT cannot carry images (the Moodle XML and QTI exports embed them)'
			)
		].filter(Boolean)
	};
}
