/**
 * `npm run bench:size`: what each `dist/*.zip` weighs and what makes it up: every entry, raw and
 * as stored; inside each HTML entry, the inline JS (split into Svelte runtime, SvelteKit client,
 * the course reader and app code, by markers: see lib/bundle.ts), the course data block, the
 * inline CSS and the markup,
 * each with its gzip -9 size (zip deflate ≈ gzip). Target: each zip of the seed course ≤ 100 KB.
 * `--synthetic 1000,10000`: zip size against question count instead (lib/size-scale.ts).
 * Builds dist/ from the current sources first (BENCH_NO_BUILD=1: dist/ as it is). Prints
 * markdown tables; asserts nothing.
 */
import { helpIfAsked } from '../lib/help';
import { COURSE_ELEMENT_ID } from '../package/course-page';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
	attributeScript,
	bytes,
	gzip,
	JS_PARTS,
	splitHtml,
	type JsAttribution,
	type JsPart
} from './lib/bundle';
import {
	courseForZip,
	ensureZips,
	relative,
	scormVersion,
	SEED_COURSE,
	type ZipCourse
} from './lib/dist';
import { int, kb, percent, table } from './lib/format';
import { parseCounts, syntheticSizeReport } from './lib/size-scale';
import { readZip, type ZipEntry } from './lib/zip';

helpIfAsked(`
Usage: npm run bench:size [-- --synthetic <counts>]

What each dist/*.zip weighs and what makes it up (entries, inline JS by part, CSS, markup).
Builds dist/ from the current sources first (BENCH_NO_BUILD=1: dist/ as it is). Prints
markdown tables; asserts nothing.

Options:
  --synthetic <counts>   instead: zip size against question count, e.g. --synthetic 1000,10000
                         (synthetic courses written to .tmp/synthetic/ and built there)
  --help                 this text
`);

const syntheticAt = process.argv.indexOf('--synthetic');
if (syntheticAt !== -1) {
	await syntheticSizeReport(parseCounts(process.argv[syntheticAt + 1]));
	process.exit(0);
}

const BUDGET = 100 * 1024;

const PART_LABELS: Record<JsPart, string> = {
	svelte: '↳ Svelte runtime (+ bundler helpers) ≈',
	kit: '↳ SvelteKit client (+ bootstrap, root, generated manifest) ≈',
	course: '↳ course reader (parses the data block below) ≈',
	app: '↳ app code (components, engine, scoring, tracking) ≈'
};

interface Leaf {
	label: string;
	text: string;
}

function concat(parts: readonly string[]): string {
	return parts.join('');
}

function htmlReport(entry: ZipEntry, zipCourse: ZipCourse | undefined): string {
	const source = new TextDecoder().decode(entry.data);
	const { scripts, data, styles, html } = splitHtml(source);
	const course = zipCourse?.course;
	// The course is data in the page; in the JS, only the module that reads it.
	const markers = [COURSE_ELEMENT_ID];
	const attributions: JsAttribution[] = scripts.map((js) => attributeScript(js, markers));
	const located = attributions.every((a) => a.located) && markers.length > 0;
	const js = concat(scripts);
	const css = concat(styles);
	const jsParts = JS_PARTS.map((part) => ({
		label: PART_LABELS[part],
		text: concat(attributions.map((a) => a.parts[part]))
	}));
	const leaves: Leaf[] = [
		...(located ? jsParts : [{ label: 'inline JS', text: js }]),
		{ label: 'course data (article + questions, JSON block in the head)', text: concat(data) },
		{ label: `inline CSS (${styles.length} <style>)`, text: css },
		{ label: 'HTML markup (incl. the script and style tags)', text: html }
	];
	const leafGzip = leaves.map((leaf) => gzip(leaf.text));
	const gzipSum = leafGzip.reduce((a, b) => a + b, 0);
	const inZip = (g: number) => int((g / gzipSum) * entry.compressed);
	const total = bytes(source);
	const row = (label: string, text: string, zipped: string) => {
		const g = gzip(text);
		return [
			label,
			int(bytes(text)),
			kb(bytes(text)),
			percent(bytes(text), total),
			int(g),
			kb(g),
			zipped
		];
	};

	const rows: string[][] = [row(`**${entry.name}** (whole file)`, source, int(entry.compressed))];
	if (located) {
		const jsGzip = leafGzip.slice(0, JS_PARTS.length).reduce((a, b) => a + b, 0);
		rows.push(row(`inline JS (${scripts.length} <script>)`, js, inZip(jsGzip)));
		jsParts.forEach((part, i) => rows.push(row(part.label, part.text, inZip(leafGzip[i]!))));
	}
	leaves.slice(located ? JS_PARTS.length : 0).forEach((leaf, i) => {
		rows.push(row(leaf.label, leaf.text, inZip(leafGzip[(located ? JS_PARTS.length : 0) + i]!)));
	});
	if (course) {
		const json = JSON.stringify(course);
		const g = gzip(json);
		rows.push([
			'*reference: course JSON (checkCourseDir → JSON.stringify)*',
			int(bytes(json)),
			kb(bytes(json)),
			percent(bytes(json), total),
			int(g),
			kb(g),
			'—'
		]);
	}

	const notes = [
		`Standalone gzip -9 of the whole file: ${int(gzip(source))} bytes; of the parts, one by one: ${int(gzipSum)} bytes (parts compressed alone lose shared context). "≈ in zip" shares the entry's stored ${int(entry.compressed)} bytes in proportion to the parts' gzip sizes.`
	];
	if (!course)
		notes.push(
			zipCourse
				? `Course ${zipCourse.id} has content problems: no course JSON, JS not split.`
				: 'No course folder matches this zip name: no course JSON, JS not split.'
		);
	for (const a of attributions) if (a.note) notes.push(a.note);
	if (located)
		notes.push(
			'The JS split follows module order and markers (lib/bundle.ts): an estimate, to within a few hundred bytes; the reference row is the same content as JSON (quoted keys), for comparison.'
		);
	return `${table(
		[
			'part of ' + entry.name,
			'>bytes',
			'>KB',
			'>share of file',
			'>gzip -9 bytes',
			'>gzip -9 KB',
			'>≈ in zip (bytes)'
		],
		rows
	)}\n\n${notes.map((n) => `- ${n}`).join('\n')}`;
}

