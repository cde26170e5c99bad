/**
 * A course's questions as a 1EdTech QTI 3.0 content package (pure: course in, files out; the
 * command zips them). One assessment item per question, an assessment test with a section per
 * objective, and imsmanifest.xml listing them. Each item's response processing is written out
 * in full (no template to fetch): SCORE is 1 for a right answer and 0 otherwise, FEEDBACK says
 * which, and modal feedback shows the author's right / wrong feedback with the explanation.
 *
 * Interactions: choice (single-choice, multiple-response, true-false, evidence), text entry
 * (fill-in, numeric), match (matching) and order (ordering).
 */
import type { Course } from '../content/course';
import type { Figure, Question, QuestionOf } from '../content/schema';
import {
	byObjective,
	choicesInOrder,
	evidenceChoices,
	explanationHtml,
	type ExportResult,
	fillInAnswers,
	html,
	numberText,
	numericTarget,
	passageHtml,
	type ExportFile,
	type FigureImages,
	imageUrlPath,
	shownFigures,
	figuresLeftOut,
	questionName,
	type Skipped,
	xml
} from './common';

const NS = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
const SCHEMA = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd';
const CP_NS = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1';
const CP_SCHEMA =
	'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd';

/** QTI identifiers must start with a letter; Readback ids may start with a digit. */
export const itemId = (id: string) => `item-${id}`;
export const optionId = (id: string) => `o-${id}`;
export const itemPath = (id: string) => `items/${id}.xml`;

/** What an item's response declaration and interaction look like. */
interface Parts {
	cardinality: 'single' | 'multiple' | 'ordered';
	baseType: 'identifier' | 'string' | 'float' | 'directedPair';
	/** The correct response's values (for string and float: one example of a right answer). */
	correct: string[];
	/** The interaction element. */
	interaction: string;
	/** The condition under which the answer is right. */
	rule: string;
	right: string;
	wrong: string;
}

const value = (baseType: string, v: string) =>
	`<qti-base-value base-type="${baseType}">${xml(v)}</qti-base-value>`;
const RESPONSE = '<qti-variable identifier="RESPONSE"/>';
const matchCorrect = `<qti-match>${RESPONSE}<qti-correct identifier="RESPONSE"/></qti-match>`;

const prompt = (q: Question) => `<qti-prompt>${html(q.prompt)}</qti-prompt>`;

function simpleChoices(choices: { id: string; text: string; fixed?: boolean }[]): string {
	return choices
		.map(
			(c) =>
				`      <qti-simple-choice identifier="${optionId(c.id)}"${c.fixed ? ' fixed="true"' : ''}>${html(c.text)}</qti-simple-choice>\n`
		)
		.join('');
}

function choiceInteraction(
	q: Question,
	max: number,
	shuffle: boolean,
	choices: { id: string; text: string; fixed?: boolean }[]
): string {
	return (
		`    <qti-choice-interaction response-identifier="RESPONSE" max-choices="${max}" shuffle="${shuffle}">\n` +
		`      ${prompt(q)}\n${simpleChoices(choices)}    </qti-choice-interaction>\n`
	);
}

type PartsFor = { [K in Question['type']]: (course: Course, q: QuestionOf<K>) => Parts };

