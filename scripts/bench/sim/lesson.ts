/** One simulated learner through the fixed form, or through the real adaptive engine. */
import { Engine, type EngineParams } from '../../../src/lib/engine/engine';
import type { Bank, TrueItem } from './banks';
import type { Archetype, SimLearner } from './learners';

export interface ObjectiveOutcome {
	/** Declared mastered. */
	mastered: boolean;
	/** Truly mastered when the decision was taken (fixed form: at the end). */
	truthAtDecision: boolean;
	/** Truly mastered at the end of the lesson. */
	truthAtEnd: boolean;
	thetaStart: number;
	thetaEnd: number;
	startedMastered: boolean;
}

export interface LessonOutcome {
	archetype: Archetype;
	asked: number;
	/** Reported score, 0-100. */
	score: number;
	/** True ability at the end: mean true θ over objectives. */
	ability: number;
	objectives: ObjectiveOutcome[];
}

/** Fixed form: every item in bank order, no remediation; pass an objective at ≥ 70% credit. */
export const FIXED_PASS = 0.7;

export function runFixed(bank: Bank, truth: TrueItem[], learner: SimLearner): LessonOutcome {
	const start = bank.objectives.map((o) => ({
		theta: learner.theta(o),
		mastered: learner.mastered(o)
	}));
	const credit = new Map(bank.objectives.map((o) => [o, { got: 0, of: 0 }]));
	let total = 0;
	for (const t of truth) {
		const c = learner.answer(t);
		const tally = credit.get(t.item.objective)!;
		tally.got += c;
		tally.of += 1;
		total += c;
	}
	return {
		archetype: learner.archetype,
		asked: truth.length,
		score: (100 * total) / truth.length,
		ability: mean(bank.objectives.map((o) => learner.theta(o))),
		objectives: bank.objectives.map((o, i) => {
			const tally = credit.get(o)!;
			return {
				mastered: tally.of > 0 && tally.got / tally.of >= FIXED_PASS,
				truthAtDecision: learner.mastered(o),
				truthAtEnd: learner.mastered(o),
				thetaStart: start[i]!.theta,
				thetaEnd: learner.theta(o),
				startedMastered: start[i]!.mastered
			};
		})
	};
}

export function runAdaptive(
	bank: Bank,
	truth: TrueItem[],
	learner: SimLearner,
	seed: number,
	params?: Partial<EngineParams>
): LessonOutcome {
	const byId = new Map(truth.map((t) => [t.item.id, t]));
	const start = bank.objectives.map((o) => ({
		theta: learner.theta(o),
		mastered: learner.mastered(o)
	}));
	const engine = new Engine({ items: bank.items, objectives: bank.objectives, seed, params });
	const atDecision = new Map<string, boolean>();
	const noteDecisions = () => {
		for (const o of bank.objectives)
			if (!atDecision.has(o) && engine.objectives.get(o)!.decision !== 'undecided')
				atDecision.set(o, learner.mastered(o));
	};
	for (;;) {
		const step = engine.next();
		noteDecisions();
		if (step.kind === 'done') break;
		const t = byId.get(step.item.id)!;
		if (step.kind === 'remediation') {
			learner.read(t);
			engine.record({ kind: 'remediation', item: t.item.id });
			continue;
		}
		engine.record({ kind: 'answer', item: t.item.id, credit: learner.answer(t) });
		noteDecisions();
	}
	return {
		archetype: learner.archetype,
		asked: engine.asked.length,
		score: engine.score,
		ability: mean(bank.objectives.map((o) => learner.theta(o))),
		objectives: bank.objectives.map((o, i) => ({
			mastered: engine.objectives.get(o)!.decision === 'mastered',
			truthAtDecision: atDecision.get(o) ?? learner.mastered(o),
			truthAtEnd: learner.mastered(o),
			thetaStart: start[i]!.theta,
			thetaEnd: learner.theta(o),
			startedMastered: start[i]!.mastered
		}))
	};
}

export function mean(values: readonly number[]): number {
	return values.length === 0 ? NaN : values.reduce((s, v) => s + v, 0) / values.length;
}