const zips = ensureZips();
const verdicts: string[][] = [];
console.log('# Package size\n');
console.log(
	`1 KB = 1024 bytes. gzip = level 9 (zip deflate ≈ gzip). Target: each zip of the seed course (${SEED_COURSE}) ≤ 100 KB (${int(BUDGET)} bytes).\n`
);

for (const zipPath of zips) {
	const zip = new Uint8Array(readFileSync(zipPath));
	const entries = readZip(zip);
	const manifest = entries.find((e) => e.name === 'imsmanifest.xml');
	const version = scormVersion(
		manifest && new TextDecoder().decode(manifest.data),
		path.basename(zipPath)
	);
	const zipCourse = await courseForZip(zipPath);
	const stored = entries.reduce((n, e) => n + e.compressed, 0);
	const raw = entries.reduce((n, e) => n + e.uncompressed, 0);

	console.log(
		`## ${relative(zipPath)}: ${int(zip.length)} bytes (${kb(zip.length)} KB), SCORM ${version}\n`
	);
	console.log(
		table(
			[
				'entry',
				'>uncompressed bytes',
				'>uncompressed KB',
				'>in zip bytes',
				'>in zip KB',
				'>ratio',
				'>share of zip'
			],
			[
				...entries.map((e) => [
					`${e.name}${e.method === 'deflate' ? '' : ` (${e.method})`}`,
					int(e.uncompressed),
					kb(e.uncompressed),
					int(e.compressed),
					kb(e.compressed),
					percent(e.compressed, e.uncompressed),
					percent(e.compressed, zip.length)
				]),
				[
					'zip headers + central directory',
					'—',
					'—',
					int(zip.length - stored),
					kb(zip.length - stored),
					'—',
					percent(zip.length - stored, zip.length)
				],
				[
					`**total** (${entries.length} files)`,
					int(raw),
					kb(raw),
					int(zip.length),
					kb(zip.length),
					percent(zip.length, raw),
					'100.0%'
				]
			]
		)
	);
	for (const entry of entries.filter((e) => /\.html?$/i.test(e.name)))
		console.log(`\n${htmlReport(entry, zipCourse)}`);
	console.log('');

	const seed = zipCourse?.id === SEED_COURSE;
	const margin = BUDGET - zip.length;
	verdicts.push([
		relative(zipPath),
		int(zip.length),
		kb(zip.length),
		seed ? '100.0' : '—',
		seed ? (margin >= 0 ? '**met**' : '**missed**') : 'n/a (not the seed course)',
		seed
			? `${int(Math.abs(margin))} bytes (${kb(Math.abs(margin))} KB) ${margin >= 0 ? 'under' : 'over'}; ${percent(zip.length, BUDGET)} of budget`
			: '—'
	]);
}

console.log('## Target: seed course zip ≤ 100 KB\n');
console.log(table(['zip', '>bytes', '>KB', '>budget KB', 'result', 'margin'], verdicts));
