/**
 * The bank exported for an LMS's question bank: Moodle XML, GIFT and QTI 3.0 (issue 10).
 * Text with `]]>`, `<` and `&` in every field, GIFT parsed back by a maintained parser
 * (gift-pegjs), and the command's output: deterministic bytes, plain usage errors.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { parse as parseGift, type GIFTQuestion } from 'gift-pegjs';
import { describe, expect, test } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { ROOT } from '../../scripts/lib/load-course';
import type { Course } from '../../src/lib/content/course';
import type { Question } from '../../src/lib/content/schema';
import {
	categoryPath,
	cdata,
	evidenceChoices,
	fillInAnswers,
	html,
	multipleResponsePercents
} from '../../src/lib/export/common';
import { exportGift, giftEscape, giftProblem } from '../../src/lib/export/gift';
import { exportMoodleXml } from '../../src/lib/export/moodle-xml';
import { exportQti } from '../../src/lib/export/qti';

/** Every character that breaks XML, CDATA or HTML when not escaped. */
const NASTY = 'A ]]> B < C & D';

function nastyCourse(): Course {
	const t = (label: string) => `${label} ${NASTY}`;
	const base = (id: string) => ({
		id,
		objective: 'obj',
		passage: 'p1',
		quote: `Quote ${NASTY} here`,
		difficulty: 2 as const,
		prompt: t('Prompt'),
		explanation: t('Explanation')
	});
	const outcome = { correct: t('Right'), incorrect: t('Wrong') };
	const questions: Question[] = [
		{
			...base('sc'),
			type: 'single-choice',
			choices: [
				{ id: 'a', text: t('Choice a'), correct: true, feedback: t('Feedback a') },
				{ id: 'b', text: t('Choice b'), feedback: t('Feedback b') }
			]
		},
		{
			...base('mr'),
			type: 'multiple-response',
			choices: [
				{ id: 'a', text: t('Choice a'), correct: true, feedback: t('Feedback a') },
				{ id: 'b', text: t('Choice b'), correct: true, feedback: t('Feedback b') },
				{ id: 'c', text: t('Choice c'), correct: true, feedback: t('Feedback c') },
				{ id: 'd', text: t('Choice d'), feedback: t('Feedback d') }
			]
		},
		{
			...base('tf'),
			type: 'true-false',
			answer: false,
			feedback: { true: t('Said true'), false: t('Said false') }
		},
		{
			...base('fi'),
			type: 'fill-in',
			answers: [t('Answer')],
			feedback: outcome,
			anticipated: [{ answer: t('Near'), feedback: t('Near feedback') }]
		},
		{
			...base('nu'),
			type: 'numeric',
			answer: 70,
			tolerance: 0.5,
			unit: t('Unit'),
			feedback: outcome
		},
		{
			...base('ma'),
			type: 'matching',
			premises: [
				{ id: 'p', text: t('Premise p'), match: 'x' },
				{ id: 'q', text: t('Premise q'), match: 'y' }
			],
			targets: [
				{ id: 'x', text: t('Target x') },
				{ id: 'y', text: t('Target y') },
				{ id: 'z', text: t('Target z') }
			],
			feedback: outcome
		},
		{
			...base('or'),
			type: 'ordering',
			items: ['1', '2', '3'].map((i) => ({ id: `i${i}`, text: t(`Item ${i}`) })),
			feedback: outcome
		},
		{ ...base('ev'), type: 'evidence', feedback: outcome }
	];
	return {
		id: 'nasty',
		title: t('Course'),
		description: t('Description'),
		masteryScore: 70,
		objectives: [{ id: 'obj', title: t('Objective/with slash'), passages: ['p1'] }],
		article: {
			id: 'art',
			title: t('Article'),
			source: t('Source'),
			passages: [{ id: 'p1', text: `First ${NASTY} one. Quote ${NASTY} here. Last one.` }]
		},
		questions
	};
}

