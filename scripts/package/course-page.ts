/**
 * One app, many courses: `vite build` makes the lesson without any course in it, and the build
 * writes each course into its own copy of the page as data, a
 * `<script type="application/json" id="readback-course">` block in the head that the lesson
 * reads with JSON.parse (scripts/lib/vite-course.ts, PAGE_COURSE_MODULE). A data block is never
 * run, so the page's CSP (script hashes) does not concern it. Pure: strings in, string out.
 */

import type { CourseEncoding } from '../../src/lib/content/course-data.ts';

export const COURSE_ELEMENT_ID = 'readback-course';
/** The element the lesson is mounted into (src/app.html, src/lesson.ts). */
const APP_ROOT = '<div class="app-root">';
const EMPTY_APP_ROOT = `${APP_ROOT}</div>`;

/** The course as the page carries it: JSON, or compressed (scripts/package/course-data.ts). */
export interface CourseData {
	encoding: CourseEncoding;
	text: string;
}

/**
 * The course as the text of a data block. The HTML parser ends a script's text at
 * `</script` and, after `<!--`, a `<script` makes it swallow the rest of the page: so the text
 * carries every `<` as the JSON escape \u003c (JSON only has `<` inside strings, where the escape
 * means the same). U+2028 and U+2029 are escaped too, for any reader that treats them as line ends.
 */
export function courseDataBlock({ encoding, text }: CourseData): string {
	const safe = text.replace(
		/[<\u2028\u2029]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
	const attribute = encoding === 'json' ? '' : ` data-encoding="${encoding}"`;
	return `<script type="application/json" id="${COURSE_ELEMENT_ID}"${attribute}>${safe}</script>`;
}

export interface CoursePage {
	/** The validated course source. */
	data: CourseData;
	title: string;
	/** BCP 47 tag of the course's language. */
	language: string;
	/**
	 * The first visit's start screen as static markup (src/start-markup.ts), inside the element
	 * the lesson takes over (src/lesson.ts): HTML, escaped by Svelte's renderer.
	 */
	start?: string;
}

function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** Scripts written right to left: the page gets `dir="rtl"` for a course in these languages. */
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand']);
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'ku']);

/** `rtl` or `ltr` for a BCP 47 tag (an explicit script subtag wins over the language). */
export function textDirection(language: string): 'ltr' | 'rtl' {
	const locale = new Intl.Locale(language);
	if (locale.script) return RTL_SCRIPTS.has(locale.script) ? 'rtl' : 'ltr';
	return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
}

/**
 * The app's index.html made into one course's page: the course data in the head, the course's
 * title (screen readers and the LMS read it before the lesson starts), and `<html lang dir>`.
 * Throws when the app's page does not have the shape this relies on.
 */
export function coursePage(appHtml: string, page: CoursePage): string {
	const htmlTag = /<html\b[^>]*>/i.exec(appHtml);
	const headEnd = appHtml.indexOf('</head>');
	if (!htmlTag || headEnd === -1 || appHtml.includes(`id="${COURSE_ELEMENT_ID}"`))
		throw new Error(
			'The built index.html has no <html> tag or </head>, or holds a course already.'
		);
	const lang = escapeHtml(page.language);
	const html = `<html lang="${lang}" dir="${textDirection(page.language)}">`;
	const head = `\t<title>${escapeHtml(page.title)}</title>\n\t\t${courseDataBlock(page.data)}\n\t`;
	const withHead =
		appHtml.slice(0, htmlTag.index) +
		html +
		appHtml.slice(htmlTag.index + htmlTag[0].length, headEnd) +
		head +
		appHtml.slice(headEnd);
	if (page.start === undefined) return withHead;
	// The lesson's element, empty in the app's page: the start screen goes inside it.
	const root = withHead.indexOf(EMPTY_APP_ROOT);
	if (root === -1)
		throw new Error(
			`The built index.html has no empty ${EMPTY_APP_ROOT} to hold the start screen.`
		);
	return (
		withHead.slice(0, root + APP_ROOT.length) + page.start + withHead.slice(root + APP_ROOT.length)
	);
}
