/**
 * The pure half of `npm run new` (no file system): an article file's text → its title and
 * paragraphs → the data and the TypeScript text of a new course folder (article.ts, course.ts,
 * bank-starter.ts). scripts/new.ts reads the file, writes the folder and checks the result.
 *
 * Text is kept as written, with these normalisations only: a byte-order mark at the start is
 * dropped; Windows (CR LF) and old Mac (CR) line endings become LF; spaces and tabs at the start
 * and end of a line are dropped; the lines of one paragraph are joined with one space.
 */
import { ID_MAX, ID_PATTERN } from '../../src/lib/content/limits.ts';
import { parseNumber } from '../../src/lib/content/normalize.ts';
import { splitSentences, type Sentence } from '../../src/lib/content/sentences.ts';
import { slugify } from '../../src/lib/content/similar.ts';
import type { Article, CourseMeta, Question, QuestionType } from '../../src/lib/content/schema.ts';

/** The article cannot be turned into a course; the message says why and what to do. */
export class ScaffoldError extends Error {}

export type ArticleFormat = 'text' | 'markdown';

export interface ParsedArticle {
	title: string;
	paragraphs: string[];
}

export const MASTERY_SCORE = 70;

/** Drops a leading byte-order mark and turns CR LF and lone CR line endings into LF. */
export function normalizeLineEndings(raw: string): string {
	return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** C0 and C1 control characters other than the tab (line breaks are gone by then). */
function isControl(ch: string): boolean {
	const code = ch.charCodeAt(0);
	return (code < 0x20 && ch !== '\t') || (code >= 0x7f && code <= 0x9f);
}

/** A line of spaces only (any kind of space) separates paragraphs. */
const isBlank = (line: string) => /^\s*$/u.test(line);
/** Trims spaces and tabs only: a non-breaking space at a line's edge is text, and is kept. */
const trimLine = (line: string) => line.replace(/^[ \t]+|[ \t]+$/g, '');

/**
 * Title and paragraphs of an article file. The title is the first line (for Markdown, a
 * `# Title` heading or a line underlined with `===`), unless `title` is given: then a plain
 * first line is the first paragraph, and a Markdown heading is replaced. Paragraphs are
 * separated by blank lines; a plain-text file without blank lines after the title has one
 * paragraph per line.
 */
export function parseArticle(
	raw: string,
	options: { format?: ArticleFormat; title?: string; name?: string } = {}
): ParsedArticle {
	const format = options.format ?? 'text';
	const name = options.name ?? 'The article';
	const lines = normalizeLineEndings(raw).split('\n');
	// Control characters are invisible in an editor and break SCORM data: refuse them plainly.
	lines.forEach((line, i) => {
		const control = [...line].find(isControl);
		if (control)
			throw new ScaffoldError(
				`${name} has a control character (U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}) on line ${i + 1}: remove it and try again.`
			);
	});
	const first = lines.findIndex((line) => !isBlank(line));
	if (first === -1)
		throw new ScaffoldError(`${name} is empty: there is no text to make a course from.`);
	let title = options.title === undefined ? undefined : options.title.trim();
	let bodyStart = first;
	const heading = /^#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(lines[first]!);
	if (format === 'markdown' && heading) {
		title ??= heading[1]!;
		bodyStart = first + 1;
	} else if (format === 'markdown' && /^=+[ \t]*$/.test(lines[first + 1] ?? '')) {
		title ??= trimLine(lines[first]!);
		bodyStart = first + 2;
	} else if (title === undefined) {
		title = trimLine(lines[first]!);
		bodyStart = first + 1;
	}
	if (!title || !title.trim())
		throw new ScaffoldError(`${name} has no title: give one with --title "…".`);

	const body = lines.slice(bodyStart);
	const filled = body.map((line) => !isBlank(line));
	const firstFilled = filled.indexOf(true);
	const lastFilled = filled.lastIndexOf(true);
	const blankInside =
		firstFilled !== -1 && filled.slice(firstFilled, lastFilled + 1).some((f) => !f);
	const paragraphs: string[] = [];
	if (format === 'markdown' || blankInside) {
		let current: string[] = [];
		for (const line of [...body, '']) {
			if (!isBlank(line)) current.push(trimLine(line));
			else if (current.length) {
				paragraphs.push(current.join(' '));
				current = [];
			}
		}
	} else {
		for (const line of body) if (!isBlank(line)) paragraphs.push(trimLine(line));
	}
	if (paragraphs.length === 0)
		throw new ScaffoldError(
			`${name} has a title line but no paragraphs after it: put the text under the title, one paragraph per line or separated by blank lines.`
		);
	return { title, paragraphs };
}

/** Whether `id` can name a course (and its folder); else the message to show. */
export function courseIdProblem(id: string): string | undefined {
	if (ID_PATTERN.test(id) && id.length <= ID_MAX) return undefined;
	const suggestion = slugify(id);
	const rule = `A course id uses lower-case letters, digits and single hyphens, at most ${ID_MAX} characters`;
	return suggestion
		? `"${id}" is not a course id. ${rule}: try "${suggestion}".`
		: `"${id}" is not a course id. ${rule}, e.g. "my-article".`;
}

// ─── Looking at the text ────────────────────────────────────────────────────────────────────

interface Word {
	text: string;
	start: number;
	end: number;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’-]*[\p{L}\p{N}])?/gu;

