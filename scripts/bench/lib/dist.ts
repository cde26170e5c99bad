/**
 * The packages under dist/ that the benchmarks measure: every `dist/*.zip`, built first when
 * there is none, and for each the course it was built from (matched by file name).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Course } from '../../../src/lib/content/course';
import { listCourseDirs, ROOT } from '../../lib/load-course';
import { checkCourseDir } from '../../lib/validate-all';
import { DEFAULT_COURSE } from '../../lib/vite-course';

export const DIST_DIR = path.join(ROOT, 'dist');
export { DEFAULT_COURSE as SEED_COURSE, ROOT };

export function listZips(): string[] {
	if (!existsSync(DIST_DIR)) return [];
	return readdirSync(DIST_DIR)
		.filter((name) => name.endsWith('.zip'))
		.sort()
		.map((name) => path.join(DIST_DIR, name));
}

/** The zips in dist/, after running the build if there are none. Exits 1 if the build fails. */
/**
 * The zips of dist/, built from the current sources first: a dist/ left by an older checkout
 * was once measured as if it were today's (a stale seed zip 8 KB smaller, 0.5× off in
 * bench:load). The app cache makes this about two seconds. BENCH_NO_BUILD=1 measures dist/ as
 * it is (and builds only when it holds no zip).
 */
export function ensureZips(): string[] {
	const zips = listZips();
	if (zips.length > 0 && process.env.BENCH_NO_BUILD === '1') return zips;
	process.stderr.write('Building dist/ from the current sources first (scripts/build.ts)…\n');
	const tsx = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
	// Build output goes to stderr: stdout carries only the benchmark's tables.
	const result = spawnSync(process.execPath, [tsx, 'scripts/build.ts'], {
		cwd: ROOT,
		stdio: ['ignore', 2, 2]
	});
	const built = listZips();
	if (result.status !== 0 || built.length === 0) {
		process.stderr.write(
			`The build failed (exit ${result.status ?? result.signal}); nothing to measure.\n`
		);
		process.exit(1);
	}
	return built;
}

export interface ZipCourse {
	id: string;
	dir: string;
	/** The course as the build assembles it; undefined when it has content problems. */
	course?: Course;
}

/** The course a zip was built from: `<course id>-scorm….zip` (longest matching id wins). */
export async function courseForZip(zipPath: string): Promise<ZipCourse | undefined> {
	const name = path.basename(zipPath);
	const dir = listCourseDirs()
		.filter((d) => name.startsWith(`${path.basename(d)}-`))
		.sort((a, b) => path.basename(b).length - path.basename(a).length)[0];
	if (!dir) return undefined;
	const { course } = await checkCourseDir(dir);
	return { id: path.basename(dir), dir, course };
}

export type ScormVersion = '1.2' | '2004';

/** SCORM version from the manifest (schemaversion / namespaces), else from the file name. */
export function scormVersion(manifest: string | undefined, zipName: string): ScormVersion {
	if (manifest) {
		const schema = /<schemaversion>\s*([^<]+?)\s*<\/schemaversion>/i.exec(manifest)?.[1] ?? '';
		if (/2004/.test(schema) || /adlcp_v1p3/i.test(manifest)) return '2004';
		if (/1\.2/.test(schema) || /adlcp_rootv1p2/i.test(manifest)) return '1.2';
	}
	return /2004/.test(zipName) ? '2004' : '1.2';
}

export const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');
