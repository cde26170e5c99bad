/**
 * `npm run new`: an article file (test/fixtures/articles/) becomes a course folder that
 * validates at once; the text is kept as written; refusals are plain, pinned messages.
 */
import { execFile } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkCourse } from '../../src/lib/content/check';
import type { ContentIssue } from '../../src/lib/content/errors';
import { formatIssues } from '../../src/lib/content/errors';
import { questionSchema } from '../../src/lib/content/schema';
import {
	parseArticle,
	scaffoldCourse,
	ScaffoldError,
	tsString,
	type ParsedArticle
} from '../../scripts/lib/scaffold';
import { checkCourseDir, UsageError } from '../../scripts/lib/validate-all';
import { createCourse, isError, parseArgs, USAGE } from '../../scripts/new';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/articles');
const TMP = path.join(ROOT, '.tmp', 'new-course-test', String(process.pid));
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const SHARED_ARTICLE = path.resolve(ROOT, '../shared/article/north-korea-russia.txt');
const haveShared = existsSync(SHARED_ARTICLE);
const TYPES = questionSchema.options.map((o) => o.shape.type.value);
const run = promisify(execFile);

const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const rel = (file: string) => path.relative(ROOT, file);

/** A fresh, empty questions folder under .tmp/ for one test. */
function questionsDir(name: string): string {
	const dir = path.join(TMP, name, 'questions');
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	return dir;
}

const errorsOf = (issues: ContentIssue[]) => issues.filter(isError);

async function thrown(promise: Promise<unknown> | (() => unknown)): Promise<Error> {
	try {
		await (typeof promise === 'function' ? promise() : promise);
	} catch (error) {
		return error as Error;
	}
	throw new Error('expected an error');
}

/** The command as an author runs it, from the project root. */
async function command(...args: string[]) {
	try {
		const { stdout, stderr } = await run(process.execPath, [TSX, 'scripts/new.ts', ...args], {
			cwd: ROOT,
			env: { ...process.env, INIT_CWD: ROOT }
		});
		return { code: 0, stdout, stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: e.stdout, stderr: e.stderr };
	}
}

describe('reading an article file', () => {
	test('Windows line endings: the same article as with plain line endings', () => {
		const raw = fixture('windows.txt');
		expect(raw).toContain('\r\n');
		expect(parseArticle(raw)).toEqual(parseArticle(raw.replace(/\r\n/g, '\n')));
		expect(parseArticle(raw)).toEqual({
			title: 'How the River Changed the Town',
			paragraphs: [
				'For two centuries the river set the rhythm of the town. Barges carried grain downstream every autumn, and the mills along the bank ground it into flour for the markets of the coast.',
				'The railway arrived in 1871 and the barges slowly disappeared. Within thirty years the mills had closed, and the quays were used for storage.',
				'Today the old towpath is a cycling route. Visitors come to see the restored lock, which still opens twice a day in summer.'
			]
		});
	});

	test('a byte-order mark is dropped; without blank lines, one paragraph per line', () => {
		const bytes = readFileSync(path.join(FIXTURES, 'bom.txt'));
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const article = parseArticle(bytes.toString('utf8'));
		expect(article.title).toBe('Bees in the City');
		expect(article.paragraphs).toHaveLength(3);
		expect(article.paragraphs[0]).toBe(
			'Urban beekeeping has grown quickly in the last decade. Rooftop hives now sit above offices, schools and hotels.'
		);
	});

	test('curly quotes, dashes, non-breaking spaces, an ellipsis and a backslash are kept', () => {
		const raw = fixture('typography.txt');
		const lines = raw.split('\n').filter(Boolean);
		const article = parseArticle(raw);
		expect(article).toEqual({ title: 'The Printer’s Apprentice', paragraphs: lines.slice(1) });
		expect(article.paragraphs[1]).toContain('“10\u00a0000\u00a0copies”');
		expect(article.paragraphs[0]).toContain('printer – and');
		expect(article.paragraphs[0]).toContain('— mirror‑written —');
		expect(article.paragraphs[1]).toContain('C:\\type\\cases');
	});

	test('Markdown: the "# " heading is the title, wrapped lines are joined with one space', () => {
		const article = parseArticle(fixture('heading.md'), { format: 'markdown' });
		expect(article.title).toBe('Night Trains Return to Europe');
		expect(article.paragraphs).toHaveLength(3);
		expect(article.paragraphs[0]).toBe(
			'After years of decline, overnight trains are running again between several European capitals. Operators say demand is strongest on routes of 800 to 1,500 kilometres, where a sleeper beats an early flight.'
		);
		expect(article.paragraphs[2]).toContain('Vienna–Paris route');
	});

	test('--title: a plain first line becomes the first paragraph; a heading is replaced', () => {
		const text = parseArticle('First line.\nSecond line.\n', { title: 'Given' });
		expect(text).toEqual({ title: 'Given', paragraphs: ['First line.', 'Second line.'] });
		const md = parseArticle('# Heading\n\nBody.\n', { format: 'markdown', title: 'Given' });
		expect(md).toEqual({ title: 'Given', paragraphs: ['Body.'] });
	});

	test('spaces and tabs at the ends of lines go; a non-breaking space there stays', () => {
		expect(parseArticle('  Title \t\n\n\tOne\u00a0\n  two  \n\nThree\n').paragraphs).toEqual([
			'One\u00a0 two',
			'Three'
		]);
	});

	test('a control character is refused with its line', () => {
		expect(() => parseArticle('Title\nFine.\nA bell\u0007 here.\n', { name: 'bell.txt' })).toThrow(
			new ScaffoldError(
				'bell.txt has a control character (U+0007) on line 3: remove it and try again.'
			)
		);
	});

	test('string literals give the text back (quotes, backslashes, line breaks)', () => {
		expect(tsString("Russia's")).toBe(`"Russia's"`);
		expect(tsString('say "no"')).toBe(`'say "no"'`);
		expect(tsString(`it's "both"`)).toBe(`'it\\'s "both"'`);
		expect(tsString('C:\\type\n\u2028')).toBe(`'C:\\\\type\\n\\u2028'`);
		expect(tsString('“10\u00a0000”')).toBe("'“10\u00a0000”'");
	});
});

