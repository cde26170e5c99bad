/**
 * The compiled catalogs are reused while they are made from the catalogs as they are: any change
 * to a catalog, the project's settings or the compiler's version makes them stale.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import {
	catalogsCurrent,
	catalogSourceHash,
	forgetCatalogStamp,
	I18N_OUTDIR,
	stampCatalogs
} from '../../scripts/lib/i18n';

const ROOT = path.resolve(import.meta.dirname, '../..');
const roots: string[] = [];
afterEach(() => {
	for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A project with the real catalogs and settings, a compiled folder, and Paraglide's packages. */
function project(): string {
	const root = mkdtempSync(path.join(tmpdir(), 'readback-i18n-'));
	roots.push(root);
	cpSync(path.join(ROOT, 'src/lib/i18n/messages'), path.join(root, 'src/lib/i18n/messages'), {
		recursive: true
	});
	cpSync(
		path.join(ROOT, 'src/lib/i18n/project.inlang/settings.json'),
		path.join(root, 'src/lib/i18n/project.inlang/settings.json')
	);
	mkdirSync(path.join(root, 'node_modules/@inlang'), { recursive: true });
	for (const name of ['paraglide-js', 'plugin-message-format']) {
		mkdirSync(path.join(root, 'node_modules/@inlang', name));
		cpSync(
			path.join(ROOT, 'node_modules/@inlang', name, 'package.json'),
			path.join(root, 'node_modules/@inlang', name, 'package.json')
		);
	}
	mkdirSync(path.join(root, I18N_OUTDIR), { recursive: true });
	for (const file of ['messages.js', 'runtime.js'])
		writeFileSync(path.join(root, I18N_OUTDIR, file), '');
	return root;
}

test('a compile is current until a catalog, the settings or the compiler changes', () => {
	const root = project();
	expect(catalogsCurrent(root)).toBe(false);
	stampCatalogs(root);
	expect(catalogsCurrent(root)).toBe(true);

	const before = catalogSourceHash(root);
	const fr = path.join(root, 'src/lib/i18n/messages/fr.json');
	cpSync(fr, `${fr}.orig`);
	writeFileSync(fr, '{"start_questions": "Commencer"}');
	expect(catalogsCurrent(root)).toBe(false);
	cpSync(`${fr}.orig`, fr);
	rmSync(`${fr}.orig`);
	expect(catalogSourceHash(root)).toBe(before);
	expect(catalogsCurrent(root)).toBe(true);

	writeFileSync(
		path.join(root, 'node_modules/@inlang/paraglide-js/package.json'),
		'{"version": "0.0.0"}'
	);
	expect(catalogsCurrent(root)).toBe(false);
});

test('a compile that was started and not finished is never current', () => {
	const root = project();
	stampCatalogs(root);
	forgetCatalogStamp(root);
	expect(catalogsCurrent(root)).toBe(false);
	stampCatalogs(root);
	rmSync(path.join(root, I18N_OUTDIR, 'runtime.js'));
	expect(catalogsCurrent(root)).toBe(false);
});

test('the project’s own compiled catalogs are current after the tests’ set-up', () => {
	expect(catalogsCurrent(ROOT)).toBe(true);
});
