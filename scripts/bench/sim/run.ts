/** Runs the fixed form and the adaptive engine over one seed's learners. */
import type { EngineParams } from '../../../src/lib/engine/engine';
import { trueItems, type Bank } from './banks';
import { ARCHETYPES, type Population } from './learners';
import { runAdaptive, runFixed, type LessonOutcome } from './lesson';
import { metrics, type Metrics } from './metrics';
import { hashKey } from './random';

export interface SeedResult {
	fixed: Metrics;
	adaptive: Metrics;
}

export function runSeed(
	bank: Bank,
	population: Population,
	seed: number,
	perArchetype: number,
	params?: Partial<EngineParams>
): SeedResult {
	const truth = trueItems(bank, seed);
	const fixed: LessonOutcome[] = [];
	const adaptive: LessonOutcome[] = [];
	ARCHETYPES.forEach((archetype, a) => {
		for (let i = 0; i < perArchetype; i++) {
			const key = [seed, population.name, bank.name, a * perArchetype + i];
			// Two copies of the same learner: same starting state, same draws.
			fixed.push(runFixed(bank, truth, population.create(key, archetype, bank.objectives)));
			const learner = population.create(key, archetype, bank.objectives);
			adaptive.push(runAdaptive(bank, truth, learner, hashKey([...key, 'engine']), params));
		}
	});
	return { fixed: metrics(fixed), adaptive: metrics(adaptive) };
}
