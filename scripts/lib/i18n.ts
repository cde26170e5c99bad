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
import { readFileSync } from 'node:fs';
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
	emitGitIgnore: true,
	emitPrettierIgnore: true,
	emitReadme: false,
	isServer: 'import.meta.env.SSR'
} satisfies Partial<CompilerOptions>;

/** The languages that have a catalog (the inlang project's locales), English first. */
export function catalogLanguages(root = path.resolve(import.meta.dirname, '..', '..')): string[] {
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
