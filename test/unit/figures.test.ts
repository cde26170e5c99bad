/**
 * Figures in passages (issue 9, point 5): the schema, where a figure goes, and that quotes,
 * sentences and evidence questions still see the passage's text only.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import {
	courseMedia,
	fileFinder,
	imageSizesIn,
	withFigureSizes
} from '../../scripts/lib/course-files';
import { loadCourse, ROOT } from '../../scripts/lib/load-course';
import { checkCourseDir } from '../../scripts/lib/validate-all';
import { sniffImage, svgActiveContent } from '../../src/lib/content/assets';
import { checkCourse, courseFileWarnings } from '../../src/lib/content/check';
import { formatIssues } from '../../src/lib/content/errors';
import type { Course, CourseSource } from '../../src/lib/content/course';
import { figurePlace, figuresAfterSentences, passageBlocks } from '../../src/lib/content/figures';
import { imageSize } from '../../src/lib/content/image-size';
import { articleSchema, passageSchema, type Article } from '../../src/lib/content/schema';
import { sentenceContaining, splitSentences } from '../../src/lib/content/sentences';
import { passageHtml } from '../../src/lib/export/common';
import { exportGift } from '../../src/lib/export/gift';
import { exportMoodleXml } from '../../src/lib/export/moodle-xml';
import { exportQti } from '../../src/lib/export/qti';
import { evidenceAnswer } from '../../src/lib/scoring';
import { chartPng } from '../lib/png';

const TEXT =
	'The shipments grew month after month. North Korea has sent more than 1 million shells to Russia. They came in 10 separate shipments.';
const figure = { image: 'chart.png', alt: 'Bar chart of shells per month, rising.' };

describe('figure schema', () => {
	test('a passage may carry figures with image, alt, caption, credit and after', () => {
		const passage = {
			id: 'p1',
			text: TEXT,
			figures: [{ ...figure, caption: 'Shells per month.', credit: 'Chart: AP', after: 'grew' }]
		};
		expect(passageSchema.parse(passage)).toEqual(passage);
		expect(passageSchema.parse({ id: 'p1', text: TEXT })).toEqual({ id: 'p1', text: TEXT });
	});

	test('alt is required and not blank; image is required; no unknown fields', () => {
		const parse = (f: object) => passageSchema.safeParse({ id: 'p1', text: TEXT, figures: [f] });
		expect(parse({ image: 'chart.png' }).success).toBe(false);
		expect(parse({ image: 'chart.png', alt: '   ' }).success).toBe(false);
		expect(parse({ alt: 'A chart.' }).success).toBe(false);
		expect(parse({ ...figure, title: 'x' }).success).toBe(false);
		expect(parse(figure).success).toBe(true);
	});
});

describe('where a figure goes', () => {
	test('after the sentence that holds the quoted words; at the end without after', () => {
		const first = TEXT.indexOf(' North');
		expect(figurePlace(TEXT, 'grew month after month')).toEqual({ ok: true, offset: first });
		expect(figurePlace(TEXT, 'The shipments grew month after month.')).toEqual({
			ok: true,
			offset: first
		});
		expect(figurePlace(TEXT, undefined)).toEqual({ ok: true, offset: TEXT.length });
		expect(figurePlace(TEXT, '10 separate')).toEqual({ ok: true, offset: TEXT.length });
	});

	test('absent, running over two sentences, or in two sentences: not placed', () => {
		expect(figurePlace(TEXT, 'grew every month')).toEqual({ ok: false, reason: 'absent' });
		expect(figurePlace(TEXT, 'month. North Korea')).toEqual({
			ok: false,
			reason: 'spans',
			sentences: [
				'The shipments grew month after month.',
				'North Korea has sent more than 1 million shells to Russia.'
			]
		});
		expect(figurePlace(TEXT, 'shipments')).toMatchObject({ ok: false, reason: 'repeated' });
		// Twice in one sentence is one place.
		expect(figurePlace(TEXT, 'month')).toEqual({ ok: true, offset: TEXT.indexOf(' North') });
	});

	test('the blocks cut the text between sentences, in the order of the passage', () => {
		const a = { ...figure, image: 'a.png', after: 'million shells' };
		const b = { ...figure, image: 'b.png', after: 'grew' };
		const c = { ...figure, image: 'c.png' };
		const d = { ...figure, image: 'd.png', after: 'grew' };
		const blocks = passageBlocks({ text: TEXT, figures: [a, b, c, d] });
		expect(blocks.map((x) => [TEXT.slice(x.start, x.end), x.figures.map((f) => f.image)])).toEqual([
			['The shipments grew month after month.', ['b.png', 'd.png']],
			['North Korea has sent more than 1 million shells to Russia.', ['a.png']],
			['They came in 10 separate shipments.', ['c.png']]
		]);
		// Without figures, one block: the passage as it was.
		expect(passageBlocks({ text: TEXT })).toEqual([{ start: 0, end: TEXT.length, figures: [] }]);
	});

	test('by sentence, for the evidence list: after the sentence they follow, the rest last', () => {
		const a = { ...figure, image: 'a.png', after: 'million shells' };
		const b = { ...figure, image: 'b.png', after: 'grew' };
		const c = { ...figure, image: 'c.png' };
		const lost = { ...figure, image: 'lost.png', after: 'not in the passage' };
		expect(
			figuresAfterSentences({ text: TEXT, figures: [a, b, c, lost] }).map((after) =>
				after.map((f) => f.image)
			)
		).toEqual([['b.png'], ['a.png'], ['c.png', 'lost.png']]);
		expect(figuresAfterSentences({ text: TEXT })).toEqual([[], [], []]);
	});
});

describe('quotes refer to the text only', () => {
	const article = {
		id: 'a',
		title: 'Shells',
		source: 'Test',
		passages: [
			{
				id: 'p1',
				text: TEXT,
				figures: [
					{
						...figure,
						caption: 'Shells shipped per month.',
						credit: 'Chart: AP',
						after: 'grew month after month'
					}
				]
			}
		]
	};
	const course = {
		id: 'figures',
		title: 'Figures',
		masteryScore: 50,
		objectives: [{ id: 'o', title: 'Shipments', passages: ['p1'] }]
	};
	const evidence = {
		id: 'q1',
		type: 'evidence',
		objective: 'o',
		passage: 'p1',
		quote: '10 separate shipments',
		difficulty: 1,
		prompt: 'There were ten shipments.',
		explanation: 'The last sentence says so.',
		feedback: { correct: 'Right.', incorrect: 'No.' }
	};
	const source = (questions: object[]): CourseSource => ({
		dir: 'questions/figures',
		course,
		article,
		banks: [{ file: 'questions/figures/bank.ts', questions }]
	});

	test('a figure adds no sentence: the evidence answer and the sentences are the same', () => {
		expect(articleSchema.safeParse(article).success).toBe(true);
		expect(splitSentences(TEXT)).toHaveLength(3);
		expect(evidenceAnswer(evidence as never, TEXT)).toBe(2);
		expect(checkCourse({ source: source([evidence]) })).toEqual([]);
	});

	test("a quote of the figure's caption, alt or credit is not in the passage", () => {
		for (const quote of ['Shells shipped per month', 'Chart: AP', 'Bar chart of shells']) {
			const issues = checkCourse({ source: source([{ ...evidence, quote }]) });
			expect(issues.map((i) => i.code)).toEqual(['quote-not-in-passage']);
		}
		expect(sentenceContaining(splitSentences(TEXT), 'Chart: AP')).toBe(-1);
	});
});

describe('figures in the exports', () => {
	const dir = path.join(ROOT, 'test', 'fixtures', 'courses', 'figures');
	const chart = new Uint8Array(readFileSync(path.join(dir, 'shipments-chart.png')));
	const images = new Map([['shipments-chart.png', chart]]);
	let course: Course;
	beforeAll(async () => {
		course = (await checkCourseDir(dir)).course!;
	});

	test('Moodle XML embeds the image with each question that shows its figure', async () => {
		const { files, notes } = exportMoodleXml(course, images);
		const text = files[0]!.text;
		expect(notes).toEqual([]);
		const check = await validateXML({
			xml: { fileName: 'm.xml', contents: text },
			normalization: 'c14n'
		});
		expect(check.errors).toEqual([]);
		expect(text).toContain(
			'<figure><img src="@@PLUGINFILE@@/shipments-chart.png" alt="Bar chart of shells shipped per month: three bars, each taller than the one before."/><figcaption>Shells shipped per month, August to October. <small>Chart: Readback test fixture</small></figcaption></figure>'
		);
		const embedded = [
			...text.matchAll(/<file name="([^"]+)" path="\/" encoding="base64">([^<]+)<\/file>/g)
		];
		// Question text and general feedback of two questions; the evidence question's feedback.
		expect(embedded).toHaveLength(5);
		for (const [, name, data] of embedded) {
			expect(name).toBe('shipments-chart.png');
			expect(new Uint8Array(Buffer.from(data!, 'base64'))).toEqual(chart);
		}
		// The figure sits after the sentence it follows, the text around it unchanged.
		expect(text).toContain('<blockquote><p>The shipments grew month after month.</p><figure>');
	});

	test('QTI packages the image in media/, lists it in the manifest, shows it from the items', () => {
		const { files, notes } = exportQti(course, images);
		expect(notes).toEqual([]);
		const media = files.find((f) => f.path === 'media/shipments-chart.png');
		expect(media?.bytes).toEqual(chart);
		const manifest = files.find((f) => f.path === 'imsmanifest.xml')!.text;
		expect(manifest).toContain('<file href="media/shipments-chart.png"/>');
		const item = files.find((f) => f.path === 'items/shells-count.xml')!.text;
		expect(item).toContain('<img src="../media/shipments-chart.png" alt="Bar chart');
	});

	test('a quote that runs past a figure is marked on both sides of it', () => {
		const question = course.questions.find((q) => q.id === 'shells-count')!;
		const html = passageHtml(
			course,
			{ ...question, quote: 'after month. North Korea' },
			'after month. North Korea',
			(f) => `media/${f.image}`
		);
		expect(html).toMatch(
			/^<p>The shipments grew month <mark>after month\.<\/mark><\/p><figure>.*<\/figure><p><mark>North Korea<\/mark> has sent/
		);
	});

	test('GIFT cannot carry images: the figure is left out, with a note; so are images not given', () => {
		const gift = exportGift(course);
		expect(gift.files[0]!.text).not.toContain('<img');
		expect(gift.notes).toEqual([
			'the figure (shipments-chart.png) is left out of the question texts: GIFT cannot carry images (the Moodle XML and QTI exports embed them)'
		]);
		expect(exportMoodleXml(course).notes).toEqual([
			'the figure (shipments-chart.png) is left out of the question texts: their image files were not given to the export'
		]);
		expect(exportQti(course).files.map((f) => f.path)).not.toContain('media/shipments-chart.png');
	});
});

describe("figures' image files", () => {
	mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
	const work = mkdtempSync(path.join(ROOT, '.tmp', 'figure-files-'));
	afterAll(() => rmSync(work, { recursive: true, force: true }));
	const rel = (p: string) => path.relative(ROOT, p);

	/** The figures fixture course, with its chart replaced by `bytes`. */
	async function withChart(name: string, bytes: Uint8Array) {
		const dir = path.join(work, name);
		cpSync(path.join(ROOT, 'test', 'fixtures', 'courses', 'figures'), dir, { recursive: true });
		writeFileSync(
			path.join(dir, 'course.ts'),
			readFileSync(path.join(dir, 'course.ts'), 'utf8').replace("id: 'figures'", `id: '${name}'`)
		);
		writeFileSync(path.join(dir, 'shipments-chart.png'), bytes);
		const { source } = await loadCourse(dir);
		return { dir, source, files: fileFinder(dir) };
	}
	const pngOf = (size: number) => {
		const out = new Uint8Array(size);
		out.set(chartPng());
		return out;
	};

	test('the build copies each image once to media/, with the logo mechanism', () => {
		const dir = path.join(ROOT, 'test', 'fixtures', 'courses', 'figures');
		const media = courseMedia(
			{
				article: {
					id: 'a',
					title: 'A',
					source: 'S',
					passages: [
						{
							id: 'p',
							text: 'T.',
							figures: [
								{ image: 'shipments-chart.png', alt: 'x' },
								{ image: 'shipments-chart.png', alt: 'y' }
							]
						}
					]
				}
			},
			dir
		);
		expect([...media.keys()]).toEqual(['media/shipments-chart.png']);
		expect(media.get('media/shipments-chart.png')).toEqual(
			new Uint8Array(readFileSync(path.join(dir, 'shipments-chart.png')))
		);
	});

	test('above 200 KB a warning, above 2 MB an error, each naming the file and its size', async () => {
		const big = await withChart('big-chart', pngOf(250 * 1024));
		expect(checkCourse(big)).toEqual([]);
		expect(formatIssues(courseFileWarnings(big.source, big.files))).toBe(
			`${rel(big.dir)}/article.ts → passage "p1" → figures[0].image
  Warning: ${rel(big.dir)}/shipments-chart.png is 250 KB, more than 200 KB: every learner downloads it.
  Hint: Scale the image to the size it is shown at, and save photographs as JPEG or WebP, drawings and logos as PNG or SVG. [large-file]

${rel(big.dir)}/article.ts → passage "p2" → figures[0].image
  Warning: ${rel(big.dir)}/shipments-chart.png is 250 KB, more than 200 KB: every learner downloads it.
  Hint: Scale the image to the size it is shown at, and save photographs as JPEG or WebP, drawings and logos as PNG or SVG. [large-file]`
		);
		const huge = await withChart('huge-chart', pngOf(2 * 1024 * 1024 + 3000));
		const issues = checkCourse(huge);
		expect(issues.map((i) => i.code)).toEqual(['file-too-large', 'file-too-large']);
		expect(formatIssues(issues.slice(0, 1))).toBe(
			`${rel(huge.dir)}/article.ts → passage "p1" → figures[0].image
  ${rel(huge.dir)}/shipments-chart.png is 2.0 MB (2,100,152 bytes); a file may be at most 2.0 MB (2,097,152 bytes).
  Hint: Make it smaller: scale the image to the size it is shown at, and save photographs as JPEG or WebP, drawings and logos as PNG or SVG. [file-too-large]`
		);
	});

	test('a close name is suggested, capitals too; without files the check is skipped', async () => {
		const course = await withChart('typo', chartPng());
		expect(course.files.similar?.('Shipments-Chart.PNG', 'course')).toBe('shipments-chart.png');
		expect(course.files.similar?.('map.png', 'course')).toBe('');
		expect(course.files('shipments-chart.png', 'course')?.read?.()).toEqual(chartPng());
	});

	test('each format is told by its content', () => {
		const bytes = (...b: (number | string)[]) =>
			new Uint8Array(
				b.flatMap((x) => (typeof x === 'string' ? [...x].map((c) => c.charCodeAt(0)) : [x]))
			);
		expect(sniffImage(chartPng())).toBe('PNG');
		expect(sniffImage(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('JPEG');
		expect(sniffImage(bytes('GIF87a'))).toBe('GIF');
		expect(sniffImage(bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '))).toBe('WebP');
		expect(sniffImage(bytes('<?xml version="1.0"?>\n<!-- map -->\n<svg viewBox="0 0 1 1"/>'))).toBe(
			'SVG'
		);
		expect(sniffImage(bytes(0xef, 0xbb, 0xbf, '<svg>'))).toBe('SVG');
		expect(sniffImage(bytes('<html><svg></svg></html>'))).toBe('');
		expect(sniffImage(bytes('BM6'))).toBe('');
	});

	test('SVG: a plain drawing passes; scripts, handlers and outside files are named', () => {
		const plain =
			'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><title>Border</title><path d="M0 0h9" stroke="#000" stroke-linejoin="round"/><image href="data:image/png;base64,iVBORw0KGgo="/><a href="#p1"><text>Online map</text></a></svg>';
		expect(svgActiveContent(plain)).toBe('');
		const cases: [string, string][] = [
			['<svg><script>alert(1)</script></svg>', 'a <script> element'],
			['<svg><SCRIPT\nsrc="x.js"/></svg>', 'a <script> element'],
			['<svg><rect onclick="x()"/></svg>', 'an event handler attribute (on…=)'],
			['<svg><a href="javascript:alert(1)"><text>x</text></a></svg>', 'a javascript: link'],
			['<svg><foreignObject><div>x</div></foreignObject></svg>', 'embedded HTML (<foreignObject>)'],
			['<svg><a><set attributeName="href" to="x"/></a></svg>', 'an animation that changes a link'],
			['<!DOCTYPE svg [<!ENTITY x "y">]><svg/>', 'a DTD entity (<!ENTITY)'],
			[
				'<svg><image xlink:href="https://example.com/a.png"/></svg>',
				'a link to another file or address'
			],
			['<svg><a href="data:text/html,<b>x</b>"/></svg>', 'a link to another file or address'],
			[
				'<svg><style>rect{fill:url("//example.com/a#b")}</style></svg>',
				'a file from another address (url(…))'
			],
			['<svg><style>@import "x.css";</style></svg>', 'a style sheet from elsewhere (@import)']
		];
		for (const [svg, found] of cases) expect(svgActiveContent(svg), svg).toBe(found);
	});
});

describe('image sizes for the page', () => {
	const bytes = (...parts: (number | string)[]) =>
		new Uint8Array(
			parts.flatMap((x) => (typeof x === 'string' ? [...x].map((c) => c.charCodeAt(0)) : [x]))
		);
	const svg = (tag: string) => new TextEncoder().encode(`<?xml version="1.0"?>\n${tag}</svg>`);

	test('PNG, GIF, JPEG and WebP headers', () => {
		expect(imageSize(chartPng())).toEqual({ width: 480, height: 320 });
		expect(imageSize(chartPng(7, 3))).toEqual({ width: 7, height: 3 });
		expect(imageSize(bytes('GIF89a', 0x2c, 0x01, 0x90, 0x00))).toEqual({ width: 300, height: 144 });
		// SOI, an APP0 segment of 16 bytes, then a progressive frame (C2): 200 high, 640 wide.
		const app0 = [0xff, 0xe0, 0x00, 0x10, ...Array<number>(14).fill(0)];
		const sof2 = [0xff, 0xc2, 0x00, 0x11, 0x08, 0x00, 0xc8, 0x02, 0x80];
		expect(imageSize(bytes(0xff, 0xd8, ...app0, ...sof2, 0, 0))).toEqual({
			width: 640,
			height: 200
		});
		const riff = (chunk: string, ...rest: number[]) =>
			bytes('RIFF', 0, 0, 0, 0, 'WEBP', chunk, ...rest);
		expect(imageSize(riff('VP8 ', ...Array<number>(10).fill(0), 0x80, 0x02, 0xe0, 0x01))).toEqual({
			width: 640,
			height: 480
		});
		// VP8L: width-1 and height-1 in 14 bits each, after the 0x2f signature byte.
		expect(imageSize(riff('VP8L', 0, 0, 0, 0, 0x2f, 0x3f, 0xc0, 0x3f, 0x00))).toEqual({
			width: 64,
			height: 256
		});
		expect(imageSize(riff('VP8X', 0, 0, 0, 0, 0, 0, 0, 0, 0x7f, 0x07, 0, 0x3f, 0x04, 0))).toEqual({
			width: 1920,
			height: 1088
		});
		expect(imageSize(bytes(0x89, 'PNG'))).toBeUndefined();
	});

	test('SVG: width and height, or the viewBox, or one of them with the viewBox ratio', () => {
		expect(imageSize(svg('<svg width="160" height="48px">'))).toEqual({ width: 160, height: 48 });
		expect(imageSize(svg('<svg viewBox="0 0 400 300">'))).toEqual({ width: 400, height: 300 });
		expect(imageSize(svg("<svg width='200' viewBox='0,0,400,300'>"))).toEqual({
			width: 200,
			height: 150
		});
		expect(imageSize(svg('<svg width="100%" viewBox="0 0 40 30">'))).toEqual({
			width: 40,
			height: 30
		});
		expect(imageSize(svg('<svg width="10em" height="4em">'))).toBeUndefined();
	});

	test('the page gets each figure with its size; the source itself is left as it was', () => {
		const source: CourseSource = {
			dir: 'questions/x',
			course: {},
			article: {
				id: 'a',
				title: 'A',
				source: 'S',
				passages: [
					{ id: 'p1', text: 'T.', figures: [{ image: 'img/chart.png', alt: 'A chart.' }] },
					{ id: 'p2', text: 'U.' }
				]
			},
			banks: []
		};
		const sized = withFigureSizes(source, new Map([['media/img/chart.png', chartPng()]]));
		expect((sized.article as Article).passages).toEqual([
			{
				id: 'p1',
				text: 'T.',
				figures: [{ image: 'img/chart.png', alt: 'A chart.', width: 480, height: 320 }]
			},
			{ id: 'p2', text: 'U.' }
		]);
		expect((source.article as Article).passages[0]!.figures![0]).toEqual({
			image: 'img/chart.png',
			alt: 'A chart.'
		});
	});

	test('npm run dev measures every image of the course folder, sub-folders too', () => {
		const dir = mkdtempSync(path.join(ROOT, '.tmp', 'dev-sizes-'));
		try {
			mkdirSync(path.join(dir, 'img'));
			writeFileSync(path.join(dir, 'img', 'chart.png'), chartPng(30, 20));
			writeFileSync(path.join(dir, 'map.png'), chartPng());
			writeFileSync(path.join(dir, 'broken.png'), 'not a picture');
			writeFileSync(path.join(dir, 'notes.txt'), 'text');
			expect(Object.fromEntries(imageSizesIn(dir))).toEqual({
				'img/chart.png': { width: 30, height: 20 },
				'map.png': { width: 480, height: 320 }
			});
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
