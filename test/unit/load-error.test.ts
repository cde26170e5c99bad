/** How a failed load is told to the author: the slip itself, the working import, the line. */
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { QUESTIONS_DIR } from '../../scripts/lib/load-course';
import { lineInStack, syntaxError, workingImport } from '../../scripts/lib/load-error';

describe('syntax errors point at the slip', () => {
	test('a missing comma between two fields: the end of the earlier line, not the next one', () => {
		const text = "export default [\n\t{\n\t\tid: 'a'\n\t\ttype: 'true-false'\n\t}\n];\n";
		expect(syntaxError(ts, text)).toEqual({
			line: 3,
			column: 10,
			problem: 'a comma is missing',
			frame: ['    2 |   {', "    3 |     id: 'a'", '      |            ^'].join('\n')
		});
	});

	test('Windows line endings count lines the same way', () => {
		const text = "export default [\r\n\t{\r\n\t\tid: 'a'\r\n\t\ttype: 'x'\r\n\t}\r\n];\r\n";
		expect(syntaxError(ts, text)).toMatchObject({ line: 3, column: 10 });
	});

	test('a text without its closing quote', () => {
		expect(syntaxError(ts, "export default [{ id: 'a }];\n")).toMatchObject({
			line: 1,
			problem: 'a text is not closed: its closing quote is missing'
		});
	});

	test('a file that parses has no syntax error', () => {
		expect(syntaxError(ts, "export default [{ id: 'a' }];\n")).toBeUndefined();
	});
});

describe('imports that do not resolve', () => {
	test('a typo in the helper import suggests the path that works', () => {
		const bank = path.join(QUESTIONS_DIR, 'any-course', 'bank.ts');
		expect(workingImport('../defin', bank)).toBe('../define');
		expect(workingImport('../../nowhere/x', bank)).toBe('');
		expect(workingImport('zod-typo', bank)).toBe('');
	});
});

test('the line of the file in a stack trace', () => {
	const stack = 'Error: x\n    at boom (/a/b/bank.ts:3:8)\n    at /a/b/bank.ts:5:16';
	expect(lineInStack(stack, '/a/b/bank.ts')).toBe(3);
	expect(lineInStack(stack, '/a/b/other.ts')).toBeUndefined();
});
