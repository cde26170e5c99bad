/**
 * The engine's choices are pinned: for fixed seeds and answer patterns, the sequence of
 * questions and re-readings must stay identical when the engine is optimised. A changed
 * sequence is a reviewed change (`npx vitest run -u` rewrites the file).
 */
import path from 'node:path';
import { expect, test } from 'vitest';
import { Engine, type EngineItem } from '../../src/lib/engine/engine';
import { hash32 } from '../../src/lib/random';

/** A bank shaped like a real course: uneven objectives, mixed labels and guess chances. */
function bank(): { items: EngineItem[]; objectives: string[] } {
	const objectives = ['past', 'ukraine', 'aid', 'region', 'allies', 'outlook'];
	const sizes = [8, 11, 15, 9, 12, 5];
	const guesses = [0.25, 0.5, 0.02, 1 / 7, 1 / 15, 0.02, 1 / 3, 1 / 6];
	const items = objectives.flatMap((objective, k) =>
		Array.from({ length: sizes[k]! }, (_, i) => {
			const h = hash32(`${objective}-${i}`);
			return {
				id: `${objective}-${i}`,
				objective,
				passage: `p${k + 1}`,
				difficulty: ((h % 3) + 1) as 1 | 2 | 3,
				guess: guesses[(h >>> 3) % guesses.length]!
			};
		})
	);
	return { items, objectives };
}

const patterns: Record<string, (n: number, item: EngineItem) => number> = {
	right: () => 1,
	wrong: () => 0,
	mixed: (n) => [1, 0, 1, 1, 0.5, 0, 1][n % 7]!,
	'hard-wrong': (_n, item) => (item.difficulty === 3 ? 0 : 1)
};

test('the sequence of steps for fixed seeds and answers is unchanged', async () => {
	const lines: string[] = [];
	for (const order of ['adaptive', 'bank'] as const)
		for (const seed of [1, 2, 3, 42, 2026])
			for (const [name, answer] of Object.entries(patterns)) {
				const { items, objectives } = bank();
				const engine = new Engine({ items, objectives, seed, params: { order } });
				const steps: string[] = [];
				for (let guard = 0; guard < 500; guard++) {
					const step = engine.next();
					if (step.kind === 'done') break;
					if (step.kind === 'remediation') {
						steps.push(`r`);
						engine.record({ kind: 'remediation', item: step.item.id });
					} else {
						steps.push(step.item.id);
						engine.record({
							kind: 'answer',
							item: step.item.id,
							credit: answer(steps.length, step.item)
						});
					}
				}
				const decisions = objectives.map((o) => engine.objectives.get(o)!.decision[0]).join('');
				lines.push(
					`${order} seed=${seed} ${name}: ${steps.join(' ')} | ${decisions} ${engine.score}`
				);
			}
	await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(
		path.join(import.meta.dirname, '../fixtures/engine-sequences.txt')
	);
});
