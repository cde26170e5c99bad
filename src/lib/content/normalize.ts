/**
 * Forgiving comparison of typed answers (pure): case, accents, punctuation and spacing are
 * ignored, so "Kim Jong-un", "kim jong un" and " Kim Jong Un. " are the same answer.
 */
export function normalizeAnswer(value: string): string {
	return value
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[\p{P}\p{S}]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Reads a typed number: spaces and thousands separators are ignored ("1,000,000",
 * "1 000 000"), a lone comma before 1-2 digits is a decimal comma ("2,5"). NaN when it is
 * not a number.
 */
export function parseNumber(value: string): number {
	let v = value.trim().replace(/[\s\u00a0_']/g, '');
	if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(v)) v = v.replace(/,/g, '');
	else if (/^[-+]?\d+,\d{1,2}$/.test(v)) v = v.replace(',', '.');
	if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(v)) return NaN;
	return Number(v);
}
