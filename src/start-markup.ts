/**
 * The first visit's start screen as static markup, made by the build: vite.app.config.ts builds
 * this entry for Node next to the lesson (scripts/lib/app-build.ts keeps it with the cached app),
 * and the build writes it into each course's page inside the lesson's element (coursePage). The
 * browser's HTML parser builds it, article and all, before any script runs; src/lesson.ts sets
 * the session up and, for a first visit, makes these buttons work at once and lets the lesson
 * take the screen over after the first paint (otherwise at once). Its parts are the components
 * the lesson renders (StartScreen, ArticleView): a browser test compares the two.
 */
import { render } from 'svelte/server';
import StaticStart from '$lib/components/StaticStart.svelte';
import { assembleCourse } from '$lib/content/course';
import type { CourseSource } from '$lib/content/course';
import { lessonCap } from '$lib/engine/range';
import { useCatalog, useNumberShapes } from '$lib/i18n';

/**
 * Svelte's server output marks where blocks start and end for hydration (`<!--[-->`,
 * `<!--]-->`, `<!--[!-->`, `<!--[-1-->`, `<!---->`): the markup is never hydrated, so they go.
 */
const HYDRATION_MARKERS = /<!--(?:\[!?-?\d*|\]|)-->/g;

/**
 * The course's start screen for a first visit, as the lesson renders it. The page is the same in
 * both packages: it states the SCORM 2004 cap; a SCORM 1.2 launch with a lower one (a course too
 * large for 1.2's progress data) renders its own screen at once (src/lesson.ts).
 */
export function startMarkup(source: CourseSource<unknown>): string {
	const course = assembleCourse(source);
	const language = course.language ?? 'en';
	useCatalog(language);
	useNumberShapes(source.numbers);
	const cap = lessonCap(course, 'scorm2004');
	return render(StaticStart, { props: { course, language, cap } }).body.replace(
		HYDRATION_MARKERS,
		''
	);
}
