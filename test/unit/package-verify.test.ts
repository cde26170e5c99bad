/** The check every zip passes before the build prints it (issue 12, points 7 and 12). */
import { describe, expect, test } from 'vitest';
import { manifest12 } from '../../scripts/package/manifest';
import {
	inlineScriptProblems,
	MIN_INDEX_BYTES,
	packageProblems
} from '../../scripts/package/verify';

const encode = (text: string) => new TextEncoder().encode(text);
const page = (script: string) =>
	`<!doctype html><html><head></head><body><div style="display: contents"><script>${script}</script></div><p>${'x'.repeat(MIN_INDEX_BYTES)}</p></body></html>`;

function zipOf(files: Record<string, string>, listed = Object.keys(files)) {
	const manifest = manifest12({
		courseId: 'c',
		title: 'C',
		masteryScore: 70,
		files: listed,
		version: '1'
	});
	return Object.fromEntries(
		[...Object.entries(files), ['imsmanifest.xml', manifest] as const].map(([k, v]) => [
			k,
			encode(v)
		])
	);
}

describe('packageProblems', () => {
	test('a package with the app and a manifest listing every file passes', () => {
		expect(packageProblems(zipOf({ 'index.html': page('start()'), 'a b.txt': 'x' }))).toEqual([]);
	});

	test('the 1.1 KB zip of a half-deleted app (a manifest alone) is refused', () => {
		expect(packageProblems(zipOf({}, ['index.html']))).toEqual([
			'index.html is missing',
			'the manifest lists files the zip lacks: index.html'
		]);
	});

	test('an index.html too small to hold the app is refused', () => {
		expect(packageProblems(zipOf({ 'index.html': '<html></html>' }))).toEqual([
			`index.html has 13 bytes: too small to hold the app (at least ${MIN_INDEX_BYTES})`
		]);
	});

	test('a file the manifest does not list, and no manifest at all, are refused', () => {
		expect(
			packageProblems(zipOf({ 'index.html': page('start()'), 'extra.js': '' }, ['index.html']))
		).toEqual(['the manifest does not list: extra.js']);
		expect(packageProblems({ 'index.html': encode(page('start()')) })).toEqual([
			'imsmanifest.xml is missing'
		]);
	});
});

describe('inlineScriptProblems: where the browser ends an inline script', () => {
	test.each([
		['plain code', 'start()'],
		['Svelte’s own comment markers', 'x.replaceAll(`<!>`,`<!---->`)'],
		['a comment opened and closed', 'a="<!-- <script> </script> -->"'],
		[
			'the escaped form of author text',
			'JSON.parse("{\\"t\\":\\"\\\\u003c!-- \\\\u003cscript>\\"}")'
		],
		['`<!-->` closes at once', 'a="<!-->";b="<script>"']
	])('%s: ends at its own end tag', (_name, script) => {
		expect(inlineScriptProblems(page(script))).toEqual([]);
	});

	test('`<!--` then `<script` in the text swallows the rest of the page', () => {
		expect(inlineScriptProblems(page('a="Notes <!-- here";b="<script>"'))).toEqual([
			'the script at character 71 never ends: its text opens a comment and a <script>, so the rest of the page becomes script'
		]);
	});

	test('`</script>` in the text ends the script early', () => {
		const problems = inlineScriptProblems(page('a="</script>";start()'));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^a <\/script> at character \d+ closes no script/);
	});

	test('a package whose page would break is refused', () => {
		expect(packageProblems(zipOf({ 'index.html': page('a="<!--";b="<SCRIPT type=x>"') }))).toEqual([
			'index.html: the script at character 71 never ends: its text opens a comment and a <script>, so the rest of the page becomes script'
		]);
	});
});
