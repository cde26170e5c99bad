/**
 * The item-quality linter (pure): warnings about questions that a test-wise learner could
 * answer without reading the article. It runs on a course that has no errors, and reports in
 * the same `file → question → field` form as the validator, with codes from the error catalog
 * whose entries have `severity: 'warning'`.
 *
 * The checks follow the item-writing guidelines reviewed by Haladyna, Downing & Rodriguez
 * (2002), "A review of multiple-choice item-writing guidelines for classroom assessment",
 * Applied Measurement in Education 15(3), 309-334: avoid clues to the right answer (word
 * repetition between stem and key, length, specific determiners, position), word the stem
 * positively, use plausible options, keep items independent of each other.
 * docs/authoring.md ("Item-quality warnings") explains each check with an example.
 */
import type { CourseSource } from './course.ts';
import type { ContentIssue, ErrorCode, ErrorParams, Subject } from './errors.ts';
import type { Article, CourseMeta, Question } from './schema.ts';
import { DEFAULT_PARAMS } from '../engine/engine.ts';
import { sentenceContaining, splitSentences, type Sentence } from './sentences.ts';

type Path = (string | number)[];

/** More questions than this on one sentence of the article is over-testing it. */
export const MAX_QUESTIONS_PER_SENTENCE = 3;
/** The right option is a length cue when longer than this times the mean of the others. */
export const LENGTH_RATIO = 1.5;
/** …and longer by this many characters at least. */
export const LENGTH_MIN_DIFFERENCE = 20;

// ---------------------------------------------------------------------------------------------
// Words

/**
 * Words that carry no content of their own: function words, and the words of the questions'
 * own instructions ("According to the article, which sentence shows…").
 */
const STOP_WORDS = new Set(
	(
		'a an the and or but nor so yet of in on at to for from by with without into onto over under ' +
		'about above below up down out off as than then that this these those there here it its is ' +
		'are was were be been being am do does did done doing has have had having will would shall ' +
		'should can could may might must not no nor yes i you he she we they them their theirs his ' +
		'her hers our ours your yours my me him us who whom whose which what when where why how all ' +
		'any both each every few more most other others some such only own same too very just also ' +
		'again further once if because while until against between through during before after ' +
		'among within upon per via one ' +
		// the questions' instructions
		'according article articles passage paragraph sentence sentences text say says said saying ' +
		'true false following select apply choose pick statement claim show shows shown evidence ' +
		'best type number digit digits word words complete blank give gives given mention mentions ' +
		'mentioned describe describes author tell tells option options answer answers question'
	).split(' ')
);

/** A light stemmer: enough to see "shipment" in "shipments", "deliver" in "deliveries". */
export function stem(word: string): string {
	let w = word;
	if (w.length <= 3) return w;
	if (w.endsWith('ies')) w = `${w.slice(0, -3)}i`;
	else if (w.endsWith('sses')) w = w.slice(0, -2);
	else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is'))
		w = w.slice(0, -1);
	if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
	else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
	if (w.endsWith('ly') && w.length > 4) w = w.slice(0, -2);
	if (/([^aeiouls])\1$/.test(w)) w = w.slice(0, -1);
	if (w.length > 3 && /[eiy]$/.test(w)) w = w.slice(0, -1);
	return w;
}

