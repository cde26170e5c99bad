/**
 * One folder per failure case under test/fixtures/content/. The exact text an author sees for
 * each is pinned in the folder's expected.txt: a changed message is a reviewed change
 * (`npx vitest run -u` rewrites them).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatIssues } from '../../src/lib/content/errors';
import { checkCourseDir } from '../../scripts/lib/validate-all';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/content');
const cases = readdirSync(FIXTURES).filter((name) => name !== 'valid');

describe('content fixtures', () => {
	test('the valid fixture has no problems', async () => {
		const { issues, course } = await checkCourseDir(path.join(FIXTURES, 'valid'));
		expect(issues).toEqual([]);
		expect(course?.questions.map((q) => q.id)).toEqual(['shells-count', 'goal-true']);
	});

	test.each(cases)('%s: reported with file, subject, field path and hint', async (name) => {
		const { issues, course } = await checkCourseDir(path.join(FIXTURES, name));
		expect(course).toBeUndefined();
		expect(issues.length).toBeGreaterThan(0);
		await expect(`${formatIssues(issues)}\n`).toMatchFileSnapshot(
			path.join(FIXTURES, name, 'expected.txt')
		);
	});

	test('every error code of the catalog is exercised by a fixture or a unit test', async () => {
		const { catalog } = await import('../../src/lib/content/errors');
		const seen = new Set<string>();
		for (const name of cases) {
			const { issues } = await checkCourseDir(path.join(FIXTURES, name));
			for (const issue of issues) seen.add(issue.code);
		}
		// Item-quality warnings have their own fixtures (test/unit/lint.test.ts).
		const uncovered = Object.keys(catalog).filter(
			(code) =>
				!seen.has(code) &&
				(catalog as Record<string, { severity?: string }>)[code]!.severity !== 'warning'
		);
		// invalid-content is the safety net for zod issues no other entry describes;
		// id-codes-clash needs a bank far beyond 10,000 questions (test/unit/suspend.test.ts
		// forces the clash and pins the message); file-too-large needs a file above 2 MB
		// (test/unit/course-files.test.ts writes one and pins the message).
		expect(uncovered).toEqual(['invalid-content', 'id-codes-clash', 'file-too-large']);
	});
});