/** The text of every `<text>` element, as an XML parser reads it (xmllint's canonical form). */
async function texts(xmlText: string): Promise<string[]> {
	const result = await validateXML({
		xml: { fileName: 'quiz.xml', contents: xmlText },
		normalization: 'c14n'
	});
	expect(result.errors).toEqual([]);
	return [...result.normalized.matchAll(/<text>([\s\S]*?)<\/text>/g)].map((m) =>
		m[1]!
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&#xD;/g, '\r')
			.replace(/&amp;/g, '&')
	);
}

describe('Moodle XML', () => {
	test('CDATA: `]]>` is split across two sections and reads back whole', () => {
		expect(cdata('a]]>b')).toBe('<![CDATA[a]]]]><![CDATA[>b]]>');
	});

	test('`]]>`, `<` and `&` in every field: well-formed, and each field reads back as written', async () => {
		const course = nastyCourse();
		const all = await texts(exportMoodleXml(course).files[0]!.text);
		const h = html(NASTY);
		expect(h).toBe('A ]]&gt; B &lt; C &amp; D');
		// HTML fields hold the text HTML-escaped; plain fields (names, match answers, typed
		// answers, tags, categories) hold it as written.
		for (const label of [
			'Choice a',
			'Feedback a',
			'Choice d',
			'Feedback d',
			'Said true',
			'Right',
			'Wrong'
		])
			expect(
				all.some((x) => x.includes(`${label} ${h}`)),
				label
			).toBe(true);
		expect(all.filter((x) => x.includes(`<p>Prompt ${h}</p>`))).toHaveLength(
			course.questions.length
		);
		expect(all.filter((x) => x.includes(`<p>Explanation ${h}</p>`))).toHaveLength(
			course.questions.length
		);
		expect(all.filter((x) => x.includes(`<mark>Quote ${h} here</mark>`))).toHaveLength(
			course.questions.length
		);
		expect(all).toContain(`Prompt ${NASTY}`); // the name
		expect(all).toContain(`Target z ${NASTY}`); // a distractor target
		expect(all).toContain(`Answer ${NASTY}`); // a typed answer
		expect(all).toContain(`Near ${NASTY}`);
		expect(all).toContain(`$course$/top/Course ${NASTY}/Objective//with slash ${NASTY}`);
	});

	test('the stem shows the passage without marking the quote; the general feedback marks it', () => {
		const text = exportMoodleXml(nastyCourse()).files[0]!.text;
		const stems = [...text.matchAll(/<questiontext format="html">\s*<text>([\s\S]*?)<\/text>/g)];
		expect(stems).toHaveLength(8);
		for (const [, stem] of stems) expect(stem).not.toContain('<mark>');
	});

	test('types, fractions, tags, idnumbers and shuffling of the fixture with every type', async () => {
		const text = exportMoodleXml(nastyCourse()).files[0]!.text;
		const types = [...text.matchAll(/<question type="([a-z]+)">/g)].map((m) => m[1]);
		expect(types).toEqual([
			'category',
			'category',
			'multichoice',
			'multichoice',
			'truefalse',
			'shortanswer',
			'numerical',
			'matching',
			'ordering',
			'multichoice'
		]);
		expect([...text.matchAll(/<idnumber>([^<]*)<\/idnumber>/g)].map((m) => m[1])).toEqual([
			'sc',
			'mr',
			'tf',
			'fi',
			'nu',
			'ma',
			'or',
			'ev'
		]);
		const mr = text.slice(text.indexOf('<idnumber>mr<'), text.indexOf('<idnumber>tf<'));
		expect([...mr.matchAll(/fraction="([^"]+)"/g)].map((m) => m[1])).toEqual([
			'33.33333',
			'33.33333',
			'33.33333',
			'-33.33333'
		]);
		expect(mr).toContain('<single>false</single>');
		expect(mr).toContain('<shuffleanswers>true</shuffleanswers>');
		const ev = text.slice(text.indexOf('<idnumber>ev<'));
		expect(ev).toContain('<shuffleanswers>false</shuffleanswers>');
		expect([...ev.matchAll(/fraction="([^"]+)"/g)].map((m) => m[1])).toEqual(['0', '100', '0']);
		const fi = text.slice(text.indexOf('<idnumber>fi<'), text.indexOf('<idnumber>nu<'));
		expect(fi).toContain('<usecase>0</usecase>');
		expect([...fi.matchAll(/fraction="([^"]+)"/g)].map((m) => m[1])).toEqual([
			'100',
			'100',
			'0',
			'0',
			'0'
		]);
		const nu = text.slice(text.indexOf('<idnumber>nu<'), text.indexOf('<idnumber>ma<'));
		expect(nu).toContain('<tolerance>0.5</tolerance>');
		const ma = text.slice(text.indexOf('<idnumber>ma<'), text.indexOf('<idnumber>or<'));
		expect(ma.match(/<subquestion /g)).toHaveLength(3);
		expect(ma).toContain('<subquestion format="html">\n      <text><![CDATA[]]></text>');
		const or = text.slice(text.indexOf('<idnumber>or<'), text.indexOf('<idnumber>ev<'));
		expect(or).toContain('<gradingtype>LONGEST_ORDERED_SUBSET</gradingtype>');
		expect(text.match(/<tag><text><!\[CDATA\[difficulty-2\]\]><\/text><\/tag>/g)).toHaveLength(8);
		expect(text.match(/<tag><text><!\[CDATA\[objective-obj\]\]><\/text><\/tag>/g)).toHaveLength(8);
	});

	test('a fixed choice keeps its place: the question is not shuffled', () => {
		const course = nastyCourse();
		const sc = course.questions[0] as Extract<Question, { type: 'single-choice' }>;
		sc.choices.unshift({ id: 'none', text: 'None of these', fixed: true, feedback: 'No.' });
		const text = exportMoodleXml(course).files[0]!.text;
		const part = text.slice(text.indexOf('<idnumber>sc<'), text.indexOf('<idnumber>mr<'));
		expect(part).toContain('<shuffleanswers>false</shuffleanswers>');
		expect(part.lastIndexOf('None of these')).toBeGreaterThan(part.lastIndexOf('Choice b'));
	});

	test('multiple response with more right choices than Moodle can split 100 % into is left out', () => {
		const course = nastyCourse();
		const mr = course.questions[1] as Extract<Question, { type: 'multiple-response' }>;
		mr.choices = Array.from({ length: 12 }, (_, i) => ({
			id: `c${i}`,
			text: `C${i}`,
			correct: i < 11,
			feedback: 'F'
		}));
		const result = exportMoodleXml(course);
		expect(result.questions).toBe(7);
		expect(result.skipped).toEqual([
			{
				id: 'mr',
				type: 'multiple-response',
				reason:
					'11 right choices: Moodle grades cannot split 100 % into 11 equal parts (at most 10)'
			}
		]);
	});
});