/** A word of a text. One object per spelling, shared by every text that uses it. */
interface Token {
	/** The word as written, without a possessive 's. */
	readonly word: string;
	/** Lower case, without accents. */
	readonly lower: string;
	readonly stem: string;
	/** Not a stop word. */
	readonly content: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** Tokens by spelling: a course's vocabulary is small, and this is the linter's hot path. */
const vocabulary = new Map<string, Token>();

function token(raw: string): Token {
	let word = raw;
	const last = raw.charCodeAt(raw.length - 1);
	const apostrophe = raw.charCodeAt(raw.length - 2);
	if (
		raw.length > 2 &&
		(last === 115 || last === 83) &&
		(apostrophe === 39 || apostrophe === 0x2019)
	)
		word = raw.slice(0, -2);
	let lower = word.toLowerCase();
	if (/[^a-z0-9']/.test(lower))
		lower = lower.normalize('NFKD').replace(/\p{M}/gu, '').replace(/’/g, "'");
	return { word, lower, stem: stem(lower), content: !STOP_WORDS.has(lower) };
}

export function tokenize(text: string): Token[] {
	const out: Token[] = [];
	WORD.lastIndex = 0;
	for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
		const raw = match[0];
		let t = vocabulary.get(raw);
		if (!t) vocabulary.set(raw, (t = token(raw)));
		out.push(t);
	}
	return out;
}

/** Where each word of a text starts (the offsets of tokenize's tokens). */
function wordStarts(text: string): number[] {
	const out: number[] = [];
	WORD.lastIndex = 0;
	for (let match = WORD.exec(text); match; match = WORD.exec(text)) out.push(match.index);
	return out;
}

const stemSets = new WeakMap<readonly Token[], Set<string>>();

/** The stems of a text's content words. */
function contentStems(tokens: readonly Token[]): Set<string> {
	let set = stemSets.get(tokens);
	if (!set) {
		set = new Set();
		for (const t of tokens) if (t.content) set.add(t.stem);
		stemSets.set(tokens, set);
	}
	return set;
}

const quoted = (words: Iterable<string>) => [...words].map((w) => `"${w}"`).join(', ');

function excerpt(text: string, max = 60): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

// ---------------------------------------------------------------------------------------------
// The course as the checks see it

interface Located {
	question: Question;
	file: string;
	subject: Subject;
}

interface LintContext {
	article: Article;
	questions: Located[];
	passages: Map<string, { text: string; sentences: Sentence[]; stems: Set<string>[] }>;
	/**
	 * Stems found in two passages in three or more (and in three at least): the article's topic
	 * ("north", "korea", "russia" in the seed). Naming them gives nothing away.
	 */
	topic: Set<string>;
}

type Add = <C extends ErrorCode>(code: C, path: Path, params: ErrorParams<C>) => void;

/**
 * The tokens of a text of a question, each text tokenized once per question and per run (not
 * shared across questions, so that a bank of copies costs what a bank of distinct questions
 * would, nor across runs, so that a benchmark times the whole work).
 */
let questionTokens = new WeakMap<Question, Map<string, Token[]>>();
function tok(q: Question, text: string): Token[] {
	let texts = questionTokens.get(q);
	if (!texts) questionTokens.set(q, (texts = new Map()));
	let tokens = texts.get(text);
	if (!tokens) texts.set(text, (tokens = tokenize(text)));
	return tokens;
}
const stemsOf = (q: Question, text: string) => contentStems(tok(q, text));

function context(source: CourseSource<unknown>): LintContext {
	const article = source.article as Article;
	const passages = new Map<string, { text: string; sentences: Sentence[]; stems: Set<string>[] }>();
	const seenIn = new Map<string, number>();
	for (const passage of article.passages) {
		const sentences = splitSentences(passage.text);
		passages.set(passage.id, {
			text: passage.text,
			sentences,
			stems: sentences.map((s) => contentStems(tokenize(s.text)))
		});
		for (const s of contentStems(tokenize(passage.text))) seenIn.set(s, (seenIn.get(s) ?? 0) + 1);
	}
	const threshold = Math.max(3, Math.ceil((article.passages.length * 2) / 3));
	const topic = new Set([...seenIn].filter(([, n]) => n >= threshold).map(([s]) => s));
	const questions = source.banks.flatMap((bank) =>
		(bank.questions as Question[]).map((question) => ({
			question,
			file: bank.file,
			subject: { kind: 'question' as const, id: question.id }
		}))
	);
	return { article, questions, passages, topic };
}

/** Runs every check on a valid course; returns the warnings, question by question. */
export function lintCourse(source: CourseSource<unknown>): ContentIssue[] {
	questionTokens = new WeakMap();
	const ctx = context(source);
	const out: ContentIssue[] = [];
	const crossCues = crossCueCheck(ctx);
	for (const located of ctx.questions) {
		const add: Add = (code, path, params) =>
			out.push({
				code,
				file: located.file,
				subject: located.subject,
				path,
				params
			} as ContentIssue);
		const q = located.question;
		wordMatchCue(q, ctx, add);
		tooFewCandidates(q, ctx, add);
		for (const cue of crossCues.get(q.id) ?? []) add('cross-cue', cue.path, cue.params);
		orderCue(q, add);
		lengthCue(q, add);
		absoluteWords(q, add);
		negativeStem(q, add);
		positionCue(q, add);
	}
	out.push(...overTested(ctx, `${source.dir}/article.ts`));
	out.push(...thinObjectives(source, ctx));
	return out;
}

// ---------------------------------------------------------------------------------------------
// Objectives with few questions: the engine decides no objective before this many answers.

function thinObjectives(source: CourseSource<unknown>, ctx: LintContext): ContentIssue[] {
	const minimum = DEFAULT_PARAMS.minAnswers;
	const course = source.course as CourseMeta;
	return (course.objectives ?? []).flatMap((objective) => {
		const count = ctx.questions.filter((q) => q.question.objective === objective.id).length;
		return count >= minimum
			? []
			: [
					{
						code: 'objective-few-questions',
						file: `${source.dir}/course.ts`,
						subject: { kind: 'objective', id: objective.id },
						path: [],
						params: { objective: objective.id, count, minimum }
					} as ContentIssue
				];
	});
}

// ---------------------------------------------------------------------------------------------
// Word-match cue: the prompt echoes a word found only in the right sentence or option.

function wordMatchCue(q: Question, ctx: LintContext, add: Add): void {
	const prompt = tok(q, q.prompt).filter((t) => t.content);
	const echo = (right: Set<string>, others: Set<string>[]) => {
		const words = new Map<string, string>();
		for (const t of prompt)
			if (right.has(t.stem) && !others.some((o) => o.has(t.stem)) && !words.has(t.stem))
				words.set(t.stem, t.word);
		return [...words.values()];
	};
	if (q.type === 'evidence') {
		const passage = ctx.passages.get(q.passage);
		if (!passage) return;
		const right = sentenceContaining(passage.sentences, q.quote);
		if (right === -1) return;
		const words = echo(
			passage.stems[right]!,
			passage.stems.filter((_, i) => i !== right)
		);
		if (words.length) add('word-match-cue', ['prompt'], { words: quoted(words), kind: 'sentence' });
	} else if (q.type === 'single-choice') {
		const key = q.choices.find((c) => c.correct);
		if (!key) return;
		const words = echo(
			stemsOf(q, key.text),
			q.choices.filter((c) => c !== key).map((c) => stemsOf(q, c.text))
		);
		if (words.length) add('word-match-cue', ['prompt'], { words: quoted(words), kind: 'option' });
	}
}

// ---------------------------------------------------------------------------------------------
// Too few candidates: a guess is right too often.

function tooFewCandidates(q: Question, ctx: LintContext, add: Add): void {
	if (q.type === 'evidence') {
		const found = ctx.passages.get(q.passage)?.sentences.length ?? 0;
		if (found > 0 && found < 3) add('too-few-candidates', ['passage'], { found, kind: 'sentence' });
	} else if (q.type === 'single-choice' && q.choices.length < 3) {
		add('too-few-candidates', ['choices'], { found: q.choices.length, kind: 'choice' });
	}
}

// ---------------------------------------------------------------------------------------------
// Cross-cue: one question's text gives away another question's answer.

interface Field {
	owner: number;
	path: Path;
	tokens: Token[];
	/** The stems of the content words, computed when first needed (see `has`). */
	stems?: Set<string>;
	/** The stems of the content words in order, computed when first needed. */
	sequence?: string[];
	numbers: { value: number; at: number }[];
}

/** Every text a learner reads in a question, before or after answering (not the quote). */
function shownTexts(q: Question): [Path, string][] {
	const out: [Path, string][] = [
		[['prompt'], q.prompt],
		[['explanation'], q.explanation]
	];
	const feedback = (q as { feedback?: Record<string, string | undefined> }).feedback;
	if (feedback)
		for (const [key, text] of Object.entries(feedback))
			if (text) out.push([['feedback', key], text]);
	switch (q.type) {
		case 'single-choice':
		case 'multiple-response':
			// A wrong option asserts nothing: drawn from the article, as it should be, it may
			// name another question's answer without telling a learner anything.
			q.choices.forEach((c, i) => {
				if (c.correct) out.push([['choices', i, 'text'], c.text]);
				out.push([['choices', i, 'feedback'], c.feedback]);
			});
			break;
		case 'fill-in':
			q.anticipated?.forEach((a, i) => out.push([['anticipated', i, 'feedback'], a.feedback]));
			break;
		case 'matching':
			q.premises.forEach((p, i) => out.push([['premises', i, 'text'], p.text]));
			q.targets.forEach((t, i) => {
				if (q.premises.some((p) => p.match === t.id)) out.push([['targets', i, 'text'], t.text]);
			});
			break;
		case 'ordering':
			q.items.forEach((item, i) => out.push([['items', i, 'text'], item.text]));
			break;
		case 'evidence':
			q.distractors?.forEach((d, i) => out.push([['distractors', i, 'feedback'], d.feedback]));
			break;
	}
	return out;
}

const NUMBER_WORDS = new Map<string, number>();
[
	'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty',
	'_ first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'
].forEach((list) => list.split(' ').forEach((w, i) => NUMBER_WORDS.set(w, i)));
'thirty forty fifty sixty seventy eighty ninety'.split(' ').forEach((w, i) => {
	NUMBER_WORDS.set(w, 30 + 10 * i);
	NUMBER_WORDS.set(`${w.slice(0, -1)}ieth`, 30 + 10 * i);
});
NUMBER_WORDS.delete('_');
const SCALE: Record<string, number> = {
	hundred: 1e2,
	thousand: 1e3,
	million: 1e6,
	billion: 1e9,
	trillion: 1e12
};

const DIGITS = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;

/** The numbers a text states, with the index of the token where each stands. */
function numbersIn(text: string, tokens: readonly Token[]): { value: number; at: number }[] {
	const out: { value: number; at: number }[] = [];
	const scaled = (value: number, last: number) =>
		value * (SCALE[tokens[last + 1]?.lower ?? ''] ?? 1);
	// Digits with thousands separators or decimals are one number, though several tokens.
	if (/\d/.test(text)) {
		const starts = wordStarts(text);
		let at = 0;
		for (const match of text.matchAll(DIGITS)) {
			while (at < starts.length && starts[at]! < match.index) at++;
			// Only a number that starts a word: not the 7 of "G7".
			if (starts[at] !== match.index) continue;
			const end = match.index + match[0].length;
			let last = at;
			while (last + 1 < starts.length && starts[last + 1]! < end) last++;
			out.push({ value: scaled(Number(match[0].replace(/,/g, '')), last), at });
		}
	}
	tokens.forEach((t, i) => {
		const value = NUMBER_WORDS.get(t.lower);
		if (value !== undefined) out.push({ value: scaled(value, i), at: i });
	});
	return out;
}

interface Needle {
	target: number;
	answer: string;
	/** The field shows the answer. */
	found: (field: Field) => boolean;
	/** Fields worth testing: those holding the rarest word (or the number) of the answer. */
	candidates: (index: FieldIndex) => Iterable<number>;
}

interface FieldIndex {
	byStem: Map<string, number[]>;
	byNumber: Map<number, number[]>;
}

/** Content stems of a question's prompt, minus the topic: the words that set its context. */
function contextStems(q: Question, ctx: LintContext): Set<string> {
	const stems = new Set(stemsOf(q, q.prompt));
	for (const s of ctx.topic) stems.delete(s);
	return stems;
}

function near(field: Field, at: number, stems: Set<string>, span = 3): boolean {
	for (let i = Math.max(0, at - span); i <= Math.min(field.tokens.length - 1, at + span); i++)
		if (i !== at && stems.has(field.tokens[i]!.stem)) return true;
	return false;
}

/** The longest run of content words that `sequence` and the field share, in the same order. */
/** Whether the field has a content word of this stem. */
function has(field: Field, stem: string): boolean {
	return (field.stems ??= contentStems(field.tokens)).has(stem);
}

function run(sequence: readonly string[], field: Field): number {
	const text = (field.sequence ??= field.tokens.filter((t) => t.content).map((t) => t.stem));
	let best = 0;
	let prev = new Uint16Array(text.length + 1);
	let row = new Uint16Array(text.length + 1);
	for (const word of sequence) {
		for (let j = 0; j < text.length; j++) {
			row[j + 1] = text[j] === word ? prev[j]! + 1 : 0;
			if (row[j + 1]! > best) best = row[j + 1]!;
		}
		[prev, row] = [row, prev];
	}
	return best;
}

function needlesOf(q: Question, target: number, ctx: LintContext): Needle[] {
	const out: Needle[] = [];
	const context = contextStems(q, ctx);
	const inField = (stems: readonly string[], need: number) => (field: Field) => {
		let found = 0;
		for (const s of stems) if (has(field, s) && ++found >= need) return true;
		return false;
	};
	const rarest = (stems: readonly string[]) => (index: FieldIndex) =>
		stems.map((s) => index.byStem.get(s) ?? []).reduce((a, b) => (b.length < a.length ? b : a));
	switch (q.type) {
		case 'fill-in':
			for (const answer of q.answers) {
				const phrase = tok(q, answer).map((t) => t.lower);
				const stems = [...stemsOf(q, answer)];
				if (stems.length === 0 || stems.every((s) => ctx.topic.has(s))) continue;
				// A one-word answer ("Shoigu") gives itself away only beside its question's context.
				const single = stems.length === 1;
				out.push({
					target,
					answer: `"${answer}"`,
					candidates: rarest(stems),
					found: (field) =>
						hasPhrase(field.tokens, phrase) &&
						(!single || some(context, (s) => !stems.includes(s) && has(field, s)))
				});
			}
			break;
		case 'numeric': {
			const unit = q.unit ? stemsOf(q, q.unit) : new Set<string>();
			const around = new Set([...unit, ...context]);
			const matches = (v: number) =>
				q.answer !== undefined
					? Math.abs(v - q.answer) <= (q.tolerance ?? 0)
					: v >= (q.min ?? Infinity) && v <= (q.max ?? -Infinity);
			out.push({
				target,
				answer: `${q.answer ?? `${q.min}-${q.max}`}${q.unit ? ` ${q.unit}` : ''}`,
				candidates: (index) =>
					[...index.byNumber].filter(([v]) => matches(v)).flatMap(([, fields]) => fields),
				found: (field) => field.numbers.some((n) => matches(n.value) && near(field, n.at, around))
			});
			break;
		}
		case 'single-choice':
		case 'multiple-response': {
			const wrong = new Set<string>();
			for (const c of q.choices) if (!c.correct) for (const s of stemsOf(q, c.text)) wrong.add(s);
			const prompt = stemsOf(q, q.prompt);
			for (const key of q.choices.filter((c) => c.correct)) {
				// Distinctive: the words of the right option that neither the prompt nor a wrong
				// option shows, and that are not the article's topic.
				const stems = [...stemsOf(q, key.text)].filter(
					(s) => !wrong.has(s) && !prompt.has(s) && !ctx.topic.has(s)
				);
				if (stems.length === 0) continue;
				// Up to three distinctive words must all be there; of more, three in four; or the
				// text repeats four content words of the option in a row, two of them distinctive.
				const need = stems.length <= 3 ? stems.length : Math.ceil(stems.length * 0.75);
				const enough = inField(stems, need);
				const two = inField(stems, 2);
				const sequence = tok(q, key.text)
					.filter((t) => t.content)
					.map((t) => t.stem);
				out.push({
					target,
					answer: `"${excerpt(key.text)}"`,
					candidates: rarest(stems),
					found: (field) =>
						(enough(field) &&
							// One distinctive word is enough only beside the question's context.
							(stems.length > 1 || some(context, (s) => s !== stems[0] && has(field, s)))) ||
						(stems.length >= 2 && two(field) && run(sequence, field) >= 4)
				});
			}
			break;
		}
	}
	return out;
}

function some<T>(items: Iterable<T>, test: (item: T) => boolean): boolean {
	for (const item of items) if (test(item)) return true;
	return false;
}

/** Whether `tokens` hold `phrase` (lower-case words) as consecutive words. */
function hasPhrase(tokens: readonly Token[], phrase: readonly string[]): boolean {
	outer: for (let i = 0; i + phrase.length <= tokens.length; i++) {
		for (let j = 0; j < phrase.length; j++) if (tokens[i + j]!.lower !== phrase[j]) continue outer;
		return true;
	}
	return false;
}

function crossCueCheck(
	ctx: LintContext
): Map<string, { path: Path; params: ErrorParams<'cross-cue'> }[]> {
	const fields: Field[] = [];
	// Numbers matter only to numeric questions' answers.
	const numeric = ctx.questions.some(({ question }) => question.type === 'numeric');
	ctx.questions.forEach(({ question }, owner) => {
		for (const [path, text] of shownTexts(question)) {
			const tokens = tok(question, text);
			fields.push({
				owner,
				path,
				tokens,
				numbers: numeric ? numbersIn(text, tokens) : []
			});
		}
	});
	const index: FieldIndex = { byStem: new Map(), byNumber: new Map() };
	const push = <K>(map: Map<K, number[]>, key: K, i: number) => {
		const list = map.get(key);
		if (!list) map.set(key, [i]);
		else if (list.at(-1) !== i) list.push(i);
	};
	fields.forEach((field, i) => {
		for (const t of field.tokens) if (t.content) push(index.byStem, t.stem, i);
		for (const n of field.numbers) push(index.byNumber, n.value, i);
	});

	const out = new Map<string, { path: Path; params: ErrorParams<'cross-cue'> }[]>();
	/** One warning per pair of questions: the first field, in reading order, that shows it. */
	const first = new Map<number, { owner: number; field: number; target: number; answer: string }>();
	const n = ctx.questions.length;
	ctx.questions.forEach(({ question }, target) => {
		for (const needle of needlesOf(question, target, ctx)) {
			for (const i of needle.candidates(index)) {
				const field = fields[i]!;
				const key = field.owner * n + target;
				if (field.owner === target || (first.get(key)?.field ?? Infinity) <= i) continue;
				if (needle.found(field))
					first.set(key, { owner: field.owner, field: i, target, answer: needle.answer });
			}
		}
	});
	const hits = [...first.values()].sort(
		(a, b) => a.owner - b.owner || a.field - b.field || a.target - b.target
	);
	for (const hit of hits) {
		const owner = ctx.questions[hit.owner]!.question.id;
		const list = out.get(owner) ?? [];
		list.push({
			path: fields[hit.field]!.path,
			params: { other: ctx.questions[hit.target]!.question.id, answer: hit.answer }
		});
		out.set(owner, list);
	}
	return out;
}

// ---------------------------------------------------------------------------------------------
// Order cue: ordering items that say where they belong, or a prompt that fixes an end.

const SEQUENCE_WORDS = new Set(
	(
		'then after afterwards afterward before first firstly second secondly third finally last ' +
		'lastly next later subsequently eventually initially earlier previously meanwhile ' +
		'thereafter following followed responds responded reacts reacted replies replied retaliates'
	).split(' ')
);
const SEQUENCE_PHRASES = [
	/\bin (?:response|return|reply|turn)\b/i,
	/\b(?:fires?|fired|hits?|struck|strikes?|pushe[sd]|push|answers?|answered) back\b/i,
	/\bat (?:first|last)\b/i
];
const YEAR = /\b(?:1[0-9]|20)\d\d\b/;
const FIXED_END =
	/\b(?:start(?:s|ing)?|begin(?:s|ning)?|end(?:s|ing)?|finish(?:es|ing)?|clos(?:es|ing)?) (?:with|at)\b[^,.;?!]*/i;

function orderCue(q: Question, add: Add): void {
	if (q.type !== 'ordering') return;
	const end = FIXED_END.exec(q.prompt);
	if (end) add('order-cue', ['prompt'], { words: `"${end[0].trim()}"`, where: 'prompt' });
	q.items.forEach((item, i) => {
		const words = new Set<string>();
		for (const pattern of SEQUENCE_PHRASES) {
			const m = pattern.exec(item.text);
			if (m) words.add(m[0]);
		}
		const year = YEAR.exec(item.text);
		if (year) words.add(year[0]);
		for (const t of tok(q, item.text))
			if (SEQUENCE_WORDS.has(t.lower) && ![...words].some((w) => w.toLowerCase().includes(t.lower)))
				words.add(t.word);
		if (words.size) add('order-cue', ['items', i, 'text'], { words: quoted(words), where: 'item' });
	});
}

// ---------------------------------------------------------------------------------------------
// Length cue: the right option is much the longest.

function lengthCue(q: Question, add: Add): void {
	if (q.type !== 'single-choice') return;
	const key = q.choices.findIndex((c) => c.correct);
	if (key === -1) return;
	const others = q.choices.filter((_, i) => i !== key).map((c) => c.text.trim().length);
	const mean = others.reduce((a, b) => a + b, 0) / others.length;
	const length = q.choices[key]!.text.trim().length;
	// Short options (names, numbers) differ in length by nature: a few letters are no cue.
	if (length > LENGTH_RATIO * mean && length - mean >= LENGTH_MIN_DIFFERENCE)
		add('length-cue', ['choices', key, 'text'], {
			length,
			mean: Math.round(mean),
			ratio: (length / mean).toFixed(1)
		});
}

// ---------------------------------------------------------------------------------------------
// Absolute words in wrong options (Haladyna's "specific determiners"), negative stems.

const ABSOLUTE = new Set(
	'only never always nowhere all none nothing nobody everyone everything entirely completely totally solely'.split(
		' '
	)
);

const absoluteIn = (q: Question, text: string) =>
	tok(q, text)
		.filter((t) => ABSOLUTE.has(t.lower))
		.map((t) => t.lower);

function absoluteWords(q: Question, add: Add): void {
	if (q.type === 'single-choice' || q.type === 'multiple-response') {
		const inRight = new Set(
			q.choices.filter((c) => c.correct).flatMap((c) => absoluteIn(q, c.text))
		);
		q.choices.forEach((c, i) => {
			if (c.correct) return;
			const words = [...new Set(absoluteIn(q, c.text))].filter((w) => !inRight.has(w));
			if (words.length)
				add('absolute-word', ['choices', i, 'text'], { words: quoted(words), where: 'option' });
		});
	} else if (q.type === 'true-false' && !q.answer) {
		const words = [...new Set(absoluteIn(q, q.prompt))];
		if (words.length)
			add('absolute-word', ['prompt'], { words: quoted(words), where: 'statement' });
	}
}

const NEGATIVE = /\b(?:not|except|cannot)\b|\b\w+n['’]t\b/giu;

function negativeStem(q: Question, add: Add): void {
	if (q.type !== 'single-choice' && q.type !== 'multiple-response') return;
	for (const m of q.prompt.matchAll(NEGATIVE)) {
		const word = m[0];
		if (word === word.toUpperCase()) continue;
		add('negative-stem', ['prompt'], { word });
		return;
	}
}

// ---------------------------------------------------------------------------------------------
// Over-tested sentence: more than three questions quote the same sentence.

function overTested(ctx: LintContext, file: string): ContentIssue[] {
	const out: ContentIssue[] = [];
	for (const passage of ctx.article.passages) {
		const info = ctx.passages.get(passage.id)!;
		const askers: string[][] = info.sentences.map(() => []);
		for (const { question } of ctx.questions) {
			if (question.passage !== passage.id) continue;
			const start = info.text.indexOf(question.quote);
			if (start === -1) continue;
			const end = start + question.quote.length;
			info.sentences.forEach((s, i) => {
				if (s.start < end && s.end > start) askers[i]!.push(question.id);
			});
		}
		askers.forEach((ids, i) => {
			if (ids.length <= MAX_QUESTIONS_PER_SENTENCE) return;
			out.push({
				code: 'over-tested-sentence',
				file,
				subject: { kind: 'passage', id: passage.id },
				path: ['text'],
				params: {
					sentence: excerpt(info.sentences[i]!.text),
					count: ids.length,
					questions: quoted(ids)
				}
			} as ContentIssue);
		});
	}
	return out;
}

// ---------------------------------------------------------------------------------------------
// Position pattern: with `shuffle: false`, the author's order is every learner's.

function positionCue(q: Question, add: Add): void {
	if (!('shuffle' in q) || q.shuffle !== false) return;
	if (q.type === 'single-choice' && q.choices.length >= 3) {
		const key = q.choices.findIndex((c) => c.correct);
		if (key === 0 || key === q.choices.length - 1)
			add('position-cue', ['choices', key], {
				pattern: key === 0 ? 'first' : 'last'
			});
	} else if (q.type === 'multiple-response') {
		const marks = q.choices.map((c) => c.correct === true);
		const right = marks.filter(Boolean).length;
		if (right === 0 || right === marks.length) return;
		const before = marks.slice(0, right).every(Boolean);
		const after = marks.slice(marks.length - right).every(Boolean);
		if (before || after)
			add('position-cue', ['choices'], { pattern: before ? 'right-first' : 'right-last' });
	} else if (q.type === 'matching' && q.premises.length >= 2) {
		const at = q.premises.map((p) => q.targets.findIndex((t) => t.id === p.match));
		const down = at.every((t, i) => i === 0 || t === at[i - 1]! + 1);
		const up = at.every((t, i) => i === 0 || t === at[i - 1]! - 1);
		if (down || up) add('position-cue', ['targets'], { pattern: down ? 'straight' : 'reverse' });
	}
}
