/**
 * `npm run build [-- --course <id>] [-- --questions <folder>] [-- --out <folder>] [-- --strict] [-- --export] [-- --no-cache]`:
 * the lesson app once (scripts/lib/app-build.ts), then for each course: validate → the app's page
 * with the course in it → imsmanifest.xml → dist/<course>-scorm12.zip and
 * dist/<course>-scorm2004.zip. Stops on the first course with content problems.
 */
import { helpIfAsked } from './lib/help';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { formatIssues } from '../src/lib/content/errors';
import { questionCaps } from '../src/lib/engine/range';
import { QUESTIONS_DIR, ROOT } from './lib/load-course';
import { checkCourseDir, isStrict, runCommand, selectCourseDirs } from './lib/validate-all';
import { lessonApp, type LessonApp } from './lib/app-build';
import { catalogLanguages, missingCatalogNote } from './lib/i18n';
import { catalogFor } from '../src/lib/i18n/catalog';
import { courseMedia, withFigureSizes } from './lib/course-files';
import { courseData } from './package/course-data';
import { coursePage } from './package/course-page';
import { COURSE_ENCODINGS, type CourseEncoding } from '../src/lib/content/course-data';
import { themeCss } from '../src/lib/theme/theme';
import { manifest12, manifest2004 } from './package/manifest';
import { withThemeStyle } from './package/theme-page';
import { packageProblems } from './package/verify';
import { uploadLimitWarning } from './package/upload-limit';
import { zipFiles } from './package/zip';
import { numberShapes } from '../src/lib/i18n/number-shapes';

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
  --no-cache             build the lesson app again even if an identical one is cached
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

for (const signal of ['SIGINT', 'SIGTERM'] as const)
	process.on(signal, () => process.exit(signal === 'SIGINT' ? 130 : 143));

/** READBACK_COURSE_ENCODING (tests): write the course as JSON or compressed whatever its size. */
function encodingOverride(): CourseEncoding | undefined {
	const value = process.env.READBACK_COURSE_ENCODING;
	if (!value) return undefined;
	if ((COURSE_ENCODINGS as readonly string[]).includes(value)) return value as CourseEncoding;
	throw new Error(`READBACK_COURSE_ENCODING must be one of ${COURSE_ENCODINGS.join(', ')}.`);
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

function kb(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KB`;
}

await runCommand(async () => {
	const dirs = selectCourseDirs(argv, questionsDir);
	mkdirSync(distDir, { recursive: true });
	/** The app in each interface language this build needs, built or read once. */
	const apps = new Map<string, LessonApp>();
	const available = catalogLanguages();
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
		// One app for every course in a language (built once, then reused while its sources stay
		// the same); the course goes into the page as data.
		const catalog = catalogFor(course.language, available);
		const note = missingCatalogNote(course.id, course.language, available);
		if (note) console.error(note);
		let app = apps.get(catalog);
		if (!app) apps.set(catalog, (app = lessonApp({ fresh: argv.includes('--no-cache'), catalog })));
		const files = new Map(app.files);
		const index = new TextDecoder().decode(files.get('index.html'));
		const media = courseMedia(course, dir);
		const pageSource = {
			...withFigureSizes(source, media),
			numbers: numberShapes(course.language ?? 'en')
		};
		const page = coursePage(index, {
			data: await courseData(JSON.stringify(pageSource), encodingOverride()),
			title: course.title,
			language: course.language ?? 'en',
			start: app.startMarkup(pageSource)
		});
		// The course's look: its theme's colours and font in the page (allowed by their hash),
		// its logo and its figures' images in media/ (listed in both manifests like every file of
		// the package).
		files.set('index.html', new TextEncoder().encode(withThemeStyle(page, themeCss(course.theme))));
		for (const [file, bytes] of media) files.set(file, bytes);
		const packageFiles = [...files.keys()].sort();
		const common = {
			courseId: course.id,
			title: course.title,
			masteryScore: course.masteryScore,
			files: packageFiles,
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
