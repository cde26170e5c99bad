/**
 * Test-wise learners: people who have not read the article and answer from cues only (the
 * position of an option on screen, its length, words it shares with the prompt), and a
 * reader for comparison. Each lesson runs the way LessonSession runs it: the real engine with
 * the course's lesson parameters, the options in the order the learner's attempt shows them
 * (scoring/order.ts), the real scorers, the credit quantised as suspend data keeps it, and the
 * score the engine reports. Only the learner is simulated.
 */
import { rightResponse } from '../../../test/lib/responses';
import type { Course } from '../../../src/lib/content/course';
import type { Question, QuestionOf } from '../../../src/lib/content/schema';
import { splitSentences } from '../../../src/lib/content/sentences';
import { Engine } from '../../../src/lib/engine/engine';
import { engineItems, guessOf } from '../../../src/lib/engine/items';
import { lessonParams } from '../../../src/lib/engine/range';
import { scoreAnswer, type Answer } from '../../../src/lib/scoring';
import type { AnyResponse } from '../../../src/lib/scoring';
import { arrange, displayOrder, questionSeed } from '../../../src/lib/scoring/order';
import { hash32 } from '../../../src/lib/random';
import { quantizeCredit } from '../../../src/lib/tracking/suspend';
import { LABEL_THETA, DIFFICULTY_NOISE_SD, DISCRIMINATION_RANGE, SLIP } from './banks';
import { LEARNER_SD, OBJECTIVE_SD, THETA_ARCHETYPES } from './learners';
import { between, hashKey, normal, uniform, type Key } from './random';

/** What a learner sees of a question: the options in the order shown, and the passage. */
export interface Shown {
	question: Question;
	/** Option ids in the order on screen (choices, matching targets, ordering items). */
	order: string[];
	/** The question's passage (evidence questions show its sentences in the text's order). */
	passage: string;
	/** A random number in (0, 1), fresh for each call, for the strategies that guess. */
	random: () => number;
}

export interface Strategy {
	name: string;
	/** How it answers, in a few words (printed with the table). */
	rule: string;
	answer(shown: Shown): AnyResponse;
	/** Re-reads the passage after a wrong answer (only the reader learns from it). */
	read?(question: Question): void;
}

const STOP_WORDS = new Set(
	(
		'the a an and or of to in on at by for with from as is are was were be been being it its ' +
		'this that these those which who whom what when where why how than then there their they ' +
		'them he she his her has have had do does did not no but if into about over after before ' +
		'according article says said say does one two more most such also can could would should ' +
		'will may might its own other others both each any all some only very'
	).split(' ')
);

/** Content words of a text: lower case, three letters or more, no stop words. */
export function contentWords(text: string): Set<string> {
	const words = text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.split(/[^a-z0-9]+/);
	return new Set(words.filter((w) => w.length >= 3 && !STOP_WORDS.has(w)));
}

function overlap(a: string, b: Set<string>): number {
	let n = 0;
	for (const w of contentWords(a)) if (b.has(w)) n++;
	return n;
}

/** The index of the best item by a score; ties go to the first shown. */
function best<T>(items: readonly T[], score: (item: T) => number): number {
	let at = 0;
	items.forEach((item, i) => {
		if (score(item) > score(items[at]!)) at = i;
	});
	return at;
}

function choicesShown(q: QuestionOf<'single-choice' | 'multiple-response'>, order: string[]) {
	return arrange(q.choices, order);
}

function targetsShown(q: QuestionOf<'matching'>, order: string[]) {
	return arrange(q.targets, order);
}

/**
 * Typed answers give a learner who has not read nothing to pick from: they type a content
 * word of the prompt (fill-in) or a number the prompt mentions, else 1 (numeric). Either is
 * right only when the prompt gives the answer away, which is itself a cue worth measuring.
 */
function typedGuess(q: QuestionOf<'fill-in' | 'numeric'>): string {
	if (q.type === 'numeric') return /\d[\d,.]*/.exec(q.prompt)?.[0] ?? '1';
	const words = [...contentWords(q.prompt)];
	return words.sort((x, y) => y.length - x.length)[0] ?? 'unknown';
}

