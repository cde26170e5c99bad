/**
 * A course's questions as Moodle XML (pure: course in, text out), the format Moodle's question
 * bank imports under Import → Moodle XML format. One category per course and per objective,
 * then one <question> per Readback question: idnumber = the question id, tags for difficulty
 * and objective, the passage with the prompt, the explanation and the marked quote as general
 * feedback, and each choice's feedback as the answer's feedback.
 */
import type { Course } from '../content/course';
import type { Figure, Question, QuestionOf } from '../content/schema';
import {
	base64,
	type FigureImages,
	figuresLeftOut,
	imageUrlPath,
	shownFigures,
	byObjective,
	cdata,
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
	percent,
	questionName,
	questionTags,
	shuffled,
	type Skipped,
	stemHtml,
	xml
} from './common';

const text = (value: string) => `<text>${cdata(value)}</text>`;

/**
 * An element holding HTML text: `<name format="html"><text>…</text></name>`, and the files its
 * text shows (`<file>`, base64: Moodle stores them with the question, at @@PLUGINFILE@@/).
 */
const htmlField = (name: string, value: string, indent = '    ', files = '') =>
	`${indent}<${name} format="html">\n${indent}  ${text(value)}\n${files}${indent}</${name}>\n`;

/** The `<file>` elements of the figures of a question's passage whose images are at hand. */
function figureFiles(course: Course, question: Question, images: FigureImages): string {
	const names = new Set(
		shownFigures(course, [question])
			.map((f) => f.image)
			.filter((image) => images.has(image))
	);
	return [...names]
		.map((image) => {
			const folders = image.split('/').slice(0, -1);
			const name = image.split('/').at(-1)!;
			const folder = folders.length ? `/${folders.join('/')}/` : '/';
			return `      <file name="${xml(name)}" path="${xml(folder)}" encoding="base64">${base64(images.get(image)!)}</file>\n`;
		})
		.join('');
}

function answer(fraction: number, body: string, feedback: string, extra = '', format = 'html') {
	return (
		`    <answer fraction="${percent(fraction)}" format="${format}">\n` +
		`      ${text(body)}\n` +
		`      <feedback format="html">\n        ${text(feedback)}\n      </feedback>\n` +
		extra +
		`    </answer>\n`
	);
}

/** Right / partly right / wrong feedback; Readback shows its "incorrect" text for partly right. */
function combinedFeedback(correct: string, incorrect: string): string {
	return (
		htmlField('correctfeedback', correct) +
		htmlField('partiallycorrectfeedback', incorrect) +
		htmlField('incorrectfeedback', incorrect) +
		'    <shownumcorrect/>\n'
	);
}

/** A shortanswer answer: Moodle reads `*` as "anything", so a literal one is escaped. */
const literal = (value: string) => value.replace(/\*/g, '\\*');

function multichoice(
	single: boolean,
	shuffle: boolean,
	choices: { text: string; percent: number; feedback: string }[],
	numbering = 'abc'
): string {
	return (
		`    <single>${single}</single>\n` +
		`    <shuffleanswers>${shuffle}</shuffleanswers>\n` +
		`    <answernumbering>${numbering}</answernumbering>\n` +
		`    <showstandardinstruction>1</showstandardinstruction>\n` +
		combinedFeedback('', '') +
		choices.map((c) => answer(c.percent, html(c.text), html(c.feedback))).join('')
	);
}

type Body = { [K in Question['type']]: (course: Course, q: QuestionOf<K>) => [string, string] };

