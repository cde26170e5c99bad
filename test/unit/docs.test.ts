/**
 * The authoring guide cannot drift from the code: its error reference is generated from the
 * catalog, and every worked example in it is a bank that must validate against the seed course.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { withErrorDocs } from '../../scripts/lib/error-docs';
import { QUESTIONS_DIR, ROOT } from '../../scripts/lib/load-course';
import { checkCourseDir } from '../../scripts/lib/validate-all';
import { catalog, formatIssues } from '../../src/lib/content/errors';

const guide = readFileSync(path.join(ROOT, 'docs', 'authoring.md'), 'utf8');
const IMPORT = "import { defineBank } from '../define';";
const examples = [...guide.matchAll(/```ts\n([\s\S]*?)```/g)]
	.map((m) => m[1]!)
	.filter((code) => code.startsWith(IMPORT));

describe('docs/authoring.md', () => {
	test('its error reference is the one generated from the catalog (run npm run docs)', () => {
		expect(withErrorDocs(guide)).toBe(guide);
		for (const code of Object.keys(catalog)) expect(guide).toContain(`### \`${code}\``);
	});

	test('it has a worked example of every question type', () => {
		const types = examples.map((code) => /type: '([a-z-]+)'/.exec(code)?.[1]);
		expect(types.sort()).toEqual([
			'evidence',
			'fill-in',
			'matching',
			'multiple-response',
			'numeric',
			'ordering',
			'single-choice',
			'true-false'
		]);
	});

	test.each(examples.map((code, i) => [i + 1, code] as const))(
		'worked example %i validates against the seed course',
		async (n, code) => {
			// The folder is named after the course, as every course folder must be.
			const dir = path.join(ROOT, '.tmp', 'doc-examples', `example-${n}`, 'north-korea-russia');
			rmSync(dir, { recursive: true, force: true });
			mkdirSync(dir, { recursive: true });
			const define = path.join(QUESTIONS_DIR, 'define.ts');
			const fix = (text: string) => text.replace("'../define'", JSON.stringify(define));
			for (const file of ['course.ts', 'article.ts'])
				writeFileSync(
					path.join(dir, file),
					fix(readFileSync(path.join(QUESTIONS_DIR, 'north-korea-russia', file), 'utf8'))
				);
			writeFileSync(path.join(dir, 'bank.ts'), fix(code));
			const { issues } = await checkCourseDir(dir);
			// One example is not a whole course: the objectives it does not ask about are expected
			// to be reported as unassessed, and nothing else.
			const unassessed = issues.filter((i) => i.code === 'objective-without-questions');
			expect(unassessed.length).toBeLessThan(5);
			expect(formatIssues(issues.filter((i) => !unassessed.includes(i)))).toBe('');
		}
	);
});
