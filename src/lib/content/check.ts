/**
 * Validation of a whole course: the zod schemas first, then cross-references. Every problem
 * is collected (never thrown) and returned as data, each tied to a file, a subject and a path.
 */
import type { z } from 'zod';
import { assembleCourse, type CourseSource } from './course.ts';
import { scoreRange } from '../engine/range.ts';
import { HEX_COLOUR } from '../theme/contrast.ts';
import { contrastProblems, fontProblem } from '../theme/theme.ts';
import { imageFileProblems, type FileFinder } from './assets.ts';
import { codeSalt } from '../tracking/suspend.ts';
import {
	isWarning,
	type ContentIssue,
	type ErrorCode,
	type ErrorParams,
	type Subject
} from './errors.ts';
import {
	articleSchema,
	courseSchema,
	figureSchema,
	ID_PATTERN,
	NO_CONTROL_CHARACTER,
	questionSchema,
	themeSchema,
	type Article,
	type CourseMeta,
	type Question
} from './schema.ts';
import { normalizeAnswer } from './normalize.ts';
import { sentenceContaining, splitSentences } from './sentences.ts';
import { figurePlace } from './figures.ts';
import { closestSpan, levenshtein, nearest, slugify } from './similar.ts';

type Path = (string | number)[];

function issue<C extends ErrorCode>(
	code: C,
	file: string,
	subject: Subject | undefined,
	path: Path,
	params: ErrorParams<C>
): ContentIssue {
	return { code, file, subject, path, params } as ContentIssue;
}

/** Every field name in the content model, for "did you mean" hints on unknown fields. */
const KNOWN_FIELDS = new Set<string>([
	...Object.keys(articleSchema.shape),
	...Object.keys(courseSchema.shape),
	...Object.keys(courseSchema.shape.objectives.element.shape),
	...Object.keys(articleSchema.shape.passages.element.shape),
	...Object.keys(themeSchema.shape),
	...Object.keys(figureSchema.shape),
	...questionSchema.options.flatMap((option) => Object.keys(option.shape)),
	'correct',
	'feedback'
]);

const QUESTION_TYPES = questionSchema.options.map((option) => option.shape.type.value);

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
	let value = root;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

function describe(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (isThenable(value)) return 'a promise';
	switch (typeof value) {
		case 'string':
			return `text "${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`;
		case 'number':
			return `the number ${value}`;
		case 'boolean':
			return `${value}`;
		case 'object':
			return 'an object';
		default:
			return typeof value;
	}
}

export function isThenable(value: unknown): boolean {
	return (
		value !== null &&
		(typeof value === 'object' || typeof value === 'function') &&
		typeof (value as { then?: unknown }).then === 'function'
	);
}

const EXPECTED: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list [...]',
	object: 'an object {...}'
};

/** Splits a file-level path into the subject it is about and the path inside that subject. */
type Locate = (path: Path) => { subject?: Subject; path: Path };

function itemLocator(kind: Subject['kind'], listKey: string | null, root: unknown): Locate {
	return (path) => {
		const offset = listKey === null ? 0 : 1;
		if (listKey !== null && path[0] !== listKey) return { path };
		const index = path[offset];
		if (typeof index !== 'number') return { path };
		const list = listKey === null ? root : valueAt(root, [listKey]);
		const id = valueAt(list, [index, 'id']);
		const subjectId = typeof id === 'string' && id ? id : `#${index + 1}`;
		return { subject: { kind, id: subjectId }, path: path.slice(offset + 1) };
	};
}

/** The first control character of a text, as U+XXXX, and its 1-based position. */
function controlCharacter(text: string): { character: string; position: number } {
	const at = [...text].findIndex((ch) => !NO_CONTROL_CHARACTER.test(ch));
	const code = [...text][at]?.codePointAt(0) ?? 0;
	return {
		character: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
		position: at + 1
	};
}

