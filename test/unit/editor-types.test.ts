/**
 * Ids the editor knows: a bank typed with its course's article and course gets a short type
 * error at a wrong passage id, objective id, question type or a missing field, the same that
 * an editor underlines and `npm run check:content` prints.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { QUESTIONS_DIR, ROOT } from '../../scripts/lib/load-course';

const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

test('wrong ids, a wrong type name and a missing field are short type errors at the question', () => {
	const root = path.join(ROOT, '.tmp', 'editor-types', 'questions');
	const dir = path.join(root, 'demo');
	rmSync(root, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	copyFileSync(path.join(QUESTIONS_DIR, 'tsconfig.json'), path.join(root, 'tsconfig.json'));
	writeFileSync(
		path.join(root, 'define.ts'),
		`export * from ${JSON.stringify(path.join(ROOT, 'src/lib/content/define.ts'))};\n`
	);
	writeFileSync(
		path.join(dir, 'article.ts'),
		`import { defineArticle } from '../define';
export default defineArticle({
	id: 'demo',
	title: 'Demo',
	source: 'Test',
	passages: [
		{ id: 'p1', text: 'One sentence. Another sentence.' },
		{ id: 'p2', text: 'A third sentence.' }
	]
});
`
	);
	writeFileSync(
		path.join(dir, 'course.ts'),
		`import { defineCourse } from '../define';
export default defineCourse({
	id: 'demo',
	title: 'Demo',
	masteryScore: 70,
	objectives: [{ id: 'recall', title: 'Recall', passages: ['p1', 'p2'] }]
});
`
	);
	const fields: Record<string, string> = {
		id: "'q'",
		type: "'true-false'",
		objective: "'recall'",
		passage: "'p1'",
		quote: "'One sentence'",
		difficulty: '1',
		prompt: "'P'",
		explanation: "'E'",
		answer: 'true',
		feedback: "{ true: 'Yes', false: 'No' }"
	};
	/** One question on one line, with some fields changed (undefined: left out). */
	const question = (changes: Record<string, string | undefined>) => {
		const all = { ...fields, ...changes };
		const body = Object.entries(all)
			.filter(([, v]) => v !== undefined)
			.map(([k, v]) => `${k}: ${v}`)
			.join(', ');
		return `	{ ${body} },`;
	};
	writeFileSync(
		path.join(dir, 'bank.ts'),
		[
			"import { defineBank } from '../define';",
			"import type article from './article';",
			"import type course from './course';",
			'export default defineBank<typeof article, typeof course>([',
			question({ passage: "'p6'" }),
			question({ objective: "'recal'" }),
			question({ type: "'true-fals'" }),
			question({ explanation: undefined }),
			question({}),
			']);',
			''
		].join('\n')
	);
	const result = spawnSync(process.execPath, [TSC, '-p', '.'], { cwd: root, encoding: 'utf8' });
	expect(result.status).toBe(2);
	const errors = result.stdout
		.split('\n')
		.filter((line) => line.startsWith('demo/bank.ts'))
		.map((line) => line.replace(/^demo\/bank\.ts\((\d+),\d+\): error TS\d+: /, 'line $1: '));
	expect(errors).toEqual([
		`line 5: Type '"p6"' is not assignable to type '"p1" | "p2"'.`,
		`line 6: Type '"recal"' is not assignable to type '"recall"'.`,
		`line 7: Type '"true-fals"' is not assignable to type '"single-choice" | "multiple-response" | "true-false" | "fill-in" | "numeric" | "matching" | "ordering" | "evidence"'. Did you mean '"true-false"'?`,
		expect.stringMatching(
			/^line 8: Type '.*' is not assignable to type 'AuthoredQuestion<"p1" \| "p2", "recall">'\.$/
		)
	]);
	expect(result.stdout).toContain(`Property 'explanation' is missing in type`);
	expect(result.stdout).toContain(
		`but required in type 'TrueFalseQuestion<"p1" | "p2", "recall">'.`
	);
});