const parts: PartsFor = {
	'single-choice': (_course, q) => ({
		cardinality: 'single',
		baseType: 'identifier',
		correct: q.choices.filter((c) => c.correct === true).map((c) => optionId(c.id)),
		interaction: choiceInteraction(q, 1, q.shuffle !== false, choicesInOrder(q)),
		rule: matchCorrect,
		right: q.choices.find((c) => c.correct === true)?.feedback ?? '',
		wrong: ''
	}),
	'multiple-response': (_course, q) => ({
		cardinality: 'multiple',
		baseType: 'identifier',
		correct: q.choices.filter((c) => c.correct === true).map((c) => optionId(c.id)),
		interaction: choiceInteraction(q, 0, q.shuffle !== false, choicesInOrder(q)),
		rule: matchCorrect,
		right: '',
		wrong: ''
	}),
	'true-false': (_course, q) => ({
		cardinality: 'single',
		baseType: 'identifier',
		correct: [optionId(String(q.answer))],
		interaction: choiceInteraction(q, 1, false, [
			{ id: 'true', text: 'True' },
			{ id: 'false', text: 'False' }
		]),
		rule: matchCorrect,
		right: q.answer ? q.feedback.true : q.feedback.false,
		wrong: q.answer ? q.feedback.false : q.feedback.true
	}),
	'fill-in': (_course, q) => {
		const accepted = fillInAnswers(q);
		return {
			cardinality: 'single',
			baseType: 'string',
			correct: [accepted[0]!],
			interaction: `    <p>${html(q.prompt)} <qti-text-entry-interaction response-identifier="RESPONSE" expected-length="${Math.max(...accepted.map((a) => a.length), 10)}"/></p>\n`,
			// Case is ignored, as in the lesson; each accepted form is listed.
			rule: `<qti-or>${accepted
				.map(
					(a) =>
						`<qti-string-match case-sensitive="false">${RESPONSE}${value('string', a)}</qti-string-match>`
				)
				.join('')}</qti-or>`,
			right: q.feedback.correct,
			wrong: q.feedback.incorrect
		};
	},
	numeric: (_course, q) => {
		const { value: target, min, max } = numericTarget(q);
		const unit = q.unit ? ` ${html(q.unit)}` : '';
		return {
			cardinality: 'single',
			baseType: 'float',
			correct: [numberText(target)],
			interaction: `    <p>${html(q.prompt)} <qti-text-entry-interaction response-identifier="RESPONSE" expected-length="10"/>${unit}</p>\n`,
			rule:
				`<qti-and><qti-gte>${RESPONSE}${value('float', numberText(min))}</qti-gte>` +
				`<qti-lte>${RESPONSE}${value('float', numberText(max))}</qti-lte></qti-and>`,
			right: q.feedback.correct,
			wrong: q.feedback.incorrect
		};
	},
	matching: (_course, q) => {
		const premises = q.premises
			.map(
				(p) =>
					`        <qti-simple-associable-choice identifier="${optionId(p.id)}" match-max="1" fixed="true">${html(p.text)}</qti-simple-associable-choice>\n`
			)
			.join('');
		const targets = q.targets
			.map(
				(t) =>
					`        <qti-simple-associable-choice identifier="${optionId(t.id)}" match-max="${q.premises.length}">${html(t.text)}</qti-simple-associable-choice>\n`
			)
			.join('');
		return {
			cardinality: 'multiple',
			baseType: 'directedPair',
			correct: q.premises.map((p) => `${optionId(p.id)} ${optionId(p.match)}`),
			interaction:
				`    <qti-match-interaction response-identifier="RESPONSE" max-associations="${q.premises.length}" shuffle="${q.shuffle !== false}">\n` +
				`      ${prompt(q)}\n` +
				`      <qti-simple-match-set>\n${premises}      </qti-simple-match-set>\n` +
				`      <qti-simple-match-set>\n${targets}      </qti-simple-match-set>\n` +
				'    </qti-match-interaction>\n',
			rule: matchCorrect,
			right: q.feedback.correct,
			wrong: q.feedback.incorrect
		};
	},
	ordering: (_course, q) => ({
		cardinality: 'ordered',
		baseType: 'identifier',
		correct: q.items.map((item) => optionId(item.id)),
		interaction:
			'    <qti-order-interaction response-identifier="RESPONSE" shuffle="true">\n' +
			`      ${prompt(q)}\n${simpleChoices(q.items)}    </qti-order-interaction>\n`,
		rule: matchCorrect,
		right: q.feedback.correct,
		wrong: q.feedback.incorrect
	}),
	evidence: (course, q) => {
		const sentences = evidenceChoices(course, q).map((c, i) => ({ ...c, id: `s${i + 1}` }));
		return {
			cardinality: 'single',
			baseType: 'identifier',
			correct: sentences.filter((s) => s.correct).map((s) => optionId(s.id)),
			// The passage's sentences in reading order, never shuffled.
			interaction: choiceInteraction(q, 1, false, sentences),
			rule: matchCorrect,
			right: q.feedback.correct,
			wrong: q.feedback.incorrect
		};
	}
};

