/**
 * Files a course brings into its package besides the lesson (a logo; images): where they are
 * looked for, what names they may have, how large they may be, and where they go in the
 * package. Pure: the file system is reached through a `FileFinder` that the Node side passes
 * in (scripts/lib/course-files.ts), so the rules stay testable and the browser bundle can import
 * `mediaPath`.
 */

/** The package folder that holds a course's own files, beside index.html and _app/. */
export const MEDIA_DIR = 'media';

/** Larger than this, the build warns: every learner downloads the file. */
export const FILE_WARN_BYTES = 200 * 1024;
/** Larger than this, the build refuses the file. */
export const FILE_MAX_BYTES = 2 * 1024 * 1024;

/** Image formats every browser shows in an `<img>`. */
export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'svg'] as const;

/**
 * A file name as written in course.ts, relative to the folder it is in: letters, digits,
 * dots, hyphens and underscores, with `/` between folders; no part starts with a dot (so no
 * `..` and no hidden files). Such a name is the same in a URL, a zip and the manifest.
 */
export const FILE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(?:\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;

/** A name close to `name` that FILE_NAME accepts ('' if none): "School logo.png" → "School-logo.png". */
export function safeName(name: string): string {
	const safe = name
		.split(/[\\/]+/)
		.filter((part) => part && part !== '.' && part !== '..')
		.map((part) =>
			part
				.normalize('NFKD')
				.replace(/\s+/g, '-')
				.replace(/[^A-Za-z0-9._-]/g, '')
				.replace(/^\.+/, '')
		)
		.filter(Boolean)
		.join('/');
	return FILE_NAME.test(safe) ? safe : '';
}

/** Where a file named in the course is in the package (and, in dev, on the dev server). */
export function mediaPath(name: string): string {
	return `${MEDIA_DIR}/${name}`;
}

export type Places = 'course' | 'course-or-static';

export interface FoundFile {
	/** The file as the author knows it, from the project root: `questions/<course>/logo.png`. */
	shown: string;
	bytes: number;
}

/** Looks a file up in the course folder (then in static/, if allowed). */
export type FileFinder = (name: string, places: Places) => FoundFile | undefined;

export type FileProblem =
	| { code: 'invalid-file-name'; name: string; suggestion: string }
	| { code: 'unsupported-image'; name: string; formats: string }
	| { code: 'file-not-found'; name: string; looked: string }
	| { code: 'file-too-large'; file: string; size: string; limit: string }
	| { code: 'large-file'; file: string; size: string; limit: string };

/** 1,536 bytes → "1.5 KB", 2,621,440 → "2.5 MB" (1 KB = 1,024 bytes). */
export function formatBytes(bytes: number): string {
	return bytes >= 1024 * 1024
		? `${(bytes / 1024 / 1024).toFixed(1)} MB`
		: `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * What is wrong with an image file named in the course: its name, its format, where it is
 * (`looked` names the folders searched), or its size. `found` is the finder's answer.
 */
export function imageFileProblems(
	name: string,
	places: Places,
	courseDir: string,
	finder: FileFinder
): FileProblem[] {
	if (!FILE_NAME.test(name))
		return [{ code: 'invalid-file-name', name, suggestion: safeName(name) }];
	const extension = name.split('.').at(-1)!.toLowerCase();
	if (!name.includes('.') || !(IMAGE_EXTENSIONS as readonly string[]).includes(extension))
		return [{ code: 'unsupported-image', name, formats: 'PNG, JPEG, GIF, WebP or SVG' }];
	const found = finder(name, places);
	if (!found)
		return [
			{
				code: 'file-not-found',
				name,
				looked: places === 'course' ? `${courseDir}/` : `${courseDir}/ or static/`
			}
		];
	const size = formatBytes(found.bytes);
	if (found.bytes > FILE_MAX_BYTES)
		return [
			{ code: 'file-too-large', file: found.shown, size, limit: formatBytes(FILE_MAX_BYTES) }
		];
	if (found.bytes > FILE_WARN_BYTES)
		return [{ code: 'large-file', file: found.shown, size, limit: formatBytes(FILE_WARN_BYTES) }];
	return [];
}
