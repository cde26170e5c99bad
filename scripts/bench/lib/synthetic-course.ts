/**
 * Synthetic courses for the benchmarks: the seed course's article and objectives with its
 * questions copied until the bank holds `count` questions (copy k's ids end in `-k`), written as
 * an ordinary course folder under .tmp/synthetic/ (nothing giant is committed). The build,
 * `npm run validate` and the benchmarks read it like any other course (`--questions`).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadCourse, QUESTIONS_DIR, ROOT } from '../../lib/load-course';
import { DEFAULT_COURSE } from '../../lib/vite-course';

export const SYNTHETIC_DIR = path.join(ROOT, '.tmp', 'synthetic');

/** How many copies of the seed go into one bank file (each file stays a few hundred KB). */
const COPIES_PER_FILE = 5;

export const syntheticId = (count: number) => `synthetic-${count}`;

/**
 * Writes .tmp/synthetic/synthetic-<count>/ (replacing an older one) and returns its folder.
 * The last copy is cut short so the bank holds exactly `count` questions.
 */
export async function writeSyntheticCourse(count: number): Promise<string> {
	const seedDir = path.join(QUESTIONS_DIR, DEFAULT_COURSE);
	const { source } = await loadCourse(seedDir);
	const seedQuestions = source.banks.flatMap((bank) => bank.questions as { id: string }[]);
	const id = syntheticId(count);
	const dir = path.join(SYNTHETIC_DIR, id);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const define = JSON.stringify(path.join(QUESTIONS_DIR, 'define.ts'));
	const course = readFileSync(path.join(seedDir, 'course.ts'), 'utf8')
		.replace("from '../define'", `from ${define}`)
		.replace(`id: '${DEFAULT_COURSE}'`, `id: '${id}'`);
	if (!course.includes(`id: '${id}'`)) throw new Error('The seed course.ts has no id line.');
	writeFileSync(path.join(dir, 'course.ts'), course);
	writeFileSync(
		path.join(dir, 'article.ts'),
		readFileSync(path.join(seedDir, 'article.ts'), 'utf8').replace(
			"from '../define'",
			`from ${define}`
		)
	);
	const copies = Math.ceil(count / seedQuestions.length);
	let left = count;
	for (let first = 0; first < copies; first += COPIES_PER_FILE) {
		const questions: unknown[] = [];
		for (let copy = first; copy < Math.min(copies, first + COPIES_PER_FILE); copy++)
			for (const q of seedQuestions.slice(0, Math.min(left, seedQuestions.length))) {
				questions.push({ ...q, id: `${q.id}-${copy}` });
				left--;
			}
		const name = `bank-${String(first / COPIES_PER_FILE).padStart(4, '0')}.ts`;
		writeFileSync(
			path.join(dir, name),
			`import { defineBank } from ${define};\n\nexport default defineBank(${JSON.stringify(questions, null, '\t')});\n`
		);
	}
	return dir;
}
