/**
 * Vite plugin: in `npm run dev`, `virtual:readback/course` is the course named by READBACK_COURSE
 * (default: the seed course), imported file by file as `loadCourse` reads it; adding or removing
 * a bank file reloads the lesson, edits to a file reload through Vite's own module graph. In
 * `vite build` it reads the course from the page, so the built app fits every course.
 */
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { checkCourse, courseFileWarnings } from '../../src/lib/content/check.ts';
import { formatIssues } from '../../src/lib/content/errors.ts';
import { lintCourse } from '../../src/lib/content/lint.ts';
import { courseFiles } from '../../src/lib/content/files.ts';
import { FILE_NAME, MEDIA_DIR } from '../../src/lib/content/assets.ts';
import { themeSchema } from '../../src/lib/content/schema.ts';
import { DEFAULT_PALETTE, paletteCss } from '../../src/lib/theme/palette.ts';
import { themeCss } from '../../src/lib/theme/theme.ts';
import { fileFinder, imageSizesIn, isImageFile } from './course-files.ts';
import { listCourseDirs, loadCourse, QUESTIONS_DIR, ROOT, type Importer } from './load-course.ts';
import { syntaxError } from './load-error.ts';
import { COURSE_ELEMENT_ID } from '../package/course-page.ts';

export const DEFAULT_COURSE = 'north-korea-russia';
const MEDIA_TYPES: Record<string, string> = {
	png: 'image/png',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	gif: 'image/gif',
	webp: 'image/webp',
	svg: 'image/svg+xml'
};
const VIRTUAL_ID = 'virtual:readback/course';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/**
 * The lesson's colours (src/lib/theme/palette.ts) go into src/app.css as it is read, before
 * its rules; in dev, the course's theme follows them (a built package gets its theme from the
 * build instead: scripts/package/theme-page.ts).
 */
const APP_CSS = path.join(ROOT, 'src', 'app.css');
const FIGURES_MODULE = path.join(ROOT, 'src', 'lib', 'content', 'figures.ts');

/**
 * The course folder of this run, as an absolute path: READBACK_QUESTIONS_DIR may be relative
 * (to the directory `npm run dev` runs in), and the file watcher reports absolute paths, so a
 * relative folder matched none of them and edits went unnoticed.
 */
export function courseDir(courseId = process.env.READBACK_COURSE || DEFAULT_COURSE): string {
	return path.resolve(process.env.READBACK_QUESTIONS_DIR ?? QUESTIONS_DIR, courseId);
}

/**
 * The course folder of this run; a misspelled READBACK_COURSE ends `npm run dev` at once with
 * the list of courses (it used to print a raw ENOENT and then "ready").
 */
function existingCourseDir(): string {
	const dir = courseDir();
	if (existsSync(path.join(dir, 'course.ts'))) return dir;
	const parent = path.dirname(dir);
	const known = existsSync(parent) ? listCourseDirs(parent).map((d) => path.basename(d)) : [];
	console.error(
		[
			`readback: there is no course "${path.basename(dir)}" in ${path.relative(ROOT, parent) || parent}/ (READBACK_COURSE).`,
			known.length
				? `The courses are: ${known.join(', ')}. For example: READBACK_COURSE=${known[0]} npm run dev`
				: 'There is no course yet: make one with npm run new -- <course-id> --article <file>.'
		].join('\n')
	);
	process.exit(2);
}

/**
 * What `vite build` makes of `virtual:readback/course` in the browser: the course is not part of
 * the app's code but data in the page (a `<script type="application/json">` block the build
 * writes into each package's index.html: scripts/package/course-page.ts). So one app build serves
 * every course, and V8 parses the course as JSON rather than as code.
 */
export const PAGE_COURSE_MODULE = `import { courseJson } from ${JSON.stringify(path.join(ROOT, 'src', 'lib', 'content', 'course-data.ts'))};
const element = document.getElementById(${JSON.stringify(COURSE_ELEMENT_ID)});
if (!element) throw new Error('This page holds no course: build it with npm run build.');
export default JSON.parse(courseJson(element.textContent, element.dataset.encoding));
`;

/**
 * Loads course files through the dev server; a file with a syntax slip is not handed to Vite
 * at all (its compiler would log its own stack trace before Readback's message).
 */
