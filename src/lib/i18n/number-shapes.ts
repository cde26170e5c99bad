/**
 * Small numbers without Intl on the first screen. The first `Intl.NumberFormat` a page creates
 * makes the browser load its number-formatting data: 17-57 ms of the main thread in a fresh
 * Chromium page (measured in docs/performance.md), paid before the Start button works, because
 * the start screen shows the question count and the pass mark. The build writes, in the page,
 * how the course's language writes its digits and a percentage (measured with Node's Intl:
 * `numberShapes`); with them, a whole number from 0 to 999, and a whole percentage, are written
 * without Intl, the same as Intl writes them (a unit test compares every one of them in many
 * languages). Anything else (fractions, negatives, thousands, another language) goes to Intl.
 * Pure: no Svelte, DOM or Node.
 */

export interface NumberShapes {
	/** BCP 47 tag these shapes were measured for: only used for this exact tag. */
	language: string;
	/** The ten digits, 0 to 9, as the language writes them ("٠".."٩" in ar-EG). */
	digits: string[];
	/** A whole percentage with `#` for its digits ("#%", "# %", "#٪"), if one could be found. */
	percent?: string;
}

/** Below this, a whole number has no group separator in any language. */
const SMALL = 1000;

const PROBE = 42;

/**
 * How `language` writes digits and a percentage, measured with Intl (the build calls this in
 * Node). Undefined when the language writes digits in a way this cannot reproduce.
 */
export function numberShapes(language: string): NumberShapes | undefined {
	let plain: Intl.NumberFormat;
	let percent: Intl.NumberFormat;
	try {
		plain = new Intl.NumberFormat(language, { maximumFractionDigits: 20 });
		percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
	} catch {
		return undefined;
	}
	const digits = Array.from({ length: 10 }, (_, d) => plain.format(d));
	// One character (or one astral pair) per digit, all different: else not reproducible here.
	if (digits.some((d) => [...d].length !== 1) || new Set(digits).size !== 10) return undefined;
	const shapes: NumberShapes = { language, digits };
	const probe = written(PROBE, digits);
	const sample = percent.format(PROBE / 100);
	const at = sample.indexOf(probe);
	if (at !== -1 && sample.indexOf(probe, at + 1) === -1 && !sample.includes('#'))
		shapes.percent = sample.slice(0, at) + '#' + sample.slice(at + probe.length);
	return shapes;
}

function written(value: number, digits: readonly string[]): string {
	return [...String(value)].map((d) => digits[Number(d)]!).join('');
}

const usable = (value: number, shapes: NumberShapes | undefined, language: string) =>
	shapes !== undefined &&
	shapes.language === language &&
	Number.isInteger(value) &&
	value >= 0 &&
	value < SMALL &&
	Array.isArray(shapes.digits) &&
	shapes.digits.length === 10;

/** `value` as Intl would write it in `language`, if the shapes can say; else undefined. */
export function shapedNumber(
	value: number,
	language: string,
	shapes: NumberShapes | undefined
): string | undefined {
	return usable(value, shapes, language) ? written(value, shapes!.digits) : undefined;
}

/** A whole percentage (`score` out of 100) as Intl would write it, if the shapes can say. */
export function shapedPercent(
	score: number,
	language: string,
	shapes: NumberShapes | undefined
): string | undefined {
	if (!usable(score, shapes, language) || typeof shapes!.percent !== 'string') return undefined;
	return shapes!.percent.replace('#', written(score, shapes!.digits));
}