function fromZod(error: z.ZodError, root: unknown, file: string, locate: Locate): ContentIssue[] {
	const out: ContentIssue[] = [];
	for (const raw of error.issues) {
		const fullPath = raw.path.filter((k): k is string | number => typeof k !== 'symbol');
		const { subject, path } = locate(fullPath);
		const value = valueAt(root, fullPath);
		const field = String(fullPath.at(-1) ?? '');
		const add = <C extends ErrorCode>(code: C, p: Path, params: ErrorParams<C>) =>
			out.push(issue(code, file, subject, p, params));
		switch (raw.code) {
			case 'invalid_type':
				if (value === undefined) add('missing-field', path, { field });
				else
					add('wrong-type', path, {
						expected: EXPECTED[raw.expected] ?? raw.expected,
						received: describe(value)
					});
				break;
			case 'unrecognized_keys':
				for (const key of raw.keys) {
					// A field the object already has is no suggestion for a stray one.
					const present = value !== null && typeof value === 'object' ? Object.keys(value) : [];
					const known = [...KNOWN_FIELDS].filter((k) => k !== key && !present.includes(k));
					add('unknown-field', [...path, key], { field: key, nearest: nearest(key, known) });
				}
				break;
			case 'invalid_union':
				if ('note' in raw && raw.note === 'No matching discriminator' && value !== undefined) {
					add('unknown-question-type', path, {
						type: String(value),
						nearest: nearestType(String(value)),
						types: QUESTION_TYPES.join(', ')
					});
				} else if (value === undefined) {
					add('missing-field', path, { field });
				} else {
					const literals = raw.errors
						.flat()
						.flatMap((e) => (e.code === 'invalid_value' ? e.values.map(String) : []));
					if (literals.length) add('invalid-value', path, { allowed: literals.join(', ') });
					else add('invalid-content', path, { detail: raw.message });
				}
				break;
			case 'invalid_value': {
				const allowed = raw.values.map((v) => JSON.stringify(v)).join(', ');
				const kinds = new Set(raw.values.map((v) => typeof v));
				if (kinds.size === 1 && !kinds.has(typeof value as never) && value !== undefined)
					add('wrong-type', path, {
						expected: `${EXPECTED[[...kinds][0]!] ?? 'a value'} (${allowed})`,
						received: describe(value)
					});
				else add('invalid-value', path, { allowed });
				break;
			}
			case 'invalid_format':
				if (raw.format === 'regex' && raw.pattern === String(ID_PATTERN))
					add('invalid-id', path, { id: String(value), suggestion: slugify(String(value)) });
				else if (raw.format === 'regex' && raw.pattern === String(HEX_COLOUR))
					add('invalid-colour', path, { value: String(value) });
				else if (raw.format === 'regex' && raw.pattern === String(NO_CONTROL_CHARACTER))
					add('control-character', path, controlCharacter(String(value)));
				else add('invalid-content', path, { detail: raw.message });
				break;
			case 'too_small':
				if (raw.origin === 'string') add('empty-text', path, {});
				else if (raw.origin === 'array')
					add('too-few-items', path, {
						minimum: Number(raw.minimum),
						found: Array.isArray(value) ? value.length : 0
					});
				else add('number-out-of-range', path, { range: rangeOf(fullPath), found: String(value) });
				break;
			case 'too_big':
				if (raw.origin === 'array')
					add('too-many-items', path, {
						maximum: Number(raw.maximum),
						found: Array.isArray(value) ? value.length : 0
					});
				else if (raw.origin === 'string')
					add('invalid-id', path, { id: String(value), suggestion: slugify(String(value)) });
				else add('number-out-of-range', path, { range: rangeOf(fullPath), found: String(value) });
				break;
			default:
				add('invalid-content', path, { detail: raw.message });
		}
	}
	return mergeMisspelled(out);
}

/**
 * One typo, one message: an unknown field that is a near miss of a required field missing
 * from the same object (`explaination` for `explanation`) becomes a single misspelled-field.
 */
