/**
 * The start screen's article as static markup, made by the build: vite.app.config.ts builds this
 * entry for Node next to the lesson (scripts/lib/app-build.ts keeps it with the cached app), and
 * the build writes each course's article into its page as a `<template>` (coursePage). The lesson
 * shows a copy of it (Lesson.svelte) instead of building the article with script: the browser's
 * HTML parser makes those elements faster than any script can, before the lesson starts. Both come
 * from the same component, ArticleView, so they are the same markup (a browser test compares them).
 */
import { render } from 'svelte/server';
import ArticleView from '$lib/components/ArticleView.svelte';
import { assembleCourse } from '$lib/content/course';
import type { CourseSource } from '$lib/content/course';

/**
 * Svelte's server output marks where blocks start and end for hydration (`<!--[-->`,
 * `<!--]-->`, `<!--[!-->`, `<!---->`): a copied template is never hydrated, so they go.
 */
const HYDRATION_MARKERS = /<!--(?:\[!?\d*|\]|)-->/g;

/** The course's article as ArticleView renders it on the start screen. */
export function articleMarkup(source: CourseSource<unknown>): string {
	const { article } = assembleCourse(source);
	return render(ArticleView, { props: { article } }).body.replace(HYDRATION_MARKERS, '');
}