function words(text: string): Word[] {
	return [...text.matchAll(WORD)].map((m) => ({
		text: m[0],
		start: m.index,
		end: m.index + m[0].length
	}));
}

const STOP_WORDS = new Set(
	(
		'about above after again against along among another because been before being below ' +
		'between could during either every first from further their there these those through ' +
		'under until which while whose would other others since still where often several ' +
		'should might shall upon within without something however therefore although whether'
	).split(' ')
);

/** A word worth asking for: letters only, five or more of them, not a common little word. */
const isKeyword = (word: string) =>
	/^\p{L}{5,40}$/u.test(word) && !STOP_WORDS.has(word.toLowerCase());

/** An id made from a text ("Sergei Shoigu" → "sergei-shoigu"), or `fallback`. */
const idFrom = (text: string, fallback: string) =>
	slugify(text).slice(0, 40).replace(/-+$/, '') || fallback;

const lower = (s: string) => s.toLocaleLowerCase('en');

function wordSet(text: string): Set<string> {
	return new Set(words(text).map((w) => lower(w.text)));
}

interface Spot {
	/** Index of the passage in the article. */
	passage: number;
	sentence: Sentence;
	/** Index of the sentence in its passage. */
	index: number;
}

/**
 * A window of about `radius` words either side of a word, cut from its sentence verbatim (up
 * to the last word: the sentence's final stop is left out, so that it reads well in quotes).
 */
function fragmentAround(sentence: Sentence, target: Word, radius = 6) {
	const all = words(sentence.text);
	const at = all.findIndex((w) => w.start === target.start);
	const from = Math.max(0, at - radius);
	const to = Math.min(all.length - 1, at + radius);
	const start = from === 0 ? 0 : all[from]!.start;
	const end = all[to]!.end;
	return {
		text: sentence.text.slice(start, end),
		/** The fragment with the word blanked, with … where the sentence goes on. */
		blanked:
			(from > 0 ? '…' : '') +
			sentence.text.slice(start, target.start) +
			'____' +
			sentence.text.slice(target.end, end) +
			(to < all.length - 1 ? '…' : '')
	};
}

/** The first `count` words of a text, with … when it goes on. */
function opening(text: string, count = 9): string {
	const all = words(text);
	if (all.length <= count) return text;
	return `${text.slice(0, all[count - 1]!.end)}…`;
}

/** A sentence as a learner reads it in a prompt: whole when short, else its first 24 words. */
const shown = (text: string) => opening(text, 24);

// ─── The course ─────────────────────────────────────────────────────────────────────────────

export interface ScaffoldInput {
	id: string;
	article: ParsedArticle;
	/** The article file's name, for comments. */
	fileName: string;
	/** Import path of questions/define.ts from the new folder, normally '../define'. */
	defineImport?: string;
}

export interface StarterQuestion {
	/** Comment lines written above the question. */
	comment: string[];
	question: Question;
}

export interface Scaffold {
	article: Article;
	course: CourseMeta;
	questions: StarterQuestion[];
	/** File name → TypeScript text. */
	files: Record<'article.ts' | 'course.ts' | 'bank-starter.ts', string>;
}

const paragraphsLabel = (numbers: number[]) =>
	numbers.length === 1 ? `paragraph ${numbers[0]}` : `paragraphs ${numbers.join(' and ')}`;

