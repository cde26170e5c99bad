/**
 * `npm run bench:validate`: how long validation takes, to show it is fast enough to run on
 * every save. Compares, in one run, the seed course and synthetic banks 4× and 20× its size
 * (copies of the seed questions with new ids): the checks (errors) and the item-quality linter
 * (warnings; target under 100 ms at 1,000 questions). Prints a table of medians; asserts nothing.
 */
import { helpIfAsked } from '../lib/help';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkCourse } from '../../src/lib/content/check';
import { lintCourse } from '../../src/lib/content/lint';
import { loadCourse, QUESTIONS_DIR } from '../lib/load-course';

helpIfAsked(`
Usage: npm run bench:validate

How long validation and the item-quality linter take on the seed course and on banks 4× and
20× its size. Prints a table of medians; asserts nothing. No options.
`);

const RUNS = 25;
const dir = path.join(QUESTIONS_DIR, 'north-korea-russia');
const { source } = await loadCourse(dir);

function scaled(factor: number) {
	const banks = Array.from({ length: factor }, (_, copy) =>
		source.banks.map((bank) => ({
			file: bank.file.replace('.ts', `-${copy}.ts`),
			questions: (bank.questions as { id: string }[]).map((q) => ({ ...q, id: `${q.id}-${copy}` }))
		}))
	).flat();
	return { ...source, banks };
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

function time(fn: () => unknown): number {
	const samples: number[] = [];
	fn(); // warm-up
	for (let i = 0; i < RUNS; i++) {
		const start = performance.now();
		fn();
		samples.push(performance.now() - start);
	}
	return median(samples);
}

const rows: [string, number, number, number][] = [];
for (const factor of [1, 4, 20]) {
	const input = scaled(factor);
	const count = input.banks.reduce((n, b) => n + (b.questions as unknown[]).length, 0);
	rows.push([
		`seed ×${factor}`,
		count,
		time(() => checkCourse({ source: input })),
		time(() => lintCourse(input))
	]);
}
const loadMs = median(
	await Promise.all(
		Array.from({ length: 5 }, async () => {
			const start = performance.now();
			await loadCourse(dir);
			return performance.now() - start;
		})
	)
);

const base = rows[0]![2];
console.log(`Validation time (median of ${RUNS} runs, Node ${process.version})\n`);
console.log(
	'| bank | questions | check (ms) | per question (ms) | vs seed | lint (ms) | lint per question (ms) |'
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [name, count, ms, lint] of rows)
	console.log(
		`| ${name} | ${count} | ${ms.toFixed(2)} | ${(ms / count).toFixed(3)} | ${(ms / base).toFixed(1)}× | ${lint.toFixed(2)} | ${(lint / count).toFixed(3)} |`
	);
console.log(
	`\nLoading the seed course's files (import, cached after the first): ${loadMs.toFixed(2)} ms`
);