/** Where the package keeps the figures' images (items refer to them as ../media/<name>). */
export const mediaPath = (image: string) => `media/${image}`;

/** The images of the figures a question shows that are in the package. */
function itemImages(course: Course, question: Question, images: FigureImages): string[] {
	return [
		...new Set(
			shownFigures(course, [question])
				.map((f) => f.image)
				.filter((image) => images.has(image))
		)
	];
}

export function itemXml(
	course: Course,
	question: Question,
	images: FigureImages = new Map()
): string {
	const p = (parts[question.type] as (c: Course, q: Question) => Parts)(course, question);
	const correct = p.correct.map((v) => `<qti-value>${xml(v)}</qti-value>`).join('');
	const source = (figure: Figure) =>
		images.has(figure.image) ? `../${imageUrlPath(mediaPath(figure.image))}` : undefined;
	const passage =
		question.type === 'evidence'
			? ''
			: `    <blockquote class="passage">${passageHtml(course, question, undefined, source)}</blockquote>\n`;
	const feedback = (id: string, text: string) =>
		`  <qti-modal-feedback outcome-identifier="FEEDBACK" identifier="${id}" show-hide="show">` +
		`<qti-content-body>${text ? `<p>${html(text)}</p>` : ''}${explanationHtml(course, question, source)}</qti-content-body></qti-modal-feedback>\n`;
	const outcome = (identifier: string, baseType: string, v: string) =>
		`  <qti-outcome-declaration identifier="${identifier}" cardinality="single" base-type="${baseType}">` +
		`<qti-default-value><qti-value>${v}</qti-value></qti-default-value></qti-outcome-declaration>\n`;
	const set = (identifier: string, baseType: string, v: string) =>
		`<qti-set-outcome-value identifier="${identifier}">${value(baseType, v)}</qti-set-outcome-value>`;
	return (
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		`<qti-assessment-item xmlns="${NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n` +
		`  xsi:schemaLocation="${NS} ${SCHEMA}"\n` +
		`  identifier="${itemId(question.id)}" title="${xml(questionName(question))}" adaptive="false" time-dependent="false" xml:lang="en">\n` +
		`  <qti-response-declaration identifier="RESPONSE" cardinality="${p.cardinality}" base-type="${p.baseType}">` +
		`<qti-correct-response>${correct}</qti-correct-response></qti-response-declaration>\n` +
		outcome('SCORE', 'float', '0') +
		outcome('MAXSCORE', 'float', '1') +
		'  <qti-outcome-declaration identifier="FEEDBACK" cardinality="single" base-type="identifier"/>\n' +
		`  <qti-item-body>\n${passage}${p.interaction}  </qti-item-body>\n` +
		'  <qti-response-processing>\n' +
		'    <qti-response-condition>\n' +
		`      <qti-response-if>${p.rule}${set('SCORE', 'float', '1')}${set('FEEDBACK', 'identifier', 'correct')}</qti-response-if>\n` +
		`      <qti-response-else>${set('SCORE', 'float', '0')}${set('FEEDBACK', 'identifier', 'incorrect')}</qti-response-else>\n` +
		'    </qti-response-condition>\n' +
		'  </qti-response-processing>\n' +
		feedback('correct', p.right) +
		feedback('incorrect', p.wrong) +
		'</qti-assessment-item>\n'
	);
}