export function scaffoldCourse(input: ScaffoldInput): Scaffold {
	const { id, article: parsed } = input;
	const article: Article = {
		id,
		title: parsed.title,
		source: 'TODO: where the article comes from (author, publication, date), shown under the title',
		passages: parsed.paragraphs.map((text, i) => ({ id: `p${i + 1}`, text }))
	};
	// One objective per two paragraphs (the last may have one).
	const objectives: CourseMeta['objectives'] = [];
	for (let i = 0; i < article.passages.length; i += 2) {
		const numbers = [i + 1, i + 2].filter((n) => n <= article.passages.length);
		objectives.push({
			id: numbers.length === 1 ? `paragraph-${numbers[0]}` : `paragraphs-${numbers.join('-')}`,
			title: `TODO: what the learner can do after reading ${paragraphsLabel(numbers)}`,
			passages: numbers.map((n) => `p${n}`)
		});
	}
	const course: CourseMeta = {
		id,
		title: parsed.title,
		description: 'TODO: one or two sentences for the start page, or delete this line.',
		masteryScore: MASTERY_SCORE,
		objectives
	};
	const questions = starterQuestions(article, objectives);
	const defineImport = input.defineImport ?? '../define';
	return {
		article,
		course,
		questions,
		files: {
			'article.ts': articleFile(article, input.fileName, defineImport),
			'course.ts': courseFile(course, defineImport),
			'bank-starter.ts': bankFile(questions, input.fileName, defineImport)
		}
	};
}

/** Picks sentences and words for the examples, spreading them over the objectives. */
class Picker {
	readonly sentences: Sentence[][];
	private readonly usedSentences = new Set<string>();
	private readonly usedWords = new Set<string>();
	readonly perObjective = new Map<string, number>();

	constructor(
		readonly article: Article,
		readonly objectives: CourseMeta['objectives']
	) {
		this.sentences = article.passages.map((p) => splitSentences(p.text));
	}

	objectiveOf(passage: number): string {
		const id = this.article.passages[passage]!.id;
		return this.objectives.find((o) => o.passages.includes(id))!.id;
	}

	/** Passage indexes, those of the least-used objectives first, then in article order. */
	passageOrder(): number[] {
		const uses = (i: number) => this.perObjective.get(this.objectiveOf(i)) ?? 0;
		return this.article.passages.map((_, i) => i).sort((a, b) => uses(a) - uses(b) || a - b);
	}

	spots(passage: number): Spot[] {
		return this.sentences[passage]!.map((sentence, index) => ({ passage, sentence, index }));
	}

	/** Sentences in the preferred order, unused ones first. */
	allSpots(): Spot[] {
		const key = (s: Spot) => `${s.passage}:${s.index}`;
		const order = this.passageOrder().flatMap((p) => this.spots(p));
		return [
			...order.filter((s) => !this.usedSentences.has(key(s))),
			...order.filter((s) => this.usedSentences.has(key(s)))
		];
	}

	isUsed(spot: Spot): boolean {
		return this.usedSentences.has(`${spot.passage}:${spot.index}`);
	}

	use(spot: Spot, word?: string): void {
		this.usedSentences.add(`${spot.passage}:${spot.index}`);
		if (word) this.usedWords.add(lower(word));
	}

	count(objective: string): void {
		this.perObjective.set(objective, (this.perObjective.get(objective) ?? 0) + 1);
	}

	/** A sentence and a keyword in it (the longest unused one), for a blank to fill. */
	keyword(spots = this.allSpots()): { spot: Spot; word: Word } | undefined {
		let fallback: { spot: Spot; word: Word } | undefined;
		for (const spot of spots) {
			const all = words(spot.sentence.text);
			const counts = new Map<string, number>();
			for (const w of all) counts.set(lower(w.text), (counts.get(lower(w.text)) ?? 0) + 1);
			const candidates = all
				.filter((w) => isKeyword(w.text) && counts.get(lower(w.text)) === 1)
				.sort((a, b) => b.text.length - a.text.length || a.start - b.start);
			const fresh = candidates.find((w) => !this.usedWords.has(lower(w.text)));
			if (fresh) return { spot, word: fresh };
			// Any word that occurs once in its sentence will do when no keyword is left.
			const any = all.find((w) => counts.get(lower(w.text)) === 1 && w.text.length <= 40);
			if (!fallback && (candidates[0] ?? any)) fallback = { spot, word: (candidates[0] ?? any)! };
		}
		return fallback;
	}

	/** Keywords of the article that do not occur in `avoid`, nearest in length to `like` first. */
	otherWords(avoid: string, like: string, count: number): string[] {
		const banned = wordSet(avoid);
		const seen = new Set<string>();
		const found: string[] = [];
		for (const passage of this.article.passages)
			for (const w of words(passage.text)) {
				const key = lower(w.text);
				if (!isKeyword(w.text) || banned.has(key) || seen.has(key)) continue;
				if (lower(avoid).includes(key)) continue;
				seen.add(key);
				found.push(w.text);
			}
		found.sort((a, b) => Math.abs(a.length - like.length) - Math.abs(b.length - like.length) || 0);
		return found.slice(0, count);
	}
}

