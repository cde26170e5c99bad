/**
 * `npm run preview [-- --course <id>] [-- --port <n>] [-- --build] [-- --dist <folder>]`: serves
 * the built packages on http://127.0.0.1:<port>/ in an LMS-like player with scorm-again, showing
 * every API call the lesson makes and the data an LMS would store. Builds first when the dist
 * folder has no package for the course (or always, with --build).
 */
import { helpIfAsked } from './lib/help';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { coursesIn } from './preview/packages';
import { startPreview } from './preview/server';

helpIfAsked(`
Usage: npm run preview [-- options]

A local LMS: the built lesson in a player page with scorm-again (SCORM 1.2 or 2004), a live log
of every API call, the data an LMS would store, fault switches and "relaunch as returning
learner". Builds first when there is no package for the course.

Options:
  --course <id>      the course to show (default: the first one)
  --port <n>         the port on 127.0.0.1 (default: 4173)
  --build            build before serving, even when packages exist
  --dist <folder>    where the packages are (default: dist/)
  --help             this text
`);

const ROOT = path.resolve(import.meta.dirname, '..');
const DEFAULT_PORT = 4173;

const argv = process.argv.slice(2);
const option = (name: string) => {
	const at = argv.indexOf(name);
	if (at === -1) return undefined;
	const value = argv[at + 1];
	if (value === undefined || value.startsWith('--')) fail(`${name} needs a value.`);
	return value;
};

function fail(message: string): never {
	console.error(`✘ ${message}`);
	process.exit(1);
}

const USAGE = 'Usage: npm run preview -- [--course <id>] [--port <n>] [--build] [--dist <folder>]';
const WITH_VALUE = ['--course', '--port', '--dist'];
const known = new Set([...WITH_VALUE, '--build']);
for (const [i, arg] of argv.entries())
	if (arg.startsWith('--') && !known.has(arg)) fail(`Unknown option ${arg}. ${USAGE}`);
	else if (!arg.startsWith('--') && !WITH_VALUE.includes(argv[i - 1] ?? ''))
		fail(`Unexpected argument "${arg}". ${USAGE}`);

const course = option('--course');
const distOption = option('--dist');
const DIST = distOption ? path.resolve(distOption) : path.join(ROOT, 'dist');
const portText = option('--port');
const port = portText === undefined ? DEFAULT_PORT : Number(portText);
if (!Number.isInteger(port) || port < 0 || port > 65535)
	fail(`--port must be a port number (0-65535), not "${portText}".`);

function build() {
	console.log(`Building${course ? ` ${course}` : ''}…`);
	const tsx = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
	const result = spawnSync(
		process.execPath,
		[
			tsx,
			'scripts/build.ts',
			...(course ? ['--course', course] : []),
			...(distOption ? ['--out', DIST] : [])
		],
		{ cwd: ROOT, stdio: 'inherit' }
	);
	if (result.status !== 0) fail('The build failed: nothing to preview.');
}

const found = coursesIn(DIST);
if (argv.includes('--build') || found.length === 0 || (course && !found.includes(course))) build();
const courses = coursesIn(DIST);
if (courses.length === 0) fail(`No package in ${DIST}.`);
if (course && !courses.includes(course))
	fail(`No package for course "${course}" in ${DIST}. Courses: ${courses.join(', ')}.`);

try {
	const preview = await startPreview({ distDir: DIST, port, course: course ?? courses[0] });
	console.log(`Readback preview: ${preview.url}`);
	console.log(
		`Courses: ${courses.join(', ')}. Packages are re-read from ${DIST} when they change.`
	);
	console.log('Press Ctrl+C to stop.');
	const stop = () => {
		void preview.close().finally(() => process.exit(0));
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
} catch (error) {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'EADDRINUSE') fail(`Port ${port} is in use: try --port <another>, or --port 0.`);
	throw error;
}