const CASES: [file: string, id: string][] = [
	['windows.txt', 'river-town'],
	['bom.txt', 'city-bees'],
	['one-paragraph.txt', 'crossing-letter'],
	['sixty-paragraphs.txt', 'village-chronicle'],
	['heading.md', 'night-trains'],
	['typography.txt', 'printers-apprentice']
];

// Each test spawns or loads TypeScript: generous time for a loaded machine.
describe('the course it writes', { timeout: 120_000 }, () => {
	test.each(CASES)('%s: validates with zero errors at once', async (file, id) => {
		const questions = questionsDir(id);
		const created = await createCourse(
			{ id, article: `test/fixtures/articles/${file}`, questions: rel(questions) },
			ROOT
		);
		expect(created.dir).toBe(path.join(questions, id));
		expect(readdirSync(created.dir).sort()).toEqual(['article.ts', 'bank-starter.ts', 'course.ts']);

		const { issues, source } = await checkCourseDir(created.dir);
		expect(formatIssues(errorsOf(issues))).toBe('');
		const expected: ParsedArticle = parseArticle(fixture(file), {
			format: file.endsWith('.md') ? 'markdown' : 'text'
		});
		const article = source.article as { title: string; passages: { id: string; text: string }[] };
		expect(article.title).toBe(expected.title);
		expect(article.passages.map((p) => p.text)).toEqual(expected.paragraphs);
		expect(article.passages.map((p) => p.id)).toEqual(
			expected.paragraphs.map((_, i) => `p${i + 1}`)
		);

		// One objective per two paragraphs, each with a question; one example of every type.
		const course = source.course as {
			id: string;
			masteryScore: number;
			objectives: { id: string }[];
		};
		expect(course.id).toBe(id);
		expect(course.masteryScore).toBe(70);
		expect(course.objectives).toHaveLength(Math.ceil(expected.paragraphs.length / 2));
		const questionsWritten = source.banks.flatMap(
			(b) => b.questions as { id: string; objective: string }[]
		);
		for (const objective of course.objectives)
			expect(
				questionsWritten.some((q) => q.objective === objective.id),
				objective.id
			).toBe(true);
		for (const type of TYPES)
			expect(
				questionsWritten.some(
					(q) => q.id === `example-${type}` || q.id === `example-${type}-stand-in`
				),
				type
			).toBe(true);
	});

	test('60 paragraphs: 60 passages, 30 objectives, a question for each', async () => {
		const questions = questionsDir('sixty');
		const created = await createCourse(
			{
				id: 'sixty',
				article: 'test/fixtures/articles/sixty-paragraphs.txt',
				questions: rel(questions)
			},
			ROOT
		);
		expect([created.article.paragraphs.length, created.objectives, created.questions]).toEqual([
			60, 30, 30
		]);
		const course = readFileSync(path.join(created.dir, 'course.ts'), 'utf8');
		expect(course).toContain(
			"\t\t{\n\t\t\tid: 'paragraphs-59-60',\n\t\t\ttitle: 'TODO: what the learner can do after reading paragraphs 59 and 60',\n\t\t\tpassages: ['p59', 'p60']\n\t\t}"
		);
	});

	test('the text is written as itself: curly quotes and non-breaking spaces, not escapes', async () => {
		const questions = questionsDir('typography');
		const created = await createCourse(
			{
				id: 'typography',
				article: 'test/fixtures/articles/typography.txt',
				questions: rel(questions)
			},
			ROOT
		);
		const written = readFileSync(path.join(created.dir, 'article.ts'), 'utf8');
		expect(written).toContain('“10\u00a0000\u00a0copies”');
		expect(written).toContain("title: 'The Printer’s Apprentice'");
		expect(written).toContain(
			"import { defineArticle } from '../../../../../../questions/define';"
		);
	});

	test('an article without numbers or long paragraphs: other types stand in, and say why', async () => {
		const { questions, files } = scaffoldCourse({
			id: 'letter',
			fileName: 'one-paragraph.txt',
			article: parseArticle(fixture('one-paragraph.txt'))
		});
		expect(questions.map((q) => q.question.id)).toEqual([
			'example-single-choice',
			'example-multiple-response',
			'example-true-false',
			'example-fill-in',
			'example-numeric-stand-in',
			'example-matching',
			'example-ordering-stand-in',
			'example-evidence-stand-in'
		]);
		const bank = files['bank-starter.ts'];
		expect(bank).toContain(
			'\t// No numeric example: the article has no number written in digits.\n\t// This fill-in question stands in for it.\n'
		);
		expect(bank).toContain(
			'\t// No evidence example: no paragraph has between 3 and 36 sentences.\n'
		);
	});

	test('the examples quote the article word for word, evidence in a paragraph of 3+ sentences', () => {
		const parsed = parseArticle(fixture('windows.txt'));
		const { questions, article } = scaffoldCourse({
			id: 'river',
			fileName: 'windows.txt',
			article: parsed
		});
		for (const { question } of questions) {
			const passage = article.passages.find((p) => p.id === question.passage)!;
			expect(passage.text, question.id).toContain(question.quote);
		}
		expect(questions.find((q) => q.question.type === 'evidence')).toBeUndefined();
		const three = scaffoldCourse({
			id: 'bees',
			fileName: 'typography.txt',
			article: parseArticle(fixture('typography.txt'))
		});
		const evidence = three.questions.find((q) => q.question.type === 'evidence')!.question;
		expect(evidence.passage).toBe('p3');
	});

	test('the files type-check as questions/ does (npm run check:content)', async () => {
		const questions = questionsDir('types');
		copyFileSync(
			path.join(ROOT, 'questions', 'tsconfig.json'),
			path.join(questions, 'tsconfig.json')
		);
		writeFileSync(
			path.join(questions, 'define.ts'),
			`export * from ${JSON.stringify(path.join(ROOT, 'questions', 'define.ts'))};\n`
		);
		for (const [file, id] of [
			['heading.md', 'night-trains'],
			['one-paragraph.txt', 'crossing-letter']
		] as const)
			await createCourse(
				{ id, article: `test/fixtures/articles/${file}`, questions: rel(questions) },
				ROOT
			);
		const bank = readFileSync(path.join(questions, 'night-trains', 'bank-starter.ts'), 'utf8');
		expect(bank).toContain("import { defineBank } from '../define';");
		expect(bank).toContain('export default defineBank<typeof article, typeof course>([');
		const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
		const result = await run(process.execPath, [tsc, '-p', '.'], { cwd: questions }).catch(
			(error: { stdout: string }) => error
		);
		expect(result.stdout).toBe('');
	});

	test.skipIf(!haveShared)('the seed article gives the seed course its passages', async () => {
		const seed = (await import('../../questions/north-korea-russia/article')).default;
		const questions = questionsDir('shared');
		const created = await createCourse(
			{ id: 'seed-copy', article: rel(SHARED_ARTICLE), questions: rel(questions) },
			ROOT
		);
		expect(created.article).toEqual({
			title: seed.title,
			paragraphs: seed.passages.map((p) => p.text)
		});
	});
});