const PLACEHOLDER_CHOICE = 'An option the article does not support (replace this example)';

type Made = StarterQuestion | undefined;

function questionBase(picker: Picker, passage: number, id: string) {
	const objective = picker.objectiveOf(passage);
	picker.count(objective);
	return { id, objective, passage: picker.article.passages[passage]!.id };
}

function makeSingleChoice(picker: Picker, id: string, spot?: Spot): Made {
	const pick = picker.keyword(spot ? [spot] : undefined);
	if (!pick) return undefined;
	picker.use(pick.spot, pick.word.text);
	const n = pick.spot.passage + 1;
	const fragment = fragmentAround(pick.spot.sentence, pick.word);
	const right = pick.word.text;
	const others = picker.otherWords(fragment.text, right, 3);
	const wrong = others.length ? others : [PLACEHOLDER_CHOICE];
	const choices = [
		...wrong.map((w) => ({
			id: idFrom(w, 'other'),
			text: w,
			feedback: `The article says "${fragment.text}".`
		})),
		{
			id: idFrom(right, 'right'),
			text: right,
			correct: true,
			feedback: `Right: the article says "${fragment.text}".`
		}
	];
	// The right answer goes second, so that it is not always first or last.
	choices.splice(1, 0, choices.pop()!);
	return {
		comment: [
			'single-choice: one right option, the others plausible misreadings. This example asks',
			'for a word of the text; a real question asks about its meaning.'
		],
		question: {
			...questionBase(picker, pick.spot.passage, id),
			type: 'single-choice',
			quote: fragment.text,
			difficulty: 1,
			prompt: `Which word completes this sentence from paragraph ${n}? ${quoted(fragment.blanked)}`,
			explanation: `The article says "${fragment.text}".`,
			choices: uniqueIds(choices)
		}
	};
}

function makeMultipleResponse(picker: Picker, id: string): Made {
	const several = picker.article.passages.length > 1;
	for (const spot of picker.allSpots()) {
		const scope = several ? picker.article.passages[spot.passage]!.text : spot.sentence.text;
		const keys = [
			...new Map(
				words(spot.sentence.text)
					.filter((w) => isKeyword(w.text))
					.map((w) => [lower(w.text), w.text])
			).values()
		];
		if (keys.length < 2) continue;
		const right = [...keys].sort((a, b) => b.length - a.length).slice(0, 2);
		const wrong = picker.otherWords(scope, right[0]!, 2);
		picker.use(spot);
		const n = spot.passage + 1;
		const where = several ? `paragraph ${n}` : 'this sentence of the article';
		const quote = spot.sentence.text;
		const choices = [
			{
				id: idFrom(right[0]!, 'first'),
				text: right[0]!,
				correct: true,
				feedback: `Right: ${where} uses "${right[0]}".`
			},
			...(wrong.length ? wrong : [PLACEHOLDER_CHOICE]).map((w) => ({
				id: idFrom(w, 'other'),
				text: w,
				feedback: `"${w}" is not in ${where}.`
			})),
			{
				id: idFrom(right[1]!, 'second'),
				text: right[1]!,
				correct: true,
				feedback: `Right: ${where} uses "${right[1]}".`
			}
		];
		const prompt = several
			? `Which of these words does paragraph ${n} use?`
			: `Which of these words does this sentence of the article use? ${quoted(shown(quote))}`;
		return {
			comment: [
				'multiple-response: several right options (each marked correct: true), partial credit.',
				'A real question asks for the facts the passage gives about one thing.'
			],
			question: {
				...questionBase(picker, spot.passage, id),
				type: 'multiple-response',
				quote,
				difficulty: 1,
				prompt,
				explanation: `${capital(where)} uses "${right[0]}" and "${right[1]}"${wrong.length ? `, not ${wrong.map((w) => `"${w}"`).join(' or ')}` : ''}.`,
				choices: uniqueIds(choices)
			}
		};
	}
	return undefined;
}

/** A short sentence (of five words or more when there is one) of the first passage to use. */
function shortSpot(picker: Picker): Spot {
	const spots = picker.allSpots();
	const first = spots.filter((s) => s.passage === spots[0]!.passage);
	const fresh = first.filter((s) => !picker.isUsed(s));
	const pool = fresh.length ? fresh : first;
	const long = pool.filter((s) => words(s.sentence.text).length >= 5);
	return [...(long.length ? long : pool)].sort(
		(a, b) => a.sentence.text.length - b.sentence.text.length || a.index - b.index
	)[0]!;
}

