/**
 * `npm run export -- [--course <id>] [--format moodle-xml|gift|qti] [--out <folder>] [--questions <folder>]`:
 * writes each course's questions for an LMS's own question bank: `<course>-moodle.xml`,
 * `<course>-gift.txt` and `<course>-qti.zip` (all three unless --format names one), into dist/.
 * Prints each file's path, size and question count; questions a format cannot hold are listed
 * on stderr with the reason and left out. The same sources give the same bytes.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatIssues } from '../src/lib/content/errors';
import type { ExportFormat, ExportResult } from '../src/lib/export/common';
import { exportGift } from '../src/lib/export/gift';
import { exportMoodleXml } from '../src/lib/export/moodle-xml';
import { exportQti } from '../src/lib/export/qti';
import { figureImages } from './lib/course-files';
import { QUESTIONS_DIR, ROOT } from './lib/load-course';
import { checkCourseDir, runCommand, selectCourseDirs, UsageError } from './lib/validate-all';
import { zipFiles } from './package/zip';

const FORMATS: readonly ExportFormat[] = ['moodle-xml', 'gift', 'qti'];

const USAGE = `Usage: npm run export -- [--course <id>] [--format moodle-xml|gift|qti] [--out <folder>] [--questions <folder>]

Writes each course's questions for an LMS question bank, into dist/ unless --out says otherwise:
  <course>-moodle.xml  Moodle XML (Question bank → Import → Moodle XML format)
  <course>-gift.txt    GIFT (Moodle's text format; ordering questions are left out)
  <course>-qti.zip     QTI 3.0 content package (Canvas, Blackboard, Brightspace and others)
Without --format, all three. Without --course, every course in the questions folder.`;

const VALUE_OPTIONS = ['--course', '--format', '--out', '--questions'];

function parseArgs(argv: readonly string[]) {
	const values = new Map<string, string>();
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (!VALUE_OPTIONS.includes(arg)) throw new UsageError(`Unknown option "${arg}".\n\n${USAGE}`);
		const next = argv[i + 1];
		if (next === undefined || next.startsWith('--'))
			throw new UsageError(`${arg} needs a value.\n\n${USAGE}`);
		values.set(arg, next);
		i++;
	}
	const format = values.get('--format');
	if (format !== undefined && !FORMATS.includes(format as ExportFormat))
		throw new UsageError(
			`Unknown format "${format}": use moodle-xml, gift or qti (or leave --format out for all three).`
		);
	return {
		formats: format ? [format as ExportFormat] : FORMATS,
		outDir: path.resolve(values.get('--out') ?? path.join(ROOT, 'dist')),
		questionsDir: path.resolve(values.get('--questions') ?? QUESTIONS_DIR)
	};
}

const exporters = { 'moodle-xml': exportMoodleXml, gift: exportGift, qti: exportQti };

/** The bytes of one export: a text file, or the QTI package zipped. */
function outputOf(courseId: string, result: ExportResult): { file: string; bytes: Uint8Array } {
	const encode = (text: string) => new TextEncoder().encode(text);
	if (result.format !== 'qti')
		return { file: result.files[0]!.path, bytes: encode(result.files[0]!.text) };
	const files = new Map(result.files.map((f) => [f.path, f.bytes ?? encode(f.text)]));
	return { file: `${courseId}-qti.zip`, bytes: zipFiles(files) };
}

function kb(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KB`;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

const argv = process.argv.slice(2);

await runCommand(async () => {
	if (argv.includes('--help') || argv.includes('-h')) {
		console.log(USAGE);
		return;
	}
	const courseAt = argv.indexOf('--course');
	const { formats, outDir, questionsDir } = parseArgs(argv);
	const dirs = selectCourseDirs(courseAt === -1 ? [] : argv, questionsDir);
	mkdirSync(outDir, { recursive: true });
	for (const dir of dirs) {
		const { issues, course } = await checkCourseDir(dir);
		if (!course) {
			console.error(
				`✘ ${path.basename(dir)}: ${issues.length} problem(s); nothing was exported.\n\n${formatIssues(issues)}\n`
			);
			process.exitCode = 1;
			return;
		}
		for (const format of formats) {
			const result = exporters[format](course, figureImages(course, dir));
			const { file, bytes } = outputOf(course.id, result);
			const target = path.join(outDir, file);
			// Written whole or not at all.
			const partial = `${target}.${process.pid}.partial`;
			writeFileSync(partial, bytes);
			renameSync(partial, target);
			rmSync(partial, { force: true });
			console.log(
				`${path.relative(process.cwd(), target) || target}  ${kb(bytes.length)}  (${count(result.questions, 'question')})`
			);
			for (const skip of result.skipped)
				console.error(`  left out of ${file}: ${skip.id} (${skip.type}): ${skip.reason}`);
			for (const note of result.notes) console.error(`  note on ${file}: ${note}`);
		}
	}
});