function mergeMisspelled(issues: ContentIssue[]): ContentIssue[] {
	const key = (i: ContentIssue, path: Path) =>
		`${i.subject?.kind}:${i.subject?.id}:${path.join('.')}`;
	const missing = new Map<string, ContentIssue>();
	for (const i of issues)
		if (i.code === 'missing-field') missing.set(key(i, i.path.slice(0, -1)), i);
	const dropped = new Set<ContentIssue>();
	const out = issues.map((i) => {
		if (i.code !== 'unknown-field') return i;
		const { field, nearest: near } = i.params as ErrorParams<'unknown-field'>;
		const gap = missing.get(key(i, i.path.slice(0, -1)));
		if (!gap || !near || (gap.params as ErrorParams<'missing-field'>).field !== near) return i;
		dropped.add(gap);
		return issue('misspelled-field', i.file, i.subject, i.path, { field, expected: near });
	});
	return out.filter((i) => !dropped.has(i));
}

/**
 * The question type an unknown one was meant to be: the nearest by spelling, else one that
 * shares a word with it (`multiple-choice` → `multiple-response`, the first word first).
 */
function nearestType(value: string): string {
	const close = nearest(value, QUESTION_TYPES);
	if (close) return close;
	const words = value.toLowerCase().split(/[-_\s]+/);
	const sharing = QUESTION_TYPES.filter((t) => t.split('-').some((w) => words.includes(w)));
	sharing.sort(
		(a, b) =>
			Number(b.split('-')[0] === words[0]) - Number(a.split('-')[0] === words[0]) ||
			levenshtein(value, a) - levenshtein(value, b)
	);
	return sharing[0] ?? '';
}

function rangeOf(path: Path): string {
	return path.at(-1) === 'masteryScore' ? '0-100' : 'the allowed range';
}

export interface CheckInput {
	source: CourseSource<unknown>;
	/** Problems found while loading files (syntax errors, missing exports). */
	loadIssues?: ContentIssue[];
	/**
	 * Finds the files the course names (its logo) on disk; without it, files are not checked
	 * (they are whenever a package is built: scripts/lib/validate-all.ts passes one).
	 */
	files?: FileFinder;
}

/** Validates a course; returns every problem found, in file order. Never throws. */
export function checkCourse({ source, loadIssues = [], files }: CheckInput): ContentIssue[] {
	const issues: ContentIssue[] = [...loadIssues];
	const courseFile = `${source.dir}/course.ts`;
	const articleFile = `${source.dir}/article.ts`;

	const courseResult = courseSchema.safeParse(source.course);
	const folder = source.dir.split('/').at(-1) ?? '';
	if (courseResult.success && folder && courseResult.data.id !== folder)
		issues.push(
			issue('course-id-mismatch', courseFile, undefined, ['id'], {
				id: courseResult.data.id,
				folder
			})
		);
	if (!courseResult.success && source.course !== undefined)
		issues.push(
			...fromZod(
				courseResult.error,
				source.course,
				courseFile,
				itemLocator('objective', 'objectives', source.course)
			)
		);
	const articleResult = articleSchema.safeParse(source.article);
	if (!articleResult.success && source.article !== undefined)
		issues.push(
			...fromZod(
				articleResult.error,
				source.article,
				articleFile,
				itemLocator('passage', 'passages', source.article)
			).filter((i) => !isFigureAlt(i))
		);
	issues.push(...checkFigures(source, files).filter((i) => !isWarning(i)));

	const article = articleResult.success ? articleResult.data : undefined;
	const course = courseResult.success ? courseResult.data : undefined;
	issues.push(...themeIssues(source, courseFile, files).filter((i) => !isWarning(i)));
	if (article) issues.push(...checkArticle(article, articleFile));
	if (course) issues.push(...checkObjectives(course, article, courseFile));

	// Questions are checked one by one, in file order, so one broken question hides no other.
	const context: QuestionContext = {
		seen: new Map(),
		objectiveIds: course?.objectives.map((o) => o.id),
		objectivePassages: merged(course?.objectives.map((o) => [o.id, o.passages]) ?? [], (a, b) => [
			...a,
			...b
		]),
		passages: article
			? merged(
					article.passages.map((p) => [p.id, p.text]),
					(a, b) => `${a}\n\n${b}`
				)
			: undefined
	};
	for (const bank of source.banks) {
		if (!Array.isArray(bank.questions)) {
			issues.push(
				issue('bank-not-a-list', bank.file, undefined, [], { received: describe(bank.questions) })
			);
			continue;
		}
		const locate = itemLocator('question', null, bank.questions);
		bank.questions.forEach((raw: unknown, index) => {
			const parsed = questionSchema.safeParse(raw);
			if (!parsed.success)
				issues.push(...fromZod(parsed.error, raw, bank.file, (p) => locate([index, ...p])));
			const subject = locate([index]).subject!;
			issues.push(...checkQuestion(raw, bank.file, subject, context));
		});
	}
	issues.push(...checkAssessed(source, course, courseFile, issues.length === 0));
	return issues;
}

