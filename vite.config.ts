import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { paraglideOptions } from './scripts/lib/i18n.ts';
import { readbackCourse } from './scripts/lib/vite-course.ts';

/** The interface language of an app build (scripts/lib/app-build.ts); unset in dev and tests. */
const catalog = process.env.READBACK_CATALOG;

export default defineConfig(({ mode }) => ({
	plugins: [
		// Vitest compiles the catalogs once, in a child process (test/unit/i18n-setup.ts): the
		// plugin's file watching kept the test process from exiting.
		mode === 'test' ? [] : paraglideVitePlugin(paraglideOptions),
		readbackCourse(),
		sveltekit()
	],
	define: catalog ? { 'globalThis.__PARAGLIDE_STATIC_LOCALE__': JSON.stringify(catalog) } : {},
	build: {
		sourcemap: false,
		rolldownOptions: {
			// The inline bundle is an IIFE: Kit's `import.meta` use there is known and harmless.
			checks: { emptyImportMeta: false, bundlerTimings: false }
		}
	},
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['test/unit/**/*.test.ts', 'test/runtime/**/*.test.ts'],
					environment: 'node',
					// Some unit tests run the project's scripts (export, new, validate) as processes:
					// on a busy 2-core machine one such run took over vitest's default 5 s.
					testTimeout: 60_000,
					globalSetup: ['test/unit/i18n-setup.ts']
				}
			},
			{
				test: {
					name: 'browser',
					include: ['test/browser/**/*.test.ts'],
					globalSetup: ['test/browser/global-setup.ts'],
					testTimeout: 120_000,
					hookTimeout: 300_000,
					fileParallelism: false
				}
			}
		]
	}
}));
