/**
 * What the three export formats share (pure: no Node APIs, no DOM): the order questions are
 * written in, their names, categories and tags, the passage and its marked quote as HTML, and
 * the parts of the scoring rules that an LMS question bank can express.
 */
import { type Course, passageById } from '../content/course';
import { passageBlocks } from '../content/figures';
import { normalizeAnswer } from '../content/normalize';
import type { Figure, Objective, Question, QuestionOf, QuestionType } from '../content/schema';
import { splitSentences } from '../content/sentences';
import { evidenceAnswer, numericRange } from '../scoring/index';

export type ExportFormat = 'moodle-xml' | 'gift' | 'qti';

/** A question a format cannot hold, left out of the file, with the reason. */
export interface Skipped {
	id: string;
	type: QuestionType;
	reason: string;
}

export interface ExportFile {
	/** Path inside the export (a file name, or a path inside the QTI package). */
	path: string;
	text: string;
	/** A binary file's bytes (a figure's image in the QTI package); `text` is then ''. */
	bytes?: Uint8Array;
}

export interface ExportResult {
	format: ExportFormat;
	/** Questions written. */
	questions: number;
	skipped: Skipped[];
	files: ExportFile[];
	/** What the author should know about this export (figures a format cannot carry). */
	notes: string[];
}

/**
 * The images of a course's figures, by the name its article gives them (`figure.image`): the
 * exports that can carry files (Moodle XML, QTI) embed them; without an image, its figure is
 * left out of the question texts and a note says so.
 */
export type FigureImages = ReadonlyMap<string, Uint8Array>;

/** Where a figure's image is in the export, or undefined to leave the figure out. */
export type FigureSource = (figure: Figure) => string | undefined;

/** The figures of the passages of these questions, in article order. */
export function shownFigures(course: Course, questions: readonly Question[]): Figure[] {
	const passages = new Set(questions.map((q) => q.passage));
	return course.article.passages.filter((p) => passages.has(p.id)).flatMap((p) => p.figures ?? []);
}

/** The note for figures an export leaves out ('' when none is). */
export function figuresLeftOut(figures: readonly Figure[], why: string): string {
	const names = [...new Set(figures.map((f) => f.image))];
	if (names.length === 0) return '';
	return `${names.length === 1 ? 'the figure' : `${names.length} figures`} (${names.join(', ')}) ${names.length === 1 ? 'is' : 'are'} left out of the question texts: ${why}`;
}

/** The questions of each objective, objectives in course order and questions in bank order. */
export function byObjective(course: Course): { objective: Objective; questions: Question[] }[] {
	return course.objectives
		.map((objective) => ({
			objective,
			questions: course.questions.filter((q) => q.objective === objective.id)
		}))
		.filter((group) => group.questions.length > 0);
}

