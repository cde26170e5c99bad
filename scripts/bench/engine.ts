/**
 * `npm run bench:engine`: the cost of one lesson step (next() and record()) against the bank's
 * size, for the current engine and, side by side, the engine of an earlier commit
 * (`--before <git ref>`, default: the commit before the engine was indexed). Synthetic banks of
 * 50, 1,000 and 10,000 questions over 5 objectives; learners answer right, wrong and mixed.
 * Prints a table and the growth exponent between 1,000 and 10,000 questions (1 = linear).
 * Asserts nothing; compare the ratios in one run.
 *
 *   npm run bench:engine [-- --before <ref>] [--sizes 50,1000,10000] [--runs 5]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Engine, type EngineItem } from '../../src/lib/engine/engine';
import { hash32 } from '../../src/lib/random';
import { ROOT } from '../lib/load-course';
import { median, table } from './lib/format';

const argv = process.argv.slice(2);
if (argv.includes('--help')) {
	console.log(`Usage: npm run bench:engine [-- options]

Times one lesson step of the adaptive engine at several bank sizes, now and at an earlier commit.

Options:
  --before <ref>     git commit to compare with (default: ${'7fe372b'}, before indexing)
  --sizes <list>     bank sizes, comma-separated (default: 50,1000,10000; one objective per 50 questions, at least 5)
  --runs <n>         lessons per size and learner (default: 5)
  --help             this text`);
	process.exit(0);
}
const option = (name: string) => {
	const at = argv.indexOf(name);
	return at === -1 ? undefined : argv[at + 1];
};
const before = option('--before') ?? '7fe372b';
const sizes = (option('--sizes') ?? '50,1000,10000').split(',').map(Number);
const runs = Number(option('--runs') ?? 5);
/** One objective per 50 questions, at least 5 (as a semester reader would have). */
const objectivesFor = (n: number) =>
	Array.from({ length: Math.max(5, Math.round(n / 50)) }, (_, i) => `o${i + 1}`);
const GUESSES = [0.25, 0.5, 0.02, 1 / 7, 1 / 15, 0.02, 1 / 3];

function bank(n: number): EngineItem[] {
	const objectives = objectivesFor(n);
	return Array.from({ length: n }, (_, i) => {
		const h = hash32(`q${i}`);
		return {
			id: `question-${i}`,
			objective: objectives[i % objectives.length]!,
			passage: `p${i % 7}`,
			difficulty: ((h % 3) + 1) as 1 | 2 | 3,
			guess: GUESSES[(h >>> 4) % GUESSES.length]!
		};
	});
}

interface EngineLike {
	next(): { kind: string; item?: { id: string; difficulty: number } };
	record(
		event: { kind: 'answer'; item: string; credit: number } | { kind: 'remediation'; item: string }
	): void;
}
type MakeEngine = (options: {
	items: EngineItem[];
	objectives: string[];
	seed: number;
}) => EngineLike;

const learners: Record<string, (n: number, difficulty: number) => number> = {
	right: () => 1,
	wrong: () => 0,
	mixed: (n, difficulty) => (difficulty === 3 || n % 5 === 0 ? 0 : 1)
};

/** Milliseconds per step (next + record) over whole lessons. */
function time(
	make: MakeEngine,
	items: EngineItem[]
): { perStep: number; worst: number; steps: number } {
	const perStep: number[] = [];
	let worst = 0;
	let steps = 0;
	for (const [name, answer] of Object.entries(learners))
		for (let run = 0; run < runs; run++) {
			const engine = make({
				items,
				objectives: objectivesFor(items.length),
				seed: hash32(`${name}${run}`)
			});
			let count = 0;
			const start = performance.now();
			for (let guard = 0; guard < 4 * items.length + 10; guard++) {
				const t = performance.now();
				const step = engine.next();
				if (step.kind === 'done') break;
				engine.record(
					step.kind === 'remediation'
						? { kind: 'remediation', item: step.item!.id }
						: { kind: 'answer', item: step.item!.id, credit: answer(count, step.item!.difficulty) }
				);
				worst = Math.max(worst, performance.now() - t);
				count++;
			}
			perStep.push((performance.now() - start) / Math.max(1, count));
			steps += count;
		}
	return { perStep: median(perStep), worst, steps: steps / (runs * Object.keys(learners).length) };
}

/** The engine as it was at `ref`, copied with the modules it imports into .tmp/. */
async function engineAt(ref: string): Promise<MakeEngine | undefined> {
	const dir = path.join(ROOT, '.tmp', 'bench-engine', ref, 'lib');
	try {
		for (const file of ['engine/engine.ts', 'engine/model.ts', 'random.ts']) {
			const text = execFileSync('git', ['show', `${ref}:src/lib/${file}`], {
				cwd: ROOT,
				encoding: 'utf8'
			});
			mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
			writeFileSync(path.join(dir, file), text);
		}
	} catch {
		console.error(`(no engine at ${ref}: only the current one is measured)`);
		return undefined;
	}
	const mod = (await import(pathToFileURL(path.join(dir, 'engine', 'engine.ts')).href)) as {
		Engine: new (o: { items: EngineItem[]; objectives: string[]; seed: number }) => EngineLike;
	};
	return (o) => new mod.Engine(o);
}

const designs: [string, MakeEngine][] = [['now', (o) => new Engine(o)]];
const old = await engineAt(before);
if (old) designs.unshift([`before (${before})`, old]);

const rows: string[][] = [];
const perSize = new Map<string, number[]>();
for (const n of sizes) {
	const items = bank(n);
	for (const [name, make] of designs) {
		const { perStep, worst, steps } = time(make, items);
		perSize.set(name, [...(perSize.get(name) ?? []), perStep]);
		rows.push([
			name,
			String(n),
			String(objectivesFor(n).length),
			steps.toFixed(0),
			perStep.toFixed(3),
			worst.toFixed(2)
		]);
	}
}
console.log(
	`Engine step cost (next + record), one objective per 50 questions, ${runs} lessons × ${Object.keys(learners).length} learners per size; Node ${process.version}\n`
);
console.log(
	table(
		[
			'engine',
			'>questions',
			'>objectives',
			'>steps per lesson',
			'>ms per step (median)',
			'>worst step (ms)'
		],
		rows
	)
);
const [small, large] = [sizes.at(-2)!, sizes.at(-1)!];
console.log(
	`\nGrowth exponent of the per-step cost from ${small} to ${large} questions (1 = linear, target ≤ 1.1):`
);
for (const [name] of designs) {
	const t = perSize.get(name)!;
	const exponent = Math.log(t.at(-1)! / t.at(-2)!) / Math.log(large / small);
	console.log(`- ${name}: ${exponent.toFixed(2)}; ${t.at(-1)!.toFixed(2)} ms per step at ${large}`);
}
