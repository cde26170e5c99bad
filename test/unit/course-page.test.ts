/** One app, many courses: each course written into its own copy of the app's page (issue 11). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { appKey } from '../../scripts/lib/app-build';
import { COMPRESS_ABOVE, courseData } from '../../scripts/package/course-data';
import { courseJson } from '../../src/lib/content/course-data';
import { coursePage, textDirection } from '../../scripts/package/course-page';
import { inlineScriptProblems } from '../../scripts/package/verify';

const APP = `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
	</head>
	<body><div><script>start()</script></div></body>
</html>
`;

/** The data block's text as the browser reads it (script text is raw: no entities) and its encoding. */
function dataOf(html: string): { text: string; encoding: string | undefined } {
	const block =
		/<script type="application\/json" id="readback-course"(?: data-encoding="([^"]*)")?>([\s\S]*?)<\/script>/;
	const match = block.exec(html);
	if (!match) throw new Error('no data block');
	return { encoding: match[1], text: match[2]! };
}

describe('coursePage', () => {
	test('writes the title, the data block before </head>, and the course language', () => {
		const html = coursePage(APP, {
			data: { encoding: 'json', text: '{"a":"<b> & \\"c\\""}' },
			title: 'Fish & <Chips> "2"',
			language: 'fr-CA'
		});
		expect(html).toBe(`<!doctype html>
<html lang="fr-CA" dir="ltr">
	<head>
		<meta charset="utf-8" />
		<title>Fish &amp; &lt;Chips&gt; &quot;2&quot;</title>
		<script type="application/json" id="readback-course">{"a":"\\u003cb> & \\"c\\""}</script>
	</head>
	<body><div><script>start()</script></div></body>
</html>
`);
	});

	test('right-to-left languages get dir="rtl"', () => {
		expect(textDirection('ar')).toBe('rtl');
		expect(textDirection('ar-EG')).toBe('rtl');
		expect(textDirection('he')).toBe('rtl');
		expect(textDirection('fa-IR')).toBe('rtl');
		expect(textDirection('az-Arab')).toBe('rtl');
		expect(textDirection('en')).toBe('ltr');
		expect(textDirection('de-CH')).toBe('ltr');
		expect(textDirection('ku-Latn')).toBe('ltr');
		expect(
			coursePage(APP, { data: { encoding: 'json', text: '{}' }, title: 't', language: 'ar' })
		).toContain('<html lang="ar" dir="rtl">');
	});

	test('puts the first visit’s start screen inside the element the lesson takes over', () => {
		const app = APP.replace(
			'<div><script>start()</script></div>',
			'<div class="app-root"></div><script>start()</script>'
		);
		const page = { data: { encoding: 'json', text: '{}' } as const, title: 't', language: 'en' };
		const start = '<main id="main"><h1>A &amp; B</h1><button disabled="">Start</button></main>';
		expect(coursePage(app, { ...page, start })).toContain(
			`<body><div class="app-root">${start}</div><script>start()</script>`
		);
		expect(coursePage(app, page)).toContain('<div class="app-root"></div>');
		expect(() => coursePage(APP, { ...page, start })).toThrow(
			'The built index.html has no empty <div class="app-root"></div> to hold the start screen.'
		);
		expect(() => coursePage(coursePage(app, { ...page, start }), { ...page, start })).toThrow(
			/holds a course already/
		);
	});

	test('refuses a page it cannot place the course in, or one that holds a course already', () => {
		const page = { data: { encoding: 'json', text: '{}' } as const, title: 't', language: 'en' };
		expect(() => coursePage('<html><body></body></html>', page)).toThrow(/<\/head>/);
		expect(() => coursePage(coursePage(APP, page), page)).toThrow(/holds a course already/);
	});

	test('any text in the course reads back as the same JSON, and no script ends early (property)', () => {
		fc.assert(
			fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, title) => {
				const json = JSON.stringify({ value, title });
				const html = coursePage(APP, {
					data: { encoding: 'json', text: json },
					title,
					language: 'en'
				});
				expect(inlineScriptProblems(html)).toEqual([]);
				expect(JSON.parse(dataOf(html).text)).toEqual(JSON.parse(json));
			}),
			{ numRuns: 300 }
		);
	});
});

