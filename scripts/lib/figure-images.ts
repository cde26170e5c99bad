/** The image files of a validated course's figures, read from its folder: name → bytes. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Course } from '../../src/lib/content/course.ts';

export function figureImages(
	course: Pick<Course, 'article'>,
	dir: string
): Map<string, Uint8Array> {
	const images = new Map<string, Uint8Array>();
	for (const passage of course.article.passages)
		for (const { image } of passage.figures ?? [])
			if (!images.has(image))
				images.set(image, new Uint8Array(readFileSync(path.join(dir, ...image.split('/')))));
	return images;
}
