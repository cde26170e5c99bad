/**
 * Forgiving comparison of typed answers (pure). Case, accents, spacing, quotes, brackets and
 * sentence punctuation are ignored, so "Kim Jong-un", "kim jong un" and " Kim Jong Un. " are the
 * same answer; so are the dots of an abbreviation ("U.S." = "US", "Ph.D." = "PhD") and the
 * separators of a number ("1,000" = "1 000" = "1000", "2,5" = "2.5"). What carries meaning is
 * kept: signs and symbols ("+3", "-3" and "3" differ, as do "C++", "C#" and "C", "50%" and "50")
 * and the decimal point ("3.5" is not "35").
 */
export function normalizeAnswer(value: string): string {
	const text = numberCommas(
		value
			.toLowerCase()
			.normalize('NFKD')
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			// Invisible characters (a soft hyphen, a zero-width space, control characters) go.
			.replace(/[\p{Cf}\p{Cs}]|(?!\s)\p{Cc}/gu, '')
			.replace(/[\p{Pd}\u2212]/gu, '-')
	)
		// A dot inside a word ("u.s", "ph.d"), then single letters with dots and spaces ("U. S. A.").
		.replace(/(?<=\p{L})\.(?=\p{L})/gu, '')
		.replace(/(?<![\p{L}\p{N}.])\p{L}\.(?:\s\p{L}\.)+/gu, (run) => run.replace(/[.\s]/g, ''))
		// Quotes, brackets, apostrophes, sentence punctuation and white space are spaces.
		.replace(DECORATIVE, ' ')
		.replace(/ +/g, ' ');
	return groupDigits(
		text
			// A decimal point: before a digit, not after a letter ("3.5", ".5"; not "no.5").
			.replace(/\./g, (dot, at: number) =>
				/[0-9]/.test(text[at + 1] ?? '') && !/\p{L}/u.test(text[at - 1] ?? '') ? dot : ' '
			)
			.replace(/ +/g, ' ')
			.replace(/ ?- ?/g, sign)
			.replace(new RegExp(` *(${SIGNIFICANT.source}) *`, 'gu'), '$1')
			.replace(/ +/g, ' ')
			.trim()
	);
}

/**
 * A dash before a number is a sign or a minus and keeps to its digits ("- 3" is "-3", "1914 -
 * 1918" is "1914-1918", "x -3" stays); a hyphen ("F-16", "Jong-un") or any other dash is a space.
 */
function sign(run: string, at: number, text: string): string {
	const before = text[at - 1] ?? '';
	const spaced = run.startsWith(' ');
	if (!/^\.?[0-9]/.test(text.slice(at + run.length))) return ' ';
	if (!spaced && /\p{L}/u.test(before)) return ' ';
	return spaced && !/[0-9]/.test(before) ? ' -' : '-';
}

/** Symbols, and the few punctuation marks that change what an answer says. */
const SIGNIFICANT = /[\p{Sm}\p{Sc}\p{So}#%&*@/\\^§†‡‰‱]/u;
const DECORATIVE = new RegExp(`(?!${SIGNIFICANT.source})[^\\p{L}\\p{N}.-]`, 'gu');

/**
 * Commas in numbers: a comma before a group of exactly three digits, after a group of one to
 * three that does not start with 0, separates thousands ("1,000,000"); any other comma between
 * digits is a decimal comma ("2,5", "0,125").
 */
export function numberCommas(text: string): string {
	return text
		.replace(/(?<=(?<![0-9.,])[1-9][0-9]{0,2}(?:,[0-9]{3})*),(?=[0-9]{3}(?![0-9]))/g, '')
		.replace(/(?<=[0-9]),(?=[0-9])/g, '.');
}

/** Digits grouped by spaces ("1 000 000") are one number. */
function groupDigits(text: string): string {
	return text.replace(/(?<![0-9.])[1-9][0-9]{0,2}(?: [0-9]{3})+(?![0-9])/g, (run) =>
		run.replace(/ /g, '')
	);
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
