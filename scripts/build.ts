/**
 * `npm run build [-- --course <id>] [-- --questions <folder>] [-- --out <folder>]`: for each course, validate → app build →
 * imsmanifest.xml → dist/<course>-scorm12.zip and dist/<course>-scorm2004.zip. Stops on the first course with content problems.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CourseSource } from '../src/lib/content/course';
import { formatIssues } from '../src/lib/content/errors';
import { QUESTIONS_DIR, ROOT } from './lib/load-course';
import { checkCourseDir, runCommand, selectCourseDirs } from './lib/validate-all';
import { manifest12, manifest2004 } from './package/manifest';
import { zipFiles } from './package/zip';

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
	const json = path.join(ROOT, '.tmp', `course-${courseId}.json`);
	mkdirSync(path.dirname(json), { recursive: true });
	writeFileSync(json, JSON.stringify(source));
	rmSync(outDir, { recursive: true, force: true });
	const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
	const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
		cwd: ROOT,
		stdio: ['ignore', 'pipe', 'pipe'],
		encoding: 'utf8',
		env: {
			...process.env,
			READBACK_COURSE: courseId,
			READBACK_QUESTIONS_DIR: questionsDir,
			READBACK_COURSE_JSON: json,
			READBACK_OUT: outDir,
			VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true'
		}
	});
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
	for (const dir of dirs) {
		const { issues, course, source } = await checkCourseDir(dir);
		if (!course) {
			console.error(
				`✘ ${path.basename(dir)}: ${issues.length} problem(s); nothing was built.\n\n${formatIssues(issues)}\n`
			);
			process.exit(1);
		}
		const appDir = path.join(ROOT, '.tmp', 'app', course.id);
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
			writeFileSync(zipPath, zip);
			console.log(
				`${path.relative(process.cwd(), zipPath) || zipPath}  ${kb(zip.length)}  (${standard}, ${count(course.questions.length, 'question')})`
			);
		}
	}
});