function makeTrueFalse(picker: Picker, id: string, spot = shortSpot(picker)): Made {
	picker.use(spot);
	const n = spot.passage + 1;
	const sentence = shown(spot.sentence.text);
	return {
		comment: [
			'true-false: one statement the passage supports (answer: true) or contradicts (false).',
			'A real question restates the idea in other words, or overstates a cautious claim.'
		],
		question: {
			...questionBase(picker, spot.passage, id),
			type: 'true-false',
			quote: spot.sentence.text,
			difficulty: 1,
			prompt: `True or false? Paragraph ${n} says: ${quoted(sentence)}`,
			explanation: `True. Paragraph ${n} says "${sentence}"`,
			answer: true,
			feedback: {
				true: `Correct: paragraph ${n} says "${sentence}"`,
				false: `It does: paragraph ${n} says "${sentence}"`
			}
		}
	};
}

function makeFillIn(picker: Picker, id: string, spot?: Spot): Made {
	const pick = picker.keyword(spot ? [spot] : undefined);
	if (!pick) return undefined;
	picker.use(pick.spot, pick.word.text);
	const n = pick.spot.passage + 1;
	const fragment = fragmentAround(pick.spot.sentence, pick.word);
	const right = pick.word.text;
	const tempting = picker.otherWords(fragment.text, right, 1)[0];
	return {
		comment: [
			'fill-in: the learner types a word or short phrase. Case, accents and punctuation are',
			'ignored; list every wording you accept in answers.'
		],
		question: {
			...questionBase(picker, pick.spot.passage, id),
			type: 'fill-in',
			quote: fragment.text,
			difficulty: 2,
			prompt: `Complete the sentence from paragraph ${n} with the word the article uses: ${quoted(fragment.blanked)}`,
			explanation: `The article says "${fragment.text}".`,
			answers: [right],
			feedback: {
				correct: `Right: the article says "${fragment.text}".`,
				incorrect: `The article says "${fragment.text}".`
			},
			...(tempting
				? {
						anticipated: [
							{
								answer: tempting,
								feedback: `"${tempting}" is elsewhere in the article; here it says "${fragment.text}".`
							}
						]
					}
				: {})
		}
	};
}

const NUMBER = /(?<![\p{L}\p{N}.,-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\p{L}\p{N}]|[.,]\d)/gu;

function makeNumeric(picker: Picker, id: string): Made {
	for (const spot of picker.allSpots()) {
		for (const match of spot.sentence.text.matchAll(NUMBER)) {
			const value = parseNumber(match[0]);
			if (!Number.isFinite(value) || Math.abs(value) > 1e12) continue;
			const word = { text: match[0], start: match.index, end: match.index + match[0].length };
			const fragment = fragmentAround(spot.sentence, word);
			picker.use(spot);
			const n = spot.passage + 1;
			return {
				comment: [
					'numeric: the learner types a number. Write answer (with tolerance if you like)',
					'or min and max; low and high are optional feedback for answers below or above.'
				],
				question: {
					...questionBase(picker, spot.passage, id),
					type: 'numeric',
					quote: fragment.text,
					difficulty: 1,
					prompt: `What number does paragraph ${n} give here? ${quoted(fragment.blanked)} Type a number.`,
					explanation: `The article says "${fragment.text}".`,
					answer: value,
					feedback: {
						correct: `Right: the article says "${fragment.text}".`,
						incorrect: `The article says "${fragment.text}".`,
						low: `Too low: the article says "${fragment.text}".`,
						high: `Too high: the article says "${fragment.text}".`
					}
				}
			};
		}
	}
	return undefined;
}

/** Two or more sentences of one passage, each with four or more words, for matching. */
function matchingSpots(picker: Picker): Spot[] {
	const long = (s: Spot) => words(s.sentence.text).length >= 4;
	for (const p of picker.passageOrder()) {
		const run = picker.spots(p).filter(long).slice(0, 3);
		if (run.length >= 2) return run;
	}
	return picker.allSpots().filter(long).slice(0, 3);
}

/** A sentence cut at a word boundary near its middle. */
function halves(text: string): { first: string; second: string } {
	const all = words(text);
	const cut = all[Math.ceil(all.length / 2)]!.start;
	return { first: text.slice(0, cut).replace(/[ \t]+$/, ''), second: text.slice(cut) };
}

