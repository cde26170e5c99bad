import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { paraglideOptions } from './scripts/lib/i18n.ts';
import { readbackCourse } from './scripts/lib/vite-course.ts';

/** The interface language of an app build (scripts/lib/app-build.ts); unset in dev and tests. */
const catalog = process.env.READBACK_CATALOG;

/**
 * In an app build, src/lib/i18n imports the catalog's own message module instead of Paraglide's
 * dispatcher: with the static locale the other catalogs were dropped already, but each message
 * still kept a wrapper (a check and a warning against switching language), 18 KB of script.
 */
export function catalogOnly(language: string): Plugin {
	return {
		name: 'readback-catalog-only',
		enforce: 'pre',
		resolveId(source, importer) {
			if (source !== './paraglide/messages/_index.js' || !importer) return undefined;
			if (!importer.replaceAll('\\', '/').endsWith('/src/lib/i18n/index.ts')) return undefined;
			return this.resolve(`./paraglide/messages/${language}.js`, importer);
		}
	};
}

export default defineConfig(({ mode }) => ({
	plugins: [
		// Vitest compiles the catalogs once, in a child process (test/unit/i18n-setup.ts): the
		// plugin's file watching kept the test process from exiting.
		mode === 'test' ? [] : paraglideVitePlugin(paraglideOptions),
		catalog ? catalogOnly(catalog) : [],
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
