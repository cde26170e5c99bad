/**
 * Builds every course's package once for the package and browser tests, into .tmp/test-dist.
 * Without Chromium the browser tests skip (and say so); under CI=true that is a failure.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureCatalogs } from '../../scripts/lib/i18n';
import { findChromium, skipReason } from '../lib/chromium';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const TEST_DIST = path.join(ROOT, '.tmp', 'test-dist');

declare module 'vitest' {
	export interface ProvidedContext {
		chromium: string;
		distDir: string;
		fixtureBuildOutput: string;
	}
}

export default function setup(project: TestProject) {
	const chromium = findChromium() ?? '';
	if (!chromium) {
		if (process.env.CI === 'true')
			throw new Error('CI=true and no Chromium found: browser tests are required in CI.');
		console.warn(skipReason);
	}
	const tsx = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
	const build = (...args: string[]) => {
		const result = spawnSync(process.execPath, [tsx, 'scripts/build.ts', ...args], {
			cwd: ROOT,
			encoding: 'utf8'
		});
		if (result.status !== 0)
			throw new Error(`Building the test packages failed:\n${result.stdout}\n${result.stderr}`);
		return result.stdout;
	};
	// The compiled catalogs: tests find buttons by the words the learner reads (test/lib/words.ts).
	ensureCatalogs(ROOT);
	build('--out', TEST_DIST);
	// The fixture courses: a second and third course, and one question of every type in order.
	const fixtures = build(
		'--questions',
		'test/fixtures/courses',
		'--out',
		path.join(TEST_DIST, 'fixtures')
	);
	project.provide('fixtureBuildOutput', fixtures);
	project.provide('chromium', chromium);
	project.provide('distDir', TEST_DIST);
}