function makeMatching(picker: Picker, id: string): Made {
	const spots = matchingSpots(picker);
	if (spots.length < 2) return undefined;
	const passage = spots[0]!.passage;
	const samePassage = spots.filter((s) => s.passage === passage);
	const text = picker.article.passages[passage]!.text;
	const quote = text.slice(samePassage[0]!.sentence.start, samePassage.at(-1)!.sentence.end);
	const pairs = spots.map((s, i) => ({
		n: i + 1,
		whole: s.sentence.text,
		...halves(s.sentence.text)
	}));
	spots.forEach((s) => picker.use(s));
	// A tempting wrong end: the end of another sentence, when there is one.
	const other = picker
		.allSpots()
		.find(
			(s) =>
				!spots.some((t) => t.passage === s.passage && t.index === s.index) &&
				words(s.sentence.text).length >= 4
		);
	const targets = pairs.map((p) => ({ id: `end-${p.n}`, text: `… ${p.second}` }));
	targets.push(targets.shift()!);
	if (other)
		targets.splice(1, 0, { id: 'end-other', text: `… ${halves(other.sentence.text).second}` });
	const where = samePassage.length === spots.length ? `paragraph ${passage + 1}` : 'the article';
	const sentences = pairs.map((p) => `"${p.whole}"`).join(' ');
	return {
		comment: [
			'matching: pairs of things the passage connects (people and roles, years and events).',
			'Each premise names its target in match; a target no premise names is a distractor.'
		],
		question: {
			...questionBase(picker, passage, id),
			type: 'matching',
			quote,
			difficulty: 2,
			prompt: `Match the beginning of each sentence from ${where} with its end.`,
			explanation: `The sentences read: ${sentences}`,
			premises: pairs.map((p) => ({
				id: `start-${p.n}`,
				text: `${p.first} …`,
				match: `end-${p.n}`
			})),
			targets,
			feedback: {
				correct: `Right: each beginning is matched with its end, as in ${where}.`,
				incorrect: `Read ${where} again: ${sentences}`
			}
		}
	};
}

function makeOrdering(picker: Picker, id: string): Made {
	let spots: Spot[] = [];
	for (const p of picker.passageOrder())
		if (picker.sentences[p]!.length >= 3) {
			spots = picker.spots(p).slice(0, 4);
			break;
		}
	let where = spots.length ? `paragraph ${spots[0]!.passage + 1}` : '';
	if (!spots.length && picker.article.passages.length >= 3) {
		spots = picker.article.passages.slice(0, 4).map((_, p) => picker.spots(p)[0]!);
		where = 'the article';
	}
	if (spots.length < 3) return undefined;
	const passage = spots[0]!.passage;
	const text = picker.article.passages[passage]!.text;
	const inFirst = spots.filter((s) => s.passage === passage);
	const quote = text.slice(inFirst[0]!.sentence.start, inFirst.at(-1)!.sentence.end);
	spots.forEach((s) => picker.use(s));
	const items = spots.map((s, i) => ({ id: `sentence-${i + 1}`, text: opening(s.sentence.text) }));
	return {
		comment: [
			'ordering: items written in the right order; the lesson shuffles them. Use it for a',
			'sequence the passage makes clear: dates, steps, causes and their consequences.'
		],
		question: {
			...questionBase(picker, passage, id),
			type: 'ordering',
			quote,
			difficulty: 2,
			prompt: `Put these sentences in the order in which ${where} gives them.`,
			explanation: `In ${where}, ${items.map((item) => `"${item.text}"`).join(', then ')}.`,
			items,
			feedback: {
				correct: `Right: this is the order of ${where}.`,
				incorrect: `In ${where}, the order is: ${items.map((item) => `"${item.text}"`).join(', then ')}.`
			}
		}
	};
}

/**
 * A few words around a keyword of a sentence that no other sentence of its passage contains
 * (the longest keywords first, then more words), else the whole sentence if it is unique.
 */
function distinctiveWords(spot: Spot, sentences: Sentence[]): string | undefined {
	const unique = (text: string) =>
		sentences.every((s, i) => i === spot.index || !s.text.includes(text));
	const keys = words(spot.sentence.text)
		.filter((w) => isKeyword(w.text))
		.sort((a, b) => b.text.length - a.text.length || a.start - b.start);
	for (const radius of [3, 4, 6])
		for (const key of keys) {
			const text = phraseAround(spot.sentence, key, radius);
			if (unique(text)) return text;
		}
	return unique(spot.sentence.text) ? spot.sentence.text : undefined;
}

/** Words around a keyword, without little words ("the", "of") at either end. */
function phraseAround(sentence: Sentence, key: Word, radius: number): string {
	const all = words(sentence.text);
	const at = all.findIndex((w) => w.start === key.start);
	let from = Math.max(0, at - radius);
	let to = Math.min(all.length - 1, at + radius);
	const little = (w: Word) => w.text.length <= 3 || STOP_WORDS.has(lower(w.text));
	while (from < at && little(all[from]!)) from++;
	while (to > at && little(all[to]!)) to--;
	return sentence.text.slice(all[from]!.start, all[to]!.end);
}

