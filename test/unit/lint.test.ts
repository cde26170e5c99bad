/**
 * The item-quality linter. One folder per check under test/fixtures/lint/ (each a course, so
 * `npm run validate -- --dir test/fixtures/lint` shows them all): questions and passages whose
 * id starts with "cued" must be warned about, those starting with "clean" (near misses) must
 * not. The exact text an author sees is pinned in each folder's expected.txt.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkCourseDir } from '../../scripts/lib/validate-all';
import { QUESTIONS_DIR, ROOT } from '../../scripts/lib/load-course';
import {
	catalog,
	formatIssue,
	formatIssues,
	isWarning,
	type ContentIssue
} from '../../src/lib/content/errors';
import { lintCourse, stem } from '../../src/lib/content/lint';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/lint');
const cases = readdirSync(FIXTURES).sort();
// large-file is a warning about the package's files, not about items: it needs a file above
// 200 KB, which test/unit/course-files.test.ts writes (and pins the message of).
const warningCodes = Object.entries(catalog)
	.filter(([, entry]) => (entry as { severity?: string }).severity === 'warning')
	.map(([code]) => code)
	.filter((code) => code !== 'large-file');

describe('lint fixtures', () => {
	test('every warning code of the catalog has its fixture folder', () => {
		expect(cases).toEqual([...warningCodes].sort());
	});

	test.each(cases)('%s: warns about the cued items, not the near misses', async (name) => {
		const result = await checkCourseDir(path.join(FIXTURES, name));
		const { issues, course, source } = result;
		// Fixture courses are small on purpose: their objectives with few questions are expected,
		// and only the objective-few-questions fixture is about them.
		const warnings = result.warnings.filter(
			(w) => w.code === name || w.code !== 'objective-few-questions'
		);
		expect(formatIssues(issues)).toBe('');
		expect(course).toBeDefined();
		expect(new Set(warnings.map((w) => w.code))).toEqual(new Set([name]));

		const ids = [
			...(source.banks[0]!.questions as { id: string }[]).map((q) => q.id),
			...(source.article as { passages: { id: string }[] }).passages.map((p) => p.id),
			...(source.course as { objectives: { id: string }[] }).objectives.map((o) => o.id)
		];
		const warned = new Set(warnings.map((w) => w.subject?.id));
		const cued = ids.filter((id) => id.startsWith('cued'));
		expect(cued.length).toBeGreaterThan(0);
		expect(cued.filter((id) => !warned.has(id))).toEqual([]);
		expect([...warned].filter((id) => !id?.startsWith('cued'))).toEqual([]);
		expect(ids.filter((id) => id.startsWith('clean')).length).toBeGreaterThan(0);

		await expect(`${formatIssues(warnings)}\n`).toMatchFileSnapshot(
			path.join(FIXTURES, name, 'expected.txt')
		);
	});
});

describe('warnings and errors', () => {
	const warning = {
		code: 'length-cue',
		file: 'questions/x/bank.ts',
		subject: { kind: 'question', id: 'q' },
		path: ['choices', 0, 'text'],
		params: { length: 90, mean: 30, ratio: '3.0' }
	} as ContentIssue;
	const error = {
		code: 'empty-text',
		file: 'questions/x/bank.ts',
		subject: { kind: 'question', id: 'q' },
		path: ['prompt'],
		params: {}
	} as ContentIssue;

	test('a warning says so; an error does not', () => {
		expect(isWarning(warning)).toBe(true);
		expect(isWarning(error)).toBe(false);
		expect(formatIssue(warning)).toBe(
			[
				'questions/x/bank.ts → question "q" → choices[0].text',
				'  Warning: The right option is 3.0 times as long as the others on average (90 characters against 30).',
				'  Hint: Shorten the right option, or give the wrong options as much detail: keep all options about the same length. [length-cue]'
			].join('\n')
		);
		expect(formatIssue(error)).not.toContain('Warning');
	});

	test('the content fixtures, which have errors, are not linted', async () => {
		const dir = path.resolve(import.meta.dirname, '../fixtures/content/too-few-choices');
		const { issues, warnings } = await checkCourseDir(dir);
		expect(issues.length).toBeGreaterThan(0);
		expect(warnings).toEqual([]);
	});

	test('the seed course and the test courses build: their warnings are warnings only', async () => {
		const dirs = [
			path.join(QUESTIONS_DIR, 'north-korea-russia'),
			...['alpha', 'beta', 'every-type'].map((c) =>
				path.resolve(import.meta.dirname, '../fixtures/courses', c)
			)
		];
		for (const dir of dirs) {
			const { issues, warnings, course } = await checkCourseDir(dir);
			expect(issues).toEqual([]);
			expect(course).toBeDefined();
			expect(warnings.every(isWarning)).toBe(true);
		}
	});
});

describe('words', () => {
	test('the stemmer joins the forms a prompt and a sentence may use', () => {
		const same = (...words: string[]) => expect(new Set(words.map(stem)).size).toBe(1);
		same('shipment', 'shipments');
		same('deliver', 'delivered', 'deliveries', 'delivery');
		same('engage', 'engaged', 'engaging');
		same('hurt', 'hurting');
		same('stop', 'stopped');
		expect(stem('sanctions')).not.toBe(stem('sanctity'));
	});
});

describe('cross-cue', () => {
	/** A minimal course: one passage, the given questions. */
	const course = (questions: unknown[]) => ({
		dir: 'questions/x',
		course: {},
		article: {
			id: 'x',
			title: 'X',
			source: 'X',
			passages: [
				{
					id: 'p1',
					text: 'North Korea has sent more than 1 million shells to Russia since early August, delivered in 10 separate shipments. The shells are old.'
				}
			]
		},
		banks: [{ file: 'questions/x/bank.ts', questions }]
	});
	const numeric = {
		id: 'shipment-count',
		type: 'numeric',
		objective: 'o',
		passage: 'p1',
		quote: 'delivered in 10 separate shipments',
		difficulty: 1,
		prompt: 'In how many separate shipments were the shells delivered?',
		explanation: 'See the passage.',
		answer: 10,
		unit: 'shipments',
		feedback: { correct: 'Right.', incorrect: 'See the passage.' }
	};
	const telling = (explanation: string) => ({
		id: 'telling',
		type: 'true-false',
		objective: 'o',
		passage: 'p1',
		quote: 'The shells are old.',
		difficulty: 1,
		prompt: 'True or false? The shells are old.',
		explanation,
		answer: true,
		feedback: { true: 'Right.', false: 'See the passage.' }
	});
	const cues = (explanation: string) =>
		lintCourse(course([numeric, telling(explanation)])).filter((w) => w.code === 'cross-cue');

	test('a number beside its unit gives the answer away, in digits or in words', () => {
		expect(cues('They came in 10 separate shipments.')).toHaveLength(1);
		expect(cues('They came in ten shipments.')).toHaveLength(1);
		expect(cues('Their 1,000,000 shells came in ten shipments.')).toHaveLength(1);
	});

	test('the same number elsewhere does not', () => {
		expect(cues('They are old: some were made 10 years before the war.')).toEqual([]);
		expect(cues('They came in 12 separate shipments.')).toEqual([]);
	});
});

describe('npm run validate', () => {
	const run = (...args: string[]) =>
		spawnSync(
			process.execPath,
			['--import', 'tsx', 'scripts/validate.ts', '--dir', FIXTURES, ...args],
			{ cwd: ROOT, encoding: 'utf8', timeout: 60_000 }
		);

	test('prints warnings and exits 0; with --strict, exits 1', () => {
		const relaxed = run('--course', 'length-cue');
		expect(relaxed.status).toBe(0);
		expect(relaxed.stdout).toContain('✔ length-cue: 3 questions, 1 objective, 2 warnings\n');
		expect(relaxed.stdout).toContain('[length-cue]');

		const strict = run('--course', 'length-cue', '--strict');
		expect(strict.status).toBe(1);
		expect(strict.stderr).toContain(
			'✘ length-cue: 3 questions, 1 objective, 2 warnings (--strict)\n'
		);
	});
});
