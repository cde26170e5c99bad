import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: {
		// Project code uses runes only; third-party components may still use legacy syntax.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// READBACK_KIT_DIR: `npm run build` gives each course its own working folder (scripts/build.ts).
		outDir: process.env.READBACK_KIT_DIR ?? '.svelte-kit',
		// static/ holds files that courses name (a shared logo): the build copies into a package
		// only the files its course names (scripts/lib/course-files.ts). SvelteKit would copy the
		// whole folder into every package, so its own static folder is one that never exists.
		files: { assets: 'src/no-static-files' },
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
		// Only the package itself: every script and style is inline and allowed by its hash;
		// nothing may be fetched, framed, posted or loaded from anywhere (the LMS API is reached
		// through window.parent, which CSP does not restrict).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['none'],
				'script-src': ['self'],
				'style-src': ['self'],
				// SvelteKit's route announcer (a visually hidden live region) carries one style
				// attribute; this allows exactly that attribute and no other. The browser tests
				// fail on any CSP violation, so a change in SvelteKit shows up at once.
				'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'base-uri': ['none'],
				'form-action': ['none'],
				'object-src': ['none']
			}
		},
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
