/**
 * Which interface catalog a course gets (pure, no generated code: the build script uses it too).
 */

/**
 * The catalog for a BCP 47 tag: its language subtag when there is a catalog for it ("fr-CA" →
 * "fr", "ar-EG" → "ar"), otherwise English.
 */
export function catalogFor(tag: string | undefined, available: readonly string[]): string {
	const language = (tag ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
	return available.includes(language) ? language : 'en';
}
