import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: {
		// Project code uses runes only; third-party components may still use legacy syntax.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// READBACK_OUT lets the build script give each course its own output folder.
		adapter: adapter({
			pages: process.env.READBACK_OUT ?? 'build',
			assets: process.env.READBACK_OUT ?? 'build',
			fallback: 'index.html',
			strict: true
		}),
		// The lesson runs inside an LMS iframe at a deep, unknown path, and from file://.
		router: { type: 'hash' },
		output: { bundleStrategy: 'inline' },
		paths: { relative: true },
		// A fixed version name keeps two builds of the same sources byte-identical.
		version: { name: 'readback', pollInterval: 0 },
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