describe('GIFT', () => {
	test('escapes ~ = # { } : and backslash', () => {
		expect(giftEscape('a~b=c#d{e}f:g\\h\ni')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni');
	});

	test('ordering is left out with its reason; the rest is written', () => {
		const result = exportGift(nastyCourse());
		expect(result.questions).toBe(7);
		expect(result.skipped).toEqual([
			{
				id: 'or',
				type: 'ordering',
				reason: 'GIFT has no ordering question: use the Moodle XML file (Moodle 4.4 or later)'
			}
		]);
	});

	/** What gift-pegjs reads back, reduced to what the export must carry. */
	function summary(q: GIFTQuestion) {
		if (q.type === 'Category' || q.type === 'Description' || q.type === 'Essay') return q;
		const base = {
			id: q.id,
			tags: q.tags,
			title: q.title,
			stem: q.stem.text,
			general: q.globalFeedback?.text
		};
		switch (q.type) {
			case 'MC':
			case 'Short':
				return {
					...base,
					type: q.type,
					choices: q.choices.map((c) => [c.isCorrect, c.weight, c.text.text, c.feedback?.text])
				};
			case 'TF':
				return {
					...base,
					type: q.type,
					isTrue: q.isTrue,
					feedback: [q.trueFeedback?.text, q.falseFeedback?.text]
				};
			case 'Numerical':
				return { ...base, type: q.type, choices: q.choices };
			case 'Matching':
				return {
					...base,
					type: q.type,
					pairs: q.matchPairs.map((p) => [p.subquestion.text, p.subanswer])
				};
		}
	}

	/** What the export should say, in the same shape. */
	function expected(course: Course, q: Question) {
		const passage = course.article.passages[0]!.text;
		const at = passage.indexOf(q.quote);
		const stem =
			q.type === 'evidence'
				? `<p>${html(q.prompt)}</p>`
				: `<blockquote><p>${html(passage)}</p></blockquote><p>${html(q.prompt)}</p>`;
		const general = `<p>${html(q.explanation)}</p><blockquote><p>${html(passage.slice(0, at))}<mark>${html(q.quote)}</mark>${html(passage.slice(at + q.quote.length))}</p></blockquote>`;
		const name = q.prompt.replace(/\s+/g, ' ').trim();
		const base = {
			id: q.id,
			tags: [`difficulty-${q.difficulty}`, `objective-${q.objective}`],
			stem,
			general
		};
		const trim = (s: string) => s.trim();
		switch (q.type) {
			case 'single-choice':
				return {
					...base,
					type: 'MC',
					choices: q.choices.map((c) => [
						c.correct === true,
						null,
						trim(html(c.text)),
						trim(html(c.feedback))
					])
				};
			case 'multiple-response': {
				const percents = multipleResponsePercents(q);
				return {
					...base,
					type: 'MC',
					choices: q.choices.map((c, i) => [
						false,
						percents[i],
						trim(html(c.text)),
						trim(html(c.feedback))
					])
				};
			}
			case 'true-false':
				return {
					...base,
					type: 'TF',
					isTrue: q.answer,
					// The feedback for a wrong answer, then for a right one.
					feedback: q.answer
						? [html(q.feedback.false), html(q.feedback.true)]
						: [html(q.feedback.true), html(q.feedback.false)]
				};
			case 'fill-in':
				return { ...base, type: 'Short', answers: fillInAnswers(q) };
			case 'evidence':
				return {
					...base,
					type: 'MC',
					choices: evidenceChoices(course, q).map((c) => [
						c.correct,
						null,
						html(c.text),
						html(c.feedback)
					])
				};
			default:
				return { ...base, type: q.type, name };
		}
	}

	const word = fc.stringMatching(/^[A-Za-z][A-Za-z ~=#{}:\\<>&"'*\]%-]{0,20}[A-Za-z.]$/);

	test('generated banks parse back with gift-pegjs: same types, answers and feedback', () => {
		fc.assert(
			fc.property(
				fc.record({
					prompt: word,
					explanation: word,
					choices: fc.array(fc.record({ text: word, feedback: word }), {
						minLength: 2,
						maxLength: 5
					}),
					right: fc.nat(),
					answer: fc.boolean(),
					typed: word
				}),
				(g) => {
					const course = nastyCourse();
					for (const q of course.questions) {
						q.prompt = g.prompt;
						q.explanation = g.explanation;
						q.quote = 'Last one.';
					}
					const sc = course.questions[0] as Extract<Question, { type: 'single-choice' }>;
					sc.choices = g.choices.map((c, i) => ({
						id: `c${i}`,
						...c,
						correct: i === g.right % g.choices.length
					}));
					const mr = course.questions[1] as Extract<Question, { type: 'multiple-response' }>;
					mr.choices = g.choices.map((c, i) => ({
						id: `c${i}`,
						...c,
						correct: i <= g.right % g.choices.length
					}));
					if (mr.choices.every((c) => c.correct))
						mr.choices[mr.choices.length - 1]!.correct = false;
					(course.questions[2] as Extract<Question, { type: 'true-false' }>).answer = g.answer;
					(course.questions[3] as Extract<Question, { type: 'fill-in' }>).answers = [g.typed];
					const result = exportGift(course);
					const gift = result.files[0]!.text;
					const parsed = parseGift(gift).filter((q) => q.type !== 'Category');
					// What GIFT cannot hold (ordering; a typed answer with "->", which GIFT reads
					// as a matching pair) is left out and listed, never written wrong.
					const written = course.questions.filter((q) => giftProblem(q) === null);
					expect(result.skipped.map((x) => x.id)).toEqual(
						course.questions.filter((q) => giftProblem(q) !== null).map((q) => q.id)
					);
					if (g.typed.includes('->'))
						expect(result.skipped.map((x) => x.id)).toContain(course.questions[3]!.id);
					expect(parsed).toHaveLength(written.length);
					for (const [i, q] of written.entries()) {
						const want = expected(course, q) as Record<string, unknown>;
						const got = summary(parsed[i]!) as Record<string, unknown>;
						expect(got.id).toBe(want.id);
						expect(got.tags).toEqual(want.tags);
						expect(got.stem).toBe(want.stem);
						expect(got.general).toBe(want.general);
						if (want.type === 'MC' || want.type === 'TF') expect(got).toMatchObject(want);
						if (q.type === 'fill-in') {
							const choices = got.choices as [boolean, number, string, string][];
							expect(choices.filter((c) => c[1] === 100).map((c) => c[2])).toEqual(
								fillInAnswers(q).map((a) => a.replace(/\*/g, '\\*').trim())
							);
							expect(choices.at(-1)).toEqual([true, 0, '*', html(q.feedback.incorrect)]);
						}
						if (q.type === 'numeric') {
							expect(got.type).toBe('Numerical');
							expect((got.choices as { text: unknown }[])[0]!.text).toEqual({
								type: 'range',
								number: 70,
								range: 0.5
							});
						}
						if (q.type === 'matching') {
							expect(got.type).toBe('Matching');
							expect(got.pairs).toEqual([
								[html(q.premises[0]!.text), q.targets[0]!.text],
								[html(q.premises[1]!.text), q.targets[1]!.text],
								['', q.targets[2]!.text]
							]);
						}
					}
				}
			),
			{ numRuns: 60 }
		);
	});

	test('categories: one per course and per objective', () => {
		const course = nastyCourse();
		const gift = exportGift(course).files[0]!.text;
		const categories = parseGift(gift).filter((q) => q.type === 'Category');
		expect(categories.map((c) => c.title)).toEqual([
			categoryPath(course),
			categoryPath(course, course.objectives[0])
		]);
	});
});

describe('QTI 3.0', () => {
	test('a package: manifest, one item per question, a test; every file well-formed', async () => {
		const result = exportQti(nastyCourse());
		expect(result.files.map((f) => f.path)).toEqual([
			'imsmanifest.xml',
			'items/ev.xml',
			'items/fi.xml',
			'items/ma.xml',
			'items/mr.xml',
			'items/nu.xml',
			'items/or.xml',
			'items/sc.xml',
			'items/tf.xml',
			'tests/nasty.xml'
		]);
		for (const file of result.files) {
			const check = await validateXML({
				xml: { fileName: 'x.xml', contents: file.text },
				normalization: 'c14n'
			});
			expect(check.errors, file.path).toEqual([]);
		}
		const manifest = result.files[0]!.text;
		for (const file of result.files.slice(1))
			expect(manifest).toContain(`<file href="${file.path}"/>`);
		const interactions = result.files
			.filter((f) => f.path.startsWith('items/'))
			.map((f) => [f.path, /<qti-([a-z-]+)-interaction /.exec(f.text)![1]]);
		expect(Object.fromEntries(interactions)).toEqual({
			'items/ev.xml': 'choice',
			'items/fi.xml': 'text-entry',
			'items/ma.xml': 'match',
			'items/mr.xml': 'choice',
			'items/nu.xml': 'text-entry',
			'items/or.xml': 'order',
			'items/sc.xml': 'choice',
			'items/tf.xml': 'choice'
		});
	});

	const XSD_DIR = process.env.READBACK_QTI_XSD ?? path.resolve(ROOT, '../shared/qti-xsd');
	const haveXsd = existsSync(path.join(XSD_DIR, 'imsqti_asiv3p0_v1p0.xsd'));
	if (!haveXsd)
		console.warn(
			`skipped: QTI 3.0 XSDs not found (looked for imsqti_asiv3p0_v1p0.xsd in ${XSD_DIR})`
		);

	test.skipIf(!haveXsd)('every item and the test validate against the QTI 3.0 XSD', async () => {
		const read = (fileName: string) => ({
			fileName,
			contents: readFileSync(path.join(XSD_DIR, fileName), 'utf8')
		});
		const others = readdirSync(XSD_DIR).filter(
			(f) => f.endsWith('.xsd') && f !== 'imsqti_asiv3p0_v1p0.xsd'
		);
		for (const file of exportQti(nastyCourse()).files.filter((f) => f.path !== 'imsmanifest.xml')) {
			const result = await validateXML({
				xml: [{ fileName: 'item.xml', contents: file.text }],
				schema: [read('imsqti_asiv3p0_v1p0.xsd')],
				preload: others.map(read)
			});
			expect(result.errors, file.path).toEqual([]);
		}
	});
});

describe('npm run export', () => {
	const tsx = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
	const run = (...args: string[]) =>
		spawnSync(process.execPath, [tsx, 'scripts/export.ts', ...args], {
			cwd: ROOT,
			encoding: 'utf8',
			timeout: 120_000
		});

	test('the seed course: three files, their sizes and question counts; twice the same bytes', () => {
		const outs = [0, 1].map(() => mkdtempSync(path.join(os.tmpdir(), 'readback-export-')));
		try {
			const results = outs.map((out) => run('--course', 'north-korea-russia', '--out', out));
			for (const result of results) expect(result.status, result.stderr).toBe(0);
			const lines = results[0]!.stdout.trim().split('\n');
			expect(lines).toHaveLength(3);
			expect(lines[0]).toMatch(/north-korea-russia-moodle\.xml {2}[\d.]+ KB {2}\(\d+ questions\)$/);
			expect(lines[1]).toMatch(/north-korea-russia-gift\.txt {2}[\d.]+ KB {2}\(\d+ questions\)$/);
			expect(lines[2]).toMatch(/north-korea-russia-qti\.zip {2}[\d.]+ KB {2}\(\d+ questions\)$/);
			// Ordering questions are not GIFT: each is named on stderr.
			for (const line of results[0]!.stderr.trimEnd().split('\n'))
				expect(line).toMatch(
					/^ {2}left out of north-korea-russia-gift\.txt: [a-z0-9-]+ \(ordering\): GIFT has no ordering question/
				);
			const files = readdirSync(outs[0]!).sort();
			expect(files).toEqual([
				'north-korea-russia-gift.txt',
				'north-korea-russia-moodle.xml',
				'north-korea-russia-qti.zip'
			]);
			for (const file of files)
				expect(
					readFileSync(path.join(outs[1]!, file)).equals(readFileSync(path.join(outs[0]!, file))),
					file
				).toBe(true);
			const zip = unzipSync(
				new Uint8Array(readFileSync(path.join(outs[0]!, 'north-korea-russia-qti.zip')))
			);
			expect(Object.keys(zip)).toContain('imsmanifest.xml');
			expect(Object.keys(zip)).toContain('tests/north-korea-russia.xml');
		} finally {
			for (const out of outs) rmSync(out, { recursive: true, force: true });
		}
	});

	test('--format writes one file; --help prints the usage', () => {
		const out = mkdtempSync(path.join(os.tmpdir(), 'readback-export-'));
		try {
			const result = run('--course', 'north-korea-russia', '--format', 'gift', '--out', out);
			expect(result.status).toBe(0);
			expect(readdirSync(out)).toEqual(['north-korea-russia-gift.txt']);
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
		const help = run('--help');
		expect(help.status).toBe(0);
		expect(help.stdout).toContain(
			'Usage: npm run export -- [--course <id>] [--format moodle-xml|gift|qti]'
		);
	});

	test('usage mistakes: a plain message and exit code 2', () => {
		const format = run('--format', 'docx');
		expect(format.status).toBe(2);
		expect(format.stderr.trim()).toBe(
			'Unknown format "docx": use moodle-xml, gift or qti (or leave --format out for all three).'
		);
		const course = run('--course', 'nope');
		expect(course.status).toBe(2);
		expect(course.stderr.trim()).toMatch(
			/^No course "nope" in .*questions\. Courses: north-korea-russia\.$/
		);
		const option = run('--fromat', 'gift');
		expect(option.status).toBe(2);
		expect(option.stderr).toMatch(/^Unknown option "--fromat"\./);
	});
});