/**
 * Every objective is assessed by a question, the course has questions, and (when everything
 * else is valid) its mastery score lies within the scores a learner can reach.
 */
function checkAssessed(
	source: CourseSource<unknown>,
	course: CourseMeta | undefined,
	courseFile: string,
	valid: boolean
): ContentIssue[] {
	// Checked once everything else is valid: a question with a broken objective id would
	// otherwise leave its objective "unassessed" too, one slip giving two messages.
	if (!course || !valid) return [];
	const questions = source.banks.flatMap((bank) =>
		Array.isArray(bank.questions) ? (bank.questions as unknown[]) : []
	);
	if (questions.length === 0)
		return [
			issue('course-without-questions', source.dir, { kind: 'course', id: course.id }, [], {})
		];
	const assessed = new Set(
		questions.map((q) =>
			q !== null && typeof q === 'object' ? (q as { objective?: unknown }).objective : undefined
		)
	);
	const out = course.objectives.flatMap((objective) =>
		assessed.has(objective.id)
			? []
			: [
					issue(
						'objective-without-questions',
						courseFile,
						{ kind: 'objective', id: objective.id },
						[],
						{ objective: objective.id }
					)
				]
	);
	if (out.length > 0) return out;
	const ids = questions.map((q) => (q as { id: string }).id);
	if (codeSalt(ids) === undefined)
		return [
			issue('id-codes-clash', source.dir, { kind: 'course', id: course.id }, [], {
				count: ids.length
			})
		];
	const { min, max } = scoreRange(assembleCourse(source));
	const mastery = course.masteryScore;
	if (mastery > max || mastery <= min)
		out.push(
			issue('mastery-unreachable', courseFile, undefined, ['masteryScore'], { mastery, min, max })
		);
	return out;
}

/**
 * The course's theme, read raw so that it is checked even when another field of course.ts
 * broke the schema: colour contrast in both modes, the font stack, the logo file. Values of
 * the wrong kind are the schema's messages alone. Errors and the large-file warning both:
 * checkCourse keeps the errors, `courseFileWarnings` the warnings.
 */
function themeIssues(
	source: CourseSource<unknown>,
	courseFile: string,
	files: FileFinder | undefined
): ContentIssue[] {
	const raw = valueAt(source.course, ['theme']);
	if (raw === null || typeof raw !== 'object') return [];
	const theme = raw as Record<string, unknown>;
	const out: ContentIssue[] = [];
	const add = <C extends ErrorCode>(code: C, path: Path, params: ErrorParams<C>) =>
		out.push(issue(code, courseFile, undefined, path, params));
	const colour = (key: string) =>
		str(theme[key]) && HEX_COLOUR.test(theme[key]) ? theme[key] : undefined;
	for (const problem of contrastProblems({
		accent: colour('accent'),
		accentDark: colour('accentDark')
	}))
		add('low-contrast', ['theme', problem.field], problem);
	if (str(theme.font) && theme.font) {
		const problem = fontProblem(theme.font);
		if (problem?.code === 'web-font') add('web-font', ['theme', 'font'], problem);
		else if (problem) add('invalid-font-stack', ['theme', 'font'], problem);
	}
	if (files && str(theme.logo) && theme.logo)
		for (const problem of imageFileProblems(theme.logo, 'course-or-static', source.dir, files)) {
			const { code, ...params } = problem;
			add(code, ['theme', 'logo'], params as never);
		}
	return out;
}

/** Warnings about the files the course brings into its package (above 200 KB). */
export function courseFileWarnings(
	source: CourseSource<unknown>,
	files: FileFinder
): ContentIssue[] {
	return [
		...themeIssues(source, `${source.dir}/course.ts`, files),
		...checkFigures(source, files)
	].filter(isWarning);
}

