import { describe, expect, test } from 'vitest';
import { UPLOAD_LIMIT, uploadLimitWarning } from '../../scripts/package/upload-limit';

describe('the build warns when a zip passes 2 MB (issue 11, point 5)', () => {
	test('a zip of 2 MB or less: no warning', () => {
		expect(UPLOAD_LIMIT).toBe(2_097_152);
		expect(uploadLimitWarning('dist/a-scorm12.zip', 74_000)).toBeUndefined();
		expect(uploadLimitWarning('dist/a-scorm12.zip', UPLOAD_LIMIT)).toBeUndefined();
	});

	test('one byte over: the warning names PHP and Moodle settings that limit uploads', () => {
		expect(uploadLimitWarning('dist/big-scorm12.zip', UPLOAD_LIMIT + 1)).toBe(
			[
				'⚠ dist/big-scorm12.zip is 2.00 MB, above 2 MB: many Moodle sites refuse an upload that big.',
				'  Ask the site administrator to check that PHP allows it (upload_max_filesize and',
				`  post_max_size in php.ini) and Moodle's "Maximum uploaded file size" (Site administration >`,
				'  Security > Site security settings), or split the course into smaller ones.'
			].join('\n')
		);
		expect(uploadLimitWarning('dist/big-scorm2004.zip', 2_569_011)).toContain(
			'dist/big-scorm2004.zip is 2.45 MB, above 2 MB'
		);
	});
});
