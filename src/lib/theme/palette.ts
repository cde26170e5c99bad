/**
 * The lesson's colours: the one place that holds them. The page's CSS (src/app.css) uses
 * only these custom properties; `paletteCss` writes their values, for light mode and for
 * `prefers-color-scheme: dark`. `CONTRAST_PAIRS` lists every colour drawn on another, with
 * the WCAG 2.x AA minimum that applies there: the default palette is tested against it, and
 * so is a course's accent (src/lib/theme/theme.ts). Pure: no DOM, no Node.
 */
import { contrastRatio } from './contrast.ts';

export const PALETTE_ROLES = [
	/** Body text. */
	'text',
	/** Secondary text: the article's source, instructions. */
	'muted',
	/** The page. */
	'bg',
	/** Panels (notices, the leave question) on the page. */
	'surface',
	/** Buttons, links, the focus ring, the chosen option's border. */
	'accent',
	/** Text on an accent background (a main button). */
	'on-accent',
	/** "Correct" marks and borders. */
	'good',
	/** "Not correct" marks, form errors and borders. */
	'bad',
	/** The highlight of the quote that answers a question. */
	'mark',
	/** Borders of text fields and dropdowns (they must be seen to be found). */
	'control',
	/** Decorative lines between items (option boxes, quotes): not needed to find anything. */
	'line',
	/** Behind a logo, so a dark logo stays visible in dark mode. */
	'logo-plate'
] as const;

export type Role = (typeof PALETTE_ROLES)[number];
export type Palette = Record<Role, string>;
export type Mode = 'light' | 'dark';

export const DEFAULT_PALETTE: Record<Mode, Palette> = {
	light: {
		text: '#1b1b1f',
		muted: '#4a4a55',
		bg: '#ffffff',
		surface: '#f4f4f7',
		accent: '#0b57d0',
		'on-accent': '#ffffff',
		good: '#0a6b2d',
		bad: '#a1101d',
		mark: '#fff1a8',
		control: '#6b6b76',
		line: '#c8c8d0',
		'logo-plate': '#ffffff'
	},
	dark: {
		text: '#e8e8ee',
		muted: '#b4b4c0',
		bg: '#17171c',
		surface: '#24242c',
		accent: '#8ab4f8',
		'on-accent': '#17171c',
		good: '#6fd08e',
		bad: '#ff9b9b',
		mark: '#574700',
		control: '#8c8c99',
		line: '#4a4a55',
		'logo-plate': '#ffffff'
	}
};

/** WCAG AA: 4.5:1 for text (1.4.3), 3:1 for the parts of controls and focus rings (1.4.11). */
export const MINIMUM = { text: 4.5, ui: 3 } as const;

export interface ContrastPair {
	fg: Role;
	bg: Role;
	kind: keyof typeof MINIMUM;
	/** Where the pair appears, as an author reads it: "…, below the 4.5:1 that text needs". */
	where: string;
}

/** Every colour drawn on another in src/app.css, and what it must reach there. */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
	{ fg: 'text', bg: 'bg', kind: 'text', where: 'body text on the page' },
	{ fg: 'text', bg: 'surface', kind: 'text', where: 'text on a panel' },
	{ fg: 'text', bg: 'mark', kind: 'text', where: 'highlighted quote text' },
	{ fg: 'muted', bg: 'bg', kind: 'text', where: 'secondary text on the page' },
	{ fg: 'muted', bg: 'surface', kind: 'text', where: 'secondary text on a panel' },
	{ fg: 'accent', bg: 'bg', kind: 'text', where: 'button and link text on the page' },
	{ fg: 'accent', bg: 'surface', kind: 'text', where: 'button text on a panel' },
	{ fg: 'on-accent', bg: 'accent', kind: 'text', where: 'the text of a main button' },
	{ fg: 'accent', bg: 'bg', kind: 'ui', where: 'the focus ring on the page' },
	{ fg: 'accent', bg: 'surface', kind: 'ui', where: 'the focus ring on a panel' },
	{ fg: 'good', bg: 'bg', kind: 'text', where: '"correct" marks on the page' },
	{ fg: 'bad', bg: 'bg', kind: 'text', where: '"not correct" marks and errors on the page' },
	{ fg: 'control', bg: 'bg', kind: 'ui', where: 'the border of a text field' }
];

export interface PairResult extends ContrastPair {
	ratio: number;
	required: number;
	passes: boolean;
}

export function checkPairs(palette: Palette, pairs = CONTRAST_PAIRS): PairResult[] {
	return pairs.map((pair) => {
		const ratio = contrastRatio(palette[pair.fg], palette[pair.bg]);
		const required = MINIMUM[pair.kind];
		return { ...pair, ratio, required, passes: ratio >= required };
	});
}

function declarations(palette: Partial<Palette>): string {
	return PALETTE_ROLES.filter((role) => palette[role] !== undefined)
		.map((role) => `--${role}:${palette[role]}`)
		.join(';');
}

/**
 * The custom properties of a palette, for light mode and, under `prefers-color-scheme: dark`,
 * dark mode; roles left out keep their earlier value (a course's theme sets only its own).
 * (src/app.html's `<meta name="color-scheme">` has the browser draw its own controls, radio
 * buttons and scroll bars, to match.)
 */
export function paletteCss(
	palette: { light: Partial<Palette>; dark: Partial<Palette> },
	extra: { font?: string } = {}
): string {
	const font = extra.font === undefined ? '' : `;--font:${extra.font}`;
	const light = declarations(palette.light);
	const dark = declarations(palette.dark);
	return [
		light || font ? `:root{${light}${font}}` : '',
		dark ? `@media (prefers-color-scheme:dark){:root{${dark}}}` : ''
	].join('');
}
