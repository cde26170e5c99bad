/** Loads and checks courses; shared by `npm run validate` and `npm run build`. */
import path from 'node:path';
import { assembleCourse, type Course } from '../../src/lib/content/course';
import { checkCourse } from '../../src/lib/content/check';
import type { ContentIssue } from '../../src/lib/content/errors';
import { listCourseDirs, loadCourse, QUESTIONS_DIR } from './load-course';

export interface CheckedCourse {
	dir: string;
	issues: ContentIssue[];
	course?: Course;
}

export async function checkCourseDir(dir: string): Promise<CheckedCourse> {
	const { source, loadIssues } = await loadCourse(dir);
	const issues = checkCourse({ source, loadIssues });
	return { dir, issues, course: issues.length === 0 ? assembleCourse(source) : undefined };
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
		throw new Error(`No course "${wanted ?? ''}" in ${questionsDir}. Courses: ${names || 'none'}.`);
	}
	return match;
}
