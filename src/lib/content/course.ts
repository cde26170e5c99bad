/**
 * A course as the lesson uses it: metadata, the article and every question, in bank order.
 * Pure: no zod here, so the browser bundle stays small. The data was validated at build time.
 */
import type { NumberShapes } from '../i18n/number-shapes.ts';
import type { Article, CourseMeta, Passage, Question } from './schema.ts';

export interface CourseSource<T = unknown> {
	/** Folder of the course, relative to the project root, e.g. `questions/north-korea-russia`. */
	dir: string;
	course: T;
	article: T;
	banks: { file: string; questions: T }[];
	/**
	 * How the course's language writes small numbers, measured by the build so the first screen
	 * needs no Intl (src/lib/i18n/number-shapes.ts). Absent in `npm run dev`: Intl does it.
	 */
	numbers?: NumberShapes;
}

export interface Course extends CourseMeta {
	article: Article;
	questions: Question[];
}

export function assembleCourse(source: CourseSource<unknown>): Course {
	const meta = source.course as CourseMeta;
	return {
		...meta,
		article: source.article as Article,
		questions: source.banks.flatMap((bank) => bank.questions as Question[])
	};
}

export function passageById(course: Course, id: string): Passage | undefined {
	return course.article.passages.find((passage) => passage.id === id);
}
