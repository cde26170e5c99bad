/**
 * Simulated learners. Two response models, both different from the engine's own (a 3PL with
 * authored difficulties, one fixed slope and no learning inside an answer):
 *
 * - `3pl-learning`: 3PL with the hidden per-item parameters of banks.ts plus a slip, and a
 *   true ability per objective that grows with every attempt on that objective, more after
 *   re-reading the passage.
 * - `bkt`: Bayesian Knowledge Tracing: each objective is learned or not; a learned objective
 *   is answered right with 1 − S, an unlearned one with the item's guess chance; every
 *   attempt (and every re-reading) may turn it learned.
 *
 * Every draw is keyed by (seed, population, bank, learner, …) so a learner is the same
 * person, with the same luck on the same item and attempt, in the fixed form and the engine.
 */
import type { TrueItem } from './banks';
import { between, normal, uniform, type Key } from './random';

export const ARCHETYPES = ['knows', 'learns', 'guesser', 'mixed'] as const;
export type Archetype = (typeof ARCHETYPES)[number];

export interface SimLearner {
	readonly archetype: Archetype;
	/** Answers an item (credit 0 or 1), then learns from the attempt. */
	answer(t: TrueItem): number;
	/** Re-reads the passage of an item (remediation). */
	read(t: TrueItem): void;
	/** True ability on an objective now (for BKT: +1 learned, −1 not learned). */
	theta(objective: string): number;
	/** Ground truth: true θ ≥ 0 (for BKT: the objective is learned). */
	mastered(objective: string): boolean;
}

export interface Population {
	name: string;
	/** Whether theta() is a continuous ability (raw Δθ is meaningful). */
	continuous: boolean;
	create(key: Key, archetype: Archetype, objectives: readonly string[]): SimLearner;
}

/** 3PL-with-learning archetypes: starting θ, and learning per attempt and per re-reading. */
export const THETA_ARCHETYPES: Record<
	Archetype,
	{
		theta: number | [strong: number, weak: number];
		perAttempt: [number, number];
		perReading: [number, number];
	}
> = {
	knows: { theta: 1.2, perAttempt: [0, 0.04], perReading: [0, 0.1] },
	learns: { theta: -0.9, perAttempt: [0.12, 0.2], perReading: [0.2, 0.4] },
	guesser: { theta: -1.8, perAttempt: [0, 0], perReading: [0, 0] },
	mixed: { theta: [1.0, -1.0], perAttempt: [0.04, 0.1], perReading: [0.1, 0.2] }
};
/** Spread of starting θ: between learners of an archetype, and between objectives. */
export const LEARNER_SD = 0.3;
export const OBJECTIVE_SD = 0.3;

/** Mixed learners are strong on half the objectives (rounded down), in a random choice. */
function strongSet(key: Key, objectives: readonly string[]): Set<string> {
	const order = [...objectives].sort(
		(x, y) => uniform([...key, 'strong', x]) - uniform([...key, 'strong', y])
	);
	return new Set(order.slice(0, Math.floor(objectives.length / 2)));
}

function sigmoid(x: number): number {
	return 1 / (1 + Math.exp(-x));
}

export const thetaPopulation: Population = {
	name: '3pl-learning',
	continuous: true,
	create(key, archetype, objectives) {
		const spec = THETA_ARCHETYPES[archetype];
		const strong = strongSet(key, objectives);
		const offset = LEARNER_SD * normal([...key, 'offset']);
		const theta = new Map(
			objectives.map((o) => {
				const base =
					typeof spec.theta === 'number' ? spec.theta : spec.theta[strong.has(o) ? 0 : 1];
				return [o, base + offset + OBJECTIVE_SD * normal([...key, 'theta', o])];
			})
		);
		const perAttempt = between([...key, 'per-attempt'], ...spec.perAttempt);
		const perReading = between([...key, 'per-reading'], ...spec.perReading);
		const attempts = new Map<number, number>();
		return {
			archetype,
			answer(t) {
				const attempt = attempts.get(t.index) ?? 0;
				attempts.set(t.index, attempt + 1);
				const now = theta.get(t.item.objective)!;
				const p = t.c + (1 - t.c - t.slip) * sigmoid(t.a * (now - t.b));
				theta.set(t.item.objective, now + perAttempt);
				return uniform([...key, 'answer', t.index, attempt]) < p ? 1 : 0;
			},
			read(t) {
				theta.set(t.item.objective, theta.get(t.item.objective)! + perReading);
			},
			theta: (o) => theta.get(o)!,
			mastered: (o) => theta.get(o)! >= 0
		};
	}
};

/** BKT archetypes: P(L0) (mixed: strong / weak objectives), T per attempt, T per re-reading. */
export const BKT_ARCHETYPES: Record<
	Archetype,
	{ known: number | [strong: number, weak: number]; learn: number; learnByReading: number }
> = {
	knows: { known: 0.95, learn: 0.05, learnByReading: 0.1 },
	learns: { known: 0.1, learn: 0.15, learnByReading: 0.3 },
	guesser: { known: 0.02, learn: 0, learnByReading: 0 },
	mixed: { known: [0.9, 0.1], learn: 0.05, learnByReading: 0.15 }
};
/** BKT slip; the guess parameter is each item's guess chance. */
export const BKT_SLIP = 0.1;

export const bktPopulation: Population = {
	name: 'bkt',
	continuous: false,
	create(key, archetype, objectives) {
		const spec = BKT_ARCHETYPES[archetype];
		const strong = strongSet(key, objectives);
		const learned = new Map(
			objectives.map((o) => {
				const p = typeof spec.known === 'number' ? spec.known : spec.known[strong.has(o) ? 0 : 1];
				return [o, uniform([...key, 'known', o]) < p];
			})
		);
		const attempts = new Map<number, number>();
		const events = new Map<string, number>();
		const maybeLearn = (objective: string, kind: string, chance: number) => {
			const n = events.get(`${kind}:${objective}`) ?? 0;
			events.set(`${kind}:${objective}`, n + 1);
			if (!learned.get(objective) && uniform([...key, kind, objective, n]) < chance)
				learned.set(objective, true);
		};
		return {
			archetype,
			answer(t) {
				const attempt = attempts.get(t.index) ?? 0;
				attempts.set(t.index, attempt + 1);
				const p = learned.get(t.item.objective) ? 1 - BKT_SLIP : t.c;
				maybeLearn(t.item.objective, 'learn', spec.learn);
				return uniform([...key, 'answer', t.index, attempt]) < p ? 1 : 0;
			},
			read(t) {
				maybeLearn(t.item.objective, 'read', spec.learnByReading);
			},
			theta: (o) => (learned.get(o) ? 1 : -1),
			mastered: (o) => learned.get(o)!
		};
	}
};
