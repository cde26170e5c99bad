/**
 * Text or attribute value for XML 1.0: markup characters escaped, and the characters XML 1.0
 * cannot hold at all (control characters other than tab and line breaks, lone surrogates,
 * U+FFFE and U+FFFF) left out: one of them in a title made the whole imsmanifest.xml invalid.
 */
export function escapeXml(value: string): string {
	return value
		.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}
