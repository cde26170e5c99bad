/** The course's theme CSS into its page, allowed by the page's CSP through its hash only. */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { styleHash, withThemeStyle } from '../../scripts/package/theme-page';

const PAGE = `<!doctype html>
<html lang="en">
	<head>
		<meta http-equiv="content-security-policy" content="default-src 'none'; style-src 'self' 'sha256-abc='; style-src-attr 'unsafe-hashes' 'sha256-def='; base-uri 'none'">
		<style>:root{--accent:#0b57d0}</style>
	</head>
	<body></body>
</html>`;

describe('withThemeStyle', () => {
	const css = ':root{--accent:#7a1f5c}';

	test('adds the style after the app’s, and its sha256 to style-src alone', () => {
		const page = withThemeStyle(PAGE, css);
		const hash = createHash('sha256').update(css).digest('base64');
		expect(styleHash(css)).toBe(`'sha256-${hash}'`);
		expect(page).toContain(
			`content="default-src 'none'; style-src 'self' 'sha256-abc=' 'sha256-${hash}'; style-src-attr 'unsafe-hashes' 'sha256-def='; base-uri 'none'"`
		);
		expect(page.indexOf(`<style>${css}</style>`)).toBeGreaterThan(
			page.indexOf('<style>:root{--accent:#0b57d0}</style>')
		);
		expect(page.indexOf(`<style>${css}</style>`)).toBeLessThan(page.indexOf('</head>'));
	});

	test('no theme, no change', () => {
		expect(withThemeStyle(PAGE, '')).toBe(PAGE);
	});

	test('refuses a page without one CSP with style-src, and CSS that could end its element', () => {
		expect(() => withThemeStyle(PAGE.replace(/<meta[^>]*>/, ''), css)).toThrow(
			/content-security-policy/
		);
		expect(() => withThemeStyle(PAGE.replace("style-src 'self' 'sha256-abc='; ", ''), css)).toThrow(
			/no style-src/
		);
		expect(() => withThemeStyle(PAGE, ':root{}</style><script>')).toThrow(/<\/style/);
	});
});
