/** The command line as an author meets it: plain messages and exit codes, no stack traces. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../../scripts/lib/load-course';

const VITE = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');

test(
	'npm run dev with an unknown course: the list of courses and exit code 2, at once',
	{ timeout: 60_000 },
	() => {
		const result = spawnSync(process.execPath, [VITE, 'dev', '--port', '0'], {
			cwd: ROOT,
			encoding: 'utf8',
			timeout: 60_000,
			env: { ...process.env, READBACK_COURSE: 'north-korea-rusia', VITEST: '' }
		});
		expect(result.status).toBe(2);
		expect(result.stderr.trim()).toBe(
			[
				'readback: there is no course "north-korea-rusia" in questions/ (READBACK_COURSE).',
				'The courses are: north-korea-russia. For example: READBACK_COURSE=north-korea-russia npm run dev'
			].join('\n')
		);
	}
);

const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

test.each([
	['validate', 'scripts/validate.ts'],
	['build', 'scripts/build.ts'],
	['preview', 'scripts/preview.ts'],
	['new', 'scripts/new.ts'],
	['export', 'scripts/export.ts'],
	['docs', 'scripts/docs.ts'],
	['bench:adaptive', 'scripts/bench/adaptive.ts'],
	['bench:engine', 'scripts/bench/engine.ts'],
	['bench:load', 'scripts/bench/load.ts'],
	['bench:size', 'scripts/bench/size.ts'],
	['bench:validate', 'scripts/bench/validate.ts']
])(
	'npm run %s -- --help prints its usage and does nothing else',
	(name, script) => {
		const result = spawnSync(process.execPath, [TSX, script, '--help'], {
			cwd: ROOT,
			encoding: 'utf8',
			timeout: 60_000
		});
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(new RegExp(`^Usage: npm run ${name}\\b`));
	},
	60_000
);
