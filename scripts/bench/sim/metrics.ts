/** Benchmark metrics for one run (one bank, population, design and seed), and their spread. */
import { ARCHETYPES, type Archetype } from './learners';
import { mean, type LessonOutcome } from './lesson';

export interface Metrics {
	/** Share of objective decisions matching the truth at the moment of the decision. */
	accuracy: number;
	/** Same, against the truth at the end of the lesson. */
	accuracyAtEnd: number;
	/** Declared mastered but truly not (at the decision), over all decisions. */
	falseMastery: number;
	/** Declared not mastered but truly mastered (at the decision), over all decisions. */
	falseNonMastery: number;
	/** Mean questions asked. */
	asked: number;
	/**
	 * Learning gain: of the objectives a learner started below the cut, the share that ended
	 * at or above it.
	 */
	gain: number;
	/** Raw mean change of true θ per objective (grows with every extra question asked). */
	deltaTheta: number;
	/** Spearman rank correlation of true ability at the end and the reported score. */
	spearman: number;
	byArchetype: Record<Archetype, { asked: number; accuracy: number; gain: number }>;
}

export function metrics(lessons: readonly LessonOutcome[]): Metrics {
	const objectiveStats = (set: readonly LessonOutcome[]) => {
		let n = 0;
		let right = 0;
		let rightAtEnd = 0;
		let falseMastery = 0;
		let falseNonMastery = 0;
		let below = 0;
		let crossed = 0;
		let delta = 0;
		for (const lesson of set)
			for (const o of lesson.objectives) {
				n += 1;
				if (o.mastered === o.truthAtDecision) right += 1;
				else if (o.mastered) falseMastery += 1;
				else falseNonMastery += 1;
				if (o.mastered === o.truthAtEnd) rightAtEnd += 1;
				if (!o.startedMastered) {
					below += 1;
					if (o.truthAtEnd) crossed += 1;
				}
				delta += o.thetaEnd - o.thetaStart;
			}
		return {
			accuracy: right / n,
			accuracyAtEnd: rightAtEnd / n,
			falseMastery: falseMastery / n,
			falseNonMastery: falseNonMastery / n,
			gain: below > 0 ? crossed / below : NaN,
			deltaTheta: delta / n,
			asked: mean(set.map((l) => l.asked))
		};
	};
	const all = objectiveStats(lessons);
	const byArchetype = Object.fromEntries(
		ARCHETYPES.map((a) => {
			const s = objectiveStats(lessons.filter((l) => l.archetype === a));
			return [a, { asked: s.asked, accuracy: s.accuracy, gain: s.gain }];
		})
	) as Metrics['byArchetype'];
	return {
		...all,
		spearman: spearman(
			lessons.map((l) => l.ability),
			lessons.map((l) => l.score)
		),
		byArchetype
	};
}

/** Ranks from 1, ties sharing their mean rank. */
export function ranks(values: readonly number[]): number[] {
	const order = values.map((v, i) => [v, i] as const).sort((x, y) => x[0] - y[0]);
	const out = new Array<number>(values.length);
	for (let i = 0; i < order.length;) {
		let j = i;
		while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
		for (let k = i; k <= j; k++) out[order[k]![1]] = (i + j) / 2 + 1;
		i = j + 1;
	}
	return out;
}

export function pearson(x: readonly number[], y: readonly number[]): number {
	const mx = mean(x);
	const my = mean(y);
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < x.length; i++) {
		sxy += (x[i]! - mx) * (y[i]! - my);
		sxx += (x[i]! - mx) ** 2;
		syy += (y[i]! - my) ** 2;
	}
	return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : NaN;
}

export function spearman(x: readonly number[], y: readonly number[]): number {
	return pearson(ranks(x), ranks(y));
}

export interface Spread {
	mean: number;
	sd: number;
}

/** Mean and sample standard deviation across seeds. */
export function spread(values: readonly number[]): Spread {
	const m = mean(values);
	const sd =
		values.length > 1
			? Math.sqrt(values.reduce((s, v) => s + (v - m) ** 2, 0) / (values.length - 1))
			: 0;
	return { mean: m, sd };
}
