/**
 * The lesson's page: src/app.html with the app's stylesheet and script written inline (a
 * package is one page that must also work from file://, where nothing can be fetched) and a
 * Content Security Policy that allows exactly those two by their sha256 and nothing else: no
 * other script or style, no style attribute, no request outside the package, no frame, form or
 * plugin. The course's theme adds its own style and hash later (theme-page.ts), the course its
 * data block (course-page.ts). The LMS API is reached through window.parent, which CSP does not
 * restrict.
 */
import { createHash } from 'node:crypto';

/** The policy, in the order it is written; script-src and style-src get the hashes. */
export const CSP_DIRECTIVES: readonly (readonly [string, ...string[]])[] = [
	['default-src', "'none'"],
	['connect-src', "'self'"],
	['font-src', "'self'"],
	['img-src', "'self'", 'data:'],
	['object-src', "'none'"],
	['script-src', "'self'"],
	['style-src', "'self'"],
	['base-uri', "'none'"],
	['form-action', "'none'"]
];

export function sha256(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * A script's text made safe to sit inside <script>…</script>: the HTML parser ends it at the
 * first `</script` and, after `<!--`, a `<script` makes it swallow the page. In JavaScript,
 * `<\/` means `</` inside strings, template literals and regular expressions, the only places
 * these can occur, and `<\!--` means `<!--` there.
 */
export function inlineScriptText(js: string): string {
	return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

export interface AppAssets {
	script: string;
	style: string;
}

/** The page: `template` is src/app.html with SvelteKit's two placeholders. */
export function appPage(template: string, { script, style }: AppAssets): string {
	const head = '%sveltekit.head%';
	const body = '%sveltekit.body%';
	if (template.split(head).length !== 2 || template.split(body).length !== 2)
		throw new Error(`src/app.html must hold ${head} and ${body} once each.`);
	if (/<\/style/i.test(style)) throw new Error('The app stylesheet holds </style.');
	const js = inlineScriptText(script.trim());
	const css = style.trim();
	const policy = CSP_DIRECTIVES.map(([name, ...values]) => {
		const extra = name === 'script-src' ? [sha256(js)] : name === 'style-src' ? [sha256(css)] : [];
		return [name, ...values, ...extra].join(' ');
	}).join('; ');
	const headHtml = `<meta http-equiv="content-security-policy" content="${policy}">\n\t\t<style>${css}</style>`;
	// The script right after the element it fills, where the body's parsing has reached it.
	const at = template.indexOf(body);
	const close = template.indexOf('</div>', at);
	if (close === -1) throw new Error(`src/app.html must hold ${body} inside a <div>.`);
	return (
		template.slice(0, at).replace(head, () => headHtml) +
		template.slice(at + body.length, close + '</div>'.length) +
		`\n\t\t<script>${js}</script>` +
		template.slice(close + '</div>'.length)
	);
}
