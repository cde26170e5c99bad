/**
 * `npm run bench:size -- --synthetic 1000,10000`: zip size against question count. Each count
 * gets a synthetic course (lib/synthetic-course.ts, written under .tmp/synthetic/) built by the
 * project's own build; the table shows both zips, what the course JSON weighs inside them and
 * the verdict against the 2 MB upload limit many Moodle sites keep. Asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCourse, ROOT } from '../../lib/load-course';
import { UPLOAD_LIMIT } from '../../package/upload-limit';
import { gzip } from './bundle';
import { int, kb, table } from './format';
import { SYNTHETIC_DIR, syntheticId, writeSyntheticCourse } from './synthetic-course';
import { readZip } from './zip';

/** "1000,10000" → [1000, 10000]; a count below 1 or not a whole number is a usage error. */
export function parseCounts(text: string | undefined): number[] {
	const counts = (text ?? '').split(',').map((part) => Number(part.replace(/_/g, '')));
	if (counts.length === 0 || counts.some((n) => !Number.isInteger(n) || n < 1)) {
		console.error(
			`--synthetic needs question counts separated by commas, e.g. --synthetic 1000,10000 (got "${text ?? ''}").`
		);
		process.exit(2);
	}
	return counts;
}

/** How the page carries the course: its data block's `data-encoding` (none: JSON). */
function encoding(index: Uint8Array | undefined): string {
	if (!index) return '—';
	const html = new TextDecoder().decode(index);
	const tag = /<script type="application\/json" id="readback-course"([^>]*)>/.exec(html);
	if (!tag) return '—';
	return /data-encoding="([^"]*)"/.exec(tag[1]!)?.[1] ?? 'json';
}

export async function syntheticSizeReport(counts: readonly number[]): Promise<void> {
	const out = path.join(SYNTHETIC_DIR, 'dist');
	const tsx = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
	const rows: string[][] = [];
	for (const count of counts) {
		const dir = await writeSyntheticCourse(count);
		const id = syntheticId(count);
		process.stderr.write(`Building ${id} (${int(count)} questions)…\n`);
		const started = performance.now();
		// Copies of one question give each other's answers away: the linter's warnings (a million
		// lines at 10,000 questions) go nowhere; a failed build is reported with its command.
		const build = spawnSync(
			process.execPath,
			[tsx, 'scripts/build.ts', '--questions', SYNTHETIC_DIR, '--course', id, '--out', out],
			{ cwd: ROOT, stdio: ['ignore', 'ignore', 'ignore'] }
		);
		const seconds = (performance.now() - started) / 1000;
		// The same course written as plain JSON, as every course was before compression: the
		// zip deflate alone gives, side by side.
		const jsonOut = path.join(SYNTHETIC_DIR, 'dist-json');
		const asJson = spawnSync(
			process.execPath,
			[tsx, 'scripts/build.ts', '--questions', SYNTHETIC_DIR, '--course', id, '--out', jsonOut],
			{
				cwd: ROOT,
				stdio: ['ignore', 'ignore', 'ignore'],
				env: { ...process.env, READBACK_COURSE_ENCODING: 'json' }
			}
		);
		if (build.status !== 0 || asJson.status !== 0) {
			console.error(
				`The build of ${path.relative(ROOT, dir)} failed (exit ${build.status ?? build.signal}); see why with: npm run build -- --questions ${path.relative(ROOT, SYNTHETIC_DIR)} --course ${id}`
			);
			process.exit(1);
		}
		const { source } = await loadCourse(dir);
		const json = JSON.stringify(source);
		const jsonGzip = gzip(json);
		for (const suffix of ['scorm12', 'scorm2004']) {
			const zip = new Uint8Array(readFileSync(path.join(out, `${id}-${suffix}.zip`)));
			const html = readZip(zip).find((entry) => entry.name === 'index.html');
			const jsonZip = readFileSync(path.join(jsonOut, `${id}-${suffix}.zip`)).length;
			rows.push([
				int(count),
				suffix === 'scorm12' ? 'SCORM 1.2' : 'SCORM 2004',
				kb(zip.length),
				(zip.length / (1024 * 1024)).toFixed(2),
				(jsonZip / (1024 * 1024)).toFixed(2),
				int(zip.length / count),
				html ? kb(html.uncompressed) : '—',
				kb(Buffer.byteLength(json)),
				kb(jsonGzip),
				encoding(html?.data),
				zip.length <= UPLOAD_LIMIT ? '**met**' : '**missed**',
				seconds.toFixed(1)
			]);
		}
	}
	console.log('# Package size against question count (synthetic courses)\n');
	console.log(
		'Each course: the seed article and objectives, the seed questions copied until the bank holds the count (new ids; each copy\'s own text in a letter cipher of its own, so no copy repeats another: lib/synthetic-course.ts). 1 KB = 1024 bytes, 1 MB = 1024 KB. "course JSON gzip -9": what deflate alone makes of the course (the zip\'s compression). "course in the page": how the build wrote it (JSON, or Zstandard + base64 above 4 MB of JSON: scripts/package/course-data.ts). Target: every zip ≤ 2 MB (PHP upload_max_filesize / post_max_size default 2M).\n'
	);
	console.log(
		table(
			[
				'>questions',
				'package',
				'>zip KB',
				'>zip MB',
				'>zip MB, course as JSON',
				'>bytes per question',
				'>index.html KB',
				'>course JSON KB',
				'>course JSON gzip -9 KB',
				'course in the page',
				'≤ 2 MB',
				'>build (s)'
			],
			rows
		)
	);
}
