/**
 * The lesson app: `vite build --config vite.app.config.ts` (the lesson component without
 * SvelteKit's router, and with no course in it), written into the page src/app.html as one
 * inline style and one inline script, each allowed by its hash in the page's CSP (appPage).
 * The build writes each course into its own copy of that page (scripts/package/course-page.ts).
 * One app serves every course in one interface language (it carries only that language's
 * catalog: see scripts/lib/i18n.ts), so `npm run build` builds it at most once per language,
 * and not at all while an identical one is cached: the cache key is a hash of everything the app
 * is made from (src/, the Vite configs, the course plugin, the lock file, Node's version) and the
 * catalog's language.
 *
 * Two builds at once take turns (a lock folder holding the owner's pid; a dead owner's lock is
 * taken over: an app build may compile the catalogs into src/ first), and the second finds the
 * first one's app in the cache.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	utimesSync,
	writeFileSync
} from 'node:fs';
import path from 'node:path';
import { ROOT } from './load-course';
import { createRequire } from 'node:module';
import { appPage } from '../package/app-page';
import type { CourseSource } from '../../src/lib/content/course';
import { ensureCatalogs } from './i18n';

export interface LessonApp {
	/** The app's files by path inside the package (index.html). */
	files: ReadonlyMap<string, Uint8Array>;
	/**
	 * The first visit's start screen as the lesson renders it (src/start-markup.ts), for the page
	 * to carry as static markup; the source is the course as the page carries it.
	 */
	startMarkup: (source: CourseSource<unknown>) => string;
	/** True when this build reused a cached app. */
	cached: boolean;
}

/** The server-side module beside the cached page (not part of any package). */
const MARKUP_MODULE = 'start-markup.cjs';

const CACHE_DIR = path.join(ROOT, '.tmp', 'app-cache');
/** Cached apps kept (the most recently used): a few branches' worth, in each interface language. */
const KEEP = 12;

/** What the app is made from, relative to the project; folders are read whole. */
const INPUTS = [
	'src',
	'svelte.config.js',
	'vite.config.ts',
	'vite.app.config.ts',
	'tsconfig.json',
	'package-lock.json',
	'scripts/lib/vite-course.ts',
	'scripts/lib/i18n.ts',
	'scripts/package/course-page.ts',
	'scripts/package/app-page.ts'
];

/**
 * Generated or tool-managed files inside the inputs: the catalogs compiled from
 * src/lib/i18n/messages (made again by every build), and inlang's own cache and metadata.
 */
const GENERATED = [
	/^src\/lib\/i18n\/paraglide\//,
	/^src\/lib\/i18n\/project\.inlang\/(?!settings\.json$)/
];

function listFiles(dir: string, prefix = ''): string[] {
	return readdirSync(dir)
		.sort()
		.flatMap((name) => {
			const full = path.join(dir, name);
			const rel = prefix ? `${prefix}/${name}` : name;
			return statSync(full).isDirectory() ? listFiles(full, rel) : [rel];
		});
}

/** A hash of every input's path and bytes, and of Node's version. */
export function appKey(root = ROOT): string {
	const hash = createHash('sha256');
	hash.update(`node ${process.version}\n`);
	for (const input of INPUTS) {
		const full = path.join(root, input);
		const stat = statSync(full, { throwIfNoEntry: false });
		if (!stat) continue;
		const files = stat.isDirectory()
			? listFiles(full)
					.map((f) => `${input}/${f}`)
					.filter((f) => !GENERATED.some((pattern) => pattern.test(f)))
			: [input];
		for (const file of files) {
			const bytes = readFileSync(path.join(root, file));
			hash.update(`${file}\n${bytes.length}\n`);
			hash.update(bytes);
		}
	}
	return hash.digest('hex').slice(0, 16);
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const alive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
};

function lockAppBuild(): { release: () => void } {
	const lock = path.join(ROOT, '.tmp', 'app-build.lock');
	mkdirSync(path.dirname(lock), { recursive: true });
	const started = Date.now();
	let told = false;
	for (;;) {
		try {
			mkdirSync(lock);
			writeFileSync(path.join(lock, 'pid'), String(process.pid));
			let held = true;
			const release = () => {
				if (held) rmSync(lock, { recursive: true, force: true });
				held = false;
			};
			process.on('exit', release);
			return { release };
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		let owner = NaN;
		try {
			owner = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
		} catch {
			// Being created, or left without a pid by a build that died at once.
		}
		const stale = Number.isNaN(owner)
			? Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? 0) > 10_000
			: !alive(owner);
		if (stale) {
			rmSync(lock, { recursive: true, force: true });
			continue;
		}
		if (Date.now() - started > 15 * 60_000)
			throw new Error(`Another build (pid ${owner}) has held ${lock} for 15 minutes.`);
		if (!told) console.error(`Waiting for another build of the lesson app (pid ${owner})…`);
		told = true;
		sleep(250);
	}
}

