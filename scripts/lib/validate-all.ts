/** Loads and checks courses; shared by `npm run validate` and `npm run build`. */
import path from 'node:path';
import { assembleCourse, type Course, type CourseSource } from '../../src/lib/content/course';
import { checkCourse, courseFileWarnings } from '../../src/lib/content/check';
import type { ContentIssue } from '../../src/lib/content/errors';
import { lintCourse } from '../../src/lib/content/lint';
import { fileFinder } from './course-files';
import { listCourseDirs, loadCourse, QUESTIONS_DIR } from './load-course';

export interface CheckedCourse {
	dir: string;
	/** Errors: the course cannot be built while there is one. */
	issues: ContentIssue[];
	/**
	 * Item-quality warnings (src/lib/content/lint.ts), looked for once there is no error: the
	 * course builds, but a test-wise learner could answer some questions without reading.
	 */
	warnings: ContentIssue[];
	course?: Course;
	/** The files as loaded (what the app is built from). */
	source: CourseSource<unknown>;
}

export async function checkCourseDir(dir: string): Promise<CheckedCourse> {
	const { source, loadIssues } = await loadCourse(dir);
	const files = fileFinder(dir);
	const issues = checkCourse({ source, loadIssues, files });
	const valid = issues.length === 0;
	return {
		dir,
		issues,
		warnings: valid ? [...courseFileWarnings(source, files), ...lintCourse(source)] : [],
		source,
		course: valid ? assembleCourse(source) : undefined
	};
}

/** `--strict`: warnings count as problems (the command exits 1, the build stops). */
export function isStrict(argv: readonly string[]): boolean {
	return argv.includes('--strict');
}

/** A mistake in the command line: printed as a message, without a stack trace. */
export class UsageError extends Error {}

/** Runs a command's main function; usage errors print plainly and exit with 2. */
export async function runCommand(main: () => Promise<void>): Promise<void> {
	try {
		await main();
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		console.error(error.message);
		process.exitCode = 2;
	}
}

/** The course folders to work on: all of them, or the one named by `--course <id>`. */
export function selectCourseDirs(argv: readonly string[], questionsDir = QUESTIONS_DIR): string[] {
	const all = listCourseDirs(questionsDir);
	const at = argv.indexOf('--course');
	if (at === -1) return all;
	const wanted = argv[at + 1];
	const match = all.filter((dir) => path.basename(dir) === wanted);
	if (match.length === 0) {
		const names = all.map((dir) => path.basename(dir)).join(', ');
		throw new UsageError(
			`No course "${wanted ?? ''}" in ${questionsDir}. Courses: ${names || 'none'}.`
		);
	}
	return match;
}
