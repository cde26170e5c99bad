/**
 * A course's theme (course.ts `theme`): its colours checked for WCAG AA contrast wherever the
 * lesson draws them, in light and dark mode, the dark-mode accent derived when the author gives
 * none, the font stack held to system fonts, and the CSS that carries it all into the page.
 * Pure: no DOM, no Node. Problems are data (`ThemeProblem`); src/lib/content/check.ts files
 * them as content issues and errors.ts words them.
 */
import { formatRatio, nearestPassing, normalizeHex } from './contrast.ts';
import {
	checkPairs,
	CONTRAST_PAIRS,
	DEFAULT_PALETTE,
	MINIMUM,
	paletteCss,
	type Mode,
	type Palette
} from './palette.ts';

export interface ThemeInput {
	accent?: string;
	accentDark?: string;
	font?: string;
}

/** The pairs a course's accent takes part in. */
const ACCENT_PAIRS = CONTRAST_PAIRS.filter((p) => p.fg === 'accent' || p.bg === 'accent');

/** In light mode a darker accent contrasts more with everything it meets; in dark mode, a lighter one. */
const DIRECTION: Record<Mode, 'darker' | 'lighter'> = { light: 'darker', dark: 'lighter' };

function accentResults(accent: string, mode: Mode) {
	return checkPairs({ ...DEFAULT_PALETTE[mode], accent }, ACCENT_PAIRS);
}

/** Whether an accent passes every pair it is part of in that mode. */
export function accentPasses(accent: string, mode: Mode): boolean {
	return accentResults(accent, mode).every((r) => r.passes);
}

/** The lowest contrast ratio of an accent over the pairs it is part of. */
export function lowestRatio(accent: string, mode: Mode): number {
	return Math.min(...accentResults(accent, mode).map((r) => r.ratio));
}

/** The nearest colour of the accent's hue that passes in that mode (itself if it passes). */
export function suggestAccent(accent: string, mode: Mode): string {
	// Black passes every light-mode pair and white every dark-mode pair (palette.test.ts), so
	// there always is one.
	return nearestPassing(accent, DIRECTION[mode], (hex) => accentPasses(hex, mode))!;
}

export interface ContrastProblem {
	field: 'accent' | 'accentDark';
	mode: Mode;
	colour: string;
	/** The failing pair with the least margin: where it is used and its two colours. */
	where: string;
	fg: string;
	bg: string;
	ratio: string;
	required: string;
	kind: 'text' | 'ui';
	suggestion: string;
	suggestionRatio: string;
	direction: 'darker' | 'lighter';
}

function contrastProblem(
	field: ContrastProblem['field'],
	colour: string,
	mode: Mode
): ContrastProblem | undefined {
	const failing = accentResults(colour, mode)
		.filter((r) => !r.passes)
		.sort((a, b) => a.ratio / a.required - b.ratio / b.required);
	const worst = failing[0];
	if (!worst) return undefined;
	const palette: Palette = { ...DEFAULT_PALETTE[mode], accent: colour };
	const suggestion = suggestAccent(colour, mode);
	return {
		field,
		mode,
		colour,
		where: worst.where,
		fg: palette[worst.fg],
		bg: palette[worst.bg],
		ratio: formatRatio(worst.ratio),
		required: `${MINIMUM[worst.kind]}:1`,
		kind: worst.kind,
		suggestion,
		suggestionRatio: formatRatio(lowestRatio(suggestion, mode)),
		direction: DIRECTION[mode]
	};
}

/** The accents of both modes: the author's, or (dark mode) derived from the light one. */
export function themeAccents(theme: ThemeInput): { light?: string; dark?: string } {
	const light = theme.accent === undefined ? undefined : normalizeHex(theme.accent);
	const dark =
		theme.accentDark !== undefined
			? normalizeHex(theme.accentDark)
			: light && suggestAccent(light, 'dark');
	return { light, dark };
}