function makeEvidence(picker: Picker, id: string): Made {
	for (const p of picker.passageOrder()) {
		const sentences = picker.sentences[p]!;
		if (sentences.length < 3 || sentences.length > 36) continue;
		const spots = picker.spots(p);
		// The right sentence is not the first, so that the learner has to read on.
		const later = spots.slice(1);
		const answer = [
			...later.filter((s) => !picker.isUsed(s)),
			...later.filter((s) => picker.isUsed(s))
		].find((s) => distinctiveWords(s, sentences));
		if (!answer) continue;
		const quote = distinctiveWords(answer, sentences)!;
		const other = spots.find((s) => s.index !== answer.index && distinctiveWords(s, sentences));
		const distractor = other && distinctiveWords(other, sentences)!;
		picker.use(answer);
		const n = p + 1;
		return {
			comment: [
				'evidence: the learner picks the sentence of the passage that supports a claim; it is',
				'the sentence that holds the quote. A real prompt states the claim in your own words',
				'("Which sentence shows that …?"), so that the learner must understand, not match words.'
			],
			question: {
				...questionBase(picker, p, id),
				type: 'evidence',
				quote,
				difficulty: 2,
				prompt: `Which sentence of paragraph ${n} contains the words "${quote}"?`,
				explanation: `Sentence ${answer.index + 1} of paragraph ${n} says "${quote}".`,
				feedback: {
					correct: `Right: this sentence says "${quote}".`,
					incorrect: `The words "${quote}" are in sentence ${answer.index + 1} of the paragraph.`
				},
				...(distractor
					? {
							distractors: [
								{
									quote: distractor,
									feedback: `This sentence says "${distractor}", not "${quote}".`
								}
							]
						}
					: {})
			}
		};
	}
	return undefined;
}

type Maker = (picker: Picker, id: string) => Made;

const EXAMPLES: [QuestionType, Maker, string][] = [
	['single-choice', makeSingleChoice, ''],
	['multiple-response', makeMultipleResponse, 'no sentence has two words of five letters or more'],
	['true-false', makeTrueFalse, ''],
	['fill-in', makeFillIn, ''],
	['numeric', makeNumeric, 'the article has no number written in digits'],
	['matching', makeMatching, 'the article has fewer than two sentences of four words or more'],
	[
		'ordering',
		makeOrdering,
		'no paragraph has three sentences and the article has fewer than three paragraphs'
	],
	['evidence', makeEvidence, 'no paragraph has between 3 and 36 sentences']
];

/** One example per type, then one starter question for each objective still without one. */
function starterQuestions(
	article: Article,
	objectives: CourseMeta['objectives']
): StarterQuestion[] {
	const picker = new Picker(article, objectives);
	const out: StarterQuestion[] = [];
	for (const [type, make, why] of EXAMPLES) {
		const made = make(picker, `example-${type}`);
		if (made) {
			out.push(made);
			continue;
		}
		// Without the material for this type, another type stands in, with a comment saying why.
		const standId = `example-${type}-stand-in`;
		const stand =
			makeFillIn(picker, standId) ??
			makeSingleChoice(picker, standId) ??
			makeTrueFalse(picker, standId)!;
		stand.comment = [
			`No ${type} example: ${why}.`,
			`This ${stand.question.type} question stands in for it.`,
			...stand.comment
		];
		out.push(stand);
	}
	const fillers: ((picker: Picker, id: string, spot: Spot) => Made)[] = [
		makeFillIn,
		makeSingleChoice,
		makeTrueFalse
	];
	let turn = 0;
	for (const objective of objectives) {
		if (picker.perObjective.get(objective.id)) continue;
		const passages = objective.passages.map((id) => article.passages.findIndex((p) => p.id === id));
		const spot = passages.flatMap((p) => picker.spots(p))[0]!;
		const id = `starter-${objective.id}`;
		const made =
			fillers[turn++ % fillers.length]!(picker, id, spot) ?? makeTrueFalse(picker, id, spot)!;
		made.comment = [
			`A starter question for objective ${objective.id}, so that every objective has one: replace it.`
		];
		out.push(made);
	}
	return out;
}

/** Choice ids are unique inside a question: a repeated slug gets a number. */
function uniqueIds<T extends { id: string }>(items: T[]): T[] {
	const seen = new Map<string, number>();
	return items.map((item) => {
		const n = (seen.get(item.id) ?? 0) + 1;
		seen.set(item.id, n);
		return n === 1 ? item : { ...item, id: `${item.id}-${n}`.slice(-64).replace(/^-+/, '') };
	});
}

