/**
 * The tests' own helpers stay single: one axe-core runner (test/lib/axe.ts) for every browser
 * test, so every screen is checked against the same WCAG tags and reported the same way. A
 * test file that loads axe-core itself (a copy drifts: one dropped the rule's help text) fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const TEST_DIR = path.resolve(import.meta.dirname, '..');

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const file = path.join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : sources(file);
		return /\.(ts|js)$/.test(entry.name) ? [file] : [];
	});
}

test('axe-core is loaded and run only by test/lib/axe.ts; every axe check goes through it', () => {
	const helper = path.join(TEST_DIR, 'lib', 'axe.ts');
	const own = sources(TEST_DIR).filter(
		(file) =>
			file !== helper && /axe-core\/axe(\.min)?\.js|\baxe\.run\(/.test(readFileSync(file, 'utf8'))
	);
	expect(own.map((file) => path.relative(TEST_DIR, file))).toEqual([]);
	const users = sources(path.join(TEST_DIR, 'browser'))
		.filter((file) => /from '\.\.\/lib\/axe'/.test(readFileSync(file, 'utf8')))
		.map((file) => path.basename(file))
		.sort();
	expect(users).toEqual([
		'accessibility.test.ts',
		'figures.test.ts',
		'preview.test.ts',
		'progress.test.ts',
		'theme.test.ts'
	]);
});
