/**
 * Compiles the interface catalogs (src/lib/i18n/messages) before the unit tests, as `npm run
 * check` does: in a child process, because the compiler leaves handles open that kept vitest
 * from exiting.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export default function setup() {
	const root = path.resolve(import.meta.dirname, '../..');
	const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
	const result = spawnSync(process.execPath, [tsx, 'scripts/i18n.ts'], {
		cwd: root,
		encoding: 'utf8'
	});
	if (result.status !== 0)
		throw new Error(`Compiling the catalogs failed:\n${result.stdout}\n${result.stderr}`);
}
