/**
 * The lesson's page (scripts/package/app-page.ts): the app's script and style inline in
 * src/app.html, each allowed by its sha256 and nothing else, and a script text that no string in
 * it can end early.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, test } from 'vitest';
import { appPage, inlineScriptText } from '../../scripts/package/app-page';
import { inlineScriptProblems } from '../../scripts/package/verify';

const TEMPLATE = readFileSync(path.join(import.meta.dirname, '../../src/app.html'), 'utf8');
const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('appPage', () => {
	const script = 'document.querySelector(".app-root").textContent = "ready";';
	const style = ':root{color:#111}';

	test('the script after .app-root, the style in the head, and a CSP with exactly their hashes', () => {
		const page = appPage(TEMPLATE, { script, style });
		expect(page).not.toContain('%sveltekit');
		const csp = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(page)?.[1];
		expect(csp).toBe(
			`default-src 'none'; connect-src 'self'; font-src 'self'; img-src 'self' data:; object-src 'none'; script-src 'self' ${hash(script)}; style-src 'self' ${hash(style)}; base-uri 'none'; form-action 'none'`
		);
		expect(page).toContain(`<style>${style}</style>`);
		expect(page.indexOf('<style>')).toBeLessThan(page.indexOf('</head>'));
		expect(page).toMatch(/<div class="app-root"><\/div>\s*<script>document\.querySelector/);
		expect(page.match(/<script>/g)).toHaveLength(1);
	});

	test('strings that would end the script are written so they cannot, and mean the same', () => {
		const hostile =
			'globalThis.out = ["</script><b>", "<!--<script>", `</SCRIPT>`, /<\\/script>/.source, "a<!--b"];';
		const safe = inlineScriptText(hostile);
		expect(safe).not.toMatch(/<\/script|<!--/i);
		const run = (code: string) => {
			const context: { out?: unknown } = {};
			vm.runInNewContext(code.replace('globalThis.out', 'out'), context);
			return context.out;
		};
		expect(run(safe)).toEqual(run(hostile));
		const page = appPage(TEMPLATE, { script: hostile, style: '' });
		expect(inlineScriptProblems(page)).toEqual([]);
		// Written as it came, the same script would end early: the check above can fail.
		expect(inlineScriptProblems(`<script>${hostile}</script>`)).not.toEqual([]);
	});

	test('refuses a template without its placeholders and a style that could end its element', () => {
		expect(() => appPage('<html><head></head><body></body></html>', { script, style })).toThrow(
			'src/app.html must hold %sveltekit.head% and %sveltekit.body% once each.'
		);
		expect(() => appPage(TEMPLATE, { script, style: 'a{}</style>' })).toThrow(
			'The app stylesheet holds </style.'
		);
	});
});
