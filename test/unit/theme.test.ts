/**
 * The course's look (issue 9, point 4): WCAG contrast maths against known values, the
 * suggested colours (which must themselves pass), the default palette in both modes, the font
 * stack rules and the theme's CSS.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	contrastRatio,
	formatRatio,
	nearestPassing,
	normalizeHex,
	parseHex,
	relativeLuminance,
	rgbToHsl
} from '../../src/lib/theme/contrast';
import {
	checkPairs,
	CONTRAST_PAIRS,
	DEFAULT_PALETTE,
	PALETTE_ROLES,
	paletteCss
} from '../../src/lib/theme/palette';
import {
	accentPasses,
	contrastProblems,
	fontProblem,
	lowestRatio,
	suggestAccent,
	themeAccents,
	themeCss
} from '../../src/lib/theme/theme';

const hex = fc
	.tuple(
		fc.integer({ min: 0, max: 255 }),
		fc.integer({ min: 0, max: 255 }),
		fc.integer({ min: 0, max: 255 })
	)
	.map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`);

describe('WCAG contrast', () => {
	test.each([
		['#767676', '#ffffff', 4.54],
		['#777777', '#ffffff', 4.48],
		['#000000', '#ffffff', 21],
		['#ffffff', '#ffffff', 1],
		['#595959', '#ffffff', 7.0],
		['#0000ff', '#ffffff', 8.59],
		['#ff0000', '#ffffff', 4.0],
		['#949494', '#ffffff', 3.03]
	])('%s on %s is %s:1', (fg, bg, ratio) => {
		expect(contrastRatio(fg, bg)).toBeCloseTo(ratio, 2);
		expect(contrastRatio(bg, fg)).toBe(contrastRatio(fg, bg));
	});

	test('relative luminance of the primaries and the sRGB threshold', () => {
		expect(relativeLuminance('#ffffff')).toBe(1);
		expect(relativeLuminance('#000000')).toBe(0);
		expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 4);
		expect(relativeLuminance('#00ff00')).toBeCloseTo(0.7152, 4);
		expect(relativeLuminance('#0000ff')).toBeCloseTo(0.0722, 4);
		// 10/255 = 0.0392 is below 0.04045: the linear part of the curve.
		expect(relativeLuminance('#0a0a0a')).toBeCloseTo(10 / 255 / 12.92, 6);
	});

	test('ratios are shown rounded down, so a shown 4.50:1 never hides a 4.497', () => {
		expect(formatRatio(4.4999)).toBe('4.49:1');
		expect(formatRatio(4.5)).toBe('4.50:1');
		expect(formatRatio(21)).toBe('21.00:1');
	});

	test('hex codes: three or six digits, either case', () => {
		expect(normalizeHex('#06C')).toBe('#0066cc');
		expect(normalizeHex('#0B57D0')).toBe('#0b57d0');
		for (const bad of ['blue', '#12345', '0b57d0', '#0b57d0ff', 'rgb(0,0,0)', '#ggg'])
			expect(normalizeHex(bad)).toBeUndefined();
		expect(parseHex('#0b57d0')).toEqual([11, 87, 208]);
	});
});

describe('the default palette', () => {
	test.each(['light', 'dark'] as const)('%s mode passes WCAG AA on every pair', (mode) => {
		const failing = checkPairs(DEFAULT_PALETTE[mode]).filter((r) => !r.passes);
		expect(failing.map((r) => `${r.fg} on ${r.bg}: ${formatRatio(r.ratio)}`)).toEqual([]);
	});

	test('every role has a colour in both modes, and every pair names roles', () => {
		for (const mode of ['light', 'dark'] as const)
			expect(Object.keys(DEFAULT_PALETTE[mode]).sort()).toEqual([...PALETTE_ROLES].sort());
		for (const pair of CONTRAST_PAIRS) {
			expect(PALETTE_ROLES).toContain(pair.fg);
			expect(PALETTE_ROLES).toContain(pair.bg);
		}
	});

	test('src/app.css holds no colour of its own: only the palette’s custom properties', () => {
		const css = readFileSync(
			path.resolve(import.meta.dirname, '../../src/app.css'),
			'utf8'
		).replace(/\/\*[\s\S]*?\*\//g, '');
		expect(
			css.match(/#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/gi)
		).toBeNull();
		const used = new Set([...css.matchAll(/var\(--([\w-]+)\)/g)].map((m) => m[1]));
		expect(
			[...used].filter((v) => v !== 'font' && !(PALETTE_ROLES as readonly string[]).includes(v!))
		).toEqual([]);
	});

	test('black passes every light-mode accent pair and white every dark-mode one', () => {
		expect(accentPasses('#000000', 'light')).toBe(true);
		expect(accentPasses('#ffffff', 'dark')).toBe(true);
	});

	test('its CSS: light values on :root, dark values under prefers-color-scheme', () => {
		const css = paletteCss(DEFAULT_PALETTE);
		expect(css).toMatch(/^:root\{--text:#1b1b1f;.*--accent:#0b57d0;/);
		expect(css).toContain('@media (prefers-color-scheme:dark){:root{--text:#e8e8ee;');
	});
});

describe('accent checks and suggestions', () => {
	test('a light accent too pale is refused, naming its worst pair, with a darker one that passes', () => {
		const [problem] = contrastProblems({ accent: '#7aa7ff' });
		expect(problem).toMatchObject({
			field: 'accent',
			mode: 'light',
			// On a panel (#f4f4f7) it contrasts less than with a main button's white text.
			where: 'button text on a panel',
			fg: '#7aa7ff',
			bg: '#f4f4f7',
			required: '4.5:1',
			direction: 'darker'
		});
		expect(problem!.ratio).toBe(formatRatio(contrastRatio('#7aa7ff', '#f4f4f7')));
		expect(accentPasses(problem!.suggestion, 'light')).toBe(true);
		expect(lowestRatio(problem!.suggestion, 'light')).toBeGreaterThanOrEqual(4.5);
	});

	test('a dark-mode accent too dark is refused with a lighter one', () => {
		const [problem] = contrastProblems({ accent: '#0b57d0', accentDark: '#0b57d0' });
		expect(problem).toMatchObject({ field: 'accentDark', mode: 'dark', direction: 'lighter' });
		expect(accentPasses(problem!.suggestion, 'dark')).toBe(true);
	});

	test('the default accent and a passing one raise nothing', () => {
		expect(contrastProblems({ accent: '#0b57d0' })).toEqual([]);
		expect(contrastProblems({ accent: '#0b57d0', accentDark: '#8ab4f8' })).toEqual([]);
	});

	test('property: every suggestion passes, keeps the hue, and moves the right way', () => {
		fc.assert(
			fc.property(hex, fc.constantFrom('light' as const, 'dark' as const), (colour, mode) => {
				const suggestion = suggestAccent(colour, mode);
				expect(accentPasses(suggestion, mode)).toBe(true);
				if (accentPasses(colour, mode)) {
					expect(suggestion).toBe(colour);
					return;
				}
				const before = relativeLuminance(colour);
				const after = relativeLuminance(suggestion);
				if (mode === 'light') expect(after).toBeLessThan(before);
				else expect(after).toBeGreaterThan(before);
				// Same hue (up to rounding to whole RGB values), for colours that have one.
				const [h0, s0] = rgbToHsl(parseHex(colour));
				const [h1, s1] = rgbToHsl(parseHex(suggestion));
				if (s0 > 0.2 && s1 > 0.2 && Math.min(...parseHex(suggestion)) < 250) {
					const dh = Math.abs(h0 - h1);
					expect(Math.min(dh, 360 - dh)).toBeLessThan(6);
				}
			}),
			{ numRuns: 300 }
		);
	});

	test('the nearest passing colour is the least change: one lightness step back fails', () => {
		const passes = (c: string) => contrastRatio(c, '#ffffff') >= 4.5;
		const found = nearestPassing('#7aa7ff', 'darker', passes)!;
		expect(passes(found)).toBe(true);
		expect(contrastRatio(found, '#ffffff')).toBeLessThan(4.6);
	});

	test('without accentDark, the dark-mode accent is derived from the accent and passes', () => {
		const { light, dark } = themeAccents({ accent: '#7A1F5C' });
		expect(light).toBe('#7a1f5c');
		expect(accentPasses(dark!, 'dark')).toBe(true);
		expect(themeAccents({ accent: '#7a1f5c', accentDark: '#f0a0d0' }).dark).toBe('#f0a0d0');
	});
});

describe('font stacks', () => {
	test.each([
		"Georgia, 'Times New Roman', serif",
		'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
		'Atkinson Hyperlegible, Verdana, sans-serif',
		'"Noto Sans Arabic", Tahoma, system-ui',
		'monospace'
	])('%s is a system font stack', (font) => {
		expect(fontProblem(font)).toBeUndefined();
	});

	test.each([
		["url('https://example.com/f.woff2'), serif", 'url(…)'],
		['@import url(x.css); serif', '@import'],
		['@font-face{src:local(x)}', '@font-face']
	])('%s loads a web font', (font, found) => {
		expect(fontProblem(font)).toEqual({ code: 'web-font', font, found });
	});

	test.each([
		['Georgia; color: red, serif', 'Georgia; color: red', 'syntax'],
		['Georgia, </style><script>, serif', '</style><script>', 'syntax'],
		['Georgia,, serif', '', 'syntax'],
		['"Unclosed, serif', '"Unclosed, serif', 'syntax'],
		['Georgia, Times', 'Times', 'no-generic']
	])('%s is refused', (font, item, reason) => {
		expect(fontProblem(font)).toEqual({ code: 'invalid-font-stack', font, item, reason });
	});
});

describe('the theme CSS', () => {
	test('accents of both modes and the font, as custom properties', () => {
		const css = themeCss({ accent: '#7a1f5c', font: "Georgia,'Times New Roman' ,serif" });
		const dark = themeAccents({ accent: '#7a1f5c' }).dark;
		expect(css).toBe(
			`:root{--accent:#7a1f5c;--font:Georgia, 'Times New Roman', serif}@media (prefers-color-scheme:dark){:root{--accent:${dark}}}`
		);
	});

	test('nothing for a course without a theme or with a logo only', () => {
		expect(themeCss(undefined)).toBe('');
		expect(themeCss({})).toBe('');
	});
});
