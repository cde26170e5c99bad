/**
 * The packaged lesson's build (scripts/lib/app-build.ts runs `vite build --config` this file):
 * the lesson component and its engine as one script (src/lesson.ts) and one stylesheet, with no
 * course in them and without SvelteKit, whose client router a one-screen lesson in an LMS frame
 * does not need and whose server build and prerendering took most of the app's build time.
 * scripts/lib/app-build.ts writes both inline into the page (src/app.html) with their hashes
 * in its CSP. `npm run dev` and the tests' dev server use vite.config.ts (SvelteKit).
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import path from 'node:path';
import { defineConfig } from 'vite';
import { readbackCourse } from './scripts/lib/vite-course.ts';
import { catalogOnly } from './vite.config.ts';

/** The interface language (scripts/lib/app-build.ts sets it). */
const catalog = process.env.READBACK_CATALOG ?? 'en';
const out = process.env.READBACK_OUT ?? path.join('.tmp', 'app-out');

export default defineConfig({
	// The catalogs are compiled before this build (ensureCatalogs in scripts/lib/app-build.ts),
	// only when they changed: Paraglide's plugin compiled them again in every build (0.7 s).
	plugins: [catalogOnly(catalog), readbackCourse(), svelte()],
	resolve: { alias: { $lib: path.resolve(import.meta.dirname, 'src/lib') } },
	define: {
		'globalThis.__PARAGLIDE_STATIC_LOCALE__': JSON.stringify(catalog),
		'process.env.NODE_ENV': JSON.stringify('production')
	},
	// Nothing from public/: a package holds only what its course names (scripts/lib/course-files.ts).
	publicDir: false,
	logLevel: 'warn',
	environments: {
		// The lesson, for the browser.
		client: {
			build: {
				outDir: out,
				emptyOutDir: true,
				sourcemap: false,
				copyPublicDir: false,
				cssCodeSplit: false,
				// Every byte inline in one page: nothing may be fetched from outside it.
				assetsInlineLimit: Number.MAX_SAFE_INTEGER,
				modulePreload: false,
				target: 'es2022',
				// READBACK_NO_MINIFY=1: readable names in a profile of the lesson (docs/performance.md).
				...(process.env.READBACK_NO_MINIFY ? { minify: false } : {}),
				rolldownOptions: {
					input: path.resolve(import.meta.dirname, 'src/lesson.ts'),
					output: {
						format: 'iife',
						entryFileNames: 'lesson.js',
						assetFileNames: 'lesson[extname]'
					},
					checks: { bundlerTimings: false }
				}
			}
		},
		// The first visit's start screen as static markup (src/start-markup.ts), for the build in
		// Node: one CommonJS file with Svelte's server renderer in it, so the build loads it with
		// require() and needs nothing else from this folder.
		ssr: {
			resolve: { noExternal: true },
			build: {
				outDir: path.join(out, 'server'),
				emptyOutDir: false,
				sourcemap: false,
				copyPublicDir: false,
				ssr: path.resolve(import.meta.dirname, 'src/start-markup.ts'),
				target: 'node20',
				rolldownOptions: {
					output: { format: 'cjs', entryFileNames: 'start-markup.cjs' },
					checks: { bundlerTimings: false }
				}
			}
		}
	},
	builder: {
		// One process and one configuration for both; the lesson first (it empties the folder).
		async buildApp(builder) {
			await builder.build(builder.environments.client!);
			await builder.build(builder.environments.ssr!);
		}
	}
});
