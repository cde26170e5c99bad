/**
 * A course's theme into its page: the theme's CSS (src/lib/theme/theme.ts) as one more
 * `<style>` at the end of the head, after the app's own (so its custom properties win), and
 * the sha256 of exactly that text added to the page's CSP `style-src`, beside the hash
 * of the app's own style (app-page.ts). The policy stays as strict: a style runs only if its
 * hash is listed, and no `unsafe-inline`, no style attribute, no file from elsewhere.
 */
import { sha256 } from './app-page.ts';

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/gi;

export const styleHash: (css: string) => string = sha256;

/**
 * The page with `css` in a style element allowed by its hash. Throws when the page does
 * not have exactly one CSP meta tag with a style-src directive, or when the CSS could end
 * its element (the theme's values are checked long before; this is the last guard).
 */
export function withThemeStyle(html: string, css: string): string {
	if (!css) return html;
	if (/<\/style|<!--/i.test(css)) throw new Error('The theme CSS holds </style or <!--.');
	const metas = [...html.matchAll(CSP_META)];
	const headEnd = html.indexOf('</head>');
	if (metas.length !== 1 || headEnd === -1)
		throw new Error(
			'The built index.html has no single content-security-policy meta tag or no </head>.'
		);
	const meta = metas[0]!;
	const directives = meta[1]!.split(';').map((d) => d.trim());
	const at = directives.findIndex((d) => d.split(/\s+/)[0] === 'style-src');
	if (at === -1) throw new Error('The page CSP has no style-src directive.');
	directives[at] = `${directives[at]} ${styleHash(css)}`;
	const newMeta = meta[0].replace(meta[1]!, () => directives.join('; '));
	const withMeta = html.slice(0, meta.index) + newMeta + html.slice(meta.index! + meta[0].length);
	const end = withMeta.indexOf('</head>');
	return `${withMeta.slice(0, end)}\t<style>${css}</style>\n\t${withMeta.slice(end)}`;
}
