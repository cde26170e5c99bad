/**
 * SvelteKit serves the lesson in `npm run dev` (and the tests' dev server), generates the
 * types `npm run check` uses, and gives the Svelte compiler its options. The packages are not
 * built through SvelteKit: `npm run build` builds the same lesson component with
 * vite.app.config.ts, inline in one page with its own CSP (scripts/package/app-page.ts).
 * @type {import('@sveltejs/kit').Config}
 */
const config = {
	compilerOptions: {
		// Project code uses runes only; third-party components may still use legacy syntax.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// static/ holds files that courses name (a shared logo): the build copies into a package
		// only the files its course names (scripts/lib/course-files.ts); the dev server serves
		// them through the course plugin. SvelteKit's own static folder is one that never exists.
		files: { assets: 'src/no-static-files' },
		// As in a package, the lesson answers at any path.
		router: { type: 'hash' },
		paths: { relative: true },
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push('../questions/**/*.ts', '../scripts/**/*.ts');
				// Fixtures are deliberately broken content: checked by the validator, not by tsc.
				tsconfig.exclude.push('../test/fixtures/**');
				return tsconfig;
			}
		}
	}
};

export default config;
