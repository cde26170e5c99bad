/**
 * The course as the lesson uses it, from the source the page carries: assembled, and the
 * interface set to its language (the catalog's words, how numbers are written). src/lesson.ts
 * opens it before the lesson's first render; Lesson.svelte when nothing did (`npm run dev`).
 */
import { assembleCourse, type Course, type CourseSource } from '$lib/content/course';
import { useCatalog, useNumberShapes, type Locale } from '$lib/i18n';

export interface OpenCourse {
	course: Course;
	/** The course's language: the interface's words and how numbers are written. */
	language: string;
	catalog: Locale;
}

export function openCourse(source: CourseSource<unknown>): OpenCourse {
	const course = assembleCourse(source);
	const language = course.language ?? 'en';
	const catalog = useCatalog(language);
	useNumberShapes(source.numbers);
	return { course, language, catalog };
}
