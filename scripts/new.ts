/**
 * `npm run new -- <course-id> --article <file.txt|file.md> [--title "…"] [--questions <folder>]`:
 * starts a course from an article file. Writes questions/<course-id>/ with article.ts (one
 * passage per paragraph), course.ts (objectives to rename) and bank-starter.ts (one example
 * question per type), then loads what it wrote: the passages must give back the paragraphs
 * exactly and the course must validate, or the folder is removed again. Never overwrites.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ContentIssue } from '../src/lib/content/errors';
import { catalog, formatIssues } from '../src/lib/content/errors';
import { QUESTIONS_DIR, ROOT } from './lib/load-course';
import {
	courseIdProblem,
	parseArticle,
	ScaffoldError,
	scaffoldCourse,
	type ParsedArticle
} from './lib/scaffold';
import { checkCourseDir, runCommand, UsageError } from './lib/validate-all';

export const USAGE = `Usage: npm run new -- <course-id> --article <file.txt|file.md> [--title "…"] [--questions <folder>]

Starts a course from an article. Writes questions/<course-id>/ with
  article.ts        the article: one passage (p1, p2, …) per paragraph, the text as written
  course.ts         id, title, passing score 70, one objective per one or two paragraphs
  bank-starter.ts   one example question of each type, drawn from the article's sentences
The new course validates and builds at once: then replace the TODOs and the examples.

Options:
  <course-id>            the course id and folder name: lower-case letters, digits, single hyphens
  --article <file>       the article, plain text (.txt) or Markdown (.md), in UTF-8
  --title "…"            the article's title; the file's first line is then the first paragraph
                         (a Markdown "# " heading is always the title line: --title replaces it)
  --questions <folder>   where to create the course folder (default: questions/)
  --help                 print this help

The article file: the first line is the title (in Markdown, a "# Title" heading); paragraphs
are separated by blank lines or, in a .txt file without blank lines, one paragraph per line.
The text is kept as written, except: a byte-order mark is dropped, Windows line endings become
plain ones, spaces and tabs at the ends of a line are dropped, and the lines of one paragraph
are joined with one space.

Never overwrites: an existing folder is refused. Exit codes: 0 created; 1 nothing written (the
article cannot be used, the folder exists, or the check failed); 2 a mistake in the command.`;

const HELP_HINT = 'Run `npm run new -- --help` for the options.';

export interface NewCourseOptions {
	id: string;
	article: string;
	title?: string;
	questions?: string;
	help?: boolean;
}

/** Reads the command line; usage mistakes throw UsageError. */
export function parseArgs(argv: readonly string[]): NewCourseOptions {
	if (argv.includes('--help') || argv.includes('-h')) return { id: '', article: '', help: true };
	const values: Record<string, string> = {};
	const positional: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (['--article', '--title', '--questions'].includes(arg)) {
			const value = argv[++i];
			if (value === undefined || value.startsWith('--'))
				throw new UsageError(`${arg} needs a value. ${HELP_HINT}`);
			values[arg] = value;
		} else if (arg.startsWith('-')) throw new UsageError(`Unknown option ${arg}. ${HELP_HINT}`);
		else positional.push(arg);
	}
	if (positional.length === 0)
		throw new UsageError(`Name the new course: npm run new -- <course-id> --article <file>.`);
	if (positional.length > 1)
		throw new UsageError(
			`One course id, please: got ${positional.map((p) => `"${p}"`).join(', ')}. Put a title with spaces in quotes after --title. ${HELP_HINT}`
		);
	const id = positional[0]!;
	const problem = courseIdProblem(id);
	if (problem) throw new UsageError(problem);
	const article = values['--article'];
	if (article === undefined)
		throw new UsageError(
			`Give the article file: npm run new -- ${id} --article <file.txt|file.md>.`
		);
	const title = values['--title'];
	if (title !== undefined && !title.trim()) throw new UsageError('The --title is empty.');
	return { id, article, title, questions: values['--questions'] };
}

export interface Created {
	/** The new course folder. */
	dir: string;
	article: ParsedArticle;
	questions: number;
	objectives: number;
	/** What the command prints. */
	report: string;
}

/** npm runs scripts from the project root; paths typed by the user are relative to their folder. */
const userPath = (p: string, cwd: string) => path.resolve(cwd, p);

/** The import path of questions/define.ts as written in a file of `dir`. */
function defineImport(dir: string, questionsDir: string): string {
	const local = path.join(questionsDir, 'define.ts');
	const target = existsSync(local) ? local : path.join(ROOT, 'questions', 'define.ts');
	const rel = path.relative(dir, target).split(path.sep).join('/').replace(/\.ts$/, '');
	return rel.startsWith('.') ? rel : `./${rel}`;
}

async function format(text: string, file: string): Promise<string> {
	try {
		const prettier = await import('prettier');
		const config = (await prettier.resolveConfig(path.join(ROOT, 'questions', 'course.ts'))) ?? {};
		return await prettier.format(text, { ...config, plugins: [], filepath: file });
	} catch {
		return text; // Formatting is a courtesy: the text is valid either way.
	}
}

/**
 * Whether a problem stops the course (an error) rather than advising (a warning, such as an
 * objective with few questions: every starter course has those). The severity may sit on the
 * problem or on its catalog entry.
 */
export function isError(issue: ContentIssue): boolean {
	const own = (issue as { severity?: string }).severity;
	const entry = (catalog as Record<string, { severity?: string }>)[issue.code];
	return (own ?? entry?.severity) !== 'warning';
}