/** A strategy from one rule per question type, typed answers as above. */
function strategy(
	name: string,
	rule: string,
	rules: {
		choice: (q: QuestionOf<'single-choice'>, shown: Shown) => string;
		multiple: (q: QuestionOf<'multiple-response'>, shown: Shown) => string[];
		trueFalse: (q: QuestionOf<'true-false'>, shown: Shown) => boolean;
		matching: (q: QuestionOf<'matching'>, shown: Shown) => Record<string, string>;
		ordering: (q: QuestionOf<'ordering'>, shown: Shown) => string[];
		evidence: (q: QuestionOf<'evidence'>, shown: Shown) => number;
	}
): Strategy {
	return {
		name,
		rule,
		answer(shown) {
			const q = shown.question;
			switch (q.type) {
				case 'single-choice':
					return rules.choice(q, shown);
				case 'multiple-response':
					return rules.multiple(q, shown);
				case 'true-false':
					return rules.trueFalse(q, shown);
				case 'fill-in':
				case 'numeric':
					return typedGuess(q);
				case 'matching':
					return rules.matching(q, shown);
				case 'ordering':
					return rules.ordering(q, shown);
				case 'evidence':
					return rules.evidence(q, shown);
			}
		}
	};
}

/** Matches premises to targets one by one, each target used once, by a preference order. */
function assign(q: QuestionOf<'matching'>, prefer: (premiseText: string) => string[]) {
	const used = new Set<string>();
	const out: Record<string, string> = {};
	for (const premise of q.premises) {
		const pick = prefer(premise.text).find((id) => !used.has(id))!;
		used.add(pick);
		out[premise.id] = pick;
	}
	return out;
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

const sentencesOf = (passage: string) => splitSentences(passage).map((s) => s.text);

export const STRATEGIES: Strategy[] = [
	strategy(
		'first shown',
		'the first option; ticks the top half; every dropdown’s first target; the order as shown; True; the first sentence',
		{
			choice: (_q, s) => s.order[0]!,
			multiple: (_q, s) => s.order.slice(0, Math.ceil(s.order.length / 2)),
			trueFalse: () => true,
			matching: (q, s) => Object.fromEntries(q.premises.map((p) => [p.id, s.order[0]!])),
			ordering: (_q, s) => s.order,
			evidence: () => 0
		}
	),
	strategy(
		'last shown',
		'the last option; ticks the bottom half; every dropdown’s last target; the order shown reversed; False; the last sentence',
		{
			choice: (_q, s) => s.order.at(-1)!,
			multiple: (_q, s) => s.order.slice(Math.floor(s.order.length / 2)),
			trueFalse: () => false,
			matching: (q, s) => Object.fromEntries(q.premises.map((p) => [p.id, s.order.at(-1)!])),
			ordering: (_q, s) => [...s.order].reverse(),
			evidence: (_q, s) => sentencesOf(s.passage).length - 1
		}
	),
	strategy(
		'longest',
		'the longest option; ticks the longer half; longest targets first; longest items first; True; the longest sentence',
		{
			choice: (q, s) => {
				const shown = choicesShown(q, s.order);
				return shown[best(shown, (c) => c.text.length)]!.id;
			},
			multiple: (q, s) =>
				[...choicesShown(q, s.order)]
					.sort((x, y) => y.text.length - x.text.length)
					.slice(0, Math.ceil(q.choices.length / 2))
					.map((c) => c.id),
			trueFalse: () => true,
			matching: (q, s) =>
				assign(q, () =>
					[...targetsShown(q, s.order)]
						.sort((x, y) => y.text.length - x.text.length)
						.map((t) => t.id)
				),
			ordering: (q, s) =>
				[...s.order].sort(
					(x, y) =>
						q.items.find((i) => i.id === y)!.text.length -
						q.items.find((i) => i.id === x)!.text.length
				),
			evidence: (_q, s) => best(sentencesOf(s.passage), (t) => t.length)
		}
	),
	strategy(
		'word match',
		'the option (or sentence) sharing most content words with the prompt; ticks every option sharing one (else the best); each premise to the target sharing most words with it; items by overlap with the prompt; True',
		{
			choice: (q, s) => {
				const prompt = contentWords(q.prompt);
				const shown = choicesShown(q, s.order);
				return shown[best(shown, (c) => overlap(c.text, prompt))]!.id;
			},
			multiple: (q, s) => {
				const prompt = contentWords(q.prompt);
				const shown = choicesShown(q, s.order);
				const sharing = shown.filter((c) => overlap(c.text, prompt) > 0).map((c) => c.id);
				return sharing.length > 0
					? sharing
					: [shown[best(shown, (c) => overlap(c.text, prompt))]!.id];
			},
			trueFalse: () => true,
			matching: (q, s) =>
				assign(q, (premise) => {
					const words = contentWords(premise);
					return [...targetsShown(q, s.order)]
						.sort((x, y) => overlap(y.text, words) - overlap(x.text, words))
						.map((t) => t.id);
				}),
			ordering: (q, s) => {
				const prompt = contentWords(q.prompt);
				const text = (id: string) => q.items.find((i) => i.id === id)!.text;
				return [...s.order].sort((x, y) => overlap(text(y), prompt) - overlap(text(x), prompt));
			},
			evidence: (q, s) => {
				const prompt = contentWords(q.prompt);
				return best(sentencesOf(s.passage), (t) => overlap(t, prompt));
			}
		}
	),
	strategy(
		'straight down',
		'matching: the 1st premise to the 1st target shown, the 2nd to the 2nd…; ordering as shown; otherwise the first option, True, the first sentence',
		{
			choice: (_q, s) => s.order[0]!,
			multiple: (_q, s) => [s.order[0]!],
			trueFalse: () => true,
			matching: (q, s) => Object.fromEntries(q.premises.map((p, i) => [p.id, s.order[i]!])),
			ordering: (_q, s) => s.order,
			evidence: () => 0
		}
	),
	strategy(
		'random',
		'a random option; a random non-empty set of options; random distinct targets; a random order; True or False; a random sentence',
		{
			choice: (_q, s) => s.order[Math.floor(s.random() * s.order.length)]!,
			multiple: (_q, s) => {
				for (;;) {
					const picked = s.order.filter(() => s.random() < 0.5);
					if (picked.length > 0) return picked;
				}
			},
			trueFalse: (_q, s) => s.random() < 0.5,
			matching: (q, s) => {
				const order = shuffled(s.order, s.random);
				return Object.fromEntries(q.premises.map((p, i) => [p.id, order[i]!]));
			},
			ordering: (_q, s) => shuffled(s.order, s.random),
			evidence: (_q, s) => Math.floor(s.random() * sentencesOf(s.passage).length)
		}
	)
];

const randomStrategy = STRATEGIES.find((s) => s.name === 'random')!;

/**
 * A reader: has read the article, as the adaptive benchmark's 'knows' archetype (3PL, θ ≈ 1.2
 * per objective, hidden item difficulties and slopes drawn per learner as in banks.ts, a
 * little learning per answer and per re-reading). On each question they know the answer with
 * the 3PL's probability without its guessing term (less a slip); when they do not, they guess
 * like the random strategy, among the options as shown, and the real scorer decides.
 */
export function reader(key: Key, course: Course): Strategy {
	const spec = THETA_ARCHETYPES.knows;
	const base = typeof spec.theta === 'number' ? spec.theta : spec.theta[0];
	const offset = LEARNER_SD * normal([...key, 'offset']);
	const theta = new Map(
		course.objectives.map((o) => [
			o.id,
			base + offset + OBJECTIVE_SD * normal([...key, 'theta', o.id])
		])
	);
	const perAttempt = between([...key, 'per-attempt'], ...spec.perAttempt);
	const perReading = between([...key, 'per-reading'], ...spec.perReading);
	const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
	return {
		name: 'reader',
		rule: 'has read the article',
		answer(shown) {
			const q = shown.question;
			const b = LABEL_THETA[q.difficulty - 1]! + DIFFICULTY_NOISE_SD * normal([...key, q.id, 'b']);
			const a = between([...key, q.id, 'a'], ...DISCRIMINATION_RANGE);
			const now = theta.get(q.objective)!;
			theta.set(q.objective, now + perAttempt);
			const knows = sigmoid(a * (now - b)) * (1 - SLIP);
			return shown.random() < knows
				? rightResponse(q, shown.passage)
				: randomStrategy.answer(shown);
		},
		read(q) {
			theta.set(q.objective, theta.get(q.objective)! + perReading);
		}
	};
}

export interface TestwiseRun {
	score: number;
	passed: boolean;
	asked: number;
}

/**
 * One lesson, as LessonSession runs it: `attempt` is the learner's attempt token (it draws
 * the order of every question's options), `seed` the engine's.
 */
export function runLesson(
	course: Course,
	learner: Strategy,
	attempt: number,
	seed: number,
	/**
	 * 'authored' shows every question's options in the author's order, as Readback did before
	 * shuffling (ordering items in one shuffle per question, the same for every learner).
	 */
	options: 'shuffled' | 'authored' = 'shuffled'
): TestwiseRun {
	const passages = new Map(course.article.passages.map((p) => [p.id, p.text]));
	const byId = new Map(course.questions.map((q) => [q.id, q]));
	const engine = new Engine({
		items: engineItems(course),
		objectives: course.objectives.map((o) => o.id),
		seed,
		params: lessonParams(course, 'scorm12')
	});
	let draws = 0;
	const random = () => uniform([attempt, seed, 'draw', draws++]);
	for (let guard = 0; guard <= 2 * course.questions.length + 1; guard++) {
		const step = engine.next();
		if (step.kind === 'done') break;
		if (step.kind === 'remediation') {
			learner.read?.(byId.get(step.item.id)!);
			engine.record({ kind: 'remediation', item: step.item.id });
			continue;
		}
		const question = byId.get(step.item.id)!;
		const passage = passages.get(question.passage) ?? '';
		const order =
			options === 'shuffled'
				? displayOrder(question, questionSeed(attempt, question.id))
				: displayOrder({ ...question, shuffle: false } as Question, hash32(question.id));
		const response = learner.answer({ question, order, passage, random });
		const score = scoreAnswer({ question, response } as Answer, { passage });
		engine.record({ kind: 'answer', item: question.id, credit: quantizeCredit(score.credit) });
	}
	return {
		score: engine.score,
		passed: engine.score >= course.masteryScore,
		asked: engine.asked.length
	};
}

export interface TestwiseRow {
	name: string;
	rule: string;
	runs: number;
	meanScore: number;
	sdScore: number;
	/** The score 95% of the runs stay at or below. */
	p95Score: number;
	passRate: number;
	meanAsked: number;
	/** Every run's score, for pass rates at other mastery scores. */
	scores: number[];
	/** The same learners with the options in the author's order (before shuffling). */
	authored?: { meanScore: number; passRate: number };
}

function summarise(name: string, rule: string, runs: TestwiseRun[]): TestwiseRow {
	const n = runs.length;
	const meanScore = runs.reduce((s, r) => s + r.score, 0) / n;
	const variance = runs.reduce((s, r) => s + (r.score - meanScore) ** 2, 0) / Math.max(1, n - 1);
	const scores = runs.map((r) => r.score).sort((x, y) => x - y);
	return {
		name,
		rule,
		runs: n,
		meanScore,
		sdScore: Math.sqrt(variance),
		p95Score: scores[Math.min(n - 1, Math.ceil(0.95 * n) - 1)]!,
		passRate: runs.filter((r) => r.passed).length / n,
		meanAsked: runs.reduce((s, r) => s + r.asked, 0) / n,
		scores
	};
}

/** Every cue strategy and the reader, `runs` lessons each (a fresh attempt and engine seed). */
export function runTestwise(course: Course, runs: number): TestwiseRow[] {
	const rows: TestwiseRow[] = [];
	const lessons = (
		make: (i: number) => Strategy,
		name: string,
		options: 'shuffled' | 'authored' = 'shuffled',
		form: Course = course
	) =>
		Array.from({ length: runs }, (_, i) =>
			runLesson(form, make(i), hashKey([name, i, 'attempt']), hashKey([name, i, 'engine']), options)
		);
	for (const s of STRATEGIES) {
		const row = summarise(
			s.name,
			s.rule,
			lessons(() => s, s.name)
		);
		const before = summarise(
			s.name,
			s.rule,
			lessons(() => s, s.name, 'authored')
		);
		rows.push({ ...row, authored: { meanScore: before.meanScore, passRate: before.passRate } });
	}
	rows.push(
		summarise(
			'reader',
			'has read the article (3PL, the ‘knows’ archetype); guesses when it does not know',
			lessons((i) => reader(['reader', i], course), 'reader')
		),
		// The same readers asked every question in bank order (sequence: 'fixed').
		summarise(
			'reader, every question',
			'the same readers, asked every question in bank order (`sequence: fixed`)',
			lessons((i) => reader(['reader', i], course), 'reader', 'shuffled', {
				...course,
				sequence: 'fixed'
			})
		)
	);
	return rows;
}

/** Mean guess chance over the course's questions (for the method note). */
export function meanGuess(course: Course): number {
	const passages = new Map(course.article.passages.map((p) => [p.id, p.text]));
	const all = course.questions.map((q) => guessOf(q, passages.get(q.passage) ?? ''));
	return all.reduce((s, g) => s + g, 0) / all.length;
}