/** A missing or empty figure alt: figure-without-alt says it instead (checkFigures). */
const isFigureAlt = (i: ContentIssue) =>
	(i.code === 'missing-field' || i.code === 'empty-text') &&
	i.path.length === 3 &&
	i.path[0] === 'figures' &&
	i.path[2] === 'alt';

/**
 * The figures of every passage, read raw like questions: each needs its alt text, its `after`
 * must name one sentence of its passage, and its image must be a usable file of the course
 * folder (when `files` is given). Errors and the large-file warning both, like themeIssues.
 */
function checkFigures(
	source: CourseSource<unknown>,
	files: FileFinder | undefined
): ContentIssue[] {
	const rawArticle = source.article;
	const file = `${source.dir}/article.ts`;
	const out: ContentIssue[] = [];
	const locate = itemLocator('passage', 'passages', rawArticle);
	objects(valueAt(rawArticle, ['passages'])).forEach((passage, p) => {
		const subject = locate(['passages', p]).subject;
		const text = str(passage.text) ? passage.text : undefined;
		const sentences = text ? splitSentences(text) : [];
		objects(passage.figures).forEach((figure, f) => {
			const add = <C extends ErrorCode>(code: C, field: string, params: ErrorParams<C>) =>
				out.push(issue(code, file, subject, ['figures', f, field], params));
			const image = str(figure.image) ? figure.image : `#${f + 1}`;
			if (files && str(figure.image) && figure.image)
				for (const { code, ...params } of imageFileProblems(
					figure.image,
					'course',
					source.dir,
					files
				))
					add(code, 'image', params as never);
			if (figure.alt === undefined || (str(figure.alt) && figure.alt.trim() === ''))
				add('figure-without-alt', 'alt', { image, empty: figure.alt === undefined ? 'no' : 'yes' });
			if (!text || !str(figure.after) || !figure.after) return;
			const place = figurePlace(text, figure.after, sentences);
			if (place.ok) return;
			if (place.reason === 'absent')
				add('figure-sentence-not-found', 'after', {
					after: figure.after,
					passage: subject?.id ?? '',
					closest: closestSpan(figure.after, text)
				});
			else
				add('figure-sentence-unclear', 'after', {
					after: figure.after,
					reason: place.reason,
					sentences: place.sentences.map(q).join(' and ')
				});
		});
	});
	return out;
}

function checkArticle(article: Article, file: string): ContentIssue[] {
	const seen = new Map<string, number>();
	const out: ContentIssue[] = [];
	article.passages.forEach((passage, i) => {
		const first = seen.get(passage.id);
		if (first !== undefined)
			out.push(
				issue('duplicate-id', file, { kind: 'passage', id: passage.id }, ['id'], {
					kind: 'passage',
					id: passage.id,
					first: `passages[${first}]`
				})
			);
		else seen.set(passage.id, i);
	});
	return out;
}

function checkObjectives(
	course: CourseMeta,
	article: Article | undefined,
	file: string
): ContentIssue[] {
	const out: ContentIssue[] = [];
	const seen = new Map<string, number>();
	const passageIds = article?.passages.map((p) => p.id);
	course.objectives.forEach((objective, i) => {
		const subject: Subject = { kind: 'objective', id: objective.id };
		const first = seen.get(objective.id);
		if (first !== undefined)
			out.push(
				issue('duplicate-id', file, subject, ['id'], {
					kind: 'objective',
					id: objective.id,
					first: `objectives[${first}]`
				})
			);
		else seen.set(objective.id, i);
		if (!passageIds) return;
		objective.passages.forEach((passage, j) => {
			if (!passageIds.includes(passage))
				out.push(
					issue('unknown-passage', file, subject, ['passages', j], {
						passage,
						nearest: nearest(passage, passageIds),
						quoted: ''
					})
				);
		});
	});
	return out;
}

/**
 * A map from a list that may repeat a key (a duplicated passage or objective id, reported once
 * as duplicate-id): the values are merged, so that questions using either one raise no
 * follow-up problems.
 */
