/** The built zip: layout, manifest, schema validity and byte-for-byte reproducibility. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, inject, test } from 'vitest';
import { MIN_INDEX_BYTES, packageProblems } from '../../scripts/package/verify';
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
		expect(manifest).toContain('<adlcp:masteryscore>65</adlcp:masteryscore>');
	});

	test('the app is one self-contained page: no zod, no absolute asset paths', () => {
		const html = new TextDecoder().decode(files['index.html']);
		expect(html).not.toMatch(/(src|href)="\/(?!\/)/);
		expect(html).not.toContain('ZodError');
		expect(html).toContain('<link rel="icon" href="data:,"');
	});

	test('the app is the production build whatever NODE_ENV the caller has (vitest sets test)', () => {
		// A development build names every component's file; this zip was built under vitest.
		expect(process.env.NODE_ENV).toBe('test');
		const html = new TextDecoder().decode(files['index.html']);
		expect(html).not.toContain('src/lib/components/');
	});

	test('the lesson runs without SvelteKit: no Kit code, one script, only the page and its manifest (issue 11, points 1 and 4)', () => {
		const html = new TextDecoder().decode(files['index.html']);
		// One script (the app) and one data block (the course), nothing else runs.
		expect(html.match(/<script>/g)).toHaveLength(1);
		// Kit's client names its globals `__sveltekit_…` and its storage keys `sveltekit:…`.
		const script = html.slice(html.indexOf('<script>'), html.lastIndexOf('</script>'));
		expect(script).toContain('app-root');
		expect(script).not.toMatch(/__sveltekit|sveltekit:/);
		expect(Object.keys(files).sort()).toEqual(['imsmanifest.xml', 'index.html']);
	});

	test('the course is data in the page; the app itself holds no course (one app, every course)', () => {
		const html = new TextDecoder().decode(files['index.html']);
		expect(html).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr">/);
		expect(html).toContain('<title>The North Korea-Russia Relationship</title>');
		const data = /<script type="application\/json" id="readback-course">([^<]*)<\/script>/.exec(
			html
		);
		expect(JSON.parse(data![1]!).course.id).toBe('north-korea-russia');
		// Outside the data block and the first visit's static start screen (src/start-markup.ts),
		// not one passage: the same app serves every course.
		const start = /<div class="app-root">(<main id="main"[\s\S]*?<\/main>)<\/div>/.exec(html);
		expect(start![1]).toContain('In recent years, the relationship between North Korea');
		const rest = html.replace(data![0], '').replace(start![1]!, '');
		expect(rest).not.toContain('In recent years, the relationship between North Korea');
		expect(rest).toContain('Save and continue later');
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
			// --no-cache: the app is built again, not taken from the cache.
			[tsx, 'scripts/build.ts', '--course', 'north-korea-russia', '--out', again, '--no-cache'],
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
			path.join(ROOT, '.tmp', 'test-one'),
			'--export'
		);
		expect(one.status, one.stderr).toBe(0);
		expect(one.stdout).toContain('beta-scorm12.zip');
		expect(one.stdout).not.toContain('alpha');
		// --export: the questions for an LMS question bank, next to the zips.
		for (const file of ['beta-moodle.xml', 'beta-gift.txt', 'beta-qti.zip'])
			expect(existsSync(path.join(ROOT, '.tmp', 'test-one', file)), file).toBe(true);
	});

	test('each package’s <html lang dir> is its course’s language, in the static page', () => {
		const out = path.join(inject('distDir'), 'fixtures');
		const expected: Record<string, string> = {
			alpha: '<html lang="en" dir="ltr">',
			'every-type-fr': '<html lang="fr" dir="ltr">',
			'numbers-de': '<html lang="de" dir="ltr">',
			'ciclo-es': '<html lang="es" dir="ltr">',
			'every-type-ar': '<html lang="ar" dir="rtl">'
		};
		for (const [course, tag] of Object.entries(expected))
			for (const standard of ['scorm12', 'scorm2004']) {
				const zip = unzipSync(readFileSync(path.join(out, `${course}-${standard}.zip`)));
				const html = new TextDecoder().decode(zip['index.html']);
				expect(html.split('\n')[1], `${course}-${standard}`).toBe(tag);
			}
	});

	test('a package carries its own interface language and no other', () => {
		const out = path.join(inject('distDir'), 'fixtures');
		const page = (course: string) =>
			new TextDecoder().decode(
				unzipSync(readFileSync(path.join(out, `${course}-scorm12.zip`)))['index.html']
			);
		// One button, in each catalog: only the course's own appears in its package.
		const buttons = {
			en: 'Check answer',
			fr: 'Vérifier la réponse',
			de: 'Antwort prüfen',
			es: 'Comprobar la respuesta',
			ar: 'التحقّق من الإجابة'
		};
		const courses = {
			en: 'alpha',
			fr: 'every-type-fr',
			de: 'numbers-de',
			es: 'ciclo-es',
			ar: 'every-type-ar'
		};
		for (const [language, course] of Object.entries(courses)) {
			const html = page(course);
			// The catalog's own messages, without Paraglide's per-message dispatch and warnings.
			expect(html).not.toContain('Paraglide');
			for (const [other, text] of Object.entries(buttons))
				expect(html.includes(text), `${course} has the ${other} catalog`).toBe(other === language);
		}
	});

	test('two builds at once in one checkout each zip their own whole app (issue 12, point 12)', async () => {
		// They used to share .svelte-kit/output and .tmp/app: one could zip the other's
		// half-deleted app (a 1.1 KB zip reported as success) or crash on its missing files.
		// --no-cache: both build the app (taking turns on .tmp/app-build.lock), none reuses a cached one.
		const out = path.join(ROOT, '.tmp', 'test-concurrent');
		rmSync(out, { recursive: true, force: true });
		const run = (course: string) =>
			new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
				const child = spawn(
					process.execPath,
					[tsx, 'scripts/build.ts', '--questions', 'test/fixtures/courses'].concat([
						'--course',
						course,
						'--out',
						out,
						'--no-cache'
					]),
					{ cwd: ROOT }
				);
				let stdout = '';
				let stderr = '';
				child.stdout.on('data', (d) => (stdout += d));
				child.stderr.on('data', (d) => (stderr += d));
				child.on('close', (status) => resolve({ status, stdout, stderr }));
			});
		const [alpha, beta] = await Promise.all([run('alpha'), run('beta')]);
		expect(alpha.status, alpha.stderr).toBe(0);
		expect(beta.status, beta.stderr).toBe(0);
		for (const [course, own, other] of [
			['alpha', 'more than 1 million shells', 'The second course has one passage.'],
			['beta', 'The second course has one passage.', 'more than 1 million shells']
		] as const) {
			for (const suffix of ['scorm12', 'scorm2004']) {
				const files = unzipSync(
					new Uint8Array(readFileSync(path.join(out, `${course}-${suffix}.zip`)))
				);
				expect(packageProblems(files)).toEqual([]);
				expect(files['index.html']!.length).toBeGreaterThan(MIN_INDEX_BYTES);
				const html = new TextDecoder().decode(files['index.html']);
				expect(html).toContain(own);
				expect(html).not.toContain(other);
			}
		}
		expect(readdirSync(out).sort()).toEqual([
			'alpha-scorm12.zip',
			'alpha-scorm2004.zip',
			'beta-scorm12.zip',
			'beta-scorm2004.zip'
		]);
	});

	test('a course with content problems stops the build with the author-facing report', () => {
		// A zip from an earlier build of that course must not pass for this one.
		const stale = path.join(ROOT, '.tmp', 'test-bad', 'unknown-passage-scorm12.zip');
		mkdirSync(path.dirname(stale), { recursive: true });
		writeFileSync(stale, 'an old package');
		const bad = build(
			'--questions',
			'test/fixtures/content',
			'--course',
			'unknown-passage',
			'--out',
			path.join(ROOT, '.tmp', 'test-bad')
		);
		expect(bad.status).toBe(1);
		expect(bad.stderr).toContain(
			'✘ unknown-passage: 1 problem(s); nothing was built. The old .tmp/test-bad/unknown-passage-scorm12.zip was removed, so it cannot be uploaded by mistake.'
		);
		expect(bad.stderr).toContain(
			'test/fixtures/content/unknown-passage/bank.ts → question "shells-count" → passage'
		);
		expect(existsSync(stale)).toBe(false);
	});

	test('an unknown --course names the courses there are', () => {
		const bad = build('--questions', 'test/fixtures/courses', '--course', 'gamma');
		expect(bad.status).not.toBe(0);
		expect(bad.stderr).toContain('No course "gamma"');
		expect(bad.stderr).toContain(
			'Courses: alpha, beta, ciclo-es, every-type, every-type-ar, every-type-fr, figures, long-words, numbers-de, themed.'
		);
	});
});
