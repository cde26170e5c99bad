/**
 * How the course travels inside the page (see scripts/package/course-page.ts): as JSON text, or,
 * for a large course, compressed with Zstandard and written in base64. Deflate, the only
 * compression every LMS unzips, sees 32 KB back; Zstandard sees megabytes and models text
 * better, so a 10,000-question course fits under the 2 MB upload limit many Moodle sites keep.
 * Pure: text in, JSON text out (`atob` and TextDecoder are in browsers and Node alike).
 */
import { decompress } from 'fzstd';

export const COURSE_ENCODINGS = ['json', 'zstd-base64'] as const;

export type CourseEncoding = (typeof COURSE_ENCODINGS)[number];

function base64Bytes(text: string): Uint8Array {
	const binary = atob(text);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

/** The course JSON from the data block's text and its `data-encoding` (absent: JSON). */
export function courseJson(text: string, encoding: string | null | undefined): string {
	if (!encoding || encoding === 'json') return text;
	if (encoding === 'zstd-base64') return new TextDecoder().decode(decompress(base64Bytes(text)));
	throw new Error(`Unknown course encoding "${encoding}": build the lesson again.`);
}