describe('large courses travel compressed (issue 11, point 5)', () => {
	test('any course reads back the same through Zstandard and base64 in the page (property)', async () => {
		await fc.assert(
			fc.asyncProperty(fc.jsonValue(), async (value) => {
				const json = JSON.stringify({ value, text: '</script><!-- <script>' });
				const data = await courseData(json, 'zstd-base64');
				const html = coursePage(APP, { data, title: 't', language: 'en' });
				expect(inlineScriptProblems(html)).toEqual([]);
				const block = dataOf(html);
				expect(block.encoding).toBe('zstd-base64');
				expect(courseJson(block.text, block.encoding)).toBe(json);
			}),
			{ numRuns: 100 }
		);
	});

	test('the size decides: JSON up to COMPRESS_ABOVE bytes, compressed above', async () => {
		const of = (bytes: number) => JSON.stringify({ t: 'é'.repeat((bytes - 8) / 2) });
		expect(new TextEncoder().encode(of(COMPRESS_ABOVE)).length).toBe(COMPRESS_ABOVE);
		expect((await courseData(of(COMPRESS_ABOVE))).encoding).toBe('json');
		const large = await courseData(of(COMPRESS_ABOVE + 2));
		expect(large.encoding).toBe('zstd-base64');
		expect(large.text.length).toBeLessThan(COMPRESS_ABOVE / 100);
		expect(courseJson(large.text, large.encoding)).toBe(of(COMPRESS_ABOVE + 2));
	});

	test('an unknown encoding is an error that says what to do', () => {
		expect(() => courseJson('x', 'brotli')).toThrow(
			'Unknown course encoding "brotli": build the lesson again.'
		);
		expect(courseJson('{"a":1}', null)).toBe('{"a":1}');
	});
});

describe('appKey: the cached app is the app of these sources', () => {
	function project(): string {
		const root = mkdtempSync(path.join(tmpdir(), 'readback-key-'));
		mkdirSync(path.join(root, 'src', 'lib'), { recursive: true });
		writeFileSync(path.join(root, 'src', 'lib', 'a.ts'), 'export const a = 1;\n');
		writeFileSync(path.join(root, 'svelte.config.js'), 'export default {};\n');
		writeFileSync(path.join(root, 'package-lock.json'), '{}\n');
		return root;
	}

	test('same sources, same key; any change to a source, a config or the lock file, a new key', () => {
		const root = project();
		const first = appKey(root);
		expect(appKey(project())).toBe(first);
		writeFileSync(path.join(root, 'src', 'lib', 'a.ts'), 'export const a = 2;\n');
		const edited = appKey(root);
		expect(edited).not.toBe(first);
		writeFileSync(path.join(root, 'src', 'lib', 'b.ts'), '');
		expect(appKey(root)).not.toBe(edited);
		const other = project();
		writeFileSync(path.join(other, 'package-lock.json'), '{"x":1}\n');
		expect(appKey(other)).not.toBe(first);
	});

	test('the compiled catalogs and inlang’s own files are not inputs (the messages are)', () => {
		const root = project();
		const first = appKey(root);
		mkdirSync(path.join(root, 'src', 'lib', 'i18n', 'paraglide'), { recursive: true });
		writeFileSync(path.join(root, 'src', 'lib', 'i18n', 'paraglide', 'runtime.js'), '// x\n');
		mkdirSync(path.join(root, 'src', 'lib', 'i18n', 'project.inlang', 'cache'), {
			recursive: true
		});
		writeFileSync(path.join(root, 'src', 'lib', 'i18n', 'project.inlang', 'cache', 'c.json'), '{}');
		expect(appKey(root)).toBe(first);
		writeFileSync(path.join(root, 'src', 'lib', 'i18n', 'project.inlang', 'settings.json'), '{}');
		const withSettings = appKey(root);
		expect(withSettings).not.toBe(first);
		mkdirSync(path.join(root, 'src', 'lib', 'i18n', 'messages'));
		writeFileSync(path.join(root, 'src', 'lib', 'i18n', 'messages', 'en.json'), '{}');
		expect(appKey(root)).not.toBe(withSettings);
	});

	test('a course is not an input: questions/ and static/ do not change the key', () => {
		const root = project();
		const first = appKey(root);
		// static/ never goes into the app (svelte.config.js): the build copies only what a course names.
		mkdirSync(path.join(root, 'static'));
		writeFileSync(path.join(root, 'static', 'logo.svg'), '<svg/>');
		expect(appKey(root)).toBe(first);
		mkdirSync(path.join(root, 'questions', 'c'), { recursive: true });
		writeFileSync(path.join(root, 'questions', 'c', 'course.ts'), 'export default {};\n');
		expect(appKey(root)).toBe(first);
	});
});