/** Contrast problems of a theme's colours (colours that are not hex codes are the schema's). */
export function contrastProblems(theme: ThemeInput): ContrastProblem[] {
	const out: ContrastProblem[] = [];
	const light = theme.accent === undefined ? undefined : normalizeHex(theme.accent);
	const dark = theme.accentDark === undefined ? undefined : normalizeHex(theme.accentDark);
	const a = light && contrastProblem('accent', light, 'light');
	if (a) out.push(a);
	const b = dark && contrastProblem('accentDark', dark, 'dark');
	if (b) out.push(b);
	return out;
}

/** Generic font families: the last resort of a stack, present on every system. */
export const GENERIC_FAMILIES = [
	'serif',
	'sans-serif',
	'monospace',
	'cursive',
	'fantasy',
	'system-ui',
	'ui-serif',
	'ui-sans-serif',
	'ui-monospace',
	'ui-rounded',
	'math',
	'emoji',
	'fangsong'
];

export type FontProblem =
	| { code: 'web-font'; font: string; found: string }
	| { code: 'invalid-font-stack'; font: string; item: string; reason: 'syntax' | 'no-generic' };

/** Anything that fetches a font: the page may load nothing from anywhere (CSP font-src). */
const WEB_FONT = /url\s*\(|@import|@font-face|\bsrc\s*:|\blocal\s*\(/i;
/** A quoted family name: no quote, backslash or character that could end the style element. */
const QUOTED = /^(?:"[^"\\<>;{}\p{Cc}]+"|'[^'\\<>;{}\p{Cc}]+')$/u;
/** An unquoted family name: identifiers separated by single spaces ("Segoe UI", -apple-system). */
const UNQUOTED = /^-?[\p{L}_][\p{L}\p{N}_-]*(?: [\p{L}\p{N}_-]+)*$/u;

/** Splits a stack at the commas outside quotes. */
function families(font: string): string[] {
	const out: string[] = [];
	let current = '';
	let quote = '';
	for (const ch of font) {
		if (quote) {
			if (ch === quote) quote = '';
		} else if (ch === '"' || ch === "'") quote = ch;
		else if (ch === ',') {
			out.push(current.trim());
			current = '';
			continue;
		}
		current += ch;
	}
	out.push(current.trim());
	return out;
}

/**
 * A font stack of system fonts, each family a quoted name or plain words, ending with a
 * generic family; undefined when it is one. This grammar also keeps the stack from closing
 * the page's style element or adding rules of its own.
 */
export function fontProblem(font: string): FontProblem | undefined {
	const web = WEB_FONT.exec(font);
	if (web) {
		const found = web[0].replace(/\s+/g, '');
		return { code: 'web-font', font, found: found.endsWith('(') ? `${found}…)` : found };
	}
	const list = families(font);
	const bad = list.find((f) => !QUOTED.test(f) && !UNQUOTED.test(f));
	if (bad !== undefined) return { code: 'invalid-font-stack', font, item: bad, reason: 'syntax' };
	const last = list.at(-1)!;
	if (!GENERIC_FAMILIES.includes(last.toLowerCase()))
		return { code: 'invalid-font-stack', font, item: last, reason: 'no-generic' };
	return undefined;
}

/** The font stack as written into the CSS: families joined by ", ". */
function fontCss(font: string): string {
	return families(font).join(', ');
}

/**
 * The CSS of a valid theme: the accents of both modes (the dark one derived when not given)
 * and the font stack, as custom properties that override the default palette. Empty for a
 * course without a theme (or with only a logo).
 */
export function themeCss(theme: ThemeInput | undefined): string {
	if (!theme) return '';
	const { light, dark } = themeAccents(theme);
	return paletteCss(
		{ light: light ? { accent: light } : {}, dark: dark ? { accent: dark } : {} },
		theme.font === undefined ? {} : { font: fontCss(theme.font) }
	);
}
