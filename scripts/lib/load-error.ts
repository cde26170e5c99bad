/**
 * Why a course file failed to load, told the way an author can act on it: a syntax slip (the
 * line and column of the slip itself, with a code frame), a module that cannot be found (the
 * import path, and the path that would work), or code that threw while the file was read (the
 * thrown message and the file's own line). The same text whichever loader ran the file (tsx
 * in the scripts, Vite in dev and in tests): the file is re-read and parsed here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentIssue } from '../../src/lib/content/errors.ts';
import { nearest } from '../../src/lib/content/similar.ts';

type Ts = typeof import('typescript');

/** Plain words for the parser's most common complaints. */
const PLAIN: Record<string, string> = {
	"',' expected.": 'a comma is missing',
	"'}' expected.": 'a closing } is missing',
	"']' expected.": 'a closing ] is missing',
	"')' expected.": 'a closing ) is missing',
	'Unterminated string literal.': 'a text is not closed: its closing quote is missing',
	'Unterminated template literal.': 'a text is not closed: its closing ` is missing',
	'Expression expected.': 'a value is missing here'
};

/** The first syntax error of a TypeScript file, or undefined when it parses. */
export function syntaxError(
	ts: Ts,
	text: string,
	fileName = 'bank.ts'
): { line: number; column: number; problem: string; frame: string } | undefined {
	const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
	const diagnostics = (
		source as unknown as { parseDiagnostics?: import('typescript').Diagnostic[] }
	).parseDiagnostics;
	const first = diagnostics?.[0];
	if (!first || first.start === undefined) return undefined;
	const raw = ts.flattenDiagnosticMessageText(first.messageText, ' ');
	let at = first.start;
	// A missing separator is reported at the next token, often on the next line: the slip is
	// right after the previous token.
	if (/^'[,;\])}]' expected\.$/.test(raw)) {
		let back = at;
		while (back > 0 && /\s/.test(text[back - 1]!)) back--;
		at = back;
	}
	const { line, character } = source.getLineAndCharacterOfPosition(at);
	const lines = text.split(/\r?\n/);
	const width = String(line + 1).length;
	const frame = lines.slice(Math.max(0, line - 1), line + 1).map((content, i, shown) => {
		const n = line + 1 - (shown.length - 1) + i;
		return `    ${String(n).padStart(width)} | ${content.replace(/\t/g, '  ').trimEnd()}`;
	});
	const before = (lines[line] ?? '').slice(0, character).replace(/\t/g, '  ');
	frame.push(`    ${' '.repeat(width)} | ${' '.repeat(before.length)}^`);
	return {
		line: line + 1,
		column: character + 1,
		problem: PLAIN[raw] ?? raw.replace(/\.$/, ''),
		frame: frame.join('\n')
	};
}

/** A path that resolves, for an import that does not: a near miss in the folder it points at. */
export function workingImport(spec: string, fromFile: string): string {
	if (!spec.startsWith('.')) return '';
	const dir = path.dirname(fromFile);
	const target = path.resolve(dir, spec);
	const folder = path.dirname(target);
	if (!existsSync(folder)) return '';
	const names = readdirSync(folder)
		.filter((n) => /\.(ts|js)$/.test(n))
		.map((n) => n.replace(/\.(ts|js)$/, ''));
	const best = nearest(path.basename(target).replace(/\.(ts|js)$/, ''), names);
	if (!best) return '';
	const rel = path.relative(dir, path.join(folder, best)).split(path.sep).join('/');
	return rel.startsWith('.') ? rel : `./${rel}`;
}

/** The line of `file` where the error was thrown (or passed through), from its stack. */
export function lineInStack(stack: string, file: string): number | undefined {
	const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const match = new RegExp(`${escaped}:(\\d+):\\d+`).exec(stack);
	return match ? Number(match[1]) : undefined;
}

/** The issue for a file that failed to load. */
export async function loadFailure(
	error: unknown,
	file: string,
	relativeFile: string
): Promise<ContentIssue> {
	const message = error instanceof Error ? error.message : String(error);
	const stack = error instanceof Error ? (error.stack ?? '') : '';
	const base = { file: relativeFile, path: [] as (string | number)[] };
	const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
	const ts = (await import('typescript')).default;
	const slip = syntaxError(ts, text, path.basename(file));
	if (slip)
		return {
			...base,
			code: 'syntax-error',
			params: { line: slip.line, column: slip.column, problem: slip.problem, frame: slip.frame }
		};
	const missing = /Cannot find module '([^']+)'/.exec(message)?.[1];
	if (missing) {
		// Only an import written in this file is the author's to fix here. Loaders name it as
		// written or resolved to an absolute path.
		const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
		const spec =
			specs.find(
				(s) => s === missing || path.resolve(path.dirname(file), s) === path.resolve(missing)
			) ?? '';
		return {
			...base,
			code: 'module-not-found',
			params: {
				module: spec || missing,
				suggestion: spec ? workingImport(spec, file) : ''
			}
		};
	}
	const line = lineInStack(stack, file);
	return {
		...base,
		code: 'file-threw',
		params: { message: message.split('\n')[0]!.trim(), line: line ?? 0 }
	};
}