/** Moodle category path: `$course$/top/<course title>/<objective title>`, `/` doubled in names. */
export function categoryPath(course: Course, objective?: Objective): string {
	const names = [course.title, ...(objective ? [objective.title] : [])].map((name) => {
		let escaped = oneLine(name).replace(/\//g, '//');
		if (escaped.startsWith('/')) escaped = ` ${escaped}`;
		if (escaped.endsWith('/')) escaped = `${escaped} `;
		return escaped;
	});
	return ['$course$', 'top', ...names].join('/');
}

/** Tags of a question in the LMS's bank: its difficulty and its objective. */
export function questionTags(question: Question): string[] {
	return [`difficulty-${question.difficulty}`, `objective-${question.objective}`];
}

/** Longest question name written: Moodle's limit is 255 characters. */
export const NAME_MAX = 80;

/** A readable name: the prompt on one line, cut at a word near 80 characters. */
export function questionName(question: Question): string {
	const prompt = oneLine(question.prompt);
	if (prompt.length <= NAME_MAX) return prompt;
	const cut = prompt.slice(0, NAME_MAX - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > NAME_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** Text as HTML content: `&`, `<` and `>` escaped, line breaks kept as `<br>`. */
export function html(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/\r\n?|\n/g, '<br>');
}

export function passageText(course: Course, question: Question): string {
	return passageById(course, question.passage)?.text ?? '';
}

/** A figure as HTML: the image with its alt text, and its caption and credit. */
function figureHtml(figure: Figure, src: string): string {
	const caption = [
		figure.caption ? html(figure.caption) : '',
		figure.credit ? `<small>${html(figure.credit)}</small>` : ''
	]
		.filter(Boolean)
		.join(' ');
	return `<figure><img src="${xml(src)}" alt="${xml(figure.alt)}"/>${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
}

/**
 * The question's passage as the content of a block quote: its text in paragraphs, cut where
 * its figures go (after the sentence each follows), and `quote` in `<mark>` if given.
 */
export function passageHtml(
	course: Course,
	question: Question,
	quote?: string,
	figureSource: FigureSource = () => undefined
): string {
	const passage = passageById(course, question.passage);
	if (!passage) return '<p></p>';
	const start = quote ? passage.text.indexOf(quote) : -1;
	const end = start === -1 ? -1 : start + quote!.length;
	return passageBlocks(passage)
		.map((block) => {
			const from = Math.max(start, block.start);
			const to = Math.min(end, block.end);
			const text =
				start === -1 || to <= from
					? html(passage.text.slice(block.start, block.end))
					: `${html(passage.text.slice(block.start, from))}<mark>${html(passage.text.slice(from, to))}</mark>${html(passage.text.slice(to, block.end))}`;
			const figures = block.figures.map((figure) => {
				const src = figureSource(figure);
				return src === undefined ? '' : figureHtml(figure, src);
			});
			return `<p>${text}</p>${figures.join('')}`;
		})
		.join('');
}

/** The question text as HTML: the passage (and its figures) in a block quote, then the prompt. */
export function stemHtml(course: Course, question: Question, figureSource?: FigureSource): string {
	if (question.type === 'evidence') return `<p>${html(question.prompt)}</p>`;
	return `<blockquote>${passageHtml(course, question, undefined, figureSource)}</blockquote><p>${html(question.prompt)}</p>`;
}

/**
 * The general feedback as HTML: the explanation, then the passage with the quote in `<mark>`
 * (shown only after the answer, so the question itself never points at the answer).
 */
export function explanationHtml(
	course: Course,
	question: Question,
	figureSource?: FigureSource
): string {
	return `<p>${html(question.explanation)}</p><blockquote>${passageHtml(course, question, question.quote, figureSource)}</blockquote>`;
}

/** Choices in the order the lesson keeps: free ones first, `fixed` ones at the end. */
export function choicesInOrder(
	question: QuestionOf<'single-choice' | 'multiple-response'>
): QuestionOf<'single-choice'>['choices'] {
	return [
		...question.choices.filter((c) => c.fixed !== true),
		...question.choices.filter((c) => c.fixed === true)
	];
}

/**
 * Whether the options are shuffled, as in the lesson. A question with a `fixed` choice is not:
 * an LMS bank would move "None of these" too, so its choices stay in the lesson's order.
 */
export function shuffled(question: QuestionOf<'single-choice' | 'multiple-response'>): boolean {
	return question.shuffle !== false && !question.choices.some((c) => c.fixed === true);
}

/** The most right choices whose equal share of 100 % Moodle accepts as a grade (1/2 … 1/10). */
export const MAX_RIGHT_CHOICES = 10;

/**
 * Fractions in percent, as Readback scores multiple response: each right choice earns
 * 100 / (number of right choices), each wrong one takes the same away (never below 0 in total).
 */
export function multipleResponsePercents(question: QuestionOf<'multiple-response'>): number[] {
	const right = question.choices.filter((c) => c.correct === true).length;
	const share = percent(100 / right);
	return choicesInOrder(question).map((c) => (c.correct === true ? share : -share));
}

/** A percentage as Moodle writes it: at most 5 decimals (33.33333), no trailing zeros. */
export function percent(value: number): number {
	return Number(value.toFixed(5));
}

/** Why a multiple-response question cannot be exported, if it cannot. */
export function multipleResponseProblem(question: QuestionOf<'multiple-response'>): string | null {
	const right = question.choices.filter((c) => c.correct === true).length;
	if (right <= MAX_RIGHT_CHOICES) return null;
	return `${right} right choices: Moodle grades cannot split 100 % into ${right} equal parts (at most ${MAX_RIGHT_CHOICES})`;
}

/** The sentences of an evidence question's passage, the right one and each one's feedback. */
export function evidenceChoices(
	course: Course,
	question: QuestionOf<'evidence'>
): { text: string; correct: boolean; feedback: string }[] {
	const passage = passageText(course, question);
	const sentences = splitSentences(passage);
	const right = evidenceAnswer(question, passage);
	return sentences.map((sentence, i) => {
		const distractor = question.distractors?.find((d) => sentence.text.includes(d.quote));
		return {
			text: sentence.text,
			correct: i === right,
			feedback:
				i === right
					? question.feedback.correct
					: (distractor?.feedback ?? question.feedback.incorrect)
		};
	});
}

/**
 * The answers a fill-in accepts, written out for an LMS that only ignores case: each accepted
 * answer as written, then its forgiving form (no punctuation, accents or extra spaces) when that
 * differs, so "Kim Jong-un" also accepts "kim jong un". No duplicates, ignoring case.
 */
export function fillInAnswers(question: QuestionOf<'fill-in'>): string[] {
	return variants(question.answers);
}

/** The anticipated wrong answers of a fill-in, with the same variants, each with its feedback. */
export function fillInAnticipated(
	question: QuestionOf<'fill-in'>
): { answer: string; feedback: string }[] {
	const accepted = new Set(fillInAnswers(question).map((a) => a.toLowerCase()));
	const out: { answer: string; feedback: string }[] = [];
	const seen = new Set(accepted);
	for (const item of question.anticipated ?? []) {
		for (const answer of variants([item.answer])) {
			if (seen.has(answer.toLowerCase())) continue;
			seen.add(answer.toLowerCase());
			out.push({ answer, feedback: item.feedback });
		}
	}
	return out;
}

function variants(answers: readonly string[]): string[] {
	const seen = new Set<string>();
	const out: string[] = [];
	for (const answer of answers) {
		for (const form of [oneLine(answer), normalizeAnswer(answer)]) {
			if (!form || seen.has(form.toLowerCase())) continue;
			seen.add(form.toLowerCase());
			out.push(form);
		}
	}
	return out;
}

/** A numeric question's right value and tolerance: a range becomes its middle ± half its width. */
export function numericTarget(question: QuestionOf<'numeric'>): {
	value: number;
	tolerance: number;
	min: number;
	max: number;
} {
	const [min, max] = numericRange(question);
	if (question.answer !== undefined)
		return { value: question.answer, tolerance: question.tolerance ?? 0, min, max };
	return { value: (min + max) / 2, tolerance: (max - min) / 2, min, max };
}

/** A number as text: plain decimals, never exponent notation when avoidable. */
export function numberText(value: number): string {
	if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0);
	const text = String(value);
	if (!/e/i.test(text)) return text;
	return value.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}

/** Characters XML 1.0 cannot hold (control characters other than tab and line breaks). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Escapes text for XML content or attributes, dropping characters XML cannot hold. */
export function xml(text: string): string {
	return text
		.replace(NOT_XML, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** Text in a CDATA section; `]]>` is split across two sections, as Moodle's own export does. */
export function cdata(text: string): string {
	return `<![CDATA[${text.replace(NOT_XML, '').replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** Every question type the formats know about, for the type-guard maps. */
export type PerType<T> = { [K in QuestionType]: T };

/** A figure's image name as a URL path: each folder and the file name percent-encoded. */
export function imageUrlPath(image: string): string {
	return image.split('/').map(encodeURIComponent).join('/');
}

/** Bytes as base64 (Moodle XML embeds files so), without Node's Buffer. */
export function base64(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}
