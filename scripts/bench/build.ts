/**
 * `npm run bench:build`: how long `npm run build` takes for one course, before and now, measured
 * side by side (issue 11, point 4). Three ways, interleaved run by run so machine load hits them
 * alike:
 * - before: the project at an earlier commit (`--before <ref>`, default 0992674: the course
 *   bundled into the app, server half included), extracted with `git archive` under
 *   .tmp/bench-build/ with its own node_modules (npm ci);
 * - now, app built: `npm run build -- --no-cache` (the lesson app built, then the course
 *   written into its page);
 * - now, app cached: `npm run build` with the app in .tmp/app-cache (what an author's second
 *   and later builds do).
 * Courses: the seed, and synthetic courses of the given sizes (lib/synthetic-course.ts). Prints
 * a markdown table of medians and ratios; asserts nothing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { helpIfAsked } from '../lib/help';
import { QUESTIONS_DIR, ROOT } from '../lib/load-course';
import { DEFAULT_COURSE } from '../lib/vite-course';
import { median, table } from './lib/format';
import { SYNTHETIC_DIR, syntheticId, writeSyntheticCourse } from './lib/synthetic-course';

helpIfAsked(`
Usage: npm run bench:build [-- --before <ref>] [--synthetic <counts>] [--runs <n>]

Times npm run build for the seed course (and synthetic courses) at an earlier commit and now,
with the lesson app built and with it cached, interleaved; prints medians and ratios.

Options:
  --before <ref>        git commit to compare with (default: 0992674, before one app for every course)
  --synthetic <counts>  also synthetic courses of these sizes, e.g. 1000,10000 (default: none)
  --runs <n>            runs of each way per course (default: 3)
  --help                this text
`);

const argv = process.argv.slice(2);
const option = (name: string) => {
	const at = argv.indexOf(name);
	return at === -1 ? undefined : argv[at + 1];
};
const before = option('--before') ?? '0992674';
const runs = Number(option('--runs') ?? 3);
const counts = (option('--synthetic') ?? '')
	.split(',')
	.filter(Boolean)
	.map((n) => Number(n.replace(/_/g, '')));
if (!Number.isInteger(runs) || runs < 1 || counts.some((n) => !Number.isInteger(n) || n < 1)) {
	console.error('--runs needs a whole number ≥ 1 and --synthetic sizes like 1000,10000.');
	process.exit(2);
}

const BENCH_DIR = path.join(ROOT, '.tmp', 'bench-build');

/**
 * The project at `ref`, extracted once, with its own dependencies as its lock file names them
 * (`npm ci` from npm's cache): sharing this checkout's node_modules broke once packages were
 * dropped (the earlier build needs @sveltejs/adapter-static).
 */
function checkoutAt(ref: string): string {
	const sha = execFileSync('git', ['rev-parse', '--short', ref], {
		cwd: ROOT,
		encoding: 'utf8'
	}).trim();
	const dir = path.join(BENCH_DIR, sha);
	if (!existsSync(path.join(dir, 'package.json'))) {
		rmSync(dir, { recursive: true, force: true });
		mkdirSync(dir, { recursive: true });
		const archive = execFileSync('git', ['archive', sha], { cwd: ROOT, maxBuffer: 1 << 30 });
		execFileSync('tar', ['-x', '-C', dir], { input: archive });
	}
	if (!existsSync(path.join(dir, 'node_modules'))) {
		process.stderr.write(`Installing ${sha}'s dependencies in ${dir} (npm ci)…\n`);
		const npm = spawnSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], {
			cwd: dir,
			stdio: ['ignore', 2, 2]
		});
		if (npm.status !== 0) throw new Error(`npm ci for ${sha} failed (exit ${npm.status}).`);
	}
	return dir;
}

interface Way {
	label: string;
	root: string;
	args: string[];
}

function timeBuild(way: Way, questions: string, course: string): number {
	const tsx = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
	const out = path.join(BENCH_DIR, 'dist');
	const started = performance.now();
	const result = spawnSync(
		process.execPath,
		[
			tsx,
			'scripts/build.ts',
			'--questions',
			questions,
			'--course',
			course,
			'--out',
			out,
			...way.args
		],
		{ cwd: way.root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 30 }
	);
	const seconds = (performance.now() - started) / 1000;
	if (result.status !== 0) {
		console.error(
			`${way.label}: the build of ${course} failed (exit ${result.status}).\n${result.stderr.slice(-2000)}`
		);
		process.exit(1);
	}
	return seconds;
}

const old = checkoutAt(before);
const ways: Way[] = [
	{ label: `before (${before})`, root: old, args: [] },
	{ label: 'now, app built (--no-cache)', root: ROOT, args: ['--no-cache'] },
	{ label: 'now, app cached', root: ROOT, args: [] }
];

const courses: { label: string; questions: string; id: string }[] = [
	{ label: 'seed (50 questions)', questions: QUESTIONS_DIR, id: DEFAULT_COURSE }
];
for (const count of counts) {
	await writeSyntheticCourse(count);
	courses.push({
		label: `synthetic (${count.toLocaleString('en')} questions)`,
		questions: SYNTHETIC_DIR,
		id: syntheticId(count)
	});
}

const rows: string[][] = [];
for (const course of courses) {
	// One unmeasured build of each way first: extracts, syncs and fills the app cache.
	for (const way of ways) timeBuild(way, course.questions, course.id);
	const times = ways.map(() => [] as number[]);
	for (let run = 0; run < runs; run++)
		ways.forEach((way, i) => {
			process.stderr.write(`${course.label}: ${way.label}, run ${run + 1}/${runs}\n`);
			times[i]!.push(timeBuild(way, course.questions, course.id));
		});
	const base = median(times[0]!);
	ways.forEach((way, i) => {
		const m = median(times[i]!);
		rows.push([
			course.label,
			way.label,
			times[i]!.map((t) => t.toFixed(1)).join(', '),
			m.toFixed(2),
			`${Math.round((100 * m) / base)}%`
		]);
	});
}

console.log(`# Build time: npm run build, one course (${runs} interleaved runs each)\n`);
console.log(table(['course', 'way', 'runs (s)', '>median (s)', '>of before'], rows));
console.log(
	`\nTargets (issue 11, point 4): the seed ≤ 70% of before, 10,000 questions ≤ 60%. Load average now: ${(
		await import('node:os')
	)
		.loadavg()
		.map((l) => l.toFixed(1))
		.join(' ')} (2 cores).`
);
