/**
 * The interface's message catalogs (src/lib/i18n/messages/<language>.json) are compiled by
 * Paraglide JS into one typed function per message (src/lib/i18n/paraglide/, generated, not
 * committed). The same options serve the Vite plugin (dev, tests, the app build) and
 * `npm run check` (scripts/i18n.ts), so both write the same files.
 *
 * A lesson's interface language is fixed when its app is built: the build defines
 * `__READBACK_CATALOG__` as the catalog's language (READBACK_CATALOG), Paraglide's messages read
 * it as their static locale, and the bundler drops every other language's strings. In dev and in
 * tests it is undefined, and the lesson picks its catalog at start (src/lib/i18n/index.ts).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CompilerOptions } from '@inlang/paraglide-js';

export const I18N_PROJECT = 'src/lib/i18n/project.inlang';
export const I18N_OUTDIR = 'src/lib/i18n/paraglide';

/** Must be exactly this text: Paraglide recognises it (compiler/per-locale-build.js). */
export const STATIC_LOCALE = '/** @type {any} */ (globalThis).__PARAGLIDE_STATIC_LOCALE__';

export const paraglideOptions = {
	project: `./${I18N_PROJECT}`,
	outdir: `./${I18N_OUTDIR}`,
	// The language is the course's, never the browser's or a cookie's.
	strategy: ['baseLocale'],
	// Paraglide's own expression for locale-specialised builds: every message reads it first,
	// so when the build defines it (vite.config.ts) the other languages are dead code.
	experimentalStaticLocale: STATIC_LOCALE,
	outputStructure: 'locale-modules',
	// Files are rewritten in place, not the folder emptied first: the dev server's compile left
	// a moment without any catalog (an app build reading them then failed) and removed the stamp
	// that lets a build skip compiling (ensureCatalogs).
	cleanOutdir: false,
	emitGitIgnore: true,
	emitPrettierIgnore: true,
	emitReadme: false,
	isServer: 'import.meta.env.SSR'
} satisfies Partial<CompilerOptions>;

const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** Written into the compiled folder after a compile: what it was compiled from. */
const STAMP = '.compiled-from';

/**
 * A hash of what the compiled catalogs are made from: the catalogs, the project's settings, the
 * compiler options and the versions of Paraglide and its message-format plugin.
 */
export function catalogSourceHash(root = ROOT): string {
	const hash = createHash('sha256');
	hash.update(JSON.stringify(paraglideOptions));
	const messages = path.join(root, 'src', 'lib', 'i18n', 'messages');
	const files = [
		path.join(root, I18N_PROJECT, 'settings.json'),
		...readdirSync(messages)
			.sort()
			.map((name) => path.join(messages, name)),
		...['@inlang/paraglide-js', '@inlang/plugin-message-format'].map((name) =>
			path.join(root, 'node_modules', name, 'package.json')
		)
	];
	for (const file of files) {
		const bytes = readFileSync(file);
		hash.update(`${path.relative(root, file)}\n${bytes.length}\n`);
		hash.update(bytes);
	}
	return hash.digest('hex');
}

/** True when src/lib/i18n/paraglide holds a compile of the catalogs as they are now. */
export function catalogsCurrent(root = ROOT): boolean {
	const out = path.join(root, I18N_OUTDIR);
	const stamp = path.join(out, STAMP);
	return (
		existsSync(stamp) &&
		['messages.js', 'runtime.js'].every((file) => existsSync(path.join(out, file))) &&
		readFileSync(stamp, 'utf8') === catalogSourceHash(root)
	);
}

/** Forgets the last compile (before compiling again: a half-written folder is never current). */
export function forgetCatalogStamp(root = ROOT): void {
	rmSync(path.join(root, I18N_OUTDIR, STAMP), { force: true });
}

/** Records that the compiled folder is made from the catalogs as they are now. */
export function stampCatalogs(root = ROOT): void {
	writeFileSync(path.join(root, I18N_OUTDIR, STAMP), catalogSourceHash(root));
}

/**
 * Compiles the catalogs unless the compiled folder already holds them (about 0.7 s saved: the
 * compiler loads the inlang SDK and its SQLite build each time), in a child process because the
 * compiler leaves handles open. Returns whether it compiled.
 */
export function ensureCatalogs(root = ROOT): boolean {
	if (catalogsCurrent(root)) return false;
	const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
	const result = spawnSync(process.execPath, [tsx, 'scripts/i18n.ts', '--force'], {
		cwd: root,
		encoding: 'utf8'
	});
	if (result.status !== 0)
		throw new Error(`Compiling the catalogs failed:\n${result.stdout}\n${result.stderr}`);
	return true;
}

/** The languages that have a catalog (the inlang project's locales), English first. */
export function catalogLanguages(root = ROOT): string[] {
	const settings = JSON.parse(
		readFileSync(path.join(root, I18N_PROJECT, 'settings.json'), 'utf8')
	) as { locales: string[] };
	return settings.locales;
}

/**
 * What the build tells an author whose course language has no interface catalog (the lesson
 * then shows English buttons and messages around the article); undefined when it has one.
 */
export function missingCatalogNote(
	courseId: string,
	tag: string | undefined,
	available: readonly string[]
): string | undefined {
	const language = (tag ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
	if (available.includes(language)) return undefined;
	return `⚠ ${courseId}: Readback has no interface catalog for the language "${tag}", so the lesson's buttons and messages will be in English; numbers are still read and written the "${tag}" way. The catalogs: ${available.join(', ')}. To add one, see docs/authoring.md, "Add a language".`;
}