const quoted = (text: string) => `"${text}"`;
const oneLine = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, ' ');
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

// ─── Writing TypeScript ─────────────────────────────────────────────────────────────────────

/**
 * A string literal that gives back `value` exactly: single quotes unless the text has
 * apostrophes and no double quotes; backslashes, the quote, line breaks, control characters
 * and the line/paragraph separators escaped; every other character written as itself.
 */
export function tsString(value: string): string {
	const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
	let out = '';
	for (const ch of value) {
		const code = ch.codePointAt(0)!;
		if (ch === '\\') out += '\\\\';
		else if (ch === quote) out += `\\${quote}`;
		else if (ch === '\n') out += '\\n';
		else if (ch === '\r') out += '\\r';
		else if (ch === '\t') out += '\\t';
		else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029)
			out += `\\u${code.toString(16).padStart(4, '0')}`;
		else out += ch;
	}
	return `${quote}${out}${quote}`;
}

/** A value as a TypeScript literal, objects and lists of objects one entry per line. */
export function tsLiteral(value: unknown, indent = ''): string {
	const inner = `${indent}\t`;
	if (typeof value === 'string') return tsString(value);
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (Array.isArray(value)) {
		if (value.every((v) => typeof v !== 'object' || v === null))
			return `[${value.map((v) => tsLiteral(v, indent)).join(', ')}]`;
		return `[\n${value.map((v) => `${inner}${tsLiteral(v, inner)}`).join(',\n')}\n${indent}]`;
	}
	if (value !== null && typeof value === 'object') {
		const entries = Object.entries(value).filter(([, v]) => v !== undefined);
		return `{\n${entries.map(([k, v]) => `${inner}${k}: ${tsLiteral(v, inner)}`).join(',\n')}\n${indent}}`;
	}
	throw new TypeError(`No literal for ${String(value)}`);
}

function articleFile(article: Article, fileName: string, defineImport: string): string {
	return [
		`// The article, made by \`npm run new\` from ${oneLine(fileName)}:`,
		'// one passage per paragraph, the text as written. Do not edit the text: questions quote it',
		'// word for word. Fill in `source`.',
		'// A map or chart of the article goes into its passage as a figure, the image file beside',
		"// this one: figures: [{ image: 'map.png', alt: 'What the map shows', caption: 'Optional',",
		"// after: 'words of the sentence it follows' }] (docs/authoring.md#figures).",
		`import { defineArticle } from ${tsString(defineImport)};`,
		'',
		`export default defineArticle(${tsLiteral(article)});`,
		''
	].join('\n');
}

function courseFile(course: CourseMeta, defineImport: string): string {
	return [
		'// The course, made by `npm run new`. Replace each TODO: an objective title says what the',
		'// learner should be able to do ("Explain why …", "Identify …"). Objectives may cover other',
		'// paragraphs; if you change an objective id, change it in the questions too.',
		`import { defineCourse } from ${tsString(defineImport)};`,
		'',
		`export default defineCourse(${tsLiteral(course)});`,
		''
	].join('\n');
}

/** The fields every question has first, in the order of the authoring guide. */
function inOrder(question: Question): Question {
	const first = [
		'id',
		'type',
		'objective',
		'passage',
		'quote',
		'difficulty',
		'prompt',
		'explanation'
	];
	const entries = Object.entries(question);
	const rank = (key: string) => (first.includes(key) ? first.indexOf(key) : first.length);
	return Object.fromEntries(entries.sort(([a], [b]) => rank(a) - rank(b))) as Question;
}

function bankFile(questions: StarterQuestion[], fileName: string, defineImport: string): string {
	const body = questions
		.map(({ comment, question }) =>
			[...comment.map((line) => `\t// ${line}`), `\t${tsLiteral(inOrder(question), '\t')}`].join(
				'\n'
			)
		)
		.join(',\n');
	return [
		`// Starter questions, made by \`npm run new\` from ${oneLine(fileName)}.`,
		'// One example of each question type, drawn from the article. They are valid as they are,',
		'// but they only check that the learner can find words in the text: replace each one with a',
		'// real question (docs/authoring.md, "The question types"), or delete it once its objective',
		'// has questions of your own. Every objective needs at least one question; six or more, at',
		'// the three difficulties, let the adaptive lesson do its work.',
		`import { defineBank } from ${tsString(defineImport)};`,
		"import type article from './article';",
		"import type course from './course';",
		'',
		'// With <typeof article, typeof course>, an editor underlines a passage or objective id',
		'// that this course does not have (and `npm run check:content` lists them).',
		`export default defineBank<typeof article, typeof course>([\n${body}\n]);`,
		''
	].join('\n');
}
