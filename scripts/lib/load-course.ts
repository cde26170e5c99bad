/** Loads a course folder from disk (Node only): every file imported, every failure recorded. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CourseSource } from '../../src/lib/content/course.ts';
import type { ContentIssue } from '../../src/lib/content/errors.ts';
import { courseFiles } from '../../src/lib/content/files.ts';
import { isThenable } from '../../src/lib/content/check.ts';
import { loadFailure } from './load-error.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const QUESTIONS_DIR = path.join(ROOT, 'questions');

export interface LoadedCourse {
	source: CourseSource<unknown>;
	loadIssues: ContentIssue[];
}

/** Course folders under `questions/` (every sub-folder holding a course.ts). */
export function listCourseDirs(questionsDir = QUESTIONS_DIR): string[] {
	return readdirSync(questionsDir)
		.filter((name) => statSync(path.join(questionsDir, name)).isDirectory())
		.filter((name) => existsSync(path.join(questionsDir, name, 'course.ts')))
		.sort()
		.map((name) => path.join(questionsDir, name));
}

function relative(file: string): string {
	return path.relative(ROOT, file).split(path.sep).join('/');
}

/** Imports a course file; the Vite dev server passes its own loader. */
export type Importer = (file: string) => Promise<Record<string, unknown>>;

const nodeImport: Importer = (file) => import(pathToFileURL(file).href);

async function importDefault(
	file: string,
	helper: string,
	issues: ContentIssue[],
	importer: Importer
): Promise<unknown> {
	try {
		const mod = (await importer(file)) as { default?: unknown };
		// Returned from this async function, a promise would be awaited silently here, while the
		// lesson in the browser would get the promise itself: refuse it.
		if (helper === 'defineBank' && isThenable(mod.default)) {
			issues.push({
				code: 'bank-not-a-list',
				file: relative(file),
				path: [],
				params: { received: 'a promise' }
			});
			return undefined;
		}
		if (mod.default === undefined)
			issues.push({
				code: 'no-default-export',
				file: relative(file),
				path: [],
				params: { helper }
			});
		return mod.default;
	} catch (error) {
		issues.push(await loadFailure(error, file, relative(file)));
		return undefined;
	}
}

export async function loadCourse(
	dir: string,
	importer: Importer = nodeImport
): Promise<LoadedCourse> {
	const files = courseFiles(readdirSync(dir));
	const loadIssues: ContentIssue[] = [];
	const rel = relative(dir);
	for (const [name, expected] of [
		[files.course, 'course.ts'],
		[files.article, 'article.ts']
	] as const) {
		if (!name) loadIssues.push({ code: 'missing-file', file: rel, path: [], params: { expected } });
	}
	const course = files.course
		? await importDefault(path.join(dir, files.course), 'defineCourse', loadIssues, importer)
		: undefined;
	const article = files.article
		? await importDefault(path.join(dir, files.article), 'defineArticle', loadIssues, importer)
		: undefined;
	const banks = [];
	for (const name of files.banks) {
		const file = path.join(dir, name);
		const questions = await importDefault(file, 'defineBank', loadIssues, importer);
		if (questions !== undefined) banks.push({ file: relative(file), questions });
	}
	return { source: { dir: rel, course, article, banks }, loadIssues };
}