function devImporter(server: ViteDevServer): Importer {
	return async (file) => {
		// Loaded here, in dev only: the TypeScript compiler costs `vite build` about 0.3 s to load.
		const ts = (await import('typescript')).default;
		const slip = syntaxError(ts, readFileSync(file, 'utf8'), path.basename(file));
		if (slip) throw new Error(`Syntax error in ${file}`);
		return server.ssrLoadModule(file);
	};
}

export function readbackCourse(): Plugin {
	/** The course of `npm run dev` (and of vitest's server); `vite build` makes a course-free app. */
	let dir = '';
	const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');
	let devServer: ViteDevServer | undefined;
	/** In dev: true while a course file fails to load and the lesson module stands in for it. */
	let broken = false;
	/**
	 * In dev: the CSS of the course's theme at the last validation ('' for none, or while the
	 * theme has a problem: the default look shows, and the problem is in the overlay).
	 */
	let devTheme = '';
	let firstValidation: Promise<void> | undefined;
	/** `vite build` (vite.app.config.ts: the packaged lesson); dev and vitest serve. */
	let building = false;
	return {
		name: 'readback-course',
		resolveId(source) {
			return source === VIRTUAL_ID ? RESOLVED_ID : undefined;
		},
		config(_config, env) {
			if (env.command === 'build') return undefined;
			dir = existingCourseDir();
			// Builds and tests write into .tmp/ and dist/: no reason to reload the lesson in dev
			// (but the course itself is watched wherever it is, a test course in .tmp/ too).
			const generated = [
				`${path.join(ROOT, '.tmp')}${path.sep}`,
				`${path.join(ROOT, 'dist')}${path.sep}`
			];
			const ignored = (file: string) =>
				generated.some((folder) => file.startsWith(folder)) && !file.startsWith(dir);
			return { server: { watch: { ignored } } };
		},
		async transform(code, id) {
			if (id.split('?')[0] !== APP_CSS) return undefined;
			const palette = paletteCss(DEFAULT_PALETTE);
			if (!devServer) return `${palette}\n${code}`;
			// In dev, the course's theme as the last validation found it (see updateTheme).
			await firstValidation;
			return `${palette}\n${code}\n${devTheme}\n`;
		},
		configResolved(config) {
			building = config.command === 'build';
		},
		async load(id) {
			if (id !== RESOLVED_ID) return undefined;
			// The packaged lesson reads its course from the page.
			if (building) return PAGE_COURSE_MODULE;
			const files = courseFiles(readdirSync(dir));
			if (!files.course || !files.article)
				throw new Error(`${rel(dir)} needs a course.ts and an article.ts (run npm run validate).`);
			// In dev, a file that does not load (a syntax slip, a missing import, code that throws)
			// is not handed to Vite: its overlay would show a compiler's stack trace. The lesson
			// module stands in, and the overlay shows Readback's message (sent by validate()).
			if (devServer) {
				const server = devServer;
				const { loadIssues } = await loadCourse(dir, devImporter(server));
				broken = loadIssues.length > 0;
				if (broken) {
					for (const name of [files.course, files.article, ...files.banks])
						this.addWatchFile(path.join(dir, name));
					// An empty course, so the page renders quietly under the overlay (a module that
					// throws would make SvelteKit reload the page again and again).
					const placeholder = {
						dir: rel(dir),
						course: {
							id: path.basename(dir),
							title: `${rel(dir)} does not load: see the message in the terminal`,
							masteryScore: 70,
							objectives: []
						},
						article: { id: 'none', title: '', source: '', passages: [] },
						banks: []
					};
					return `export default ${JSON.stringify(placeholder)};\n`;
				}
			}
			const imports = [
				`import course from ${JSON.stringify(path.join(dir, files.course))};`,
				`import article from ${JSON.stringify(path.join(dir, files.article))};`,
				...files.banks.map(
					(name, i) => `import bank${i} from ${JSON.stringify(path.join(dir, name))};`
				)
			];
			const banks = files.banks.map(
				(name, i) => `{ file: ${JSON.stringify(rel(path.join(dir, name)))}, questions: bank${i} }`
			);
			// The figures' image sizes, as the build gives them (scripts/build.ts), so that nothing
			// jumps as the images load: every image of the folder, so an edit to article.ts that
			// names another one needs nothing more (a changed image reloads this module).
			const sizes = JSON.stringify([...imageSizesIn(dir)]);
			return [
				...imports,
				`import { withFigureSizes } from ${JSON.stringify(FIGURES_MODULE)};`,
				`const sizes = new Map(${sizes});`,
				`export default { dir: ${JSON.stringify(rel(dir))}, course, article: withFigureSizes(article, (name) => sizes.get(name)), banks: [${banks.join(', ')}] };`,
				''
			].join('\n');
		},
		configureServer(server) {
			// Vitest runs a Vite server too: validation-on-save is for authors in `npm run dev`.
			if (process.env.VITEST) return;
			devServer = server;
			server.watcher.add(dir);
			// The course's own files (its logo) at media/<name>, as in a package.
			const finder = fileFinder(dir);
			server.middlewares.use(`/${MEDIA_DIR}/`, (req, res, next) => {
				const name = decodeURIComponent((req.url ?? '').split('?')[0]!.slice(1));
				const found = FILE_NAME.test(name) ? finder(name, 'course-or-static') : undefined;
				if (!found) return next();
				const type = MEDIA_TYPES[name.split('.').at(-1)!.toLowerCase()];
				if (type) res.setHeader('Content-Type', type);
				createReadStream(path.join(ROOT, found.shown)).pipe(res);
			});
			// Validate on every save: problems go to the terminal and the browser's error overlay.
			/** A changed theme reaches the open lesson as a style update of app.css. */
			const updateTheme = (course: unknown, issues: readonly { path: unknown[] }[]) => {
				const theme = themeSchema.safeParse((course as { theme?: unknown } | undefined)?.theme);
				const valid = theme.success && !issues.some((i) => i.path[0] === 'theme');
				const css = valid ? themeCss(theme.data) : '';
				if (css === devTheme) return;
				devTheme = css;
				for (const mod of server.moduleGraph.getModulesByFile(APP_CSS) ?? [])
					void server.reloadModule(mod);
			};
			/** The number of the last validation started: only its result is shown. */
			let latest = 0;
			/** Problems were sent to the browser's overlay and not cleared since. */
			let problemsShown = false;
			const validate = async () => {
				const run = ++latest;
				const { source, loadIssues } = await loadCourse(dir, devImporter(server));
				// A later save is being checked: this result is out of date (shown after it, the
				// problems of an earlier version would stand over the fixed lesson).
				if (run !== latest) return;
				const files = fileFinder(dir);
				const issues = checkCourse({ source, loadIssues, files });
				updateTheme(source.course, issues);
				if (issues.length === 0) {
					// The overlay of the last problems goes: a page that went on loading under it
					// (the file fixed before the lesson module loaded) has the fixed course, but
					// nothing else would remove it. A reload shows the lesson as it now is.
					if (problemsShown) {
						problemsShown = false;
						server.ws.send({ type: 'full-reload' });
					}
					// Warnings go to the terminal only: the lesson still works.
					const warnings = [...courseFileWarnings(source, files), ...lintCourse(source)];
					if (warnings.length === 0)
						server.config.logger.info(`readback: ${rel(dir)} is valid`, { timestamp: true });
					else
						server.config.logger.warn(
							`readback: ${rel(dir)} is valid, with ${warnings.length} warning(s)\n\n${formatIssues(warnings)}`,
							{ timestamp: true }
						);
					return;
				}
				const message = `${issues.length} problem(s) in ${rel(dir)}\n\n${formatIssues(issues)}`;
				server.config.logger.error(`readback: ${message}`, { timestamp: true });
				problemsShown = true;
				server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'readback-course' } });
			};
			/** The course's own files, and the images in its sub-folders (figures can be there). */
			const inCourse = (file: string) =>
				path.dirname(file) === dir || (file.startsWith(`${dir}${path.sep}`) && isImageFile(file));
			const onChange = (file: string) => {
				if (!inCourse(file)) return;
				// Fixed (or broken) again, or an image changed (the lesson module holds the figures'
				// sizes): the lesson module is rebuilt from the files.
				if (broken || isImageFile(file)) {
					const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
					if (mod) server.moduleGraph.invalidateModule(mod);
					server.ws.send({ type: 'full-reload' });
				}
				setTimeout(() => void validate().catch((e) => server.config.logger.error(String(e))), 50);
			};
			const onAddOrRemove = (file: string) => {
				if (!inCourse(file)) return;
				const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
				if (mod) server.moduleGraph.invalidateModule(mod);
				server.ws.send({ type: 'full-reload' });
				onChange(file);
			};
			server.watcher.on('change', onChange);
			server.watcher.on('add', onAddOrRemove);
			server.watcher.on('unlink', onAddOrRemove);
			firstValidation = validate().catch((e) => server.config.logger.error(String(e)));
		}
	};
}
