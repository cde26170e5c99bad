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

/** Arabic-Indic and Eastern Arabic-Indic digits, and the Arabic decimal and group signs. */
const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

/** The decimal and grouping separators of a language, as Intl writes numbers in it. */
export function separators(language: string): { decimal: string; group: string } {
	let parts: Intl.NumberFormatPart[];
	try {
		parts = new Intl.NumberFormat(language).formatToParts(12345.6);
	} catch {
		parts = new Intl.NumberFormat('en').formatToParts(12345.6);
	}
	const part = (type: string, otherwise: string) =>
		parts.find((p) => p.type === type)?.value ?? otherwise;
	return { decimal: part('decimal', '.'), group: part('group', ',') };
}

/**
 * A number as people type it in the course's language, in the form the lesson stores
 * ("1000000", "1.5"); undefined when the text is not a number. Grouping follows the language
 * ("1,000,000" in English, "1.000.000" in German, "1 000 000" in French); so does the decimal
 * separator ("1.5", "1,5"), and a decimal point is read in any language when it cannot be a
 * group separator ("1.5" in French). Arabic-Indic digits are read as digits.
 */
export function readNumber(text: string, language = 'en'): string | undefined {
	const local = separators(language);
	// Arabic writes its own decimal (٫) and group (٬) signs: read as "." and nothing.
	const decimal = local.decimal === '\u066b' ? '.' : local.decimal;
	const group = local.group === '\u066c' ? '' : local.group;
	let v = text
		.trim()
		.replace(ARABIC_DIGITS, (digit) => String((digit.charCodeAt(0) & 0xf) % 10))
		.replace(/\u066b/g, '.')
		.replace(/\u066c/g, '')
		.replace(/[\u2212\u2012\u2013]/g, '-')
		// Spaces, underscores and apostrophes group digits; direction marks (Arabic writes one
		// before a minus sign) mean nothing here.
		.replace(/[\s\u00a0\u202f_'’\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, '');
	const d = escape(decimal);
	const g = escape(group);
	if (/^[.,]$/.test(group) && new RegExp(`^[-+]?\\d{1,3}(${g}\\d{3})+(${d}\\d+)?$`).test(v))
		v = v.split(group).join('').replace(decimal, '.');
	else if (decimal !== '.' && new RegExp(`^[-+]?(\\d+${d}\\d*|${d}\\d+)$`).test(v))
		v = v.replace(decimal, '.');
	else if (decimal === '.' && /^[-+]?\d+,\d{1,2}$/.test(v)) v = v.replace(',', '.');
	if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(v)) return undefined;
	const value = Number(v);
	return Number.isFinite(value) ? String(value) : undefined;
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
