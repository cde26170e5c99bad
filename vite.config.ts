import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { readbackCourse } from './scripts/lib/vite-course.ts';

export default defineConfig({
	plugins: [readbackCourse(), sveltekit()],
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
					environment: 'node'
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
});