describe('any article', () => {
	const word = fc.oneof(
		fc.constantFrom(
			'Russia’s',
			'“quoted”',
			'—',
			'–',
			'Dr.',
			'U.S.',
			'e.g.',
			'1,000',
			'2.5',
			'2019',
			'10',
			'The',
			'and',
			'“Yes,”',
			'(see',
			'below)',
			'naïve',
			'Zürich',
			'日本語',
			'😀',
			'a',
			'I',
			'C:\\x'
		),
		fc.stringMatching(/^[A-Za-z]{1,14}$/),
		fc
			.string({ unit: 'grapheme', minLength: 1, maxLength: 6 })
			.filter((w) => !/[\s\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(w))
	);
	const sentence = fc
		.tuple(fc.array(word, { minLength: 1, maxLength: 14 }), fc.constantFrom('.', '!', '?', '', '…'))
		.map(([words, stop]) => words.join(' ') + stop);
	const paragraph = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((s) => s.join(' '));

	test('gives a course that validates with zero errors', { timeout: 30_000 }, () => {
		fc.assert(
			fc.property(
				sentence,
				fc.array(paragraph, { minLength: 1, maxLength: 9 }),
				fc.constantFrom('\n', '\n\n', '\r\n\r\n'),
				(title, paragraphs, gap) => {
					const raw = [title, ...paragraphs].join(gap);
					const parsed = parseArticle(raw);
					const { course, article, questions } = scaffoldCourse({
						id: 'any',
						fileName: 'any.txt',
						article: parsed
					});
					expect(article.passages.map((p) => p.text)).toEqual(paragraphs);
					const issues = checkCourse({
						source: {
							dir: 'questions/any',
							course,
							article,
							banks: [
								{
									file: 'questions/any/bank-starter.ts',
									questions: questions.map((q) => q.question)
								}
							]
						}
					});
					expect(formatIssues(errorsOf(issues))).toBe('');
				}
			),
			{ numRuns: 150 }
		);
	});
});

// Each test spawns or loads TypeScript: generous time for a loaded machine.
describe('refusals', { timeout: 120_000 }, () => {
	test('an id that is not lower-kebab, with the slug to use', () => {
		const error = (() => {
			try {
				parseArgs(['My Course', '--article', 'a.txt']);
			} catch (e) {
				return e as Error;
			}
		})();
		expect(error).toBeInstanceOf(UsageError);
		expect(error?.message).toBe(
			'"My Course" is not a course id. A course id uses lower-case letters, digits and single hyphens, at most 64 characters: try "my-course".'
		);
	});

	test.each([
		[
			['x', '--article', 'a.txt', '--frobnicate'],
			'Unknown option --frobnicate. Run `npm run new -- --help` for the options.'
		],
		[['--article', 'a.txt'], 'Name the new course: npm run new -- <course-id> --article <file>.'],
		[['x'], 'Give the article file: npm run new -- x --article <file.txt|file.md>.'],
		[['x', '--article'], '--article needs a value. Run `npm run new -- --help` for the options.'],
		[
			['x', 'y', '--article', 'a.txt'],
			'One course id, please: got "x", "y". Put a title with spaces in quotes after --title. Run `npm run new -- --help` for the options.'
		]
	])('usage: %j', (argv, message) => {
		expect(() => parseArgs(argv)).toThrow(new UsageError(message));
	});

	test('a missing file, an empty file, a title without text, a Word file', async () => {
		const questions = rel(questionsDir('refusals'));
		const attempt = (article: string) =>
			thrown(createCourse({ id: 'x', article, questions }, ROOT));
		const missing = await attempt('test/fixtures/articles/missing.txt');
		expect(missing).toBeInstanceOf(UsageError);
		expect(missing.message).toBe(
			`The article file test/fixtures/articles/missing.txt does not exist (looked for ${path.join(FIXTURES, 'missing.txt')}).`
		);
		const empty = await attempt('test/fixtures/articles/empty.txt');
		expect(empty).toBeInstanceOf(ScaffoldError);
		expect(empty.message).toBe(
			'test/fixtures/articles/empty.txt is empty: there is no text to make a course from.'
		);
		expect((await attempt('test/fixtures/articles/title-only.txt')).message).toBe(
			'test/fixtures/articles/title-only.txt has a title line but no paragraphs after it: put the text under the title, one paragraph per line or separated by blank lines.'
		);
		const docx = path.join(TMP, 'article.docx');
		writeFileSync(docx, 'PK\u0003\u0004');
		expect((await attempt(rel(docx))).message).toBe(
			`${rel(docx)} is not a .txt or .md file. Save the article as plain text (.txt) or Markdown (.md) first.`
		);
		expect(readdirSync(path.join(ROOT, questions))).toEqual([]);
	});

	test('an existing folder is never overwritten', async () => {
		const questions = questionsDir('exists');
		const options = {
			id: 'taken',
			article: 'test/fixtures/articles/bom.txt',
			questions: rel(questions)
		};
		const first = await createCourse(options, ROOT);
		const before = readFileSync(path.join(first.dir, 'bank-starter.ts'), 'utf8');
		const error = await thrown(
			createCourse({ ...options, article: 'test/fixtures/articles/windows.txt' }, ROOT)
		);
		expect(error.message).toBe(
			`${rel(first.dir)} already exists: npm run new never overwrites a course. Choose another id, or move the folder away first.`
		);
		expect(readFileSync(path.join(first.dir, 'bank-starter.ts'), 'utf8')).toBe(before);
	});

	test('an article.ts that does not give the text back is not kept', async () => {
		const questions = questionsDir('round-trip');
		// A define.ts that changes the text on the way: the check must notice and remove the folder.
		writeFileSync(
			path.join(questions, 'define.ts'),
			[
				'export const defineArticle = (a: { passages: { text: string }[] }) => ({',
				"\t...a,\n\tpassages: a.passages.map((p) => ({ ...p, text: p.text.replace('’', \"'\") }))",
				'});',
				'export const defineCourse = <T>(c: T) => c;',
				'export const defineBank = <T>(b: T) => b;',
				''
			].join('\n')
		);
		const error = await thrown(
			createCourse(
				{
					id: 'changed',
					article: 'test/fixtures/articles/typography.txt',
					questions: rel(questions)
				},
				ROOT
			)
		);
		expect(error).toBeInstanceOf(ScaffoldError);
		expect(error.message).toBe(
			'The written article.ts does not give back the article text exactly, so nothing was kept. Please report this, with the article file.'
		);
		expect(existsSync(path.join(questions, 'changed'))).toBe(false);
	});
});

describe('what stops a new course', () => {
	test('errors do, warnings (on the problem or its catalog entry) do not', () => {
		const problem = {
			code: 'course-without-questions',
			file: 'questions/x',
			path: [],
			params: {}
		} as unknown as ContentIssue;
		expect(isError(problem)).toBe(true);
		expect(isError({ ...problem, severity: 'warning' } as ContentIssue)).toBe(false);
	});
});

// Each test spawns or loads TypeScript: generous time for a loaded machine.
describe('the command', { timeout: 120_000 }, () => {
	test('--help prints the usage and the options', async () => {
		const result = await command('--help');
		expect(result).toEqual({ code: 0, stdout: `${USAGE}\n`, stderr: '' });
	});

	test('a usage mistake exits with 2, a file that cannot be used with 1, both without a stack', async () => {
		const usage = await command('Night Trains', '--article', 'test/fixtures/articles/heading.md');
		expect(usage.code).toBe(2);
		expect(usage.stderr).toBe(
			'"Night Trains" is not a course id. A course id uses lower-case letters, digits and single hyphens, at most 64 characters: try "night-trains".\n'
		);
		const empty = await command('night-trains', '--article', 'test/fixtures/articles/empty.txt');
		expect(empty.code).toBe(1);
		expect(empty.stderr).toBe(
			'test/fixtures/articles/empty.txt is empty: there is no text to make a course from.\n'
		);
	});

	test(
		'npm run new on the seed article, then the build: both zips are written',
		{ timeout: 300_000 },
		async () => {
			const article = haveShared ? SHARED_ARTICLE : path.join(FIXTURES, 'typography.txt');
			const questions = questionsDir('build');
			const out = path.join(TMP, 'build', 'dist');
			const created = await run(
				'npm',
				[
					'run',
					'--silent',
					'new',
					'--',
					'from-article',
					'--article',
					article,
					'--questions',
					questions
				],
				{
					cwd: ROOT
				}
			);
			expect(created.stdout).toMatch(
				/^✔ Created .*from-article\/ from \S+: \d+ passages, \d+ objectives?, \d+ starter questions\.\n/
			);
			const built = await run(
				process.execPath,
				[
					TSX,
					'scripts/build.ts',
					'--questions',
					questions,
					'--course',
					'from-article',
					'--out',
					out
				],
				{ cwd: ROOT }
			);
			expect(built.stdout).toMatch(/from-article-scorm12\.zip {2}[\d.]+ KB/);
			expect(readdirSync(out).sort()).toEqual([
				'from-article-scorm12.zip',
				'from-article-scorm2004.zip'
			]);
		}
	);
});
