/**
 * The files a course brings into its package besides the lesson (its logo), found on disk.
 * One way for every such file: validation looks them up with `fileFinder`, the build copies
 * what `courseMedia` lists to `media/<name>` (src/lib/content/assets.ts) and the manifests list
 * them with the app's files.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { mediaPath, type FileFinder, type Places } from '../../src/lib/content/assets.ts';
import type { CourseMeta } from '../../src/lib/content/schema.ts';
import { ROOT } from './load-course.ts';

/** Files several courses share (a school's logo); nothing here is packaged unless named. */
export const STATIC_DIR = path.join(ROOT, 'static');

const shown = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

function locate(courseDir: string, name: string, places: Places, staticDir: string) {
	const folders = places === 'course' ? [courseDir] : [courseDir, staticDir];
	for (const folder of folders) {
		const file = path.join(folder, ...name.split('/'));
		const stat = statSync(file, { throwIfNoEntry: false });
		if (stat?.isFile()) return { file, bytes: stat.size };
	}
	return undefined;
}

/** Looks a file named in the course up in its folder (then in static/, where allowed). */
export function fileFinder(courseDir: string, staticDir = STATIC_DIR): FileFinder {
	return (name, places) => {
		const found = locate(courseDir, name, places, staticDir);
		return found && { shown: shown(found.file), bytes: found.bytes };
	};
}

/** Every file of a validated course that goes into its package: package path → bytes. */
export function courseMedia(
	course: Pick<CourseMeta, 'theme'>,
	courseDir: string,
	staticDir = STATIC_DIR
): Map<string, Uint8Array<ArrayBuffer>> {
	const out = new Map<string, Uint8Array<ArrayBuffer>>();
	const logo = course.theme?.logo;
	if (logo) {
		const found = locate(courseDir, logo, 'course-or-static', staticDir);
		if (!found)
			throw new Error(`The logo ${logo} of ${shown(courseDir)} disappeared after validation.`);
		out.set(mediaPath(logo), new Uint8Array(readFileSync(found.file)));
	}
	return out;
}
