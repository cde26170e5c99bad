/**
 * The course's data block for the page: plain JSON, or, above COMPRESS_ABOVE, Zstandard-compressed
 * and in base64 (read back by src/lib/content/course-data.ts). Deflate, which the zip uses, only
 * looks 32 KB back; at 10,000 questions Zstandard makes the course about a third smaller than
 * deflate does, which brings the zip under the 2 MB upload limit (docs/performance.md). Smaller
 * courses stay JSON: readable in the zip, nothing to decode at start.
 */
import { compress, init } from '@bokuweb/zstd-wasm';
import type { CourseEncoding } from '../../src/lib/content/course-data.ts';
import type { CourseData } from './course-page.ts';

/**
 * Courses whose JSON is larger (about 3,000 questions of the seed's kind; their zip about 0.7 MB)
 * are compressed: smaller ones are far from the 2 MB limit and start without decoding anything.
 */
export const COMPRESS_ABOVE = 4 * 1024 * 1024;
/** Zstandard level: 15 gives most of level 19's gain in a fifth of the time. */
const LEVEL = 15;

let ready: Promise<void> | undefined;

/** `encoding` forces one (tests); by default the size decides. */
export async function courseData(json: string, encoding?: CourseEncoding): Promise<CourseData> {
	const bytes = new TextEncoder().encode(json);
	const chosen = encoding ?? (bytes.length > COMPRESS_ABOVE ? 'zstd-base64' : 'json');
	if (chosen === 'json') return { encoding: 'json', text: json };
	ready ??= init();
	await ready;
	return { encoding: chosen, text: Buffer.from(compress(bytes, LEVEL)).toString('base64') };
}
