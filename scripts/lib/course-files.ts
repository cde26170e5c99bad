/**
 * The files a course brings into its package besides the lesson (its logo, its figures'
 * images), found on disk. One way for every such file: validation looks them up with
 * `fileFinder`, the build copies what `courseMedia` lists to `media/<name>`
 * (src/lib/content/assets.ts) and the manifests list them with the app's files.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { mediaPath, type FileFinder, type Places } from '../../src/lib/content/assets.ts';
import type { CourseSource } from '../../src/lib/content/course.ts';
import { withFigureSizes as sizeFigures } from '../../src/lib/content/figures.ts';
import { imageSize, type ImageSize } from '../../src/lib/content/image-size.ts';
import type { Article, CourseMeta } from '../../src/lib/content/schema.ts';
import { nearest } from '../../src/lib/content/similar.ts';
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

/** The files under a folder, as names relative to it (no .ts sources, no hidden files). */
function filesUnder(folder: string, prefix = '', depth = 0): string[] {
	let entries;
	try {
		entries = readdirSync(path.join(folder, prefix), { withFileTypes: true });
	} catch {
		return [];
	}
	return entries.flatMap((entry) => {
		if (entry.name.startsWith('.') || entry.name === 'node_modules') return [];
		const name = prefix ? `${prefix}/${entry.name}` : entry.name;
		if (entry.isDirectory()) return depth < 3 ? filesUnder(folder, name, depth + 1) : [];
		return entry.isFile() && !entry.name.endsWith('.ts') ? [name] : [];
	});
}

/**
 * Looks a file named in the course up in its folder (then in static/, where allowed); for a
 * name that is not there, `similar` names a file with a close name (a typo, other capitals).
 */
export function fileFinder(courseDir: string, staticDir = STATIC_DIR): FileFinder {
	const find = (name: string, places: Places) => {
		const found = locate(courseDir, name, places, staticDir);
		return (
			found && {
				shown: shown(found.file),
				bytes: found.bytes,
				read: () => readFileSync(found.file)
			}
		);
	};
	const similar = (name: string, places: Places) => {
		const folders = places === 'course' ? [courseDir] : [courseDir, staticDir];
		return nearest(name, new Set(folders.flatMap((folder) => filesUnder(folder))));
	};
	return Object.assign(find, { similar });
}

/** The image files a course names: its logo, then its figures' images, each once. */
function namedFiles(
	course: Pick<CourseMeta, 'theme'> & { article?: Article }
): { name: string; places: Places; what: string }[] {
	const out: { name: string; places: Places; what: string }[] = [];
	if (course.theme?.logo)
		out.push({ name: course.theme.logo, places: 'course-or-static', what: 'logo' });
	for (const passage of course.article?.passages ?? [])
		for (const figure of passage.figures ?? [])
			out.push({ name: figure.image, places: 'course', what: `figure of passage ${passage.id}` });
	return out;
}

/** Every file of a validated course that goes into its package: package path → bytes. */
export function courseMedia(
	course: Pick<CourseMeta, 'theme'> & { article?: Article },
	courseDir: string,
	staticDir = STATIC_DIR
): Map<string, Uint8Array<ArrayBuffer>> {
	const out = new Map<string, Uint8Array<ArrayBuffer>>();
	for (const { name, places, what } of namedFiles(course)) {
		if (out.has(mediaPath(name))) continue;
		const found = locate(courseDir, name, places, staticDir);
		if (!found)
			throw new Error(`The ${what} ${name} of ${shown(courseDir)} disappeared after validation.`);
		out.set(mediaPath(name), new Uint8Array(readFileSync(found.file)));
	}
	return out;
}

/** The images of a validated course's figures, by the name its article gives them (exports). */
export function figureImages(
	course: { article: Article },
	courseDir: string
): Map<string, Uint8Array> {
	const media = courseMedia({ article: course.article }, courseDir);
	return new Map([...media].map(([file, bytes]) => [file.slice(mediaPath('').length), bytes]));
}

/**
 * A validated course's source with each figure's image size (read from `media`, the package's
 * files by path) as `width` and `height`: the lesson gives them to the figure's <img>.
 */
export function withFigureSizes(
	source: CourseSource<unknown>,
	media: ReadonlyMap<string, Uint8Array>
): CourseSource<unknown> {
	return {
		...source,
		article: sizeFigures(source.article, (image) => {
			const bytes = media.get(mediaPath(image));
			return bytes && imageSize(bytes);
		})
	};
}

const IMAGE_FILE = /\.(png|jpe?g|gif|webp|svg)$/i;

/** Whether a file is an image a course can show (by its name). */
export const isImageFile = (file: string) => IMAGE_FILE.test(file);

/**
 * The size of every image in a course folder (sub-folders too), by the name a figure gives it
 * ("maps/north.png"): what `npm run dev` gives the figures, as the build does from the package.
 */
export function imageSizesIn(courseDir: string): Map<string, ImageSize> {
	const sizes = new Map<string, ImageSize>();
	for (const name of filesUnder(courseDir).filter(isImageFile)) {
		let size: ImageSize | undefined;
		try {
			size = imageSize(new Uint8Array(readFileSync(path.join(courseDir, ...name.split('/')))));
		} catch {
			// Gone since it was listed: no size, as for an image that cannot be read.
		}
		if (size) sizes.set(name, size);
	}
	return sizes;
}
