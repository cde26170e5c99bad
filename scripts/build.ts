/**
 * `npm run build [-- --course <id>] [-- --questions <folder>] [-- --out <folder>] [-- --strict] [-- --export]`: for each course, validate → app build →
 * imsmanifest.xml → dist/<course>-scorm12.zip and dist/<course>-scorm2004.zip. Stops on the first course with content problems.
 */
import { helpIfAsked } from './lib/help';
import { spawnSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { CourseSource } from '../src/lib/content/course';
import { formatIssues } from '../src/lib/content/errors';
import { questionCaps } from '../src/lib/engine/range';
import { QUESTIONS_DIR, ROOT } from './lib/load-course';
import { checkCourseDir, isStrict, runCommand, selectCourseDirs } from './lib/validate-all';
import { manifest12, manifest2004 } from './package/manifest';
import { packageProblems } from './package/verify';
import { uploadLimitWarning } from './package/upload-limit';
import { zipFiles } from './package/zip';

helpIfAsked(`
Usage: npm run build [-- options]

Validates each course, builds the lesson and writes two SCORM packages per course:
dist/<course>-scorm12.zip and dist/<course>-scorm2004.zip (upload either to the LMS).
A course with content problems stops the build and leaves no zip of it behind.

Options:
  --course <id>          build one course
  --questions <folder>   the folder that holds the courses (default: questions/)
  --out <folder>         where the zips go (default: dist/)
  --strict               refuse to build a course with item-quality warnings
  --export               also export the questions (Moodle XML, GIFT, QTI) next to the zips
  --help                 this text
`);

const argv = process.argv.slice(2);
const option = (name: string) => {
	const at = argv.indexOf(name);
	return at === -1 ? undefined : argv[at + 1];
};
const questionsDir = path.resolve(option('--questions') ?? QUESTIONS_DIR);
const outAt = argv.indexOf('--out');
const distDir = path.resolve(outAt === -1 ? path.join(ROOT, 'dist') : argv[outAt + 1]!);
const packageJson = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
	version: string;
};

/**
 * Two builds in one checkout at once used to share .svelte-kit/output and .tmp/app: one could
 * zip the other's half-deleted app (a 1.1 KB zip reported as success). Now the course JSON and
 * the app go to this build's own folder, removed at exit, and SvelteKit works in a folder of
 * the course's own (see lockKitDir).
 */
mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
const workDir = mkdtempSync(path.join(ROOT, '.tmp', `build-${process.pid}-`));
process.on('exit', () => rmSync(workDir, { recursive: true, force: true }));
for (const signal of ['SIGINT', 'SIGTERM'] as const)
	process.on(signal, () => process.exit(signal === 'SIGINT' ? 130 : 143));

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const alive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
};

/**
 * SvelteKit's working folder for one course, .tmp/kit/<course>: the same path at every build,
 * because Svelte writes the root component's path into the app and the zips must stay
 * byte-identical. Builds of different courses run side by side; two builds of one course take
 * turns (a lock folder holding the owner's pid; a dead owner's lock is taken over).
 */
function lockKitDir(courseId: string): { dir: string; release: () => void } {
	const dir = path.join(ROOT, '.tmp', 'kit', courseId);
	const lock = `${dir}.lock`;
	mkdirSync(path.dirname(dir), { recursive: true });
	const started = Date.now();
	let told = false;
	for (;;) {
		try {
			mkdirSync(lock);
			writeFileSync(path.join(lock, 'pid'), String(process.pid));
			let held = true;
			const release = () => {
				if (held) rmSync(lock, { recursive: true, force: true });
				held = false;
			};
			process.on('exit', release);
			return { dir, release };
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		let owner = NaN;
		try {
			owner = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
		} catch {
			// Being created, or left without a pid by a build that died at once.
		}
		const stale = Number.isNaN(owner)
			? Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? 0) > 10_000
			: !alive(owner);
		if (stale) {
			rmSync(lock, { recursive: true, force: true });
			continue;
		}
		if (Date.now() - started > 15 * 60_000)
			throw new Error(
				`Another build of ${courseId} (pid ${owner}) has held ${lock} for 15 minutes.`
			);
		if (!told) console.error(`Waiting for another build of ${courseId} (pid ${owner}) to finish…`);
		told = true;
		sleep(250);
	}
}

/**
 * tsconfig.json extends .svelte-kit/tsconfig.json, which Vite reads to compile TypeScript; the
 * app builds write theirs to their own folders, so a fresh clone gets this one from a sync.
 */
function syncKitTypes(): void {
	if (existsSync(path.join(ROOT, '.svelte-kit', 'tsconfig.json'))) return;
	const kit = path.join(ROOT, 'node_modules', '@sveltejs', 'kit', 'svelte-kit.js');
	const result = spawnSync(process.execPath, [kit, 'sync'], { cwd: ROOT, encoding: 'utf8' });
	if (result.status !== 0) {
		process.stderr.write(`${result.stdout}\n${result.stderr}\n`);
		throw new Error(`svelte-kit sync failed (exit ${result.status}).`);
	}
}

function listFiles(dir: string, prefix = ''): string[] {
	return readdirSync(dir)
		.sort()
		.flatMap((name) => {
			const full = path.join(dir, name);
			const rel = prefix ? `${prefix}/${name}` : name;
			return statSync(full).isDirectory() ? listFiles(full, rel) : [rel];
		});
}

