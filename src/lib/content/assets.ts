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
	/** The file's content, to check that it is the image its name says (without it, unchecked). */
	read?: () => Uint8Array;
}

/**
 * Looks a file up in the course folder (then in static/, if allowed). `similar`, if given,
 * names a file that is there under a close name ('' if none), for the hint about a typo.
 */
export type FileFinder = ((name: string, places: Places) => FoundFile | undefined) & {
	similar?: (name: string, places: Places) => string;
};

export type FileProblem =
	| { code: 'invalid-file-name'; name: string; suggestion: string }
	| { code: 'unsupported-image'; name: string; formats: string }
	| { code: 'file-not-found'; name: string; looked: string; similar: string }
	| { code: 'file-too-large'; file: string; size: string; limit: string }
	| { code: 'large-file'; file: string; size: string; limit: string }
	| { code: 'image-content-mismatch'; file: string; expected: string; found: string }
	| { code: 'unsafe-svg'; file: string; found: string };

type ImageFormat = 'PNG' | 'JPEG' | 'GIF' | 'WebP' | 'SVG';

const FORMAT_OF_EXTENSION: Record<(typeof IMAGE_EXTENSIONS)[number], ImageFormat> = {
	png: 'PNG',
	jpg: 'JPEG',
	jpeg: 'JPEG',
	gif: 'GIF',
	webp: 'WebP',
	svg: 'SVG'
};

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
	prefix.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The image format a file's first bytes show (by its signature), or '' if none of ours. */
export function sniffImage(bytes: Uint8Array): ImageFormat | '' {
	if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'PNG';
	if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'JPEG';
	if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'GIF';
	if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'WebP';
	const head = new TextDecoder().decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
	if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(head))
		return 'SVG';
	return '';
}

/**
 * Active content in an SVG, described for the author ('' if none). An SVG is a document: opened
 * from the package (a learner's "open image in new tab", a direct link) it runs its scripts
 * with the LMS site's rights, outside the lesson's security policy. Rewriting it safely needs a
 * full XML parser and would change the author's drawing, so Readback refuses it instead and
 * names what to remove: scripts, event handlers, javascript: links, embedded HTML
 * (foreignObject), animations that set links, DTD entities, and files from elsewhere.
 */
export function svgActiveContent(text: string): string {
	const checks: [RegExp, string][] = [
		[/<script[\s>/]/i, 'a <script> element'],
		[/\son[a-z]+\s*=/i, 'an event handler attribute (on…=)'],
		[/javascript\s*:/i, 'a javascript: link'],
		[/<foreignObject[\s>/]/i, 'embedded HTML (<foreignObject>)'],
		[
			/<(set|animate)\b[^>]*attributeName\s*=\s*["']?(xlink:)?href/i,
			'an animation that changes a link'
		],
		[/<!ENTITY/i, 'a DTD entity (<!ENTITY)'],
		[
			/(xlink:)?href\s*=\s*["']\s*(https?:|\/\/|data:(?!image\/(png|jpe?g|gif|webp)[;,]))/i,
			'a link to another file or address'
		],
		[/url\(\s*["']?\s*(https?:|\/\/)/i, 'a file from another address (url(…))'],
		[/@import/i, 'a style sheet from elsewhere (@import)']
	];
	return checks.find(([pattern]) => pattern.test(text))?.[1] ?? '';
}

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
				looked: places === 'course' ? `${courseDir}/` : `${courseDir}/ or static/`,
				similar: finder.similar?.(name, places) ?? ''
			}
		];
	const size = formatBytes(found.bytes);
	if (found.bytes > FILE_MAX_BYTES) {
		// 2,050 KB is "2.0 MB" like the limit: then the exact sizes say which is larger.
		const limit = formatBytes(FILE_MAX_BYTES);
		const exact = (n: number) => `${n.toLocaleString('en')} bytes`;
		return size === limit
			? [
					{
						code: 'file-too-large',
						file: found.shown,
						size: `${size} (${exact(found.bytes)})`,
						limit: `${limit} (${exact(FILE_MAX_BYTES)})`
					}
				]
			: [{ code: 'file-too-large', file: found.shown, size, limit }];
	}
	const content = found.read?.();
	if (content) {
		const expected = FORMAT_OF_EXTENSION[extension as keyof typeof FORMAT_OF_EXTENSION];
		const sniffed = sniffImage(content);
		if (sniffed !== expected)
			return [
				{
					code: 'image-content-mismatch',
					file: found.shown,
					expected,
					found: sniffed ? `a ${sniffed} image` : 'not a PNG, JPEG, GIF, WebP or SVG image'
				}
			];
		const active = expected === 'SVG' ? svgActiveContent(new TextDecoder().decode(content)) : '';
		if (active) return [{ code: 'unsafe-svg', file: found.shown, found: active }];
	}
	if (found.bytes > FILE_WARN_BYTES)
		return [{ code: 'large-file', file: found.shown, size, limit: formatBytes(FILE_WARN_BYTES) }];
	return [];
}
