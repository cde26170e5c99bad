/** The built zip: layout, manifest, schema validity and byte-for-byte reproducibility. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, inject, test } from 'vitest';
import { haveXsd, validate12 } from '../lib/xsd';

const ROOT = path.resolve(import.meta.dirname, '../..');
const zipPath = path.join(inject('distDir'), 'north-korea-russia-scorm12.zip');

describe('north-korea-russia-scorm12.zip', () => {
	const zip = readFileSync(zipPath);
	const files = unzipSync(new Uint8Array(zip));
	const manifest = new TextDecoder().decode(files['imsmanifest.xml']);

	test('manifest and index.html at the root; the manifest lists every other file', () => {
		expect(Object.keys(files)).toContain('imsmanifest.xml');
		expect(Object.keys(files)).toContain('index.html');
		const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]);
		expect(listed.sort()).toEqual(
			Object.keys(files)
				.filter((f) => f !== 'imsmanifest.xml')
				.sort()
		);
		expect(manifest).toContain('<adlcp:masteryscore>70</adlcp:masteryscore>');
	});

	test('the app is one self-contained page: no zod, no absolute asset paths', () => {
		const html = new TextDecoder().decode(files['index.html']);
		expect(html).not.toMatch(/(src|href)="\/(?!\/)/);
		expect(html).not.toContain('ZodError');
		expect(html).toContain('<link rel="icon" href="data:,"');
	});

	test.skipIf(!haveXsd)('its manifest is valid against the SCORM 1.2 schemas', async () => {
		const result = await validate12(manifest);
		expect(result.errors).toEqual([]);
	});

	test('a second build of the same sources gives a byte-identical zip', () => {
		const again = path.join(ROOT, '.tmp', 'test-dist-again');
		const tsx = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
		const result = spawnSync(
			process.execPath,
			[tsx, 'scripts/build.ts', '--course', 'north-korea-russia', '--out', again],
			{ cwd: ROOT, encoding: 'utf8' }
		);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toMatch(/north-korea-russia-scorm12\.zip {2}\d+\.\d KB/);
		const second = readFileSync(path.join(again, 'north-korea-russia-scorm12.zip'));
		expect(second.equals(zip)).toBe(true);
	});
});

describe('several courses', () => {
	const tsx = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
	const build = (...args: string[]) =>
		spawnSync(process.execPath, [tsx, 'scripts/build.ts', ...args], {
			cwd: ROOT,
			encoding: 'utf8'
		});

	test('every course folder becomes its own package; --course builds one', () => {
		const out = path.join(inject('distDir'), 'fixtures');
		const printed = inject('fixtureBuildOutput');
		expect(printed).toMatch(/alpha-scorm12\.zip {2}[\d.]+ KB {2}\(SCORM 1\.2, 2 questions\)/);
		expect(printed).toMatch(/beta-scorm12\.zip {2}[\d.]+ KB {2}\(SCORM 1\.2, 2 questions\)/);
		expect(printed).toMatch(/every-type-scorm12\.zip {2}[\d.]+ KB {2}\(SCORM 1\.2, 8 questions\)/);
		const beta = unzipSync(new Uint8Array(readFileSync(path.join(out, 'beta-scorm12.zip'))));
		const manifest = new TextDecoder().decode(beta['imsmanifest.xml']);
		expect(manifest).toContain('<title>Beta: a second course</title>');
		expect(manifest).toContain('<adlcp:masteryscore>50</adlcp:masteryscore>');
		const html = new TextDecoder().decode(beta['index.html']);
		expect(html).toContain('The second course has one passage.');
		expect(html).not.toContain('more than 1 million shells');

		const one = build(
			'--questions',
			'test/fixtures/courses',
			'--course',
			'beta',
			'--out',
			path.join(ROOT, '.tmp', 'test-one')
		);
		expect(one.status, one.stderr).toBe(0);
		expect(one.stdout).toContain('beta-scorm12.zip');
		expect(one.stdout).not.toContain('alpha');
	});

	test('a course with content problems stops the build with the author-facing report', () => {
		const bad = build(
			'--questions',
			'test/fixtures/content',
			'--course',
			'unknown-passage',
			'--out',
			path.join(ROOT, '.tmp', 'test-bad')
		);
		expect(bad.status).toBe(1);
		expect(bad.stderr).toContain('✘ unknown-passage: 1 problem(s); nothing was built.');
		expect(bad.stderr).toContain(
			'test/fixtures/content/unknown-passage/bank.ts → question "shells-count" → passage'
		);
	});

	test('an unknown --course names the courses there are', () => {
		const bad = build('--questions', 'test/fixtures/courses', '--course', 'gamma');
		expect(bad.status).not.toBe(0);
		expect(bad.stderr).toContain('No course "gamma"');
		expect(bad.stderr).toContain('Courses: alpha, beta, every-type.');
	});
});
