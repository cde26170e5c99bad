/**
 * `npm run validate [-- --course <id>] [-- --dir <questions folder>] [-- --strict]`: checks
 * every course and prints each problem with its file, subject, field path and a hint. Errors
 * first; on a course without errors, the item-quality warnings (src/lib/content/lint.ts).
 * Exits 1 on any error, and with --strict on any warning too.
 */
import { helpIfAsked } from './lib/help';
import path from 'node:path';
import { formatIssues } from '../src/lib/content/errors';
import { QUESTIONS_DIR } from './lib/load-course';
import { checkCourseDir, isStrict, runCommand, selectCourseDirs } from './lib/validate-all';

helpIfAsked(`
Usage: npm run validate [-- options]

Checks every course in questions/ and prints each problem with its file, question, field and a
hint; then the item-quality warnings of the courses without errors.
Exits 1 on any error (and with --strict on any warning), 0 otherwise.

Options:
  --course <id>    check one course
  --dir <folder>   the folder that holds the courses (default: questions/)
  --strict         treat item-quality warnings as errors
  --help           this text
`);

const argv = process.argv.slice(2);
const dirAt = argv.indexOf('--dir');
const questionsDir = dirAt === -1 ? QUESTIONS_DIR : path.resolve(argv[dirAt + 1] ?? '.');
const strict = isStrict(argv);
const n = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

await runCommand(async () => {
	let problems = 0;
	let warned = false;
	for (const dir of selectCourseDirs(argv, questionsDir)) {
		const { issues, warnings, course } = await checkCourseDir(dir);
		problems += issues.length + (strict ? warnings.length : 0);
		if (!course) {
			console.error(
				`✘ ${path.basename(dir)}: ${issues.length} problem(s)\n\n${formatIssues(issues)}\n`
			);
			continue;
		}
		const summary = `${n(course.questions.length, 'question')}, ${n(course.objectives.length, 'objective')}`;
		if (warnings.length === 0) {
			console.log(`✔ ${course.id}: ${summary}`);
		} else if (strict) {
			console.error(
				`✘ ${course.id}: ${summary}, ${n(warnings.length, 'warning')} (--strict)\n\n${formatIssues(warnings)}\n`
			);
		} else {
			console.log(
				`✔ ${course.id}: ${summary}, ${n(warnings.length, 'warning')}\n\n${formatIssues(warnings)}\n`
			);
			warned = true;
		}
	}
	if (warned)
		console.log(
			'Warnings do not stop the build: each marks a question a learner could answer without reading\n(docs/authoring.md, "Item-quality warnings"). `npm run validate -- --strict` fails on them.'
		);
	process.exitCode = problems === 0 ? 0 : 1;
});
