/**
 * Which files of a course folder hold what. Shared by the Node loader (validate, build, tests)
 * and the Vite plugin that feeds the app, so both read a course the same way.
 *
 *   questions/<course>/course.ts    defineCourse({...}): id, title, mastery score, objectives
 *   questions/<course>/article.ts   defineArticle({...}): the article as passages
 *   questions/<course>/<any>.ts     defineBank([...]): questions (every other .ts file)
 */
export const COURSE_FILE = 'course.ts';
export const ARTICLE_FILE = 'article.ts';

export interface CourseFiles {
	course: string | undefined;
	article: string | undefined;
	banks: string[];
}

const NOT_A_BANK = /(\.test|\.spec|\.d)\.ts$/;

export function courseFiles(fileNames: readonly string[]): CourseFiles {
	const ts = fileNames.filter((name) => name.endsWith('.ts') && !NOT_A_BANK.test(name));
	return {
		course: ts.find((name) => name === COURSE_FILE),
		article: ts.find((name) => name === ARTICLE_FILE),
		banks: ts.filter((name) => name !== COURSE_FILE && name !== ARTICLE_FILE).sort()
	};
}
