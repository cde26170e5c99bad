/**
 * The load benchmark's player server, as `npm run bench:load` drives it without DevTools: the
 * measuring script first in every measured page's head (before a Content-Security-Policy
 * `<meta>`, which would refuse it), reports by POST, and the blank page a browser shows first.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
	INTERLUDE_PATH,
	REPORT_PATH,
	startPlayer,
	withHeadScript,
	type Player
} from '../../scripts/bench/lib/player';

const PAGE = `<!doctype html>
<html lang="en" dir="ltr">
	<head>
		<meta charset="utf-8" />
		<meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'sha256-x'" />
		<script>run()</script>
	</head>
	<body></body>
</html>`;

describe('withHeadScript', () => {
	it('puts the script first in the head, before the policy and the page’s own scripts', () => {
		const out = withHeadScript(PAGE, 'measure()');
		expect(out.indexOf('<head>')).toBeLessThan(out.indexOf('<script>measure()</script>'));
		expect(out.indexOf('<script>measure()</script>')).toBeLessThan(out.indexOf('<meta charset'));
		expect(out.replace('<script>measure()</script>', '')).toBe(PAGE);
	});

	it('finds a head with attributes', () => {
		expect(withHeadScript('<head data-x="1"><title>t</title></head>', 'm()')).toBe(
			'<head data-x="1"><script>m()</script><title>t</title></head>'
		);
	});

	it('refuses a page without a head', () => {
		expect(() => withHeadScript('<p>no head</p>', 'm()')).toThrow(
			'The page has no <head> to put the benchmark script in.'
		);
	});
});

describe('startPlayer for loads without DevTools', () => {
	let player: Player | undefined;
	afterEach(async () => {
		await player?.close();
		player = undefined;
	});

	it('injects into the player and the content pages, takes reports, and serves the blank first page as it is', async () => {
		const reports: [string, string][] = [];
		player = await startPlayer(
			[
				{
					key: 'k',
					files: { 'index.html': new TextEncoder().encode(PAGE) },
					launch: 'index.html',
					scorm: '1.2'
				}
			],
			{ inject: 'measure()', onReport: (run, body) => reports.push([run, body]) }
		);
		const playerPage = await (await fetch(player.url('k'))).text();
		expect(playerPage).toMatch(/<head><script>measure\(\)<\/script><meta charset="utf-8">/);
		const src = /<iframe[^>]*src="([^"]+)"/.exec(playerPage)![1]!;
		const content = await (await fetch(new URL(src, player.origin))).text();
		expect(content).toBe(withHeadScript(PAGE, 'measure()'));

		const posted = await fetch(`${player.origin}${REPORT_PATH}?run=7`, {
			method: 'POST',
			body: '{"interactive":1}'
		});
		expect(posted.status).toBe(204);
		expect(reports).toEqual([['7', '{"interactive":1}']]);

		const next = `${player.origin}/somewhere?x=1`;
		const blank = await (
			await fetch(`${player.origin}${INTERLUDE_PATH}?wait=5&next=${encodeURIComponent(next)}`)
		).text();
		expect(blank).not.toContain('measure()');
		expect(blank).toContain(`location.replace(${JSON.stringify(next)}), 5)`);
	});
});
