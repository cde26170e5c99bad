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
import { int, kb, percent, table } from './format';
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
		if (build.status !== 0) {
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
			rows.push([
				int(count),
				suffix === 'scorm12' ? 'SCORM 1.2' : 'SCORM 2004',
				kb(zip.length),
				(zip.length / (1024 * 1024)).toFixed(2),
				int(zip.length / count),
				html ? kb(html.uncompressed) : '—',
				kb(Buffer.byteLength(json)),
				kb(jsonGzip),
				percent(jsonGzip, zip.length),
				zip.length <= UPLOAD_LIMIT ? '**met**' : '**missed**',
				seconds.toFixed(1)
			]);
		}
	}
	console.log('# Package size against question count (synthetic courses)\n');
	console.log(
		'Each course: the seed article and objectives, the seed questions copied until the bank holds the count (new ids). 1 KB = 1024 bytes, 1 MB = 1024 KB. Target: every zip ≤ 2 MB (PHP upload_max_filesize / post_max_size default 2M).\n'
	);
	console.log(
		table(
			[
				'>questions',
				'package',
				'>zip KB',
				'>zip MB',
				'>bytes per question',
				'>index.html KB',
				'>course JSON KB',
				'>course JSON gzip -9 KB',
				'>JSON gzip share of zip',
				'≤ 2 MB',
				'>build (s)'
			],
			rows
		)
	);
}