function merged<V>(entries: [string, V][], merge: (a: V, b: V) => V): Map<string, V> {
	const map = new Map<string, V>();
	for (const [key, value] of entries) {
		const before = map.get(key);
		map.set(key, before === undefined ? value : merge(before, value));
	}
	return map;
}

interface QuestionContext {
	/** Question id → file where it was first used. */
	seen: Map<string, string>;
	objectiveIds: string[] | undefined;
	objectivePassages: Map<string, string[]>;
	passages: Map<string, string> | undefined;
}

const str = (value: unknown): value is string => typeof value === 'string';
const q = (s: string) => `"${s}"`;

/**
 * Cross-reference checks on one question. They read the raw object, so that they also run
 * when another field of the question broke the schema; each check needs only its own fields.
 */
function checkQuestion(
	raw: unknown,
	file: string,
	subject: Subject,
	context: QuestionContext
): ContentIssue[] {
	const out: ContentIssue[] = [];
	if (raw === null || typeof raw !== 'object') return out;
	const question = raw as Partial<Record<keyof Question | 'choices' | 'answer', unknown>>;
	const add = <C extends ErrorCode>(code: C, path: Path, params: ErrorParams<C>) =>
		out.push(issue(code, file, subject, path, params));
	const { seen, objectiveIds, objectivePassages, passages } = context;

	if (str(question.id)) {
		const first = seen.get(question.id);
		if (first !== undefined)
			add('duplicate-id', ['id'], { kind: 'question', id: question.id, first });
		else seen.set(question.id, file);
	}

	if (objectiveIds && str(question.objective) && !objectiveIds.includes(question.objective))
		add('unknown-objective', ['objective'], {
			objective: question.objective,
			nearest: nearest(question.objective, objectiveIds)
		});

	const covered = str(question.objective) ? objectivePassages.get(question.objective) : undefined;
	if (
		covered &&
		str(question.passage) &&
		passages?.has(question.passage) &&
		!covered.includes(question.passage)
	)
		add('passage-not-in-objective', ['passage'], {
			passage: question.passage,
			objective: question.objective as string,
			passages: covered.join(', ')
		});

	if (passages && str(question.passage)) {
		const text = passages.get(question.passage);
		if (text === undefined) {
			// The passage that holds the quote is the one the author meant: the only suggestion.
			const quote = str(question.quote) && question.quote ? question.quote : undefined;
			const holder = quote ? [...passages].find(([, t]) => t.includes(quote))?.[0] : undefined;
			add('unknown-passage', ['passage'], {
				passage: question.passage,
				nearest: holder ? '' : nearest(question.passage, passages.keys()),
				quoted: holder ?? ''
			});
		} else if (str(question.quote) && question.quote && !text.includes(question.quote)) {
			const quote = question.quote;
			const elsewhere = [...passages].find(([, t]) => t.includes(quote))?.[0] ?? '';
			add('quote-not-in-passage', ['quote'], {
				quote,
				passage: question.passage,
				closest: elsewhere ? '' : closestSpan(quote, text),
				elsewhere
			});
		}
	}

	typeChecks(question as Record<string, unknown>, passages, add);

	const type = question.type;
	if (
		(type === 'single-choice' || type === 'multiple-response') &&
		Array.isArray(question.choices)
	) {
		const choices = question.choices.filter(
			(c): c is Record<string, unknown> => c !== null && typeof c === 'object'
		);
		const choiceSeen = new Map<string, number>();
		choices.forEach((choice, i) => {
			if (!str(choice.id)) return;
			const at = choiceSeen.get(choice.id);
			if (at !== undefined)
				add('duplicate-id', ['choices', i, 'id'], {
					kind: 'choice',
					id: choice.id,
					first: `choices[${at}]`
				});
			else choiceSeen.set(choice.id, i);
		});
		const marked = choices.filter((c) => c.correct === true);
		const correct = marked.length;
		if (type === 'single-choice' && correct !== 1 && choices.length > 0)
			add('wrong-correct-count', ['choices'], {
				found: correct,
				marked: marked.map((c, i) => (str(c.id) ? q(c.id) : `#${i + 1}`)).join(', ')
			});
		if (type === 'multiple-response' && correct === 0 && choices.length > 0)
			add('no-correct-choice', ['choices'], {});
	}
	return out;
}

