/**
 * The interface's words in the course's language. Every string a learner reads comes from one
 * catalog per language (messages/<language>.json), compiled by Paraglide JS into one typed
 * function per message (`m.check_answer()`); numbers are written with Intl in the course's own
 * language tag (so "ar-EG" gets Arabic-Indic digits and "ar" Western ones, as CLDR has them).
 * Pure: no Svelte, DOM or Node.
 */
import { locales, overwriteGetLocale, type Locale } from './paraglide/runtime.js';
import { shapedNumber, shapedPercent, type NumberShapes } from './number-shapes.ts';

export { getTextDirection } from './paraglide/runtime.js';

// The messages: Paraglide's dispatch to every catalog in dev and tests; in an app build, the
// catalog's own module in its place (vite.config.ts), same names, nothing of the others.
import * as m from './paraglide/messages/_index.js';

export { m };
export type { Locale };

/** The catalog languages, English first (it is the reference and the fallback). */
export const catalogs: readonly Locale[] = locales;

/**
 * The catalog for a BCP 47 tag: its language subtag when there is a catalog for it ("fr-CA" →
 * "fr"), otherwise English.
 */
export function catalogFor(
	tag: string | undefined,
	available: readonly string[] = locales
): string {
	const language = (tag ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
	return available.includes(language) ? language : 'en';
}

/**
 * Makes the course's catalog the one every message uses. A built lesson has only its course's
 * catalog (the build fixes it), so this matters in dev and in tests.
 */
export function useCatalog(tag: string | undefined): Locale {
	const locale = catalogFor(tag, locales) as Locale;
	overwriteGetLocale(() => locale);
	return locale;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** How the course's language writes small numbers, from the page (see number-shapes.ts). */
let shapes: NumberShapes | undefined;

/**
 * Small whole numbers and percentages in `shapes.language` are written from these shapes
 * instead of with Intl (the same text, without loading Intl's data on the first screen).
 */
export function useNumberShapes(next: NumberShapes | undefined): void {
	shapes = next;
}

function numberFormat(language: string, percent: boolean): Intl.NumberFormat {
	const key = `${language}|${percent}`;
	let format = numberFormats.get(key);
	if (!format) {
		const options: Intl.NumberFormatOptions = percent
			? { style: 'percent', maximumFractionDigits: 0 }
			: { maximumFractionDigits: 20 };
		try {
			format = new Intl.NumberFormat(language, options);
		} catch {
			format = new Intl.NumberFormat('en', options);
		}
		numberFormats.set(key, format);
	}
	return format;
}

/** A number as the course's language writes it ("1,5" in French, "١٬٥" in ar-EG). */
export function formatNumber(value: number, language = 'en'): string {
	return shapedNumber(value, language, shapes) ?? numberFormat(language, false).format(value);
}

/** A score out of 100 as a percentage in the course's language ("65%", "65 %", "٦٥٪"). */
export function formatPercent(score: number, language = 'en'): string {
	return shapedPercent(score, language, shapes) ?? numberFormat(language, true).format(score / 100);
}

/** The inputs of a message that counts: the count chooses the plural form, `countText` shows it. */
export function counted(count: number, language = 'en'): { count: number; countText: string } {
	return { count, countText: formatNumber(count, language) };
}
