/**
 * WCAG 2.x colour contrast, and the nearest colour of the same hue that reaches a contrast.
 * Pure: hex text in, numbers and hex text out (no DOM, no Node).
 *
 * Relative luminance and contrast ratio follow WCAG 2.2's definitions: sRGB channels
 * linearised with the 0.04045 threshold, L = 0.2126 R + 0.7152 G + 0.0722 B, and
 * (L1 + 0.05) / (L2 + 0.05) with L1 the lighter of the two.
 */

/** `#rgb` or `#rrggbb`, either case: the colours an author may write. */
export const HEX_COLOUR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

export type Rgb = readonly [number, number, number];

/** `#0B57D0` or `#06c` → `#0b57d0` / `#0066cc`; undefined for anything else. */
export function normalizeHex(text: string): string | undefined {
	if (!HEX_COLOUR.test(text)) return undefined;
	const digits = text.slice(1).toLowerCase();
	return `#${digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits}`;
}

export function parseHex(text: string): Rgb {
	const hex = normalizeHex(text);
	if (!hex) throw new Error(`Not a hex colour: ${text}`);
	return [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)) as unknown as Rgb;
}

export function toHex(rgb: Rgb): string {
	return `#${rgb
		.map((c) =>
			Math.round(Math.min(255, Math.max(0, c)))
				.toString(16)
				.padStart(2, '0')
		)
		.join('')}`;
}

function linear(channel: number): number {
	const c = channel / 255;
	return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(colour: string): number {
	const [r, g, b] = parseHex(colour).map(linear) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours, from 1 to 21, in either order. */
export function contrastRatio(a: string, b: string): number {
	const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
		number,
		number
	];
	return (light + 0.05) / (dark + 0.05);
}

/**
 * A ratio as people read it: rounded down to two decimals, so that a shown "4.50:1" is never
 * a 4.497 that fails (WCAG gives no rounding; the comparison itself uses the exact value).
 */
export function formatRatio(ratio: number): string {
	return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}

/** Hue 0-360, saturation and lightness 0-1. */
export type Hsl = readonly [number, number, number];

export function rgbToHsl([r8, g8, b8]: Rgb): Hsl {
	const [r, g, b] = [r8 / 255, g8 / 255, b8 / 255];
	const max = Math.max(r, g, b);
	const min = Math.min(r, g, b);
	const l = (max + min) / 2;
	if (max === min) return [0, 0, l];
	const d = max - min;
	const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
	const h =
		max === r
			? ((g - b) / d + (g < b ? 6 : 0)) * 60
			: max === g
				? ((b - r) / d + 2) * 60
				: ((r - g) / d + 4) * 60;
	return [h, s, l];
}

export function hslToRgb([h, s, l]: Hsl): Rgb {
	const a = s * Math.min(l, 1 - l);
	const f = (n: number) => {
		const k = (n + h / 30) % 12;
		return (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))) * 255;
	};
	return [f(0), f(8), f(4)];
}

/**
 * The colour of the same hue and saturation as `colour`, darker ('darker') or lighter
 * ('lighter'), that changes it least while `passes` holds; `passes` must be monotonic in
 * lightness (every check against fixed colours in one direction is). Returns `colour`
 * itself when it passes already. Each candidate is the hex colour itself, so rounding never
 * turns a passing lightness into a failing colour. Black and white end the search, so a
 * result always exists for checks that black (or white) passes.
 */
export function nearestPassing(
	colour: string,
	direction: 'darker' | 'lighter',
	passes: (hex: string) => boolean
): string | undefined {
	const start = normalizeHex(colour);
	if (!start) return undefined;
	if (passes(start)) return start;
	const [h, s, l] = rgbToHsl(parseHex(start));
	const at = (lightness: number) => toHex(hslToRgb([h, s, lightness]));
	const end = direction === 'darker' ? 0 : 1;
	if (!passes(at(end))) return undefined;
	// Binary search on lightness between the failing start and the passing end.
	let fail = l;
	let pass = end;
	for (let i = 0; i < 40; i++) {
		const mid = (fail + pass) / 2;
		if (passes(at(mid))) pass = mid;
		else fail = mid;
	}
	return at(pass);
}