function buildApp(courseDir: string, outDir: string, source: CourseSource<unknown>): void {
	const courseId = path.basename(courseDir);
	// The validated course goes to the app as JSON (see scripts/lib/vite-course.ts).
	const json = path.join(workDir, `course-${courseId}.json`);
	writeFileSync(json, JSON.stringify(source));
	rmSync(outDir, { recursive: true, force: true });
	const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
	const kit = lockKitDir(courseId);
	const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
		cwd: ROOT,
		stdio: ['ignore', 'pipe', 'pipe'],
		encoding: 'utf8',
		env: {
			...process.env,
			// Always the production bundle: a caller's NODE_ENV (vitest sets 'test', a shell may
			// hold 'development') made Vite and Svelte build a development app (87 KB instead of
			// 77 KB for the seed, with component paths and dev checks) into the zips.
			NODE_ENV: 'production',
			READBACK_COURSE: courseId,
			READBACK_QUESTIONS_DIR: questionsDir,
			READBACK_COURSE_JSON: json,
			READBACK_OUT: outDir,
			READBACK_KIT_DIR: kit.dir,
			VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true'
		}
	});
	kit.release();
	if (result.status !== 0) {
		process.stderr.write(`${result.stdout}\n${result.stderr}\n`);
		throw new Error(`The app build for ${courseId} failed (exit ${result.status}).`);
	}
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

function kb(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KB`;
}

await runCommand(async () => {
	const dirs = selectCourseDirs(argv, questionsDir);
	mkdirSync(distDir, { recursive: true });
	syncKitTypes();
	for (const dir of dirs) {
		// A failed build leaves no zip of this course behind: an old one would pass for new.
		const removed = ['scorm12', 'scorm2004']
			.map((suffix) => path.join(distDir, `${path.basename(dir)}-${suffix}.zip`))
			.filter((zip) => existsSync(zip));
		for (const zip of removed) rmSync(zip, { force: true });
		const removedNote = removed.length
			? ` The old ${removed.map((zip) => path.relative(process.cwd(), zip) || zip).join(' and ')} ${removed.length === 1 ? 'was' : 'were'} removed, so ${removed.length === 1 ? 'it' : 'they'} cannot be uploaded by mistake.`
			: '';
		const { issues, warnings, course, source } = await checkCourseDir(dir);
		if (!course) {
			console.error(
				`✘ ${path.basename(dir)}: ${issues.length} problem(s); nothing was built.${removedNote}\n\n${formatIssues(issues)}\n`
			);
			process.exit(1);
		}
		// Item-quality warnings are printed, and build anyway, unless --strict.
		if (warnings.length) {
			const strict = isStrict(argv);
			console.error(
				`${strict ? '✘' : '⚠'} ${course.id}: ${count(warnings.length, 'warning')}${strict ? ` (--strict); nothing was built.${removedNote}` : ', built all the same (--strict refuses them)'}\n\n${formatIssues(warnings)}\n`
			);
			if (strict) process.exit(1);
		}
		// SCORM 1.2 keeps 4,096 characters of progress: a lesson that could ask more questions
		// than fit asks fewer there (never losing an answer on resume), and the author is told.
		const caps = questionCaps(course);
		if (caps.scorm12 < caps.other)
			console.error(
				`⚠ ${course.id}: the lesson can ask up to ${caps.other} questions, but SCORM 1.2 can keep the progress of only ${caps.scorm12} answers: the SCORM 1.2 package asks at most ${caps.scorm12} (the SCORM 2004 package up to ${caps.other}).`
			);
		const appDir = path.join(workDir, 'app', course.id);
		buildApp(dir, appDir, source);
		const appFiles = listFiles(appDir);
		const files = new Map(
			appFiles.map((file) => [file, new Uint8Array(readFileSync(path.join(appDir, file)))])
		);
		const common = {
			courseId: course.id,
			title: course.title,
			masteryScore: course.masteryScore,
			files: appFiles,
			version: packageJson.version
		};
		// The same app runs under both standards: it looks for API_1484_11, then API.
		const packages = [
			{ standard: 'SCORM 1.2', suffix: 'scorm12', manifest: manifest12(common) },
			{
				standard: 'SCORM 2004 4th Edition',
				suffix: 'scorm2004',
				manifest: manifest2004({ ...common, objectives: course.objectives.map((o) => o.id) })
			}
		];
		for (const { standard, suffix, manifest } of packages) {
			files.set('imsmanifest.xml', new TextEncoder().encode(manifest));
			const zip = zipFiles(files);
			const zipPath = path.join(distDir, `${course.id}-${suffix}.zip`);
			const problems = packageProblems(unzipSync(zip));
			if (problems.length)
				throw new Error(
					`The ${standard} package of ${course.id} is broken, so it was not written:\n${problems.map((p) => `  - ${p}`).join('\n')}`
				);
			// Written whole or not at all: a reader never sees half a zip.
			const partial = `${zipPath}.${process.pid}.partial`;
			process.on('exit', () => rmSync(partial, { force: true }));
			writeFileSync(partial, zip);
			renameSync(partial, zipPath);
			console.log(
				`${path.relative(process.cwd(), zipPath) || zipPath}  ${kb(zip.length)}  (${standard}, ${count(course.questions.length, 'question')})`
			);
			const tooBig = uploadLimitWarning(
				path.relative(process.cwd(), zipPath) || zipPath,
				zip.length
			);
			if (tooBig) console.error(tooBig);
		}
		if (argv.includes('--export')) exportQuestions(course.id);
	}
});

/** `--export`: the course's questions for an LMS question bank, next to its zips. */
function exportQuestions(courseId: string): void {
	const tsx = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
	const script = path.join(ROOT, 'scripts', 'export.ts');
	const args = ['--course', courseId, '--questions', questionsDir, '--out', distDir];
	const result = spawnSync(process.execPath, [tsx, script, ...args], { stdio: 'inherit' });
	if (result.status !== 0) throw new Error(`The export of ${courseId} failed.`);
}
