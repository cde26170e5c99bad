/**
 * The upload limit many LMS sites keep: PHP's default upload_max_filesize and post_max_size are
 * 2M (2 × 1024 × 1024 bytes), and Moodle refuses a bigger file before it ever sees the package.
 */
export const UPLOAD_LIMIT = 2 * 1024 * 1024;

/** The build's warning for a zip above UPLOAD_LIMIT; undefined when it fits. */
export function uploadLimitWarning(zipName: string, bytes: number): string | undefined {
	if (bytes <= UPLOAD_LIMIT) return undefined;
	const mb = (bytes / UPLOAD_LIMIT) * 2;
	return [
		`⚠ ${zipName} is ${mb.toFixed(2)} MB, above 2 MB: many Moodle sites refuse an upload that big.`,
		'  Ask the site administrator to check that PHP allows it (upload_max_filesize and',
		`  post_max_size in php.ini) and Moodle's "Maximum uploaded file size" (Site administration >`,
		'  Security > Site security settings), or split the course into smaller ones.'
	].join('\n');
}