/** Per type: Moodle's question type and the elements after the common header. */
const bodies: Body = {
	'single-choice': (_course, q) => [
		'multichoice',
		multichoice(
			true,
			shuffled(q),
			choicesInOrder(q).map((c) => ({
				text: c.text,
				percent: c.correct === true ? 100 : 0,
				feedback: c.feedback
			}))
		)
	],
	'multiple-response': (_course, q) => {
		const percents = multipleResponsePercents(q);
		return [
			'multichoice',
			multichoice(
				false,
				shuffled(q),
				choicesInOrder(q).map((c, i) => ({
					text: c.text,
					percent: percents[i]!,
					feedback: c.feedback
				}))
			)
		];
	},
	'true-false': (_course, q) => [
		'truefalse',
		answer(q.answer ? 100 : 0, 'true', html(q.feedback.true), '', 'moodle_auto_format') +
			answer(q.answer ? 0 : 100, 'false', html(q.feedback.false), '', 'moodle_auto_format')
	],
	'fill-in': (_course, q) => [
		'shortanswer',
		// Readback ignores case: usecase 0.
		'    <usecase>0</usecase>\n' +
			fillInAnswers(q)
				.map((a) => answer(100, literal(a), html(q.feedback.correct), '', 'moodle_auto_format'))
				.join('') +
			fillInAnticipated(q)
				.map((a) => answer(0, literal(a.answer), html(a.feedback), '', 'moodle_auto_format'))
				.join('') +
			answer(0, '*', html(q.feedback.incorrect), '', 'moodle_auto_format')
	],
	numeric: (_course, q) => {
		const { value, tolerance } = numericTarget(q);
		const tol = (t: number) => `      <tolerance>${numberText(t)}</tolerance>\n`;
		const units = q.unit
			? '    <units>\n      <unit>\n        <multiplier>1</multiplier>\n' +
				`        <unit_name>${xml(q.unit)}</unit_name>\n      </unit>\n    </units>\n`
			: '';
		return [
			'numerical',
			answer(
				100,
				numberText(value),
				html(q.feedback.correct),
				tol(tolerance),
				'moodle_auto_format'
			) +
				answer(0, '*', html(q.feedback.incorrect), tol(0), 'moodle_auto_format') +
				units +
				// The unit may be typed or left out, and is never graded (as in the lesson).
				'    <unitgradingtype>0</unitgradingtype>\n' +
				'    <unitpenalty>0</unitpenalty>\n' +
				`    <showunits>${q.unit ? 0 : 3}</showunits>\n` +
				'    <unitsleft>0</unitsleft>\n'
		];
	},
	matching: (_course, q) => {
		const target = (id: string) => q.targets.find((t) => t.id === id)?.text ?? '';
		const used = new Set(q.premises.map((p) => p.match));
		const sub = (premise: string, answerText: string) =>
			`    <subquestion format="html">\n      ${text(premise)}\n` +
			`      <answer>\n        ${text(answerText)}\n      </answer>\n    </subquestion>\n`;
		return [
			'matching',
			// Premises stay in the author's order, as in the lesson; Moodle shuffles the list.
			'    <shuffleanswers>false</shuffleanswers>\n' +
				combinedFeedback(html(q.feedback.correct), html(q.feedback.incorrect)) +
				q.premises.map((p) => sub(html(p.text), target(p.match))).join('') +
				// Targets no premise names: extra answers, offered in every list.
				q.targets
					.filter((t) => !used.has(t.id))
					.map((t) => sub('', t.text))
					.join('')
		];
	},
	ordering: (_course, q) => [
		'ordering',
		'    <layouttype>VERTICAL</layouttype>\n' +
			'    <selecttype>ALL</selecttype>\n' +
			`    <selectcount>${q.items.length}</selectcount>\n` +
			// Partial credit for the longest run already in the right order, as in the lesson.
			'    <gradingtype>LONGEST_ORDERED_SUBSET</gradingtype>\n' +
			'    <showgrading>SHOW</showgrading>\n' +
			'    <numberingstyle>none</numberingstyle>\n' +
			htmlField('correctfeedback', html(q.feedback.correct)) +
			htmlField('partiallycorrectfeedback', html(q.feedback.incorrect)) +
			htmlField('incorrectfeedback', html(q.feedback.incorrect)) +
			'    <shownumcorrect>1</shownumcorrect>\n' +
			q.items
				.map(
					(item) =>
						`    <answer fraction="1" format="html">\n      ${text(html(item.text))}\n    </answer>\n`
				)
				.join('')
	],
	evidence: (course, q) => [
		'multichoice',
		// The passage's sentences in reading order, never shuffled.
		multichoice(
			true,
			false,
			evidenceChoices(course, q).map((c) => ({
				text: c.text,
				percent: c.correct ? 100 : 0,
				feedback: c.feedback
			})),
			'none'
		)
	]
};

/** Why a question cannot be written as Moodle XML, or null. */
function problem(question: Question): string | null {
	if (question.type === 'multiple-response') return multipleResponseProblem(question);
	return null;
}

function category(path: string, info: string): string {
	return (
		'  <question type="category">\n' +
		`    <category>\n      ${text(path)}\n    </category>\n` +
		`    <info format="html">\n      ${text(info)}\n    </info>\n` +
		'  </question>\n'
	);
}

function questionXml(course: Course, question: Question, images: FigureImages): string {
	const body = bodies[question.type] as (c: Course, q: Question) => [string, string];
	const [type, rest] = body(course, question);
	const source = (figure: Figure) =>
		images.has(figure.image) ? `@@PLUGINFILE@@/${imageUrlPath(figure.image)}` : undefined;
	// An evidence question's text has no passage (its sentences are the choices).
	const files = (shown: boolean) => (shown ? figureFiles(course, question, images) : '');
	const stemFiles = question.type !== 'evidence';
	return (
		`  <question type="${type}">\n` +
		`    <name>\n      ${text(questionName(question))}\n    </name>\n` +
		htmlField('questiontext', stemHtml(course, question, source), '    ', files(stemFiles)) +
		htmlField('generalfeedback', explanationHtml(course, question, source), '    ', files(true)) +
		'    <defaultgrade>1</defaultgrade>\n' +
		// No penalty: a quiz asks each question once, as the lesson scores the first answer.
		'    <penalty>0</penalty>\n' +
		'    <hidden>0</hidden>\n' +
		`    <idnumber>${xml(question.id)}</idnumber>\n` +
		rest +
		'    <tags>\n' +
		questionTags(question)
			.map((tag) => `      <tag>${text(tag)}</tag>\n`)
			.join('') +
		'    </tags>\n' +
		'  </question>\n'
	);
}

/**
 * `images`: the figures' image files by name; each is embedded in the questions that show its
 * figure. A figure whose image is not given is left out, with a note.
 */
export function exportMoodleXml(course: Course, images: FigureImages = new Map()): ExportResult {
	const skipped: Skipped[] = [];
	const exported: Question[] = [];
	let written = 0;
	let out = `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n`;
	out += `<!-- Readback course ${xml(course.id)}: exported for Moodle's question bank -->\n`;
	out += category(categoryPath(course), course.description ? html(course.description) : '');
	for (const { objective, questions } of byObjective(course)) {
		out += category(categoryPath(course, objective), '');
		for (const question of questions) {
			const reason = problem(question);
			if (reason) {
				skipped.push({ id: question.id, type: question.type, reason });
				continue;
			}
			out += questionXml(course, question, images);
			written++;
			exported.push(question);
		}
	}
	out += '</quiz>\n';
	return {
		format: 'moodle-xml',
		questions: written,
		skipped,
		files: [{ path: `${course.id}-moodle.xml`, text: out }],
		notes: [
			figuresLeftOut(
				shownFigures(course, exported).filter((f) => !images.has(f.image)),
				'their image files were not given to the export'
			)
		].filter(Boolean)
	};
}
