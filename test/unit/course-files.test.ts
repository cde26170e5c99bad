/**
 * The files a course brings into its package (its logo): found in the course folder, then in
 * static/, size-checked (a warning above 200 KB, an error above 2 MB, naming the file), and
 * handed to the build as media/<name>.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatIssues } from '../../src/lib/content/errors';
import { checkCourse, courseFileWarnings } from '../../src/lib/content/check';
import { FILE_NAME, formatBytes, mediaPath, safeName } from '../../src/lib/content/assets';
import { courseMedia, fileFinder } from '../../scripts/lib/course-files';
import { loadCourse, ROOT } from '../../scripts/lib/load-course';

const VALID = path.resolve(import.meta.dirname, '../fixtures/content/valid');
mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
const work = mkdtempSync(path.join(ROOT, '.tmp', 'course-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the valid fixture course with this theme and these files beside it. */
async function courseWith(name: string, theme: string, files: Record<string, number> = {}) {
	const dir = path.join(work, name);
	cpSync(VALID, dir, { recursive: true });
	writeFileSync(
		path.join(dir, 'course.ts'),
		`export default {
	id: '${name}',
	title: 'Fixture course',
	masteryScore: 70,
	theme: ${theme},
	objectives: [
		{ id: 'shipments', title: 'Know the shipments', passages: ['p1'] },
		{ id: 'reactions', title: 'Know the reactions', passages: ['p2'] }
	]
};
`
	);
	for (const [file, bytes] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
		writeFileSync(path.join(dir, file), imageOfSize(file, bytes));
	}
	const { source, loadIssues } = await loadCourse(dir);
	expect(loadIssues).toEqual([]);
	return { dir, source };
}

const rel = (dir: string) => path.relative(ROOT, dir);

/**
 * A file of `bytes` bytes that starts as an image of the format its name says (the build
 * checks the content: src/lib/content/assets.ts), zeros after that.
 */
function imageOfSize(name: string, bytes: number): Uint8Array {
	const signatures: Record<string, number[]> = {
		png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
		jpg: [0xff, 0xd8, 0xff],
		jpeg: [0xff, 0xd8, 0xff],
		gif: [...'GIF89a'].map((c) => c.charCodeAt(0)),
		webp: [...'RIFF\0\0\0\0WEBP'].map((c) => c.charCodeAt(0)),
		svg: [...'<svg xmlns="http://www.w3.org/2000/svg"/>'].map((c) => c.charCodeAt(0))
	};
	const out = new Uint8Array(bytes);
	out.set(signatures[name.split('.').at(-1)!] ?? []);
	return out;
}

describe('course files', () => {
	test('a logo in the course folder is valid and goes to media/<name>', async () => {
		const { dir, source } = await courseWith('small-logo', "{ logo: 'img/logo.png' }", {
			'img/logo.png': 1000
		});
		const files = fileFinder(dir);
		expect(checkCourse({ source, files })).toEqual([]);
		expect(courseFileWarnings(source, files)).toEqual([]);
		const media = courseMedia({ theme: { logo: 'img/logo.png' } }, dir);
		expect([...media.keys()]).toEqual(['media/img/logo.png']);
		expect(media.get('media/img/logo.png')!.length).toBe(1000);
	});

	test('a logo only in static/ is found there; the course folder comes first', async () => {
		const shared = path.join(work, 'static');
		mkdirSync(shared, { recursive: true });
		writeFileSync(path.join(shared, 'school.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
		const { dir, source } = await courseWith('shared-logo', "{ logo: 'school.svg' }");
		expect(checkCourse({ source, files: fileFinder(dir, shared) })).toEqual([]);
		expect(fileFinder(dir, shared)('school.svg', 'course-or-static')?.shown).toBe(
			`${rel(shared)}/school.svg`
		);
		expect(fileFinder(dir, shared)('school.svg', 'course')).toBeUndefined();
		writeFileSync(path.join(dir, 'school.svg'), '<svg xmlns="http://www.w3.org/2000/svg"></svg>');
		expect(fileFinder(dir, shared)('school.svg', 'course-or-static')?.shown).toBe(
			`${rel(dir)}/school.svg`
		);
	});

	test('above 200 KB: a warning that names the file', async () => {
		const { dir, source } = await courseWith('big-logo', "{ logo: 'logo.jpg' }", {
			'logo.jpg': 300 * 1024
		});
		const files = fileFinder(dir);
		expect(checkCourse({ source, files })).toEqual([]);
		expect(formatIssues(courseFileWarnings(source, files))).toBe(
			`${rel(dir)}/course.ts → theme.logo
  Warning: ${rel(dir)}/logo.jpg is 300 KB, more than 200 KB: every learner downloads it.
  Hint: Scale the image to the size it is shown at, and save photographs as JPEG or WebP, drawings and logos as PNG or SVG. [large-file]`
		);
	});

	test('above 2 MB: an error that names the file', async () => {
		const { dir, source } = await courseWith('huge-logo', "{ logo: 'logo.png' }", {
			'logo.png': 2.5 * 1024 * 1024
		});
		expect(formatIssues(checkCourse({ source, files: fileFinder(dir) }))).toBe(
			`${rel(dir)}/course.ts → theme.logo
  ${rel(dir)}/logo.png is 2.5 MB; a file may be at most 2.0 MB.
  Hint: Make it smaller: scale the image to the size it is shown at, and save photographs as JPEG or WebP, drawings and logos as PNG or SVG. [file-too-large]`
		);
	});

	test('exactly 2 MB and exactly 200 KB are allowed without a message', async () => {
		const { dir, source } = await courseWith('edge-logo', "{ logo: 'a.png' }", {
			'a.png': 2 * 1024 * 1024
		});
		expect(checkCourse({ source, files: fileFinder(dir) })).toEqual([]);
		const small = await courseWith('edge-small', "{ logo: 'a.png' }", { 'a.png': 200 * 1024 });
		expect(courseFileWarnings(small.source, fileFinder(small.dir))).toEqual([]);
	});

	test('names: what FILE_NAME allows, and the suggestions for the rest', () => {
		for (const ok of ['logo.png', 'img/logo.png', 'a_b-c.1.svg'])
			expect(FILE_NAME.test(ok)).toBe(true);
		for (const bad of [
			'../logo.png',
			'/logo.png',
			'.hidden.png',
			'a//b.png',
			'a b.png',
			'img\\logo.png'
		])
			expect(FILE_NAME.test(bad)).toBe(false);
		expect(safeName('School logo.png')).toBe('School-logo.png');
		expect(safeName('../../étoile.png')).toBe('etoile.png');
		expect(safeName('img\\logo.png')).toBe('img/logo.png');
		expect(mediaPath('img/logo.png')).toBe('media/img/logo.png');
		expect(formatBytes(1536)).toBe('2 KB');
		expect(formatBytes(2.5 * 1024 * 1024)).toBe('2.5 MB');
	});
});