const sameArticle = (a: unknown, parsed: ParsedArticle) => {
	const article = a as { title?: unknown; passages?: { text?: unknown }[] } | undefined;
	return (
		article?.title === parsed.title &&
		Array.isArray(article.passages) &&
		article.passages.length === parsed.paragraphs.length &&
		article.passages.every((p, i) => p.text === parsed.paragraphs[i])
	);
};

export async function createCourse(
	options: NewCourseOptions,
	cwd = process.env.INIT_CWD ?? process.cwd()
): Promise<Created> {
	const { id } = options;
	const file = userPath(options.article, cwd);
	const extension = path.extname(file).toLowerCase();
	const format_ = ['.md', '.markdown'].includes(extension) ? 'markdown' : 'text';
	if (!existsSync(file))
		throw new UsageError(
			`The article file ${options.article} does not exist (looked for ${file}).`
		);
	if (statSync(file).isDirectory())
		throw new UsageError(`${options.article} is a folder: give the article file itself.`);
	if (!['.txt', '.text', '.md', '.markdown'].includes(extension))
		throw new UsageError(
			`${options.article} is not a .txt or .md file. Save the article as plain text (.txt) or Markdown (.md) first.`
		);
	let raw: string;
	try {
		raw = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
	} catch {
		throw new ScaffoldError(
			`${options.article} is not UTF-8 text. Save it as "Plain text, UTF-8" and try again.`
		);
	}
	const parsed = parseArticle(raw, {
		format: format_,
		title: options.title,
		name: options.article
	});

	const questionsDir = options.questions ? userPath(options.questions, cwd) : QUESTIONS_DIR;
	const dir = path.join(questionsDir, id);
	const shown = path.relative(cwd, dir) || dir;
	const exists = () =>
		new ScaffoldError(
			`${shown} already exists: npm run new never overwrites a course. Choose another id, or move the folder away first.`
		);
	if (existsSync(dir)) throw exists();

	const scaffold = scaffoldCourse({
		id,
		article: parsed,
		fileName: path.basename(file),
		defineImport: defineImport(dir, questionsDir)
	});
	const files = await Promise.all(
		Object.entries(scaffold.files).map(
			async ([name, text]) => [name, await format(text, path.join(dir, name))] as const
		)
	);
	mkdirSync(questionsDir, { recursive: true });
	try {
		mkdirSync(dir);
	} catch {
		throw exists();
	}
	let warnings = 0;
	try {
		for (const [name, text] of files) writeFileSync(path.join(dir, name), text);
		// Load what was written: the passages must be the paragraphs, and the course valid.
		const checked = await checkCourseDir(dir);
		if (!sameArticle(checked.source.article, parsed))
			throw new ScaffoldError(
				'The written article.ts does not give back the article text exactly, so nothing was kept. Please report this, with the article file.'
			);
		const errors = checked.issues.filter(isError);
		warnings = checked.issues.length - errors.length + checked.warnings.length;
		if (errors.length)
			throw new ScaffoldError(
				`The new course did not validate, so nothing was kept. Please report this, with the article file:\n\n${formatIssues(errors)}`
			);
	} catch (error) {
		rmSync(dir, { recursive: true, force: true });
		throw error;
	}

	const n = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
	const display = shown.split(path.sep).join('/');
	// npm runs validate, build and dev from the project root: name the folder from there.
	const fromRoot = path.relative(ROOT, questionsDir);
	const where = (fromRoot && !fromRoot.startsWith('..') ? fromRoot : questionsDir)
		.split(path.sep)
		.join('/');
	const report = [
		`✔ Created ${display}/ from ${path.basename(file)}: ${n(scaffold.article.passages.length, 'passage')}, ${n(scaffold.course.objectives.length, 'objective')}, ${n(scaffold.questions.length, 'starter question')}.`,
		`  article.ts        "${parsed.title}", one passage per paragraph (checked: it gives back the text exactly)`,
		'  course.ts         rename each objective (TODO) and fill in the description',
		'  bank-starter.ts   one example per question type: replace them with your own questions',
		...(warnings
			? [
					`  (${n(warnings, 'warning')} about the starter questions: validating the course lists ${warnings === 1 ? 'it' : 'them'}.)`
				]
			: []),
		'',
		'Next:',
		...(questionsDir === QUESTIONS_DIR
			? [
					`  READBACK_COURSE=${id} npm run dev     take the lesson at http://localhost:5173 while you edit`,
					`  npm run validate -- --course ${id}`,
					`  npm run preview -- --course ${id}      try the package in a local LMS`,
					`  npm run build -- --course ${id}        the zips to upload, in dist/`
				]
			: [
					`  READBACK_QUESTIONS_DIR=${where} READBACK_COURSE=${id} npm run dev`,
					`  npm run validate -- --dir ${where} --course ${id}`,
					`  npm run build -- --questions ${where} --course ${id}`
				])
	].join('\n');
	return {
		dir,
		article: parsed,
		questions: scaffold.questions.length,
		objectives: scaffold.course.objectives.length,
		report
	};
}

async function main(argv: readonly string[]): Promise<void> {
	const options = parseArgs(argv);
	if (options.help) {
		console.log(USAGE);
		return;
	}
	try {
		console.log((await createCourse(options)).report);
	} catch (error) {
		if (!(error instanceof ScaffoldError)) throw error;
		console.error(error.message);
		process.exitCode = 1;
	}
}

const invoked = process.argv[1] ? pathToFileURL(path.resolve(process.argv[1])).href : '';
if (invoked === import.meta.url) await runCommand(() => main(process.argv.slice(2)));