type Add = <C extends ErrorCode>(code: C, path: Path, params: ErrorParams<C>) => void;

const objects = (value: unknown): Record<string, unknown>[] =>
	Array.isArray(value)
		? value.filter((v): v is Record<string, unknown> => v !== null && typeof v === 'object')
		: [];

function duplicateIds(list: unknown, key: string, kind: string, add: Add): void {
	const seen = new Map<string, number>();
	objects(list).forEach((item, i) => {
		if (!str(item.id)) return;
		const at = seen.get(item.id);
		if (at !== undefined)
			add('duplicate-id', [key, i, 'id'], { kind, id: item.id, first: `${key}[${at}]` });
		else seen.set(item.id, i);
	});
}

/** Checks specific to the newer question types, on the raw object. */
function typeChecks(
	question: Record<string, unknown>,
	passages: Map<string, string> | undefined,
	add: Add
): void {
	switch (question.type) {
		case 'fill-in': {
			const accepted = new Set(
				(Array.isArray(question.answers) ? question.answers : []).filter(str).map(normalizeAnswer)
			);
			objects(question.anticipated).forEach((item, i) => {
				if (str(item.answer) && accepted.has(normalizeAnswer(item.answer)))
					add('anticipated-is-accepted', ['anticipated', i, 'answer'], { answer: item.answer });
			});
			break;
		}
		case 'numeric': {
			// A value of the wrong kind (answer: 'roughly 500') is the schema's message alone.
			const fields = ['answer', 'min', 'max', 'tolerance'];
			if (fields.some((k) => question[k] !== undefined && typeof question[k] !== 'number')) break;
			const has = (k: string) => typeof question[k] === 'number';
			const single = has('answer');
			const range = has('min') || has('max');
			if (
				single === range ||
				(range && !(has('min') && has('max'))) ||
				(has('tolerance') && !single)
			)
				add('numeric-answer-shape', [], {});
			else if (range && (question.min as number) > (question.max as number))
				add('numeric-range-reversed', ['min'], {
					min: question.min as number,
					max: question.max as number
				});
			break;
		}
		case 'matching': {
			duplicateIds(question.premises, 'premises', 'premise', add);
			duplicateIds(question.targets, 'targets', 'target', add);
			const targetIds = objects(question.targets)
				.map((t) => t.id)
				.filter(str);
			objects(question.premises).forEach((premise, i) => {
				if (str(premise.match) && !targetIds.includes(premise.match))
					add('unknown-target', ['premises', i, 'match'], {
						match: premise.match,
						nearest: nearest(premise.match, targetIds)
					});
			});
			break;
		}
		case 'ordering':
			duplicateIds(question.items, 'items', 'item', add);
			break;
		case 'evidence': {
			const text = str(question.passage) ? passages?.get(question.passage) : undefined;
			if (text === undefined || !str(question.quote)) break;
			const sentences = splitSentences(text);
			if (sentences.length > 36)
				add('too-many-sentences', ['passage'], { found: sentences.length });
			const answer = sentenceContaining(sentences, question.quote);
			if (answer === -1 && text.includes(question.quote)) {
				const start = text.indexOf(question.quote);
				const end = start + question.quote.length;
				const spanned = sentences.filter((s) => s.end > start && s.start < end);
				add('quote-spans-sentences', ['quote'], {
					sentences: spanned.map((s) => q(s.text)).join(' and ')
				});
			}
			objects(question.distractors).forEach((d, i) => {
				if (!str(d.quote)) return;
				if (!text.includes(d.quote)) {
					add('quote-not-in-passage', ['distractors', i, 'quote'], {
						quote: d.quote,
						passage: question.passage as string,
						closest: closestSpan(d.quote, text),
						elsewhere: ''
					});
				} else if (answer !== -1 && sentenceContaining(sentences, d.quote) === answer) {
					add('distractor-is-answer', ['distractors', i, 'quote'], { quote: d.quote });
				}
			});
			break;
		}
	}
}