/**
 * tsconfig.json extends .svelte-kit/tsconfig.json, which Vite reads to compile TypeScript: a
 * fresh clone gets it from a sync.
 */
function syncKitTypes(): void {
	if (existsSync(path.join(ROOT, '.svelte-kit', 'tsconfig.json'))) return;
	const kit = path.join(ROOT, 'node_modules', '@sveltejs', 'kit', 'svelte-kit.js');
	const result = spawnSync(process.execPath, [kit, 'sync'], { cwd: ROOT, encoding: 'utf8' });
	if (result.status !== 0) {
		process.stderr.write(`${result.stdout}\n${result.stderr}\n`);
		throw new Error(`svelte-kit sync failed (exit ${result.status}).`);
	}
}

const require = createRequire(import.meta.url);

function readApp(dir: string): Omit<LessonApp, 'cached'> {
	const markup = require(path.join(dir, MARKUP_MODULE)) as Pick<LessonApp, 'startMarkup'>;
	return {
		files: new Map([['index.html', new Uint8Array(readFileSync(path.join(dir, 'index.html')))]]),
		startMarkup: markup.startMarkup
	};
}

/** Removes all but the KEEP most recently used cached apps. */
function prune(): void {
	const entries = readdirSync(CACHE_DIR)
		.filter((name) => /^[0-9a-f]{16}-[a-z]{2,3}$/.test(name))
		.map((name) => ({ name, used: statSync(path.join(CACHE_DIR, name)).mtimeMs }))
		.sort((a, b) => b.used - a.used);
	for (const { name } of entries.slice(KEEP))
		rmSync(path.join(CACHE_DIR, name), { recursive: true, force: true });
}

/**
 * The lesson app in one interface language (`catalog`, a catalog's language: see catalogFor in
 * src/lib/i18n), from the cache or built now (`fresh`: build even if cached).
 */
export function lessonApp({ fresh = false, catalog = 'en' } = {}): LessonApp {
	// An unminified app for profiling (READBACK_NO_MINIFY, vite.app.config.ts) is built each time
	// and never cached: its key is the same, and a later build would put it in the zips.
	const plain = Boolean(process.env.READBACK_NO_MINIFY);
	if (plain) fresh = true;
	if (!/^[a-z]{2,3}$/.test(catalog)) throw new Error(`Not a catalog language: ${catalog}`);
	const key = `${appKey()}-${catalog}`;
	const cached = path.join(CACHE_DIR, key);
	const hit = () => {
		if (fresh || !['index.html', MARKUP_MODULE].every((f) => existsSync(path.join(cached, f))))
			return undefined;
		const now = new Date();
		utimesSync(cached, now, now);
		return { ...readApp(cached), cached: true };
	};
	const early = hit();
	if (early) return early;
	syncKitTypes();
	const lock = lockAppBuild();
	try {
		// Built by another build while this one waited for the lock.
		const waited = hit();
		if (waited) return waited;
		ensureCatalogs();
		mkdirSync(CACHE_DIR, { recursive: true });
		const out = mkdtempSync(path.join(CACHE_DIR, `.build-${process.pid}-`));
		process.on('exit', () => rmSync(out, { recursive: true, force: true }));
		const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
		const bundle = path.join(out, 'bundle');
		const result = spawnSync(
			process.execPath,
			[vite, 'build', '--config', 'vite.app.config.ts', '--logLevel', 'warn'],
			{
				cwd: ROOT,
				stdio: ['ignore', 'pipe', 'pipe'],
				encoding: 'utf8',
				env: {
					...process.env,
					// Always the production bundle: a caller's NODE_ENV (vitest sets 'test', a shell may
					// hold 'development') made Vite and Svelte build a development app (87 KB instead of
					// 77 KB for the seed, with component paths and dev checks) into the zips.
					NODE_ENV: 'production',
					// The interface language: Paraglide's messages keep only this catalog's strings.
					READBACK_CATALOG: catalog,
					READBACK_OUT: bundle,
					VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true'
				}
			}
		);
		if (result.status !== 0) {
			process.stderr.write(`${result.stdout}\n${result.stderr}\n`);
			throw new Error(`The lesson app's build failed (exit ${result.status}).`);
		}
		const page = appPage(readFileSync(path.join(ROOT, 'src', 'app.html'), 'utf8'), {
			script: readFileSync(path.join(bundle, 'lesson.js'), 'utf8'),
			style: readFileSync(path.join(bundle, 'lesson.css'), 'utf8')
		});
		renameSync(path.join(bundle, 'server', MARKUP_MODULE), path.join(out, MARKUP_MODULE));
		rmSync(bundle, { recursive: true, force: true });
		writeFileSync(path.join(out, 'index.html'), page);
		if (plain) return { ...readApp(out), cached: false };
		if (fresh) rmSync(cached, { recursive: true, force: true });
		if (!existsSync(cached)) renameSync(out, cached);
		prune();
		return { ...readApp(cached), cached: false };
	} finally {
		lock.release();
	}
}
