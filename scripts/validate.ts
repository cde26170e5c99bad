/**
 * `npm run validate [-- --course <id>] [-- --dir <questions folder>]`: checks every course and
 * prints each problem with its file, subject, field path and a hint. Exits 1 on any problem.
 */
import path from 'node:path';
import { formatIssues } from '../src/lib/content/errors';
import { QUESTIONS_DIR } from './lib/load-course';
import { checkCourseDir, runCommand, selectCourseDirs } from './lib/validate-all';

const argv = process.argv.slice(2);
const dirAt = argv.indexOf('--dir');
const questionsDir = dirAt === -1 ? QUESTIONS_DIR : path.resolve(argv[dirAt + 1] ?? '.');

await runCommand(async () => {
	let problems = 0;
	for (const dir of selectCourseDirs(argv, questionsDir)) {
		const { issues, course } = await checkCourseDir(dir);
		problems += issues.length;
		if (course) {
			const n = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
			console.log(
				`✔ ${course.id}: ${n(course.questions.length, 'question')}, ${n(course.objectives.length, 'objective')}`
			);
		} else {
			console.error(
				`✘ ${path.basename(dir)}: ${issues.length} problem(s)\n\n${formatIssues(issues)}\n`
			);
		}
	}
	process.exitCode = problems === 0 ? 0 : 1;
});