function testXml(course: Course, ids: Set<string>): string {
	const sections = byObjective(course)
		.map(({ objective, questions }) => {
			const refs = questions
				.filter((q) => ids.has(q.id))
				.map(
					(q) =>
						`      <qti-assessment-item-ref identifier="ref-${q.id}" href="../${itemPath(q.id)}"/>\n`
				)
				.join('');
			return (
				`    <qti-assessment-section identifier="section-${objective.id}" title="${xml(objective.title)}" visible="true">\n` +
				`${refs}    </qti-assessment-section>\n`
			);
		})
		.join('');
	return (
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		`<qti-assessment-test xmlns="${NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n` +
		`  xsi:schemaLocation="${NS} ${SCHEMA}"\n` +
		`  identifier="test-${course.id}" title="${xml(course.title)}">\n` +
		'  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/>\n' +
		'  <qti-test-part identifier="part-1" navigation-mode="nonlinear" submission-mode="individual">\n' +
		sections +
		'  </qti-test-part>\n' +
		'  <qti-outcome-processing>\n' +
		'    <qti-set-outcome-value identifier="SCORE"><qti-sum><qti-test-variables variable-identifier="SCORE"/></qti-sum></qti-set-outcome-value>\n' +
		'  </qti-outcome-processing>\n' +
		'</qti-assessment-test>\n'
	);
}

function manifestXml(course: Course, questions: Question[], images: FigureImages): string {
	const testPath = `tests/${course.id}.xml`;
	const items = questions
		.map(
			(q) =>
				`    <resource identifier="${itemId(q.id)}" type="imsqti_item_xmlv3p0" href="${itemPath(q.id)}">\n` +
				`      <file href="${itemPath(q.id)}"/>\n` +
				itemImages(course, q, images)
					.map((image) => `      <file href="${xml(imageUrlPath(mediaPath(image)))}"/>\n`)
					.join('') +
				'    </resource>\n'
		)
		.join('');
	const deps = questions
		.map((q) => `      <dependency identifierref="${itemId(q.id)}"/>\n`)
		.join('');
	return (
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		`<manifest xmlns="${CP_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n` +
		`  xsi:schemaLocation="${CP_NS} ${CP_SCHEMA}"\n` +
		`  identifier="readback-${course.id}-qti">\n` +
		'  <metadata>\n    <schema>QTI Package</schema>\n    <schemaversion>3.0.0</schemaversion>\n  </metadata>\n' +
		'  <organizations/>\n' +
		'  <resources>\n' +
		`    <resource identifier="test-${course.id}" type="imsqti_test_xmlv3p0" href="${testPath}">\n` +
		`      <file href="${testPath}"/>\n${deps}    </resource>\n` +
		items +
		'  </resources>\n' +
		'</manifest>\n'
	);
}

/**
 * `images`: the figures' image files by name, packaged in media/ and shown in the items whose
 * passage has the figure. A figure whose image is not given is left out, with a note.
 */
export function exportQti(course: Course, images: FigureImages = new Map()): ExportResult {
	const skipped: Skipped[] = [];
	const questions = byObjective(course).flatMap((group) => group.questions);
	const files: ExportFile[] = questions.map((q) => ({
		path: itemPath(q.id),
		text: itemXml(course, q, images)
	}));
	const ids = new Set(questions.map((q) => q.id));
	files.push({ path: `tests/${course.id}.xml`, text: testXml(course, ids) });
	files.push({ path: 'imsmanifest.xml', text: manifestXml(course, questions, images) });
	const shown = shownFigures(course, questions);
	for (const image of new Set(shown.map((f) => f.image).filter((i) => images.has(i))))
		files.push({ path: mediaPath(image), text: '', bytes: images.get(image)! });
	return {
		format: 'qti',
		questions: questions.length,
		skipped,
		files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
		notes: [
			figuresLeftOut(
				shown.filter((f) => !images.has(f.image)),
				'their image files were not given to the export'
			)
		].filter(Boolean)
	};
}
